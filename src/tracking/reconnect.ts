/**
 * "Needs reconnecting": an account whose key the panel rejects (wrong, revoked, account suspended
 * or gone) or whose stored key cannot be decrypted (ENCRYPTION_KEY changed, record damaged).
 *
 * The poller marks such an account (per panel, owner and account id), stops calling the panel with it — the
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
import { DecryptionError } from "../storage/crypto.js";
import { LEGACY_ACCOUNT_ID, type Account, type CacheRepo, type ChatPrefs, type OwnerKey } from "../storage/types.js";
import { chatLanguage, errorText, type Delivery } from "./delivery.js";
import type { TrackingDeps } from "./deps.js";
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

const readyKey = (panelId: string, owner: OwnerKey, accountId: string): string => `${panelId}\u0000${owner}\u0000${accountId}`;

/** Cycles a ready account is kept without reading it again, whatever the version says (see beginCycle). */
const MAX_KEPT_CYCLES = 30;

/** How long a mark is kept (see the module comment). */
const MARK_TTL_MS = 400 * 24 * 3600 * 1000;

/** Account "1" keeps the key of the one-account version (its marks stay valid across the upgrade). */
const markKey = (panelId: string, owner: OwnerKey, accountId: string): string =>
  accountId === LEGACY_ACCOUNT_ID ? `tracking:reconnect:${panelId}:${owner}` : `tracking:reconnect:${panelId}:${owner}#${accountId}`;

/** The stored marks (written by the polling leader only). */
export class ReconnectMarks {
  constructor(
    private readonly cache: Pick<CacheRepo, "get" | "set" | "delete">,
    /** Called after a mark is set or cleared: pollers keeping accounts in memory re-check them (see AccountRepo.version). */
    private readonly changed: () => Promise<void> = async () => undefined,
  ) {}

  get(panelId: string, owner: OwnerKey, accountId = LEGACY_ACCOUNT_ID): Promise<ReconnectMark | undefined> {
    return this.cache.get<ReconnectMark>(markKey(panelId, owner, accountId));
  }

  async set(panelId: string, owner: OwnerKey, mark: ReconnectMark, accountId = LEGACY_ACCOUNT_ID): Promise<void> {
    await this.cache.set(markKey(panelId, owner, accountId), mark, MARK_TTL_MS);
    await this.changed();
  }

  async clear(panelId: string, owner: OwnerKey, accountId = LEGACY_ACCOUNT_ID): Promise<void> {
    await this.cache.delete(markKey(panelId, owner, accountId));
    await this.changed();
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

/** An account that needs reconnecting, as found in a cycle: its mark, and whether it is new. */
export interface Reconnect {
  mark: ReconnectMark;
  /** Found this cycle: stored before anyone is told. */
  fresh: boolean;
}

/** What a group's account allows this cycle. */
export type AccountCheck =
  | { kind: "ready"; account: Account }
  /** Needs reconnecting: not checked; its chats are told once. */
  | { kind: "paused"; reconnect: Reconnect }
  /** Missing, on another panel, or unreadable (logged): not checked. */
  | { kind: "unusable" };

/** A group of the cycle: a panel + owner's account, with the chats of its items. */
export interface ReconnectGroup {
  panelId: string;
  panelName: string;
  owner: OwnerKey;
  accountId: string;
  chats: Iterable<number>;
}

/** The "needs reconnecting" side of a cycle (see the module comment). */
export class ReconnectGuard {
  /**
   * Accounts found ready (no mark, key readable), kept across cycles while the accounts' version
   * (AccountRepo.version, changed by every account write and every mark set or cleared, on any
   * instance) stays what it was at the start of the cycle: a steady cycle reads one value instead
   * of every group's account and mark, and decrypts nothing.
   */
  readonly #ready = new Map<string, Account>();
  /** The version the kept accounts belong to; `known` false: nothing is kept. */
  #version: { known: boolean; value: string | undefined } = { known: false, value: undefined };
  /** Cycles the kept accounts have been used for (see MAX_KEPT_CYCLES). */
  #keptCycles = 0;

  constructor(
    private readonly deps: Pick<TrackingDeps, "storage" | "logger">,
    private readonly marks: ReconnectMarks,
    private readonly delivery: Delivery,
    private readonly now: () => number,
  ) {}

  /** A new mark (stored when the group is done, see {@link tell}). */
  fresh(reason: ReconnectReason, connectedAt: number | undefined): Reconnect {
    return { mark: { reason, ...(connectedAt !== undefined ? { connectedAt } : {}), since: this.now(), told: [] }, fresh: true };
  }

  /** Before a cycle: reads the accounts' version; the kept accounts go when it changed (or cannot be read). */
  async beginCycle(): Promise<void> {
    let value: string | undefined;
    try {
      value = await this.deps.storage.accounts.version();
    } catch (err) {
      this.deps.logger.warn({ err: errorText(err) }, "Tracking: accounts version unreadable; accounts read afresh");
      this.forget();
      return;
    }
    // At most MAX_KEPT_CYCLES on one version: a write whose version change was lost (the storage
    // failed between the two) is seen within that many cycles anyway.
    if (this.#version.known && this.#version.value === value && ++this.#keptCycles < MAX_KEPT_CYCLES) return;
    this.#ready.clear();
    this.#keptCycles = 0;
    this.#version = { known: true, value };
  }

  /** Drops the kept accounts (leadership lost or taken: another instance may have written). */
  forget(): void {
    this.#ready.clear();
    this.#version = { known: false, value: undefined };
  }

  /** Drops one kept account (its key was just rejected). */
  forgetOne(panelId: string, owner: OwnerKey, accountId: string): void {
    this.#ready.delete(readyKey(panelId, owner, accountId));
  }

  /**
   * Loads an owner's account with its mark: paused when the mark still holds or the key cannot be
   * decrypted; a mark that no longer holds (reconnected, disconnected) is dropped. A ready account
   * kept from an earlier cycle is returned without reading (see #ready).
   */
  async check(panelId: string, owner: OwnerKey, accountId: string, signal: AbortSignal | undefined): Promise<AccountCheck> {
    const kept = this.#version.known ? this.#ready.get(readyKey(panelId, owner, accountId)) : undefined;
    if (kept) return { kind: "ready", account: kept };
    const version = this.#version;
    const result = await this.#check(panelId, owner, accountId, signal);
    // Kept only if read under the version of this cycle (not across a forget / a new version).
    if (result.kind === "ready" && version.known && this.#version === version)
      this.#ready.set(readyKey(panelId, owner, accountId), result.account);
    return result;
  }

  async #check(panelId: string, owner: OwnerKey, accountId: string, signal: AbortSignal | undefined): Promise<AccountCheck> {
    let mark: ReconnectMark | undefined;
    let account: Account | "undecryptable" | "missing" | "unreadable";
    try {
      [mark, account] = await Promise.all([this.marks.get(panelId, owner, accountId), this.#read(owner, accountId)]);
    } catch (err) {
      this.deps.logger.warn({ panel: panelId, owner, err: errorText(err) }, "Tracking: reconnect state unreadable; group skipped");
      return { kind: "unusable" };
    }
    if (account === "unreadable") return { kind: "unusable" };
    if (account === "missing" || (account !== "undecryptable" && account.panelId !== panelId)) {
      // Disconnected (or connected to another panel): a mark left for the old account is dropped.
      if (mark) await this.#clear(panelId, owner, accountId, "account removed", signal);
      return { kind: "unusable" };
    }
    if (mark) {
      if (markHolds(mark, account)) return { kind: "paused", reconnect: { mark, fresh: false } };
      await this.#clear(panelId, owner, accountId, "account reconnected", signal);
    }
    if (account === "undecryptable") return { kind: "paused", reconnect: this.fresh("undecryptable", undefined) };
    return { kind: "ready", account };
  }

  /**
   * Stores a fresh mark, then tells each of the group's chats not told yet (with notifications on)
   * once. A chat not reached (temporary failure, blocked, migrated) is tried again next cycle.
   * Nothing starts once leadership is lost. Never throws.
   */
  async tell(
    group: ReconnectGroup,
    reconnect: Reconnect,
    prefsOf: (chatId: number) => Promise<ChatPrefs>,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const { panelId, owner, accountId } = group;
    const { mark } = reconnect;
    try {
      if (signal?.aborted) return;
      if (reconnect.fresh) {
        await this.marks.set(panelId, owner, mark, accountId);
        this.deps.logger.warn(
          { panel: panelId, owner, account: accountId, reason: mark.reason },
          "Tracking: the account needs reconnecting; its tracking is paused",
        );
      }
      for (const chatId of group.chats) {
        if (signal?.aborted) return;
        if (mark.told.includes(chatId)) continue;
        const prefs = await prefsOf(chatId);
        if (!prefs.notifications) continue;
        const result = await this.delivery.send(
          { kind: "reconnect", chatId, language: chatLanguage(prefs), panelName: group.panelName, owner, accountId, reason: mark.reason },
          signal,
        );
        if (result.kind !== "sent" && result.kind !== "refused") continue;
        mark.told.push(chatId);
        await this.marks.set(panelId, owner, mark, accountId);
      }
    } catch (err) {
      this.deps.logger.error({ panel: panelId, owner, err: errorText(err) }, "Tracking: telling that an account needs reconnecting failed");
    }
  }

  /** The stored account, or why there is none to use. */
  async #read(owner: OwnerKey, accountId: string): Promise<Account | "undecryptable" | "missing" | "unreadable"> {
    try {
      return (await this.deps.storage.accounts.get(owner, accountId)) ?? "missing";
    } catch (err) {
      if (err instanceof DecryptionError) return "undecryptable";
      this.deps.logger.warn({ owner, err: err instanceof Error ? err.name : "error" }, "Tracking: account unreadable");
      return "unreadable";
    }
  }

  /** Drops a mark (never throws: a mark left in place is dropped again next cycle). */
  async #clear(panelId: string, owner: OwnerKey, accountId: string, why: string, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return;
    try {
      await this.marks.clear(panelId, owner, accountId);
      this.deps.logger.info({ panel: panelId, owner, account: accountId, why }, "Tracking: account no longer needs reconnecting; resumed");
    } catch (err) {
      this.deps.logger.error({ panel: panelId, owner, err: errorText(err) }, "Tracking: clearing a reconnect mark failed");
    }
  }
}
