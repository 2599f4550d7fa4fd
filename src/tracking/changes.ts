/**
 * Change detection: what a panel's answer for a batch comes to (states to write, changes to tell),
 * whether a new snapshot of an order or refill is worth a message, and which state to record once
 * the message's outcome is known.
 *
 * A baseline: a bot-placed order (or a refill) without a notified snapshot is compared with
 * "Pending" (what the chat was told when it was placed); an order added with /track starts from
 * its first observed state silently (the /track reply just showed it).
 */
import { isFinalOrderStatus, isFinalRefillStatus, statusSlug } from "../panel/status.js";
import type { BatchItem, OrderStatus, RefillStatus } from "../panel/types.js";
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
    const before = pending.before;
    const at = { chatId: change.order.chatId, panelId: change.order.panelId, orderId: change.order.orderId };
    if (seen) return { ...at, state: { last: change.current, notified: change.current, final } };
    if (before && sameOrderSnapshot(before.last, change.current)) return undefined;
    return { ...at, state: { ...(before?.notified ? { notified: before.notified } : {}), last: change.current, final: false } };
  }
  const before = pending.before;
  const at = { chatId: change.refill.chatId, panelId: change.refill.panelId, refillId: change.refill.refillId };
  if (seen) return { ...at, state: { last: change.current, notified: change.current, final } };
  if (before && sameRefillSnapshot(before.last, change.current)) return undefined;
  return { ...at, state: { ...(before?.notified ? { notified: before.notified } : {}), last: change.current, final: false } };
}

/** Consecutive "unknown order" answers after which an order stops being polled. */
export const MAX_UNKNOWN_FAILURES = 20;

/** What one checked batch comes to: states to write now, and changes waiting for their chat's message. */
export interface BatchOutcome<E extends StateEntry> {
  /** States of items with nothing to tell (written at once). */
  quiet: E[];
  /** Changes, each with its chat. */
  changes: Array<{ chatId: number; pending: PendingChange }>;
  /** Orders given up on (unknown to the panel too many times in a row). */
  gaveUp: TrackedOrder[];
}

/**
 * Reads a `status` answer for a batch of orders against their stored states. `progressOf` tells
 * whether a chat wants start count / remains changes (a plain boolean when known: no await per
 * order). Items without an answer, or with an error
 * other than "unknown order", are left as they are (checked again next cycle).
 */
export async function ordersOutcome(
  items: ReadonlyArray<{ order: TrackedOrder; state: TrackState | undefined }>,
  results: ReadonlyMap<string, BatchItem<OrderStatus>>,
  now: number,
  progressOf: (chatId: number) => boolean | Promise<boolean>,
): Promise<BatchOutcome<OrderStateEntry>> {
  const out: BatchOutcome<OrderStateEntry> = { quiet: [], changes: [], gaveUp: [] };
  for (const { order, state } of items) {
    const item = results.get(order.orderId);
    if (!item) continue;
    if (item.ok && state && unmoved(state, item.value)) {
      // Nothing to tell nor to write (the usual case): no allocation, no await.
      const known = progressOf(order.chatId);
      const progress = typeof known === "boolean" ? known : await known;
      const notified = state.notified!;
      if (!progress || (notified.startCount === item.value.startCount && notified.remains === item.value.remains)) continue;
    }
    const at = { chatId: order.chatId, panelId: order.panelId, orderId: order.orderId };
    if (!item.ok) {
      if (item.error.kind !== "unknown_order") continue;
      // The panel no longer knows it (deleted, or another account's): give up after a while.
      const failures = (state?.failures ?? 0) + 1;
      const gaveUp = failures >= MAX_UNKNOWN_FAILURES;
      if (gaveUp) out.gaveUp.push(order);
      out.quiet.push({ ...at, state: { ...state, final: gaveUp, failures } });
      continue;
    }
    const current = orderSnapshot(item.value, now);
    const final = isFinalOrderStatus(current.status);
    const known = progressOf(order.chatId);
    const progress = typeof known === "boolean" ? known : await known;
    const { notify, previous } = detectOrderChange(order, state?.notified, current, progress);
    if (!notify) {
      if (!state || !sameOrderSnapshot(state.last, current) || state.final !== final || !state.notified || state.failures) {
        out.quiet.push({ ...at, state: { last: current, notified: state?.notified ?? current, final } });
      }
      continue;
    }
    const change: Change = { kind: "order", order, current, ...(previous ? { previous } : {}) };
    out.changes.push({ chatId: order.chatId, pending: { change, before: state, final } });
  }
  return out;
}

/**
 * True when an answer leaves an order's stored state as it is: the same snapshot as `last` (the
 * fields {@link sameOrderSnapshot} compares), the same status as notified, not final, no failures.
 * ordersOutcome then has nothing to write, and nothing to tell unless progress changes count.
 */
function unmoved(state: TrackState, value: OrderStatus): boolean {
  const { last, notified } = state;
  return (
    notified !== undefined &&
    last !== undefined &&
    !state.failures &&
    state.final === false &&
    notified.status === value.status &&
    last.status === value.status &&
    last.charge === value.charge &&
    last.startCount === value.startCount &&
    last.remains === value.remains &&
    last.currency === value.currency &&
    !isFinalOrderStatus(value.status)
  );
}

/** Same for a `refill_status` answer (refills have no progress, and an error leaves them as they are). */
export function refillsOutcome(
  items: ReadonlyArray<{ refill: TrackedRefill; state: RefillState | undefined }>,
  results: ReadonlyMap<string, BatchItem<RefillStatus>>,
  now: number,
): BatchOutcome<RefillStateEntry> {
  const out: BatchOutcome<RefillStateEntry> = { quiet: [], changes: [], gaveUp: [] };
  for (const { refill, state } of items) {
    const item = results.get(refill.refillId);
    if (!item || !item.ok) continue;
    const at = { chatId: refill.chatId, panelId: refill.panelId, refillId: refill.refillId };
    const current: RefillSnapshot = { status: item.value.status, at: now };
    const final = isFinalRefillStatus(current.status);
    const { notify, previous } = detectRefillChange(refill, state?.notified, current);
    if (!notify) {
      if (!state || !sameRefillSnapshot(state.last, current) || state.final !== final || !state.notified) {
        out.quiet.push({ ...at, state: { last: current, notified: state?.notified ?? current, final } });
      }
      continue;
    }
    out.changes.push({ chatId: refill.chatId, pending: { change: { kind: "refill", refill, current, previous }, before: state, final } });
  }
  return out;
}
