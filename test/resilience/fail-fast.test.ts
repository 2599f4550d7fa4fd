/**
 * Issue 12, item 8: a SQLite file with a broken keyv table stops the bot at start (exit 1, a clear
 * message); a storage call that stalls fails after STORAGE_TIMEOUT_SECONDS (the user gets the
 * generic error, nothing hangs); an unreachable Bot API is logged at once, then every minute.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import sqlite3 from "sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BotError, HttpError } from "grammy";
import { ALICE, Harness, TOKEN } from "../helpers/harness.js";
import { createStorage, StorageTimeoutError } from "../../src/storage/index.js";
import { createApiMonitor } from "../../src/bot/api-monitor.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "smmbot-failfast-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sql(db: sqlite3.Database, statement: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(statement, (err) => (err ? reject(err) : resolve())));
}

async function brokenDatabase(file: string): Promise<void> {
  const db = new sqlite3.Database(file);
  await sql(db, "CREATE TABLE keyv (id INTEGER PRIMARY KEY, note TEXT)");
  await new Promise<void>((r) => db.close(() => r()));
}

describe("fail fast, fail loud", () => {
  it("refuses a SQLite file whose keyv table is broken", async () => {
    const file = path.join(dir, "bot.sqlite");
    await brokenDatabase(file);
    await expect(createStorage({ url: `sqlite://${file}`, dataDir: dir, encryptionKey: "a".repeat(64) })).rejects.toThrow(
      /sqlite storage does not work: .*keyv table damaged/s,
    );
  });

  it("exits 1 at start with the message", async () => {
    await brokenDatabase(path.join(dir, "bot.sqlite"));
    const run = promisify(execFile)(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: path.resolve(__dirname, "../.."),
      env: {
        ...process.env,
        BOT_TOKEN: TOKEN,
        DATA_DIR: dir,
        ENCRYPTION_KEY: "a".repeat(64),
        BOT_API_ROOT: "http://127.0.0.1:9",
        TRACKING: "false",
      },
      timeout: 60_000,
    });
    const failed = await run.then(
      () => undefined,
      (e: { code?: number; stderr?: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/storage does not work/);
  }, 90_000);

  it("times out a stalled storage call: the user gets the generic error quickly", async () => {
    const h = await Harness.create({ dataDir: dir, env: { STORAGE_TIMEOUT_SECONDS: "0.5" } });
    try {
      // Another connection holds the write lock: every write of the bot stalls.
      const db = new sqlite3.Database(path.join(dir, "bot.sqlite"));
      await sql(db, "PRAGMA busy_timeout = 100; BEGIN EXCLUSIVE");
      const t0 = Date.now();
      const start = h.calls.length;
      // Choosing a language writes the chat's prefs (the write of a user's detected language is
      // only logged when it fails). handleUpdate rethrows what the runner and the webhook hand to
      // bot.catch: hand it over the same way.
      const err = await h.press(ALICE, "lang:sl").then(
        () => undefined,
        (e: unknown) => e,
      );
      const took = Date.now() - t0;
      expect(err).toBeInstanceOf(BotError);
      expect((err as BotError).error).toBeInstanceOf(StorageTimeoutError);
      await h.bot.errorHandler(err as BotError<never>);
      await sql(db, "ROLLBACK");
      await new Promise<void>((r) => db.close(() => r()));
      expect(took).toBeLessThan(3000);
      const answered = h.calls
        .slice(start)
        .filter((c) => c.method === "answerCallbackQuery")
        .map((c) => String(c.payload.text ?? ""));
      expect(answered.join("\n")).toMatch(/Something went wrong/);
    } finally {
      await h.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("logs an unreachable Bot API at once, then once a minute, and its return", async () => {
    let now = 0;
    const lines: string[] = [];
    const log = (msg: string) => lines.push(msg);
    const logger = {
      error: (_o: unknown, m: string) => log(m),
      warn: (_o: unknown, m: string) => log(m),
      info: (_o: unknown, m: string) => log(m),
    };
    const monitor = createApiMonitor(logger as never, { now: () => now });
    const down = async () => {
      throw new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNREFUSED"));
    };
    const up = async () => ({ ok: true as const, result: true });
    const call = (prev: typeof down | typeof up) =>
      monitor.transformer(prev as never, "sendMessage", { chat_id: 1, text: "x" }).catch(() => undefined);
    await call(down);
    expect(lines).toEqual(["Bot API unreachable"]);
    now += 20_000;
    await call(down);
    expect(lines).toHaveLength(1);
    now += 45_000;
    await call(down);
    expect(lines).toEqual(["Bot API unreachable", "Bot API still unreachable"]);
    expect(monitor.state().reachable).toBe(false);
    await call(up);
    expect(lines.at(-1)).toBe("Bot API reachable again");
    expect(monitor.state().reachable).toBe(true);
    monitor.stop();
  });
});
