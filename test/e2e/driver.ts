/**
 * End-to-end driver: the BUILT bot (`node dist/main.js`) as a child process, configured only
 * through its environment, talking over real HTTP to the fake Telegram Bot API
 * (test/support/fake-bot-api.ts) and to the mock SMM panel (src/dev/mock-panel.ts), both running
 * in the test process.
 *
 * ```ts
 * const w = await World.start();            // fake Bot API + mock panel + temp DATA_DIR + bot
 * const alice = w.user(1001, "Alice");
 * const hello = await w.say(alice, "/start"); // the bot's next message to Alice
 * await w.bot.kill();                         // SIGKILL
 * await w.bot.start();                        // same DATA_DIR
 * await w.close();
 * ```
 *
 * Waits are event-driven (the fake's nextMessage/waitFor, the mock's request log) with generous
 * timeouts; the machine is small and shared.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Message, MessageEntity } from "grammy/types";
import { startMockPanel, type MockPanel, type MockPanelOptions } from "../../src/dev/mock-panel.js";
import { startFakeBotApi, type ApiCall, type FakeBotApi, type GroupInput, type UserInput } from "../support/fake-bot-api.js";
import { DIST_MAIN, ROOT } from "./build.js";
import { NODE_FLAGS } from "../../src/lib/heap.js";

/** Default wait for one reply of the bot. */
export const WAIT_MS = 20_000;
/** A fixed ENCRYPTION_KEY (64 hex chars). */
export const E2E_ENCRYPTION_KEY = "5f".repeat(32);

/** Every bot child process started by this worker, killed on exit whatever happens. */
const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns a value (not undefined/false) or the timeout expires. */
export async function until<T>(check: () => T | undefined | false, what: string, timeoutMs = WAIT_MS, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`e2e: timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

export interface BotProcessOptions {
  api: FakeBotApi;
  /** The environment of the bot (nothing else is inherited but PATH). */
  env: Record<string, string>;
}

/** The bot as a child process: start / kill (SIGKILL) / stop (SIGTERM) / restart on the same DATA_DIR. */
export class BotProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
  /** stdout + stderr of every run (pino logs go to stdout), with a header per run. */
  log = "";
  runs = 0;

  constructor(private readonly opts: BotProcessOptions) {}

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Spawns `node dist/main.js` and resolves once it takes updates: it long-polls the fake
   * (getUpdates), or in webhook mode (BOT_MODE=webhook) it has set its webhook.
   */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.running) throw new Error("e2e: the bot is already running");
    const since = this.opts.api.sent.length;
    this.runs++;
    this.log += `\n----- run ${this.runs} (${new Date().toISOString()}) -----\n`;
    const child = spawn(process.execPath, [...NODE_FLAGS, DIST_MAIN], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", ...this.opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    this.child = child;
    child.stdout?.on("data", (d: Buffer) => (this.log += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (this.log += d.toString()));
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        children.delete(child);
        this.log += `----- exited code=${code} signal=${signal} -----\n`;
        resolve({ code, signal });
      });
    });
    await until(
      () => {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`e2e: the bot exited during start (code ${child.exitCode}, signal ${child.signalCode}):\n${this.tail()}`);
        }
        const webhook = this.opts.env.BOT_MODE === "webhook";
        return this.opts.api.sent
          .slice(since)
          .some((c) => (webhook ? c.method === "setWebhook" && c.response?.ok === true : c.method === "getUpdates"));
      },
      "the bot to start taking updates",
      timeoutMs,
    );
  }

  /** SIGKILL: no shutdown code runs (a crash, OOM kill, power loss). */
  async kill(): Promise<void> {
    if (!this.child || !this.exited) return;
    if (this.running) this.child.kill("SIGKILL");
    await this.exited;
    this.child = undefined;
  }

  /** SIGTERM: graceful stop. Returns the exit code; SIGKILLs and throws if it takes too long. */
  async stop(timeoutMs = 20_000): Promise<number | null> {
    if (!this.child || !this.exited) return null;
    const child = this.child;
    if (this.running) child.kill("SIGTERM");
    const result = await Promise.race([this.exited, sleep(timeoutMs).then(() => undefined)]);
    if (result === undefined) {
      await this.kill();
      throw new Error(`e2e: the bot did not stop within ${timeoutMs} ms of SIGTERM:\n${this.tail()}`);
    }
    this.child = undefined;
    return result.code;
  }

  /** Stops (SIGKILL by default, or SIGTERM) and starts again on the same DATA_DIR. */
  async restart(how: "kill" | "stop" = "kill"): Promise<void> {
    if (how === "kill") await this.kill();
    else await this.stop();
    await this.start();
  }

  /** Last lines of the log, for error messages. */
  tail(lines = 60): string {
    return this.log.split("\n").slice(-lines).join("\n");
  }

  /** Log lines at pino level error (50) or fatal (60). */
  errorLines(): string[] {
    return this.log.split("\n").filter((l) => /"level":(50|60)\b/.test(l));
  }
}

export interface WorldOptions {
  /** Extra / overriding bot environment. */
  env?: Record<string, string>;
  panel?: MockPanelOptions;
  botUsername?: string;
  /** Don't start the bot (the test starts it). */
  noStart?: boolean;
}

/** A recognisable API key: tests assert it never leaves the bot towards Telegram. */
export function secretKey(tag: string): string {
  return `SECRET-${tag}-k3y-${"x".repeat(8)}`;
}

/** Fake Bot API + mock panel + temp DATA_DIR + the bot process. */
export class World {
  private constructor(
    readonly api: FakeBotApi,
    readonly panel: MockPanel,
    readonly dataDir: string,
    readonly bot: BotProcess,
    readonly env: Record<string, string>,
  ) {}

  static async start(opts: WorldOptions = {}): Promise<World> {
    const api = await startFakeBotApi({ botUsername: opts.botUsername ?? "smm_e2e_bot", botName: "SMM Panel Bot" });
    const panel = await startMockPanel(opts.panel);
    const dataDir = await mkdtemp(path.join(tmpdir(), "smmbot-e2e-"));
    const env: Record<string, string> = {
      BOT_TOKEN: api.token,
      BOT_API_ROOT: api.url,
      PANEL_URL: panel.url,
      DATA_DIR: dataDir,
      ENCRYPTION_KEY: E2E_ENCRYPTION_KEY,
      POLL_INTERVAL_SECONDS: "1",
      PANEL_TIMEOUT_SECONDS: "3",
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_MINUTE: "0",
      ...opts.env,
    };
    const world = new World(api, panel, dataDir, new BotProcess({ api, env }), env);
    if (!opts.noStart) {
      try {
        await world.bot.start();
      } catch (err) {
        await world.close();
        throw err;
      }
    }
    return world;
  }

  user(id: number, first_name: string, language_code = "en", username?: string): UserInput {
    return { id, first_name, language_code, ...(username ? { username } : {}) };
  }

  group(id: number, title: string): GroupInput {
    return { id, type: "supergroup", title };
  }

  /** Sends text as `user` (commands get their bot_command entity, like Telegram clients add). */
  send(user: UserInput, text: string, chat?: GroupInput): Message {
    const entities: MessageEntity[] = [];
    const m = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
    if (m) entities.push({ type: "bot_command", offset: 0, length: m[0].length });
    return this.api.sendText(user, text, chat, entities.length ? { entities } : {});
  }

  /** The bot's next message to this chat (queue semantics: each message is returned once). */
  next(chatId: number, timeoutMs = WAIT_MS): Promise<Message> {
    return this.api.nextMessage(chatId, timeoutMs);
  }

  /** Sends text and returns the bot's next message in that chat. */
  async say(user: UserInput, text: string, chat?: GroupInput): Promise<Message> {
    this.send(user, text, chat);
    return this.next(chat?.id ?? user.id);
  }

  /**
   * Takes the bot's next messages in this chat until one matches; the skipped ones are returned
   * too (for assertions such as "nothing else was said").
   */
  async expectMessage(
    chatId: number,
    match: RegExp | ((m: Message) => boolean),
    timeoutMs = WAIT_MS,
  ): Promise<Message & { skipped: Message[] }> {
    const skipped: Message[] = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = deadline - Date.now();
      let msg: Message;
      try {
        msg = await this.next(chatId, Math.max(1, left));
      } catch (err) {
        const seen = skipped.map((m) => JSON.stringify(m.text)).join(", ");
        throw new Error(`${(err as Error).message}\nwanted ${String(match)} in chat ${chatId}; skipped: ${seen || "none"}`, { cause: err });
      }
      const ok = typeof match === "function" ? match(msg) : match.test(msg.text ?? "");
      if (ok) return Object.assign(msg, { skipped });
      skipped.push(msg);
    }
  }

  /**
   * What the bot shows next in this chat that matches: a message it sends or edits there (the
   * ordering wizard edits one message for every step), among its answered calls from `since` on
   * (default: from now). Returns the message as that call left it.
   */
  async expectShown(chatId: number, match: RegExp, since = this.api.sent.length, timeoutMs = WAIT_MS): Promise<Message> {
    const call = await this.waitCall(
      (c) =>
        (c.method === "sendMessage" || c.method === "editMessageText") &&
        Number(c.params.chat_id) === chatId &&
        match.test(String(c.params.text ?? "")) &&
        c.response?.ok === true,
      { since, timeoutMs },
    );
    return (call.response as { result: Message }).result;
  }

  /** Sends text and returns what the bot shows next in that chat that matches (see {@link expectShown}). */
  sayShown(user: UserInput, text: string, match: RegExp, chat?: GroupInput): Promise<Message> {
    const since = this.api.sent.length;
    this.send(user, text, chat);
    return this.expectShown(chat?.id ?? user.id, match, since);
  }

  /**
   * Barrier: returns once every update sent so far in this private chat has been handled to the
   * end (state saved included). Updates of one chat are handled in order (sequentialize), so a
   * forged button press in the chat, answered "expired" by whatever handles it (a waiting wizard
   * or the fallback), is answered only after the earlier updates finished. Needed before a
   * SIGKILL: the runner confirms an update when it fetches the next batch, before the handler
   * (and the conversation's state write) is done.
   */
  async settled(user: UserInput, timeoutMs = WAIT_MS): Promise<void> {
    const target = { message_id: 1, chat: { id: user.id, type: "private" as const, first_name: user.first_name } };
    const q = this.api.pressButton(user, target, "e2e:barrier", { force: true });
    await until(() => this.api.callbackAnswers.some((a) => a.query.id === q.id), "the barrier button to be answered", timeoutMs);
    await this.api.idle(timeoutMs);
  }

  /** Presses an inline button (by callback data or by its label). */
  press(user: UserInput, message: Pick<Message, "message_id" | "chat">, data: string | { text: string }) {
    return this.api.pressButton(user, message, data);
  }

  /** Callback data of a message's buttons (current state in the fake). */
  buttons(message: Pick<Message, "message_id" | "chat">): Array<{ text: string; data?: string; url?: string }> {
    const current = this.api.history(message.chat.id).find((m) => m.message_id === message.message_id);
    return (current?.reply_markup?.inline_keyboard ?? []).flat().map((b) => ({
      text: b.text,
      ...("callback_data" in b && b.callback_data !== undefined ? { data: b.callback_data } : {}),
      ...("url" in b && b.url !== undefined ? { url: b.url } : {}),
    }));
  }

  /** The current text of one of the bot's messages (edits applied). */
  current(message: Pick<Message, "message_id" | "chat">): Message | undefined {
    return this.api.history(message.chat.id).find((m) => m.message_id === message.message_id);
  }

  /** Waits for an API call of the bot (done), only among calls made from now on unless `since`. */
  waitCall(predicate: (c: ApiCall) => boolean, opts: { timeoutMs?: number; since?: number } = {}): Promise<ApiCall> {
    return this.api.waitFor(predicate, { timeoutMs: opts.timeoutMs ?? WAIT_MS, ...(opts.since !== undefined ? { since: opts.since } : {}) });
  }

  /** The full /connect journey in a private chat; returns the "connected" message. */
  async connect(user: UserInput, key: string, balance = "100.00", currency = "USD"): Promise<Message> {
    this.panel.addAccount(key, balance, currency);
    const ask = await this.say(user, "/connect");
    if (!/API key|API ključ/i.test(ask.text ?? "")) throw new Error(`e2e: /connect answered ${JSON.stringify(ask.text)}`);
    this.send(user, key);
    return this.expectMessage(user.id, /✅/);
  }

  /** Number of panel requests of an action so far. */
  panelCalls(action: string): number {
    return this.panel.requests.filter((r) => r.action === action).length;
  }

  /** Waits until the panel has received `count` more requests of `action` than `from`. */
  async panelRequests(action: string, from: number, count = 1, timeoutMs = WAIT_MS): Promise<void> {
    await until(() => this.panelCalls(action) >= from + count, `${count} more panel "${action}" request(s)`, timeoutMs);
  }

  /** Every parameter the bot ever sent to Telegram, as one string (for "the key never leaks"). */
  outgoing(): string {
    return this.api.sent.map((c) => JSON.stringify(c.params)).join("\n");
  }

  /** Diagnostics for a failed test: the bot's log and its last API calls. */
  diagnostics(): string {
    const calls = this.api.sent
      .filter((c) => c.method !== "getUpdates")
      .slice(-25)
      .map((c) => {
        const r = c.response;
        const status = r === undefined ? "pending" : r.ok ? "ok" : `${r.error_code} ${r.description}`;
        const text = typeof c.params.text === "string" ? ` ${JSON.stringify(c.params.text.slice(0, 120))}` : "";
        return `  ${c.method}(${status})${text}`;
      });
    const panel = this.panel.requests.slice(-15).map((r) => `  ${r.action} ${JSON.stringify({ ...r.params, key: undefined })}`);
    return [
      `bot log (tail):\n${this.bot.tail(80)}`,
      `last Bot API calls:\n${calls.join("\n")}`,
      `last panel requests:\n${panel.join("\n")}`,
    ].join("\n");
  }

  async close(): Promise<void> {
    await this.bot.kill().catch(() => undefined);
    await this.api.close().catch(() => undefined);
    await this.panel.close().catch(() => undefined);
    await rm(this.dataDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
