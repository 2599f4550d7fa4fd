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
  | "failed";

export interface PlacementRecord {
  state: PlacementState;
  chatId: number;
  owner: OwnerKey;
  panelId: string;
  serviceId: string;
  /** The order id (state "placed"). */
  orderId?: string;
  price?: Decimal;
  currency?: string;
  /** PanelError kind of a refusal (state "failed"), or "unknown_outcome" for a sending record. */
  errorKind?: string;
  at: number;
}

export interface PlacementRepo {
  get(placementId: string): Promise<PlacementRecord | undefined>;
  set(placementId: string, record: PlacementRecord): Promise<void>;
}

export const PLACEMENT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A placement id: 12 characters of [a-z0-9]. */
export const PLACEMENT_ID_RE = /^[a-z0-9]{12}$/;

/** {@link PlacementRepo} over the "placements" namespace. */
export class KeyvPlacementRepo implements PlacementRepo {
  constructor(private readonly keyv: Keyv<PlacementRecord>) {}

  async get(placementId: string): Promise<PlacementRecord | undefined> {
    if (!PLACEMENT_ID_RE.test(placementId)) return undefined;
    return (await this.keyv.get(placementId)) ?? undefined;
  }

  async set(placementId: string, record: PlacementRecord): Promise<void> {
    if (!PLACEMENT_ID_RE.test(placementId)) throw new TypeError("Invalid placement id");
    await this.keyv.set(placementId, record, PLACEMENT_TTL_MS);
  }
}
