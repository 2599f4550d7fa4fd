import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, BOB, Harness } from "../helpers/harness.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { FORBIDDEN, RecordingApi, SERVER_ERROR, TOO_MANY, makePoller, trackOrder, user } from "./helpers.js";

let h: Harness;
let rec: RecordingApi;
let mock: MockPanel;
beforeEach(async () => {
  h = await Harness.create();
  mock = h.panel!;
  rec = new RecordingApi(h);
});
afterEach(async () => {
  rec.releaseHung();
  await h.close();
});

const statusRequests = (m: MockPanel) => m.requests.filter((r) => r.action === "status");

describe("status changes", () => {
  it("notifies each change once, one coalesced message per chat per cycle, and stops at final statuses", async () => {
    const key = await h.connect(ALICE);
    const a = mock.seedOrder(key, { service: "1448" }).id;
    const b = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, ALICE, a);
    await trackOrder(h, ALICE, b);
    const poller = makePoller(h, rec);

    // Both still Pending, as the user was told when placing them: nothing to say.
    let stats = await poller.runCycle();
    expect(stats).toMatchObject({ orders: 2, statusCalls: 1, changes: 0, notified: 0 });
    expect(rec.sent).toHaveLength(0);

    mock.advance(a); // In progress
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ changes: 1, notified: 1 });
    expect(rec.sent).toHaveLength(1);
    const first = rec.sent[0]!;
    expect(first.chatId).toBe(ALICE.id);
    expect(first.text).toContain(`Order ${a}`);
    expect(first.text).toContain("Pending → <b>🔄 In progress</b>");
    expect(first.text).toContain("Instagram followers");
    expect(first.text).not.toContain(`Order ${b}`);
    expect(first.buttons.map((x) => x.data)).toEqual([`o:r:main:${a}`, `o:x:main:${a}`]);

    // Nothing moved: nothing sent.
    await poller.runCycle();
    expect(rec.sent).toHaveLength(1);

    mock.advance(a); // Completed
    mock.advance(b); // In progress
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ changes: 2, notified: 1 });
    expect(rec.sent).toHaveLength(2);
    const second = rec.sent[1]!;
    expect(second.text).toContain("2 orders changed");
    expect(second.text).toContain(`Order ${a}`);
    expect(second.text).toContain("In progress → <b>✅ Completed</b>");
    expect(second.text).toContain(`Order ${b}`);
    expect(second.text).toContain("charge $");
    // completed + refillable: refresh and refill; in progress: refresh and cancel
    expect(second.buttons.map((x) => x.data)).toEqual([`o:r:main:${a}`, `o:f:main:${a}`, `o:r:main:${b}`, `o:x:main:${b}`]);
    expect((await h.deps.storage.orders.getState(ALICE.id, "main", a))?.final).toBe(true);

    // The final order is no longer polled.
    mock.resetRequests();
    stats = await poller.runCycle();
    expect(stats.orders).toBe(1);
    expect(statusRequests(mock)[0]!.params.orders).toBe(b);

    mock.advance(b, "Partial");
    await poller.runCycle();
    expect(rec.sent).toHaveLength(3);
    expect(rec.sent[2]!.text).toContain("🌓 Partial");
    mock.resetRequests();
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ orders: 0, statusCalls: 0 });
    expect(statusRequests(mock)).toHaveLength(0);
  });

  it("tells a bot-placed order that already moved before the first check", async () => {
    const key = await h.connect(ALICE);
    const a = mock.seedOrder(key, { service: "1448", status: "Completed", remains: 0 }).id;
    await trackOrder(h, ALICE, a);
    await makePoller(h, rec).runCycle();
    expect(rec.sent).toHaveLength(1);
    expect(rec.sent[0]!.text).toContain("Pending → <b>✅ Completed</b>");
  });

  it("with notifications off updates the state silently", async () => {
    const key = await h.connect(ALICE);
    const a = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, ALICE, a);
    await h.deps.storage.prefs.update(ALICE.id, { notifications: false });
    const poller = makePoller(h, rec);
    await poller.runCycle();
    mock.advance(a);
    const stats = await poller.runCycle();
    expect(stats).toMatchObject({ changes: 1, notified: 0 });
    expect(rec.sent).toHaveLength(0);
    expect((await h.deps.storage.orders.getState(ALICE.id, "main", a))?.notified?.status).toBe("In progress");
    // Turned on again: no stale message for what happened while off.
    await h.deps.storage.prefs.update(ALICE.id, { notifications: true });
    await poller.runCycle();
    expect(rec.sent).toHaveLength(0);
  });

  it("sends progress (start count / remains) only when the chat asked for it", async () => {
    const key = await h.connect(ALICE);
    const a = mock.seedOrder(key, { service: "1448", status: "In progress", remains: 800 }).id;
    await trackOrder(h, ALICE, a, { source: "manual" });
    const poller = makePoller(h, rec);
    await poller.runCycle(); // baseline (manual: silent)
    expect(rec.sent).toHaveLength(0);

    mock.setOrder(a, { remains: 500 });
    await poller.runCycle();
    expect(rec.sent).toHaveLength(0);

    await h.deps.storage.prefs.update(ALICE.id, { progress: true });
    mock.setOrder(a, { remains: 200 });
    await poller.runCycle();
    expect(rec.sent).toHaveLength(1);
    expect(rec.sent[0]!.text).toContain("Progress update");
    expect(rec.sent[0]!.text).toContain("remains 200");
  });

  it("writes in the chat's language", async () => {
    const key = await h.connect(BOB);
    const a = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, BOB, a);
    await h.deps.storage.prefs.update(BOB.id, { language: "sl" });
    const poller = makePoller(h, rec);
    await poller.runCycle();
    mock.advance(a);
    await poller.runCycle();
    expect(rec.sent[0]!.text).toContain(`Naročilo ${a}`);
    expect(rec.sent[0]!.text).toContain("V teku");
  });

  it("coalesces many orders into as few messages as fit (15 cards each), each with the /orders hint instead of buttons", async () => {
    const key = await h.connect(ALICE);
    const ids = Array.from({ length: 20 }, () => mock.seedOrder(key, { service: "1448" }).id);
    for (const id of ids) await trackOrder(h, ALICE, id);
    const poller = makePoller(h, rec);
    await poller.runCycle();
    mock.advance();
    const stats = await poller.runCycle();
    expect(stats).toMatchObject({ changes: 20, notified: 2 });
    expect(rec.sent).toHaveLength(2);
    for (const msg of rec.sent) {
      expect(msg.buttons).toEqual([]);
      expect(msg.text).toContain("/orders");
      expect(msg.text).toContain("20 orders changed");
      expect(msg.text.length).toBeLessThan(4096);
    }
    expect(rec.sent[0]!.text).toContain("message 1 of 2");
    expect(rec.sent[1]!.text).toContain("message 2 of 2");
    const shown = rec.sent.map((m) => ids.filter((id) => m.text.includes(`Order ${id}`)).length);
    expect(shown).toEqual([15, 5]);
    await poller.runCycle();
    expect(rec.sent).toHaveLength(2);
  });
});

describe("delivery", () => {
  it("retries a message that failed with a temporary error, and survives a 429", async () => {
    const key = await h.connect(ALICE);
    const a = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, ALICE, a);
    const poller = makePoller(h, rec);
    await poller.runCycle();
    mock.advance(a);

    rec.fault = () => SERVER_ERROR;
    let stats = await poller.runCycle();
    expect(stats).toMatchObject({ changes: 1, notified: 0 });
    expect((await h.deps.storage.orders.getState(ALICE.id, "main", a))?.notified?.status).toBe("Pending");

    let n = 0;
    rec.fault = (c) => (c.method === "sendMessage" && n++ === 0 ? TOO_MANY : undefined);
    stats = await poller.runCycle();
    expect(stats.notified).toBe(1);
    expect(rec.sent).toHaveLength(1); // auto-retry waited out the 429
    expect(rec.sent[0]!.text).toContain("In progress");

    await poller.runCycle();
    expect(rec.sent).toHaveLength(1);
  });

  it("a restart mid-cycle repeats and loses nothing (sender throws after the first send)", async () => {
    const users = [user(2001), user(2002), user(2003)];
    const orderOf = new Map<number, string>();
    for (const u of users) {
      const key = await h.connect(u, `key-${u.id}-abcdef`);
      const id = mock.seedOrder(key, { service: "1448" }).id;
      orderOf.set(u.id, id);
      await trackOrder(h, u, id);
    }
    await makePoller(h, rec).runCycle();
    mock.advance();

    let sends = 0;
    rec.fault = (c) => (c.method === "sendMessage" && sends++ >= 1 ? new Error("process crashed") : undefined);
    const stats = await makePoller(h, rec).runCycle();
    expect(stats).toMatchObject({ changes: 3, notified: 1 });
    expect(rec.sent).toHaveLength(1);

    // "Restart": a new poller on the same storage.
    rec.fault = () => undefined;
    const after = await makePoller(h, rec).runCycle();
    expect(after.notified).toBe(2);
    for (const u of users) expect(rec.to(u.id), `chat ${u.id}`).toHaveLength(1);
    await makePoller(h, rec).runCycle();
    expect(rec.sent).toHaveLength(3);
  });

  it("a crash with sends in flight (they never finish) loses nothing after restart", async () => {
    const users = [user(2101), user(2102), user(2103), user(2104)];
    for (const u of users) {
      const key = await h.connect(u, `key-${u.id}-abcdef`);
      const id = mock.seedOrder(key, { service: "1448" }).id;
      await trackOrder(h, u, id);
    }
    await makePoller(h, rec).runCycle();
    mock.advance();

    let sends = 0;
    rec.fault = (c) => (c.method === "sendMessage" && sends++ >= 2 ? "hang" : undefined);
    const abandoned = makePoller(h, rec).runCycle(); // the process "dies" with two sends in flight
    await vi_waitFor(() => sends >= 4);
    expect(rec.sent).toHaveLength(2);

    rec.fault = () => undefined;
    const stats = await makePoller(h, rec).runCycle();
    expect(stats.notified).toBe(2);
    for (const u of users) expect(rec.to(u.id), `chat ${u.id}`).toHaveLength(1);
    rec.releaseHung();
    await abandoned;
  });

  it("a blocked chat pauses its tracking and resumes when it talks to the bot again", async () => {
    const key = await h.connect(ALICE);
    const a = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, ALICE, a);
    const poller = makePoller(h, rec);
    await poller.runCycle();
    mock.advance(a);

    rec.fault = (c) => (c.payload.chat_id === ALICE.id ? FORBIDDEN : undefined);
    let stats = await poller.runCycle();
    expect(stats.notified).toBe(0);
    expect((await h.deps.storage.delivery.get(ALICE.id)).blocked).toBe(true);

    // Paused: not even polled.
    mock.resetRequests();
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ orders: 0, statusCalls: 0 });
    expect(statusRequests(mock)).toHaveLength(0);

    // The user unblocks the bot and writes to it.
    rec.fault = () => undefined;
    await h.text(ALICE, "/start");
    expect((await h.deps.storage.delivery.get(ALICE.id)).blocked).toBe(false);
    stats = await poller.runCycle();
    expect(stats.notified).toBe(1);
    expect(rec.to(ALICE.id)[0]!.text).toContain("In progress");
  });

  it("the block event itself does not resume", async () => {
    await h.deps.storage.delivery.set(ALICE.id, { blocked: true, blockedAt: 1 });
    await h.send({
      my_chat_member: {
        chat: { id: ALICE.id, type: "private", first_name: "Alice" },
        from: ALICE,
        date: 0,
        old_chat_member: { status: "member", user: { id: 4242, is_bot: true, first_name: "Bot" } },
        new_chat_member: { status: "kicked", user: { id: 4242, is_bot: true, first_name: "Bot" }, until_date: 0 },
      },
    } as any);
    expect((await h.deps.storage.delivery.get(ALICE.id)).blocked).toBe(true);
  });
});

describe("batching and panels", () => {
  it("makes exactly ceil(orders per key / 100) status calls of at most 100 IDs", async () => {
    const counts = [250, 100, 1];
    const users = counts.map((_, i) => user(3001 + i));
    for (const [i, u] of users.entries()) {
      const key = await h.connect(u, `batch-key-${i}-xyz`);
      for (let n = 0; n < counts[i]!; n++) await trackOrder(h, u, mock.seedOrder(key, { service: "1448" }).id);
    }
    mock.resetRequests();
    const stats = await makePoller(h, rec).runCycle();
    expect(stats.orders).toBe(351);
    expect(stats.statusCalls).toBe(3 + 1 + 1);
    const calls = statusRequests(mock);
    expect(calls).toHaveLength(5);
    for (const c of calls) expect(c.params.orders!.split(",").length).toBeLessThanOrEqual(100);
    const perKey = new Map<string, number>();
    for (const c of calls) perKey.set(c.params.key!, (perKey.get(c.params.key!) ?? 0) + 1);
    expect([...perKey.values()].sort()).toEqual([1, 1, 3]);
  });

  it("asks once about an order two chats of one account follow, and tells both chats of its change", async () => {
    const owner = user(3101);
    const key = await h.connect(owner, "shared-key-xyz");
    const ids = Array.from({ length: 150 }, () => mock.seedOrder(key, { service: "1448" }).id);
    const group = -1003101;
    for (const id of ids) await trackOrder(h, owner, id);
    // A group linked to the same account follows 60 of them (same panel + owner: the same calls).
    for (const id of ids.slice(0, 60)) await trackOrder(h, owner, id, { chatId: group });
    mock.resetRequests();
    const poller = makePoller(h, rec);
    const stats = await poller.runCycle();
    expect(stats.orders).toBe(210);
    const asked = statusRequests(mock).flatMap((c) => c.params.orders!.split(","));
    expect(asked.sort()).toEqual([...ids].sort()); // every id once: 150 distinct ids, two calls
    expect(stats.statusCalls).toBe(2);

    mock.advance(ids[0]);
    await poller.runCycle();
    expect(rec.sent.map((m) => m.chatId).sort((a, b) => a - b)).toEqual([group, owner.id]);
  });

  it("same calls and one delivery per chat (split into 15-card messages) when the storage does not scan chat by chat (Redis)", async () => {
    Object.defineProperty(h.deps.storage.orders, "iteratesByChat", { value: false });
    const counts = [150, 30];
    const users = counts.map((_, i) => user(3101 + i));
    for (const [i, u] of users.entries()) {
      const key = await h.connect(u, `unordered-key-${i}-xyz`);
      for (let n = 0; n < counts[i]!; n++) await trackOrder(h, u, mock.seedOrder(key, { service: "1448" }).id);
    }
    const poller = makePoller(h, rec);
    let stats = await poller.runCycle();
    expect(stats).toMatchObject({ orders: 180, statusCalls: 2 + 1 });
    mock.advance();
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ changes: 180, notified: 10 + 2 });
    // Not one message per batch: each chat's changes of the cycle, together, in parts of 15 cards.
    for (const [i, u] of users.entries()) {
      const parts = Math.ceil(counts[i]! / 15);
      expect(rec.to(u.id)).toHaveLength(parts);
      for (const [k, m] of rec.to(u.id).entries()) expect(m.text).toContain(`${counts[i]} orders changed</b> · message ${k + 1} of ${parts}`);
    }
  });

  it("skips the orders of a missing account and of a rejected key (telling the chat once)", async () => {
    const key = await h.connect(ALICE);
    const a = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, ALICE, a);
    await trackOrder(h, BOB, "777"); // Bob has no account
    mock.accounts.delete(key); // the panel no longer knows Alice's key
    const poller = makePoller(h, rec);
    let stats = await poller.runCycle();
    expect(stats.failedGroups).toBe(2);
    expect(rec.to(ALICE.id)).toHaveLength(1);
    expect(rec.to(ALICE.id)[0]!.text).toContain("no longer accepts");
    expect(rec.to(BOB.id)).toHaveLength(0);
    stats = await poller.runCycle();
    expect(rec.sent).toHaveLength(1);
  });
});

describe("two panels, one failing", () => {
  let other: MockPanel;
  let h2: Harness;
  let rec2: RecordingApi;
  beforeEach(async () => {
    other = await startMockPanel();
    h2 = await Harness.create({ noPanel: true, env: { PANELS: `alpha=${mock.url},beta=${other.url}` } });
    rec2 = new RecordingApi(h2);
  });
  afterEach(async () => {
    await h2.close();
    await other.close();
  });

  it("delays only the failing panel's orders, with backoff", async () => {
    mock.addAccount("alpha-key-1234");
    other.addAccount("beta-key-12345");
    const now = Date.now();
    await h2.deps.storage.accounts.add(`u:${ALICE.id}`, { panelId: "alpha", apiKey: "alpha-key-1234", connectedAt: now, connectedBy: ALICE.id });
    await h2.deps.storage.accounts.add(`u:${BOB.id}`, { panelId: "beta", apiKey: "beta-key-12345", connectedAt: now, connectedBy: BOB.id });
    const a = mock.seedOrder("alpha-key-1234", { service: "1448" }).id;
    const b = other.seedOrder("beta-key-12345", { service: "1448" }).id;
    await trackOrder(h2, ALICE, a, { panelId: "alpha" });
    await trackOrder(h2, BOB, b, { panelId: "beta" });
    const poller = makePoller(h2, rec2);
    await poller.runCycle();

    mock.advance(a);
    other.advance(b);
    other.setFault({ mode: "http500" });
    let stats = await poller.runCycle();
    expect(stats.failedGroups).toBe(1);
    expect(rec2.to(ALICE.id)).toHaveLength(1);
    expect(rec2.to(BOB.id)).toHaveLength(0);
    expect(poller.backoffOf("beta")).toEqual({ failures: 1, skip: 1 });

    // Next cycle: beta is skipped (no request at all), alpha goes on.
    other.resetRequests();
    mock.advance(a);
    stats = await poller.runCycle();
    expect(other.requests).toHaveLength(0);
    expect(rec2.to(ALICE.id)).toHaveLength(2);

    // Still failing: the pause doubles.
    stats = await poller.runCycle();
    expect(poller.backoffOf("beta")).toEqual({ failures: 2, skip: 2 });
    await poller.runCycle();
    await poller.runCycle();
    expect(other.requests).toHaveLength(1);

    // Back up: Bob gets the change he missed.
    other.setFault("none");
    await poller.runCycle();
    expect(rec2.to(BOB.id)).toHaveLength(1);
    expect(rec2.to(BOB.id)[0]!.text).toContain("In progress");
    expect(poller.backoffOf("beta")).toEqual({ failures: 0, skip: 0 });
  });
});

describe("refills", () => {
  it("tracks a refill until Completed, and one until Rejected", async () => {
    const key = await h.connect(ALICE);
    const o1 = mock.seedOrder(key, { service: "1448", status: "Completed", remains: 0 }).id;
    const o2 = mock.seedOrder(key, { service: "1448", status: "Completed", remains: 0 }).id;
    const client = h.deps.panels.get("main");
    const r1 = await client.refill(key, o1);
    const r2 = await client.refill(key, o2);
    for (const [refillId, orderId] of [
      [r1, o1],
      [r2, o2],
    ] as const) {
      await h.deps.storage.refills.track({
        chatId: ALICE.id,
        owner: `u:${ALICE.id}`,
        panelId: "main",
        refillId,
        orderId,
        createdAt: Date.now(),
      });
    }
    const poller = makePoller(h, rec);
    let stats = await poller.runCycle();
    expect(stats).toMatchObject({ refills: 2, refillStatusCalls: 1, changes: 0 });

    mock.advanceRefill(r1);
    mock.setRefill(r2, { status: "Rejected" });
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ changes: 2, notified: 1 });
    const msg = rec.sent[0]!;
    expect(msg.text).toContain(`Refill ${r1}`);
    expect(msg.text).toContain("In progress");
    expect(msg.text).toContain(`Refill ${r2}`);
    expect(msg.text).toContain("⛔ Rejected");
    expect(msg.buttons.map((b) => b.data)).toEqual([`rf:main:${r1}`, `rf:main:${r2}`]);

    mock.advanceRefill(r1);
    await poller.runCycle();
    expect(rec.sent[1]!.text).toContain("✅ Completed");
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ refills: 0, refillStatusCalls: 0 });
  });
});

describe("orders and refills of one chat", () => {
  /** Alice's order `o` (In progress) and a refill of a completed order, both tracked and baselined. */
  async function setup(): Promise<{ o: string; r: string; done: string }> {
    const key = await h.connect(ALICE);
    const o = mock.seedOrder(key, { service: "1448" }).id;
    const done = mock.seedOrder(key, { service: "1448", status: "Completed", remains: 0 }).id;
    await trackOrder(h, ALICE, o);
    const r = await h.deps.panels.get("main").refill(key, done);
    await h.deps.storage.refills.track({
      chatId: ALICE.id,
      owner: `u:${ALICE.id}`,
      panelId: "main",
      refillId: r,
      orderId: done,
      createdAt: Date.now(),
    });
    return { o, r, done };
  }

  for (const byChat of [true, false]) {
    it(`coalesces an order change and a refill change into one message (${byChat ? "key-ordered scan" : "unordered scan"}); a failed send leaves both`, async () => {
      if (!byChat) {
        Object.defineProperty(h.deps.storage.orders, "iteratesByChat", { value: false });
        Object.defineProperty(h.deps.storage.refills, "iteratesByChat", { value: false });
      }
      const { o, r } = await setup();
      const poller = makePoller(h, rec);
      let stats = await poller.runCycle();
      expect(stats).toMatchObject({ orders: 1, refills: 1, changes: 0, notified: 0 });

      mock.advance(o); // In progress
      mock.advanceRefill(r); // In progress

      // The send fails (temporary): neither is recorded as notified.
      rec.fault = () => SERVER_ERROR;
      stats = await poller.runCycle();
      expect(stats).toMatchObject({ changes: 2, notified: 0, statusCalls: 1, refillStatusCalls: 1 });
      expect(rec.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
      expect((await h.deps.storage.orders.getState(ALICE.id, "main", o))?.notified?.status).toBe("Pending");
      expect((await h.deps.storage.refills.getState(ALICE.id, "main", r))?.notified?.status).not.toBe("In progress");

      // Next cycle: one message with both cards and both buttons; both snapshots recorded.
      rec.fault = () => undefined;
      stats = await poller.runCycle();
      expect(stats).toMatchObject({ changes: 2, notified: 1 });
      expect(rec.sent).toHaveLength(1);
      const msg = rec.sent[0]!;
      expect(msg.chatId).toBe(ALICE.id);
      expect(msg.text).toContain("2 orders changed");
      expect(msg.text).toContain(`Order ${o}`);
      expect(msg.text).toContain("Pending → <b>🔄 In progress</b>");
      expect(msg.text).toContain(`Refill ${r}`);
      expect(msg.buttons.map((b) => b.data)).toEqual([`o:r:main:${o}`, `o:x:main:${o}`, `rf:main:${r}`]);
      expect((await h.deps.storage.orders.getState(ALICE.id, "main", o))?.notified?.status).toBe("In progress");
      expect((await h.deps.storage.refills.getState(ALICE.id, "main", r))?.notified?.status).toBe("In progress");

      // Nothing moved: nothing sent again.
      await poller.runCycle();
      expect(rec.sent).toHaveLength(1);

      // Only the refill moves: it goes out on its own, once.
      mock.advanceRefill(r);
      stats = await poller.runCycle();
      expect(stats).toMatchObject({ changes: 1, notified: 1 });
      expect(rec.sent).toHaveLength(2);
      expect(rec.sent[1]!.text).toContain(`Refill ${r}`);
      expect(rec.sent[1]!.text).not.toContain(`Order ${o}`);
    });
  }

  it("keeps other chats' messages apart (an order change in one chat, a refill change in another)", async () => {
    const { r } = await setup();
    const bobKey = await h.connect(BOB);
    const b = mock.seedOrder(bobKey, { service: "1448" }).id;
    await trackOrder(h, BOB, b);
    const poller = makePoller(h, rec);
    await poller.runCycle();
    mock.advance(b);
    mock.advanceRefill(r);
    const stats = await poller.runCycle();
    expect(stats).toMatchObject({ changes: 2, notified: 2 });
    expect(rec.to(ALICE.id)).toHaveLength(1);
    expect(rec.to(ALICE.id)[0]!.text).toContain(`Refill ${r}`);
    expect(rec.to(BOB.id)).toHaveLength(1);
    expect(rec.to(BOB.id)[0]!.text).toContain(`Order ${b}`);
  });
});

describe("start / stop", () => {
  it("runs cycles on its own and stop() waits for the one in flight", async () => {
    const key = await h.connect(ALICE);
    const a = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, ALICE, a);
    (h.deps.config as { pollIntervalMs: number }).pollIntervalMs = 20;
    mock.setFault({ mode: "none", latencyMs: 30 });
    const poller = makePoller(h, rec);
    poller.start();
    await vi_waitFor(() => mock.requests.length >= 3);
    await poller.stop();
    const count = mock.requests.length;
    expect(poller.running).toBe(false);
    await new Promise((r) => setTimeout(r, 80));
    expect(mock.requests.length).toBe(count);
  });

  it("an aborted signal stops sending and the loop", async () => {
    const key = await h.connect(ALICE);
    const a = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, ALICE, a);
    const poller = makePoller(h, rec);
    await poller.runCycle();
    mock.advance(a);
    const ac = new AbortController();
    ac.abort();
    const stats = await poller.runCycle(ac.signal);
    expect(stats.notified).toBe(0);
    expect(rec.sent).toHaveLength(0);
    await poller.runCycle();
    expect(rec.sent).toHaveLength(1);
  });
});

async function vi_waitFor(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 5));
  }
}
