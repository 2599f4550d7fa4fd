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

/** A connected panel account, with the API key decrypted (never log this object). */
export interface Account {
  panelId: string;
  apiKey: string;
  currency?: string;
  connectedAt: number;
  /** Telegram user who connected it. */
  connectedBy: number;
}

export interface AccountRepo {
  get(owner: OwnerKey): Promise<Account | undefined>;
  /** Encrypts the key before it is stored. */
  set(owner: OwnerKey, account: Account): Promise<void>;
  delete(owner: OwnerKey): Promise<boolean>;
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
  /** Every tracked order (all chats), for the poller. Order of iteration is unspecified, but see `iteratesByChat`. */
  iterate(): AsyncIterable<TrackedOrder>;
  /**
   * True when `iterate()` yields all the orders of a chat one after the other (SQLite and
   * PostgreSQL scan in key order, `chatId:…`); false on Redis (SCAN order).
   */
  readonly iteratesByChat: boolean;
  getState(chatId: number, panelId: string, orderId: string): Promise<TrackState | undefined>;
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
  iterate(): AsyncIterable<TrackedRefill>;
  /** As in {@link OrderRepo.iteratesByChat}. */
  readonly iteratesByChat: boolean;
  getState(chatId: number, panelId: string, refillId: string): Promise<RefillState | undefined>;
  /** States in the order of `keys` (undefined where none), in one round trip. */
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
