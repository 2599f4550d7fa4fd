/**
 * storage.readTogether: several values of different namespaces in ONE round trip, decoded as
 * their owners decode them (prefs defaults, delivery default, encrypted adapter values), expired
 * entries read as absent, namespace prefixes respected.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createStorage, DEFAULT_PREFS } from "../../src/storage/index.js";
import { BACKENDS, noteSkipped, openTestStorage, sleep, TEST_KEY, type TestStorage } from "./backends.js";

noteSkipped("read-together.test");

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip !== undefined)(`readTogether (${backend.name})`, () => {
    let t: TestStorage;
    beforeEach(async () => {
      t = await openTestStorage(backend);
    });
    afterEach(async () => {
      await t.dispose();
    });

    it("gives what the repositories and the adapter give, with nothing stored", async () => {
      const s = t.storage;
      s.secretAdapter("adapter-secret");
      const [prefs, delivery, conv] = await s.readTogether([
        s.refs.prefs(5),
        s.refs.delivery(5),
        s.refs.adapterValue("adapter-secret", "5"),
      ] as const);
      expect(prefs).toEqual(await s.prefs.get(5));
      expect(prefs).toEqual(DEFAULT_PREFS);
      expect(delivery).toEqual({ blocked: false });
      expect(conv).toBeUndefined();
      expect(await s.readTogether([])).toEqual([]);
    });

    it("reads stored values of several namespaces in one multi-key read, decrypting secret ones", async () => {
      const s = t.storage;
      const secret = s.secretAdapter<{ typed: string }>("adapter-secret");
      const plain = s.adapter<{ n: number }>("adapter-plain");
      await s.prefs.update(7, { language: "sl", detectedLanguage: "sl" });
      await s.delivery.set(7, { blocked: true, blockedAt: 123 });
      await secret.write("7", { typed: "SECRET-VALUE-123" });
      await plain.write("7:1", { n: 3 });
      const keyv = s.keyv.namespace("prefs");
      const get = vi.spyOn(keyv, "get");
      const [prefs, delivery, conv, other, none] = await s.readTogether([
        s.refs.prefs(7),
        s.refs.delivery(7),
        s.refs.adapterValue<{ typed: string }>("adapter-secret", "7"),
        s.refs.adapterValue<{ n: number }>("adapter-plain", "7:1"),
        s.refs.adapterValue("adapter-plain", "8"),
      ] as const);
      expect(get).not.toHaveBeenCalled();
      expect(prefs).toEqual({ ...DEFAULT_PREFS, language: "sl", detectedLanguage: "sl" });
      expect(prefs).toEqual(await s.prefs.get(7));
      expect(delivery).toEqual({ blocked: true, blockedAt: 123 });
      expect(conv).toEqual({ typed: "SECRET-VALUE-123" });
      expect(other).toEqual({ n: 3 });
      expect(none).toBeUndefined();
      // The secret value is stored encrypted: the raw read gives ciphertext.
      const [raw] = await s.keyv.readMany([{ namespace: "adapter-secret", key: "7" }]);
      expect(typeof raw).toBe("string");
      expect(String(raw)).not.toContain("SECRET-VALUE-123");
    });

    it("reads expired entries as absent", async () => {
      const ttl = t.storage.keyv.namespace("ttl");
      await ttl.set("gone", { v: 1 }, 30);
      await ttl.set("kept", { v: 2 }, 60_000);
      await sleep(80);
      expect(
        await t.storage.keyv.readMany([
          { namespace: "ttl", key: "gone" },
          { namespace: "ttl", key: "kept" },
        ]),
      ).toEqual([undefined, { v: 2 }]);
    });

    it("stays inside its namespace prefix", async () => {
      const other = await openTestStorage(backend, { url: backend.url(t.dir) }); // same database, another prefix
      try {
        await t.storage.prefs.update(9, { language: "ru" });
        expect((await other.storage.readTogether([other.storage.refs.prefs(9)] as const))[0]).toEqual(DEFAULT_PREFS);
        expect((await t.storage.readTogether([t.storage.refs.prefs(9)] as const))[0].language).toBe("ru");
      } finally {
        await other.dispose();
      }
    });

    it("refuses a namespace without an adapter, and a bad namespace", async () => {
      expect(() => t.storage.refs.adapterValue("never-opened", "1")).toThrow(/no adapter/);
      await expect(t.storage.keyv.readMany([{ namespace: "bad:ns", key: "1" }])).rejects.toThrow(/Invalid storage namespace/);
    });
  });
}

// SQLite reads them on a second, read-only connection with prepared statements (backends/sqlite.ts).
describe("readTogether on SQLite files (prepared reads on a second connection)", () => {
  const sqlite = BACKENDS.find((b) => b.name === "sqlite")!;
  let t: TestStorage;
  beforeEach(async () => {
    t = await openTestStorage(sqlite);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it("sees every write awaited before it, for any number of keys, also concurrently", async () => {
    const s = t.storage;
    const conv = s.secretAdapter<{ step: number }>("conversations");
    for (let i = 1; i <= 30; i++) {
      await s.prefs.update(7, { language: i % 2 ? "sl" : "en" });
      await conv.write("7", { step: i });
      const [prefs, state] = await s.readTogether([s.refs.prefs(7), s.refs.adapterValue<{ step: number }>("conversations", "7")] as const);
      expect(prefs.language).toBe(i % 2 ? "sl" : "en");
      expect(state).toEqual({ step: i });
      await conv.delete("7");
      const [, gone] = await s.readTogether([s.refs.prefs(7), s.refs.adapterValue("conversations", "7")] as const);
      expect(gone).toBeUndefined();
    }
    await Promise.all(Array.from({ length: 20 }, (_, c) => s.prefs.update(100 + c, { language: "sl" })));
    const many = await Promise.all(
      Array.from({ length: 20 }, (_, c) => s.readTogether(Array.from({ length: 1 + (c % 16) }, (_, k) => s.refs.prefs(100 + ((c + k) % 20))))),
    );
    for (const values of many) for (const p of values) expect((p as { language?: string }).language).toBe("sl");
  });

  it("is refused once the storage is closed, and a reopened storage reads what was written", async () => {
    const s = t.storage;
    await s.prefs.update(8, { language: "sl" });
    await s.close();
    await expect(s.readTogether([s.refs.prefs(8)])).rejects.toThrow();
    t.storage = await createStorage({ url: sqlite.url(t.dir), dataDir: t.dir, encryptionKey: TEST_KEY, namespacePrefix: t.prefix });
    const [prefs] = await t.storage.readTogether([t.storage.refs.prefs(8)]);
    expect(prefs.language).toBe("sl");
  });
});
