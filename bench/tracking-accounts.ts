/**
 * Tracking over several panels and several accounts per chat (issue 13): 10,000 tracked orders on
 * 10 panels × 100 accounts, 10 orders per account, the mock panels answering every call after 50 ms,
 * a temp SQLite storage and a no-op Bot API (as bench/tracking.ts, whose single-panel rows these
 * complement).
 *
 * The accounts ({@link accountsLayout}): 100 users, 10 accounts each. Half of them have one account
 * on each of the 10 panels; the other half two accounts (two keys) on each of 5 panels, so a chat
 * holds several accounts of one panel as well as accounts of different panels. Each panel gets
 * exactly 100 accounts. An account has fewer than 100 orders, so the lower bound of `status` calls
 * is one per account: 1,000 a cycle. A poller that grouped by panel + owner only (forgetting the
 * account) would make fewer calls, with the wrong key for half of them: the target is "= the lower
 * bound", and the panels count the IDs asked with a key that does not own them (target 0).
 *
 * The 10 mock panels run in ONE child process (this file, with BENCH_ACCOUNTS_PANELS=1), each on its
 * own port of 127.0.0.1: 10 hosts for the poller (a host is host:port), each with its own limit of
 * 4 calls at once. The child also seeds the bot's database, so the poller's process RSS (sampled
 * every 20 ms) is the poller's alone.
 *
 * Figures: calls per steady cycle and the requests the panels received, orders checked, wall time
 * of the first, a steady and an all-moved cycle (with the floor: calls ÷ (10 hosts × 4) × 50 ms),
 * messages of the all-moved cycle (one per chat and account), peak RSS.
 *
 * Run: through `npm run bench`, or alone: `npx tsc -p tsconfig.bench.json && node
 * dist-bench/bench/tracking-accounts.js`.
 */
import { ChildRpc, forkHelper } from "./child-rpc.js";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchRow } from "./types.js";
import { noopNotifierApi } from "./tracking.js";
import { loadConfig } from "../src/config.js";
import { silentLogger } from "../src/logger.js";
import { MAX_IDS_PER_CALL } from "../src/panel/client.js";
import { PanelRegistry } from "../src/panel/registry.js";
import { createStorage, type Storage } from "../src/storage/index.js";
import { chatKey, itemKey } from "../src/storage/repos/keys.js";
import type { TrackedOrder } from "../src/storage/types.js";
import { TelegramNotificationSender } from "../src/bot/notifications/sender.js";
import { Poller } from "../src/tracking/poller.js";
import { forEachLimit } from "../src/tracking/limiter.js";

const PANELS = 10;
const USERS = 100;
const ORDERS_PER_ACCOUNT = 10;
const LATENCY_MS = 50;
/** The poller's default calls at once per host. */
const PER_HOST = 4;
const group = "accounts";

// ── the layout ────────────────────────────────────────────────────────────────────────────────

/** One account of the layout: its user, its panel (index) and its key on that panel. */
export interface LayoutAccount {
  userId: number;
  panel: number;
  key: string;
}

export interface Layout {
  users: Array<{ userId: number; accounts: LayoutAccount[] }>;
  ordersPerAccount: number;
  /** The fewest `status` calls a cycle can make: ceil(orders / 100) per account. */
  lowerBound: number;
}

/**
 * `users` users with `panels` accounts each: even users one account on every panel, odd users two
 * accounts on every other panel (the even or the odd ones, alternately), so that every panel gets
 * `users` accounts. Needs an even number of panels and a number of users divisible by 4.
 */
export function accountsLayout(opts: { panels: number; users: number; ordersPerAccount: number; firstUserId?: number }): Layout {
  const { panels, users, ordersPerAccount } = opts;
  if (panels % 2 !== 0 || users % 4 !== 0) throw new RangeError("accountsLayout: panels must be even and users divisible by 4");
  const first = opts.firstUserId ?? 700_000;
  const out: Layout["users"] = [];
  for (let u = 0; u < users; u++) {
    const userId = first + u;
    const accounts: LayoutAccount[] = [];
    for (let j = 0; j < panels; j++) {
      // Odd users: panels of one parity (alternating between odd users), two accounts on each.
      const panel = u % 2 === 0 ? j : (((u - 1) / 2) % 2) + 2 * Math.floor(j / 2);
      accounts.push({ userId, panel, key: `bench-acc-${userId}-${j}` });
    }
    out.push({ userId, accounts });
  }
  const lowerBound = users * panels * Math.ceil(ordersPerAccount / MAX_IDS_PER_CALL);
  return { users: out, ordersPerAccount, lowerBound };
}

const panelIdOf = (i: number): string => `p${i}`;

// ── the mock panels, in a child process ───────────────────────────────────────────────────────

type PanelCommand =
  | { id: number; cmd: "seed"; layout: Layout; dir: string; storageUrl: string; encryptionKey: string }
  | { id: number; cmd: "advance" }
  | { id: number; cmd: "latency"; ms: number }
  | { id: number; cmd: "statusRequests" };

/** What the panels received since the last `statusRequests`. */
interface Received {
  requests: number;
  /** Order IDs asked with a key that does not own them (another account's). */
  foreignIds: number;
}

async function panelsChild(count: number): Promise<void> {
  const { startMockPanel } = await import("../src/dev/mock-panel.js");
  const mocks = await Promise.all(Array.from({ length: count }, () => startMockPanel()));
  const send = (msg: unknown) => process.send?.(msg);
  process.on("message", (m: PanelCommand) => {
    switch (m.cmd) {
      case "seed":
        void seed(m).then(() => send({ id: m.id, result: true }));
        return;
      case "advance":
        for (const mock of mocks) mock.advance();
        return send({ id: m.id, result: true });
      case "latency":
        for (const mock of mocks) mock.setFault({ mode: "none", latencyMs: m.ms });
        return send({ id: m.id, result: true });
      case "statusRequests": {
        const r: Received = { requests: 0, foreignIds: 0 };
        for (const mock of mocks) {
          for (const req of mock.requests) {
            if (req.action !== "status") continue;
            r.requests += 1;
            const ids = (req.params.orders ?? req.params.order ?? "").split(",").filter(Boolean);
            for (const id of ids) if (mock.orders.get(id)?.key !== req.params.key) r.foreignIds += 1;
          }
          mock.resetRequests();
        }
        return send({ id: m.id, result: r });
      }
    }
  });
  process.on("disconnect", () => void Promise.all(mocks.map((mock) => mock.close())).then(() => process.exit(0)));
  send({ urls: mocks.map((mock) => mock.url) });

  /** The panels' accounts and orders, and the bot's database as it would be after they were placed. */
  async function seed(m: Extract<PanelCommand, { cmd: "seed" }>): Promise<void> {
    const storage = await createStorage({
      url: m.storageUrl,
      dataDir: m.dir,
      encryptionKey: m.encryptionKey,
      logger: { warn: () => undefined },
    });
    await forEachLimit(m.layout.users, 8, async ({ userId, accounts }) => {
      const owner = `u:${userId}` as const;
      const metas: Array<{ key: string; value: TrackedOrder }> = [];
      const index: Array<[string, string]> = [];
      for (const a of accounts) {
        const mock = mocks[a.panel]!;
        const panelId = panelIdOf(a.panel);
        mock.addAccount(a.key, "1000000");
        // One owner's accounts one after the other (each add rewrites the owner's record).
        const { account } = await storage.accounts.add(owner, { panelId, apiKey: a.key, currency: "USD", connectedAt: 1, connectedBy: userId });
        for (let n = 0; n < m.layout.ordersPerAccount; n++) {
          const orderId = mock.seedOrder(a.key, { service: "1448" }).id;
          metas.push({
            key: itemKey(userId, panelId, orderId),
            value: { chatId: userId, owner, accountId: account.id, panelId, orderId, source: "bot", createdAt: 1 },
          });
          index.push([panelId, orderId]);
        }
      }
      // In bulk, as `orders.track` would leave them (metadata, then the chat's index, newest first).
      await storage.keyv.namespace("orders").setMany(metas);
      await storage.keyv.namespace("orderindex").set(chatKey(userId), index.reverse());
    });
    await storage.close();
  }
}

/** The mock panels in one child process. */
class PanelsProcess extends ChildRpc<PanelCommand extends infer C ? (C extends { id: number } ? Omit<C, "id"> : never) : never> {
  private constructor(
    child: ChildProcess,
    readonly urls: string[],
  ) {
    super(child);
  }

  static async start(count: number): Promise<PanelsProcess> {
    const { child, first } = await forkHelper<{ urls: string[] }>(
      fileURLToPath(import.meta.url),
      { BENCH_ACCOUNTS_PANELS: String(count) },
      "mock panels",
    );
    return new PanelsProcess(child, first.urls);
  }
}

// ── the benchmark ─────────────────────────────────────────────────────────────────────────────

export async function run(): Promise<BenchRow[]> {
  const layout = accountsLayout({ panels: PANELS, users: USERS, ordersPerAccount: ORDERS_PER_ACCOUNT });
  const accounts = USERS * PANELS;
  const orders = accounts * ORDERS_PER_ACCOUNT;
  const dir = await mkdtemp(path.join(tmpdir(), "smmbot-bench-accounts-"));
  const mocks = await PanelsProcess.start(PANELS);
  const config = loadConfig({
    BOT_TOKEN: "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz",
    DATA_DIR: dir,
    ENCRYPTION_KEY: "c".repeat(64),
    PANELS: mocks.urls.map((url, i) => `${panelIdOf(i)}=${url}`).join(","),
    LOG_LEVEL: "silent",
  });
  const panels = new PanelRegistry(config.panels, { timeoutMs: 10_000, retries: 0 });
  let storage: Storage | undefined;
  const api = noopNotifierApi(config);
  let peakRss = process.memoryUsage().rss;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const timer = setInterval(sample, 20);
  try {
    await mocks.call({ cmd: "seed", layout, dir, storageUrl: config.storageUrl, encryptionKey: config.encryptionKey! });
    storage = await createStorage({
      url: config.storageUrl,
      dataDir: dir,
      encryptionKey: config.encryptionKey!,
      logger: { warn: () => undefined },
    });
    const deps = { config, logger: silentLogger, storage, panels, now: () => Date.now() };
    await mocks.call({ cmd: "latency", ms: LATENCY_MS });
    await mocks.call({ cmd: "statusRequests" });
    sample();
    const rssBefore = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const poller = new Poller(deps, new TelegramNotificationSender(deps, api), { concurrencyPerHost: PER_HOST });

    const first = await poller.runCycle();
    sample();
    const firstReceived = await mocks.call<Received>({ cmd: "statusRequests" });
    const steady = await poller.runCycle();
    sample();
    const received = await mocks.call<Received>({ cmd: "statusRequests" });
    await mocks.call({ cmd: "advance" });
    const moved = await poller.runCycle();
    sample();
    const movedReceived = await mocks.call<Received>({ cmd: "statusRequests" });

    const lb = layout.lowerBound;
    const floorMs = Math.ceil(lb / (PANELS * PER_HOST)) * LATENCY_MS;
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    // Names kept within the README table's name column (54 characters).
    return [
      {
        group,
        name: `status calls per cycle (${PANELS} panels × ${USERS} accounts)`,
        value: steady.statusCalls,
        unit: "calls",
        target: `= ${lb}`,
      },
      { group, name: "status requests the panels received in that cycle", value: received.requests, unit: "requests", target: `= ${lb}` },
      {
        group,
        name: "order IDs asked with another account's key",
        value: firstReceived.foreignIds + received.foreignIds + movedReceived.foreignIds,
        unit: "IDs",
        target: "= 0",
      },
      { group, name: "orders checked per cycle", value: steady.orders, unit: "orders", target: `>= ${orders}` },
      {
        group,
        name: `steady cycle wall time (${LATENCY_MS} ms latency, ${PANELS} panels)`,
        value: steady.durationMs,
        unit: "ms",
        target: "< 2000",
      },
      { group, name: `  floor: ${lb} calls ÷ ${PANELS * PER_HOST} at once × ${LATENCY_MS} ms`, value: floorMs, unit: "ms" },
      { group, name: "first cycle wall time (10,000 baseline states written)", value: first.durationMs, unit: "ms" },
      { group, name: "all-moved cycle wall time (10,000 changes)", value: moved.durationMs, unit: "ms" },
      {
        group,
        // One message per chat for all its accounts, split in parts of at most 15 cards.
        name: "messages in the all-moved cycle (per chat, 15 cards each)",
        value: moved.notified,
        unit: "messages",
        target: `<= ${USERS * Math.ceil(orders / USERS / 15)}`,
      },
      { group, name: "RSS before the first cycle (runtime + modules)", value: rssBefore, unit: "MB" },
      { group, name: "peak RSS of the poller's process", value: mb(peakRss), unit: "MB" },
    ];
  } finally {
    clearInterval(timer);
    await panels.closeAll().catch(() => undefined);
    await mocks.close();
    await storage?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_ACCOUNTS_PANELS) {
  void panelsChild(Number(process.env.BENCH_ACCOUNTS_PANELS));
} else if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  run().then(
    (rows) => console.table(rows.map((r) => ({ name: r.name, value: r.value, unit: r.unit, target: r.target ?? "" }))),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
