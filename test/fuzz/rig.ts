/**
 * The fuzz rig: the real bot (createBot, every feature and conversation) with the harness's
 * dependencies (real SQLite storage, mock panel over HTTP), whose Bot API calls are answered by
 * the fake Bot API (test/support/fake-bot-api.ts) in this process: grammY's fetch hands each
 * call's JSON body to `api.invoke` (the same parsing and checks as over HTTP, without a socket per
 * call; a call with a file goes over HTTP). Updates are made by the fake's driver (users typing,
 * pressing buttons, inline queries), taken from its queue and handed to bot.handleUpdate one by
 * one: no polling loop, no child process.
 *
 * Why not the harness's recorder: it answers API calls itself, also inside conversations, where
 * it sits outside the conversations plugin's replay layer, so calls of earlier wizard steps are
 * made again (with new message ids) at every replay. The fake answers like Telegram does (real
 * message ids, HTML parsing, "message is not modified", one answer per callback query), so the
 * wizards behave as in production.
 */
import { BotError, type Bot } from "grammy";
import type { Message } from "grammy/types";
import { createBot } from "../../src/bot/bot.js";
import type { BotContext } from "../../src/bot/context.js";
import type { Deps } from "../../src/deps.js";
import { startFakeBotApi, type ApiCall, type FakeBotApi, type GroupInput, type UserInput } from "../support/fake-bot-api.js";
import { Harness } from "../helpers/harness.js";

export interface Problem {
  kind: "error" | "log" | "rejection";
  text: string;
}

export class FuzzRig {
  private constructor(
    /** Errors that reached bot.catch and lines logged at error/fatal level, in order. */
    readonly problems: Problem[],
    readonly h: Harness,
    readonly api: FakeBotApi,
    readonly bot: Bot<BotContext>,
    readonly deps: Deps,
    /** The fetch that answers Bot API calls in this process (for other Api clients, e.g. the notifier's). */
    readonly fetch: typeof globalThis.fetch,
  ) {}

  static async create(): Promise<FuzzRig> {
    const api = await startFakeBotApi({ botUsername: "panel_test_bot", botName: "Panel Bot" });
    const h = await Harness.create();
    const problems: Problem[] = [];
    const record = (level: string) =>
      ((obj: unknown, msg?: unknown) => {
        problems.push({ kind: "log", text: `logger.${level}: ${typeof msg === "string" ? msg : ""} ${JSON.stringify(obj).slice(0, 1500)}` });
      }) as never;
    // A logger that records error and fatal lines (and drops the rest).
    const base = h.deps.logger;
    const logger = Object.create(base) as typeof base;
    Object.assign(logger, { error: record("error"), fatal: record("fatal"), child: () => logger });
    const deps: Deps = {
      ...h.deps,
      logger,
      config: { ...h.deps.config, botToken: api.token, botApiRoot: api.url },
    };
    // Calls answered in this process (JSON bodies); files (multipart) over HTTP.
    const local = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      if (typeof init?.body !== "string") return fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      const method = url.slice(url.lastIndexOf("/") + 1);
      const answer = api.invoke(method, init.body ? (JSON.parse(init.body) as Record<string, unknown>) : {});
      return new Response(JSON.stringify(answer), {
        status: answer.ok ? 200 : answer.error_code,
        headers: { "content-type": "application/json" },
      });
    }) as typeof fetch;
    const bot = createBot(deps, { botInfo: api.botInfo, fetch: local });
    const original = bot.errorHandler;
    bot.errorHandler = async (err) => {
      const e = err.error;
      problems.push({ kind: "error", text: `bot.catch: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` });
      return original(err);
    };
    await bot.init();
    return new FuzzRig(problems, h, api, bot, deps, local);
  }

  /** Handles every queued update, one by one. Returns the bot's calls meanwhile. */
  async pump(): Promise<ApiCall[]> {
    const start = this.api.sent.length;
    for (let batch = this.api.takeUpdates(); batch.length > 0; batch = this.api.takeUpdates()) {
      for (const u of batch) {
        try {
          await this.bot.handleUpdate(u);
        } catch (err) {
          // Like the runner in production: a middleware error goes to bot.catch (recorded above).
          if (err instanceof BotError) await this.bot.errorHandler(err as BotError<BotContext>);
          else
            this.problems.push({
              kind: "error",
              text: `handleUpdate threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
            });
        }
      }
    }
    return this.api.sent.slice(start).filter((c) => c.method !== "getUpdates");
  }

  /** The bot's latest message with an inline keyboard in a chat. */
  lastKeyboard(chatId: number): Message | undefined {
    return this.api
      .messages(chatId)
      .reverse()
      .find((m) => (m.reply_markup?.inline_keyboard ?? []).some((row) => row.length > 0));
  }

  /** The bot's latest message in a chat. */
  lastMessage(chatId: number): Message | undefined {
    return this.api.messages(chatId).at(-1);
  }

  /** Makes the fake know a user (a private chat they started) and a group with its admins. */
  setUp(users: UserInput[], group: GroupInput, admins: UserInput[]): Promise<ApiCall[]> {
    for (const u of users) this.api.sendText(u, "/start");
    this.api.addBotToGroup(admins[0]!, group);
    this.api.setChatAdmins(
      group.id,
      admins.map((user, i) => ({ user, status: i === 0 ? ("creator" as const) : ("administrator" as const) })),
    );
    for (const u of users) this.api.sendText(u, "/help", group, { entities: [{ type: "bot_command", offset: 0, length: 5 }] });
    return this.pump();
  }

  async close(): Promise<void> {
    await this.api.close().catch(() => undefined);
    await this.h.close();
  }
}
