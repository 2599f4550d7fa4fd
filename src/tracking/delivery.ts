/**
 * Delivery: hands a chat's message to the sender, acts on the outcome, and records what the chat
 * has seen.
 *
 * Delivery guarantees: the states of a chat's message are written (one `setStates`) right after
 * its successful send; a temporary failure leaves `notified` unchanged (and the item not final) so
 * the next cycle sends it again; a crash between the send and the write can repeat that one
 * message, nothing is lost.
 *
 * Outcomes (see SendResult): `blocked` marks the chat blocked (its tracking pauses until it talks
 * to the bot again); `migrated` moves the group's data to the supergroup's id (`migrateGroup`) and
 * records nothing under the old id: the next cycle finds the items under the new id with their
 * states and sends the message there (a failed move is retried the same way next cycle).
 *
 * Leadership lost (the signal aborts): nothing new is sent or written, but a send already made is
 * let finish and its `notified` states are written (the next leader then has nothing to repeat);
 * a `blocked` or `migrated` answer to it is acted on too (facts about the chat, not our state).
 */
import { migrateGroup } from "../storage/migrate.js";
import type { ChatPrefs } from "../storage/types.js";
import { type StateEntry, type OrderStateEntry, type RefillStateEntry, type PendingChange, stateAfter } from "./changes.js";
import type { TrackingDeps } from "./deps.js";
import type { Limiter } from "./limiter.js";
import type { Notification, NotificationSender, SendResult } from "./sender.js";

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** The language of a chat's notifications: its choice, else its Telegram language (else the sender's default). */
export const chatLanguage = (prefs: ChatPrefs): string | undefined => prefs.language ?? prefs.detectedLanguage;

export class Delivery {
  /** Told of every state batch written (the poller's in-memory view follows its own writes). */
  onWritten: ((entries: StateEntry[]) => void) | undefined;

  constructor(
    private readonly deps: TrackingDeps,
    private readonly sender: NotificationSender,
    /** State write batches at once (whole poller). */
    private readonly writes: Limiter,
    private readonly now: () => number,
  ) {}

  /**
   * Sends a chat's changes (unless its notifications are off), then writes the states the outcome
   * calls for (one batch). Returns whether a message went out. Never throws.
   */
  async changes(chatId: number, pending: PendingChange[], prefs: ChatPrefs, signal: AbortSignal | undefined): Promise<boolean> {
    try {
      if (signal?.aborted) return false;
      let result: SendResult | "muted";
      if (!prefs.notifications) result = "muted";
      else result = await this.send({ kind: "changes", chatId, language: chatLanguage(prefs), changes: pending.map((p) => p.change) }, signal);
      const sent = result !== "muted" && result.kind === "sent";
      // After the abort, only a message that went out is recorded: another leader may be writing.
      if (signal?.aborted && !sent) return false;
      const seen = result === "muted" || result.kind === "sent" || result.kind === "refused";
      const entries: StateEntry[] = [];
      for (const p of pending) {
        const entry = stateAfter(p, seen);
        if (entry) entries.push(entry);
      }
      await this.writeStates(entries);
      return sent;
    } catch (err) {
      this.deps.logger.error({ chatId, err: errorText(err) }, "Tracking: delivering a notification failed");
      return false;
    }
  }

  /**
   * Sends a notification and acts on `blocked` / `migrated`. A sender that throws (it should not)
   * counts as a temporary failure.
   */
  async send(notification: Notification, signal: AbortSignal | undefined): Promise<SendResult> {
    const { chatId } = notification;
    let result: SendResult;
    try {
      result = await this.sender.send(notification, signal);
    } catch (err) {
      this.deps.logger.error({ chatId, err: errorText(err) }, "Tracking: the notification sender failed");
      return { kind: "failed" };
    }
    if (result.kind === "blocked") await this.#blocked(chatId, result.reason);
    else if (result.kind === "migrated") await this.#migrate(chatId, result.newChatId);
    return result;
  }

  /** Writes states in batches (`setStates`) through the poller's write limiter; never throws. */
  async writeStates(entries: StateEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const orders: OrderStateEntry[] = [];
    const refills: RefillStateEntry[] = [];
    for (const e of entries) {
      if ("orderId" in e) orders.push(e);
      else refills.push(e);
    }
    const { storage } = this.deps;
    try {
      await this.writes.run(async () => {
        if (orders.length > 0) await storage.orders.setStates(orders);
        if (refills.length > 0) await storage.refills.setStates(refills);
      });
      this.onWritten?.(entries);
    } catch (err) {
      this.deps.logger.error({ states: entries.length, err: errorText(err) }, "Tracking: writing states failed");
    }
  }

  async #blocked(chatId: number, reason: string | undefined): Promise<void> {
    this.deps.logger.info({ chatId, reason }, "Chat unreachable: tracking paused until it talks to the bot");
    try {
      await this.deps.storage.delivery.set(chatId, { blocked: true, blockedAt: this.now() });
    } catch (err) {
      // Not marked: the next cycle tries to send again and gets the same answer.
      this.deps.logger.error({ chatId, err: errorText(err) }, "Tracking: marking a chat blocked failed");
    }
  }

  /** The group became a supergroup: its data moves to the new id; the message waits for the next cycle. */
  async #migrate(chatId: number, newChatId: number): Promise<void> {
    try {
      const moved = await migrateGroup(this.deps.storage, chatId, newChatId);
      this.deps.logger.info(
        { oldChatId: chatId, newChatId, ...moved },
        "Group upgraded to a supergroup: tracking moved, notification retried next cycle",
      );
    } catch (err) {
      this.deps.logger.error({ oldChatId: chatId, newChatId, err: errorText(err) }, "Moving an upgraded group failed: retried next cycle");
    }
  }
}
