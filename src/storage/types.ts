/**
 * The storage contract: what the rest of the bot may ask of storage. Implemented over Keyv in this
 * folder (SQLite by default, Redis or PostgreSQL by URL).
 *
 * Key design for concurrent writers (a user's /track while the poller runs, several instances):
 * every key has ONE kind of writer. User-owned records (accounts, prefs, tracked-order metadata,
 * the per-chat order index) are written only by handlers of that chat (updates are sequentialized
 * per chat); poller-owned records (last seen / last notified state, blocked flags) are written only
 * by the single polling leader. Untracking deletes the user-owned key; the poller never re-creates it.
 */
import type { AddOrderInput, Decimal, OrderStatusName, RefillStatusName } from "../panel/types.js";

/** Who owns a panel account: a user (private chat) or a group. Encoded "u:<userId>" / "g:<chatId>". */
export type OwnerKey = `u:${number}` | `g:${number}`;

export const userOwner = (userId: number): OwnerKey => `u:${userId}`;
export const groupOwner = (chatId: number): OwnerKey => `g:${chatId}`;

/** The id of the account an old (one-account) record holds, and of orders tracked before ids existed. */
export const LEGACY_ACCOUNT_ID = "1";

/** The account id a tracked item is checked with (items tracked before ids existed: account "1"). */
export const accountIdOf = (item: { accountId?: string | undefined }): string => item.accountId ?? LEGACY_ACCOUNT_ID;

/** One account of an owner as one string ("u:42#2"): the catalogue's per-account cache scope. */
export const accountScope = (owner: OwnerKey, accountId: string): string => `${owner}#${accountId}`;

/** A connected panel account, with the API key decrypted (never log this object). */
export interface Account {
  /** Short id ("1", "2", …), unique among the owner's accounts and never reused. */
  id: string;
  /** The user's name for it (plain text, at most 32 characters). */
  label?: string;
  panelId: string;
  apiKey: string;
  currency?: string;
  connectedAt: number;
  /** Telegram user who connected it. */
  connectedBy: number;
}

/** An account to add (its id is given by the repository). */
export type NewAccount = Omit<Account, "id">;

/** An account without its key, as listed. */
export interface AccountSummary extends Omit<Account, "apiKey"> {
  /** False when its key cannot be decrypted (ENCRYPTION_KEY changed): it needs reconnecting. */
  readable: boolean;
}

/** The owner's accounts, in the order they were connected, and which one is active. */
export interface AccountList {
  active?: string;
  accounts: AccountSummary[];
}

export interface AddedAccount {
  account: Account;
  /** True when it replaced an account of the same panel (same key, or an unreadable one). */
  replaced: boolean;
}

export interface AccountRepo {
  /**
   * The owner's account with that id, or the active one when `id` is omitted.
   * @throws DecryptionError when its key cannot be decrypted.
   */
  get(owner: OwnerKey, id?: string): Promise<Account | undefined>;
  list(owner: OwnerKey): Promise<AccountList>;
  /** Encrypts the key, stores the account and makes it active (see KeyvAccountRepo.add). */
  add(owner: OwnerKey, account: NewAccount): Promise<AddedAccount>;
  rename(owner: OwnerKey, id: string, label: string | undefined): Promise<boolean>;
  activate(owner: OwnerKey, id: string): Promise<boolean>;
  /** Removes one account (the active one when `id` is omitted); another becomes active. */
  delete(owner: OwnerKey, id?: string): Promise<AccountSummary | undefined>;
  /** Removes every account of the owner; returns how many there were. */
  deleteAll(owner: OwnerKey): Promise<number>;
  /** Moves every account to another owner (group → supergroup). */
  transfer(from: OwnerKey, to: OwnerKey): Promise<number>;
  /** A value that changes with every write of any account (readers keeping accounts in memory compare it). */
  version(): Promise<string | undefined>;
  /** Changes {@link version} without writing an account (e.g. a reconnect mark set or cleared). */
  bump(): Promise<void>;
}

/** Per-chat preferences (private chat of a user or a group). Written only by that chat's handlers. */
export interface ChatPrefs {
  /** Language chosen with /language. */
  language?: string;
  /**
   * The user's Telegram language (base code, e.g. "sl"), recorded from private chats when it is new
   * or changed. Used where no update gives it (notifications) while `language` is unset.
   */
  detectedLanguage?: string;
  /** Status-change notifications (default true). */
  notifications: boolean;
  /** Also notify start count / remains changes (default false). */
  progress: boolean;
  /** The persistent reply keyboard of private chats (undefined = on). */
  replyKeyboard?: boolean;
  /** Warn when the balance falls below this amount (a decimal; undefined = off). */
  lowBalance?: string;
}

export interface PrefsRepo {
  get(chatId: number): Promise<ChatPrefs>;
  update(chatId: number, patch: Partial<ChatPrefs>): Promise<ChatPrefs>;
}

/** A snapshot of an order's state as last seen or last notified. */
export interface OrderSnapshot {
  status: OrderStatusName;
  charge?: Decimal;
  startCount?: number;
  remains?: number;
  currency?: string;
  at: number;
}

/** Tracked-order metadata (user-owned). Key: chatId + panelId + orderId. */
export interface TrackedOrder {
  chatId: number;
  /** Whose API key is used to check it. */
  owner: OwnerKey;
  /** Which of the owner's accounts (absent: account "1", see accountIdOf). */
  accountId?: string;
  panelId: string;
  orderId: string;
  /** "bot" = placed through the bot; "manual" = added with /track. */
  source: "bot" | "manual";
  createdAt: number;
  serviceId?: string;
  serviceName?: string;
  link?: string;
  quantity?: number;
  /** Price shown at confirmation time. */
  price?: Decimal;
  currency?: string;
  refillable?: boolean;
  cancellable?: boolean;
  /** The `add` fields it was placed with (bot orders), for Repeat. */
  input?: Omit<AddOrderInput, "service">;
}

/** Poller-owned state of a tracked order (or refill). */
export interface TrackState {
  last?: OrderSnapshot;
  notified?: OrderSnapshot;
  final: boolean;
  /** Consecutive failures checking it (for backoff/diagnostics). */
  failures?: number;
}

export interface TrackedRefill {
  chatId: number;
  owner: OwnerKey;
  /** Which of the owner's accounts (absent: account "1", see accountIdOf). */
  accountId?: string;
  panelId: string;
  refillId: string;
  orderId: string;
  createdAt: number;
}

export interface RefillSnapshot {
  status: RefillStatusName;
  at: number;
}

export interface RefillState {
  last?: RefillSnapshot;
  notified?: RefillSnapshot;
  final: boolean;
}

export interface OrderRepo {
  /** Adds (or replaces the metadata of) a tracked order and puts it first in the chat's index. */
  track(order: TrackedOrder): Promise<void>;
  /** Stops tracking; returns false when it was not tracked. Keeps nothing of it. */
  untrack(chatId: number, panelId: string, orderId: string): Promise<boolean>;
  get(chatId: number, panelId: string, orderId: string): Promise<TrackedOrder | undefined>;
  /** The chat's orders, newest first, with their state. */
  listByChat(
    chatId: number,
    opts?: { offset?: number; limit?: number },
  ): Promise<{ total: number; items: Array<{ order: TrackedOrder; state?: TrackState }> }>;
  /**
   * Every tracked order (all chats), for the poller. Order of iteration is unspecified, but see
   * `iteratesByChat`. On Redis an order may come twice (SCAN repeats a key when its table is
   * resized meanwhile; the scan does not hold every key to skip repeats, see ScanOptions): what the
   * caller does with an order must be idempotent.
   */
  iterate(): AsyncIterable<TrackedOrder>;
  /**
   * True when `iterate()` yields all the orders of a chat one after the other (SQLite and
   * PostgreSQL scan in key order, `chatId:…`); false on Redis (SCAN order).
   */
  readonly iteratesByChat: boolean;
  getState(chatId: number, panelId: string, orderId: string): Promise<TrackState | undefined>;
  /** Metadata in the order of `keys` (undefined where not tracked), in one round trip. */
  getMany(keys: Array<{ chatId: number; panelId: string; orderId: string }>): Promise<Array<TrackedOrder | undefined>>;
  getStates(keys: Array<{ chatId: number; panelId: string; orderId: string }>): Promise<Array<TrackState | undefined>>;
  /** Writes the state of a tracked order; does nothing when the order is not (or no longer) tracked. */
  setState(chatId: number, panelId: string, orderId: string, state: TrackState): Promise<void>;
  /**
   * `setState` for many orders in a few round trips (one existence check and one multi-key write
   * per batch). Same rule: orders not (or no longer) tracked are skipped.
   */
  setStates(entries: ReadonlyArray<{ chatId: number; panelId: string; orderId: string; state: TrackState }>): Promise<void>;
  /**
   * Tells the polling leader that a user looked at these orders (/status, /orders, a refresh) or
   * that their state was written outside the poller: it re-reads them and polls them at the full
   * rate again (adaptive polling slows down orders that do not move).
   */
  touch(keys: ReadonlyArray<{ chatId: number; panelId: string; orderId: string }>): Promise<void>;
}

export interface RefillRepo {
  track(refill: TrackedRefill): Promise<void>;
  untrack(chatId: number, panelId: string, refillId: string): Promise<boolean>;
  get(chatId: number, panelId: string, refillId: string): Promise<TrackedRefill | undefined>;
  /** The chat's refills, newest first, with their state (`limit` omitted = all). */
  listByChat(
    chatId: number,
    opts?: { offset?: number; limit?: number },
  ): Promise<{ total: number; items: Array<{ refill: TrackedRefill; state?: RefillState }> }>;
  /** As in {@link OrderRepo.iterate} (a refill may come twice on Redis). */
  iterate(): AsyncIterable<TrackedRefill>;
  /** As in {@link OrderRepo.iteratesByChat}. */
  readonly iteratesByChat: boolean;
  getState(chatId: number, panelId: string, refillId: string): Promise<RefillState | undefined>;
  /** States in the order of `keys` (undefined where none), in one round trip. */
  /** Metadata in the order of `keys` (undefined where not tracked), in one round trip. */
  getMany(keys: Array<{ chatId: number; panelId: string; refillId: string }>): Promise<Array<TrackedRefill | undefined>>;
  getStates(keys: Array<{ chatId: number; panelId: string; refillId: string }>): Promise<Array<RefillState | undefined>>;
  /** Writes the state of a tracked refill; does nothing when the refill is not (or no longer) tracked. */
  setState(chatId: number, panelId: string, refillId: string, state: RefillState): Promise<void>;
  /** `setState` for many refills in a few round trips; refills not (or no longer) tracked are skipped. */
  setStates(entries: ReadonlyArray<{ chatId: number; panelId: string; refillId: string; state: RefillState }>): Promise<void>;
  /** As in {@link OrderRepo.touch}. */
  touch(keys: ReadonlyArray<{ chatId: number; panelId: string; refillId: string }>): Promise<void>;
}

/** Poller-owned per-chat delivery state. */
export interface ChatDeliveryState {
  /** The chat blocked the bot (403): notifications and tracking pause until the chat talks to the bot again. */
  blocked: boolean;
  blockedAt?: number;
}

export interface DeliveryRepo {
  get(chatId: number): Promise<ChatDeliveryState>;
  set(chatId: number, state: ChatDeliveryState): Promise<void>;
}

/** A small TTL cache (services lists, admin lists). */
export interface CacheRepo {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}
