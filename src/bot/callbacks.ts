/**
 * Callback data formats shared between features (buttons are created in one place and handled in
 * another: e.g. notifications carry buttons that the order commands handle). Telegram limits
 * callback data to 64 bytes; panel ids are ≤ 24 chars and order ids ≤ 20 digits.
 */

/** Actions on one order: refresh its status, request a refill, ask to cancel, confirm the cancel. */
export type OrderAction = "refresh" | "refill" | "cancel" | "cancel-yes";

const ACTION_CODE: Record<OrderAction, string> = { refresh: "r", refill: "f", cancel: "x", "cancel-yes": "X" };
const CODE_ACTION: Record<string, OrderAction> = { r: "refresh", f: "refill", x: "cancel", X: "cancel-yes" };

/** `o:<code>:<panelId>:<orderId>` */
export function orderActionData(action: OrderAction, panelId: string, orderId: string): string {
  return `o:${ACTION_CODE[action]}:${panelId}:${orderId}`;
}

export const ORDER_ACTION_RE = /^o:([rfxX]):([\w-]{1,24}):(\d{1,20})$/;

export function parseOrderAction(data: string): { action: OrderAction; panelId: string; orderId: string } | undefined {
  const m = data.match(ORDER_ACTION_RE);
  if (!m) return undefined;
  return { action: CODE_ACTION[m[1]!]!, panelId: m[2]!, orderId: m[3]! };
}

/** Refresh the status of a refill: `rf:<panelId>:<refillId>` */
export function refillRefreshData(panelId: string, refillId: string): string {
  return `rf:${panelId}:${refillId}`;
}

export const REFILL_REFRESH_RE = /^rf:([\w-]{1,24}):(\d{1,20})$/;
