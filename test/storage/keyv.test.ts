import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createKeyvStore, parseStorageUrl, redactUrl, type KeyvStore } from "../../src/storage/index.js";
import { NamespacedStore } from "../../src/storage/backend.js";
import { BACKENDS, noteSkipped, openTestKeyvStore, sleep, tempDir } from "./backends.js";

noteSkipped("keyv.test");

describe("parseStorageUrl", () => {
  it("maps URLs and bare paths to backends", () => {
    expect(parseStorageUrl()).toEqual({ kind: "sqlite", file: "data/bot.sqlite" });
    expect(parseStorageUrl("")).toEqual({ kind: "sqlite", file: "data/bot.sqlite" });
    expect(parseStorageUrl("sqlite://data/x.sqlite")).toEqual({ kind: "sqlite", file: "data/x.sqlite" });
    expect(parseStorageUrl("sqlite:///var/lib/bot/x.sqlite")).toEqual({ kind: "sqlite", file: "/var/lib/bot/x.sqlite" });
    expect(parseStorageUrl("sqlite://:memory:")).toEqual({ kind: "sqlite", file: ":memory:" });
    expect(parseStorageUrl("/srv/bot.db")).toEqual({ kind: "sqlite", file: "/srv/bot.db" });
    expect(parseStorageUrl("bot.db")).toEqual({ kind: "sqlite", file: "bot.db" });
    expect(parseStorageUrl("redis://h:6379/2")).toEqual({ kind: "redis", url: "redis://h:6379/2" });
    expect(parseStorageUrl("rediss://u:p@h")).toEqual({ kind: "redis", url: "rediss://u:p@h" });
    expect(parseStorageUrl("postgres://u@h/db")).toEqual({ kind: "postgres", url: "postgres://u@h/db" });
    expect(parseStorageUrl("PostgreSQL://u@h/db")).toEqual({ kind: "postgres", url: "PostgreSQL://u@h/db" });
  });

  it("rejects unknown schemes and an empty sqlite path", () => {
    expect(() => parseStorageUrl("mysql://h/db")).toThrow(/Unsupported storage URL scheme "mysql:\/\/"/);
    expect(() => parseStorageUrl("sqlite://")).toThrow(/needs a file path/);
  });

  it("redacts passwords", () => {
    expect(redactUrl("postgres://bot:s3cret@db:5432/x")).toBe("postgres://bot:***@db:5432/x");
    expect(redactUrl("redis://:s3cret@h:6379")).not.toContain("s3cret");
  });
});

describe("createKeyvStore", () => {
  it("creates the SQLite folder and file", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "deep", "er", "bot.sqlite");
    const store = await createKeyvStore(`sqlite://${file}`);
    await store.namespace("a").set("k", 1);
    await store.close();
    await store.close(); // idempotent
    expect((await stat(file)).isFile()).toBe(true);
    await rm(dir, { recursive: true, force: true });
  });

  it("supports sqlite://:memory:", async () => {
    const store = await createKeyvStore("sqlite://:memory:");
    await store.namespace("a").set("k", { x: 1 });
    expect(await store.namespace("a").get("k")).toEqual({ x: 1 });
    await store.close();
  });

  it("fails fast and clearly when Redis or PostgreSQL is unreachable, without leaking the password", async () => {
    const warn = vi.fn();
    const redis = await createKeyvStore("redis://:pw-secret@127.0.0.1:1", { logger: { warn } }).catch((e: Error) => e);
    expect(redis).toBeInstanceOf(Error);
    expect((redis as Error).message).toMatch(/^Cannot connect to Redis: .*ECONNREFUSED.*\(redis:\/\/:\*\*\*@127\.0\.0\.1:1\)$/);
    const pg = await createKeyvStore("postgres://u:pw-secret@127.0.0.1:1/x", { logger: { warn } }).catch((e: Error) => e);
    expect(pg).toBeInstanceOf(Error);
    expect((pg as Error).message).toMatch(/^Cannot use PostgreSQL: .*ECONNREFUSED.*\(postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x\)$/);
    expect(warn).not.toHaveBeenCalled(); // reported once, by the rejection
  });

  it("rejects bad namespace names", async () => {
    const store = await createKeyvStore("sqlite://:memory:");
    expect(() => store.namespace("a:b")).toThrow(/Invalid storage namespace/);
    expect(() => store.namespace("")).toThrow(/Invalid storage namespace/);
    await store.close();
    expect(() => store.namespace("a")).toThrow(/closed/);
  });
});

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip !== undefined)(`namespaces on ${backend.name}`, () => {
    let store: KeyvStore;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await openTestKeyvStore(backend));
    });
    afterEach(async () => {
      await dispose();
    });

    it("isolates the same key in different namespaces (also keys that look prefixed)", async () => {
      const a = store.namespace("a");
      const b = store.namespace("b");
      await a.set("k", "in a");
      await b.set("k", "in b");
      await a.set("b:k", "a's b:k");
      await a.set("a:k", "a's a:k");
      expect(await a.get("k")).toBe("in a");
      expect(await b.get("k")).toBe("in b");
      expect(await a.get("b:k")).toBe("a's b:k");
      expect(await a.get("a:k")).toBe("a's a:k");
      expect(await a.getMany(["k", "a:k", "b:k", "zz"])).toEqual(["in a", "a's a:k", "a's b:k", undefined]);
      expect(await b.has("a:k")).toBe(false);
      expect(await b.delete("b:k")).toBe(false);
      expect(await a.get("b:k")).toBe("a's b:k");
      expect(store.namespace("a")).toBe(a);
    });

    it("writes many entries at once (last value of a repeated key wins) and checks many keys", async () => {
      const a = store.namespace("a");
      const b = store.namespace("b");
      await a.set("old", "before");
      await b.set("x", "b's x");
      await a.setMany([
        { key: "x", value: { n: 1 } },
        { key: "old", value: "after" },
        { key: "odd:key '\"", value: [1, "two"] },
        { key: "x", value: { n: 2 } },
      ]);
      expect(await a.getMany(["x", "old", "odd:key '\"", "nope"])).toEqual([{ n: 2 }, "after", [1, "two"], undefined]);
      expect(await b.get("x")).toBe("b's x");
      expect(await a.hasMany(["x", "nope", "old"])).toEqual([true, false, true]);
      expect(await b.hasMany(["old", "x"])).toEqual([false, true]);
      expect(await a.hasMany([])).toEqual([]);
      await a.setMany([]);

      const big = store.namespace("big");
      const entries = Array.from({ length: 1500 }, (_, i) => ({ key: `k${i}`, value: { i } }));
      // One backend call, not one per entry (Keyv falls back to set() per entry without store.setMany).
      const setMany = vi.spyOn(NamespacedStore.prototype, "setMany");
      const set = vi.spyOn(NamespacedStore.prototype, "set");
      await big.setMany(entries);
      expect(setMany).toHaveBeenCalledTimes(1);
      expect(set).not.toHaveBeenCalled();
      setMany.mockRestore();
      set.mockRestore();
      const keys = entries.map((e) => e.key);
      expect(await big.getMany(keys)).toEqual(entries.map((e) => e.value));
      // Every list length around the backends' short-list form (SQLite names up to 16 keys as parameters), with repeats and misses.
      for (let n = 1; n <= 20; n++) {
        const some = Array.from({ length: n }, (_, i) => (i % 3 === 2 ? `missing${i}` : i % 5 === 4 ? "k0" : `k${i * 7}`));
        expect(await big.getMany(some)).toEqual(some.map((k) => (k.startsWith("missing") ? undefined : { i: Number(k.slice(1)) })));
      }
      expect((await big.hasMany([...keys, "k1500"])).filter(Boolean)).toHaveLength(1500);
    });

    it("setMany honours TTLs", async () => {
      const ttl = store.namespace("ttl");
      await ttl.setMany([
        { key: "short", value: 1, ttl: 60 },
        { key: "long", value: 2 },
      ]);
      expect(await ttl.getMany(["short", "long"])).toEqual([1, 2]);
      await sleep(120);
      expect(await ttl.getMany(["short", "long"])).toEqual([undefined, 2]);
    });

    it("iterates one namespace only, not one whose name starts with it", async () => {
      const orders = store.namespace("orders");
      const orderstate = store.namespace("orderstate");
      await orders.set("1:main:10", { id: 10 });
      await orders.set("2:main:20", { id: 20 });
      await orderstate.set("1:main:10", { final: false });
      const seen: Array<[string, unknown]> = [];
      for await (const entry of orders.iterator!(undefined)) seen.push(entry as [string, unknown]);
      expect(seen.sort()).toEqual([
        ["1:main:10", { id: 10 }],
        ["2:main:20", { id: 20 }],
      ]);
    });

    it("iterates more than one page, and clear() empties only its namespace", async () => {
      const big = store.namespace("big");
      const n = 1234;
      for (let i = 0; i < n; i += 200) {
        await Promise.all(Array.from({ length: Math.min(200, n - i) }, (_, j) => big.set(`k${i + j}`, i + j)));
      }
      await store.namespace("a").set("other", true);
      const keys = new Set<string>();
      let sum = 0;
      for await (const [key, value] of big.iterator!(undefined)) {
        keys.add(key as string);
        sum += value as number;
      }
      expect(keys.size).toBe(n);
      expect(sum).toBe((n * (n - 1)) / 2);

      // Deleting entries already seen does not make the iteration skip others (no OFFSET paging).
      const seen: string[] = [];
      for await (const [key] of big.iterator!(undefined)) {
        seen.push(key as string);
        if (seen.length === 600) await big.deleteMany(seen.slice(0, 550));
      }
      expect(seen).toHaveLength(n);
      expect(new Set(seen).size).toBe(n);
      await big.clear();
      let left = 0;
      for await (const _ of big.iterator!(undefined)) left++;
      expect(left).toBe(0);
      expect(await store.namespace("a").get("other")).toBe(true);
    });

    it("a namespace whose scans take repeats is the same data, iterated in full (another instance)", async () => {
      const plain = store.namespace("rep");
      const repeats = store.namespace("rep", { repeats: true });
      expect(repeats).not.toBe(plain);
      expect(store.namespace("rep", { repeats: true })).toBe(repeats);
      const n = 1234;
      for (let i = 0; i < n; i += 200) {
        await plain.setMany(Array.from({ length: Math.min(200, n - i) }, (_, j) => ({ key: `k${i + j}`, value: i + j })));
      }
      expect(await repeats.get("k7")).toBe(7);
      const keys = new Set<string>();
      for await (const [key] of repeats.iterator!(undefined)) keys.add(key as string);
      expect(keys.size).toBe(n);
    });

    it("expires TTL entries, also during iteration", async () => {
      const ttl = store.namespace("ttl");
      await ttl.set("short", 1, 60);
      await ttl.set("long", 2, 60_000);
      await ttl.set("forever", 3);
      expect(await ttl.get("short")).toBe(1);
      await sleep(120);
      expect(await ttl.get("short")).toBeUndefined();
      await ttl.set("short2", 4, 60);
      await sleep(120);
      const keys: string[] = [];
      for await (const [key] of ttl.iterator!(undefined)) keys.push(key as string);
      expect(keys.sort()).toEqual(["forever", "long"]);
    });

    it("round-trips JSON values faithfully (strings starting with ':' included)", async () => {
      const a = store.namespace("a");
      const value = { s: ":base64:AAAA", t: "::x", n: 1.5, big: "12345678901234567890", arr: [1, null, "x"], nested: { e: {} } };
      await a.set("v", value);
      expect(await a.get("v")).toEqual(value);
    });

    it("rejects keys longer than the key column", async () => {
      await expect(store.namespace("a").set("k".repeat(300), 1)).rejects.toThrow(/Storage key too long/);
    });
  });
}

describe("namespace list", () => {
  it("names every namespace the source opens", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const path = await import("node:path");
    const { NAMESPACES } = await import("../../src/storage/keyv.js");
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = path.join(dir, n);
        return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
      });
    const used = new Set<string>();
    for (const f of files(path.resolve(__dirname, "../../src"))) {
      for (const m of readFileSync(f, "utf8").matchAll(/\.namespace\("([a-z]+)"\)|secretAdapter\("([a-z]+)"\)|plainAdapter\("([a-z]+)"\)/g)) {
        used.add((m[1] ?? m[2] ?? m[3])!);
      }
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((n) => !(NAMESPACES as readonly string[]).includes(n))).toEqual([]);
  });
});
