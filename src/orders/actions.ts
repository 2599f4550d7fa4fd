/** Which actions an order's status allows (shared by the bot's cards and the Mini App's board). */
import { isFinalOrderStatus, statusSlug } from "../panel/status.js";
import type { TrackedOrder } from "../storage/types.js";

/** A refill can be asked for Completed/Partial orders whose service allows it (when known). */
export function canRefill(status: string | undefined, meta?: Partial<TrackedOrder>): boolean {
  if (status === undefined || meta?.refillable === false) return false;
  const slug = statusSlug(status);
  return slug === "completed" || slug === "partial";
}

/** A cancel can be asked while the order is not final (and the service allows it, when known). */
export function canCancel(status: string | undefined, meta?: Partial<TrackedOrder>): boolean {
  if (status === undefined || meta?.cancellable === false) return false;
  return !isFinalOrderStatus(status);
}
