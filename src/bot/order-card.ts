/**
 * The text of one order's status, used by /status, /orders, notifications and inline results, so an
 * order looks the same everywhere.
 */
import { formatMoney } from "../panel/money.js";
import type { OrderStatus } from "../panel/types.js";
import type { OrderSnapshot, TrackedOrder } from "../storage/types.js";
import type { BaseContext } from "./context.js";
import { escapeHtml, statusLabel, truncate } from "./format.js";

type T = BaseContext["t"];

export type OrderState = Pick<OrderStatus, "status" | "charge" | "startCount" | "remains" | "currency"> | OrderSnapshot;

/**
 * HTML text (use parse_mode "HTML"):
 *   📦 Order 23501 · Instagram followers
 *   ✅ Completed · charge $0.27819 · start 3572 · remains 157
 */
export function orderCardHtml(t: T, orderId: string, state: OrderState | undefined, meta?: Partial<TrackedOrder>): string {
  const lines: string[] = [];
  const service = meta?.serviceName ? ` · ${escapeHtml(truncate(meta.serviceName, 60))}` : "";
  lines.push(`📦 <b>${t("order-card-title", { id: orderId })}</b>${service}`);
  if (meta?.link) lines.push(`🔗 ${escapeHtml(truncate(meta.link, 80))}`);
  if (state) {
    const progress = deliveredLine(t, meta?.quantity, state.remains);
    if (progress) lines.push(progress);
    const parts = [escapeHtml(statusLabel(t, state.status))];
    const currency = state.currency ?? meta?.currency;
    if (state.charge !== undefined) parts.push(t("order-card-charge", { charge: formatMoney(state.charge, currency ?? "") }));
    if (state.startCount !== undefined) parts.push(t("order-card-start", { count: state.startCount }));
    if (state.remains !== undefined) parts.push(t("order-card-remains", { count: state.remains }));
    lines.push(parts.join(" · "));
  } else {
    lines.push(t("order-card-unknown"));
  }
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
