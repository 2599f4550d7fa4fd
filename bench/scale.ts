/**
 * Scale benchmark (`npm run bench:scale`; long, not part of `npm run bench`): 1,000,000 tracked
 * orders over 10,000 keys (100 per key) on 20 mock panel hosts, each mock panel in its own child
 * process answering after 50 ms, polled by two instances, each in its own child process with its
 * own storage connection, panel clients and per-host limits, holding half of the shards (given
 * directly: the leases are tested in test/production, not timed here).
 *
 * Prints, per run: the first cycle (loads the shards from storage, writes the baselines), then the
 * steady cycles: wall time (from the start of both instances' cycles to the end of the slower),
 * CPU per cycle of each instance (process CPU, threads included), and the peak RSS of each
 * instance's process (sampled every 50 ms over the whole run, the load included).
 *
 * Storage: REDIS_URL (or STORAGE_URL: redis://, postgres://) — two instances. Without either: one
 * instance on a temp SQLite file (SQLite is the one-machine, in-process mode).
 *
 * Scale with SCALE_ORDERS (default 1000000), SCALE_KEYS (10000), SCALE_HOSTS (20),
 * SCALE_INSTANCES (2), SCALE_CYCLES (steady cycles, 3), SCALE_LATENCY_MS (50); SCALE_TRACE=1 prints
 * each instance's memory (RSS, heap, array buffers, anonymous and file-backed resident memory)
 * every 2 s, SCALE_TRACE=gc also V8's line for each collection; SCALE_ALLOC=1 writes each
 * instance's allocation profile of the second steady cycle (every allocation sampled, what was
 * collected included) to the temp dir. E.g. a smoke run:
 *
 *   SCALE_ORDERS=50000 SCALE_KEYS=500 REDIS_URL=redis://127.0.0.1:6379 npm run bench:scale
 */
import { ChildRpc, forkHelper } from "./child-rpc.js";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PanelProcess } from "./tracking.js";
import { loadConfig } from "../src/config.js";
import { forEachLimit } from "../src/tracking/limiter.js";

const env = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};

const ENCRYPTION_KEY = "c".repeat(64);
const SHARDS = 16;

// ── an instance, in a child process ───────────────────────────────────────────────────────────

interface InstanceSetup {
  storageUrl: string;
  dir: string;
  prefix: string;
  panels: string;
  shards: number[] | undefined;
}

type InstanceCommand = { id: number; cmd: "setup"; setup: InstanceSetup } | { id: number; cmd: "cycle" } | { id: number; cmd: "rss" };

export interface CycleFigures {
  wallMs: number;
  cpuMs: number;
  /** Peak RSS during this cycle (MB) and the heap used at its end (MB). */
  peakRssMb: number;
  heapMb: number;
  orders: number;
  statusCalls: number;
  tracked: number;
}

/**
 * Starts V8's sampling heap profiler counting every allocation (also what the collector freed
 * since); the function returned stops it and writes the profile (.heapprofile, for Chrome's
 * DevTools) to the temp dir, returning its path.
 */
async function startAllocationProfile(): Promise<() => Promise<string>> {
  const { Session } = await import("node:inspector");
  const session = new Session();
  const post = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  session.connect();
  await post("HeapProfiler.enable");
  await post("HeapProfiler.startSampling", {
    samplingInterval: 8192,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return async () => {
    const { profile } = (await post("HeapProfiler.stopSampling")) as { profile: unknown };
    session.disconnect();
    const file = path.join(tmpdir(), `scale-alloc-${process.pid}.heapprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return file;
  };
}

async function instanceChild(): Promise<void> {
  const { silentLogger } = await import("../src/logger.js");
  const { PanelRegistry } = await import("../src/panel/registry.js");
  const { createStorage } = await import("../src/storage/index.js");
  const { Poller } = await import("../src/tracking/poller.js");
  const { tuneHeap } = await import("../src/lib/heap.js");
  if (process.env.SCALE_TRACE === "gc") (await import("node:v8")).setFlagsFromString("--trace-gc");
  let peak = process.memoryUsage().rss;
  let cyclePeak = 0;
  const timer = setInterval(() => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    cyclePeak = Math.max(cyclePeak, rss);
  }, 50);
  timer.unref();
  if (process.env.SCALE_TRACE) {
    const t0 = Date.now();
    setInterval(() => {
      const m = process.memoryUsage();
      const mb = (v: number) => Math.round(v / 1048576);
      // Anonymous (heap, malloc) and file-backed (code) resident memory, from the kernel.
      const status = readFileSync("/proc/self/status", "utf8");
      const kb = (field: string) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
      console.error(
        `${process.pid} t=${((Date.now() - t0) / 1000).toFixed(0)}s rss=${mb(m.rss)} heapTotal=${mb(m.heapTotal)} heapUsed=${mb(m.heapUsed)} external=${mb(m.external)} ab=${mb(m.arrayBuffers)} anon=${kb("RssAnon")} file=${kb("RssFile")}`,
      );
    }, 2000).unref();
  }
  let poller: InstanceType<typeof Poller> | undefined;
  let cycleNo = 0;
  const send = (msg: unknown) => process.send?.(msg);
  process.on("message", (m: InstanceCommand) => {
    void (async () => {
      switch (m.cmd) {
        case "setup": {
          const s = m.setup;
          const config = loadConfig({
            BOT_TOKEN: "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz",
            DATA_DIR: s.dir,
            ENCRYPTION_KEY,
            PANELS: s.panels,
            STORAGE_URL: s.storageUrl,
            LOG_LEVEL: "silent",
            ...(process.env.HEAP_GROWING_PERCENT ? { HEAP_GROWING_PERCENT: process.env.HEAP_GROWING_PERCENT } : {}),
          });
          // As src/main.ts starts the bot.
          tuneHeap(config.heapGrowingPercent);
          const storage = await createStorage({
            url: s.storageUrl,
            dataDir: s.dir,
            encryptionKey: ENCRYPTION_KEY,
            ...(s.prefix ? { namespacePrefix: s.prefix } : {}),
            logger: { warn: () => undefined },
          });
          const panels = new PanelRegistry(config.panels, { timeoutMs: 30_000, retries: 0 });
          const deps = { config, logger: silentLogger, storage, panels, now: () => Date.now() };
          poller = new Poller(deps, { send: async () => ({ kind: "sent" }) }, s.shards ? { shards: SHARDS } : {});
          const held = new AbortController();
          for (const shard of s.shards ?? []) poller.addShard(shard, held.signal);
          return send({ id: m.id, result: true });
        }
        case "cycle": {
          const cpu = process.cpuUsage();
          cyclePeak = process.memoryUsage().rss;
          const profile = process.env.SCALE_ALLOC && ++cycleNo === 3 ? await startAllocationProfile() : undefined;
          const t0 = performance.now();
          if (process.env.SCALE_TRACE) console.error(`${process.pid} cycle start at ${Math.round(t0)} ms`);
          const stats = await poller!.runCycle();
          if (profile) console.error(`${process.pid} allocation profile of the cycle: ${await profile()}`);
          if (process.env.SCALE_TRACE) console.error(`${process.pid} cycle end at ${Math.round(performance.now())} ms`);
          const used = process.cpuUsage(cpu);
          const mem = process.memoryUsage();
          peak = Math.max(peak, mem.rss);
          cyclePeak = Math.max(cyclePeak, mem.rss);
          const figures: CycleFigures = {
            peakRssMb: Math.round(cyclePeak / 1024 / 1024),
            heapMb: Math.round(mem.heapUsed / 1024 / 1024),
            wallMs: Math.round(performance.now() - t0),
            cpuMs: Math.round((used.user + used.system) / 1000),
            orders: stats.orders,
            statusCalls: stats.statusCalls,
            tracked: poller!.tracked.orders,
          };
          return send({ id: m.id, result: figures });
        }
        case "rss":
          return send({ id: m.id, result: Math.round(peak / 1024 / 1024) });
      }
    })().catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
  });
  process.on("disconnect", () => process.exit(0));
  send({ ready: true });
}

/** A poller instance in a child process. */
class InstanceProcess extends ChildRpc<{ cmd: "setup"; setup: InstanceSetup } | { cmd: "cycle" } | { cmd: "rss" }> {
  static async start(): Promise<InstanceProcess> {
    const { child } = await forkHelper<unknown>(fileURLToPath(import.meta.url), { BENCH_SCALE_INSTANCE: "1" }, "instance");
    return new InstanceProcess(child);
  }
}

// ── the run ───────────────────────────────────────────────────────────────────────────────────

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const mb = (n: number) => `${n} MB`;

async function main(): Promise<void> {
  const orders = env("SCALE_ORDERS", 1_000_000);
  const keyCount = env("SCALE_KEYS", 10_000);
  const hosts = env("SCALE_HOSTS", 20);
  const cycles = env("SCALE_CYCLES", 3);
  const latency = env("SCALE_LATENCY_MS", 50);
  const perKey = Math.max(1, Math.round(orders / keyCount));
  const shared = process.env.REDIS_URL ?? (process.env.STORAGE_URL?.startsWith("sqlite") ? undefined : process.env.STORAGE_URL);
  const instances = shared ? env("SCALE_INSTANCES", 2) : 1;
  const dir = await mkdtemp(path.join(tmpdir(), "smmbot-bench-scale-"));
  const storageUrl = shared ?? `sqlite://${path.join(dir, "bot.sqlite")}`;
  const prefix = shared ? `bench-scale-${randomBytes(3).toString("hex")}-` : "";
  const backend = new URL(storageUrl).protocol.replace(":", "");
  console.log(
    `bench:scale: ${(keyCount * perKey).toLocaleString("en-US")} orders, ${keyCount.toLocaleString("en-US")} keys, ${hosts} mock panel hosts ` +
      `(${latency} ms), ${instances} instance(s) on ${backend}; ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
  );
  const panels: PanelProcess[] = [];
  const pollers: InstanceProcess[] = [];
  try {
    for (let i = 0; i < hosts; i++) panels.push(await PanelProcess.start());
    const spec = panels.map((p, i) => `p${i}=${p.url}`).join(",");
    // Keys spread over the hosts; each host's process seeds its own accounts and orders.
    let t = performance.now();
    const keys = Array.from({ length: keyCount }, (_, i) => `scale-key-${1_000_000 + i}`);
    await forEachLimit(panels, 4, async (panel) => {
      const i = panels.indexOf(panel);
      await panel.call({ cmd: "latency", ms: latency });
      const own = keys.filter((_, k) => k % hosts === i);
      for (let at = 0; at < own.length; at += 500) {
        await panel.call({
          cmd: "seed",
          keys: own.slice(at, at + 500),
          perKey,
          dir,
          storageUrl,
          encryptionKey: ENCRYPTION_KEY,
          ...(prefix ? { prefix } : {}),
          panelId: `p${i}`,
          countOnly: true,
        });
      }
    });
    console.log(`seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const all = Array.from({ length: SHARDS }, (_, i) => i);
    for (let i = 0; i < instances; i++) {
      const p = await InstanceProcess.start();
      const shards = shared ? all.filter((s) => s % instances === i) : undefined;
      await p.call({ cmd: "setup", setup: { storageUrl, dir, prefix, panels: spec, shards } });
      pollers.push(p);
    }
    const cycle = async () => {
      const t0 = performance.now();
      const figures = await Promise.all(pollers.map((p) => p.call<CycleFigures>({ cmd: "cycle" })));
      return { wallMs: Math.round(performance.now() - t0), figures };
    };
    const line = (name: string, c: { wallMs: number; figures: CycleFigures[] }) =>
      console.log(
        `${name}: wall ${(c.wallMs / 1000).toFixed(2)} s; ` +
          c.figures
            .map(
              (f, i) =>
                `instance ${i + 1}: ${f.orders.toLocaleString("en-US")} orders, ${f.statusCalls} calls, CPU ${(f.cpuMs / 1000).toFixed(2)} s, peak RSS ${f.peakRssMb} MB, heap at the end ${f.heapMb} MB`,
            )
            .join("; "),
      );
    t = performance.now();
    const first = await cycle();
    line("first cycle (loads the shards, writes baselines)", first);
    const steady: Array<{ wallMs: number; figures: CycleFigures[] }> = [];
    for (let i = 0; i < cycles; i++) {
      const c = await cycle();
      steady.push(c);
      line(`steady cycle ${i + 1}`, c);
      const checked = c.figures.reduce((a, f) => a + f.orders, 0);
      if (checked !== keyCount * perKey) throw new Error(`bench:scale: ${checked} orders checked, ${keyCount * perKey} tracked`);
    }
    const rss = await Promise.all(pollers.map((p) => p.call<number>({ cmd: "rss" })));
    const wall = median(steady.map((c) => c.wallMs));
    const cpu = pollers.map((_, i) => median(steady.map((c) => c.figures[i]!.cpuMs)));
    const rows = [
      { name: "steady cycle wall time (median)", value: `${(wall / 1000).toFixed(2)} s`, target: instances > 1 ? "< 60 s" : "" },
      ...cpu.map((c, i) => ({ name: `CPU per steady cycle, instance ${i + 1}`, value: `${(c / 1000).toFixed(2)} s`, target: "" })),
      ...rss.map((r, i) => ({
        name: `peak RSS, instance ${i + 1} (whole run: the first cycle's takeover included)`,
        value: mb(r),
        target: "< 200 MB",
      })),
      ...pollers.map((_, i) => ({
        name: `peak RSS in the steady cycles, instance ${i + 1}`,
        value: mb(Math.max(...steady.map((c) => c.figures[i]!.peakRssMb))),
        target: "",
      })),
    ];
    console.table(rows);
    const ok = (instances === 1 || wall < 60_000) && rss.every((r) => r < 200);
    console.log(ok ? "targets met" : "targets NOT met");
  } finally {
    await Promise.all(pollers.map((p) => p.close()));
    await Promise.all(panels.map((p) => p.close()));
    if (shared && prefix && backend === "redis") {
      const { openRedisBackend } = await import("../src/storage/backends/redis.js");
      const backend = await openRedisBackend({ url: storageUrl });
      await backend.deletePrefix(prefix);
      await backend.close();
    }
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_SCALE_INSTANCE === "1") {
  void instanceChild();
} else if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
