/**
 * Mass orders (/mass): the checked lines of one preview, kept until they are placed. Each valid
 * line has its own placement id (see placements.ts), made when the preview is built, so Confirm
 * pressed twice, a redelivered update or a restart never places a line twice: a line whose
 * placement record exists reports that record instead of being sent again.
 *
 * Key: the batch id (12 characters of [a-z0-9]). Written only by the chat that owns it. Kept 7 days.
 */
import type { Keyv } from "keyv";
import type { AddOrderInput, Decimal } from "../../panel/types.js";
import type { OwnerKey } from "../types.js";

export interface MassLine {
  /** 1-based line number in the user's message. */
  n: number;
  /** The line as typed (cut to 200 characters). */
  text: string;
  /** Why the line is refused (a locale key and its arguments); absent for a valid line. */
  reason?: { key: string; args?: Record<string, string | number> };
  serviceId?: string;
  serviceName?: string;
  input?: Omit<AddOrderInput, "service">;
  price?: Decimal;
  /** Placement id of a valid line. */
  placementId?: string;
}

export interface MassBatch {
  chatId: number;
  owner: OwnerKey;
  /** The account the preview was made with (absent in batches of the one-account version: account "1"). */
  accountId?: string;
  panelId: string;
  currency?: string;
  createdAt: number;
  lines: MassLine[];
  /** When Confirm was first pressed (a batch is placed once; a later press resumes, never repeats). */
  confirmedAt?: number;
  /** When every valid line has an outcome. */
  finishedAt?: number;
}

export interface MassRepo {
  get(batchId: string): Promise<MassBatch | undefined>;
  set(batchId: string, batch: MassBatch): Promise<void>;
}

export const MASS_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const MASS_ID_RE = /^[a-z0-9]{12}$/;

/** {@link MassRepo} over the "mass" namespace. */
export class KeyvMassRepo implements MassRepo {
  constructor(private readonly keyv: Keyv<MassBatch>) {}

  async get(batchId: string): Promise<MassBatch | undefined> {
    if (!MASS_ID_RE.test(batchId)) return undefined;
    return (await this.keyv.get(batchId)) ?? undefined;
  }

  async set(batchId: string, batch: MassBatch): Promise<void> {
    if (!MASS_ID_RE.test(batchId)) throw new TypeError("Invalid batch id");
    await this.keyv.set(batchId, batch, MASS_TTL_MS);
  }
}
