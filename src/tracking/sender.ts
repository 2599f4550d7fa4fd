/**
 * The tracking layer's view of notifications: what it hands over (a chat's changes, or the notice
 * that an account needs reconnecting) and the outcomes it acts on. Rendering and sending (HTML,
 * translations, buttons, the Bot API) belong to the bot: src/bot/notifications implements
 * {@link NotificationSender}.
 */
import type { OrderSnapshot, OwnerKey, RefillSnapshot, TrackedOrder, TrackedRefill } from "../storage/types.js";

/** A change of one tracked order, as the chat will see it. */
export interface OrderChange {
  kind: "order";
  order: TrackedOrder;
  /** What the chat last saw (undefined: nothing yet). */
  previous?: OrderSnapshot;
  current: OrderSnapshot;
}

/** A change of one tracked refill. */
export interface RefillChange {
  kind: "refill";
  refill: TrackedRefill;
  previous?: RefillSnapshot;
  current: RefillSnapshot;
}

export type Change = OrderChange | RefillChange;

/**
 * Why an account needs reconnecting: the panel rejects its key (wrong, revoked, account suspended
 * or gone), or the stored key cannot be decrypted (ENCRYPTION_KEY changed or the record damaged).
 */
export type ReconnectReason = "rejected" | "undecryptable";

interface ChatMessageBase {
  chatId: number;
  /** The chat's language (chosen, else detected from Telegram); undefined: the bot's default. */
  language: string | undefined;
}

/** Which message of a chat's changes split over several (see {@link NotificationSender.split}). */
export interface NotificationPart {
  /** 1-based. */
  index: number;
  /** Messages in all. */
  of: number;
  /** Changes in all the messages. */
  total: number;
}

/** One message for a chat: its changes of this cycle, orders and refills together (or one part of them). */
export interface ChangesNotification extends ChatMessageBase {
  kind: "changes";
  changes: Change[];
  /** Set when the chat's changes go out in several messages: which one this is. */
  part?: NotificationPart;
}

/** The chat is told once that tracking of an account paused until it is reconnected (/connect). */
export interface ReconnectNotification extends ChatMessageBase {
  kind: "reconnect";
  /** The panel's name, as configured (plain text: the renderer escapes it). */
  panelName: string;
  /** Which account (the renderer names it when the owner has several). */
  owner?: OwnerKey;
  accountId?: string;
  reason: ReconnectReason;
}

/** The account's balance is below the chat's alert threshold (the daily check; at most once a day). */
export interface LowBalanceNotification extends ChatMessageBase {
  kind: "low-balance";
  /** Decimal strings, in `currency`. */
  balance: string;
  currency: string;
  threshold: string;
}

export type Notification = ChangesNotification | ReconnectNotification | LowBalanceNotification;

/**
 * The outcome of one send:
 * - `sent`: delivered;
 * - `blocked`: the chat cannot be reached (bot blocked, kicked, chat gone): tracking of the chat
 *   pauses until it talks to the bot again;
 * - `migrated`: the group became the supergroup `newChatId`: its data moves there and the message
 *   waits for the next cycle (sent to the new id);
 * - `refused`: Telegram refused this message for good (e.g. a markup error): not retried, so that
 *   one bad message cannot repeat forever;
 * - `failed`: temporary (network, 429 after retries, 5xx, or not started because leadership was
 *   lost): the next cycle sends it again.
 */
export type SendResult =
  | { kind: "sent" }
  | { kind: "blocked"; reason?: string }
  | { kind: "migrated"; newChatId: number }
  | { kind: "refused"; reason?: string }
  | { kind: "failed"; reason?: string };

/** Sends the tracking layer's messages (implemented by the bot: src/bot/notifications). */
export interface NotificationSender {
  /**
   * Sends one message. Never throws. `signal` (leadership lost) stops a message from starting; a
   * request already made is let finish, so that its outcome can be recorded.
   */
  send(notification: Notification, signal?: AbortSignal): Promise<SendResult>;
  /**
   * A chat's changes in the messages they go out in (each too long for one message otherwise):
   * consecutive groups, in order, every change in exactly one. Delivery sends them one by one and
   * records each group's states right after its message went out. Without it: one message.
   */
  split?(notification: ChangesNotification): Change[][] | Promise<Change[][]>;
}
