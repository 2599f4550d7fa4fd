/**
 * The polling leader's in-memory view (memory.ts) and its change feed, adaptive polling
 * (adaptive.ts) and per-host limits (HostLimiter, PANEL_HOST_LIMITS).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig, parseHostLimits } from "../../src/config.js";
import { createStorage, type Storage } from "../../src/storage/index.js";
import type { TrackedOrder } from "../../src/storage/types.js";
import { DEFAULT_ADAPTIVE, nextPollAt } from "../../src/tracking/adaptive.js";
import { HostLimiter } from "../../src/tracking/limiter.js";
import { Mark, MemGroup, orderFingerprint, TrackingView } from "../../src/tracking/memory.js";

const KEY = "c".repeat(64);
const order = (chatId: number, orderId: string, owner = chatId): TrackedOrder => ({
  chatId,
  owner: `u:${owner}`,
  panelId: "main",
  orderId,
  source: "bot",
  createdAt: 1,
});

describe("the in-memory view and the change feed", () => {
  let dir: string;
  let leader: Storage;
  let other: Storage;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "smmbot-memory-"));
    leader = await createStorage({ dataDir: dir, encryptionKey: KEY, logger: { warn: () => undefined } });
    // Another instance's handlers: a second connection to the same database.
    other = await createStorage({ dataDir: dir, encryptionKey: KEY, logger: { warn: () => undefined } });
  });
  afterEach(async () => {
    await leader.close();
    await other.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("loads once, then follows tracks, untracks, state writes and chat flags made elsewhere", async () => {
    await other.orders.track(order(1, "10"));
    await other.orders.track(order(1, "11"));
    await other.orders.track(order(2, "20"));
    await other.orders.setState(2, "main", "20", { final: true });
    const view = new TrackingView(leader);
    await view.sync(1000);
    expect(view.orders.size).toBe(2); // the final one is not polled
    expect([...view.orders.groups.keys()].length).toBe(1);
    expect(await leader.changes.read()).toEqual([]); // notes before the load are consumed

    expect(await view.blocked(1)).toBe(false);
    await other.orders.untrack(1, "main", "10");
    await other.orders.track(order(3, "30"));
    await other.orders.setState(1, "main", "11", { final: false, last: { status: "In progress", at: 5 } });
    await other.delivery.set(1, { blocked: true, blockedAt: 5 });
    await view.sync(2000);
    const entries = [...view.orders.entries()];
    expect(entries.map((e) => e.id).sort()).toEqual(["11", "30"]);
    expect(entries.find((e) => e.id === "11")?.status).toBe("In progress");
    expect(view.blocked(1)).not.toBe(false); // re-read after the note
    expect(await view.blocked(1)).toBe(true);
    expect(await leader.changes.read()).toEqual([]);
  });

  it("takes an order the scan yields twice (Redis SCAN may) as one", async () => {
    for (const id of ["10", "11", "12"]) await other.orders.track(order(1, id));
    await other.orders.track(order(2, "20"));
    await other.orders.setState(1, "main", "11", { final: false, last: { status: "In progress", at: 5 } });
    // Every order twice, the second time after the others (as a repeat from a later SCAN page).
    const twice = new Proxy(leader.orders, {
      get(target, prop) {
        if (prop === "iterate") {
          return async function* () {
            const all: TrackedOrder[] = [];
            for await (const o of target.iterate()) {
              all.push(o);
              yield o;
            }
            yield* all;
          };
        }
        const v: unknown = Reflect.get(target, prop, target);
        return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const view = new TrackingView({ ...leader, orders: twice });
    await view.sync(1000);
    expect(view.orders.size).toBe(4);
    const entries = [...view.orders.entries()];
    expect(entries.map((e) => `${e.chatId}:${e.id}`).sort()).toEqual(["1:10", "1:11", "1:12", "2:20"]);
    expect(entries.find((e) => e.id === "11")?.status).toBe("In progress");
    expect([...view.orders.groups.values()].reduce((n, g) => n + g.slots, 0)).toBe(4);
  });

  it("a touch makes an order due at once; a final state written through drops it", async () => {
    await other.orders.track(order(1, "10"));
    const view = new TrackingView(leader);
    await view.sync(1000);
    const group = [...view.orders.groups.values()][0]!;
    group.schedule(group.find(1, "10"), 0, 99_999);
    expect([...view.orders.entries()][0]!.nextAt).toBe(99_999);
    await other.orders.touch([{ chatId: 1, panelId: "main", orderId: "10" }]);
    await view.sync(5000);
    const fresh = [...view.orders.entries()][0]!;
    expect(fresh.nextAt).toBe(0);
    expect(fresh.lastChange).toBe(5000);
    view.orders.setState({ chatId: 1, panelId: "main", id: "10" }, { final: true });
    expect(view.orders.size).toBe(0);
  });

  it("holds marks of each state, not its snapshots: what an unchanged answer would leave as it is", async () => {
    for (const id of ["10", "11", "12", "13", "14"]) await other.orders.track(order(1, id));
    const seen = { status: "In progress", at: 5, charge: "0.4", remains: 10 };
    await other.orders.setState(1, "main", "10", { final: false, last: { ...seen }, notified: { ...seen } });
    await other.orders.setState(1, "main", "11", { final: false, last: { ...seen, remains: 9 }, notified: { ...seen } });
    await other.orders.setState(1, "main", "12", { final: false, last: { ...seen, status: "Partial" }, notified: { ...seen } });
    await other.orders.setState(1, "main", "13", { final: false, last: { ...seen }, notified: { ...seen }, failures: 2 });
    const view = new TrackingView(leader);
    await view.sync(1000);
    const flags = new Map([...view.orders.entries()].map((e) => [e.id, e.flags]));
    expect(flags.get("10")).toBe(Mark.HasLast | Mark.Clean | Mark.ProgressClean);
    expect(flags.get("11")).toBe(Mark.HasLast | Mark.Clean); // remains moved since the chat was told
    expect(flags.get("12")).toBe(Mark.HasLast); // "Partial" is final: never clean (it would have left memory)
    expect(flags.get("13")).toBe(Mark.HasLast); // failures to clear
    expect(flags.get("14")).toBe(0); // no state yet: decided from storage
    const group = [...view.orders.groups.values()][0]!;
    expect(group.fingerprintOf(group.find(1, "10"))).toBe(orderFingerprint(seen));
    expect(group.fingerprintOf(group.find(1, "11"))).toBe(orderFingerprint({ ...seen, remains: 9 }));
    expect(group.fingerprintOf(group.find(1, "11"))).not.toBe(group.fingerprintOf(group.find(1, "10")));
    // A write through updates the marks; a final state removes the item (its slot is reused after the next sync).
    view.orders.setState(
      { chatId: 1, panelId: "main", id: "11" },
      { final: false, last: { ...seen, remains: 9 }, notified: { ...seen, remains: 9 } },
    );
    expect([...view.orders.entries()].find((e) => e.id === "11")!.flags).toBe(Mark.HasLast | Mark.Clean | Mark.ProgressClean);
    view.orders.setState({ chatId: 1, panelId: "main", id: "10" }, { final: true });
    expect(view.orders.size).toBe(4);
    expect(group.slots).toBe(5);
    await view.sync(2000);
    expect(group.slots).toBe(4);
    expect(group.find(1, "11")).toBeGreaterThanOrEqual(0);
    expect(group.find(1, "10")).toBe(-1);
  });

  it("fingerprints every compared field and tells absent from empty or zero", () => {
    const base = { charge: "0.40", startCount: 100, remains: 0, currency: "USD" };
    const prints = [
      base,
      { ...base, charge: "0.4" },
      { ...base, charge: undefined },
      { ...base, startCount: 101 },
      { ...base, startCount: undefined },
      { ...base, remains: undefined },
      { ...base, remains: 2 ** 40 },
      { ...base, remains: 2 ** 40 + 1 },
      { ...base, remains: 0.5 },
      { ...base, currency: "" },
      { ...base, currency: undefined },
      {},
    ].map((s) => orderFingerprint(s));
    expect(new Set(prints).size).toBe(prints.length);
    expect(orderFingerprint({ ...base })).toBe(prints[0]);
    expect(prints.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
  });

  it("keeps every kind of id as it was given (plain numbers held as numbers, others as text)", async () => {
    const ids = ["123", "0123", "A-7", "1234567890123456789", "999999999999999", "12.5", "٣٤"];
    for (const id of ids) await other.orders.track(order(1, id));
    const view = new TrackingView(leader);
    await view.sync(1);
    expect([...view.orders.entries()].map((e) => e.id).sort()).toEqual([...ids].sort());
    const group = [...view.orders.groups.values()][0]!;
    for (const id of ids) expect(group.idOf(group.find(1, id))).toBe(id);
    view.orders.remove({ chatId: 1, panelId: "main", id: "0123" });
    view.orders.remove({ chatId: 1, panelId: "main", id: "123" });
    await view.sync(2); // compacts: slots renumbered, ids kept
    expect(group.slots).toBe(ids.length - 2);
    for (const id of ids.filter((i) => i !== "0123" && i !== "123")) expect(group.idOf(group.find(1, id))).toBe(id);
    expect(group.find(1, "123")).toBe(-1);
  });

  it("one id tracked by two chats with the same account: two items", async () => {
    await other.orders.track(order(1, "10", 7));
    await other.orders.track(order(2, "10", 7));
    const view = new TrackingView(leader);
    await view.sync(1);
    expect(view.orders.groups.size).toBe(1);
    expect(view.orders.size).toBe(2);
    view.orders.remove({ chatId: 1, panelId: "main", id: "10" });
    expect([...view.orders.entries()].map((e) => e.chatId)).toEqual([2]);
  });

  it("groups by the given key function (e.g. one group per chat)", async () => {
    await other.orders.track(order(1, "10", 7));
    await other.orders.track(order(2, "20", 7));
    const byOwner = new TrackingView(leader);
    await byOwner.sync(1);
    expect(byOwner.orders.groups.size).toBe(1);
    const byChat = new TrackingView(leader, (item) => `${item.panelId}|${item.owner}|${item.chatId}`);
    await byChat.sync(1);
    expect(byChat.orders.groups.size).toBe(2);
  });
});

describe("a group's slots and index", () => {
  it("knows when an id is held by two chats, until a rebuild finds it no longer is", () => {
    const group = new MemGroup("k", "main", "u:1", "1");
    for (let i = 0; i < 50; i++) group.set(1, String(100 + i), 0, 0, 0, 0);
    group.set(2, "x-7", 0, 0, 0, 0);
    expect(group.sharesIds).toBe(false);
    group.set(1, "x-7", 0, 0, 0, 0);
    expect(group.sharesIds).toBe(true);
    group.kill(group.find(1, "x-7"));
    group.compact();
    expect(group.sharesIds).toBe(false);
    group.set(3, "120", 0, 0, 0, 0);
    expect(group.sharesIds).toBe(true);
  });

  it("agrees with a plain map through random adds, removals and compactions", () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const ids = ["1", "2", "17", "0017", "x-1", "999999999999999", "123456789012345678", "٣"];
    for (let n = 0; n < 200; n++) ids.push(String(1000 + rand(5000)));
    const group = new MemGroup("k", "main", "u:1", "1");
    const model = new Map<string, number>(); // chat + id → marks
    for (let step = 0; step < 20_000; step++) {
      const chatId = [1, 2, -1001234567890][rand(3)]!;
      const id = ids[rand(ids.length)]!;
      const key = `${chatId}|${id}`;
      const op = rand(10);
      if (op < 5) {
        const marks = rand(1000) * 256 + Mark.HasLast;
        group.set(chatId, id, marks, rand(1 << 30), step, 0);
        model.set(key, marks);
      } else if (op < 8) {
        const slot = group.find(chatId, id);
        if (slot >= 0) group.kill(slot);
        model.delete(key);
      } else if (op < 9) group.compact();
      else {
        const slot = group.find(chatId, id);
        expect(slot >= 0).toBe(model.has(key));
        if (slot >= 0) {
          expect(group.idOf(slot)).toBe(id);
          expect(group.chatOf(slot)).toBe(chatId);
          expect(group.statusOf(slot) * 256 + group.flagsOf(slot)).toBe(model.get(key));
        }
      }
      expect(group.size).toBe(model.size);
      // An id held by two chats is always known (a batch then counts distinct ids with a set).
      const held = [...model.keys()].map((k) => k.slice(k.indexOf("|") + 1));
      if (new Set(held).size < held.length) expect(group.sharesIds).toBe(true);
    }
    const live: string[] = [];
    for (let slot = 0; slot < group.slots; slot++) if (!group.dead(slot)) live.push(`${group.chatOf(slot)}|${group.idOf(slot)}`);
    expect(live.sort()).toEqual([...model.keys()].sort());
  });
});

describe("adaptive polling", () => {
  const min = 60_000;
  it("full rate after a change, then a pause growing with the quiet time, capped; 0 turns it off", () => {
    const p = { fullRateMs: 60 * min, maxIntervalMs: 15 * min, growth: 0.25 };
    expect(nextPollAt(p, 10 * min, 0, min)).toBe(0);
    expect(nextPollAt(p, 59 * min, 0, min)).toBe(0);
    expect(nextPollAt(p, 60 * min, 0, min)).toBe(60 * min + 15 * min - min / 2);
    expect(nextPollAt(p, 600 * min, 0, min)).toBe(600 * min + 15 * min - min / 2);
    expect(nextPollAt({ ...p, growth: 0.01 }, 60 * min, 0, min)).toBe(0); // pause shorter than a cycle
    expect(nextPollAt({ ...p, maxIntervalMs: 0 }, 600 * min, 0, min)).toBe(0);
    expect(DEFAULT_ADAPTIVE.maxIntervalMs).toBeGreaterThan(0);
  });
});

describe("per-host limits", () => {
  it("spaces calls to the rate and shares a Retry-After pause", async () => {
    const limiter = new HostLimiter({ concurrency: 4, ratePerSecond: 20 });
    const starts: number[] = [];
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => limiter.run(async () => void starts.push(Date.now() - t0))));
    expect(starts[4]!).toBeGreaterThanOrEqual(190); // 5 calls at 20/s: the last one ≥ 200 ms after the first
    limiter.pause(150);
    expect(limiter.pausedUntil).toBeGreaterThan(Date.now());
    const t1 = Date.now();
    await limiter.run(async () => undefined);
    expect(Date.now() - t1).toBeGreaterThanOrEqual(140);
  });

  it("reads PANEL_HOST_CONCURRENCY, PANEL_HOST_RATE and per-host overrides; refuses bad ones", () => {
    const base = { BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", ENCRYPTION_KEY: KEY } as NodeJS.ProcessEnv;
    expect(loadConfig(base).panelHostLimits).toEqual({ default: { concurrency: 4, ratePerSecond: 0 }, hosts: {} });
    const c = loadConfig({
      ...base,
      PANEL_HOST_CONCURRENCY: "2",
      PANEL_HOST_RATE: "5",
      PANEL_HOST_LIMITS: "Big.example=16/50, small.example:8443=1",
    });
    expect(c.panelHostLimits).toEqual({
      default: { concurrency: 2, ratePerSecond: 5 },
      hosts: { "big.example": { concurrency: 16, ratePerSecond: 50 }, "small.example:8443": { concurrency: 1, ratePerSecond: 5 } },
    });
    expect(() => parseHostLimits("nohost", { concurrency: 1, ratePerSecond: 0 })).toThrow(/host=concurrency/);
    expect(() => loadConfig({ ...base, PANEL_HOST_LIMITS: "a.example=0" })).toThrow(/1-64/);
    expect(loadConfig({ ...base, TRACK_MAX_INTERVAL_MINUTES: "0" }).adaptive.maxIntervalMs).toBe(0);
  });
});
