/**
 * The conversations plugin set up only for updates that need it (src/bot/middleware/lazy-conversations.ts):
 * an idle chat's update skips it, entering a wizard from a command, a button or the reply keyboard
 * sets it up on the spot and persists the state after the handler (also when it throws), a chat
 * with a waiting wizard always takes the full path (on any instance sharing the storage), and
 * conversations registered after the bot's middleware still find the plugin.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Bot, type BotError, type Context, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { lazyConversations } from "../../src/bot/middleware/lazy-conversations.js";
import { homeData } from "../../src/bot/home-keys.js";
import { ALICE, Harness } from "../helpers/harness.js";

type Ctx = ConversationFlavor<Context>;
const me = { id: 1, is_bot: true, first_name: "B", username: "b_bot" } as UserFromGetMe;

/** A bare bot with the lazy frame, one "ask" wizard and a map as conversation storage. */
function makeBot(extra?: (bot: Bot<Ctx>, tail: MiddlewareFn<Ctx>) => void) {
  const store = new Map<string, unknown>();
  const sent: string[] = [];
  const log: string[] = [];
  // Every Bot API call ends here (also those made inside conversations, which use their own Api).
  const fetchStub = async (input: unknown, init?: { body?: unknown }): Promise<Response> => {
    const method = String(input).slice(String(input).lastIndexOf("/") + 1);
    const payload = typeof init?.body === "string" ? (JSON.parse(init.body) as { text?: string }) : {};
    if (method === "sendMessage") sent.push(String(payload.text));
    const result = { message_id: sent.length, date: 0, chat: { id: 5, type: "private" } };
    return new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } });
  };
  const bot = new Bot<Ctx>("1:x", { botInfo: me, client: { fetch: fetchStub as typeof fetch } });
  const plugin = conversations<Ctx, Context>({
    storage: {
      type: "key",
      getStorageKey: (ctx) => ctx.chat?.id.toString(),
      adapter: {
        read: (k) => store.get(k) as never,
        write: (k, v) => {
          log.push("write");
          store.set(k, v);
        },
        delete: (k) => {
          log.push("delete");
          store.delete(k);
        },
      },
    },
  });
  const lazy = lazyConversations<Ctx>({
    plugin: (ctx, next) => {
      log.push("plugin");
      return plugin(ctx, next);
    },
    conversations: [
      createConversation<Ctx, Context>(
        async (conversation: Conversation<Ctx, Context>, ctx: Context) => {
          await ctx.reply("name?");
          const answer = await conversation.waitFor("message:text");
          await ctx.reply(`hi ${answer.message.text}`);
        },
        { id: "ask" },
      ),
    ],
    idle: (ctx) => !store.has(String(ctx.chat?.id)),
  });
  bot.use(lazy.middleware);
  bot.command("help", (ctx) => ctx.reply("help"));
  bot.command("ask", async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter("ask");
    log.push(`handler after enter: active ${String(ctx.conversation.active("ask"))}, stored ${String(store.size)}`);
  });
  bot.command("boom", async (ctx) => {
    await ctx.conversation.enter("ask");
    throw new Error("boom");
  });
  bot.command("peek", async (ctx) => {
    log.push(`active ${JSON.stringify(ctx.conversation.active())} ${String(ctx.conversation.active("ask"))}`);
    await ctx.conversation.exitAll();
  });
  extra?.(bot, lazy.tail);
  const errors: unknown[] = [];
  let id = 1;
  const text = (t: string) =>
    bot
      .handleUpdate({
        update_id: id++,
        message: {
          message_id: id,
          date: 0,
          chat: { id: 5, type: "private", first_name: "U" },
          from: { id: 5, is_bot: false, first_name: "U" },
          text: t,
          ...(t.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: t.split(" ")[0]!.length }] } : {}),
        },
      })
      .catch((err: BotError) => void errors.push(err.error));
  return { bot, store, sent, log, errors, text };
}

describe("lazyConversations", () => {
  it("an idle chat's update does not set up the plugin", async () => {
    const b = makeBot();
    await b.text("/help");
    expect(b.sent).toEqual(["help"]);
    expect(b.log).toEqual([]);
    expect(b.store.size).toBe(0);
  });

  it("entering sets the plugin up on the spot and persists the state after the handler, then the wizard takes the next update", async () => {
    const b = makeBot();
    await b.text("/ask");
    expect(b.sent).toEqual(["name?"]);
    // The state is written when the handler is done (as the plugin does), not when `enter` returns.
    expect(b.log).toEqual(["plugin", "handler after enter: active 1, stored 0", "write"]);
    expect(b.store.size).toBe(1);
    await b.text("Bob");
    expect(b.sent).toEqual(["name?", "hi Bob"]);
    expect(b.store.size).toBe(0); // the wizard finished: its state is gone
    await b.text("/help");
    expect(b.log.filter((l) => l === "plugin")).toHaveLength(2); // /ask and Bob, not /help
    expect(b.errors).toEqual([]);
  });

  it("a handler that throws after entering still leaves the wizard stored", async () => {
    const b = makeBot();
    await b.text("/boom");
    expect(b.errors).toHaveLength(1);
    expect((b.errors[0] as Error).message).toBe("boom");
    expect(b.store.size).toBe(1);
    await b.text("Ann");
    expect(b.sent).toEqual(["name?", "hi Ann"]);
  });

  it("active() answers none and exitAll() stores nothing for an idle chat", async () => {
    const b = makeBot();
    await b.text("/peek");
    expect(b.log).toEqual(["active {} 0", "plugin"]);
    expect(b.store.size).toBe(0);
    expect(b.errors).toEqual([]);
  });

  it("a call after the update's middleware completed is refused, as the plugin refuses it", async () => {
    let late: Promise<void> | undefined;
    const b = makeBot((bot) =>
      bot.command("late", (ctx) => {
        late = new Promise((resolve, reject) => {
          setTimeout(() => void ctx.conversation.enter("ask").then(resolve, reject), 5);
        });
      }),
    );
    await b.text("/late");
    await expect(late).rejects.toThrow(/already completed/);
    expect(b.store.size).toBe(0);
  });

  it("conversations registered after the tail find the plugin set up", async () => {
    const b = makeBot((bot, tail) => {
      bot.use(tail);
      bot.use(
        createConversation<Ctx, Context>(
          async (conversation: Conversation<Ctx, Context>, ctx: Context) => {
            await ctx.reply("late?");
            await conversation.wait();
          },
          { id: "later" },
        ),
      );
      bot.command("later", (ctx) => ctx.conversation.enter("later"));
    });
    await b.text("/later");
    expect(b.errors).toEqual([]);
    expect(b.sent).toEqual(["late?"]);
    expect(b.store.size).toBe(1);
  });
});

describe("the bot's wizards with the lazy frame", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.create({ noPanel: true });
  });
  afterEach(async () => {
    await h.close();
  });

  const waiting = () => h.deps.storage.secretAdapter("conversations").read(String(ALICE.id));

  it("a wizard entered by a button takes the next message", async () => {
    await h.text(ALICE, "/help");
    const list = await h.text(ALICE, "/accounts");
    expect(list.some((c) => JSON.stringify(c.payload.reply_markup ?? {}).includes("ac:a:0"))).toBe(true);
    expect(await waiting()).toBeUndefined();
    await h.press(ALICE, "ac:a:0");
    expect(await waiting()).toBeDefined();
    const calls = await h.text(ALICE, "not a key");
    expect(Harness.texts(calls).join("\n")).toMatch(/does not look like an API key/);
  });

  it("a wizard entered by the home screen's Connect button takes the next message", async () => {
    const start = await h.text(ALICE, "/start");
    expect(JSON.stringify(start.map((c) => c.payload.reply_markup ?? {}))).toContain(homeData("connect"));
    await h.press(ALICE, homeData("connect"));
    expect(await waiting()).toBeDefined();
    const calls = await h.text(ALICE, "not a key");
    expect(Harness.texts(calls).join("\n")).toMatch(/does not look like an API key/);
  });

  it("a wizard entered on an idle chat of one instance goes on on another, and ends there", async () => {
    // Two instances on one SQLite file with the per-chat read cache off, as on a shared Redis or
    // PostgreSQL (the cache is SQLite's alone: one process).
    await h.close();
    h = await Harness.create({ noPanel: true, env: { STORAGE_READ_CACHE: "0" } });
    const other = await Harness.create({ noPanel: true, dataDir: h.dir, env: { STORAGE_READ_CACHE: "0" } });
    try {
      await other.text(ALICE, "/help"); // idle on the other instance too
      await h.press(ALICE, "ac:a:0");
      const calls = await other.text(ALICE, "not a key");
      expect(Harness.texts(calls).join("\n")).toMatch(/does not look like an API key/);
      await other.text(ALICE, "/cancel");
      expect(await waiting()).toBeUndefined();
      const after = await h.text(ALICE, "not a key");
      expect(Harness.texts(after).join("\n")).not.toMatch(/does not look like an API key/);
    } finally {
      await other.close();
    }
  });
});
