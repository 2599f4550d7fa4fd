/**
 * The zod-free reader of standard status entries (readStandardStatus, used by the poller's
 * multi-status parsing) must agree with orderStatusSchema wherever it answers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderStatusSchema, parseOrderStatuses, readStandardStatus } from "../../src/panel/schemas.js";

const text = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "Pending",
    " in progress ",
    "Completed",
    "cancelled",
    "Partial",
    "USD",
    " eur ",
    "1.5",
    "12",
    " 7 ",
    "3.00",
    "-4",
    "+5",
    "1e3",
    "0x10",
    "abc",
    "12.5.1",
    "157.0",
    "9007199254740993",
  ),
  fc.string({ maxLength: 8 }),
);
const num = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 1.5, 157, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, 2 ** 53 + 2, 1e21, 0.1),
  fc.integer(),
  fc.double(),
);
const field = fc.oneof(text, num, fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constant({}), fc.constant([1]));

const standard = fc.record(
  { status: fc.oneof(text, field), charge: field, start_count: field, remains: field, currency: field, other: field },
  { requiredKeys: [] },
);
const any = fc.record(
  { status: field, charge: field, start_count: field, remains: field, currency: field, runs: field, orders: field, posts: field, expiry: field },
  { requiredKeys: [] },
);
const entry = fc.oneof(standard, any);

describe("readStandardStatus", () => {
  it("agrees with orderStatusSchema wherever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(entry, (value) => {
        const fast = readStandardStatus(value);
        if (fast === undefined) return;
        answered += 1;
        const r = orderStatusSchema.safeParse(value);
        expect(r.success).toBe(true);
        expect(fast).toStrictEqual(r.data);
        expect(Object.keys(fast)).toEqual(Object.keys(r.data!));
      }),
      { numRuns: 5000 },
    );
    expect(answered).toBeGreaterThan(100);
  });

  it("answers the usual shapes, and leaves drip-feed and subscription entries to the schema", () => {
    expect(readStandardStatus({ charge: "0.27819", start_count: "3572", status: "Partial", remains: "157", currency: "usd" })).toEqual({
      status: "Partial",
      charge: "0.27819",
      startCount: 3572,
      remains: 157,
      currency: "USD",
    });
    expect(readStandardStatus({ status: "In progress", charge: null, start_count: "", remains: 0 })).toEqual({
      status: "In progress",
      remains: 0,
    });
    expect(readStandardStatus({ status: "Completed", runs: "2", orders: "1,2" })).toBeUndefined();
    expect(readStandardStatus({ status: 3 })).toBeUndefined();
    expect(readStandardStatus({ status: "  " })).toBeUndefined();
  });

  it("multi-status parsing gives the same items with and without digit keys", () => {
    const a = parseOrderStatuses({ "1": { status: "Pending", charge: "1.5" }, " 2 ": { status: "Completed" }, x: { status: "Pending" } });
    expect(a.type).toBe("ok");
    if (a.type !== "ok") return;
    expect([...a.value.keys()]).toEqual(["1", "2"]);
    expect(a.value.get("1")).toEqual({ ok: true, value: { status: "Pending", charge: "1.5" } });
    expect(a.value.get("2")).toEqual({ ok: true, value: { status: "Completed" } });
  });
});
