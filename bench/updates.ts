/**
 * Update handling, end to end through the bot's whole middleware stack (logging, sequentialize,
 * i18n, conversations, features), with Bot API calls answered by a recording transformer (no
 * network) and SQLite storage in a temp dir:
 *
 * - "/help": the lightest command (routing, i18n, one reply): sequential latency p50/p99 and
 *   throughput; the same with the per-update log line written by pino (to a null stream) to show
 *   the logging cost;
 * - concurrent throughput: 100 chats sending at once, as the runner or a webhook delivers them;
 * - a conversation step (/connect, then a malformed key → the bot re-asks: conversation state
 *   read, replayed and written each time) — skipped when bench/wizard.ts exists (it measures the
 *   order wizard's steps);
 * - webhook: the app (startApp, webhook mode) over HTTP on 127.0.0.1, 8 connections at once;
 * - CPU per /help update (process CPU time, threads included, over sequential updates) of the
 *   project's bot against a bare grammY bot with conversations v2 on the same encrypted SQLite
 *   storage (see {@link makeBareBot}), measured in alternating rounds (medians): the ratio is the
 *   issue-17 target (≤ 1.5). The bot keeps its chats' records in memory on SQLite
 *   (STORAGE_READ_CACHE, src/storage/read-cache.ts), the stock plugin reads its state every update;
 *   the same bot with that cache off is printed beside it (its middleware's own cost). A bare
 *   grammY bot without storage is printed for scale.
 *
 * /status with a cached panel answer is measured by bench/status.ts (not repeated here).
 * Run alone: `npx tsx bench/updates.ts`.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { Bot, type Context, type Transformer } from "grammy";
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import type { Update, UserFromGetMe } from "grammy/types";
import { pino } from "pino";
import { startApp } from "../src/app.js";
import { createBot } from "../src/bot/bot.js";
import type { BotContext } from "../src/bot/context.js";
import { createDeps } from "../src/deps.js";
import { loadConfig, type Config } from "../src/config.js";
import { REDACT_PATHS, silentLogger, type Logger } from "../src/logger.js";
import { createStorage, type Storage } from "../src/storage/index.js";
import type { BenchRow } from "./types.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TOKEN = "123456:BENCH-updates-abcdefghijklmnopqrstuvwxyz";
const BOT_INFO = {
  id: 123456,
  is_bot: true,
  first_name: "Bench Bot",
  username: "bench_updates_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
} as UserFromGetMe;

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Answers every Bot API call locally, shaped like the Bot API's answers. */
function recorder(counter: { calls: number }): Transformer {
  let messageId = 1;
  return async (_prev, method, payload) => {
    counter.calls++;
    const p = (payload ?? {}) as Record<string, unknown>;
    const result =
      method === "sendMessage" ? { message_id: ++messageId, date: 0, chat: { id: p.chat_id, type: "private" }, text: p.text } : true;
    return { ok: true, result } as never;
  };
}

function benchConfig(dir: string, extra: Record<string, string> = {}): Config {
  return loadConfig({
    BOT_TOKEN: TOKEN,
    DATA_DIR: dir,
    ENCRYPTION_KEY: "c".repeat(64),
    LOG_LEVEL: "silent",
    TRACKING: "false",
    RATE_LIMIT_PER_MINUTE: "0",
    PANEL_URL: "http://127.0.0.1:9/api/v2", // never called
    ...extra,
  });
}

let updateId = 1;
let messageId = 1;
function textUpdate(userId: number, text: string): Update {
  const cmd = text.startsWith("/") ? text.split(/\s/)[0]!.length : 0;
  return {
    update_id: updateId++,
    message: {
      message_id: ++messageId,
      date: 0,
      chat: { id: userId, type: "private", first_name: "U" },
      from: { id: userId, is_bot: false, first_name: "U", language_code: "en" },
      text,
      ...(cmd ? { entities: [{ type: "bot_command", offset: 0, length: cmd }] } : {}),
    },
  };
}

async function makeBot(
  dir: string,
  logger: Logger,
  env: Record<string, string> = {},
): Promise<{ bot: Bot<BotContext>; storage: Storage; calls: { calls: number } }> {
  const config = benchConfig(dir, env);
  const deps = await createDeps(config, { logger, panels: { retries: 0 } });
  const { storage } = deps;
  const calls = { calls: 0 };
  const bot = createBot(deps, { botInfo: BOT_INFO, apiTransformers: [recorder(calls)] });
  await bot.init();
  return { bot, storage, calls };
}

/** Sequential latency (µs) and throughput of `n` updates made by `make`. */
async function sequential(
  bot: Bot<BotContext>,
  n: number,
  make: (i: number) => Update,
): Promise<{ p50: number; p99: number; perSecond: number }> {
  for (let i = 0; i < Math.min(200, n); i++) await bot.handleUpdate(make(i)); // warm-up
  const lat: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await bot.handleUpdate(make(i));
    lat.push((performance.now() - t0) * 1000);
  }
  const seconds = (performance.now() - start) / 1000;
  lat.sort((a, b) => a - b);
  return { p50: percentile(lat, 50), p99: percentile(lat, 99), perSecond: n / seconds };
}

/**
 * The floor: a bare grammY bot with conversations v2 (one registered conversation, like the
 * project's) keeping its state in the same encrypted storage (SQLite, a secret adapter over the
 * "conversations" namespace), answering /help with one reply. `withConversations: false` gives
 * plain grammY (no storage at all).
 */
async function makeBareBot(
  dir: string,
  withConversations: boolean,
): Promise<{ bot: Bot<ConversationFlavor<Context>>; storage?: Storage; calls: { calls: number } }> {
  type Ctx = ConversationFlavor<Context>;
  const calls = { calls: 0 };
  const bot = new Bot<Ctx>(TOKEN, { botInfo: BOT_INFO });
  bot.api.config.use(recorder(calls));
  let storage: Storage | undefined;
  if (withConversations) {
    storage = await createStorage({ dataDir: dir, encryptionKey: "c".repeat(64) });
    bot.use(
      conversations<Ctx, Context>({
        storage: { type: "key", adapter: storage.secretAdapter("conversations"), getStorageKey: (ctx) => ctx.chat?.id.toString() },
      }),
    );
    bot.use(
      createConversation(
        async (conversation: Conversation<Ctx, Context>, ctx: Context) => {
          await ctx.reply("Send your key");
          await conversation.wait();
        },
        { id: "connect" },
      ),
    );
    bot.command("connect", (ctx) => ctx.conversation.enter("connect"));
  }
  bot.command("help", (ctx) => ctx.reply("Commands: /connect /balance /order /status /help"));
  await bot.init();
  return { bot, ...(storage ? { storage } : {}), calls };
}

/** Process CPU time (user + system, all threads: SQLite works in the libuv pool) per update, in µs. */
async function cpuPerUpdate(bot: { handleUpdate(update: Update): Promise<void> }, n: number, make: (i: number) => Update): Promise<number> {
  const handle = (u: Update) => bot.handleUpdate(u);
  for (let i = 0; i < Math.min(300, n); i++) await handle(make(i)); // warm-up (JIT, caches)
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) await handle(make(i));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** /help CPU per update: the project, the bare grammY + conversations bot and plain grammY, in alternating rounds. */
export async function helpCpuRows(dir: string, scale: number): Promise<BenchRow[]> {
  const group = "updates";
  const project = await makeBot(path.join(dir, "cpu-project"), silentLogger);
  // The same bot reading every update's records from SQLite (the per-chat read cache off): what
  // the bot's own middleware costs over the bare bot's, shown beside the target row.
  const uncached = await makeBot(path.join(dir, "cpu-uncached"), silentLogger, { STORAGE_READ_CACHE: "0" });
  const bare = await makeBareBot(path.join(dir, "cpu-bare"), true);
  const plain = await makeBareBot(path.join(dir, "cpu-plain"), false);
  try {
    const n = Math.max(300, Math.round(2000 * scale));
    const rounds = 5;
    const p: number[] = [];
    const u: number[] = [];
    const b: number[] = [];
    const g: number[] = [];
    // Several chats, as in real traffic (each chat's keys are read once per update).
    const make = (i: number) => textUpdate(7000 + (i % 50), "/help");
    for (let r = 0; r < rounds; r++) {
      b.push(await cpuPerUpdate(bare.bot, n, make));
      p.push(await cpuPerUpdate(project.bot, n, make));
      u.push(await cpuPerUpdate(uncached.bot, n, make));
      g.push(await cpuPerUpdate(plain.bot, n, make));
    }
    if (project.calls.calls < n || uncached.calls.calls < n || bare.calls.calls < n) throw new Error("bench: /help was not answered");
    if (!project.storage.keyv.readCacheStats?.hits || uncached.storage.keyv.readCacheStats)
      throw new Error("bench: the read cache is not as configured");
    const pm = median(p);
    const um = median(u);
    const bm = median(b);
    return [
      { group, name: "/help CPU per update", value: round(pm), unit: "µs" },
      { group, name: "/help CPU per update, STORAGE_READ_CACHE=0 (every update reads SQLite)", value: round(um), unit: "µs" },
      { group, name: "/help CPU per update, bare grammY + conversations v2 (same storage)", value: round(bm), unit: "µs" },
      { group, name: "/help CPU per update, bare grammY (no storage)", value: round(median(g)), unit: "µs" },
      { group, name: "/help CPU ratio to the bare grammY + conversations bot", value: round(pm / bm, 2), unit: "×", target: "<= 1.5" },
      { group, name: "/help CPU ratio to the bare bot, STORAGE_READ_CACHE=0", value: round(um / bm, 2), unit: "×" },
    ];
  } finally {
    await project.storage.close();
    await uncached.storage.close();
    await bare.storage?.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const scale = Math.max(0.1, Number(process.env.BENCH_N ?? "1") || 1);
  const group = "updates";
  const rows: BenchRow[] = [];
  const dir = await mkdtemp(path.join(tmpdir(), "smmbot-bench-updates-"));
  try {
    // 1. /help, sequential, logging off and on.
    {
      const silent = await makeBot(path.join(dir, "silent"), silentLogger);
      const n = Math.round(3000 * scale);
      const r = await sequential(silent.bot, n, () => textUpdate(2001, "/help"));
      if (silent.calls.calls < n) throw new Error("bench: /help was not answered");
      rows.push(
        { group, name: "/help latency p50", value: round(r.p50), unit: "µs", target: "< 2000" },
        { group, name: "/help latency p99", value: round(r.p99), unit: "µs", target: "< 15000" },
        { group, name: "/help throughput (sequential)", value: Math.round(r.perSecond), unit: "updates/s", target: ">= 500" },
      );

      // Same with the per-update log line written (pino, info level, to a null stream).
      const sink = new Writable({ write: (_c, _e, cb) => cb() });
      const logged = await makeBot(
        path.join(dir, "logged"),
        pino({ level: "info", redact: { paths: REDACT_PATHS, censor: "[redacted]" }, base: undefined }, sink),
      );
      const rl = await sequential(logged.bot, n, () => textUpdate(2002, "/help"));
      rows.push({ group, name: "/help latency p50 with the log line", value: round(rl.p50), unit: "µs", target: "< 2000" });

      // 2. Concurrent: 100 chats at once.
      const chats = 100;
      const perChat = Math.max(2, Math.round(20 * scale));
      const lat: number[] = [];
      const start = performance.now();
      await Promise.all(
        Array.from({ length: chats }, async (_, c) => {
          for (let i = 0; i < perChat; i++) {
            const t0 = performance.now();
            await silent.bot.handleUpdate(textUpdate(3000 + c, "/help"));
            lat.push((performance.now() - t0) * 1000);
          }
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      lat.sort((a, b) => a - b);
      rows.push(
        {
          group,
          name: `/help throughput (${chats} chats at once)`,
          value: Math.round((chats * perChat) / seconds),
          unit: "updates/s",
          target: ">= 500",
        },
        {
          group,
          name: `/help latency p99 (${chats} chats at once)`,
          value: round(lat.length ? percentile(lat, 99) / 1000 : 0),
          unit: "ms",
          target: "< 500",
        },
      );

      // 3. A conversation step (unless the order wizard's bench covers it).
      if (!existsSync(path.join(HERE, `wizard${path.extname(fileURLToPath(import.meta.url))}`))) {
        const users = Math.max(10, Math.round(100 * scale));
        const steps = 5;
        const stepLat: number[] = [];
        const cStart = performance.now();
        for (let u = 0; u < users; u++) {
          const userId = 10_000 + u;
          await silent.bot.handleUpdate(textUpdate(userId, "/connect"));
          for (let s = 0; s < steps; s++) {
            const t0 = performance.now();
            await silent.bot.handleUpdate(textUpdate(userId, "bad key"));
            stepLat.push((performance.now() - t0) * 1000);
          }
        }
        const cSeconds = (performance.now() - cStart) / 1000;
        stepLat.sort((a, b) => a - b);
        rows.push(
          { group, name: "conversation step p50 (/connect, re-ask)", value: round(percentile(stepLat, 50)), unit: "µs", target: "< 10000" },
          { group, name: "conversation step p99 (/connect, re-ask)", value: round(percentile(stepLat, 99)), unit: "µs", target: "< 50000" },
          { group, name: "conversation updates/s", value: Math.round((users * (steps + 1)) / cSeconds), unit: "updates/s", target: ">= 100" },
        );
      }
      await silent.storage.close();
      await logged.storage.close();
    }

    // 4. CPU per /help update against the bare grammY + conversations bot.
    rows.push(...(await helpCpuRows(dir, scale)));

    // 5. Webhook: the whole app over HTTP.
    {
      const config = benchConfig(path.join(dir, "webhook"), {
        BOT_MODE: "webhook",
        WEBHOOK_URL: "http://127.0.0.1:1/hook",
        WEBHOOK_SECRET: "bench-secret",
        PORT: "0",
      });
      const calls = { calls: 0 };
      const app = await startApp({
        config,
        logger: silentLogger,
        host: "127.0.0.1",
        botInfo: BOT_INFO,
        apiTransformers: [recorder(calls)],
        registerCommands: false,
      });
      const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
      const post = (body: string) =>
        new Promise<number>((resolve, reject) => {
          const req = http.request(
            {
              host: "127.0.0.1",
              port: app.port,
              path: "/hook",
              method: "POST",
              agent,
              headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "bench-secret" },
            },
            (res) => {
              res.resume();
              res.on("end", () => resolve(res.statusCode ?? 0));
            },
          );
          req.on("error", reject);
          req.end(body);
        });
      try {
        const n = Math.round(2000 * scale);
        for (let i = 0; i < 100; i++) await post(JSON.stringify(textUpdate(4000 + (i % 50), "/help")));
        const lat: number[] = [];
        let next = 0;
        const start = performance.now();
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            while (next < n) {
              const i = next++;
              const t0 = performance.now();
              const status = await post(JSON.stringify(textUpdate(5000 + (i % 200), "/help")));
              if (status !== 200) throw new Error(`bench: webhook answered ${status}`);
              lat.push((performance.now() - t0) * 1000);
            }
          }),
        );
        const seconds = (performance.now() - start) / 1000;
        lat.sort((a, b) => a - b);
        rows.push(
          { group, name: "webhook /help throughput (8 connections)", value: Math.round(n / seconds), unit: "updates/s", target: ">= 300" },
          { group, name: "webhook /help latency p50", value: round(percentile(lat, 50) / 1000, 2), unit: "ms", target: "< 20" },
          { group, name: "webhook /help latency p99", value: round(percentile(lat, 99) / 1000, 2), unit: "ms", target: "< 100" },
        );
      } finally {
        agent.destroy();
        await app.stop();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `--cpu`: only the CPU-per-update comparison.
  const only = process.argv.includes("--cpu")
    ? async () => {
        const dir = await mkdtemp(path.join(tmpdir(), "smmbot-bench-updates-"));
        try {
          return await helpCpuRows(dir, Math.max(0.1, Number(process.env.BENCH_N ?? "1") || 1));
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }
    : run;
  only().then(
    (rows) => {
      for (const r of rows) console.log(`${r.group}\t${r.name}\t${r.value} ${r.unit}\t${r.target ?? ""}`);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
