/**
 * The text of one order's status, used by /status, /orders, notifications and inline results, so an
 * order looks the same everywhere.
 */
import type { OrderStatus } from "../panel/types.js";
import type { OrderSnapshot, TrackedOrder } from "../storage/types.js";
import type { BaseContext } from "./context.js";
import { money, statusLabel, truncate } from "./format.js";
import { html, raw } from "./html.js";

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
