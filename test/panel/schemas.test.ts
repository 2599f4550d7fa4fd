import { describe, expect, it } from "vitest";
import {
  boolSchema,
  errorMessageOf,
  idSchema,
  normalizeOrderStatus,
  normalizeRefillStatus,
  parseAddResult,
  parseBalance,
  parseCancelSingle,
  parseCancels,
  parseOrderStatus,
  parseOrderStatuses,
  parseRefillCreated,
  parseRefillStatus,
  parseRefillStatuses,
  parseRefillsCreated,
  parseServices,
} from "../../src/panel/schemas.js";

/** The literal examples of the original API page. */
const SPEC = {
  balance: { balance: "100.84292", currency: "USD" },
  services: [
    {
      service: 1448,
      name: "Sledilci na Instagramu",
      type: "Default",
      category: "Instagram",
      rate: "0.90",
      min: "50",
      max: "10000",
      refill: true,
    },
    {
      service: 1452,
      name: "Komentarji Facebook",
      type: "Custom Comments",
      category: "Facebook",
      rate: "8",
      min: "10",
      max: "1500",
      refill: false,
    },
  ],
  add: { order: 23501 },
  status: { charge: "0.27819", start_count: "3572", status: "Partial", remains: "157", currency: "USD" },
  statuses: {
    "1": { charge: "0.27819", start_count: "3572", status: "Partial", remains: "157", currency: "USD" },
    "10": { error: "Incorrect order ID" },
    "100": { charge: "1.44219", start_count: "234", status: "In progress", remains: "10", currency: "USD" },
  },
  refill: { refill: "1" },
  refillStatus: { status: "Completed" },
  refills: [
    { order: 1, refill: 1 },
    { order: 2, refill: 2 },
    { order: 3, refill: { error: "Incorrect order ID" } },
  ],
  refillStatuses: [
    { refill: 1, status: "Completed" },
    { refill: 2, status: "Rejected" },
    { refill: 3, status: { error: "Refill not found" } },
  ],
  cancels: [
    { order: 9, cancel: { error: "Incorrect order ID" } },
    { order: 2, cancel: 1 },
  ],
};

const okValue = <T>(p: { type: string; value?: T }): T => {
  expect(p.type).toBe("ok");
  return p.value as T;
};

describe("scalars", () => {
  it("reads IDs as opaque strings (digits and the common ID alphabets, at most 32 characters)", () => {
    expect(idSchema.parse(23501)).toBe("23501");
    expect(idSchema.parse(" 23501 ")).toBe("23501");
    // Issue 11: IDs such as "ord_01HG9X7KJP4N" are IDs; spaces, other signs and overlong strings are not.
    expect(idSchema.parse("ord_01HG9X7KJP4N")).toBe("ord_01HG9X7KJP4N");
    expect(idSchema.safeParse("12 a").success).toBe(false);
    expect(idSchema.safeParse("12/a").success).toBe(false);
    expect(idSchema.safeParse("<b>1</b>").success).toBe(false);
    expect(idSchema.safeParse("a".repeat(33)).success).toBe(false);
    expect(idSchema.safeParse("").success).toBe(false);
    expect(idSchema.safeParse(-1).success).toBe(false);
    expect(idSchema.safeParse(1.5).success).toBe(false);
  });
  it("reads booleans in every spelling", () => {
    for (const v of [true, 1, "1", "true", "TRUE", "yes"]) expect(boolSchema.parse(v)).toBe(true);
    for (const v of [false, 0, "0", "false", "", null, undefined, "no"]) expect(boolSchema.parse(v)).toBe(false);
  });
  it("normalises status spellings", () => {
    expect(normalizeOrderStatus("Cancelled")).toBe("Canceled");
    expect(normalizeOrderStatus("in progress")).toBe("In progress");
    expect(normalizeOrderStatus("IN_PROGRESS")).toBe("In progress");
    expect(normalizeOrderStatus("Failed")).toBe("Fail");
    expect(normalizeOrderStatus(" Something new ")).toBe("Something new");
    // Spellings are remembered: asking again gives the same answer.
    expect(normalizeOrderStatus("IN_PROGRESS")).toBe("In progress");
    expect(normalizeOrderStatus(" Something new ")).toBe("Something new");
    // Names of Object.prototype are no statuses.
    expect(normalizeOrderStatus("constructor")).toBe("constructor");
    expect(normalizeOrderStatus("Constructor")).toBe("Constructor");
    expect(normalizeRefillStatus("constructor")).toBe("constructor");
    expect(normalizeRefillStatus("Cancelled")).toBe("Canceled");
    expect(normalizeRefillStatus("rejected")).toBe("Rejected");
  });
  it("recognises every error shape", () => {
    expect(errorMessageOf({ error: "Incorrect request" })).toBe("Incorrect request");
    expect(errorMessageOf({ status: "error", message: "Invalid API key" })).toBe("Invalid API key");
    expect(errorMessageOf({ error: true, message: "Bad Link" })).toBe("Bad Link");
    expect(errorMessageOf({ error: { message: "Nope" } })).toBe("Nope");
    expect(errorMessageOf({ success: false, message: "Nope" })).toBe("Nope");
    expect(errorMessageOf("Incorrect order ID")).toBeUndefined();
    expect(errorMessageOf("Incorrect order ID", true)).toBe("Incorrect order ID");
    // An order whose status is "Error" is not an error answer.
    expect(errorMessageOf({ status: "Error", charge: "1" })).toBeUndefined();
    expect(errorMessageOf({ status: "Fail", message: "x" })).toBeUndefined();
  });
});

describe("the spec's literal examples", () => {
  it("balance", () => {
    expect(okValue(parseBalance(SPEC.balance))).toEqual({ balance: "100.84292", currency: "USD" });
  });
  it("services", () => {
    const { services, skipped } = okValue(parseServices(SPEC.services));
    expect(skipped).toBe(0);
    expect(services).toEqual([
      {
        id: "1448",
        name: "Sledilci na Instagramu",
        type: "Default",
        category: "Instagram",
        rate: "0.9",
        min: 50,
        max: 10000,
        refill: true,
        cancel: false,
        dripfeed: false,
      },
      {
        id: "1452",
        name: "Komentarji Facebook",
        type: "Custom Comments",
        category: "Facebook",
        rate: "8",
        min: 10,
        max: 1500,
        refill: false,
        cancel: false,
        dripfeed: false,
      },
    ]);
  });
  it("add", () => {
    expect(okValue(parseAddResult(SPEC.add))).toEqual({ order: "23501" });
  });
  it("status", () => {
    expect(okValue(parseOrderStatus(SPEC.status))).toEqual({
      charge: "0.27819",
      startCount: 3572,
      status: "Partial",
      remains: 157,
      currency: "USD",
    });
  });
  it("multi status", () => {
    const map = okValue(parseOrderStatuses(SPEC.statuses));
    expect([...map.keys()].sort()).toEqual(["1", "10", "100"]);
    expect(map.get("1")).toEqual({ ok: true, value: { charge: "0.27819", startCount: 3572, status: "Partial", remains: 157, currency: "USD" } });
    expect(map.get("10")).toEqual({ ok: false, message: "Incorrect order ID" });
    expect(map.get("100")).toMatchObject({ ok: true, value: { status: "In progress", remains: 10 } });
  });
  it("refill, refill status", () => {
    expect(okValue(parseRefillCreated(SPEC.refill))).toBe("1");
    expect(okValue(parseRefillStatus(SPEC.refillStatus))).toEqual({ status: "Completed" });
  });
  it("multi refill", () => {
    const map = okValue(parseRefillsCreated(SPEC.refills));
    expect(map.get("1")).toEqual({ ok: true, value: "1" });
    expect(map.get("2")).toEqual({ ok: true, value: "2" });
    expect(map.get("3")).toEqual({ ok: false, message: "Incorrect order ID" });
  });
  it("multi refill status", () => {
    const map = okValue(parseRefillStatuses(SPEC.refillStatuses));
    expect(map.get("1")).toEqual({ ok: true, value: { status: "Completed" } });
    expect(map.get("2")).toEqual({ ok: true, value: { status: "Rejected" } });
    expect(map.get("3")).toEqual({ ok: false, message: "Refill not found" });
  });
  it("cancel", () => {
    const map = okValue(parseCancels(SPEC.cancels));
    expect(map.get("9")).toEqual({ ok: false, message: "Incorrect order ID" });
    expect(map.get("2")).toEqual({ ok: true, value: true });
  });
});

describe("quirks", () => {
  it("keeps the panel's average time under its usual names (minutes or words)", () => {
    const base = { name: "A", rate: "1", min: 1, max: 10 };
    const { services } = okValue(
      parseServices([
        { ...base, service: 1, average_time: 95 },
        { ...base, service: 2, avg_time: "2 hours" },
        { ...base, service: 3, "average time": " 40 " },
        { ...base, service: 4, averageTime: "15" },
        { ...base, service: 5, average_time: "" },
      ]),
    );
    expect(services.map((s) => s.averageTime)).toEqual(["95", "2 hours", "40", "15", undefined]);
  });

  it("numbers as strings or numbers, booleans as 1/'1', missing optional fields", () => {
    const { services } = okValue(
      parseServices([
        {
          service: "1448",
          name: "A",
          type: "Default",
          category: "X",
          rate: 0.0045,
          min: 50,
          max: 10000,
          refill: "1",
          cancel: 1,
          dripfeed: "true",
          desc: "d",
        },
        { service: 7, name: 2024, rate: "1.50", min: "10", max: "100" },
      ]),
    );
    expect(services[0]).toEqual({
      id: "1448",
      name: "A",
      type: "Default",
      category: "X",
      rate: "0.0045",
      min: 50,
      max: 10000,
      refill: true,
      cancel: true,
      dripfeed: true,
      description: "d",
    });
    expect(services[1]).toMatchObject({
      id: "7",
      name: "2024",
      type: "Default",
      category: "",
      rate: "1.5",
      refill: false,
      cancel: false,
      dripfeed: false,
    });
    expect(okValue(parseAddResult({ order: "23501" }))).toEqual({ order: "23501" });
    expect(okValue(parseBalance({ balance: 12.5, currency: "eur" }))).toEqual({ balance: "12.5", currency: "EUR" });
    expect(okValue(parseBalance({ balance: "3" }))).toEqual({ balance: "3", currency: "" });
    expect(okValue(parseOrderStatus({ charge: 0.27819, start_count: 3572, status: "Completed", remains: 0, currency: "USD" }))).toEqual({
      charge: "0.27819",
      startCount: 3572,
      status: "Completed",
      remains: 0,
      currency: "USD",
    });
    expect(okValue(parseOrderStatus({ status: "Pending", charge: "", start_count: null, remains: "N/A" }))).toEqual({ status: "Pending" });
  });

  it("skips unreadable services but keeps the rest; accepts object and wrapped lists", () => {
    const r = okValue(parseServices([{ service: 1, name: "ok", rate: "1", min: 1, max: 2 }, { name: "no id" }, "garbage"]));
    expect(r.services.map((s) => s.id)).toEqual(["1"]);
    expect(r.skipped).toBe(2);
    expect(okValue(parseServices({ services: [{ service: 2, name: "b", rate: "1" }] })).services[0]?.id).toBe("2");
    expect(okValue(parseServices({ "3": { name: "c", rate: "1" } })).services[0]?.id).toBe("3");
    expect(parseServices([{ nope: 1 }]).type).toBe("malformed");
    expect(parseServices("<html>").type).toBe("malformed");
  });

  it("errors as {error} and {status:'error', message}", () => {
    expect(parseBalance({ error: "Invalid API key" })).toEqual({ type: "error", message: "Invalid API key" });
    expect(parseBalance({ status: "error", message: "Invalid API key" })).toEqual({ type: "error", message: "Invalid API key" });
    expect(parseAddResult({ status: "error", message: "Not enough funds on balance" })).toEqual({
      type: "error",
      message: "Not enough funds on balance",
    });
    expect(parseOrderStatuses({ error: "Invalid API key" })).toEqual({ type: "error", message: "Invalid API key" });
    expect(parseAddResult({ order: null }).type).toBe("malformed");
    expect(parseBalance({}).type).toBe("malformed");
  });

  it("bare-string errors in multi answers", () => {
    const map = okValue(parseOrderStatuses({ "1": "Incorrect order ID", "2": { status: "Pending" } }));
    expect(map.get("1")).toEqual({ ok: false, message: "Incorrect order ID" });
    expect(map.get("2")).toEqual({ ok: true, value: { status: "Pending" } });
    const refills = okValue(
      parseRefillsCreated([
        { order: 3, refill: "Incorrect order ID" },
        { order: "4", refill: "77" },
      ]),
    );
    expect(refills.get("3")).toEqual({ ok: false, message: "Incorrect order ID" });
    expect(refills.get("4")).toEqual({ ok: true, value: "77" });
    const rs = okValue(
      parseRefillStatuses([
        { refill: 3, status: "Refill not found" },
        { refill: 4, status: "Cancelled" },
      ]),
    );
    expect(rs.get("3")).toEqual({ ok: false, message: "Refill not found" });
    expect(rs.get("4")).toEqual({ ok: true, value: { status: "Canceled" } });
    const cancels = okValue(
      parseCancels([
        { order: 5, cancel: "Incorrect order ID" },
        { order: 6, cancel: true },
        { order: 7, cancel: "1" },
      ]),
    );
    expect(cancels.get("5")).toEqual({ ok: false, message: "Incorrect order ID" });
    expect(cancels.get("6")).toEqual({ ok: true, value: true });
    expect(cancels.get("7")).toEqual({ ok: true, value: true });
  });

  it("drip-feed and subscription status shapes", () => {
    expect(okValue(parseOrderStatus({ status: "In progress", runs: "5", orders: [23502, "23503"] }))).toEqual({
      status: "In progress",
      runs: 5,
      orders: ["23502", "23503"],
    });
    expect(okValue(parseOrderStatus({ status: "Active", expiry: "31/12/2026", posts: "10", orders: "1,2, 3" }))).toEqual({
      status: "Active",
      expiry: "31/12/2026",
      posts: 10,
      orders: ["1", "2", "3"],
    });
    expect(okValue(parseOrderStatus({ status: "Active", expiry: null, posts: null, orders: [] }))).toEqual({ status: "Active", orders: [] });
  });

  it("'Cancelled' becomes 'Canceled'", () => {
    expect(okValue(parseOrderStatus({ status: "Cancelled", charge: "0", remains: "100" })).status).toBe("Canceled");
    expect(okValue(parseRefillStatus({ status: "Cancelled" })).status).toBe("Canceled");
  });

  it("single-order cancel shapes and multi answers as ID-keyed objects", () => {
    expect(parseCancelSingle({ cancel: 1 })).toEqual({ type: "ok", value: true });
    expect(parseCancelSingle({ order: 9, cancel: "1" })).toEqual({ type: "ok", value: true });
    expect(parseCancelSingle({ error: "Incorrect order ID" })).toEqual({ type: "error", message: "Incorrect order ID" });
    expect(parseCancelSingle({ cancel: 0 })).toEqual({ type: "error", message: "Order cannot be canceled" });
    const refills = okValue(parseRefillsCreated({ "1": 5, "2": { error: "Incorrect order ID" } }));
    expect(refills.get("1")).toEqual({ ok: true, value: "5" });
    expect(refills.get("2")).toEqual({ ok: false, message: "Incorrect order ID" });
    expect(parseRefillCreated({ refill: { error: "Order not eligible for refill" } })).toEqual({
      type: "error",
      message: "Order not eligible for refill",
    });
    expect(parseCancels("nonsense").type).toBe("malformed");
  });
});
