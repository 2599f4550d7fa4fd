import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "undici";
import { defaultCatalogue, generateCatalogue } from "../../src/dev/catalogue.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { SERVICE_TYPES } from "../../src/panel/service-types.js";
import { PanelClient } from "../../src/panel/client.js";
import { KEY } from "./helpers.js";

let mock: MockPanel;
beforeAll(async () => {
  mock = await startMockPanel({ accounts: [{ key: KEY, balance: "50" }] });
});
afterAll(async () => {
  await mock.close();
});

const post = async (body: string | Record<string, unknown>, contentType = "application/x-www-form-urlencoded", path = "/api/v2") => {
  const url = new URL(mock.url);
  const res = await request(`${url.origin}${path}`, {
    method: "POST",
    headers: { "content-type": typeof body === "string" ? contentType : "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.body.text();
  return {
    status: res.statusCode,
    text,
    json: (() => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    })(),
  };
};

describe("mock panel HTTP", () => {
  it("accepts form and JSON bodies", async () => {
    expect((await post(`key=${KEY}&action=balance`)).json).toEqual({ balance: "50.00", currency: "USD" });
    expect((await post({ key: KEY, action: "balance" })).json).toEqual({ balance: "50.00", currency: "USD" });
    const add = await post({
      key: KEY,
      action: "add",
      service: 1452,
      link: "facebook.com/p/1",
      comments: Array.from({ length: 10 }, (_, i) => `c${i}`),
    });
    const order = (add.json as { order: number }).order;
    expect(mock.orders.get(String(order))).toMatchObject({ quantity: 10, charge: "0.08" });
    expect(mock.requests.at(-1)).toMatchObject({ action: "add", contentType: "json" });
  });

  it("answers errors with the real texts", async () => {
    expect((await post("key=nope&action=balance")).json).toEqual({ error: "Invalid API key" });
    expect((await post(`key=${KEY}&action=fly`)).json).toEqual({ error: "Incorrect request" });
    expect((await post(`key=${KEY}&action=add&service=1448&link=x.com/a&quantity=5`)).json).toEqual({ error: "Quantity less than minimal 50" });
    expect((await post(`key=${KEY}&action=add&service=1448&link=x.com/a&quantity=50000`)).json).toEqual({
      error: "Quantity more than maximal 10000",
    });
    expect((await post(`key=${KEY}&action=add&service=1&link=x.com/a&quantity=50`)).json).toEqual({ error: "Incorrect service ID" });
    expect((await post(`key=${KEY}&action=add&service=1448&quantity=50`)).json).toEqual({ error: "Incorrect link" });
    expect((await post(`key=${KEY}&action=add&service=1451&link=t.me/x&quantity=100&runs=2&interval=5`)).json).toEqual({
      error: "This services does not support Dripfeed feature!",
    });
    expect((await post(`key=${KEY}&action=add&service=1472&link=t.me/g&quantity=5000&groups=t.me/a`)).json).toEqual({
      error: "Not enough funds on balance",
    });
    const ids = Array.from({ length: 101 }, (_, i) => i + 1).join(",");
    expect((await post(`key=${KEY}&action=status&orders=${ids}`)).json).toEqual({ error: "Incorrect request" });
    expect((await post(`key=${KEY}&action=balance`, undefined, "/elsewhere")).status).toBe(404);
  });

  it("records requests and consumes counted faults for chosen actions", async () => {
    mock.resetRequests();
    mock.setFault({ mode: "http500", actions: ["services"], times: 1 });
    expect((await post(`key=${KEY}&action=balance`)).status).toBe(200);
    expect((await post(`key=${KEY}&action=services`)).status).toBe(500);
    expect((await post(`key=${KEY}&action=services`)).status).toBe(200);
    expect(mock.requests.map((r) => r.action)).toEqual(["balance", "services", "services"]);
    mock.setFault("html");
    expect((await post(`key=${KEY}&action=balance`)).text).toMatch(/<html>/);
    mock.setFault("redirect");
    expect((await post(`key=${KEY}&action=balance`)).status).toBe(302);
    mock.setFault("none");
  });
});

describe("order progress", () => {
  it("advance, Partial, drip-feed, subscriptions, completeAll", () => {
    const o = mock.seedOrder(KEY, { quantity: 100 });
    mock.advance(o.id);
    expect(mock.orders.get(o.id)).toMatchObject({ status: "In progress", remains: 50 });
    mock.advance(o.id, "Partial");
    expect(mock.orders.get(o.id)).toMatchObject({ status: "Partial", remains: 25 });
    mock.advance(o.id);
    expect(mock.orders.get(o.id)?.status).toBe("Partial"); // final: no more steps
    const drip = mock.seedOrder(KEY, { quantity: 100, runs: 2, interval: 5, children: [] });
    mock.advance(drip.id);
    mock.advance(drip.id);
    expect(mock.orders.get(drip.id)).toMatchObject({ status: "Completed" });
    expect(mock.orders.get(drip.id)?.children).toHaveLength(2);
    const sub = mock.seedOrder(KEY, { type: "Subscriptions", service: "1473", posts: 2, children: [] });
    mock.advance(sub.id);
    expect(mock.orders.get(sub.id)?.status).toBe("Active");
    mock.advance(sub.id);
    mock.advance(sub.id);
    expect(mock.orders.get(sub.id)?.status).toBe("Completed");
    const a = mock.seedOrder(KEY, {});
    const b = mock.seedOrder(KEY, { status: "In progress" });
    mock.completeAll();
    expect([mock.orders.get(a.id)?.status, mock.orders.get(b.id)?.status]).toEqual(["Completed", "Completed"]);
    expect(() => mock.advance("0")).toThrow();
    expect(() => mock.setOrder("0", {})).toThrow();
  });

  it("auto-progress moves orders on a timer", async () => {
    const auto = await startMockPanel({ autoProgressMs: 15, accounts: [{ key: KEY }] });
    try {
      const o = auto.seedOrder(KEY, {});
      await new Promise((r) => setTimeout(r, 120));
      expect(auto.orders.get(o.id)?.status).toBe("Completed");
    } finally {
      await auto.close();
    }
  });
});

describe("catalogues", () => {
  it("the default catalogue covers every type with drip-feed, refill and cancel services", () => {
    const cat = defaultCatalogue();
    for (const t of SERVICE_TYPES) expect(cat.some((s) => s.type === t.type)).toBe(true);
    expect(cat.some((s) => s.dripfeed)).toBe(true);
    expect(cat.some((s) => s.refill && s.cancel)).toBe(true);
    expect(cat.some((s) => s.rate === "0.0045")).toBe(true);
    expect(new Set(cat.map((s) => s.id)).size).toBe(cat.length);
  });

  it("generates 10,000 varied services deterministically, served and parsed quickly", async () => {
    const big = generateCatalogue(10_000);
    expect(big).toHaveLength(10_000);
    expect(generateCatalogue(50)).toEqual(generateCatalogue(50));
    expect(new Set(big.map((s) => s.id)).size).toBe(10_000);
    expect(new Set(big.map((s) => s.category)).size).toBeGreaterThan(50);
    expect(big.some((s) => /[éçñšČ]/i.test(s.name))).toBe(true);
    for (const t of SERVICE_TYPES) expect(big.some((s) => s.type === t.type)).toBe(true);
    const server = await startMockPanel({ catalogue: big, accounts: [{ key: KEY }] });
    const client = new PanelClient({ url: server.url });
    try {
      const started = Date.now();
      const services = await client.services(KEY);
      expect(services).toHaveLength(10_000);
      expect(services[123]).toEqual({ ...big[123], rate: services[123]?.rate });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await client.close();
      await server.close();
    }
  });
});
