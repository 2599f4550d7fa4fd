/** Order and refill status semantics shared by commands, tracking and inline mode. */
import type { OrderStatusName, RefillStatusName } from "./types.js";

const FINAL_ORDER = new Set(["completed", "partial", "canceled", "cancelled", "refunded", "fail", "failed", "error"]);
const FINAL_REFILL = new Set(["completed", "rejected", "canceled", "cancelled"]);

/** Final statuses stop tracking (spec: Completed, Partial, Canceled/Cancelled, Refunded, Fail/Error). */
export function isFinalOrderStatus(status: OrderStatusName): boolean {
  return FINAL_ORDER.has(status.trim().toLowerCase());
}

export function isFinalRefillStatus(status: RefillStatusName): boolean {
  return FINAL_REFILL.has(status.trim().toLowerCase());
}

/** A stable slug for a status, used for locale keys: "In progress" → "in-progress". Unknown → "other". */
export function statusSlug(status: string): string {
  const s = status.trim().toLowerCase().replace(/\s+/g, "-");
  switch (s) {
    case "pending":
    case "in-progress":
    case "processing":
    case "completed":
    case "partial":
    case "refunded":
    case "active":
    case "awaiting":
    case "queued":
    case "rejected":
    case "error":
      return s;
    case "canceled":
    case "cancelled":
      return "canceled";
    case "fail":
    case "failed":
      return "fail";
    default:
      return "other";
  }
}

const EMOJI: Record<string, string> = {
  pending: "🕓",
  "in-progress": "🔄",
  processing: "⚙️",
  completed: "✅",
  partial: "🌓",
  canceled: "🚫",
  refunded: "↩️",
  active: "🟢",
  awaiting: "⏳",
  queued: "📥",
  fail: "❌",
  error: "❌",
  rejected: "⛔",
  other: "❔",
};

export function statusEmoji(status: string): string {
  return EMOJI[statusSlug(status)] ?? "❔";
}
