/**
 * "Needs reconnecting": an account whose key the panel rejects (wrong, revoked, account suspended
 * or gone) or whose stored key cannot be decrypted (ENCRYPTION_KEY changed, record damaged).
 *
 * The poller marks such an account (per panel and owner), stops calling the panel with it — the
 * orders and refills it checks are paused — and tells each chat with items of the account once
 * (through the sender: a "reconnect" notification with a /connect hint). The mark is stored (a
 * restart neither re-tells nor calls the panel with the key again) and holds until the account is
 * reconnected: a new key stored for the owner (a different `connectedAt`), or, for a key that could
 * not be decrypted, the stored key decrypting again (reconnected, or the old ENCRYPTION_KEY back).
 * Tracking then resumes by itself on the next cycle. An account deleted (/disconnect) drops its mark.
 *
 * Marks live in the cache repository for MARK_TTL_MS (over a year): should one ever expire, the
 * next cycle makes one call with the key, and a key still rejected is marked and told again.
 */
import type { Account, CacheRepo, OwnerKey } from "../storage/types.js";
import type { ReconnectReason } from "./sender.js";

export interface ReconnectMark {
  reason: ReconnectReason;
  /** "rejected": `connectedAt` of the account whose key the panel rejected (a reconnect changes it). */
  connectedAt?: number;
  /** When it was marked. */
  since: number;
  /** Chats already told (each is told once). */
  told: number[];
}

/** How long a mark is kept (see the module comment). */
const MARK_TTL_MS = 400 * 24 * 3600 * 1000;

const markKey = (panelId: string, owner: OwnerKey): string => `tracking:reconnect:${panelId}:${owner}`;

/** The stored marks (written by the polling leader only). */
export class ReconnectMarks {
  constructor(private readonly cache: Pick<CacheRepo, "get" | "set" | "delete">) {}

  get(panelId: string, owner: OwnerKey): Promise<ReconnectMark | undefined> {
    return this.cache.get<ReconnectMark>(markKey(panelId, owner));
  }

  set(panelId: string, owner: OwnerKey, mark: ReconnectMark): Promise<void> {
    return this.cache.set(markKey(panelId, owner), mark, MARK_TTL_MS);
  }

  clear(panelId: string, owner: OwnerKey): Promise<void> {
    return this.cache.delete(markKey(panelId, owner));
  }
}

/**
 * Whether a mark still holds for the account as stored now: "undecryptable" when its key cannot
 * be decrypted. A key that decrypts again ends an "undecryptable" mark; a "rejected" mark holds
 * while the same account (same `connectedAt`) is stored.
 */
export function markHolds(mark: ReconnectMark, account: Account | "undecryptable"): boolean {
  if (account === "undecryptable") return true;
  if (mark.reason === "undecryptable") return false;
  return mark.connectedAt === account.connectedAt;
}
