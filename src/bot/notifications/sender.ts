/**
 * The tracking layer's notifications, sent through a grammY `Api` that respects Telegram's limits
 * (implements NotificationSender of src/tracking/sender.ts; rendering: render.ts).
 *
 * - Sending: `createNotifierApi()` builds an `Api` with @grammyjs/transformer-throttler (30 msg/s
 *   overall, 1 msg/s per private chat, 20 msg/min per group, queued rather than dropped) and
 *   @grammyjs/auto-retry (waits out 429 `retry_after`, retries 5xx; network errors are rethrown so
 *   a Telegram outage cannot hang a polling cycle — the change is retried next cycle instead).
 * - Aborting (leadership lost): the signal given to `send` stops a message from starting — before
 *   the throttler lets it go, and before each retry — but never cuts a request already sent to
 *   Telegram: it finishes, so the poller can record what the chat has seen (aborting it would leave
 *   a delivered message unrecorded, and the next leader would send it again).
 * - Results: "sent"; "blocked" (403, chat not found, kicked, deactivated); "migrated" (a group
 *   upgraded to a supergroup: 400 with `migrate_to_chat_id`); "failed" (temporary: 429 after
 *   retries, 5xx, network, aborted — the next cycle sends it again); "refused" (a permanent 400 such
 *   as a markup error, after one more try as plain text: logged, and not retried so that one bad
 *   message cannot loop forever, nor poison the next one). What to do about blocked chats and
 *   migrated groups is the tracking layer's business.
 * - Splitting: `split` gives the renderer's parts of a chat's changes (render.ts); the tracking
 *   layer sends them one by one.
 */
import { Api, GrammyError, type Transformer } from "grammy";
import { autoRetry, type AutoRetryOptions } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import type { I18n } from "@grammyjs/i18n";
import type { PanelRegistry } from "../../panel/registry.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import type { Change, ChangesNotification, Notification, NotificationSender, SendResult } from "../../tracking/sender.js";
import type { BaseContext } from "../context.js";
import { createI18n } from "../i18n.js";
import { fitText, MESSAGE_MAX } from "../fit.js";
import { plainText } from "../html.js";
import { accountKey, NotificationRenderer, type AccountNames, type RenderedMessage, type RendererOptions } from "./render.js";
import type { AccountRepo, OwnerKey } from "../../storage/types.js";
import { accountNames } from "../account.js";

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

const BLOCKED_400 =
  /chat not found|user is deactivated|peer_id_invalid|bot was kicked|not enough rights to send|have no rights to send|upgraded to a supergroup|need administrator rights/i;

/** What a failed send means (see the module comment). */
function classifySendError(err: unknown, chatId: number): Exclude<SendResult, { kind: "sent" }> {
  if (!(err instanceof GrammyError)) return { kind: "failed", reason: err instanceof Error ? err.message : String(err) };
  const reason = `${err.error_code} ${err.description}`;
  const newChatId = migratedTo(err, chatId);
  if (newChatId !== undefined) return { kind: "migrated", newChatId };
  if (err.error_code === 403) return { kind: "blocked", reason };
  if (err.error_code === 400 && (BLOCKED_400.test(err.description) || err.parameters?.migrate_to_chat_id !== undefined)) {
    return { kind: "blocked", reason };
  }
  if (err.error_code === 429 || err.error_code >= 500) return { kind: "failed", reason };
  if (err.error_code === 400) return { kind: "refused", reason };
  return { kind: "failed", reason };
}

/** The supergroup a group send was refused for (400 with `migrate_to_chat_id`), if any. */
function migratedTo(err: GrammyError, chatId: number): number | undefined {
  if (err.error_code !== 400) return undefined;
  const newChatId = err.parameters?.migrate_to_chat_id;
  const isGroup = (id: unknown): id is number => typeof id === "number" && Number.isSafeInteger(id) && id < 0;
  return isGroup(newChatId) && isGroup(chatId) && newChatId !== chatId ? newChatId : undefined;
}

export interface TelegramSenderOptions extends RendererOptions {
  /** Translations (default: a new one over locales/, default locale from the config). */
  i18n?: I18n<BaseContext>;
  /**
   * The owners' accounts and the panels' names: a message names each item's account when its
   * owner has several. Without them, no names.
   */
  accounts?: Pick<AccountRepo, "list">;
  panelName?: (panelId: string) => string;
}

/** Sends the tracking layer's notifications as HTML messages through a notifier `Api`. */
export class TelegramNotificationSender implements NotificationSender {
  readonly renderer: NotificationRenderer;
  private readonly accounts: Pick<AccountRepo, "list"> | undefined;
  private readonly panelName: (panelId: string) => string;

  constructor(
    private readonly deps: {
      config: Pick<Config, "defaultLocale">;
      logger: Pick<Logger, "warn" | "error">;
      /** Where account names come from (see TelegramSenderOptions.accounts), unless given as options. */
      storage?: { accounts: Pick<AccountRepo, "list"> };
      panels?: Pick<PanelRegistry, "find">;
    },
    readonly api: Api,
    options: TelegramSenderOptions = {},
  ) {
    const i18n = options.i18n ?? createI18n(deps.config.defaultLocale);
    this.renderer = new NotificationRenderer(i18n, deps.config.defaultLocale, options);
    this.accounts = options.accounts ?? deps.storage?.accounts;
    const panels = deps.panels;
    this.panelName = options.panelName ?? ((id) => panels?.find(id)?.name ?? id);
  }

  async send(notification: Notification, signal?: AbortSignal): Promise<SendResult> {
    if (notification.kind === "changes" && notification.changes.length === 0) return { kind: "sent" };
    return this.deliver(notification.chatId, this.renderer.render(notification, await this.names(notification)), signal);
  }

  /** The account names of a message's owners that have several accounts (one read per owner). */
  private async names(notification: Notification): Promise<AccountNames> {
    const names = new Map<string, string>();
    if (!this.accounts) return names;
    const owners = new Set<OwnerKey>();
    if (notification.kind === "reconnect") {
      if (notification.owner) owners.add(notification.owner);
    } else if (notification.kind === "changes") {
      for (const c of notification.changes) owners.add(c.kind === "order" ? c.order.owner : c.refill.owner);
    }
    for (const owner of owners) {
      try {
        const { accounts } = await this.accounts.list(owner);
        if (accounts.length < 2) continue;
        for (const [id, name] of accountNames(accounts, this.panelName)) names.set(accountKey(owner, id), name);
      } catch (err) {
        // Names are a courtesy: the message goes without them.
        this.deps.logger.warn({ err: err instanceof Error ? err.name : "error" }, "Notification: account names unavailable");
      }
    }
    return names;
  }

  async split(notification: ChangesNotification): Promise<Change[][]> {
    return this.renderer.split(notification, await this.names(notification));
  }

  /**
   * `signal` stops the message from starting, never a request in flight (see the module comment).
   * With an `Api` not made by createNotifierApi, it is only checked before the call.
   */
  private async deliver(chatId: number, message: RenderedMessage, signal?: AbortSignal): Promise<SendResult> {
    const first = await this.sendOnce(chatId, message, "HTML", signal);
    if (first.kind !== "refused") return first;
    // Refused for good (markup, length): once more as plain text, then drop this message alone.
    const plain = { ...message, text: fitText(plainText(message.text), MESSAGE_MAX - 96).trim() || "…" };
    this.deps.logger.warn({ chatId, reason: first.reason }, "Notification refused by Telegram: sending it as plain text");
    const second = await this.sendOnce(chatId, plain, undefined, signal);
    if (second.kind === "refused") this.deps.logger.error({ chatId, reason: second.reason }, "Notification refused by Telegram: dropped");
    return second;
  }

  private async sendOnce(chatId: number, message: RenderedMessage, parseMode: "HTML" | undefined, signal?: AbortSignal): Promise<SendResult> {
    if (signal?.aborted) return { kind: "failed", reason: "aborted" };
    try {
      await this.api.sendMessage(
        chatId,
        message.text,
        {
          ...(parseMode ? { parse_mode: parseMode } : {}),
          link_preview_options: { is_disabled: true },
          ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
        },
        (GATED.has(this.api) ? signal : undefined) as Parameters<Api["sendMessage"]>[3],
      );
      return { kind: "sent" };
    } catch (err) {
      const result = classifySendError(err, chatId);
      if (result.kind === "failed") this.deps.logger.warn({ chatId, reason: result.reason }, "Notification not sent: will retry next cycle");
      return result;
    }
  }
}

/** The sender the application runs the poller with: its own throttled Bot API client. */
export function createNotificationSender(deps: {
  config: Pick<Config, "botToken" | "botApiRoot" | "defaultLocale">;
  logger: Pick<Logger, "warn" | "error">;
  panels?: Pick<PanelRegistry, "supportsCancel" | "find">;
  storage?: { accounts: Pick<AccountRepo, "list"> };
}): TelegramNotificationSender {
  const { panels } = deps;
  return new TelegramNotificationSender(
    deps,
    createNotifierApi(deps.config),
    panels ? { supportsCancel: (id: string) => panels.supportsCancel(id) } : {},
  );
}
