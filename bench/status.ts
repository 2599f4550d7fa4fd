/**
 * /status handler cost: the bot's own work per /status update (routing, i18n, account and
 * tracked-order lookups in storage, formatting, keyboard), through bot.handleUpdate.
 *
 * - The panel is a local stub (the client's `status` / `statuses` answer from memory at once), so
 *   no HTTP is in the figure; Bot API calls are answered by a recording transformer (no network).
 * - Storage is SQLite in memory (the real repositories and encryption).
 * - Per update: CPU time of the process (process.cpuUsage: user + system, so SQLite's worker
 *   threads and GC count too) and wall time. p99 is dominated by GC pauses and machine noise.
 *
 * Run alone: `npx tsx bench/status.ts` (BENCH_N scales the number of updates, default 1).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import type { Transformer } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { createBot } from "../src/bot/bot.js";
import { createDeps } from "../src/deps.js";
import { loadConfig } from "../src/config.js";
import { silentLogger } from "../src/logger.js";
import type { BatchItem, OrderStatus } from "../src/panel/types.js";
import type { BenchRow } from "./types.js";

const BOT_INFO = {
  id: 4242,
  is_bot: true,
  first_name: "Bench Bot",
  username: "bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
} as UserFromGetMe;

const USER = { id: 777, is_bot: false, first_name: "Bench", language_code: "en" };
const ANSWER: OrderStatus = { status: "In progress", charge: "0.27819", startCount: 3572, remains: 157, currency: "USD" };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

export async function run(): Promise<BenchRow[]> {
  const scale = Math.max(0.1, Number(process.env.BENCH_N ?? "1") || 1);
  const dir = await mkdtemp(path.join(tmpdir(), "smmbot-bench-status-"));
  const config = loadConfig({
    BOT_TOKEN: "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz",
    DATA_DIR: dir,
    ENCRYPTION_KEY: "b".repeat(64),
    LOG_LEVEL: "silent",
    TRACKING: "false",
    RATE_LIMIT_PER_MINUTE: "0",
    PANEL_URL: "http://127.0.0.1:9/api/v2", // never called: the client is stubbed below
    STORAGE_URL: "sqlite://:memory:",
  });
  const deps = await createDeps(config, { logger: silentLogger, panels: { retries: 0 } });
  const { storage, panels } = deps;
  const panelId = config.panels[0]!.id;
  const client = panels.get(panelId);
  let panelCalls = 0;
  // The cached panel answer: the bot's own work is what is measured.
  Object.assign(client, {
    status: async (): Promise<OrderStatus> => {
      panelCalls++;
      return ANSWER;
    },
    statuses: async (_key: string, ids: readonly string[]): Promise<Map<string, BatchItem<OrderStatus>>> => {
      panelCalls++;
      return new Map(ids.map((id) => [id, { ok: true as const, value: ANSWER }]));
    },
  });

  let apiCalls = 0;
  let messageId = 1;
  const recorder: Transformer = async (_prev, method, payload) => {
    apiCalls++;
    const p = (payload ?? {}) as Record<string, unknown>;
    const result =
      method === "sendMessage" ? { message_id: ++messageId, date: 0, chat: { id: p.chat_id, type: "private" }, text: p.text } : true;
    return { ok: true, result } as never;
  };
  const bot = createBot(deps, { botInfo: BOT_INFO, apiTransformers: [recorder] });
  await bot.init();
  await storage.accounts.add(`u:${USER.id}`, { panelId, apiKey: "bench-key-000001", currency: "USD", connectedAt: 0, connectedBy: USER.id });

  let updateId = 1;
  const update = (text: string): Update => ({
    update_id: updateId++,
    message: {
      message_id: ++messageId,
      date: 0,
      chat: { id: USER.id, type: "private", first_name: USER.first_name },
      from: USER,
      text,
      entities: [{ type: "bot_command", offset: 0, length: "/status".length }],
    },
  });

  const rows: BenchRow[] = [];
  const cases = [
    { label: "1 ID", text: "/status 23501", n: Math.round(2000 * scale), cpuTarget: "< 2000", rateTarget: ">= 500" },
    {
      label: "20 IDs",
      text: `/status ${Array.from({ length: 20 }, (_, i) => 23501 + i).join(" ")}`,
      n: Math.round(1000 * scale),
      cpuTarget: "< 3000",
      rateTarget: ">= 300",
    },
  ];
  try {
    for (const c of cases) {
      for (let i = 0; i < 200; i++) await bot.handleUpdate(update(c.text)); // warm-up (JIT, SQLite)
      const cpu: number[] = [];
      const wall: number[] = [];
      const callsBefore = apiCalls;
      const panelBefore = panelCalls;
      const start = performance.now();
      for (let i = 0; i < c.n; i++) {
        const c0 = process.cpuUsage();
        const w0 = performance.now();
        await bot.handleUpdate(update(c.text));
        wall.push((performance.now() - w0) * 1000);
        const d = process.cpuUsage(c0);
        cpu.push(d.user + d.system);
      }
      const seconds = (performance.now() - start) / 1000;
      if (panelCalls - panelBefore !== c.n) throw new Error(`bench: expected one panel call per update (${c.label})`);
      if (apiCalls - callsBefore < c.n) throw new Error(`bench: the bot did not answer every update (${c.label})`);
      cpu.sort((a, b) => a - b);
      wall.sort((a, b) => a - b);
      const group = "updates";
      rows.push(
        { group, name: `/status ${c.label}: CPU p50`, value: round(percentile(cpu, 50)), unit: "µs", target: c.cpuTarget },
        { group, name: `/status ${c.label}: CPU p99`, value: round(percentile(cpu, 99)), unit: "µs", target: "< 15000" },
        { group, name: `/status ${c.label}: wall p50`, value: round(percentile(wall, 50)), unit: "µs" },
        { group, name: `/status ${c.label}: wall p99`, value: round(percentile(wall, 99)), unit: "µs" },
        { group, name: `/status ${c.label}: throughput`, value: Math.round(c.n / seconds), unit: "updates/s", target: c.rateTarget },
      );
    }
  } finally {
    await panels.closeAll().catch(() => undefined);
    await deps.catalogue.idle().catch(() => undefined);
    await storage.close();
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

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  run().then(printTable, (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
