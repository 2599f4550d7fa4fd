/**
 * Placement records of the ordering wizard: what happened to one confirmed order summary, so an
 * order is placed at most once even when Confirm is pressed twice, Telegram redelivers the update
 * or the bot crashes between the panel call and saving the conversation.
 *
 * Key: the placement id (random, generated when the summary is shown). Written only by the chat
 * that owns the summary (updates of a chat are sequential). Kept 7 days.
 */
import type { Keyv } from "keyv";
import type { Decimal } from "../../panel/types.js";
import type { OwnerKey } from "../types.js";

export type PlacementState =
  /** `add` is being (or was) sent and no definite answer was recorded: the outcome is unknown. */
  | "sending"
  /** The panel answered with an order id. */
  | "placed"
  /** The panel definitely refused (nothing was placed). */
  | "failed"
  /**
   * A "sending" record left by a crash or an unreadable answer: the chat was told that the order
   * may have been placed, and /orders lists it as "outcome unknown" until it is tracked by ID or
   * dismissed.
   */
  | "unknown"
  /** An "unknown" record the chat tracked by ID or dismissed. */
  | "resolved";

export interface PlacementRecord {
  state: PlacementState;
  chatId: number;
  owner: OwnerKey;
  /** Which of the owner's accounts placed it (records of the one-account version: account "1"). */
  accountId?: string;
  panelId: string;
  serviceId: string;
  /** The order id (state "placed"). */
  orderId?: string;
  price?: Decimal;
  currency?: string;
  /** PanelError kind of a refusal (state "failed"), or "unknown_outcome" for a sending record. */
  errorKind?: string;
  at: number;
  /** What was ordered (shown when the outcome is unknown). */
  serviceName?: string;
  link?: string;
  quantity?: number;
}

export interface PlacementRepo {
  get(placementId: string): Promise<PlacementRecord | undefined>;
  set(placementId: string, record: PlacementRecord): Promise<void>;
  /** Every record (a scan: at start, to find placements a crash left "sending"). */
  iterate(): AsyncIterable<[placementId: string, record: PlacementRecord]>;
  /** Placement ids of the chat whose outcome is unknown (state "unknown"), newest first. */
  unknownOf(chatId: number): Promise<string[]>;
  addUnknown(chatId: number, placementId: string): Promise<void>;
  removeUnknown(chatId: number, placementId: string): Promise<void>;
}

export const PLACEMENT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A placement id: 12 characters of [a-z0-9]. */
export const PLACEMENT_ID_RE = /^[a-z0-9]{12}$/;

/** {@link PlacementRepo} over the "placements" namespace. */
export class KeyvPlacementRepo implements PlacementRepo {
  constructor(
    private readonly keyv: Keyv<PlacementRecord>,
    /** chatId → placement ids with an unknown outcome (a few per chat at most). */
    private readonly unknown?: Keyv<string[]>,
  ) {}

  async *iterate(): AsyncIterable<[string, PlacementRecord]> {
    const iterator = this.keyv.iterator;
    if (!iterator) throw new Error("This storage backend cannot iterate");
    for await (const [id, rec] of iterator(undefined) as AsyncGenerator<[string, PlacementRecord]>) {
      if (PLACEMENT_ID_RE.test(id) && rec && typeof rec === "object") yield [id, rec];
    }
  }

  async unknownOf(chatId: number): Promise<string[]> {
    if (!this.unknown) return [];
    const ids = await this.unknown.get(String(chatId));
    return Array.isArray(ids) ? ids.filter((id) => PLACEMENT_ID_RE.test(id)) : [];
  }

  async addUnknown(chatId: number, placementId: string): Promise<void> {
    if (!this.unknown) return;
    const ids = await this.unknownOf(chatId);
    if (!ids.includes(placementId)) await this.unknown.set(String(chatId), [placementId, ...ids].slice(0, 20), PLACEMENT_TTL_MS);
  }

  async removeUnknown(chatId: number, placementId: string): Promise<void> {
    if (!this.unknown) return;
    const ids = await this.unknownOf(chatId);
    if (!ids.includes(placementId)) return;
    const rest = ids.filter((id) => id !== placementId);
    if (rest.length > 0) await this.unknown.set(String(chatId), rest, PLACEMENT_TTL_MS);
    else await this.unknown.delete(String(chatId));
  }

  async get(placementId: string): Promise<PlacementRecord | undefined> {
    if (!PLACEMENT_ID_RE.test(placementId)) return undefined;
    return (await this.keyv.get(placementId)) ?? undefined;
  }

  async set(placementId: string, record: PlacementRecord): Promise<void> {
    if (!PLACEMENT_ID_RE.test(placementId)) throw new TypeError("Invalid placement id");
    await this.keyv.set(placementId, record, PLACEMENT_TTL_MS);
  }
}
