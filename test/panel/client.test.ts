import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MockAgent } from "undici";
import { PanelClient } from "../../src/panel/client.js";
import { addDecimal } from "../../src/panel/money.js";
import { defaultCatalogue } from "../../src/dev/catalogue.js";
import type { Service } from "../../src/panel/types.js";
import { KEY, fixture, panelError, type Fixture } from "./helpers.js";

let f: Fixture;
const svc = (id: string): Service => defaultCatalogue().find((s) => s.id === id) as Service;

beforeAll(async () => {
  f = await fixture();
});
afterAll(async () => {
  await f.close();
});
afterEach(() => {
  f.mock.setQuirks({
    stringNumbers: false,
    bareStringErrors: false,
    statusMessageErrors: false,
    noCancel: false,
    noRefill: false,
    singleCancel: false,
  });
  f.mock.setFault("none");
  f.mock.addAccount(KEY, "100.00", "USD");
  f.calls.length = 0;
});

const place = async (quantity = 100, service = "1448", link = "https://instagram.com/someone"): Promise<string> =>
  (await f.client.add(KEY, { service, link, quantity })).order;

describe("balance and services", () => {
  it("balance", async () => {
    expect(await f.client.balance(KEY)).toEqual({ balance: "100", currency: "USD" });
    f.mock.addAccount(KEY, "100.84292", "EUR");
    expect(await f.client.balance(KEY)).toEqual({ balance: "100.84292", currency: "EUR" });
    const req = f.mock.requests.at(-1);
    expect(req?.contentType).toBe("form");
    expect(req?.params).toEqual({ key: KEY, action: "balance" });
  });

  it("a wrong key is invalid_key, in both error shapes", async () => {
    expect((await panelError(f.client.balance("wrong-key"))).kind).toBe("invalid_key");
    f.mock.setQuirks({ statusMessageErrors: true });
    const e = await panelError(f.client.balance("wrong-key"));
    expect(e.kind).toBe("invalid_key");
    expect(e.panelMessage).toBe("Invalid API key");
    expect((await panelError(f.client.balance(""))).kind).toBe("invalid_key");
    expect(f.calls.length).toBe(2); // the empty key is refused without a call, errors are not retried
  });

  it("services, with standard and swapped encodings", async () => {
    const expected = defaultCatalogue().map((s) => ({ ...s, rate: s.rate.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "") }));
    const services = await f.client.services(KEY);
    expect(services).toEqual(expected);
    f.mock.setQuirks({ stringNumbers: true });
    expect(await f.client.services(KEY)).toEqual(expected);
    const types = new Set(services.map((s) => s.type));
    expect(types.size).toBeGreaterThanOrEqual(17);
  });
});

describe("add", () => {
  it("places an order, charges the exact amount and sends the form fields", async () => {
    const { order } = await f.client.add(KEY, { service: "1448", link: "https://instagram.com/someone", quantity: 1234 }, svc("1448"));
    expect(order).toMatch(/^\d+$/);
    expect(f.mock.orders.get(order)).toMatchObject({ quantity: 1234, charge: "1.1106", status: "Pending" });
    expect((await f.client.balance(KEY)).balance).toBe("98.8894");
    const add = f.mock.requests.find((r) => r.action === "add");
    expect(add?.params).toEqual({ key: KEY, action: "add", service: "1448", link: "https://instagram.com/someone", quantity: "1234" });
  });

  it("validates locally against the service and sends nothing when the input is wrong", async () => {
    const e = await panelError(f.client.add(KEY, { service: "1448", link: "not a link", quantity: 10 }, svc("1448")));
    expect(e.kind).toBe("invalid_input");
    expect(e.reason).toBe("fields");
    expect(e.problems?.map((p) => `${p.field}:${p.code}`)).toEqual(["link:invalid", "quantity:too_small"]);
    expect(f.calls).toEqual([]);
  });

  it.each([
    [{ service: "9999", link: "x.com/a", quantity: 100 }, "invalid_input", "service"],
    [{ service: "1448", link: "x.com/a", quantity: 10 }, "invalid_input", "quantity"],
    [{ service: "1448", link: "x.com/a", quantity: 20_000 }, "invalid_input", "quantity"],
    [{ service: "1448", link: "bad link", quantity: 100 }, "invalid_input", "link"],
    [{ service: "1451", link: "t.me/c", quantity: 100, runs: 2, interval: 10 }, "invalid_input", "dripfeed"],
    [{ service: "1448", link: "x.com/a", quantity: 10_000 }, "insufficient_funds", undefined],
  ] as const)("the panel refuses %j → %s/%s", async (input, kind, reason) => {
    f.mock.addAccount(KEY, "1.00");
    const e = await panelError(f.client.add(KEY, { ...input }));
    expect(e.kind).toBe(kind);
    expect(e.reason).toBe(reason);
    expect(e.action).toBe("add");
    expect(f.calls.length).toBe(1);
  });

  it("places orders of every type", async () => {
    f.mock.addAccount(KEY, "100000");
    const inputs = [
      { service: "1460", link: "instagram.com/p/1" },
      { service: "1461", link: "site.com", quantity: 100, keywords: ["a", "b"] },
      { service: "1452", link: "facebook.com/p/1", comments: Array.from({ length: 12 }, (_, i) => `Comment ${i}`) },
      { service: "1462", link: "instagram.com/p/1", comments: ["one"] },
      { service: "1463", link: "instagram.com/p/1", quantity: 100, usernames: ["a", "b"] },
      { service: "1464", link: "instagram.com/p/1", quantity: 100, usernames: ["a"], hashtags: ["#x"] },
      { service: "1465", link: "instagram.com/p/1", usernames: Array.from({ length: 10 }, (_, i) => `user${i}`) },
      { service: "1466", link: "instagram.com/p/1", quantity: 100, hashtag: "#tag" },
      { service: "1467", link: "instagram.com/p/1", quantity: 100, username: "bob" },
      { service: "1468", link: "instagram.com/p/1", quantity: 100, media: "instagram.com/p/2" },
      { service: "1469", link: "instagram.com/p/1", quantity: 100, username: "bob" },
      { service: "1470", link: "instagram.com/p/1", username: "bob", comments: Array.from({ length: 5 }, (_, i) => `Reply ${i}`) },
      { service: "1471", link: "t.me/c/5", quantity: 100, answerNumber: 2 },
      { service: "1472", link: "t.me/g", quantity: 100, groups: ["t.me/a"] },
      { service: "1473", username: "bob", min: 100, max: 200, posts: 3, delay: 30, expiry: "31/12/2099" },
      {
        service: "1474",
        link: "https://site.com",
        quantity: 1000,
        country: "US",
        device: 5,
        typeOfTraffic: 1,
        googleKeyword: "shoes",
        runs: 2,
        interval: 10,
      },
    ];
    for (const input of inputs) {
      const { order } = await f.client.add(KEY, input, svc(input.service));
      expect(f.mock.orders.get(order)?.service).toBe(input.service);
    }
    const comments = [...f.mock.orders.values()].find((o) => o.service === "1452");
    expect(comments).toMatchObject({ quantity: 12, charge: "0.096" });
    expect(comments?.params.comments?.split("\n")).toHaveLength(12);
    const web = [...f.mock.orders.values()].find((o) => o.service === "1474");
    expect(web?.params).toMatchObject({ type_of_traffic: "1", google_keyword: "shoes", device: "5", runs: "2", interval: "10" });
  });
});

describe("status", () => {
  it("single status through the lifecycle, with both encodings", async () => {
    const id = await place(100);
    expect(await f.client.status(KEY, id)).toEqual({
      status: "Pending",
      charge: "0.09",
      startCount: expect.any(Number),
      remains: 100,
      currency: "USD",
    });
    f.mock.advance(id);
    expect(await f.client.status(KEY, id)).toMatchObject({ status: "In progress", remains: 50 });
    f.mock.setQuirks({ stringNumbers: true });
    f.mock.advance(id);
    expect(await f.client.status(KEY, id)).toMatchObject({ status: "Completed", remains: 0, charge: "0.09" });
  });

  it("Partial, and Cancelled normalised to Canceled", async () => {
    const id = await place(100, "1448", "https://instagram.com/partial-user");
    f.mock.advance(id);
    f.mock.advance(id);
    expect(await f.client.status(KEY, id)).toMatchObject({ status: "Partial", remains: 25, charge: "0.0675" });
    f.mock.setOrder(id, { status: "Cancelled" });
    expect((await f.client.status(KEY, id)).status).toBe("Canceled");
  });

  it("drip-feed and subscription shapes", async () => {
    const drip = (await f.client.add(KEY, { service: "1448", link: "x.com/a", quantity: 100, runs: 3, interval: 5 })).order;
    f.mock.advance(drip);
    f.mock.advance(drip);
    const s = await f.client.status(KEY, drip);
    expect(s).toMatchObject({ status: "In progress", runs: 3 });
    expect(s.orders).toHaveLength(2);
    f.mock.advance(drip);
    expect(await f.client.status(KEY, drip)).toMatchObject({ status: "Completed", runs: 3 });
    const sub = (await f.client.add(KEY, { service: "1473", username: "bob", min: 100, max: 200, posts: 2, expiry: "31/12/2099" })).order;
    f.mock.advance(sub);
    f.mock.advance(sub);
    const ss = await f.client.status(KEY, sub);
    expect(ss).toMatchObject({ status: "Active", posts: 2, expiry: "31/12/2099" });
    expect(ss.orders).toHaveLength(1);
  });

  it("unknown and invalid IDs", async () => {
    expect((await panelError(f.client.status(KEY, "1"))).kind).toBe("unknown_order");
    f.mock.setQuirks({ statusMessageErrors: true });
    expect((await panelError(f.client.status(KEY, "1"))).kind).toBe("unknown_order");
    const before = f.calls.length;
    // Not an ID (issue 11: IDs are opaque, but spaces and other signs never belong to one).
    expect((await panelError(f.client.status(KEY, "12 ab"))).kind).toBe("unknown_order");
    expect((await panelError(f.client.status(KEY, "a".repeat(33)))).kind).toBe("unknown_order");
    expect(f.calls.length).toBe(before);
  });

  it("statuses: one call, unknown IDs, bare-string errors, invalid IDs without a call", async () => {
    const a = await place();
    const b = await place();
    f.calls.length = 0;
    for (const bare of [false, true]) {
      f.mock.setQuirks({ bareStringErrors: bare });
      const map = await f.client.statuses(KEY, [a, "1", b, " x/y ", a]);
      expect([...map.keys()]).toEqual([a, "1", b, "x/y"]);
      expect(map.get(a)).toMatchObject({ ok: true, value: { status: "Pending" } });
      expect(map.get(b)).toMatchObject({ ok: true });
      const unknown = map.get("1");
      expect(unknown?.ok === false && unknown.error.kind).toBe("unknown_order");
      const invalid = map.get("x/y");
      expect(invalid?.ok === false && invalid.error.kind).toBe("unknown_order");
    }
    expect(f.calls).toEqual([
      { action: "status", ids: 3 },
      { action: "status", ids: 3 },
    ]);
    expect(f.mock.requests.at(-1)?.params.orders).toBe(`${a},1,${b}`);
  });

  it("statuses: 250 IDs are chunked into 3 calls", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 250; i++) ids.push(f.mock.seedOrder(KEY, { service: "1448" }).id);
    f.calls.length = 0;
    const map = await f.client.statuses(KEY, ids);
    expect(map.size).toBe(250);
    expect([...map.values()].every((i) => i.ok)).toBe(true);
    expect(f.calls).toEqual([
      { action: "status", ids: 100 },
      { action: "status", ids: 100 },
      { action: "status", ids: 50 },
    ]);
    expect([...map.keys()]).toEqual(ids);
  });

  it("statuses: a failing chunk marks its IDs, a bad key throws", async () => {
    const ids = Array.from({ length: 150 }, () => f.mock.seedOrder(KEY, {}).id);
    const client = f.makeClient({ retries: 0 });
    f.mock.setFault({ mode: "http500", times: 1 });
    const map = await client.statuses(KEY, ids, { concurrency: 1 });
    const failed = [...map.values()].filter((i) => !i.ok);
    expect(failed).toHaveLength(100);
    expect(failed[0]?.ok === false && failed[0].error.kind).toBe("unavailable");
    expect((await panelError(client.statuses("bad", ids))).kind).toBe("invalid_key");
    expect(await client.statuses(KEY, [])).toEqual(new Map());
  });
});

describe("refill", () => {
  it("single refill and its status", async () => {
    const id = await place();
    expect((await panelError(f.client.refill(KEY, id))).reason).toBe("refill_refused"); // not finished yet
    f.mock.advance(id);
    f.mock.advance(id);
    const refillId = await f.client.refill(KEY, id);
    expect(refillId).toMatch(/^\d+$/);
    expect(await f.client.refillStatus(KEY, refillId)).toEqual({ status: "Pending" });
    f.mock.advanceRefill(refillId);
    f.mock.setQuirks({ stringNumbers: true });
    expect(await f.client.refillStatus(KEY, refillId)).toEqual({ status: "In progress" });
    f.mock.setRefill(refillId, { status: "Cancelled" });
    expect(await f.client.refillStatus(KEY, refillId)).toEqual({ status: "Canceled" });
    expect((await panelError(f.client.refillStatus(KEY, "99999"))).kind).toBe("unknown_refill");
    expect((await panelError(f.client.refill(KEY, "1"))).kind).toBe("unknown_order");
    const noRefill = await place(100, "1449");
    f.mock.completeAll();
    const e = await panelError(f.client.refill(KEY, noRefill));
    expect(e).toMatchObject({ kind: "invalid_input", reason: "refill_refused", panelMessage: "Refill is disabled for this service" });
  });

  it("multi refill and multi refill status", async () => {
    const a = await place();
    const b = await place();
    f.mock.completeAll();
    for (const stringNumbers of [false, true]) {
      f.mock.setQuirks({ stringNumbers, bareStringErrors: stringNumbers });
      for (const r of f.mock.refills.values()) f.mock.setRefill(r.id, { status: "Completed" });
      const map = await f.client.refills(KEY, [a, "1", b]);
      const ra = map.get(a);
      const rb = map.get(b);
      expect(ra?.ok).toBe(true);
      expect(rb?.ok).toBe(true);
      const unknown = map.get("1");
      expect(unknown?.ok === false && unknown.error.kind).toBe("unknown_order");
      const refillIds = [ra, rb].map((r) => (r?.ok ? r.value : ""));
      f.mock.advanceRefill(refillIds[0]);
      const statuses = await f.client.refillStatuses(KEY, [...refillIds, "777"]);
      expect(statuses.get(refillIds[0] as string)).toEqual({ ok: true, value: { status: "In progress" } });
      expect(statuses.get(refillIds[1] as string)).toEqual({ ok: true, value: { status: "Pending" } });
      const missing = statuses.get("777");
      expect(missing?.ok === false && missing.error.kind).toBe("unknown_refill");
    }
    const multi = f.mock.requests.filter((r) => r.action === "refill_status").at(-1);
    expect(multi?.params.refills).toBeDefined();
  });

  it("a panel without refill", async () => {
    const a = await place();
    const b = await place();
    f.mock.completeAll();
    f.mock.setQuirks({ noRefill: true });
    f.calls.length = 0;
    const map = await f.client.refills(KEY, [a, b]);
    for (const item of map.values()) {
      expect(item.ok === false && { kind: item.error.kind, reason: item.error.reason }).toEqual({
        kind: "invalid_input",
        reason: "unsupported",
      });
    }
    expect(f.calls.map((c) => c.ids)).toEqual([2, 1]); // the multi call, one probe, then no more
    expect((await panelError(f.client.refill(KEY, a))).reason).toBe("generic");
    // Issue 11: what the panel lacks is remembered (refills are still asked: the panel decides).
    expect(f.client.supportsRefill).toBe(false);
  });
});

describe("cancel", () => {
  it("multi cancel: canceled, refused, unknown; refunds the balance", async () => {
    const a = await place(1000);
    const b = await place(100, "1451", "t.me/x"); // no cancel on 1451
    const c = await place(100);
    f.mock.advance(c);
    f.mock.advance(c); // completed: too late
    const before = (await f.client.balance(KEY)).balance;
    const map = await f.client.cancel(KEY, [a, b, c, "1"]);
    expect(map.get(a)).toEqual({ ok: true, value: true });
    const eb = map.get(b);
    expect(eb?.ok === false && eb.error.reason).toBe("cancel_refused");
    const ec = map.get(c);
    expect(ec?.ok === false && ec.error.reason).toBe("cancel_refused");
    const e1 = map.get("1");
    expect(e1?.ok === false && e1.error.kind).toBe("unknown_order");
    expect(f.mock.orders.get(a)?.status).toBe("Canceled");
    expect((await f.client.balance(KEY)).balance).toBe(addDecimal(before, "0.9"));
    expect((await f.client.status(KEY, a)).status).toBe("Canceled");
  });

  it("a panel that cancels one order per call", async () => {
    const client = f.makeClient();
    f.mock.setQuirks({ singleCancel: true });
    const ids = [await place(), await place(), await place()];
    f.calls.length = 0;
    const map = await client.cancel(KEY, ids);
    expect([...map.values()].every((i) => i.ok)).toBe(true);
    expect(f.calls).toEqual([
      { action: "cancel", ids: 3 },
      { action: "cancel", ids: 1 },
      { action: "cancel", ids: 1 },
      { action: "cancel", ids: 1 },
    ]);
    // Learned: next time straight to single calls.
    const more = [await place(), await place()];
    f.calls.length = 0;
    const again = await client.cancel(KEY, [...more, "1"]);
    expect(f.calls).toEqual([
      { action: "cancel", ids: 1 },
      { action: "cancel", ids: 1 },
      { action: "cancel", ids: 1 },
    ]);
    expect(again.get(more[0] as string)?.ok).toBe(true);
    const unknown = again.get("1");
    expect(unknown?.ok === false && unknown.error.kind).toBe("unknown_order");
  });

  it("a single ID on a one-order panel", async () => {
    const client = f.makeClient();
    f.mock.setQuirks({ singleCancel: true });
    const id = await place();
    const map = await client.cancel(KEY, [id]);
    expect(map.get(id)).toEqual({ ok: true, value: true });
  });

  it("a panel without cancel", async () => {
    f.mock.setQuirks({ noCancel: true });
    const map = await f.makeClient().cancel(KEY, [await place(), await place()]);
    for (const item of map.values()) expect(item.ok === false && item.error.reason).toBe("unsupported");
  });
});

describe("odd answers (undici MockAgent)", () => {
  const origin = "https://panel.test";
  let agent: MockAgent;
  let client: PanelClient;
  beforeAll(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    client = new PanelClient({ url: `${origin}/api/v2`, dispatcher: agent, retries: 0 });
  });
  afterAll(async () => {
    await client.close();
    await agent.close();
  });
  const reply = (body: unknown, status = 200): void => {
    agent
      .get(origin)
      .intercept({ path: "/api/v2", method: "POST" })
      .reply(status, typeof body === "string" ? body : JSON.stringify(body));
  };

  it("IDs left out of a multi status are unknown_order", async () => {
    reply({ "1": { status: "Completed" } });
    const map = await client.statuses(KEY, ["1", "2"]);
    expect(map.get("1")).toEqual({ ok: true, value: { status: "Completed" } });
    const two = map.get("2");
    expect(two?.ok === false && two.error.kind).toBe("unknown_order");
  });

  it("a one-ID multi call answered in the single shape", async () => {
    reply({ status: "Completed", charge: "1", remains: 0 });
    expect((await client.statuses(KEY, ["5"])).get("5")).toEqual({ ok: true, value: { status: "Completed", charge: "1", remains: 0 } });
    reply({ refill: "42" });
    expect((await client.refills(KEY, ["5"])).get("5")).toEqual({ ok: true, value: "42" });
    reply({ cancel: 1 });
    expect((await client.cancel(KEY, ["5"])).get("5")).toEqual({ ok: true, value: true });
  });

  it("a single status answered in the multi shape", async () => {
    reply({ "5": { status: "Pending" } });
    expect(await client.status(KEY, "5")).toEqual({ status: "Pending" });
  });

  it("a JSON error behind a 4xx status", async () => {
    reply({ error: "Invalid API key" }, 401);
    const e = await panelError(client.balance(KEY));
    expect(e).toMatchObject({ kind: "invalid_key", status: 401 });
    reply("Forbidden", 403);
    expect(await panelError(client.balance(KEY))).toMatchObject({ kind: "unavailable", status: 403 });
  });

  it("a BOM before the JSON, an empty body", async () => {
    reply(`\uFEFF${JSON.stringify({ balance: "1.50", currency: "usd" })}`);
    expect(await client.balance(KEY)).toEqual({ balance: "1.5", currency: "USD" });
    reply("");
    expect((await panelError(client.balance(KEY))).kind).toBe("unavailable");
    reply("");
    expect((await panelError(client.add(KEY, { service: "1", link: "x.com", quantity: 1 }))).kind).toBe("unknown_outcome");
  });

  it("a garbled add answer is unknown_outcome", async () => {
    reply({ order: null });
    expect((await panelError(client.add(KEY, { service: "1", link: "x.com", quantity: 1 }))).kind).toBe("unknown_outcome");
  });
});
