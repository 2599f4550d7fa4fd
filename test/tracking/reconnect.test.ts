/**
 * "Needs reconnecting": an account whose key the panel rejects, or whose stored key cannot be
 * decrypted (ENCRYPTION_KEY changed), pauses the tracking of its items — no panel call with it —
 * and its chats are told once (a stored mark: a restart neither re-tells nor calls the panel). A
 * new key stored for the owner resumes tracking, and the changes meanwhile are delivered.
 */
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ALICE, BOB, Harness } from "../helpers/harness.js";
import type { MockPanel } from "../../src/dev/mock-panel.js";
import { SecretBox } from "../../src/storage/crypto.js";
import { ReconnectMarks } from "../../src/tracking/reconnect.js";
import { FORBIDDEN, RecordingApi, SERVER_ERROR, makePoller, trackOrder, user } from "./helpers.js";

let h: Harness;
let rec: RecordingApi;
let mock: MockPanel;
let marks: ReconnectMarks;
beforeEach(async () => {
  h = await Harness.create();
  mock = h.panel!;
  rec = new RecordingApi(h);
  marks = new ReconnectMarks(h.deps.storage.cache);
});
afterEach(async () => {
  rec.releaseHung();
  await h.close();
});

const statusCalls = () => mock.requests.filter((r) => r.action === "status" || r.action === "refill_status").length;

/** Stores the account as an instance with another ENCRYPTION_KEY would have (this one cannot decrypt it). */
async function storeWithOtherEncryptionKey(owner: `u:${number}`, apiKey: string): Promise<void> {
  const other = new SecretBox(randomBytes(32));
  await h.deps.storage.keyv.namespace("accounts").set(owner, {
    panelId: "main",
    apiKey: other.encrypt(apiKey, `account:${owner}`),
    currency: "USD",
    connectedAt: 1,
    connectedBy: Number(owner.slice(2)),
  });
  await expect(h.deps.storage.accounts.get(owner)).rejects.toThrow(/Cannot decrypt/);
}

/** Alice's tracked order `o` (Pending, baselined) with a working key. */
async function aliceWithOrder(key = "reconnect-key-0001"): Promise<string> {
  await h.connect(ALICE, key);
  const o = mock.seedOrder(key, { service: "1448" }).id;
  await trackOrder(h, ALICE, o);
  return o;
}

describe("a key the panel rejects", () => {
  it("pauses the account's tracking, tells the chat once (also after a restart), and resumes after reconnecting", async () => {
    const o = await aliceWithOrder();
    const done = mock.seedOrder("reconnect-key-0001", { service: "1448", status: "Completed", remains: 0 }).id;
    const r = await h.deps.panels.get("main").refill("reconnect-key-0001", done);
    await h.deps.storage.refills.track({
      chatId: ALICE.id,
      owner: `u:${ALICE.id}`,
      panelId: "main",
      refillId: r,
      orderId: done,
      createdAt: Date.now(),
    });
    let poller = makePoller(h, rec);
    await poller.runCycle();
    const connectedAt = (await h.deps.storage.accounts.get(`u:${ALICE.id}`))!.connectedAt;

    mock.accounts.delete("reconnect-key-0001"); // revoked on the panel
    mock.advance(o);
    mock.resetRequests();
    let stats = await poller.runCycle();
    expect(stats).toMatchObject({ failedGroups: 1, notified: 0 });
    expect(statusCalls()).toBe(1); // the refill call learnt it; the orders were not asked for
    expect(rec.to(ALICE.id)).toHaveLength(1);
    const notice = rec.to(ALICE.id)[0]!;
    expect(notice.text).toContain("no longer accepts");
    expect(notice.text).toContain("/connect");
    expect(notice.text).toContain(h.deps.config.panels[0]!.name);
    expect(await marks.get("main", `u:${ALICE.id}`)).toMatchObject({ reason: "rejected", connectedAt, told: [ALICE.id] });

    // Paused: no panel call with the key, nothing told again — also by a restarted poller.
    mock.resetRequests();
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ failedGroups: 1, statusCalls: 0, refillStatusCalls: 0 });
    poller = makePoller(h, rec);
    await poller.runCycle();
    expect(statusCalls()).toBe(0);
    expect(rec.sent).toHaveLength(1);

    // Reconnected (the key works again on the panel, stored anew): tracking resumes and the change
    // made meanwhile is told.
    mock.addAccount("reconnect-key-0001");
    await h.deps.storage.accounts.add(`u:${ALICE.id}`, {
      panelId: "main",
      apiKey: "reconnect-key-0001",
      currency: "USD",
      connectedAt: connectedAt + 1,
      connectedBy: ALICE.id,
    });
    mock.resetRequests();
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ statusCalls: 1, refillStatusCalls: 1, changes: 1, notified: 1, failedGroups: 0 });
    expect(await marks.get("main", `u:${ALICE.id}`)).toBeUndefined();
    expect(rec.to(ALICE.id)).toHaveLength(2);
    expect(rec.to(ALICE.id)[1]!.text).toContain(`Order ${o}`);
    expect(rec.to(ALICE.id)[1]!.text).toContain("In progress");
  });

  it("tells each chat of the account once, with notifications on, and retries a notice that failed", async () => {
    const key = await h.connect(ALICE, "reconnect-key-0003");
    const a = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, ALICE, a);
    await h.connect(BOB, "reconnect-key-0004");
    const b = mock.seedOrder("reconnect-key-0004", { service: "1448" }).id;
    await trackOrder(h, BOB, b);
    await h.deps.storage.prefs.update(BOB.id, { notifications: false });
    mock.accounts.delete("reconnect-key-0003");
    mock.accounts.delete("reconnect-key-0004");

    rec.fault = (c) => (c.method === "sendMessage" ? SERVER_ERROR : undefined);
    const poller = makePoller(h, rec);
    let stats = await poller.runCycle();
    expect(stats.failedGroups).toBe(2);
    expect(rec.sent).toHaveLength(0);
    expect(await marks.get("main", `u:${ALICE.id}`)).toMatchObject({ told: [] });
    expect(await marks.get("main", `u:${BOB.id}`)).toMatchObject({ told: [] });

    // Telegram is back: Alice is told (no panel call: the mark holds); Bob, muted, is not.
    rec.fault = () => undefined;
    mock.resetRequests();
    stats = await poller.runCycle();
    expect(statusCalls()).toBe(0);
    expect(rec.to(ALICE.id)).toHaveLength(1);
    expect(rec.to(BOB.id)).toHaveLength(0);
    await poller.runCycle();
    expect(rec.sent).toHaveLength(1);

    // Bob turns notifications on: told then, once.
    await h.deps.storage.prefs.update(BOB.id, { notifications: true });
    await poller.runCycle();
    await poller.runCycle();
    expect(rec.to(BOB.id)).toHaveLength(1);
    expect(rec.to(BOB.id)[0]!.text).toContain("no longer accepts");
  });

  it("a blocked chat is not counted as told; a chat that comes back is told", async () => {
    await aliceWithOrder("reconnect-key-0005");
    mock.accounts.delete("reconnect-key-0005");
    rec.fault = (c) => (c.method === "sendMessage" ? FORBIDDEN : undefined);
    const poller = makePoller(h, rec);
    await poller.runCycle();
    expect((await h.deps.storage.delivery.get(ALICE.id)).blocked).toBe(true);
    expect(await marks.get("main", `u:${ALICE.id}`)).toMatchObject({ told: [] });

    rec.fault = () => undefined;
    await h.text(ALICE, "/start");
    rec.sent.length = 0;
    await poller.runCycle();
    expect(rec.to(ALICE.id)).toHaveLength(1);
    expect(rec.to(ALICE.id)[0]!.text).toContain("no longer accepts");
  });
});

describe("a key that cannot be decrypted", () => {
  it("pauses without calling the panel, tells once in the chat's language, and resumes once a key is stored again", async () => {
    const sl = user(6001, "sl");
    const key = "reconnect-key-0006";
    mock.addAccount(key);
    const o = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, sl, o);
    await h.deps.storage.prefs.update(sl.id, { language: "sl" });
    await storeWithOtherEncryptionKey(`u:${sl.id}`, key);

    mock.resetRequests();
    let poller = makePoller(h, rec);
    let stats = await poller.runCycle();
    expect(stats).toMatchObject({ failedGroups: 1, statusCalls: 0 });
    expect(mock.requests).toHaveLength(0);
    expect(rec.to(sl.id)).toHaveLength(1);
    const notice = rec.to(sl.id)[0]!;
    expect(notice.text).toContain("API-ključa");
    expect(notice.text).toContain("/connect");
    expect(await marks.get("main", `u:${sl.id}`)).toMatchObject({ reason: "undecryptable", told: [sl.id] });

    // A restart (another poller, same storage): not told again, no call.
    poller = makePoller(h, rec);
    await poller.runCycle();
    await poller.runCycle();
    expect(mock.requests).toHaveLength(0);
    expect(rec.sent).toHaveLength(1);

    // Reconnected (/connect stores the key with this instance's ENCRYPTION_KEY): tracked again.
    mock.advance(o);
    await h.deps.storage.accounts.add(`u:${sl.id}`, {
      panelId: "main",
      apiKey: key,
      currency: "USD",
      connectedAt: Date.now(),
      connectedBy: sl.id,
    });
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ statusCalls: 1, changes: 1, notified: 1, failedGroups: 0 });
    expect(rec.to(sl.id)).toHaveLength(2);
    expect(rec.to(sl.id)[1]!.text).toContain(`Naročilo ${o}`);
    expect(await marks.get("main", `u:${sl.id}`)).toBeUndefined();
  });

  it("a disconnected account drops its mark", async () => {
    await trackOrder(h, ALICE, "4242");
    await storeWithOtherEncryptionKey(`u:${ALICE.id}`, "reconnect-key-0007");
    const poller = makePoller(h, rec);
    await poller.runCycle();
    expect(await marks.get("main", `u:${ALICE.id}`)).toBeDefined();
    await h.deps.storage.accounts.delete(`u:${ALICE.id}`);
    await poller.runCycle();
    expect(await marks.get("main", `u:${ALICE.id}`)).toBeUndefined();
    expect(rec.sent).toHaveLength(1);
  });
});

describe("accounts kept across cycles", () => {
  it("reads a ready account once, and again after any account write or a mark set or cleared by another instance", async () => {
    const o = await aliceWithOrder("reconnect-key-0009");
    const owner = `u:${ALICE.id}` as const;
    const poller = makePoller(h, rec);
    await poller.runCycle();
    const get = vi.spyOn(h.deps.storage.accounts, "get");
    const cacheGet = vi.spyOn(h.deps.storage.cache, "get");

    // Steady: neither the account nor its mark is read; the order is still asked about.
    mock.resetRequests();
    let stats = await poller.runCycle();
    expect(stats).toMatchObject({ statusCalls: 1, failedGroups: 0 });
    expect(get).not.toHaveBeenCalled();
    expect(cacheGet).not.toHaveBeenCalled();

    // Another instance marks the account (its key rejected there): paused here from the next cycle.
    const connectedAt = (await h.deps.storage.accounts.get(owner))!.connectedAt;
    get.mockClear();
    const elsewhere = new ReconnectMarks(h.deps.storage.cache, () => h.deps.storage.accounts.bump());
    await elsewhere.set("main", owner, { reason: "rejected", connectedAt, since: 1, told: [ALICE.id] });
    mock.resetRequests();
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ statusCalls: 0, failedGroups: 1 });
    expect(get).toHaveBeenCalledTimes(1);

    // The mark cleared there: resumes; then kept again.
    await elsewhere.clear("main", owner);
    mock.advance(o);
    stats = await poller.runCycle();
    expect(stats).toMatchObject({ statusCalls: 1, changes: 1, failedGroups: 0 });
    get.mockClear();
    await poller.runCycle();
    expect(get).not.toHaveBeenCalled();

    // Disconnected (an account write): the next cycle reads it, finds none and asks nothing.
    await h.deps.storage.accounts.delete(owner);
    mock.resetRequests();
    stats = await poller.runCycle();
    expect(get).toHaveBeenCalledTimes(1);
    expect(stats).toMatchObject({ statusCalls: 0, failedGroups: 1 });
  });
  it("reads a kept account again after 30 cycles even if no version change was seen", async () => {
    await aliceWithOrder("reconnect-key-0010");
    const poller = makePoller(h, rec);
    await poller.runCycle();
    const get = vi.spyOn(h.deps.storage.accounts, "get");
    for (let i = 0; i < 29; i++) await poller.runCycle();
    expect(get).not.toHaveBeenCalled();
    await poller.runCycle();
    expect(get).toHaveBeenCalledTimes(1);
  });
});
