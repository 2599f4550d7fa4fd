import { describe, expect, it } from "vitest";
import { bodyKeyOf, Catalogue, type StoredCatalogueBody, type StoredCatalogueRef } from "../../src/catalogue/catalogue.js";
import { CatalogueIndex, catalogueVersion, pageOf, versionOfHash } from "../../src/catalogue/catalogue-index.js";
import { normalizeSearchText } from "../../src/catalogue/normalize.js";
import { defaultCatalogue, generateCatalogue } from "../../src/dev/catalogue.js";
import { PanelError } from "../../src/panel/errors.js";
import type { Service } from "../../src/panel/types.js";
import type { CacheRepo } from "../../src/storage/types.js";

class MemoryCache implements CacheRepo {
  map = new Map<string, unknown>();
  async get<T>(key: string): Promise<T | undefined> {
    const v = this.map.get(key);
    return v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as T);
  }
  async set<T>(key: string, value: T): Promise<void> {
    this.map.set(key, JSON.parse(JSON.stringify(value)));
  }
  async delete(key: string): Promise<void> {
    this.map.delete(key);
  }
}

/** A fake panel whose `services` calls are counted and can be held or made to fail. */
function fakePanels(initial: Service[]) {
  const state = { list: initial, calls: 0, fail: false, gate: undefined as Promise<void> | undefined };
  const client = {
    async services(_key: string): Promise<Service[]> {
      state.calls++;
      if (state.gate) await state.gate;
      if (state.fail) throw new PanelError("unavailable", "down");
      return state.list;
    },
  };
  return { state, panels: { find: (id: string) => (id === "main" ? { client } : undefined) } };
}

describe("normalizeSearchText", () => {
  it("ignores case and accents", () => {
    expect(normalizeSearchText("  Všečki   ÉCOUTES Ñandú Łódź Straße ")).toBe("vsecki ecoutes nandu lodz strasse");
    expect(normalizeSearchText("Подписчики")).toBe("подписчики");
  });
});

describe("CatalogueIndex", () => {
  const index = new CatalogueIndex(defaultCatalogue());

  it("sorts categories and groups services", () => {
    const names = index.categories.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    const insta = index.categories.find((c) => c.name === "Instagram")!;
    expect(insta.count).toBe(2);
    expect(index.servicesIn(insta.index)!.map((s) => s.id)).toEqual(["1448", "1449"]);
    expect(index.service("1452")?.type).toBe("Custom Comments");
    expect(index.categoryOf("1448")).toBe(insta.index);
    expect(index.service("999")).toBeUndefined();
  });

  it("searches names and categories, case- and accent-insensitively", () => {
    expect(index.search("ecoutes").map((s) => s.id)).toEqual(["1475"]);
    expect(index.search("TRÁFEGO").map((s) => s.id)).toEqual(["1474"]);
    expect(index.search("automaticke").map((s) => s.id)).toEqual(["1473"]);
    expect(index.search("instagram mentions").length).toBe(6); // category words
    expect(index.search("komentarji facebook").map((s) => s.id)).toEqual(["1452"]);
    expect(index.search("1471")[0]?.id).toBe("1471"); // an id
    expect(index.search("zzzz")).toEqual([]);
    expect(index.search("   ")).toEqual([]);
  });

  it("pages lists and clamps the page", () => {
    expect(pageOf([1, 2, 3, 4, 5], 1, 2)).toEqual({ items: [3, 4], page: 1, pages: 3, total: 5 });
    expect(pageOf([1, 2, 3], 9, 2)).toEqual({ items: [3], page: 1, pages: 2, total: 3 });
    expect(pageOf([], 0, 10)).toEqual({ items: [], page: 0, pages: 1, total: 0 });
    const p = index.categoryPage(1);
    expect(p.pages).toBe(2);
    expect(p.items.length).toBe(index.categories.length - 10);
  });

  it("has a short version tag that changes with the content", () => {
    const a = catalogueVersion(defaultCatalogue());
    expect(a).toMatch(/^[\w-]{6}$/);
    expect(catalogueVersion(defaultCatalogue())).toBe(a);
    const changed = defaultCatalogue();
    changed[0]!.rate = "0.91";
    expect(catalogueVersion(changed)).not.toBe(a);
  });

  it("indexes 10,000 services and searches them quickly", () => {
    const big = new CatalogueIndex(generateCatalogue(10_000));
    expect(big.size).toBe(10_000);
    expect(big.search("seguidores brasil").length).toBeGreaterThan(0);
    expect(big.search("nandu").every((s) => normalizeSearchText(s.name).includes("nandu"))).toBe(true);
  });
});

describe("Catalogue (cache, TTL, stale-while-revalidate)", () => {
  const TTL = 60_000;
  const make = (list = defaultCatalogue(), cache = new MemoryCache()) => {
    const fake = fakePanels(list);
    let now = 1_000_000;
    const catalogue = new Catalogue({ cache, panels: fake.panels, ttlMs: TTL, now: () => now });
    return { fake, cache, catalogue, advance: (ms: number) => (now += ms) };
  };

  it("fetches once for many requests, concurrent ones included", async () => {
    const { fake, catalogue } = make();
    const [a, b] = await Promise.all([catalogue.get("main", "k"), catalogue.get("main", "k")]);
    for (let i = 0; i < 20; i++) await catalogue.get("main", "k");
    expect(fake.state.calls).toBe(1);
    expect(a).toBe(b);
  });

  it("serves a stale list while one background refresh runs, then the new one", async () => {
    const { fake, catalogue, advance } = make();
    const first = await catalogue.get("main", "k");
    fake.state.list = defaultCatalogue().slice(0, 5);
    advance(TTL + 1);
    let release!: () => void;
    fake.state.gate = new Promise((r) => (release = r));
    const stale = await Promise.all([catalogue.get("main", "k"), catalogue.get("main", "k"), catalogue.get("main", "k")]);
    expect(stale.every((i) => i === first)).toBe(true);
    expect(fake.state.calls).toBe(2); // one refresh for the three
    release();
    fake.state.gate = undefined;
    await catalogue.idle();
    const fresh = await catalogue.get("main", "k");
    expect(fresh.size).toBe(5);
    expect(fresh.version).not.toBe(first.version);
    expect(fake.state.calls).toBe(2);
  });

  it("keeps the stale list when the refresh fails", async () => {
    const { fake, catalogue, advance } = make();
    const first = await catalogue.get("main", "k");
    fake.state.fail = true;
    advance(TTL + 1);
    expect(await catalogue.get("main", "k")).toBe(first);
    await catalogue.idle();
    expect(await catalogue.get("main", "k")).toBe(first);
  });

  it("reuses the index when a refresh brings the same list", async () => {
    const { catalogue, advance } = make();
    const first = await catalogue.get("main", "k");
    advance(TTL + 1);
    await catalogue.get("main", "k");
    await catalogue.idle();
    expect(await catalogue.get("main", "k")).toBe(first);
  });

  it("loads from the shared cache after a restart without calling the panel", async () => {
    const cache = new MemoryCache();
    const one = make(defaultCatalogue(), cache);
    await one.catalogue.get("main", "k");
    const two = make(defaultCatalogue(), cache);
    const index = await two.catalogue.get("main", "k");
    expect(index.size).toBe(defaultCatalogue().length);
    expect(two.fake.state.calls).toBe(0);
    const stored = await cache.get<StoredCatalogueRef>("services:main");
    expect(stored?.v).toBe(2);
    expect(versionOfHash(stored!.hash)).toBe(index.version);
    const body = await cache.get<StoredCatalogueBody>(bodyKeyOf("main", stored!.hash));
    expect(body?.services.map((s) => s.id)).toEqual(defaultCatalogue().map((s) => s.id));
  });

  it("fails clearly when the list is missing and the panel is down", async () => {
    const { fake, catalogue } = make();
    fake.state.fail = true;
    await expect(catalogue.get("main", "k")).rejects.toBeInstanceOf(PanelError);
    fake.state.fail = false;
    expect((await catalogue.get("main", "k")).size).toBeGreaterThan(0);
  });
});
