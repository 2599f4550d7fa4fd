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
