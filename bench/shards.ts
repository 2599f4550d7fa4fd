/**
 * Shards benchmark (REDIS_URL; skipped with a message when unset): 20,000 tracked orders over 200
 * keys (100 per key) on Redis, the mock panel in a child process answering after 50 ms, 16 shards.
 * A steady cycle of one instance holding every shard, against two instances holding 8 each (each
 * with its own storage connection and its own per-host limit of 4 calls at once, as two processes
 * would have), their cycles run at the same time.
 *
 * The two instances run in this one process (one JavaScript thread): their CPU does not add up as
 * two processes' would, so the gain measured is the calls' (latency-bound), a lower bound of two
 * processes'. Each instance is given its shards directly (the leases are tested, not timed).
 *
 * Run: through `npm run bench`, or alone: `REDIS_URL=redis://127.0.0.1:6379 npx tsx bench/shards.ts`.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchRow } from "./types.js";
import { PanelProcess } from "./tracking.js";
import { loadConfig } from "../src/config.js";
import { silentLogger } from "../src/logger.js";
import { PanelRegistry } from "../src/panel/registry.js";
import { createStorage, type Storage } from "../src/storage/index.js";
import { Poller } from "../src/tracking/poller.js";
import type { NotificationSender } from "../src/tracking/sender.js";

const KEYS = 200;
const PER_KEY = 100;
const SHARDS = 16;
const LATENCY_MS = 50;
const group = "shards";

const sender: NotificationSender = { send: async () => ({ kind: "sent" }) };

export async function run(): Promise<BenchRow[]> {
  const url = process.env.REDIS_URL;
  if (!url) {
    console.warn("[bench/shards] SKIPPED: REDIS_URL is not set (e.g. REDIS_URL=redis://127.0.0.1:6379)");
    return [];
  }
  const prefix = `bench-shards-${randomBytes(3).toString("hex")}-`;
  const dir = await mkdtemp(path.join(tmpdir(), "smmbot-bench-shards-"));
  const mock = await PanelProcess.start();
  const config = loadConfig({
    BOT_TOKEN: "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz",
    DATA_DIR: dir,
    ENCRYPTION_KEY: "b".repeat(64),
    PANEL_URL: mock.url,
    STORAGE_URL: url,
    LOG_LEVEL: "silent",
  });
  const storages: Storage[] = [];
  const registries: PanelRegistry[] = [];
  const label = (KEYS * PER_KEY).toLocaleString("en-US");
  try {
    const keys = Array.from({ length: KEYS }, (_, i) => `bench-key-${600_000 + i}`);
    await mock.call({ cmd: "seed", keys, perKey: PER_KEY, dir, storageUrl: url, encryptionKey: config.encryptionKey!, prefix });
    await mock.call({ cmd: "latency", ms: LATENCY_MS });
    /** An instance: its own storage connection, panel clients and poller, holding `shards`. */
    const instance = async (shards: number[]) => {
      const storage = await createStorage({
        url,
        dataDir: dir,
        encryptionKey: config.encryptionKey!,
        namespacePrefix: prefix,
        logger: { warn: () => undefined },
      });
      const panels = new PanelRegistry(config.panels, { timeoutMs: 10_000, retries: 0 });
      storages.push(storage);
      registries.push(panels);
      const poller = new Poller({ config, logger: silentLogger, storage, panels, now: () => Date.now() }, sender, { shards: SHARDS });
      const held = new AbortController();
      for (const s of shards) poller.addShard(s, held.signal);
      return poller;
    };
    const all = Array.from({ length: SHARDS }, (_, i) => i);
    const one = await instance(all);
    const a = await instance(all.slice(0, SHARDS / 2));
    const b = await instance(all.slice(SHARDS / 2));

    // First cycles load the shards and write the baselines; then the best of two steady cycles.
    const load = performance.now();
    await one.runCycle();
    const loadMs = Math.round(performance.now() - load);
    await Promise.all([a.runCycle(), b.runCycle()]);
    let single = Infinity;
    let pair = Infinity;
    let checked = 0;
    let singleCalls = Infinity;
    let pairCalls = Infinity;
    for (let i = 0; i < 2; i++) {
      let t = performance.now();
      const s = await one.runCycle();
      single = Math.min(single, performance.now() - t);
      t = performance.now();
      const [sa, sb] = await Promise.all([a.runCycle(), b.runCycle()]);
      pair = Math.min(pair, performance.now() - t);
      checked = sa.orders + sb.orders;
      // The calls alone (the cycle without its sync with storage: the change feed's scan).
      singleCalls = Math.min(singleCalls, s.durationMs);
      pairCalls = Math.min(pairCalls, Math.max(sa.durationMs, sb.durationMs));
      if (s.orders !== KEYS * PER_KEY) throw new Error(`one instance checked ${s.orders} orders`);
    }
    if (checked !== KEYS * PER_KEY) throw new Error(`two instances checked ${checked} orders`);
    const balance = Math.round((a.tracked.orders / Math.max(1, b.tracked.orders)) * 100) / 100;
    return [
      { group, name: `first cycle of one instance on Redis (loads ${label} orders)`, value: loadMs, unit: "ms" },
      { group, name: `steady cycle, one instance, ${label} orders on Redis (${LATENCY_MS} ms panel)`, value: Math.round(single), unit: "ms" },
      { group, name: `steady cycle, two instances (${SHARDS / 2} shards each), same orders`, value: Math.round(pair), unit: "ms" },
      { group, name: "speed-up of two instances over one", value: Math.round((single / pair) * 100) / 100, unit: "x", target: ">= 1.5" },
      { group, name: "of which the calls (cycle without its storage sync), one instance", value: singleCalls, unit: "ms" },
      { group, name: "of which the calls, two instances (the slower one)", value: pairCalls, unit: "ms" },
      { group, name: "orders of instance A / instance B (chat-hash shards)", value: balance, unit: "ratio" },
    ];
  } finally {
    await Promise.all(registries.map((r) => r.closeAll().catch(() => undefined)));
    await mock.close();
    if (storages[0]) {
      const { openRedisBackend } = await import("../src/storage/backends/redis.js");
      const backend = await openRedisBackend({ url });
      await backend.deletePrefix(prefix);
      await backend.close();
    }
    for (const s of storages) await s.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  run().then(
    (rows) => console.table(rows),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
