/**
 * Codecs of the buttons that act on one order or refill. They are made in several places (order
 * cards of /status and /orders, notifications, inline results) and handled by the order features
 * (status: refresh; refill: refill and refill refresh; cancel: cancel and its confirmation).
 */
import { defineCallback, field } from "./callback-data.js";

/** Actions on one order: refresh its status, request a refill, ask to cancel, confirm the cancel. */
export type OrderAction = "refresh" | "refill" | "cancel" | "cancel-yes";

const ACTION_CODE = { refresh: "r", refill: "f", cancel: "x", "cancel-yes": "X" } as const satisfies Record<OrderAction, string>;
const CODE_ACTION: Record<string, OrderAction> = { r: "refresh", f: "refill", x: "cancel", X: "cancel-yes" };

/** Panel ids in callback data (config slugs, ≤ 24 characters). */
export const PANEL_ID_FIELD = field.id(24);
/** Order and refill IDs in callback data: opaque, up to 35 characters (64 bytes in all). */
export const ORDER_ID_FIELD = field.id(35);

/** `o:<r|f|x|X>:<panelId>:<orderId>`: refresh is open to everyone in groups, the rest is for admins. */
export const orderActionCodec = defineCallback(
  "o",
  { code: field.oneOf("r", "f", "x", "X"), panelId: PANEL_ID_FIELD, orderId: ORDER_ID_FIELD },
  { audience: (v) => (v.code === "r" ? "everyone" : "admin") },
);

/** `rf:<panelId>:<refillId>`: refresh a refill's status (read-only). */
export const refillRefreshCodec = defineCallback("rf", { panelId: PANEL_ID_FIELD, refillId: ORDER_ID_FIELD }, { audience: "everyone" });

/** `rp:<panelId>:<orderId>`: order the same again (the wizard, filled in, at its summary). For admins. */
export const repeatCodec = defineCallback("rp", { panelId: PANEL_ID_FIELD, orderId: ORDER_ID_FIELD }, { audience: "admin" });

/** Data of a Repeat button, or undefined when the IDs do not fit in callback data (no button then). */
export function tryRepeatData(panelId: string, orderId: string): string | undefined {
  const value = { panelId, orderId };
  return repeatCodec.fits(value) ? repeatCodec.pack(value) : undefined;
}

/** Data of an order action button; throws RangeError when the IDs do not fit (see tryOrderActionData). */
export function orderActionData(action: OrderAction, panelId: string, orderId: string): string {
  return orderActionCodec.pack({ code: ACTION_CODE[action], panelId, orderId });
}

/** Data of an order action button, or undefined when the IDs do not fit in callback data (no button then). */
export function tryOrderActionData(action: OrderAction, panelId: string, orderId: string): string | undefined {
  const value = { code: ACTION_CODE[action], panelId, orderId };
  return orderActionCodec.fits(value) ? orderActionCodec.pack(value) : undefined;
}

export function parseOrderAction(data: string): { action: OrderAction; panelId: string; orderId: string } | undefined {
  const v = orderActionCodec.unpack(data);
  return v && { action: CODE_ACTION[v.code]!, panelId: v.panelId, orderId: v.orderId };
}

/** Data of a refill's refresh button; throws RangeError when the IDs do not fit. */
export function refillRefreshData(panelId: string, refillId: string): string {
  return refillRefreshCodec.pack({ panelId, refillId });
}

/** Data of a refill's refresh button, or undefined when the IDs do not fit. */
export function tryRefillRefreshData(panelId: string, refillId: string): string | undefined {
  const value = { panelId, refillId };
  return refillRefreshCodec.fits(value) ? refillRefreshCodec.pack(value) : undefined;
}
