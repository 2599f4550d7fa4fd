import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createStorage,
  DecryptionError,
  groupOwner,
  userOwner,
  type NewAccount,
  type Storage,
  type TrackedOrder,
  type TrackedRefill,
  type TrackState,
} from "../../src/storage/index.js";
import { BACKENDS, noteSkipped, openTestStorage, sleep, tempDir, TEST_KEY, type TestStorage } from "./backends.js";

noteSkipped("repos.test");

const API_KEY = "RECOGNISABLE-api-key-9f8e7d6c5b4a3210";

const account = (over: Partial<NewAccount> = {}): NewAccount => ({
  panelId: "main",
  apiKey: API_KEY,
  currency: "USD",
  connectedAt: 1_700_000_000_000,
  connectedBy: 42,
  ...over,
});

let seq = 0;
const order = (chatId: number, orderId: string, over: Partial<TrackedOrder> = {}): TrackedOrder => ({
  chatId,
  owner: userOwner(42),
  panelId: "main",
  orderId,
  source: "manual",
  createdAt: 1_700_000_000_000 + seq++,
  ...over,
});

const refill = (chatId: number, refillId: string, over: Partial<TrackedRefill> = {}): TrackedRefill => ({
  chatId,
  owner: userOwner(42),
  panelId: "main",
  refillId,
  orderId: "1000",
  createdAt: 1_700_000_000_000 + seq++,
  ...over,
});

const state = (status: string, final = false): TrackState => ({
  last: { status, at: 1, charge: "0.50", remains: 10 },
  final,
});

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip !== undefined)(`repositories on ${backend.name}`, () => {
    let t: TestStorage;
    let s: Storage;
    beforeEach(async () => {
      t = await openTestStorage(backend);
      s = t.storage;
    });
    afterEach(async () => {
      await t.dispose();
    });

    it("reports its kind", () => {
      expect(s.kind).toBe(backend.name);
    });

    describe("accounts", () => {
      it("stores, reads, replaces and deletes accounts per owner", async () => {
        expect(await s.accounts.get(userOwner(1))).toBeUndefined();
        expect(await s.accounts.list(userOwner(1))).toEqual({ accounts: [] });
        expect((await s.accounts.add(userOwner(1), account())).account.id).toBe("1");
        await s.accounts.add(groupOwner(-1001), account({ apiKey: "group-key", currency: "EUR" }));
        expect(await s.accounts.get(userOwner(1))).toEqual({ ...account(), id: "1" });
        expect((await s.accounts.get(groupOwner(-1001)))?.apiKey).toBe("group-key");
        // The same panel and key again: a reconnect of account 1, not a second account.
        expect(await s.accounts.add(userOwner(1), account({ currency: "EUR" }))).toMatchObject({ replaced: true, account: { id: "1" } });
        // Another key: a second account, made active.
        expect(await s.accounts.add(userOwner(1), account({ apiKey: "new-key" }))).toMatchObject({ replaced: false, account: { id: "2" } });
        expect((await s.accounts.get(userOwner(1)))?.apiKey).toBe("new-key");
        expect((await s.accounts.get(userOwner(1), "1"))?.apiKey).toBe(API_KEY);
        const list = await s.accounts.list(userOwner(1));
        expect(list.active).toBe("2");
        expect(list.accounts.map((a) => [a.id, a.readable])).toEqual([
          ["1", true],
          ["2", true],
        ]);
        expect(JSON.stringify(list)).not.toContain("new-key");
        expect(await s.accounts.activate(userOwner(1), "1")).toBe(true);
        expect(await s.accounts.activate(userOwner(1), "9")).toBe(false);
        expect((await s.accounts.get(userOwner(1)))?.id).toBe("1");
        expect(await s.accounts.rename(userOwner(1), "2", "  Main\n<shop>  ")).toBe(true);
        expect((await s.accounts.get(userOwner(1), "2"))?.label).toBe("Main <shop>");
        // Removing the active account activates another; ids are never reused.
        expect((await s.accounts.delete(userOwner(1)))?.id).toBe("1");
        expect((await s.accounts.list(userOwner(1))).active).toBe("2");
        expect((await s.accounts.add(userOwner(1), account({ apiKey: "third" }))).account.id).toBe("3");
        expect(await s.accounts.deleteAll(userOwner(1))).toBe(2);
        expect(await s.accounts.delete(userOwner(1))).toBeUndefined();
        expect(await s.accounts.get(userOwner(1))).toBeUndefined();
        expect(await s.accounts.get(groupOwner(-1001))).toBeDefined();
      });

      it("holds at most ten accounts per owner", async () => {
        for (let i = 0; i < 10; i++) await s.accounts.add(userOwner(3), account({ apiKey: `key-number-${i}` }));
        await expect(s.accounts.add(userOwner(3), account({ apiKey: "eleventh" }))).rejects.toThrow(/At most 10/);
        // A reconnect of one of them is still allowed.
        expect((await s.accounts.add(userOwner(3), account({ apiKey: "key-number-4" }))).account.id).toBe("5");
      });

      it("moves every account of a group to its supergroup, keys re-bound", async () => {
        await s.accounts.add(groupOwner(-5), account());
        await s.accounts.add(groupOwner(-5), account({ apiKey: "second-key", panelId: "other" }));
        expect(await s.accounts.transfer(groupOwner(-5), groupOwner(-1005))).toBe(2);
        expect(await s.accounts.list(groupOwner(-5))).toEqual({ accounts: [] });
        expect((await s.accounts.get(groupOwner(-1005), "2"))?.apiKey).toBe("second-key");
        expect((await s.accounts.list(groupOwner(-1005))).active).toBe("2");
        expect(await s.accounts.transfer(groupOwner(-5), groupOwner(-1005))).toBe(0);
      });

      it("stores the API key encrypted, bound to its owner", async () => {
        await s.accounts.add(userOwner(7), account());
        await s.accounts.add(userOwner(8), account({ apiKey: "eight" }));
        const raw = s.keyv.namespace<unknown>("accounts");
        const stored = await raw.get("u:7");
        expect(JSON.stringify(stored)).toMatch(/"apiKey":"v1:/);
        expect(JSON.stringify(stored)).not.toContain(API_KEY);
        // A ciphertext copied to another owner does not decrypt there.
        await raw.set("u:8", stored!);
        await expect(s.accounts.get(userOwner(8))).rejects.toThrow(DecryptionError);
        expect((await s.accounts.list(userOwner(8))).accounts[0]?.readable).toBe(false);
        // Reconnecting that panel replaces the unreadable account in place.
        expect((await s.accounts.add(userOwner(8), account({ apiKey: "eight" }))).replaced).toBe(true);
        expect((await s.accounts.get(userOwner(8)))?.apiKey).toBe("eight");
      });

      it("cannot be read with another encryption key", async () => {
        await s.accounts.add(userOwner(9), account());
        if (backend.name !== "sqlite") return; // the other backends are shared: covered by the AAD test
        await s.close();
        const other = await createStorage({
          url: backend.url(t.dir),
          dataDir: t.dir,
          encryptionKey: "1f".repeat(32),
          namespacePrefix: t.prefix,
        });
        await expect(other.accounts.get(userOwner(9))).rejects.toThrow(/encrypted with another key/);
        await other.close();
        t.storage = s = await createStorage({ url: backend.url(t.dir), dataDir: t.dir, encryptionKey: TEST_KEY, namespacePrefix: t.prefix });
        expect((await s.accounts.get(userOwner(9)))?.apiKey).toBe(API_KEY);
      });
    });

    describe("prefs", () => {
      it("defaults to notifications on, progress off", async () => {
        expect(await s.prefs.get(5)).toEqual({ notifications: true, progress: false });
      });

      it("merges updates and returns the result", async () => {
        expect(await s.prefs.update(5, { language: "sl" })).toEqual({ language: "sl", notifications: true, progress: false });
        expect(await s.prefs.update(5, { progress: true })).toEqual({ language: "sl", notifications: true, progress: true });
        expect(await s.prefs.update(5, { notifications: false })).toEqual({ language: "sl", notifications: false, progress: true });
        expect(await s.prefs.get(5)).toEqual({ language: "sl", notifications: false, progress: true });
        expect(await s.prefs.get(-5)).toEqual({ notifications: true, progress: false });
        expect(await s.prefs.update(5, { language: undefined, progress: undefined })).toEqual({ notifications: false, progress: false });
      });
    });

    describe("orders", () => {
      it("tracks, gets and lists newest first with states; re-tracking moves to the front", async () => {
        await s.orders.track(order(1, "101"));
        await s.orders.track(order(1, "102", { source: "bot", price: "1.25", serviceName: "Likes" }));
        await s.orders.track(order(1, "103", { panelId: "other" }));
        await s.orders.track(order(2, "201"));
        expect(await s.orders.get(1, "main", "102")).toMatchObject({ orderId: "102", price: "1.25", source: "bot" });
        expect(await s.orders.get(1, "main", "999")).toBeUndefined();
        expect(await s.orders.get(2, "main", "102")).toBeUndefined();

        await s.orders.setState(1, "main", "101", state("In progress"));
        let list = await s.orders.listByChat(1);
        expect(list.total).toBe(3);
        expect(list.items.map((i) => `${i.order.panelId}/${i.order.orderId}`)).toEqual(["other/103", "main/102", "main/101"]);
        expect(list.items[2]!.state).toEqual(state("In progress"));
        expect(list.items[0]).not.toHaveProperty("state");

        await s.orders.track(order(1, "101", { link: "https://x" }));
        list = await s.orders.listByChat(1);
        expect(list.total).toBe(3);
        expect(list.items.map((i) => i.order.orderId)).toEqual(["101", "103", "102"]);
        expect(list.items[0]!.order.link).toBe("https://x");
        expect(list.items[0]!.state).toEqual(state("In progress")); // replacing metadata keeps the state
      });

      it("paginates with offset and limit", async () => {
        for (let i = 1; i <= 7; i++) await s.orders.track(order(3, String(i)));
        const page = async (offset: number, limit: number) =>
          (await s.orders.listByChat(3, { offset, limit })).items.map((i) => i.order.orderId);
        expect(await page(0, 3)).toEqual(["7", "6", "5"]);
        expect(await page(3, 3)).toEqual(["4", "3", "2"]);
        expect(await page(6, 3)).toEqual(["1"]);
        expect(await page(9, 3)).toEqual([]);
        expect((await s.orders.listByChat(3, { offset: 6, limit: 3 })).total).toBe(7);
        expect(await s.orders.listByChat(4)).toEqual({ total: 0, items: [] });
      });

      it("untracks completely", async () => {
        await s.orders.track(order(1, "101"));
        await s.orders.track(order(1, "102"));
        await s.orders.setState(1, "main", "101", state("Pending"));
        expect(await s.orders.untrack(1, "main", "101")).toBe(true);
        expect(await s.orders.untrack(1, "main", "101")).toBe(false);
        expect(await s.orders.get(1, "main", "101")).toBeUndefined();
        expect(await s.orders.getState(1, "main", "101")).toBeUndefined();
        expect((await s.orders.listByChat(1)).items.map((i) => i.order.orderId)).toEqual(["102"]);
        expect((await collect(s.orders.iterate())).map((o) => o.orderId)).toEqual(["102"]);
        // The poller finishing a check after the untrack does not bring the state back…
        await s.orders.setState(1, "main", "101", state("Completed", true));
        expect(await s.orders.getState(1, "main", "101")).toBeUndefined();
        // …and tracking the order again starts fresh.
        await s.orders.track(order(1, "101"));
        expect(await s.orders.getState(1, "main", "101")).toBeUndefined();
        expect((await s.orders.listByChat(1)).items.map((i) => i.order.orderId)).toEqual(["101", "102"]);
      });

      it("iterates every tracked order of every chat", async () => {
        const tracked = [order(1, "1"), order(1, "2", { panelId: "p2" }), order(-1002, "3", { owner: groupOwner(-1002) }), order(9, "4")];
        for (const o of tracked) await s.orders.track(o);
        await s.orders.setState(1, "main", "1", state("Pending"));
        const seen = await collect(s.orders.iterate());
        const byId = (a: TrackedOrder, b: TrackedOrder) => a.orderId.localeCompare(b.orderId);
        expect(seen.sort(byId)).toEqual([...tracked].sort(byId));
      });

      it("iterates chat by chat where the backend scans in key order (not Redis)", async () => {
        expect(s.orders.iteratesByChat).toBe(backend.name !== "redis");
        expect(s.refills.iteratesByChat).toBe(backend.name !== "redis");
        if (!s.orders.iteratesByChat) return;
        // Chat ids that share digits ("12" is a prefix of "123") and negative ones, interleaved.
        const chats = [12, 123, 1, -1002, 1234, -100, 12];
        for (const [i, chatId] of chats.entries()) {
          await s.orders.track(order(chatId, `o${i}`));
          await s.orders.track(order(chatId, `p${i}`, { panelId: "other" }));
        }
        const seen = (await collect(s.orders.iterate())).map((o) => o.chatId);
        const runs = seen.filter((c, i) => i === 0 || seen[i - 1] !== c);
        expect(runs.sort()).toEqual([...new Set(chats)].sort());
      });

      it("reads and writes poller states, batched", async () => {
        await s.orders.track(order(1, "1"));
        await s.orders.track(order(2, "2"));
        await s.orders.setState(1, "main", "1", state("Pending"));
        await s.orders.setState(2, "main", "2", { ...state("Completed", true), notified: { status: "Completed", at: 2 }, failures: 0 });
        expect(await s.orders.getState(1, "main", "1")).toEqual(state("Pending"));
        expect(
          await s.orders.getStates([
            { chatId: 2, panelId: "main", orderId: "2" },
            { chatId: 1, panelId: "main", orderId: "nope" },
            { chatId: 1, panelId: "main", orderId: "1" },
          ]),
        ).toEqual([{ ...state("Completed", true), notified: { status: "Completed", at: 2 }, failures: 0 }, undefined, state("Pending")]);
        expect(await s.orders.getStates([])).toEqual([]);
      });

      it("writes states in batches, skipping orders that are not (or no longer) tracked", async () => {
        await s.orders.track(order(1, "1"));
        await s.orders.track(order(1, "2"));
        await s.orders.track(order(2, "3", { panelId: "p:2" }));
        await s.orders.setState(1, "main", "2", state("Pending"));
        await s.orders.untrack(1, "main", "1");
        await s.orders.setStates([
          { chatId: 1, panelId: "main", orderId: "1", state: state("Completed", true) }, // untracked meanwhile
          { chatId: 1, panelId: "main", orderId: "2", state: state("In progress") },
          { chatId: 2, panelId: "p:2", orderId: "3", state: { ...state("Partial", true), notified: { status: "Partial", at: 3 } } },
          { chatId: 9, panelId: "main", orderId: "9", state: state("Pending") }, // never tracked
          { chatId: 1, panelId: "main", orderId: "2", state: state("Completed", true) }, // the last one wins
        ]);
        expect(
          await s.orders.getStates([
            { chatId: 1, panelId: "main", orderId: "1" },
            { chatId: 1, panelId: "main", orderId: "2" },
            { chatId: 2, panelId: "p:2", orderId: "3" },
            { chatId: 9, panelId: "main", orderId: "9" },
          ]),
        ).toEqual([undefined, state("Completed", true), { ...state("Partial", true), notified: { status: "Partial", at: 3 } }, undefined]);
        // Tracking the untracked order again starts without state: nothing was left behind.
        await s.orders.track(order(1, "1"));
        expect(await s.orders.getState(1, "main", "1")).toBeUndefined();
        await s.orders.setStates([]);
      });

      it("writes more states than one batch holds", async () => {
        const n = 1203;
        const o = order(5, "x");
        const keys = Array.from({ length: n }, (_, i) => ({ chatId: 5, panelId: "main", orderId: String(i) }));
        // Metadata written directly (track() keeps a capped per-chat index, not wanted here).
        const meta = s.keyv.namespace<TrackedOrder>("orders");
        await meta.setMany(keys.filter((_, i) => i % 2 === 0).map((k) => ({ key: `5:main:${k.orderId}`, value: { ...o, orderId: k.orderId } })));
        await s.orders.setStates(keys.map((k) => ({ ...k, state: state(`S${k.orderId}`) })));
        const states = await s.orders.getStates(keys);
        expect(states.filter((x) => x !== undefined)).toHaveLength(Math.ceil(n / 2));
        expect(states[1202]).toEqual(state("S1202"));
        expect(states[1201]).toBeUndefined();
      });

      it("keeps ids with unusual characters apart", async () => {
        await s.orders.track(order(1, "1:2", { panelId: "a" }));
        await s.orders.track(order(1, "2", { panelId: "a:1" }));
        expect((await s.orders.get(1, "a", "1:2"))?.panelId).toBe("a");
        expect((await s.orders.get(1, "a:1", "2"))?.panelId).toBe("a:1");
        expect(await s.orders.untrack(1, "a", "1:2")).toBe(true);
        expect(await s.orders.get(1, "a:1", "2")).toBeDefined();
      });

      it("rejects invalid chat ids", async () => {
        await expect(s.orders.get(Number.NaN, "main", "1")).rejects.toThrow(/Invalid chat id/);
        await expect(s.prefs.get(1.5)).rejects.toThrow(/Invalid chat id/);
      });
    });

    describe("refills", () => {
      it("tracks, lists, iterates, keeps state and untracks", async () => {
        await s.refills.track(refill(1, "r1"));
        await s.refills.track(refill(1, "r2"));
        await s.refills.track(refill(2, "r3"));
        expect(await s.refills.get(1, "main", "r1")).toEqual(expect.objectContaining({ refillId: "r1", orderId: "1000" }));
        await s.refills.setState(1, "main", "r1", { last: { status: "Pending", at: 1 }, final: false });
        expect(await s.refills.getState(1, "main", "r1")).toEqual({ last: { status: "Pending", at: 1 }, final: false });
        expect((await collect(s.refills.iterate())).map((r) => r.refillId).sort()).toEqual(["r1", "r2", "r3"]);
        expect(await s.refills.untrack(1, "main", "r1")).toBe(true);
        expect(await s.refills.untrack(1, "main", "r1")).toBe(false);
        expect(await s.refills.getState(1, "main", "r1")).toBeUndefined();
        await s.refills.setState(1, "main", "r1", { final: true });
        expect(await s.refills.getState(1, "main", "r1")).toBeUndefined();
        await s.refills.setStates([
          { chatId: 1, panelId: "main", refillId: "r1", state: { final: true } },
          { chatId: 1, panelId: "main", refillId: "r2", state: { last: { status: "Completed", at: 2 }, final: true } },
          { chatId: 2, panelId: "main", refillId: "r3", state: { last: { status: "In progress", at: 2 }, final: false } },
        ]);
        expect(
          await s.refills.getStates([
            { chatId: 1, panelId: "main", refillId: "r1" },
            { chatId: 1, panelId: "main", refillId: "r2" },
            { chatId: 2, panelId: "main", refillId: "r3" },
          ]),
        ).toEqual([undefined, { last: { status: "Completed", at: 2 }, final: true }, { last: { status: "In progress", at: 2 }, final: false }]);
        expect((await collect(s.refills.iterate())).map((r) => r.refillId).sort()).toEqual(["r2", "r3"]);
      });
    });

    describe("delivery", () => {
      it("defaults to not blocked and stores blocked flags per chat", async () => {
        expect(await s.delivery.get(1)).toEqual({ blocked: false });
        await s.delivery.set(1, { blocked: true, blockedAt: 123 });
        expect(await s.delivery.get(1)).toEqual({ blocked: true, blockedAt: 123 });
        expect(await s.delivery.get(2)).toEqual({ blocked: false });
        await s.delivery.set(1, { blocked: false });
        expect(await s.delivery.get(1)).toEqual({ blocked: false });
      });
    });

    describe("cache", () => {
      it("returns values until their TTL passes", async () => {
        const services = [{ id: "1", name: "Likes", rate: "0.45" }];
        await s.cache.set("services:main", services, 80);
        await s.cache.set("admins:-100", [1, 2], 60_000);
        expect(await s.cache.get("services:main")).toEqual(services);
        await sleep(150);
        expect(await s.cache.get("services:main")).toBeUndefined();
        expect(await s.cache.get("admins:-100")).toEqual([1, 2]);
        await s.cache.delete("admins:-100");
        expect(await s.cache.get("admins:-100")).toBeUndefined();
        expect(await s.cache.get("never")).toBeUndefined();
      });

      it("refuses a TTL that would mean forever", async () => {
        await expect(s.cache.set("k", 1, 0)).rejects.toThrow(RangeError);
        await expect(s.cache.set("k", 1, Number.NaN)).rejects.toThrow(RangeError);
      });
    });
  });
}

describe("createStorage defaults", () => {
  it("uses <dataDir>/bot.sqlite and generates <dataDir>/encryption.key once, with a warning", async () => {
    const dir = await tempDir();
    const data = path.join(dir, "data");
    const warn = vi.fn();
    const first = await createStorage({ dataDir: data, logger: { warn } });
    expect(first.kind).toBe("sqlite");
    await first.accounts.add(userOwner(1), account());
    await first.close();
    await first.close();
    expect((await readdir(data)).sort()).toEqual(expect.arrayContaining(["bot.sqlite", "encryption.key"]));
    expect(warn).toHaveBeenCalledTimes(1);
    const second = await createStorage({ dataDir: data, logger: { warn } });
    expect((await second.accounts.get(userOwner(1)))?.apiKey).toBe(API_KEY);
    await second.close();
    expect(warn).toHaveBeenCalledTimes(1);
    await rm(dir, { recursive: true, force: true });
  });

  it("rejects a malformed ENCRYPTION_KEY before touching the database", async () => {
    const dir = await tempDir();
    await expect(createStorage({ dataDir: dir, encryptionKey: "short" })).rejects.toThrow(/ENCRYPTION_KEY must be 32 bytes/);
    expect(await readdir(dir)).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });
});

describe("order index cap (sqlite)", () => {
  it("untracks the oldest orders beyond the cap", async () => {
    const t = await openTestStorage(BACKENDS[0]!, { indexCap: 3 });
    const s = t.storage;
    for (let i = 1; i <= 5; i++) await s.orders.track(order(1, String(i)));
    await s.orders.track(order(1, "3")); // re-tracking does not evict
    const list = await s.orders.listByChat(1);
    expect(list.total).toBe(3);
    expect(list.items.map((i) => i.order.orderId)).toEqual(["3", "5", "4"]);
    expect(await s.orders.get(1, "main", "1")).toBeUndefined();
    expect((await collect(s.orders.iterate())).map((o) => o.orderId).sort()).toEqual(["3", "4", "5"]);
    await t.dispose();
  });
});

describe("encryption at rest (sqlite file)", () => {
  it("never writes the API key in clear text to any database file", async () => {
    const t = await openTestStorage(BACKENDS[0]!);
    await t.storage.accounts.add(userOwner(77), account());
    await t.storage.secretAdapter<{ typed: string }>("conversations").write("77", { typed: API_KEY });
    await t.storage.prefs.update(77, { language: "en" });
    // Read while open (data may still be in the WAL file) and after close.
    const scan = async (): Promise<Buffer> => {
      const files = await readdir(t.dir);
      return Buffer.concat(await Promise.all(files.filter((f) => f.startsWith("bot.sqlite")).map((f) => readFile(path.join(t.dir, f)))));
    };
    for (const phase of ["open", "closed"]) {
      if (phase === "closed") await t.storage.close();
      const bytes = await scan();
      expect(bytes.includes("accounts:u:77"), `${phase}: the record is there`).toBe(true);
      expect(bytes.includes(API_KEY), `${phase}: the key is not`).toBe(false);
      expect(bytes.includes(Buffer.from(API_KEY, "utf16le"))).toBe(false);
    }
    const reopened = await createStorage({
      url: `sqlite://${path.join(t.dir, "bot.sqlite")}`,
      dataDir: t.dir,
      encryptionKey: TEST_KEY,
      namespacePrefix: t.prefix,
    });
    expect((await reopened.accounts.get(userOwner(77)))?.apiKey).toBe(API_KEY);
    expect(await reopened.secretAdapter<{ typed: string }>("conversations").read("77")).toEqual({ typed: API_KEY });
    t.storage = reopened;
    await t.dispose();
  });
});
