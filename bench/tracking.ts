/**
 * Tracking benchmark: 10,000 tracked orders over 100 keys (100 users × 100 orders) against the mock
 * panel answering every call after 50 ms, a temp SQLite storage and a no-op Bot API (sends are
 * recorded, not made; throttling off, since Telegram's limits are not what is measured here).
 * The mock panel runs in a child process (this file, with BENCH_TRACKING_PANEL=1), like a remote
 * panel: its memory and CPU are not the bot's, so RSS is the poller's process alone (sampled every
 * 20 ms with process.memoryUsage().rss in the process that runs the poller).
 *
 * Figures: status calls per cycle (lower bound: ceil(100 / 100) × 100 keys = 100), wall time of
 * the first cycle (writes 10,000 baseline states), of a steady cycle (nothing moved) and of a cycle
 * where every order moved (10,000 changes → 700 messages: each chat's 100 in parts of 15 cards), and peak RSS.
 *
 * Run: through `npm run bench` (compiled), or alone: `npx tsc -p tsconfig.bench.json && node
 * dist-bench/bench/tracking.js` (`npx tsx bench/tracking.ts` works too, but tsx itself adds
 * ~35 MB of RSS).
 */
import { ChildRpc, forkHelper } from "./child-rpc.js";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Transformer } from "grammy";
import { Pool } from "undici";
import type { BenchRow } from "./types.js";
import { loadConfig, type Config } from "../src/config.js";
import { silentLogger } from "../src/logger.js";
import { PanelRegistry } from "../src/panel/registry.js";
import { createStorage, type Storage } from "../src/storage/index.js";
import { createNotifierApi, TelegramNotificationSender } from "../src/bot/notifications/sender.js";
import { Poller } from "../src/tracking/poller.js";
import { forEachLimit } from "../src/tracking/limiter.js";
import { chatKey, itemKey } from "../src/storage/repos/keys.js";

const KEYS = 100;
const ORDERS_PER_KEY = 100;
const LATENCY_MS = 50;
const group = "tracking";

// ── the mock panel, in a child process ────────────────────────────────────────────────────────

type PanelCommand =
  | {
      id: number;
      cmd: "seed";
      keys: string[];
      perKey: number;
      dir: string;
      storageUrl: string;
      encryptionKey: string;
      prefix?: string;
      /** The bot's id of this panel (default "main"). */
      panelId?: string;
      /** Answer the number of orders seeded instead of their ids (big seeds). */
      countOnly?: boolean;
    }
  | { id: number; cmd: "advance" }
  | { id: number; cmd: "latency"; ms: number }
  | { id: number; cmd: "statusRequests" };

async function panelChild(): Promise<void> {
  // Loaded here only: the poller's process does not carry the mock panel.
  const { startMockPanel } = await import("../src/dev/mock-panel.js");
  const mock = await startMockPanel();
  let statusRequests = 0;
  const send = (msg: unknown) => process.send?.(msg);
  process.on("message", (m: PanelCommand) => {
    switch (m.cmd) {
      case "seed": {
        // The panel's orders, and the bot's database as it would be after they were placed.
        void (async () => {
          const storage = await createStorage({
            url: m.storageUrl,
            dataDir: m.dir,
            encryptionKey: m.encryptionKey,
            ...(m.prefix ? { namespacePrefix: m.prefix } : {}),
            logger: { warn: () => undefined },
          });
          const ids: Record<string, string[]> = {};
          const panelId = m.panelId ?? "main";
          let seeded = 0;
          await forEachLimit(m.keys, 8, async (key) => {
            const userId = Number(key.replace(/\D/g, ""));
            mock.addAccount(key, "1000000");
            const own: string[] = (ids[key] = []);
            await storage.accounts.add(`u:${userId}`, { panelId, apiKey: key, currency: "USD", connectedAt: 1, connectedBy: userId });
            // In bulk, as `orders.track` would leave them (metadata, then the chat's index, newest first).
            const metas: Array<{ key: string; value: unknown }> = [];
            for (let n = 0; n < m.perKey; n++) {
              const orderId = mock.seedOrder(key, { service: "1448" }).id;
              own.push(orderId);
              const order = { chatId: userId, owner: `u:${userId}`, panelId, orderId, source: "bot", createdAt: 1 };
              metas.push({ key: itemKey(userId, panelId, orderId), value: order });
            }
            await storage.keyv.namespace("orders").setMany(metas);
            await storage.keyv.namespace("orderindex").set(chatKey(userId), own.map((id) => [panelId, id]).reverse());
            seeded += own.length;
            if (m.countOnly) delete ids[key];
          });
          await storage.close();
          send({ id: m.id, result: m.countOnly ? seeded : ids });
        })();
        return;
      }
      case "advance":
        mock.advance();
        return send({ id: m.id, result: true });
      case "latency":
        mock.setFault({ mode: "none", latencyMs: m.ms });
        return send({ id: m.id, result: true });
      case "statusRequests":
        statusRequests += mock.requests.filter((r) => r.action === "status").length;
        mock.resetRequests();
        return send({ id: m.id, result: statusRequests });
    }
  });
  process.on("disconnect", () => void mock.close().then(() => process.exit(0)));
  send({ url: mock.url });
}

/** The mock panel in a child process (bench/shards.ts uses it too). */
export class PanelProcess extends ChildRpc<PanelCommand extends infer C ? (C extends { id: number } ? Omit<C, "id"> : never) : never> {
  private constructor(
    child: ChildProcess,
    readonly url: string,
  ) {
    super(child);
  }

  static async start(): Promise<PanelProcess> {
    const { child, first } = await forkHelper<{ url: string }>(fileURLToPath(import.meta.url), { BENCH_TRACKING_PANEL: "1" }, "mock panel");
    return new PanelProcess(child, first.url);
  }
}

// ── the ideal poller ──────────────────────────────────────────────────────────────────────────

/**
 * The floor the poller is compared with: the same `status` calls (100 IDs per call, 4 at a time on
 * the host) over one undici pool, the same answers parsed with JSON.parse, each order compared with
 * its last state in an in-memory map (status, charge, start count, remains) and the map updated on a
 * change. No storage, no accounts, no messages: what any poller must at least spend.
 */
export class IdealPoller {
  readonly #pool: Pool;
  readonly #path: string;
  readonly #last = new Map<string, string>();
  changes = 0;
  calls = 0;

  constructor(
    url: string,
    private readonly ordersByKey: Record<string, string[]>,
    private readonly concurrency = 4,
  ) {
    const u = new URL(url);
    this.#pool = new Pool(u.origin, { connections: concurrency });
    this.#path = u.pathname;
  }

  async cycle(): Promise<void> {
    const batches: Array<[key: string, ids: string[]]> = [];
    for (const [key, ids] of Object.entries(this.ordersByKey))
      for (let i = 0; i < ids.length; i += 100) batches.push([key, ids.slice(i, i + 100)]);
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const [key, ids] = batches[next++]!;
        this.calls += 1;
        const res = await this.#pool.request({
          path: this.#path,
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ key, action: "status", orders: ids.join(",") }).toString(),
        });
        const answer = (await res.body.json()) as Record<string, { status?: string; charge?: string; start_count?: string; remains?: string }>;
        for (const id of ids) {
          const a = answer[id];
          if (!a || a.status === undefined) continue;
          const seen = [a.status, a.charge, a.start_count, a.remains].join("|");
          if (this.#last.get(id) !== seen) {
            this.#last.set(id, seen);
            this.changes += 1;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, worker));
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}

// ── the benchmark ─────────────────────────────────────────────────────────────────────────────

const cpuMs = (c: NodeJS.CpuUsage) => Math.round((c.user + c.system) / 1000);

interface Scenario {
  keys: number;
  perKey: number;
  latencyMs: number;
  /** All the rows (first / steady / all-moved cycles), or only the ratio to the ideal poller. */
  full: boolean;
}

export async function run(): Promise<BenchRow[]> {
  const rows =
    process.env.BENCH_TRACKING_BIG_ONLY === "1" ? [] : await scenario({ keys: KEYS, perKey: ORDERS_PER_KEY, latencyMs: LATENCY_MS, full: true });
  // 100,000 orders: the ratio only, at 5 ms latency (CPU, not wall time, is compared).
  if (process.env.BENCH_TRACKING_SMALL !== "1") rows.push(...(await scenario({ keys: 1000, perKey: 100, latencyMs: 5, full: false })));
  return rows;
}

/**
 * The notifier's Bot API with every call answered at once (sends are counted for their message
 * ids, not made; throttling off: Telegram's limits are not what is measured).
 */
export function noopNotifierApi(config: Config): ReturnType<typeof createNotifierApi> {
  let sends = 0;
  const noop: Transformer = async (_prev, method, payload) => {
    if (method === "sendMessage") sends += 1;
    const p = payload as { chat_id?: number };
    return { ok: true, result: { message_id: sends, date: 0, chat: { id: p.chat_id, type: "private" } } } as never;
  };
  return createNotifierApi(config, { throttle: false, innerTransformers: [noop] });
}

async function scenario(sc: Scenario): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "smmbot-bench-tracking-"));
  const mock = await PanelProcess.start();
  const config = loadConfig({
    BOT_TOKEN: "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz",
    DATA_DIR: dir,
    ENCRYPTION_KEY: "b".repeat(64),
    PANEL_URL: mock.url,
    LOG_LEVEL: "silent",
  });
  const panels = new PanelRegistry(config.panels, { timeoutMs: 10_000, retries: 0 });
  let storage: Storage | undefined;
  let ideal: IdealPoller | undefined;
  const api = noopNotifierApi(config);
  const rows: BenchRow[] = [];
  let peakRss = process.memoryUsage().rss;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const timer = setInterval(sample, 20);
  const orders = sc.keys * sc.perKey;
  const label = orders.toLocaleString("en-US");
  try {
    // Seed (in the panel's process): users, each with their key and orders placed through the bot.
    const keys = Array.from({ length: sc.keys }, (_, i) => `bench-key-${500_000 + i}`);
    const ordersByKey = await mock.call<Record<string, string[]>>({
      cmd: "seed",
      keys,
      perKey: sc.perKey,
      dir,
      storageUrl: config.storageUrl,
      encryptionKey: config.encryptionKey!,
    });
    storage = await createStorage({
      url: config.storageUrl,
      dataDir: dir,
      encryptionKey: config.encryptionKey!,
      logger: { warn: () => undefined },
    });
    const deps = { config, logger: silentLogger, storage, panels, now: () => Date.now() };
    await mock.call({ cmd: "latency", ms: sc.latencyMs });
    await mock.call({ cmd: "statusRequests" });
    sample();
    const rssBefore = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const poller = new Poller(deps, new TelegramNotificationSender(deps, api));
    ideal = new IdealPoller(mock.url, ordersByKey);

    let cpu = process.cpuUsage();
    const first = await poller.runCycle();
    const firstCpu = cpuMs(process.cpuUsage(cpu));
    sample();
    await ideal.cycle(); // warm-up: fills its map
    // Steady cycles, alternated with the ideal poller's; the best of each (the machine is shared).
    const before = await mock.call<number>({ cmd: "statusRequests" });
    const idealBefore = ideal.calls;
    let steady = first;
    let steadyCpu = Infinity;
    let idealCpu = Infinity;
    for (let i = 0; i < 2; i++) {
      cpu = process.cpuUsage();
      steady = await poller.runCycle();
      steadyCpu = Math.min(steadyCpu, cpuMs(process.cpuUsage(cpu)));
      sample();
      cpu = process.cpuUsage();
      await ideal.cycle();
      idealCpu = Math.min(idealCpu, cpuMs(process.cpuUsage(cpu)));
    }
    const received = ((await mock.call<number>({ cmd: "statusRequests" })) - before) / 2 - (ideal.calls - idealBefore) / 2;
    const ratio = Math.round((steadyCpu / Math.max(1, idealCpu)) * 100) / 100;
    rows.push(
      { group, name: `steady cycle CPU time, ${label} orders`, value: steadyCpu, unit: "ms" },
      { group, name: `ideal poller CPU time, ${label} orders (same calls, in-memory map)`, value: idealCpu, unit: "ms" },
      { group, name: `tracking CPU ratio to the ideal poller, ${label} orders`, value: ratio, unit: "x", target: "<= 2.0" },
    );
    if (!sc.full) {
      rows.push({
        group,
        name: `peak RSS of the poller's process, ${label} orders in memory`,
        value: Math.round(peakRss / 1024 / 1024),
        unit: "MB",
      });
      return rows;
    }

    await mock.call({ cmd: "advance" });
    cpu = process.cpuUsage();
    const moved = await poller.runCycle();
    const movedCpu = cpuMs(process.cpuUsage(cpu));
    sample();

    const lowerBound = sc.keys * Math.ceil(sc.perKey / 100);
    rows.push(
      {
        group,
        name: `status calls per cycle (${orders} orders, ${sc.keys} keys)`,
        value: steady.statusCalls,
        unit: "calls",
        target: `<= ${lowerBound}`,
      },
      { group, name: "status requests the panel received in that cycle", value: received, unit: "requests", target: `<= ${lowerBound}` },
      { group, name: "orders checked per cycle", value: steady.orders, unit: "orders", target: `>= ${orders}` },
      { group, name: `steady cycle wall time (${sc.latencyMs} ms panel latency)`, value: steady.durationMs, unit: "ms", target: "< 2000" },
      { group, name: "first cycle wall time (10,000 baseline states written)", value: first.durationMs, unit: "ms", target: "< 2000" },
      { group, name: "all-moved cycle wall time (10,000 changes)", value: moved.durationMs, unit: "ms", target: "< 2000" },
      {
        group,
        // Each chat's changes come whole, split in messages of at most 15 cards (issue 12): ceil(per chat / 15) each.
        name: "messages in the all-moved cycle (15 cards per message, per chat)",
        value: moved.notified,
        unit: "messages",
        target: `<= ${sc.keys * Math.ceil(sc.perKey / 15)}`,
      },
      { group, name: "first cycle CPU time", value: firstCpu, unit: "ms" },
      { group, name: "all-moved cycle CPU time", value: movedCpu, unit: "ms" },
      { group, name: "RSS before the first cycle (runtime + modules)", value: rssBefore, unit: "MB" },
      { group, name: "RSS growth over the cycles", value: Math.round(peakRss / 1024 / 1024) - rssBefore, unit: "MB" },
      { group, name: "peak RSS of the poller's process", value: Math.round(peakRss / 1024 / 1024), unit: "MB", target: "< 150" },
    );
  } finally {
    clearInterval(timer);
    await ideal?.close();
    await panels.closeAll().catch(() => undefined);
    await mock.close();
    await storage?.close();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

function printTable(rows: BenchRow[]): void {
  const cols = ["group", "name", "value", "unit", "target"] as const;
  const cells = rows.map((r) => cols.map((c) => String(r[c] ?? "")));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: readonly string[]) => vals.map((v, i) => (i === 2 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join("  ");
  console.log(line(cols));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells) console.log(line(row));
}

if (process.env.BENCH_TRACKING_PANEL === "1") {
  void panelChild();
} else if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  run().then(printTable, (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
