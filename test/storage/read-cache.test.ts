/**
 * The in-memory read cache of a database only this process writes (src/storage/read-cache.ts):
 * hits, absent keys, write-through, eviction, and — the part that can go wrong — reads and writes
 * of the same key in flight at once: a read that started before a write ended never leaves its
 * (older) value in the cache. Also the cache as the bot's storage opens it: SQLite only.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Backend, BackendEntry } from "../../src/storage/backend.js";
import { ReadCacheBackend } from "../../src/storage/read-cache.js";
import { createStorage, DEFAULT_PREFS, type Storage } from "../../src/storage/index.js";
import { BACKENDS, noteSkipped, openTestStorage, TEST_KEY, type TestStorage } from "./backends.js";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

noteSkipped("read-cache.test");

/** A deferred step: a call waits at it until the test lets it go. */
function gate(): { wait: Promise<void>; open(): void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/**
 * A backend over a Map. Every call can be held (`hold`): reads take their value when let go,
 * writes apply when let go. Counts the calls that reached it.
 */
class MapBackend implements Backend {
  readonly kind = "sqlite" as const;
  readonly data = new Map<string, string>();
  readonly calls = { get: 0, getMany: 0, set: 0, delete: 0, setMany: 0, deleteMany: 0, has: 0 };
  /** The next call waits at this gate (then it is cleared). */
  hold: Promise<void> | undefined;
  /** The next write fails (after applying, when `applied`). */
  failNext: { applied: boolean } | undefined;
  /** Extra waits before and after the moment a call reads or writes (random interleavings). */
  pause: () => Promise<void> = async () => undefined;

  async #gate(): Promise<void> {
    const h = this.hold;
    this.hold = undefined;
    await this.pause();
    if (h) await h;
  }
  #fail(apply: () => void): void {
    const f = this.failNext;
    this.failNext = undefined;
    if (!f) return apply();
    if (f.applied) apply();
    throw new Error("write failed");
  }
  async get(key: string): Promise<string | undefined> {
    this.calls.get++;
    await this.#gate();
    const v = this.data.get(key);
    await this.pause();
    return v;
  }
  async getMany(keys: string[]): Promise<Array<string | undefined>> {
    this.calls.getMany++;
    await this.#gate();
    const v = keys.map((k) => this.data.get(k));
    await this.pause();
    return v;
  }
  async set(key: string, value: string): Promise<void> {
    this.calls.set++;
    await this.#gate();
    this.#fail(() => this.data.set(key, value));
    await this.pause();
  }
  async delete(key: string): Promise<boolean> {
    this.calls.delete++;
    await this.#gate();
    const had = this.data.has(key);
    this.#fail(() => this.data.delete(key));
    await this.pause();
    return had;
  }
  async deleteMany(keys: string[]): Promise<boolean> {
    this.calls.deleteMany++;
    await this.#gate();
    const had = keys.some((k) => this.data.has(k));
    this.#fail(() => keys.forEach((k) => this.data.delete(k)));
    await this.pause();
    return had;
  }
  async has(key: string): Promise<boolean> {
    this.calls.has++;
    await this.#gate();
    return this.data.has(key);
  }
  async hasMany(keys: string[]): Promise<boolean[]> {
    await this.#gate();
    return keys.map((k) => this.data.has(k));
  }
  async setMany(entries: BackendEntry[]): Promise<void> {
    this.calls.setMany++;
    await this.#gate();
    this.#fail(() => entries.forEach((e) => this.data.set(e.key, e.value)));
    await this.pause();
  }
  async *scan(prefix: string): AsyncGenerator<[string, string], void> {
    await this.#gate();
    for (const [k, v] of [...this.data]) if (k.startsWith(prefix)) yield [k, v];
  }
  async deletePrefix(prefix: string): Promise<void> {
    await this.#gate();
    for (const k of [...this.data.keys()]) if (k.startsWith(prefix)) this.data.delete(k);
    await this.pause();
  }
  async close(): Promise<void> {}
}

const cached = (inner: Backend, maxEntries = 100, extra: { maxChars?: number; maxValueChars?: number } = {}) =>
  new ReadCacheBackend(inner, { prefixes: ["p:", "q:"], maxEntries, ...extra });

describe("ReadCacheBackend", () => {
  it("answers a second read of a kept namespace from memory, absent keys included; other keys always reach the database", async () => {
    const inner = new MapBackend();
    inner.data.set("p:1", "one");
    const c = cached(inner);
    expect(await c.get("p:1")).toBe("one");
    expect(await c.get("p:1")).toBe("one");
    expect(await c.get("p:none")).toBeUndefined();
    expect(await c.get("p:none")).toBeUndefined();
    expect(inner.calls.get).toBe(2);
    expect(await c.getMany(["p:1", "p:none"])).toEqual(["one", undefined]);
    expect(inner.calls.getMany).toBe(0);
    // A mixed read asks the database only for what is not kept, and keeps what it gets.
    inner.data.set("q:2", "two");
    inner.data.set("x:3", "three");
    expect(await c.getMany(["p:1", "q:2", "x:3", "p:none"])).toEqual(["one", "two", "three", undefined]);
    expect(inner.calls.getMany).toBe(1);
    expect(await c.getMany(["q:2", "p:1"])).toEqual(["two", "one"]);
    expect(inner.calls.getMany).toBe(1);
    expect(await c.get("x:3")).toBe("three");
    expect(await c.get("x:3")).toBe("three");
    expect(inner.calls.get).toBe(4);
    expect(await c.has("p:1")).toBe(true);
    expect(await c.has("p:none")).toBe(false);
    expect(inner.calls.has).toBe(0);
    expect(c.stats).toMatchObject({ entries: 3, chars: "p:1one".length + "q:2two".length + "p:none".length });
    expect(c.stats.hits).toBeGreaterThan(0);
  });

  it("writes through: set, delete, setMany and deleteMany change what the next read answers, without reading", async () => {
    const inner = new MapBackend();
    const c = cached(inner);
    expect(await c.get("p:1")).toBeUndefined();
    await c.set("p:1", "a");
    expect(await c.get("p:1")).toBe("a");
    await c.setMany([
      { key: "p:1", value: "b" },
      { key: "p:2", value: "c" },
      { key: "x:9", value: "d" },
    ]);
    expect(await c.getMany(["p:1", "p:2"])).toEqual(["b", "c"]);
    expect(await c.delete("p:1")).toBe(true);
    expect(await c.get("p:1")).toBeUndefined();
    expect(await c.deleteMany(["p:2", "x:9"])).toBe(true);
    expect(await c.get("p:2")).toBeUndefined();
    expect(inner.calls.get + inner.calls.getMany).toBe(1);
    expect(inner.data.size).toBe(0);
  });

  it("a failed write drops the key (the database may or may not hold the value): the next read asks the database", async () => {
    for (const applied of [false, true]) {
      const inner = new MapBackend();
      const c = cached(inner);
      await c.set("p:1", "old");
      inner.failNext = { applied };
      await expect(c.set("p:1", "new")).rejects.toThrow("write failed");
      const reads = inner.calls.get;
      expect(await c.get("p:1")).toBe(applied ? "new" : "old");
      expect(inner.calls.get).toBe(reads + 1);
      inner.failNext = { applied };
      await expect(c.setMany([{ key: "p:1", value: "many" }])).rejects.toThrow("write failed");
      expect(await c.get("p:1")).toBe(applied ? "many" : applied ? "new" : "old");
      inner.failNext = { applied };
      await expect(c.delete("p:1")).rejects.toThrow("write failed");
      expect(await c.get("p:1")).toBe(applied ? undefined : "old");
    }
  });

  it("a read that started before a write ended never keeps its older value", async () => {
    const inner = new MapBackend();
    inner.data.set("p:1", "old");
    const c = cached(inner);
    // The read reaches the database, waits there; the write starts and ends; then the read takes the old value.
    const g = gate();
    inner.hold = g.wait;
    const read = c.get("p:1");
    await Promise.resolve();
    await c.set("p:1", "new");
    // The read has not taken its value yet: let it take the new one? No — make it answer the old one.
    inner.data.set("p:1", "old"); // what the read sees (a snapshot from before the write)
    g.open();
    expect(await read).toBe("old");
    inner.data.set("p:1", "new");
    expect(await c.get("p:1")).toBe("new");
    // Kept after that read: the next read is from memory.
    const reads = inner.calls.get;
    expect(await c.get("p:1")).toBe("new");
    expect(inner.calls.get).toBe(reads);
  });

  it("a read that lands while a write is in flight is replaced when the write ends", async () => {
    const inner = new MapBackend();
    inner.data.set("p:1", "old");
    const c = cached(inner);
    const g = gate();
    inner.hold = g.wait;
    const write = c.set("p:1", "new");
    expect(await c.get("p:1")).toBe("old"); // the write has not applied yet
    g.open();
    await write;
    const reads = inner.calls.get;
    expect(await c.get("p:1")).toBe("new");
    expect(inner.calls.get).toBe(reads); // the write's own value, kept
  });

  it("two writes of one key in flight: the earlier one ending last leaves nothing stale", async () => {
    const inner = new MapBackend();
    const c = cached(inner);
    const g1 = gate();
    inner.hold = g1.wait;
    const w1 = c.set("p:1", "first");
    await c.set("p:1", "second"); // ends first
    inner.data.set("p:1", "second");
    g1.open();
    await w1; // applies "first" in the database
    expect(await c.get("p:1")).toBe(inner.data.get("p:1"));
  });

  it("deletePrefix drops the kept keys under it, and a read in flight does not bring one back", async () => {
    const inner = new MapBackend();
    inner.data.set("p:1", "a");
    inner.data.set("q:1", "b");
    const c = cached(inner);
    await c.getMany(["p:1", "q:1"]);
    const g = gate();
    inner.hold = g.wait;
    const read = c.get("p:2");
    inner.data.set("p:2", "c");
    await Promise.resolve();
    await c.deletePrefix("p:");
    g.open();
    expect(await read).toBeUndefined(); // p:2 was read after the delete
    inner.data.set("p:2", "late"); // as if the read had seen it before the delete…
    expect(await c.get("p:1")).toBeUndefined();
    expect(await c.get("q:1")).toBe("b");
    expect(await c.get("p:2")).toBe("late"); // …it was not kept: read again
  });

  it("keeps at most maxEntries keys and maxChars characters (keys and values), least recently used out first; a long value is not kept", async () => {
    const inner = new MapBackend();
    for (let i = 0; i < 10; i++) inner.data.set(`p:${i}`, "x".repeat(10));
    const c = cached(inner, 3, { maxChars: 30, maxValueChars: 12 });
    for (let i = 0; i < 3; i++) await c.get(`p:${i}`);
    expect(c.stats).toMatchObject({ entries: 2, chars: 26 }); // 3 × (3 + 10) = 39 > 30: p:0 went
    await c.get("p:1"); // p:1 is now the most recently used
    await c.get("p:x");
    await c.get("p:y"); // absent keys count their key: 4 keys > 3, so p:2 goes
    expect(c.stats).toMatchObject({ entries: 3, chars: 19 });
    const reads = inner.calls.get;
    await c.get("p:1");
    expect(inner.calls.get).toBe(reads);
    await c.get("p:2");
    expect(inner.calls.get).toBe(reads + 1);
    expect(c.stats.chars).toBeLessThanOrEqual(30);
    inner.data.set("p:long", "y".repeat(13));
    await c.get("p:long");
    await c.get("p:long");
    expect(inner.calls.get).toBe(reads + 3);
  });

  it("with maxEntries 0 keeps nothing", async () => {
    const inner = new MapBackend();
    const c = cached(inner, 0);
    await c.get("p:1");
    await c.get("p:1");
    expect(inner.calls.get).toBe(2);
    expect(c.stats.entries).toBe(0);
  });

  it("random interleavings: a read that starts after every write of its key ended answers the database's value; all settled, the cache agrees with the database", async () => {
    for (let seed = 1; seed <= 400; seed++) {
      let s = seed;
      const rand = (n: number) => {
        s = (s * 1103515245 + 12345) % 2147483648;
        return (s >>> 16) % n; // the high bits (an LCG's low bits repeat with a short period)
      };
      const inner = new MapBackend();
      inner.pause = async () => {
        for (let i = rand(4); i > 0; i--) await new Promise<void>((r) => setImmediate(r));
      };
      const c = cached(inner, 2 + rand(4));
      const keys = ["p:a", "p:b", "q:c", "x:d"];
      const writing = new Map<string, number>();
      const writes = new Map<string, number>();
      const begin = (ks: string[]) => ks.forEach((k) => (writing.set(k, (writing.get(k) ?? 0) + 1), writes.set(k, (writes.get(k) ?? 0) + 1)));
      const end = (ks: string[]) => ks.forEach((k) => writing.set(k, writing.get(k)! - 1));
      const problems: string[] = [];
      const worker = async (w: number) => {
        for (let step = 0; step < 25; step++) {
          const op = rand(8);
          const key = keys[rand(keys.length)]!;
          const value = `v${w}.${step}`;
          const fail = rand(10) === 0 ? { applied: rand(2) === 0 } : undefined;
          if (op <= 2) {
            // A read; checked when no write of the key was in flight or started meanwhile.
            const quiet = !writing.get(key);
            const before = writes.get(key) ?? 0;
            const got = op === 2 ? (await c.getMany([key, "p:a"]))[0] : await c.get(key);
            const stillQuiet = quiet && !writing.get(key) && (writes.get(key) ?? 0) === before;
            if (stillQuiet && got !== inner.data.get(key)) problems.push(`seed ${seed}: ${key} read ${got}, database ${inner.data.get(key)}`);
            continue;
          }
          const run = async (ks: string[], f: () => Promise<unknown>) => {
            begin(ks);
            if (fail) inner.failNext = fail;
            try {
              await f();
            } catch {
              // a failed write: the cache must not trust it
            } finally {
              end(ks);
            }
          };
          if (op <= 4) await run([key], () => c.set(key, value));
          else if (op === 5) await run([key], () => c.delete(key));
          else if (op === 6)
            await run([key, "q:c"], () => c.setMany([{ key, value }, ...(key === "q:c" ? [] : [{ key: "q:c", value: `${value}q` }])]));
          else await run(["p:a", "p:b"], () => c.deletePrefix("p:"));
        }
      };
      await Promise.all([0, 1, 2, 3].map(worker));
      expect(problems).toEqual([]);
      for (const key of keys) expect(await c.get(key), `seed ${seed} ${key}`).toBe(inner.data.get(key));
    }
  });
});

describe("the read cache in the storage", () => {
  const dirs: string[] = [];
  let storage: Storage | undefined;
  afterEach(async () => {
    await storage?.close();
    storage = undefined;
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });

  it("on SQLite keeps the per-chat records: the next update's read is from memory, a write is seen at once", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "smmbot-readcache-"));
    dirs.push(dir);
    storage = await createStorage({ dataDir: dir, encryptionKey: TEST_KEY, readCacheEntries: 100 });
    const s = storage;
    const conv = s.secretAdapter<{ step: number }>("conversations");
    const read = () =>
      s.readTogether([s.refs.prefs(5), s.refs.delivery(5), s.refs.adapterValue<{ step: number }>("conversations", "5")] as const);
    expect(await read()).toEqual([DEFAULT_PREFS, { blocked: false }, undefined]);
    const before = s.keyv.readCacheStats!;
    expect(await read()).toEqual([DEFAULT_PREFS, { blocked: false }, undefined]);
    expect(s.keyv.readCacheStats!.hits).toBe(before.hits + 3);
    expect(s.keyv.readCacheStats!.misses).toBe(before.misses);
    await s.prefs.update(5, { language: "de" });
    await s.delivery.set(5, { blocked: true, blockedAt: 1 });
    await conv.write("5", { step: 2 });
    expect(await read()).toEqual([{ ...DEFAULT_PREFS, language: "de" }, { blocked: true, blockedAt: 1 }, { step: 2 }]);
    await conv.delete("5");
    expect((await read())[2]).toBeUndefined();
    // Accounts and other namespaces are not kept.
    expect(s.keyv.readCacheStats!.entries).toBe(3);
  });

  it("is off by default and never on for Redis or PostgreSQL (other instances write them)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "smmbot-readcache-"));
    dirs.push(dir);
    storage = await createStorage({ dataDir: dir, encryptionKey: TEST_KEY });
    expect(storage.keyv.readCacheStats).toBeUndefined();
  });

  for (const backend of BACKENDS.filter((b) => b.name !== "sqlite")) {
    it.skipIf(backend.skip !== undefined)(`is not used on ${backend.name}`, async () => {
      let t: TestStorage | undefined;
      try {
        t = await openTestStorage(backend, { readCacheEntries: 100 });
        expect(t.storage.keyv.readCacheStats).toBeUndefined();
      } finally {
        await t?.dispose();
      }
    });
  }
});
