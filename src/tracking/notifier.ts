/**
 * Notifications of tracked orders and refills: renders one coalesced HTML message per chat and
 * sends it through a grammY `Api` that respects Telegram's limits.
 *
 * - Sending: `createNotifierApi()` builds an `Api` with @grammyjs/transformer-throttler (30 msg/s
 *   overall, 1 msg/s per private chat, 20 msg/min per group, queued rather than dropped) and
 *   @grammyjs/auto-retry (waits out 429 `retry_after`, retries 5xx; network errors are rethrown so
 *   a Telegram outage cannot hang a polling cycle — the change is retried next cycle instead).
 * - Aborting (leadership lost): the signal given to `notify` stops a message from starting — before
 *   the throttler lets it go, and before each retry — but never cuts a request already sent to
 *   Telegram: it finishes, so the poller can record what the chat has seen (aborting it would leave
 *   a delivered message unrecorded, and the next leader would send it again).
 * - Outcomes: "sent"; "blocked" (403, chat not found, kicked, deactivated: the chat is marked
 *   blocked in storage and its tracking pauses until it talks to the bot again); "retry"
 *   (temporary: 429 after retries, 5xx, network, aborted — the caller keeps `notified` unchanged so
 *   the next cycle sends it again); "dropped" (a permanent 400 such as a markup error: logged, and
 *   the caller advances the state so one bad message cannot loop forever).
 * - A group upgraded to a supergroup (400 with `migrate_to_chat_id`): the group's data is moved to
 *   the new id (`migrateGroup`, as the bot does on the service message) and the outcome is "retry":
 *   nothing is recorded under the old id, and the next cycle finds the items under the new id with
 *   their states (nothing lost, nothing repeated) and sends the message there. Should the move
 *   fail, it is retried the same way next cycle.
 */
import { Api, GrammyError, InlineKeyboard, type Transformer } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { autoRetry, type AutoRetryOptions } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import type { I18n } from "@grammyjs/i18n";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { Storage } from "../storage/index.js";
import { migrateGroup, type MigrationStorage } from "../storage/migrate.js";
import type { OrderSnapshot, RefillSnapshot, TrackedOrder, TrackedRefill } from "../storage/types.js";
import type { BaseContext } from "../bot/context.js";
import { createI18n } from "../bot/i18n.js";
import { escapeHtml, statusLabel } from "../bot/format.js";
import { orderCardHtml } from "../bot/order-card.js";
import { orderActionData, refillRefreshData, tryRepeatData } from "../bot/callbacks.js";
import { isFinalOrderStatus, statusSlug } from "../panel/status.js";

type T = BaseContext["t"];

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

/** Result of one send; see the module comment. */
export type SendOutcome = "sent" | "blocked" | "retry" | "dropped";

/** The message for one chat. */
export interface RenderedMessage {
  text: string;
  replyMarkup?: InlineKeyboardMarkup;
}

/** Something that sends the coalesced message of a chat (the poller's view of the notifier). */
export interface ChangeSender {
  notify(chatId: number, changes: Change[], locale?: string, signal?: AbortSignal): Promise<SendOutcome>;
  notifyInvalidKey(chatId: number, panelName: string, locale?: string, signal?: AbortSignal): Promise<SendOutcome>;
}

export interface NotifierOptions {
  /** Translations (default: a new one over locales/, default locale from the config). */
  i18n?: I18n<BaseContext>;
  /** Orders that get action buttons in one message; more get the "/orders" hint instead. Default 3. */
  maxButtonItems?: number;
  /** Most cards in one message; the rest are counted ("…and 12 more"). Default 15. */
  maxCards?: number;
  /** Clock for blockedAt (default Date.now). */
  now?: () => number;
}

export interface NotifierApiOptions {
  /** Throttle to Telegram's limits (default true). Tests turn it off to run without waiting. */
  throttle?: boolean;
  /** Options of @grammyjs/auto-retry, or false for none. Network errors are always rethrown. */
  autoRetry?: Partial<AutoRetryOptions> | false;
  /**
   * Transformers closest to the network (installed first, so retries and throttling wrap them):
   * tests record calls and inject 403/429/500 with one.
   */
  innerTransformers?: Transformer[];
}

/** Notifier APIs whose requests honour an abort signal only before they start (see startGate). */
const GATED = new WeakSet<Api>();

/**
 * Installed closest to the network (inside auto-retry and the throttler): a call whose signal is
 * aborted is not started; a started call gets no signal, so it is never cut off half-way.
 */
const startGate: Transformer = (prev, method, payload, signal) => {
  if (signal?.aborted) return Promise.reject(new Error(`${method} not started: aborted`));
  return prev(method, payload);
};

/** The Bot API client used for notifications (separate from the bot's, see the module comment). */
export function createNotifierApi(config: Pick<Config, "botToken" | "botApiRoot">, options: NotifierApiOptions = {}): Api {
  // A bounded timeout: a send in flight is let finish on shutdown or lease loss, so it must end.
  const api = new Api(config.botToken, { apiRoot: config.botApiRoot, timeoutSeconds: 30 });
  for (const t of options.innerTransformers ?? []) api.config.use(t);
  api.config.use(startGate);
  GATED.add(api);
  if (options.autoRetry !== false) {
    api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, ...options.autoRetry, rethrowHttpErrors: true }));
  }
  if (options.throttle !== false) api.config.use(apiThrottler());
  return api;
}

const BLOCKED_400 = /chat not found|user is deactivated|peer_id_invalid|bot was kicked|not enough rights to send|have no rights to send|upgraded to a supergroup|need administrator rights/i;

/** How a failed send should be handled. */
export function classifySendError(err: unknown): Exclude<SendOutcome, "sent"> {
  if (err instanceof GrammyError) {
    if (err.error_code === 403) return "blocked";
    if (err.error_code === 400 && (BLOCKED_400.test(err.description) || err.parameters?.migrate_to_chat_id !== undefined)) {
      return "blocked";
    }
    if (err.error_code === 429 || err.error_code >= 500) return "retry";
    if (err.error_code === 400) return "dropped";
    return "retry";
  }
  return "retry";
}

export class Notifier implements ChangeSender {
  readonly i18n: I18n<BaseContext>;
  private readonly maxButtonItems: number;
  private readonly maxCards: number;
  private readonly now: () => number;
  /** Per locale, translations without variables (status labels, titles): the same text every time. */
  private readonly fixed = new Map<string, Map<string, string>>();

  constructor(
    private readonly deps: { config: Pick<Config, "defaultLocale">; logger: Logger; storage: Pick<Storage, "delivery"> & MigrationStorage },
    readonly api: Api,
    options: NotifierOptions = {},
  ) {
    this.i18n = options.i18n ?? createI18n(deps.config.defaultLocale);
    this.maxButtonItems = options.maxButtonItems ?? 3;
    this.maxCards = options.maxCards ?? 15;
    this.now = options.now ?? Date.now;
  }

  /**
   * A translate function for a locale (unknown locales fall back to the default). Texts without
   * variables are remembered: every translation negotiates the locale again, and a cycle with many
   * changes renders thousands of status labels.
   */
  translator(locale: string | undefined): T {
    const l = locale && this.i18n.locales.includes(locale) ? locale : this.deps.config.defaultLocale;
    let fixed = this.fixed.get(l);
    if (!fixed) {
      fixed = new Map();
      this.fixed.set(l, fixed);
    }
    const cache = fixed;
    return ((key: string, vars?: Record<string, string | number>) => {
      if (vars !== undefined) return this.i18n.t(l, key, vars);
      let text = cache.get(key);
      if (text === undefined) {
        text = this.i18n.t(l, key);
        cache.set(key, text);
      }
      return text;
    }) as T;
  }

  /** Sends the coalesced message of one chat's changes. */
  async notify(chatId: number, changes: Change[], locale?: string, signal?: AbortSignal): Promise<SendOutcome> {
    if (changes.length === 0) return "sent";
    const message = this.render(changes, locale);
    return this.send(chatId, message, signal);
  }

  /** Tells a chat that its panel no longer accepts the key (tracking of it is skipped). */
  async notifyInvalidKey(chatId: number, panelName: string, locale?: string, signal?: AbortSignal): Promise<SendOutcome> {
    const t = this.translator(locale);
    return this.send(chatId, { text: t("tracking-invalid-key", { panel: escapeHtml(panelName) }) }, signal);
  }

  /** The message for a chat's changes (HTML). */
  render(changes: Change[], locale?: string): RenderedMessage {
    const t = this.translator(locale);
    const blocks: string[] = [];
    if (changes.length > 1) blocks.push(t("tracking-notify-title", { count: changes.length }));
    const LIMIT = 3800;
    let length = blocks.join("\n\n").length;
    let shown = 0;
    for (const change of changes) {
      if (shown >= this.maxCards) break;
      const block = change.kind === "order" ? this.orderBlock(t, change) : this.refillBlock(t, change);
      if (length + block.length + 2 > LIMIT) break;
      blocks.push(block);
      length += block.length + 2;
      shown += 1;
    }
    if (shown < changes.length) blocks.push(t("tracking-notify-more", { count: changes.length - shown }));

    if (changes.length > this.maxButtonItems) {
      blocks.push(t("tracking-notify-open-orders"));
      return { text: blocks.join("\n\n") };
    }
    const kb = new InlineKeyboard();
    let rows = 0;
    for (const change of changes) {
      if (change.kind === "order") {
        const { order, current } = change;
        kb.text(t("tracking-button-refresh", { id: order.orderId }), orderActionData("refresh", order.panelId, order.orderId));
        const slug = statusSlug(current.status);
        if ((slug === "completed" || slug === "partial") && order.refillable === true) {
          kb.text(t("tracking-button-refill", { id: order.orderId }), orderActionData("refill", order.panelId, order.orderId));
        }
        if (!isFinalOrderStatus(current.status) && order.cancellable !== false) {
          kb.text(t("tracking-button-cancel", { id: order.orderId }), orderActionData("cancel", order.panelId, order.orderId));
        }
        const repeat = order.serviceId ? tryRepeatData(order.panelId, order.orderId) : undefined;
        if (repeat) kb.text(t("tracking-button-repeat", { id: order.orderId }), repeat);
      } else {
        const { refill } = change;
        kb.text(t("tracking-button-refill-refresh", { id: refill.refillId }), refillRefreshData(refill.panelId, refill.refillId));
      }
      kb.row();
      rows += 1;
    }
    return rows > 0 ? { text: blocks.join("\n\n"), replyMarkup: kb } : { text: blocks.join("\n\n") };
  }

  private orderBlock(t: T, change: OrderChange): string {
    const { order, previous, current } = change;
    const card = orderCardHtml(t, order.orderId, current, order);
    const lines = card.split("\n");
    // Title (and link) first, then what changed, then the status line with charge and remains.
    const statusLine = lines.pop() ?? "";
    if (previous && previous.status !== current.status) {
      lines.push(`${statusLabel(t, previous.status)} → <b>${statusLabel(t, current.status)}</b>`);
    } else if (previous) {
      lines.push(t("tracking-notify-progress"));
    }
    lines.push(statusLine);
    return lines.join("\n");
  }

  private refillBlock(t: T, change: RefillChange): string {
    const { refill, previous, current } = change;
    const title = t("tracking-refill-card", { id: refill.refillId, order: refill.orderId });
    const status =
      previous && previous.status !== current.status
        ? `${statusLabel(t, previous.status)} → <b>${statusLabel(t, current.status)}</b>`
        : statusLabel(t, current.status);
    return `${title}\n${status}`;
  }

  /**
   * `signal` stops the message from starting, never a request in flight (see the module comment).
   * With an `Api` not made by createNotifierApi, it is only checked before the call.
   */
  private async send(chatId: number, message: RenderedMessage, signal?: AbortSignal): Promise<SendOutcome> {
    if (signal?.aborted) return "retry";
    try {
      await this.api.sendMessage(
        chatId,
        message.text,
        {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
        },
        (GATED.has(this.api) ? signal : undefined) as Parameters<Api["sendMessage"]>[3],
      );
      return "sent";
    } catch (err) {
      const newChatId = migratedTo(err, chatId);
      if (newChatId !== undefined) return this.migrate(chatId, newChatId);
      const outcome = classifySendError(err);
      const detail = err instanceof GrammyError ? { code: err.error_code, description: err.description } : { err: String(err) };
      if (outcome === "blocked") {
        this.deps.logger.info({ chatId, ...detail }, "Chat unreachable: tracking paused until it talks to the bot");
        await this.deps.storage.delivery.set(chatId, { blocked: true, blockedAt: this.now() });
      } else if (outcome === "dropped") {
        this.deps.logger.error({ chatId, ...detail }, "Notification refused by Telegram: dropped");
      } else {
        this.deps.logger.warn({ chatId, ...detail }, "Notification not sent: will retry next cycle");
      }
      return outcome;
    }
  }

  /** The group became a supergroup: its data moves to the new id; the message waits for the next cycle. */
  private async migrate(chatId: number, newChatId: number): Promise<SendOutcome> {
    try {
      const moved = await migrateGroup(this.deps.storage, chatId, newChatId);
      this.deps.logger.info({ oldChatId: chatId, newChatId, ...moved }, "Group upgraded to a supergroup: tracking moved, notification retried next cycle");
    } catch (err) {
      this.deps.logger.error({ oldChatId: chatId, newChatId, err: String(err) }, "Moving an upgraded group failed: retried next cycle");
    }
    return "retry";
  }
}

/** The supergroup a group send was refused for (400 with `migrate_to_chat_id`), if any. */
function migratedTo(err: unknown, chatId: number): number | undefined {
  if (!(err instanceof GrammyError) || err.error_code !== 400) return undefined;
  const newChatId = err.parameters?.migrate_to_chat_id;
  const isGroup = (id: unknown): id is number => typeof id === "number" && Number.isSafeInteger(id) && id < 0;
  return isGroup(newChatId) && isGroup(chatId) && newChatId !== chatId ? newChatId : undefined;
}
