/**
 * Delivery: hands a chat's message to the sender, acts on the outcome, and records what the chat
 * has seen.
 *
 * Delivery guarantees: the states of a chat's message are written (one `setStates`) right after
 * its successful send — per message when the changes go out in several (the sender's `split`);
 * a temporary failure leaves `notified` unchanged (and the item not final) so the next cycle sends
 * it again; a crash between a send and its write can repeat that one message, nothing is lost.
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
import type { ChangesNotification, Notification, NotificationSender, SendResult } from "./sender.js";

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
   * calls for. Changes too many for one message go out in several (the sender's `split`), one
   * after the other, each part's states written right after its send: a crash between parts
   * repeats at most the part in flight and loses none. A refused part is dropped alone (its
   * changes count as seen) and the next part is sent; a part that failed, or a blocked or migrated
   * chat, stops the rest: their changes stay unseen and go out next cycle. Returns the number of
   * messages that went out. Never throws.
   */
  async changes(chatId: number, pending: PendingChange[], prefs: ChatPrefs, signal: AbortSignal | undefined): Promise<number> {
    try {
      if (signal?.aborted) return 0;
      if (!prefs.notifications) {
        await this.#record(pending, true);
        return 0;
      }
      const whole: ChangesNotification = { kind: "changes", chatId, language: chatLanguage(prefs), changes: pending.map((p) => p.change) };
      const parts = await this.#split(whole, pending);
      let sent = 0;
      for (const [i, part] of parts.entries()) {
        if (signal?.aborted) return sent;
        const notification: ChangesNotification = { ...whole, changes: part.map((p) => p.change) };
        if (parts.length > 1) notification.part = { index: i + 1, of: parts.length, total: pending.length };
        const result = await this.send(notification, signal);
        // After the abort, only a message that went out is recorded: another leader may be writing.
        if (signal?.aborted && result.kind !== "sent") return sent;
        if (result.kind === "sent") sent += 1;
        const seen = result.kind === "sent" || result.kind === "refused";
        if (seen) {
          await this.#record(part, true);
          continue;
        }
        // Not delivered: this part and the rest wait for the next cycle (their `last` is kept).
        await this.#record(parts.slice(i).flat(), false);
        return sent;
      }
      return sent;
    } catch (err) {
      this.deps.logger.error({ chatId, err: errorText(err) }, "Tracking: delivering a notification failed");
      return 0;
    }
  }

  /** The parts of a chat's changes (the sender's split, checked: every change exactly once, in order). */
  async #split(whole: ChangesNotification, pending: PendingChange[]): Promise<PendingChange[][]> {
    if (!this.sender.split || pending.length <= 1) return [pending];
    const groups = await this.sender.split(whole);
    const flat = groups.flat();
    if (flat.length !== pending.length || flat.some((c, i) => c !== pending[i]!.change) || groups.some((g) => g.length === 0)) {
      this.deps.logger.warn({ chatId: whole.chatId, changes: pending.length }, "Tracking: the sender's split does not match: one message");
      return [pending];
    }
    let at = 0;
    return groups.map((g) => pending.slice(at, (at += g.length)));
  }

  /** Writes the states of changes whose message was seen (sent, refused, muted) or not. */
  async #record(pending: PendingChange[], seen: boolean): Promise<void> {
    const entries: StateEntry[] = [];
    for (const p of pending) {
      const entry = stateAfter(p, seen);
      if (entry) entries.push(entry);
    }
    await this.writeStates(entries);
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
