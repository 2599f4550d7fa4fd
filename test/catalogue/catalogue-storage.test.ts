/**
 * Catalogues per account on the real storage backends (SQLite always; Redis and PostgreSQL when
 * REDIS_URL / DATABASE_URL are set): the list is stored once for many accounts, a second instance
 * (or a restart) serves every account from storage without calling the panel, and keys holding
 * an account identity ("u:123#2") round-trip.
 */
import { afterEach, describe, expect, it } from "vitest";
import { bodyKeyOf, cacheKeyOf, Catalogue, type StoredCatalogueRef } from "../../src/catalogue/catalogue.js";
import { catalogueHash } from "../../src/catalogue/catalogue-index.js";
import { generateCatalogue } from "../../src/dev/catalogue.js";
import type { Service } from "../../src/panel/types.js";
import { BACKENDS, noteSkipped, openTestStorage, type TestStorage } from "../storage/backends.js";

noteSkipped("catalogue-storage.test");

function panel(list: readonly Service[]) {
  const calls: string[] = [];
  const client = {
    async services(key: string): Promise<Service[]> {
      calls.push(key);
      return list.map((s) => ({ ...s }));
    },
  };
  return { calls, panels: { find: (id: string) => (id === "main" ? { client } : undefined) } };
}

describe.each(BACKENDS)("Catalogue per account on $name", (backend) => {
  let t: TestStorage | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it.skipIf(backend.skip !== undefined)("stores one list for many accounts and serves them all after a restart", async () => {
    t = await openTestStorage(backend);
    const list = generateCatalogue(2000, 5);
    const hash = catalogueHash(list);
    const one = panel(list);
    const first = new Catalogue({ cache: t.storage.cache, panels: one.panels, ttlMs: 60_000 });
    const scopes = ["u:123#1", "u:123#2", "g:-100500#1"];
    for (const [i, scope] of scopes.entries()) await first.get("main", `key-${i}`, scope);
    expect(one.calls).toHaveLength(3);
    for (const scope of scopes) {
      expect(await t.storage.cache.get<StoredCatalogueRef>(cacheKeyOf("main", scope))).toMatchObject({ v: 2, hash });
    }
    expect((await t.storage.cache.get<{ services: Service[] }>(bodyKeyOf("main", hash)))?.services).toHaveLength(2000);

    const two = panel(list);
    const second = new Catalogue({ cache: t.storage.cache, panels: two.panels, ttlMs: 60_000 });
    const indexes = await Promise.all(scopes.map((scope, i) => second.get("main", `key-${i}`, scope)));
    expect(two.calls).toEqual([]);
    expect(new Set(indexes).size).toBe(1);
    expect(indexes[0]!.service(list[0]!.id)).toEqual(list[0]);
    expect(second.memoryStats()).toMatchObject({ scopes: 3, indexes: 1, services: 2000 });
  });
});
