/**
 * The text of one order's status, used by /status, /orders, notifications and inline results, so an
 * order looks the same everywhere.
 */
import type { OrderStatus } from "../panel/types.js";
import type { OrderSnapshot, TrackedOrder } from "../storage/types.js";
import type { BaseContext } from "./context.js";
import { money, statusLabel, truncate } from "./format.js";
import { html, raw } from "./html.js";
import { compareDecimal, divideDecimal, isDecimal, multiplyDecimal, normalizeDecimal, subtractDecimal } from "../panel/money.js";
import { statusSlug } from "../panel/status.js";

type T = BaseContext["t"];

export type OrderState = Pick<OrderStatus, "status" | "charge" | "startCount" | "remains" | "currency"> | OrderSnapshot;

/** Longest service name and link shown on a card (characters). */
export const CARD_NAME_MAX = 60;
export const CARD_LINK_MAX = 80;
/** Longest status word from a panel shown as it is (unknown statuses). */
export const STATUS_WORD_MAX = 60;

/** "✅ Completed · charge 0,27819 $ · start count 3572 · remains 157" as HTML (escaped). */
export function stateLineHtml(t: T, state: OrderState, currency: string | undefined, locale: string): string {
  const parts = [html`${truncate(statusLabel(t, state.status), STATUS_WORD_MAX)}`.html];
  const cur = state.currency ?? currency;
  if (state.charge !== undefined) parts.push(t("order-card-charge", { charge: money(locale, state.charge, cur ?? "") }));
  if (state.startCount !== undefined) parts.push(t("order-card-start", { count: state.startCount }));
  if (state.remains !== undefined) parts.push(t("order-card-remains", { count: state.remains }));
  return parts.join(" · ");
}

/**
 * HTML text (use parse_mode "HTML"); every value from the panel or the user is escaped:
 *   📦 Order 23501 · Instagram followers
 *   ✅ Completed · charge $0.27819 · start 3572 · remains 157
 * `t` should escape its arguments (ctx.t, createTranslator); `locale` writes the money.
 */
export function orderCardHtml(t: T, orderId: string, state: OrderState | undefined, meta?: Partial<TrackedOrder>, locale = "en"): string {
  const lines: string[] = [];
  const service = meta?.serviceName ? html` · ${truncate(meta.serviceName, CARD_NAME_MAX)}` : "";
  lines.push(html`📦 <b>${raw(t("order-card-title", { id: orderId }))}</b>${service}`.html);
  if (meta?.link) lines.push(html`🔗 ${truncate(meta.link, CARD_LINK_MAX)}`.html);
  if (state) {
    const progress = deliveredLine(t, meta?.quantity, state.remains);
    if (progress) lines.push(progress);
    // Above the status line: notifications put the "was → now" line just before that last line.
    const refund = refundLine(t, state, meta, locale);
    if (refund) lines.push(refund);
    lines.push(stateLineHtml(t, state, meta?.currency, locale));
  } else lines.push(t("order-card-unknown"));
  return lines.join("\n");
}

/** "Delivered 6,000 of 10,000 ▰▰▰▰▰▰▱▱▱▱ 60 %" when the ordered quantity and the remains are known. */
export function deliveredLine(t: T, quantity: number | undefined, remains: number | undefined): string | undefined {
  if (quantity === undefined || remains === undefined || quantity <= 0 || remains < 0 || remains > quantity) return undefined;
  const delivered = quantity - remains;
  const percent = Math.floor((delivered * 100) / quantity);
  const filled = Math.floor(percent / 10);
  const bar = "▰".repeat(filled) + "▱".repeat(10 - filled);
  return t("order-card-delivered", { delivered, quantity, bar, percent });
}

/**
 * What a Partial order got back, when the bot knows the order's price (orders placed through it):
 * - the panel's charge difference, when the charge it reports now is below that price (what it
 *   actually kept);
 * - else an estimate: the units not delivered at the order's price (price × remains / quantity),
 *   said to be one.
 * Undefined for other statuses, or when the price, the quantity or the remains are unknown.
 */
export function refundLine(t: T, state: OrderState, meta: Partial<TrackedOrder> | undefined, locale: string): string | undefined {
  if (statusSlug(state.status) !== "partial") return undefined;
  const remains = state.remains;
  const price = meta?.price;
  if (remains === undefined || remains <= 0 || price === undefined || !isDecimal(price)) return undefined;
  const currency = meta?.currency ?? state.currency ?? "";
  if (meta?.currency && state.currency && meta.currency.toUpperCase() !== state.currency.toUpperCase()) return undefined;
  try {
    if (state.charge !== undefined && isDecimal(state.charge) && compareDecimal(state.charge, price) < 0) {
      return t("order-card-refunded", { amount: money(locale, subtractDecimal(price, state.charge), currency), count: remains });
    }
    const total = (meta?.quantity ?? 0) * (meta?.input?.runs ?? 1);
    if (!Number.isSafeInteger(total) || total <= 0 || remains > total) return undefined;
    const estimate = normalizeDecimal(divideDecimal(multiplyDecimal(price, remains), total, 8));
    return t("order-card-refund-estimate", { amount: money(locale, estimate, currency), count: remains });
  } catch {
    return undefined; // an amount out of range: no refund line rather than a wrong one
  }
}
