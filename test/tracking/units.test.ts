/** The tracking layer's pure parts: change detection, batch answers, backoff, reconnect marks. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PanelError } from "../../src/panel/errors.js";
import type { BatchItem, OrderStatus, RefillStatus } from "../../src/panel/types.js";
import type { Account, OrderSnapshot, TrackedOrder, TrackedRefill, TrackState } from "../../src/storage/types.js";
import { isFinalOrderStatus } from "../../src/panel/status.js";
import { PanelBackoff } from "../../src/tracking/backoff.js";
import {
  MAX_UNKNOWN_FAILURES,
  detectOrderChange,
  orderSnapshot,
  ordersOutcome,
  refillsOutcome,
  sameOrderSnapshot,
  stateAfter,
} from "../../src/tracking/changes.js";
import { markHolds, type ReconnectMark } from "../../src/tracking/reconnect.js";

const order = (orderId: string, source: "bot" | "manual" = "bot", chatId = 1): TrackedOrder => ({
  chatId,
  owner: `u:${chatId}`,
  panelId: "main",
  orderId,
  source,
  createdAt: 10,
});
const ok = <T>(value: T): BatchItem<T> => ({ ok: true, value });
const unknown = (): BatchItem<OrderStatus> => ({ ok: false, error: new PanelError("unknown_order", "unknown") });
const down = (): BatchItem<OrderStatus> => ({ ok: false, error: new PanelError("unavailable", "down") });

describe("change detection", () => {
  it("baselines: a bot order is compared with Pending, a /track order starts silently", () => {
    const current = { status: "In progress", at: 20 } as const;
    expect(detectOrderChange(order("1"), undefined, current, false)).toEqual({ notify: true, previous: { status: "Pending", at: 10 } });
    expect(detectOrderChange(order("1"), undefined, { status: "Pending", at: 20 }, false).notify).toBe(false);
    expect(detectOrderChange(order("1", "manual"), undefined, current, false)).toEqual({ notify: false });
  });

  it("progress (start count / remains) counts only when asked for", () => {
    const notified = { status: "In progress", remains: 800, at: 1 } as const;
    const current = { status: "In progress", remains: 500, at: 2 } as const;
    expect(detectOrderChange(order("1"), notified, current, false).notify).toBe(false);
    expect(detectOrderChange(order("1"), notified, current, true).notify).toBe(true);
  });

  it("reads a batch answer: changes per chat, quiet states, unknown orders given up after a while, errors left alone", async () => {
    const items = [
      { order: order("1"), state: undefined },
      { order: order("2", "bot", 2), state: { final: false, last: { status: "Pending", at: 1 }, notified: { status: "Pending", at: 1 } } },
      { order: order("3"), state: { final: false, failures: MAX_UNKNOWN_FAILURES - 1 } },
      { order: order("4"), state: { final: false, failures: 2 } },
      { order: order("5"), state: undefined },
    ];
    const results = new Map<string, BatchItem<OrderStatus>>([
      ["1", ok({ status: "Completed" })],
      ["2", ok({ status: "Pending" })],
      ["3", unknown()],
      ["4", down()],
    ]);
    const out = await ordersOutcome(items, results, 99, async () => false);
    expect(out.changes).toHaveLength(1);
    expect(out.changes[0]).toMatchObject({
      chatId: 1,
      pending: { final: true, change: { kind: "order", current: { status: "Completed", at: 99 } } },
    });
    // Order 2: nothing new and already recorded: no write. Order 3: given up. 4 and 5: untouched.
    expect(out.quiet).toEqual([{ chatId: 1, panelId: "main", orderId: "3", state: { final: true, failures: MAX_UNKNOWN_FAILURES } }]);
    expect(out.gaveUp.map((o) => o.orderId)).toEqual(["3"]);
  });

  it("a batch answer reads the same as the rule item by item (the no-allocation path for unmoved orders included)", async () => {
    // The rule, item by item, as written before the fast path: the oracle.
    const oracle = (o: TrackedOrder, state: TrackState | undefined, status: OrderStatus, now: number, progress: boolean) => {
      const current = orderSnapshot(status, now);
      const final = isFinalOrderStatus(current.status);
      const { notify } = detectOrderChange(o, state?.notified, current, progress);
      if (notify) return "change";
      return !state || !sameOrderSnapshot(state.last, current) || state.final !== final || !state.notified || state.failures ? "quiet" : "none";
    };
    const statusName = fc.constantFrom("Pending", "In progress", "Completed", "Partial");
    const num = fc.option(fc.constantFrom(0, 5, 100), { nil: undefined });
    const text = fc.option(fc.constantFrom("0.5", "1"), { nil: undefined });
    const snap = fc.record({
      status: statusName,
      charge: text,
      startCount: num,
      remains: num,
      currency: fc.option(fc.constantFrom("USD"), { nil: undefined }),
    });
    const toSnap = (
      v: {
        status: string;
        charge?: string | undefined;
        startCount?: number | undefined;
        remains?: number | undefined;
        currency?: string | undefined;
      },
      at: number,
    ): OrderSnapshot => orderSnapshot(v, at);
    // A stored snapshot: often the answer itself (the unmoved case), else another one, or none.
    const stored = fc.oneof(fc.constant("answer" as const), snap, fc.constant(undefined));
    const stateArb = fc.option(
      fc.record({
        last: stored,
        notified: stored,
        final: fc.option(fc.boolean(), { nil: undefined }),
        failures: fc.option(fc.constantFrom(0, 1), { nil: undefined }),
      }),
      { nil: undefined, freq: 5 },
    );
    await fc.assert(
      fc.asyncProperty(
        stateArb,
        snap,
        fc.boolean(),
        fc.constantFrom<"bot" | "manual">("bot", "manual"),
        async (st, answer, progress, source) => {
          const pick = (x: unknown) => (x === "answer" ? toSnap(answer, 1) : x ? toSnap(x as typeof answer, 1) : undefined);
          const last = st ? pick(st.last) : undefined;
          const notified = st ? pick(st.notified) : undefined;
          const state =
            st === undefined
              ? undefined
              : ({
                  ...(last ? { last } : {}),
                  ...(notified ? { notified } : {}),
                  ...(st.failures !== undefined ? { failures: st.failures } : {}),
                  final: st.final,
                } as TrackState);
          const o = order("1", source);
          const value = orderSnapshot(answer, 0) as OrderStatus;
          const out = await ordersOutcome([{ order: o, state }], new Map([["1", ok(value)]]), 99, () => progress);
          const got = out.changes.length > 0 ? "change" : out.quiet.length > 0 ? "quiet" : "none";
          expect(got).toBe(oracle(o, state, value, 99, progress));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("refills: a change against Pending; errors left alone", () => {
    const refill: TrackedRefill = { chatId: 1, owner: "u:1", panelId: "main", refillId: "7", orderId: "1", createdAt: 5 };
    const results = new Map<string, BatchItem<RefillStatus>>([["7", ok({ status: "Rejected" })]]);
    const out = refillsOutcome(
      [
        { refill, state: undefined },
        { refill: { ...refill, refillId: "8" }, state: undefined },
      ],
      results,
      9,
    );
    expect(out.changes).toHaveLength(1);
    expect(out.changes[0]!.pending.change).toMatchObject({ kind: "refill", previous: { status: "Pending" }, current: { status: "Rejected" } });
    expect(out.quiet).toEqual([]);
  });

  it("the state after a message: seen → notified; not seen → notified kept, nothing when already stored", () => {
    const before = { final: false, last: { status: "Pending", at: 1 }, notified: { status: "Pending", at: 1 } } as const;
    const pending = { change: { kind: "order" as const, order: order("1"), current: { status: "Completed", at: 2 } }, before, final: true };
    expect(stateAfter(pending, true)?.state).toEqual({ last: pending.change.current, notified: pending.change.current, final: true });
    expect(stateAfter(pending, false)?.state).toEqual({ last: pending.change.current, notified: before.notified, final: false });
    expect(stateAfter({ ...pending, before: { ...before, last: { status: "Completed", at: 1 } } }, false)).toBeUndefined();
  });
});

describe("panel backoff", () => {
  it("skips 1, 2, 4 … cycles (capped) and resets on success", () => {
    const b = new PanelBackoff(4);
    expect(b.skipsCycle("p")).toBe(false);
    expect(b.failed("p")).toBe(1);
    expect(b.skipsCycle("p")).toBe(true);
    expect(b.skipsCycle("p")).toBe(false);
    expect([b.failed("p"), b.failed("p"), b.failed("p"), b.failed("p")]).toEqual([2, 4, 4, 4]);
    expect(b.of("p")).toEqual({ failures: 5, skip: 4 });
    b.succeeded("p");
    expect(b.of("p")).toEqual({ failures: 0, skip: 0 });
  });
});

describe("reconnect marks", () => {
  const account = (connectedAt: number): Account => ({ id: "1", panelId: "main", apiKey: "k", connectedAt, connectedBy: 1 });
  it("a rejected key's mark holds for the same connection only; an undecryptable one until the key decrypts", () => {
    const rejected: ReconnectMark = { reason: "rejected", connectedAt: 5, since: 6, told: [] };
    expect(markHolds(rejected, account(5))).toBe(true);
    expect(markHolds(rejected, account(7))).toBe(false);
    expect(markHolds(rejected, "undecryptable")).toBe(true);
    const undecryptable: ReconnectMark = { reason: "undecryptable", since: 6, told: [] };
    expect(markHolds(undecryptable, "undecryptable")).toBe(true);
    expect(markHolds(undecryptable, account(5))).toBe(false);
  });
});
