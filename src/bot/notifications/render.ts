/**
 * Rendering of the tracking layer's notifications (src/tracking/sender.ts) as HTML messages with
 * their buttons, in the chat's language:
 * - a chat's changes: coalesced into as few messages as fit ({@link NotificationRenderer.split}: at
 *   most `maxCards` whole cards within 3,800 characters each, in order; the tracking layer sends
 *   them one by one and records each part's states right after it is sent). Each message has a
 *   title when the chat has several changes ("message 2 of 3" when split), and buttons (refresh,
 *   refill, cancel, refill refresh) for its own items when it has at most `maxButtonItems`, else a
 *   hint to open /orders;
 * - an account that needs reconnecting: why, and the /connect hint.
 * Every outside text (panel name, statuses, service names, links) is escaped here or by the card.
 */
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import { isFinalOrderStatus, statusSlug } from "../../panel/status.js";
import type {
  Change,
  LowBalanceNotification,
  ChangesNotification,
  Notification,
  NotificationPart,
  OrderChange,
  RefillChange,
  ReconnectNotification,
} from "../../tracking/sender.js";
import { orderActionData, refillRefreshData, tryRepeatData } from "../callbacks.js";
import type { BaseContext } from "../context.js";
import { createTranslator } from "../i18n.js";
import { escapeHtml, money, statusLabel } from "../format.js";
import { orderCardHtml } from "../order-card.js";
import { fitHtml, htmlLength } from "../fit.js";
import { LEGACY_ACCOUNT_ID } from "../../storage/types.js";

type T = BaseContext["t"];

/**
 * Names of the accounts a message's items belong to, keyed by {@link accountKey}: given only for
 * owners with several accounts (a chat with one account sees no name).
 */
export type AccountNames = ReadonlyMap<string, string>;

export const accountKey = (owner: string, accountId: string | undefined): string => `${owner}#${accountId ?? LEGACY_ACCOUNT_ID}`;

const NO_NAMES: AccountNames = new Map();

/** A card with the name of its account under its title. */
function withAccountLine(t: T, card: string, name: string): string {
  const lines = card.split("\n");
  lines.splice(1, 0, t("accounts-order-account", { name }));
  return lines.join("\n");
}

/** The message for one chat. */
export interface RenderedMessage {
  text: string;
  replyMarkup?: InlineKeyboardMarkup;
}

export interface RendererOptions {
  /** Orders that get action buttons in one message; more get the "/orders" hint instead. Default 3. */
  maxButtonItems?: number;
  /** Most cards in one message; more go out in further messages ({@link NotificationRenderer.split}). Default 15. */
  maxCards?: number;
  /** Whether a panel takes `cancel` (a panel known not to gets no cancel buttons). Default: yes. */
  supportsCancel?: (panelId: string) => boolean;
}

/** Longest text of a message, as Telegram counts it (its limit is 4,096 characters after parsing). */
const TEXT_LIMIT = 3800;
/** Between two cards. */
const SEPARATOR = "\n\n";

export class NotificationRenderer {
  private readonly maxButtonItems: number;
  private readonly maxCards: number;
  private readonly supportsCancel: (panelId: string) => boolean;
  /** Per locale, translations without variables (status labels, titles): the same text every time. */
  private readonly fixed = new Map<string, Map<string, string>>();
  /** Cards of changes being sent (weak: gone with the changes). */
  private readonly blocks = new WeakMap<Change, { locale: string; name: string | undefined; html: string }>();

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

  /** The message of a notification (HTML); `names`: of the accounts, when an owner has several. */
  render(notification: Notification, names: AccountNames = NO_NAMES): RenderedMessage {
    const t = this.translator(notification.language);
    const locale = this.localeOf(notification.language);
    if (notification.kind === "low-balance") return this.lowBalance(t, locale, notification);
    return notification.kind === "changes" ? this.changes(t, locale, notification, names) : this.reconnect(t, notification, names);
  }

  private lowBalance(t: T, locale: string, n: LowBalanceNotification): RenderedMessage {
    return {
      text: t("money-low-balance", { balance: money(locale, n.balance, n.currency), threshold: money(locale, n.threshold, n.currency) }),
    };
  }

  /**
   * A chat's changes in the groups they go out in: consecutive, in order, every change in exactly
   * one group, each rendering to one message within Telegram's limits — at most `maxCards` whole
   * cards (never cut between two messages), within {@link TEXT_LIMIT} with room kept for the title
   * and the closing hint. A single card longer than a whole message (it cannot be, with the cards'
   * own limits) is cut to fit, alone in its message.
   */
  split(notification: ChangesNotification, names: AccountNames = NO_NAMES): Change[][] {
    const { changes } = notification;
    if (changes.length <= 1) return [changes];
    const t = this.translator(notification.language);
    const locale = this.localeOf(notification.language);
    const budget = this.cardsBudget(t, changes.length);
    const parts: Change[][] = [];
    let part: Change[] = [];
    let used = 0;
    for (const change of changes) {
      const size = Math.min(htmlLength(this.block(t, locale, change, names)), budget);
      if (part.length > 0 && (part.length >= this.maxCards || used + SEPARATOR.length + size > budget)) {
        parts.push(part);
        part = [];
      }
      used = part.length > 0 ? used + SEPARATOR.length + size : size;
      part.push(change);
    }
    parts.push(part);
    return parts;
  }

  /** Room for the cards of one message: the limit less the longest title and the /orders hint. */
  private cardsBudget(t: T, total: number): number {
    const title = this.title(t, total, { index: total, of: total, total });
    return TEXT_LIMIT - htmlLength(title) - htmlLength(t("tracking-notify-open-orders")) - 2 * SEPARATOR.length;
  }

  /** The title of a message with several changes (or of one part of a split notification). */
  private title(t: T, count: number, part: NotificationPart | undefined): string {
    if (!part || part.of <= 1) return t("tracking-notify-title", { count });
    return `${t("tracking-notify-title", { count: part.total })} · ${t("tracking-notify-part", { part: part.index, parts: part.of })}`;
  }

  /** A change's card (remembered: `split` and then `render` of its part need it). */
  private block(t: T, locale: string, change: Change, names: AccountNames): string {
    const item = change.kind === "order" ? change.order : change.refill;
    const name = names.get(accountKey(item.owner, item.accountId));
    const known = this.blocks.get(change);
    if (known?.locale === locale && known.name === name) return known.html;
    const card = change.kind === "order" ? this.orderBlock(t, locale, change) : this.refillBlock(t, change);
    const html = name === undefined ? card : withAccountLine(t, card, name);
    this.blocks.set(change, { locale, name, html });
    return html;
  }

  private reconnect(t: T, n: ReconnectNotification, names: AccountNames): RenderedMessage {
    const named = n.owner ? names.get(accountKey(n.owner, n.accountId)) : undefined;
    const panel = named && named !== n.panelName ? `${named} (${n.panelName})` : n.panelName;
    return {
      text: n.reason === "undecryptable" ? t("tracking-reconnect-undecryptable", { panel }) : t("tracking-reconnect-rejected", { panel }),
    };
  }

  /**
   * One message of changes. Delivery hands over the parts made by {@link split}; a longer list
   * given at once (no split) is cut to the limit rather than refused.
   */
  private changes(t: T, locale: string, n: ChangesNotification, names: AccountNames): RenderedMessage {
    const { changes, part } = n;
    const blocks: string[] = [];
    if (changes.length > 1 || (part && part.of > 1)) blocks.push(this.title(t, changes.length, part));
    const budget = this.cardsBudget(t, Math.max(changes.length, part?.total ?? 0));
    for (const change of changes) {
      const block = this.block(t, locale, change, names);
      blocks.push(htmlLength(block) > budget ? fitHtml(block, budget) : block);
    }
    if (changes.length > this.maxButtonItems) {
      blocks.push(t("tracking-notify-open-orders"));
      return { text: fitHtml(blocks.join(SEPARATOR), TEXT_LIMIT) };
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
    const text = fitHtml(blocks.join(SEPARATOR), TEXT_LIMIT);
    return rows > 0 ? { text, replyMarkup: kb } : { text };
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
