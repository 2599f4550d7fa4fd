/**
 * Change detection: whether a new snapshot of an order or refill is worth a message, and which
 * state to record once the message's outcome is known.
 *
 * A baseline: a bot-placed order (or a refill) without a notified snapshot is compared with
 * "Pending" (what the chat was told when it was placed); an order added with /track starts from
 * its first observed state silently (the /track reply just showed it).
 */
import { statusSlug } from "../panel/status.js";
import type { OrderStatus } from "../panel/types.js";
import type { OrderSnapshot, RefillSnapshot, RefillState, TrackedOrder, TrackedRefill, TrackState } from "../storage/types.js";
import type { Change } from "./sender.js";

/** Snapshot fields that matter (everything but `at`). */
export function sameOrderSnapshot(a: OrderSnapshot | undefined, b: OrderSnapshot | undefined): boolean {
  if (!a || !b) return a === b;
  return a.status === b.status && a.charge === b.charge && a.startCount === b.startCount && a.remains === b.remains && a.currency === b.currency;
}

export function sameRefillSnapshot(a: RefillSnapshot | undefined, b: RefillSnapshot | undefined): boolean {
  if (!a || !b) return a === b;
  return a.status === b.status;
}

/** The snapshot of a panel's answer about an order, taken at `at`. */
export function orderSnapshot(status: OrderStatus, at: number): OrderSnapshot {
  const s: OrderSnapshot = { status: status.status, at };
  if (status.charge !== undefined) s.charge = status.charge;
  if (status.startCount !== undefined) s.startCount = status.startCount;
  if (status.remains !== undefined) s.remains = status.remains;
  if (status.currency !== undefined) s.currency = status.currency;
  return s;
}

/**
 * Whether an order's new snapshot is worth a message, and what the chat saw before.
 * See the module comment for the baseline of orders never notified.
 */
export function detectOrderChange(
  order: Pick<TrackedOrder, "source" | "createdAt">,
  notified: OrderSnapshot | undefined,
  current: OrderSnapshot,
  progress: boolean,
): { notify: boolean; previous?: OrderSnapshot } {
  if (notified) {
    const statusChanged = notified.status !== current.status;
    const progressChanged = progress && (notified.startCount !== current.startCount || notified.remains !== current.remains);
    return { notify: statusChanged || progressChanged, previous: notified };
  }
  if (order.source === "bot") {
    const previous: OrderSnapshot = { status: "Pending", at: order.createdAt };
    return { notify: statusSlug(current.status) !== "pending", previous };
  }
  return { notify: false };
}

/** Same for refills (always requested through the bot: the baseline is "Pending"). */
export function detectRefillChange(
  refill: Pick<TrackedRefill, "createdAt">,
  notified: RefillSnapshot | undefined,
  current: RefillSnapshot,
): { notify: boolean; previous: RefillSnapshot } {
  const previous = notified ?? { status: "Pending", at: refill.createdAt };
  return { notify: previous.status !== current.status, previous };
}

/** A state to write for an order (the shape of `OrderRepo.setStates` entries). */
export interface OrderStateEntry {
  chatId: number;
  panelId: string;
  orderId: string;
  state: TrackState;
}

/** A state to write for a refill (the shape of `RefillRepo.setStates` entries). */
export interface RefillStateEntry {
  chatId: number;
  panelId: string;
  refillId: string;
  state: RefillState;
}

export type StateEntry = OrderStateEntry | RefillStateEntry;

/**
 * A change waiting for the outcome of its chat's message. The state to write is built from it
 * then (see {@link stateAfter}): kept small, since changes wait for the rest of their group.
 */
export interface PendingChange {
  change: Change;
  /** The stored state the change was found against. */
  before: TrackState | RefillState | undefined;
  final: boolean;
}

/**
 * The state to write for a change once its message's outcome is known: `seen` (sent, refused or
 * muted) → notified = current; otherwise (failed, blocked, migrated) notified unchanged, and
 * nothing at all when the stored state already says so.
 */
export function stateAfter(pending: PendingChange, seen: boolean): StateEntry | undefined {
  const { change, final } = pending;
  if (change.kind === "order") {
    const before = pending.before as TrackState | undefined;
    const at = { chatId: change.order.chatId, panelId: change.order.panelId, orderId: change.order.orderId };
    if (seen) return { ...at, state: { last: change.current, notified: change.current, final } };
    if (before && sameOrderSnapshot(before.last, change.current)) return undefined;
    return { ...at, state: { ...(before?.notified ? { notified: before.notified } : {}), last: change.current, final: false } };
  }
  const before = pending.before as RefillState | undefined;
  const at = { chatId: change.refill.chatId, panelId: change.refill.panelId, refillId: change.refill.refillId };
  if (seen) return { ...at, state: { last: change.current, notified: change.current, final } };
  if (before && sameRefillSnapshot(before.last, change.current)) return undefined;
  return { ...at, state: { ...(before?.notified ? { notified: before.notified } : {}), last: change.current, final: false } };
}
