/**
 * Catalogues per account (issue 13, item 4): 1,000 accounts on one panel, each fetching the same
 * 10,000-service list with its own key (its own freshly parsed copy, as from the network), against
 * one account. Measured after a full GC: the heap the catalogue keeps (storage cleared first: in
 * production it lives in Redis/SQLite/PostgreSQL, not in the bot's heap). Target: 1,000 accounts
 * under 2× one account. Also: what storage holds (bytes of JSON written and kept) for 1,000
 * accounts against one, and the time of one account's fetch of an already known list (a fresh copy,
 * compared field by field with the list in memory, reused: no hashing).
 *
 *   npx tsx bench/catalogue-scopes.ts
 */
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import type { BenchRow } from "./types.js";
import { Catalogue } from "../src/catalogue/catalogue.js";
import { generateCatalogue } from "../src/dev/catalogue.js";
import type { Service } from "../src/panel/types.js";
import type { CacheRepo } from "../src/storage/types.js";

const SERVICES = 10_000;
const ACCOUNTS = 1_000;

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** A cache that keeps JSON text, like the storage backends (its bytes are counted, then dropped before measuring). */
class TextCache implements CacheRepo {
  readonly map = new Map<string, string>();
  async get<T>(key: string): Promise<T | undefined> {
    const v = this.map.get(key);
    return v === undefined ? undefined : (JSON.parse(v) as T);
  }
  async set<T>(key: string, value: T): Promise<void> {
    this.map.set(key, JSON.stringify(value));
  }
  async delete(key: string): Promise<void> {
    this.map.delete(key);
  }
  get bytes(): number {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + Buffer.byteLength(v);
    return n;
  }
}

/** A panel answering every key with a fresh copy of the same list (what parsing each answer gives). */
function panelOf(list: readonly Service[]) {
  const client = { services: async (_key: string): Promise<Service[]> => list.map((s) => ({ ...s })) };
  return { find: (id: string) => (id === "main" ? { client } : undefined) };
}

interface Measure {
  heapBytes: number;
  storageBytes: number;
  ms: number;
  indexes: number;
}

async function measure(list: readonly Service[], accounts: number): Promise<Measure> {
  const cache = new TextCache();
  const base = heapAfterGc();
  const catalogue = new Catalogue({ cache, panels: panelOf(list), ttlMs: 600_000, maxScopes: 5_000 });
  const t0 = performance.now();
  for (let i = 0; i < accounts; i++) {
    const index = await catalogue.get("main", `key-${i}`, `u:${100_000 + i}#1`);
    index.search("instagram followers"); // builds the search texts, as a real user would
  }
  const ms = performance.now() - t0;
  const storageBytes = cache.bytes;
  cache.map.clear();
  const heapBytes = heapAfterGc() - base;
  const { indexes } = catalogue.memoryStats();
  if (catalogue.peek("main", `u:${100_000}#1`) === undefined) throw new Error("bench: catalogue lost an account");
  return { heapBytes, storageBytes, ms, indexes };
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 100) / 100;
const round2 = (n: number): number => Math.round(n * 100) / 100;

export async function run(): Promise<BenchRow[]> {
  const list = generateCatalogue(SERVICES);
  await measure(list, 3); // warm-up (JIT, lazily built tables)
  const one = await measure(list, 1);
  const many = await measure(list, ACCOUNTS);
  if (many.indexes !== 1) throw new Error(`bench: ${ACCOUNTS} identical lists made ${many.indexes} indexes`);
  const n = ACCOUNTS.toLocaleString("en-US");
  const s = SERVICES.toLocaleString("en-US");
  const g = "catalogue";
  return [
    {
      group: g,
      name: `memory of ${n} accounts / 1 account (one panel, identical ${s}-service list)`,
      value: round2(many.heapBytes / one.heapBytes),
      unit: "×",
      target: "< 2",
    },
    { group: g, name: `  heap kept, 1 account (${s} services, searched)`, value: mb(one.heapBytes), unit: "MB" },
    { group: g, name: `  heap kept, ${n} accounts`, value: mb(many.heapBytes), unit: "MB" },
    { group: g, name: `storage of ${n} accounts / 1 account`, value: round2(many.storageBytes / one.storageBytes), unit: "×", target: "< 2" },
    { group: g, name: `  storage, ${n} accounts (refs + one list)`, value: mb(many.storageBytes), unit: "MB" },
    {
      group: g,
      name: `fetch of a known list per account (copy, compare, reuse; ${s})`,
      value: round2(many.ms / ACCOUNTS),
      unit: "ms",
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await run();
  console.table(rows.map((r) => ({ group: r.group, name: r.name, value: r.value, unit: r.unit, target: r.target ?? "" })));
}
