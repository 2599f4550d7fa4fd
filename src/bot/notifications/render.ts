/**
 * Rendering of the tracking layer's notifications (src/tracking/sender.ts) as HTML messages with
 * their buttons, in the chat's language:
 * - a chat's changes: one coalesced message (a title when there are several, at most `maxCards`
 *   cards within 3,800 characters, "…and N more"); buttons (refresh, refill, cancel, refill refresh)
 *   for up to `maxButtonItems` items, else a hint to open /orders;
 * - an account that needs reconnecting: why, and the /connect hint.
 * Every outside text (panel name, statuses, service names, links) is escaped here or by the card.
 */
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import { isFinalOrderStatus, statusSlug } from "../../panel/status.js";
import type { Change, LowBalanceNotification, Notification, OrderChange, RefillChange, ReconnectNotification } from "../../tracking/sender.js";
import { orderActionData, refillRefreshData, tryRepeatData } from "../callbacks.js";
import type { BaseContext } from "../context.js";
import { createTranslator } from "../i18n.js";
import { escapeHtml, money, statusLabel } from "../format.js";
import { orderCardHtml } from "../order-card.js";

type T = BaseContext["t"];

/** The message for one chat. */
export interface RenderedMessage {
  text: string;
  replyMarkup?: InlineKeyboardMarkup;
}

export interface RendererOptions {
  /** Orders that get action buttons in one message; more get the "/orders" hint instead. Default 3. */
  maxButtonItems?: number;
  /** Most cards in one message; the rest are counted ("…and 12 more"). Default 15. */
  maxCards?: number;
  /** Whether a panel takes `cancel` (a panel known not to gets no cancel buttons). Default: yes. */
  supportsCancel?: (panelId: string) => boolean;
}

/** Longest text of a message (Telegram's limit is 4,096 characters after parsing). */
const TEXT_LIMIT = 3800;

export class NotificationRenderer {
  private readonly maxButtonItems: number;
  private readonly maxCards: number;
  private readonly supportsCancel: (panelId: string) => boolean;
  /** Per locale, translations without variables (status labels, titles): the same text every time. */
  private readonly fixed = new Map<string, Map<string, string>>();

  constructor(
    readonly i18n: I18n<BaseContext>,
    private readonly defaultLocale: string,
    options: RendererOptions = {},
  ) {
    this.maxButtonItems = options.maxButtonItems ?? 3;
    this.maxCards = options.maxCards ?? 15;
    this.supportsCancel = options.supportsCancel ?? (() => true);
  }

  /**
   * A translate function for a locale (unknown locales fall back to the default). Texts without
   * variables are remembered: every translation negotiates the locale again, and a cycle with many
   * changes renders thousands of status labels.
   */
  translator(locale: string | undefined): T {
    const l = this.localeOf(locale);
    let fixed = this.fixed.get(l);
    if (!fixed) {
      fixed = new Map();
      this.fixed.set(l, fixed);
    }
    const cache = fixed;
    // Escapes every string argument (and isolates it in right-to-left locales), like ctx.t.
    const escaping = createTranslator(this.i18n, l, this.defaultLocale);
    return (key: string, vars?: Record<string, unknown>) => {
      if (vars !== undefined) return escaping(key, vars as Parameters<typeof escaping>[1]);
      let text = cache.get(key);
      if (text === undefined) {
        text = escaping(key);
        cache.set(key, text);
      }
      return text;
    };
  }

  private localeOf(locale: string | undefined): string {
    return locale && this.i18n.locales.includes(locale) ? locale : this.defaultLocale;
  }

  /** The message of a notification (HTML). */
  render(notification: Notification): RenderedMessage {
    const t = this.translator(notification.language);
    const locale = this.localeOf(notification.language);
    if (notification.kind === "low-balance") return this.lowBalance(t, locale, notification);
    return notification.kind === "changes" ? this.changes(t, locale, notification.changes) : this.reconnect(t, notification);
  }

  private lowBalance(t: T, locale: string, n: LowBalanceNotification): RenderedMessage {
    return {
      text: t("money-low-balance", { balance: money(locale, n.balance, n.currency), threshold: money(locale, n.threshold, n.currency) }),
    };
  }

  private reconnect(t: T, n: ReconnectNotification): RenderedMessage {
    const panel = n.panelName;
    return {
      text: n.reason === "undecryptable" ? t("tracking-reconnect-undecryptable", { panel }) : t("tracking-reconnect-rejected", { panel }),
    };
  }

  private changes(t: T, locale: string, changes: Change[]): RenderedMessage {
    const blocks: string[] = [];
    if (changes.length > 1) blocks.push(t("tracking-notify-title", { count: changes.length }));
    let length = blocks.join("\n\n").length;
    let shown = 0;
    for (const change of changes) {
      if (shown >= this.maxCards) break;
      const block = change.kind === "order" ? this.orderBlock(t, locale, change) : this.refillBlock(t, change);
      if (length + block.length + 2 > TEXT_LIMIT) break;
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
        if (!isFinalOrderStatus(current.status) && order.cancellable !== false && this.supportsCancel(order.panelId)) {
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

  private orderBlock(t: T, locale: string, change: OrderChange): string {
    const { order, previous, current } = change;
    const card = orderCardHtml(t, order.orderId, current, order, locale);
    const lines = card.split("\n");
    // Title (and link) first, then what changed, then the status line with charge and remains.
    const statusLine = lines.pop() ?? "";
    if (previous && previous.status !== current.status) {
      lines.push(`${label(t, previous.status)} → <b>${label(t, current.status)}</b>`);
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
        ? `${label(t, previous.status)} → <b>${label(t, current.status)}</b>`
        : label(t, current.status);
    return `${title}\n${status}`;
  }
}

/** A status label as HTML: a status the bot does not know is the panel's own word, escaped. */
const label = (t: T, status: string): string => escapeHtml(statusLabel(t, status));
