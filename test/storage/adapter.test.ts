import {
  conversations,
  createConversation,
  type Conversation,
  type ConversationData,
  type ConversationFlavor,
  type ConversationStorage,
  type VersionedState,
} from "@grammyjs/conversations";
import { Bot, type Context, session, type SessionFlavor, type StorageAdapter } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DecryptionError } from "../../src/storage/index.js";
import { BACKENDS, noteSkipped, openTestStorage, type TestStorage } from "./backends.js";

noteSkipped("adapter.test");

const BOT_INFO = {
  id: 1,
  is_bot: true,
  first_name: "Test",
  username: "test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;

/** What conversations v2 stores: a VersionedState of ConversationData, with awkward values. */
const VERSIONED: VersionedState<ConversationData> = {
  version: [0, "v3"],
  state: {
    connect: [
      {
        args: "[]",
        interrupts: [1],
        replay: {
          send: [{ payload: "wait" }, { payload: "api" }],
          receive: [
            { send: 0, returnValue: { update_id: 5, message: { text: ":starts with a colon", chat: { id: -100123 }, n: 1.5e-7 } } },
            { send: 1, returnValue: ":base64:AAAA" },
          ],
        },
      },
    ],
  },
};

let updateId = 0;
const message = (chatId: number, text: string): Update => ({
  update_id: ++updateId,
  message: {
    message_id: updateId,
    date: 0,
    chat: { id: chatId, type: "private", first_name: "U" },
    from: { id: chatId, is_bot: false, first_name: "U" },
    text,
    ...(text.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.length }] } : {}),
  },
});

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip !== undefined)(`grammY adapters on ${backend.name}`, () => {
    let t: TestStorage;
    beforeEach(async () => {
      t = await openTestStorage(backend);
    });
    afterEach(async () => {
      await t.dispose();
    });

    for (const kind of ["adapter", "secretAdapter"] as const) {
      it(`${kind}: read/write/delete/has/readAll* round-trip VersionedState exactly`, async () => {
        const a = t.storage[kind]<VersionedState<ConversationData>>(`adapter-${kind === "adapter" ? "plain" : "secret"}`);
        expect(await a.read("123")).toBeUndefined();
        await a.write("123", VERSIONED);
        await a.write("-100:7", { version: [0, 1], state: {} });
        expect(await a.read("123")).toEqual(VERSIONED);
        expect(await a.has!("123")).toBe(true);
        expect(await a.has!("999")).toBe(false);
        const keys: string[] = [];
        for await (const k of a.readAllKeys!()) keys.push(k);
        expect(keys.sort()).toEqual(["-100:7", "123"]);
        const entries: Array<[string, VersionedState<ConversationData>]> = [];
        for await (const e of a.readAllEntries!()) entries.push(e);
        expect(entries.find(([k]) => k === "123")?.[1]).toEqual(VERSIONED);
        await a.delete("123");
        await a.delete("123");
        expect(await a.read("123")).toBeUndefined();
      });
    }

    it("secretAdapter stores ciphertext bound to its key", async () => {
      const a = t.storage.secretAdapter<{ apiKey: string }>("adapter-secret");
      await a.write("1", { apiKey: "typed-secret-123" });
      const raw = t.storage.keyv.namespace("adapter-secret");
      const stored = await raw.get("1");
      expect(stored).toMatch(/^v1:/);
      expect(String(stored)).not.toContain("typed-secret");
      await raw.set("2", stored);
      await expect(a.read("2")).rejects.toThrow(DecryptionError);
    });

    it("returns the same adapter per namespace, and never mixes plain and encrypted", () => {
      expect(t.storage.adapter("adapter-plain")).toBe(t.storage.adapter("adapter-plain"));
      expect(() => t.storage.secretAdapter("adapter-plain")).toThrow(/already used by adapter\(\)/);
    });

    it("persists grammY sessions and a conversations v2 conversation across bot restarts", async () => {
      type Ctx = ConversationFlavor<Context & SessionFlavor<{ count: number }>>;
      const replies: string[] = [];
      const makeBot = (): Bot<Ctx> => {
        // Answers Bot API calls locally. Set as the client's fetch so that conversations (which build
        // their own Api objects from the bot's options) use it too, and replays do not call it again.
        const fetch = (async (url: string | URL, init?: { body?: unknown }) => {
          const method = String(url).split("/").pop();
          const p = JSON.parse(String(init?.body ?? "{}")) as { chat_id?: number; text?: string };
          if (method === "sendMessage") replies.push(p.text ?? "");
          const result = { message_id: 1, date: 0, chat: { id: p.chat_id, type: "private" }, text: p.text };
          return new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } });
        }) as unknown as typeof globalThis.fetch;
        const bot = new Bot<Ctx>("1:test", { botInfo: BOT_INFO, client: { fetch } });
        bot.use(session({ initial: () => ({ count: 0 }), storage: t.storage.adapter("sessions") }));
        bot.use((ctx, next) => {
          ctx.session.count++;
          return next();
        });
        // The same storage shape the bot uses (src/bot/bot.ts): type "key" over secretAdapter.
        const storage: ConversationStorage<Ctx, ConversationData> = {
          type: "key",
          version: 1,
          adapter: t.storage.secretAdapter("conversations"),
        };
        bot.use(conversations<Ctx, Context>({ storage }));
        async function ask(conversation: Conversation<Ctx, Context>, ctx: Context): Promise<void> {
          await ctx.reply("Your name?");
          const answer = await conversation.waitFor("message:text");
          await ctx.reply(`Hello, ${answer.message.text}!`);
        }
        bot.use(createConversation(ask, "ask"));
        bot.command("start", (ctx) => ctx.conversation.enter("ask"));
        bot.on("message", (ctx) => ctx.reply(`count ${ctx.session.count}`));
        return bot;
      };

      await makeBot().handleUpdate(message(500, "/start"));
      expect(replies).toEqual(["Your name?"]);
      // A new bot instance (a restart) picks the conversation up from storage.
      await makeBot().handleUpdate(message(500, ":Ada"));
      expect(replies).toEqual(["Your name?", "Hello, :Ada!"]);
      await makeBot().handleUpdate(message(500, "hi"));
      expect(replies.at(-1)).toBe("count 3");
      expect(await t.storage.adapter<{ count: number }>("sessions").read("500")).toEqual({ count: 3 });
      expect(await t.storage.secretAdapter<VersionedState<ConversationData>>("conversations").read("500")).toBeUndefined();
    });

    it("type-checks as conversations storage without a wrapper", () => {
      const plain: ConversationStorage<Context, ConversationData> = t.storage.adapter("conversations");
      const adapter: StorageAdapter<VersionedState<ConversationData>> = t.storage.adapter("conversations");
      expect(plain).toBe(adapter);
    });
  });
}
