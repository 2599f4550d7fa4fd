/**
 * Catalogues per account (issue 13, item 4): each scope (an account identity) has its own list,
 * freshness and refresh; identical lists of one panel share one index in memory and one stored
 * body; an index no scope uses any more is released; the scopes in memory are bounded.
 */
import { describe, expect, it } from "vitest";
import {
  bodyKeyOf,
  cacheKeyOf,
  Catalogue,
  type StoredCatalogueBody,
  type StoredCatalogueRef,
  type StoredCatalogueV1,
} from "../../src/catalogue/catalogue.js";
import { catalogueHash, catalogueVersion } from "../../src/catalogue/catalogue-index.js";
import { defaultCatalogue } from "../../src/dev/catalogue.js";
import { PanelError } from "../../src/panel/errors.js";
import type { Service } from "../../src/panel/types.js";
import type { CacheRepo } from "../../src/storage/types.js";

/** A JSON-copying cache that counts reads and writes per key. */
class MemoryCache implements CacheRepo {
  map = new Map<string, unknown>();
  reads = new Map<string, number>();
  writes = new Map<string, number>();
  async get<T>(key: string): Promise<T | undefined> {
    this.reads.set(key, (this.reads.get(key) ?? 0) + 1);
    const v = this.map.get(key);
    return v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as T);
  }
  async set<T>(key: string, value: T): Promise<void> {
    this.writes.set(key, (this.writes.get(key) ?? 0) + 1);
    this.map.set(key, JSON.parse(JSON.stringify(value)));
  }
  async delete(key: string): Promise<void> {
    this.map.delete(key);
  }
  keys(prefix: string): string[] {
    return [...this.map.keys()].filter((k) => k.startsWith(prefix));
  }
  sum(counts: Map<string, number>, prefix: string): number {
    let n = 0;
    for (const [k, c] of counts) if (k.startsWith(prefix)) n += c;
    return n;
  }
}

/** The same list with another price for one service (a customer's own price). */
function priced(rate: string): Service[] {
  const list = defaultCatalogue();
  list[0]!.rate = rate;
  return list;
}

/** A panel answering each key with its own list; calls are counted per key and can be held or fail. */
function fakePanel() {
  const lists = new Map<string, Service[]>();
  const calls: string[] = [];
  const state = { fail: false, gate: undefined as Promise<void> | undefined };
  const client = {
    async services(key: string): Promise<Service[]> {
      calls.push(key);
      if (state.gate) await state.gate;
      if (state.fail) throw new PanelError("unavailable", "down");
      return (lists.get(key) ?? defaultCatalogue()).map((s) => ({ ...s }));
    },
  };
  return { lists, calls, state, panels: { find: (id: string) => (id === "main" ? { client } : undefined) } };
}

const TTL = 60_000;

function make(options: { cache?: MemoryCache; maxScopes?: number; panel?: ReturnType<typeof fakePanel> } = {}) {
  const panel = options.panel ?? fakePanel();
  const cache = options.cache ?? new MemoryCache();
  const clock = { now: 1_000_000 };
  const catalogue = new Catalogue({
    cache,
    panels: panel.panels,
    ttlMs: TTL,
    now: () => clock.now,
    ...(options.maxScopes ? { maxScopes: options.maxScopes } : {}),
  });
  return { panel, cache, catalogue, clock, advance: (ms: number) => (clock.now += ms) };
}

describe("Catalogue per scope", () => {
  it("shares one index (and one stored list) between scopes with identical lists", async () => {
    const { panel, cache, catalogue } = make();
    const a = await catalogue.get("main", "key-a", "u:1#1");
    const b = await catalogue.get("main", "key-b", "u:2#1");
    expect(panel.calls).toEqual(["key-a", "key-b"]); // each account's list is asked with its own key
    expect(b).toBe(a);
    expect(catalogue.memoryStats()).toEqual({ scopes: 2, indexes: 1, services: defaultCatalogue().length });
    expect(catalogue.peek("main", "u:1#1")).toBe(a);
    expect(catalogue.peek("main")).toBeUndefined(); // the panel-wide entry is another scope
    // Storage: one small reference per scope, the list once.
    const refA = await cache.get<StoredCatalogueRef>(cacheKeyOf("main", "u:1#1"));
    const refB = await cache.get<StoredCatalogueRef>(cacheKeyOf("main", "u:2#1"));
    expect(refA).toEqual({ v: 2, hash: catalogueHash(defaultCatalogue()), fetchedAt: 1_000_000 });
    expect(refB?.hash).toBe(refA?.hash);
    expect(cache.keys("services-body:")).toEqual([bodyKeyOf("main", refA!.hash)]);
    expect(cache.writes.get(bodyKeyOf("main", refA!.hash))).toBe(1);
    expect(a.version).toBe(catalogueVersion(defaultCatalogue()));
  });

  it("gives scopes with different prices their own index", async () => {
    const { panel, cache, catalogue } = make();
    panel.lists.set("vip", priced("0.42"));
    const normal = await catalogue.get("main", "key-a", "u:1#1");
    const vip = await catalogue.get("main", "vip", "u:2#1");
    expect(vip).not.toBe(normal);
    expect(vip.version).not.toBe(normal.version);
    expect(vip.service(defaultCatalogue()[0]!.id)?.rate).toBe("0.42");
    expect(normal.service(defaultCatalogue()[0]!.id)?.rate).toBe(defaultCatalogue()[0]!.rate);
    expect(catalogue.memoryStats()).toMatchObject({ scopes: 2, indexes: 2 });
    expect(cache.keys("services-body:")).toHaveLength(2);
  });

  it("releases an index (and its stored list) when the last scope using it moves to another list", async () => {
    const { panel, cache, catalogue } = make();
    const old = await catalogue.get("main", "a", "u:1#1");
    await catalogue.get("main", "b", "u:2#1");
    panel.lists.set("a", priced("9.99"));
    const moved = await catalogue.refresh("main", "a", "u:1#1");
    expect(moved).not.toBe(old);
    expect(catalogue.memoryStats()).toMatchObject({ scopes: 2, indexes: 2 }); // u:2#1 still on the old list
    expect(catalogue.peek("main", "u:2#1")).toBe(old);
    expect(cache.keys("services-body:")).toHaveLength(2); // still used by u:2#1
    panel.lists.set("b", priced("9.99"));
    const followed = await catalogue.refresh("main", "b", "u:2#1");
    expect(followed).toBe(moved); // the same list: the index already in memory
    expect(catalogue.memoryStats()).toMatchObject({ scopes: 2, indexes: 1 }); // the old one is gone
    // …and so is its stored copy (SQLite and PostgreSQL would keep an expired one until read).
    expect(cache.keys("services-body:")).toEqual([bodyKeyOf("main", catalogueHash(priced("9.99")))]);
    await catalogue.invalidate("main", "u:1#1");
    expect(catalogue.memoryStats()).toMatchObject({ scopes: 1, indexes: 1 });
    await catalogue.invalidate("main", "u:2#1");
    expect(catalogue.memoryStats()).toEqual({ scopes: 0, indexes: 0, services: 0 });
  });

  it("serves stale while revalidating, per scope: one refresh for the stale scope, none for the fresh one", async () => {
    const { panel, catalogue, advance } = make();
    const a1 = await catalogue.get("main", "a", "u:1#1");
    advance(TTL / 2);
    const b1 = await catalogue.get("main", "b", "u:2#1");
    expect(b1).toBe(a1);
    advance(TTL / 2 + 1); // u:1#1 is stale, u:2#1 still fresh
    panel.lists.set("a", priced("1.23"));
    let release!: () => void;
    panel.state.gate = new Promise((r) => (release = r));
    const served = await Promise.all([
      catalogue.get("main", "a", "u:1#1"),
      catalogue.get("main", "a", "u:1#1"),
      catalogue.get("main", "b", "u:2#1"),
      catalogue.get("main", "a", "u:1#1"),
    ]);
    expect(served.every((i) => i === a1)).toBe(true); // the stale list at once
    expect(panel.calls).toEqual(["a", "b", "a"]); // one refresh, for the stale scope only
    release();
    panel.state.gate = undefined;
    await catalogue.idle();
    const a2 = await catalogue.get("main", "a", "u:1#1");
    expect(a2).not.toBe(a1);
    expect(a2.service(defaultCatalogue()[0]!.id)?.rate).toBe("1.23");
    expect(await catalogue.get("main", "b", "u:2#1")).toBe(a1);
    expect(panel.calls).toEqual(["a", "b", "a"]);
  });

  it("keeps a scope's stale list when its refresh fails", async () => {
    const { panel, catalogue, advance } = make();
    const first = await catalogue.get("main", "a", "u:1#1");
    panel.state.fail = true;
    advance(TTL + 1);
    expect(await catalogue.get("main", "a", "u:1#1")).toBe(first);
    await catalogue.idle();
    expect(await catalogue.get("main", "a", "u:1#1")).toBe(first);
    // A scope with nothing cached fails clearly.
    await expect(catalogue.get("main", "b", "u:2#1")).rejects.toBeInstanceOf(PanelError);
  });

  it("after a restart, reads the shared list from storage once for all scopes and calls no panel", async () => {
    const cache = new MemoryCache();
    const one = make({ cache });
    for (let i = 0; i < 5; i++) await one.catalogue.get("main", `k${i}`, `u:${i}#1`);
    const two = make({ cache });
    const hash = catalogueHash(defaultCatalogue());
    const before = cache.reads.get(bodyKeyOf("main", hash)) ?? 0;
    const got = await Promise.all([0, 1, 2, 3, 4].map((i) => two.catalogue.get("main", `k${i}`, `u:${i}#1`)));
    expect(two.panel.calls).toEqual([]);
    expect(new Set(got).size).toBe(1);
    expect(got[0]!.size).toBe(defaultCatalogue().length);
    expect((cache.reads.get(bodyKeyOf("main", hash)) ?? 0) - before).toBe(1);
    expect(two.catalogue.memoryStats()).toMatchObject({ scopes: 5, indexes: 1 });
  });

  it("refetches when a scope's reference points to a list no longer stored", async () => {
    const cache = new MemoryCache();
    const one = make({ cache });
    await one.catalogue.get("main", "a", "u:1#1");
    for (const k of cache.keys("services-body:")) await cache.delete(k);
    const two = make({ cache });
    const index = await two.catalogue.get("main", "a", "u:1#1");
    expect(two.panel.calls).toEqual(["a"]);
    expect(index.size).toBe(defaultCatalogue().length);
    expect(cache.keys("services-body:")).toHaveLength(1);
  });

  it("reads the pre-scope format (the whole list under services:<panel>) without calling the panel", async () => {
    const cache = new MemoryCache();
    const list = priced("0.77");
    const old: StoredCatalogueV1 = { v: 1, version: catalogueVersion(list), fetchedAt: 1_000_000 - 1000, services: list };
    await cache.set("services:main", old);
    const { panel, catalogue } = make({ cache });
    const index = await catalogue.get("main", "k");
    expect(panel.calls).toEqual([]);
    expect(index.version).toBe(old.version); // the same tag as before: buttons already sent keep working
    expect(index.service(list[0]!.id)?.rate).toBe("0.77");
    // An account's scope never sees the panel-wide list: it fetches its own.
    const mine = await catalogue.get("main", "k", "u:1#1");
    expect(panel.calls).toEqual(["k"]);
    expect(mine).not.toBe(index);
    // Refreshed, the panel-wide entry is written in the new format.
    await catalogue.refresh("main", "k");
    const ref = await cache.get<StoredCatalogueRef>("services:main");
    expect(ref).toMatchObject({ v: 2, hash: catalogueHash(defaultCatalogue()) });
    expect((await cache.get<StoredCatalogueBody>(bodyKeyOf("main", ref!.hash)))?.services).toHaveLength(defaultCatalogue().length);
  });

  it("refuses unreadable stored entries and fetches instead", async () => {
    const cache = new MemoryCache();
    await cache.set(cacheKeyOf("main", "u:1#1"), { v: 2, hash: "../../x", fetchedAt: 1_000_000 });
    await cache.set(cacheKeyOf("main", "u:2#1"), { v: 3, fetchedAt: 1_000_000 });
    const { panel, catalogue } = make({ cache });
    await catalogue.get("main", "a", "u:1#1");
    await catalogue.get("main", "b", "u:2#1");
    expect(panel.calls).toEqual(["a", "b"]);
  });

  it("bounds the scopes in memory (least recently used out) and reads an evicted one back from storage", async () => {
    const { panel, catalogue } = make({ maxScopes: 2 });
    panel.lists.set("a", priced("1"));
    panel.lists.set("b", priced("2"));
    panel.lists.set("c", priced("3"));
    await catalogue.get("main", "a", "A");
    await catalogue.get("main", "b", "B");
    await catalogue.get("main", "a", "A"); // A used last: B is the least recently used
    await catalogue.get("main", "c", "C");
    expect(catalogue.memoryStats()).toMatchObject({ scopes: 2, indexes: 2 });
    expect(catalogue.peek("main", "B")).toBeUndefined();
    expect(catalogue.peek("main", "A")).toBeDefined();
    const b = await catalogue.get("main", "b", "B");
    expect(b.service(defaultCatalogue()[0]!.id)?.rate).toBe("2");
    expect(panel.calls).toEqual(["a", "b", "c"]); // read back from storage, not fetched
    expect(catalogue.memoryStats()).toMatchObject({ scopes: 2, indexes: 2 });
  });

  it("keeps the panel-wide entry working as before (no scope)", async () => {
    const { panel, catalogue } = make();
    const [x, y] = await Promise.all([catalogue.get("main", "k"), catalogue.get("main", "k")]);
    expect(x).toBe(y);
    expect(await catalogue.get("main", "other-key")).toBe(x);
    expect(panel.calls).toEqual(["k"]);
    // Shared with an account that has the same list.
    expect(await catalogue.get("main", "a", "u:1#1")).toBe(x);
    expect(catalogue.memoryStats()).toMatchObject({ scopes: 2, indexes: 1 });
  });
});
