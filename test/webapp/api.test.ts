/**
 * The Mini App's API against the mock panel over real HTTP: authentication by Telegram init data,
 * acting only for the caller, the wizard's field rules, exactly-once placement, the orders board
 * and its actions, security headers.
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ALICE, BOB, OTHER_BOT_TOKEN, signInitData, startRig, type Rig } from "./rig.js";

let n = 0;
/** A fresh placement id (12 chars of a-z0-9). */
const pid = () => `p${Date.now().toString(36)}${(n++).toString(36)}`.padEnd(12, "x").slice(0, 12);

const addCalls = (rig: Rig) => rig.panel.requests.filter((r) => r.action === "add").length;

const likesOrder = (placementId = pid(), input: Record<string, unknown> = { link: "https://instagram.com/p/abc", quantity: 100 }) => ({
  placementId,
  serviceId: "1449",
  input,
});

describe("web app API", () => {
  let rig: Rig;
  let aliceKey: string;
  let staticDir: string;

  beforeAll(async () => {
    staticDir = await mkdtemp(path.join(tmpdir(), "smmbot-static-"));
    await mkdir(path.join(staticDir, "assets"));
    await writeFile(path.join(staticDir, "index.html"), "<!doctype html><title>app</title>");
    await writeFile(path.join(staticDir, "assets", "app-1.js"), "console.log(1)");
    rig = await startRig({ staticDir });
    aliceKey = await rig.connect(ALICE);
    await rig.connect(BOB);
  });
  afterAll(async () => {
    await rig.close();
    await rm(staticDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    rig.sent.length = 0;
  });

  describe("authentication", () => {
    it("accepts signed init data and answers for that user, without the panel key", async () => {
      const r = await rig.call("/app/api/me");
      expect(r.status).toBe(200);
      expect(r.json.user).toEqual({ id: ALICE.id, firstName: "Alice" });
      expect(r.json.accounts).toEqual(
        [{ owner: `u:${ALICE.id}`, panelId: "main", panelName: "127.0.0.1", currency: "USD", active: true }].map((a) => ({
          ...a,
          panelName: expect.any(String),
        })),
      );
      expect(r.json.lang).toBe("en");
      expect(r.json.dir).toBe("ltr");
      expect(r.json.ftl[0]).toContain("app-tab-catalogue");
      expect(r.text).not.toContain(aliceKey);
    });

    it("answers in the user's language (sl, with English as fallback)", async () => {
      const r = await rig.call("/app/api/me", { user: BOB });
      expect(r.json.lang).toBe("sl");
      expect(r.json.ftl).toHaveLength(2);
      expect(r.json.ftl[0]).toContain("Katalog");
    });

    it("refuses a missing header", async () => {
      const r = await rig.call("/app/api/me", { auth: null });
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe("auth_missing");
    });

    it("refuses a wrong signature (a tampered user)", async () => {
      const good = signInitData(ALICE);
      const forged = good.replace(encodeURIComponent(`"id":${ALICE.id}`), encodeURIComponent(`"id":${BOB.id}`));
      expect(forged).not.toBe(good);
      const r = await rig.call("/app/api/me", { auth: `tma ${forged}` });
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe("auth_invalid");
      const noHash = new URLSearchParams(good);
      noHash.delete("hash");
      expect((await rig.call("/app/api/me", { auth: `tma ${noHash.toString()}` })).json.error.code).toBe("auth_invalid");
    });

    it("refuses init data signed for another bot", async () => {
      const r = await rig.call("/app/api/me", { auth: `tma ${signInitData(ALICE, { token: OTHER_BOT_TOKEN })}` });
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe("auth_invalid");
    });

    it("refuses stale init data (older than WEBAPP_INIT_DATA_MAX_AGE_SECONDS, default 1 h) and accepts it just in time", async () => {
      const now = Math.floor(Date.now() / 1000);
      const stale = await rig.call("/app/api/me", { auth: `tma ${signInitData(ALICE, { authDate: now - 3605 })}` });
      expect(stale.status).toBe(401);
      expect(stale.json.error.code).toBe("auth_stale");
      const fresh = await rig.call("/app/api/me", { auth: `tma ${signInitData(ALICE, { authDate: now - 3500 })}` });
      expect(fresh.status).toBe(200);
      const future = await rig.call("/app/api/me", { auth: `tma ${signInitData(ALICE, { authDate: now + 3600 })}` });
      expect(future.status).toBe(401);
    });

    it("refuses every API call without valid init data, and places nothing", async () => {
      const before = addCalls(rig);
      const r = await rig.call("/app/api/order", { body: likesOrder(), auth: `tma ${signInitData(ALICE, { token: OTHER_BOT_TOKEN })}` });
      expect(r.status).toBe(401);
      expect(addCalls(rig)).toBe(before);
    });
  });

  describe("catalogue", () => {
    it("lists the account's services compactly, without the key", async () => {
      const r = await rig.call("/app/api/catalogue", { headers: { "accept-encoding": "gzip" } });
      expect(r.status).toBe(200);
      expect(r.json.services.length).toBe(rig.panel.catalogue.length);
      const likes = r.json.services.find((s: unknown[]) => s[0] === "1449");
      expect(likes).toEqual(["1449", "Instagram Likes — instant ⚡", "Default", expect.any(Number), "0.12", 20, 50000, 2 | 4]);
      expect(r.json.categories[likes[3]]).toBe("Instagram");
      expect(r.text).not.toContain(aliceKey);
      const etag = r.headers.get("etag")!;
      const again = await rig.call("/app/api/catalogue", { headers: { "if-none-match": etag } });
      expect(again.status).toBe(304);
    });

    it("gives one service's details and refuses unknown or malformed IDs", async () => {
      const r = await rig.call("/app/api/service?id=1448");
      expect(r.json).toMatchObject({ id: "1448", description: expect.stringContaining("refill"), refill: true });
      expect((await rig.call("/app/api/service?id=999999")).json.error.code).toBe("unknown_service");
      expect((await rig.call("/app/api/service?id=abc")).status).toBe(400);
    });

    it("shows the balance", async () => {
      const r = await rig.call("/app/api/balance");
      expect(r.json).toEqual({ balance: expect.any(String), currency: "USD" });
    });
  });

  describe("placing orders", () => {
    it("places an order once, tracks it, and confirms it in the chat", async () => {
      const before = addCalls(rig);
      const body = { ...likesOrder(), price: "0.012" };
      const r = await rig.call("/app/api/order", { body });
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({ outcome: "placed", orderId: expect.stringMatching(/^\d+$/), price: "0.012", currency: "USD" });
      expect(addCalls(rig)).toBe(before + 1);
      const order = rig.panel.orders.get(r.json.orderId)!;
      expect(order.params).toMatchObject({ service: "1449", link: "https://instagram.com/p/abc", quantity: "100" });
      expect(rig.sent).toHaveLength(1);
      expect(rig.sent[0]!.chatId).toBe(ALICE.id);
      expect(rig.sent[0]!.text).toContain(`Order ${r.json.orderId} placed`);
      const board = await rig.call("/app/api/orders");
      expect(board.json.items[0]).toMatchObject({
        orderId: r.json.orderId,
        serviceName: "Instagram Likes — instant ⚡",
        quantity: 100,
        price: "0.012",
      });

      // A retry with the same placement id (a network error, a second tab) answers the same order.
      const retry = await rig.call("/app/api/order", { body });
      expect(retry.json).toEqual(r.json);
      expect(addCalls(rig)).toBe(before + 1);
      expect(rig.sent).toHaveLength(1);
    });

    it("a double tap (two requests at once with one placement id) places one order", async () => {
      const before = addCalls(rig);
      rig.panel.setFault({ mode: "none", latencyMs: 150, actions: ["add"] });
      try {
        const body = likesOrder();
        const [a, b, c] = await Promise.all([0, 1, 2].map(() => rig.call("/app/api/order", { body })));
        expect(a!.json.outcome).toBe("placed");
        expect(b!.json).toEqual(a!.json);
        expect(c!.json).toEqual(a!.json);
      } finally {
        rig.panel.setFault("none");
      }
      expect(addCalls(rig)).toBe(before + 1);
      expect(rig.sent).toHaveLength(1);
    });

    it("refuses another user's placement id", async () => {
      const body = likesOrder();
      expect((await rig.call("/app/api/order", { body })).json.outcome).toBe("placed");
      const before = addCalls(rig);
      const r = await rig.call("/app/api/order", { body, user: BOB });
      expect(r.status).toBe(403);
      expect(r.json.error.code).toBe("forbidden");
      expect(r.text).not.toMatch(/orderId/);
      expect(addCalls(rig)).toBe(before);
    });

    it("refuses forged service IDs", async () => {
      const before = addCalls(rig);
      const unknown = await rig.call("/app/api/order", { body: { ...likesOrder(), serviceId: "99999" } });
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.code).toBe("unknown_service");
      const notAnId = await rig.call("/app/api/order", { body: { ...likesOrder(), serviceId: "1449; DROP" } });
      expect(notAnId.status).toBe(400);
      expect(notAnId.json.error.code).toBe("bad_request");
      expect(addCalls(rig)).toBe(before);
    });

    it("refuses bad field values with the wizard's rules, per field", async () => {
      const before = addCalls(rig);
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ link: "https://instagram.com/p/abc", quantity: 5 }, "quantity", "too_small"],
        [{ link: "https://instagram.com/p/abc", quantity: 60000 }, "quantity", "too_large"],
        [{ link: "not a link", quantity: 100 }, "link", "invalid"],
        [{ quantity: 100 }, "link", "required"],
        [{ link: "https://instagram.com/p/abc", quantity: 100, comments: ["hi"] }, "comments", "not_applicable"],
        [{ link: "https://instagram.com/p/abc", quantity: 100, runs: 2 }, "interval", "required"],
      ];
      for (const [input, field, code] of cases) {
        const r = await rig.call("/app/api/order", { body: likesOrder(pid(), input) });
        expect(r.status, JSON.stringify(input)).toBe(400);
        expect(r.json.error.code).toBe("invalid_fields");
        expect(r.json.error.problems).toContainEqual(expect.objectContaining({ field, code }));
      }
      // Drip-feed on a service without it (1451 has no drip-feed).
      const noDrip = await rig.call("/app/api/order", {
        body: { placementId: pid(), serviceId: "1451", input: { link: "https://t.me/x", quantity: 100, runs: 2, interval: 10 } },
      });
      expect(noDrip.json.error.problems).toContainEqual(expect.objectContaining({ field: "runs", code: "not_supported" }));
      // Wrong JSON types and unknown keys are refused by the schema.
      for (const input of [
        { link: "https://instagram.com/p/abc", quantity: "100" },
        { link: "https://instagram.com/p/abc", quantity: 1.5 },
        { link: "x", quantity: 100, key: "k" },
      ]) {
        const r = await rig.call("/app/api/order", { body: likesOrder(pid(), input) });
        expect(r.status).toBe(400);
        expect(r.json.error.code).toBe("bad_request");
      }
      expect((await rig.call("/app/api/order", { body: { ...likesOrder(), placementId: "short" } })).status).toBe(400);
      expect(addCalls(rig)).toBe(before);
      expect(rig.sent).toHaveLength(0);
    });

    it("refuses a price that is not the service's price now", async () => {
      const before = addCalls(rig);
      const r = await rig.call("/app/api/order", { body: { ...likesOrder(), price: "0.01" } });
      expect(r.status).toBe(409);
      expect(r.json.error).toMatchObject({ code: "price_changed", price: "0.012" });
      expect(addCalls(rig)).toBe(before);
    });

    it("reports a panel refusal as not placed", async () => {
      const poor = { id: 1003, first_name: "Poor" };
      await rig.connect(poor, "0.001");
      const r = await rig.call("/app/api/order", { body: likesOrder(), user: poor });
      expect(r.json).toEqual({ outcome: "failed", kind: "insufficient_funds" });
      expect(rig.sent).toHaveLength(0);
    });

    it("says no_account when the user has no panel account", async () => {
      const r = await rig.call("/app/api/order", { body: likesOrder(), user: { id: 1009, first_name: "New" } });
      expect(r.status).toBe(409);
      expect(r.json.error.code).toBe("no_account");
    });
  });

  describe("orders board", () => {
    it("refreshes, refills and cancels only the user's own orders", async () => {
      const placed = await rig.call("/app/api/order", {
        body: { placementId: pid(), serviceId: "1448", input: { link: "https://instagram.com/x", quantity: 100 } },
      });
      const id = placed.json.orderId as string;
      rig.panel.advance(id);
      const fresh = await rig.call("/app/api/orders/refresh", { body: { ids: [id] } });
      expect(fresh.json.statuses[id]).toMatchObject({ status: "In progress", final: false, canCancel: true, canRefill: false });

      // Bob cannot see, refresh, refill or cancel Alice's order.
      const panelCalls = rig.panel.requests.length;
      for (const route of ["refill", "cancel"]) {
        const r = await rig.call(`/app/api/orders/${route}`, { body: { orderId: id }, user: BOB });
        expect(r.status).toBe(404);
        expect(r.json.error.code).toBe("unknown_order");
      }
      expect((await rig.call("/app/api/orders/refresh", { body: { ids: [id] }, user: BOB })).status).toBe(404);
      expect(rig.panel.requests.length).toBe(panelCalls);
      expect((await rig.call("/app/api/orders", { user: BOB })).json.items.map((o: { orderId: string }) => o.orderId)).not.toContain(id);

      rig.panel.advance(id);
      const refill = await rig.call("/app/api/orders/refill", { body: { orderId: id } });
      expect(refill.json).toEqual({ ok: true, refillId: expect.any(String) });
      const cancel = await rig.call("/app/api/orders/cancel", { body: { orderId: id } });
      expect(cancel.json.ok).toBe(false); // completed: the panel refuses
      expect((await rig.call("/app/api/orders/cancel", { body: { orderId: "12x" } })).status).toBe(400);
    });
  });

  describe("HTTP", () => {
    it("sends strict security headers on the app and the API", async () => {
      for (const p of ["/app/", "/app/assets/app-1.js", "/app/api/me"]) {
        const r = await rig.call(p);
        expect(r.status, p).toBe(200);
        const csp = r.headers.get("content-security-policy")!;
        expect(csp).toContain("script-src 'self' https://telegram.org");
        expect(csp).not.toContain("unsafe-inline");
        expect(csp).toContain("frame-ancestors https://web.telegram.org https://*.telegram.org");
        expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      }
      expect((await rig.call("/app/assets/app-1.js")).headers.get("cache-control")).toContain("immutable");
      expect((await rig.call("/app/index.html")).headers.get("cache-control")).toBe("no-cache");
      expect((await rig.call("/app/../package.json")).status).not.toBe(200);
      expect((await rig.call("/app/assets/missing.js")).status).toBe(404);
      expect((await rig.call("/app/api/nope")).status).toBe(404);
    });

    it("refuses bodies that are not JSON or too large", async () => {
      const r = await fetch(`${rig.origin}/app/api/order`, {
        method: "POST",
        headers: { authorization: `tma ${signInitData(ALICE)}`, "content-type": "text/plain" },
        body: "x",
      });
      expect(r.status).toBe(415);
      const big = await rig.call("/app/api/order", {
        body: { ...likesOrder(), input: { comments: ["x".repeat(400)].concat(Array(1000).fill("y".repeat(300))) } },
      });
      expect(big.status).toBe(413);
    });
  });
});

describe("web app API rate limit", () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig({ rateLimitPerMinute: 3 });
    await rig.connect(ALICE);
  });
  afterEach(() => undefined);
  afterAll(() => rig.close());

  it("limits calls per user per minute", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await rig.call("/app/api/me")).status);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    expect((await rig.call("/app/api/me", { user: BOB })).status).toBe(200);
  });
});
