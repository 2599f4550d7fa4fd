import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, GrammyError, InlineKeyboard } from "grammy";
import type { ChatMemberUpdated, Message, Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeBotApi, type FakeBotApi, type GroupInput } from "./fake-bot-api.js";

const alice = { id: 1001, first_name: "Alice", language_code: "en", username: "alice" };
const bob = { id: 1002, first_name: "Bob", language_code: "ru" };
const group: GroupInput = { id: -1001234567890, type: "supergroup", title: "Ops team" };

let api: FakeBotApi;
const running: Array<{ bot: Bot; done: Promise<void> }> = [];
const cleanups: Array<() => Promise<void> | void> = [];

beforeEach(async () => {
  api = await startFakeBotApi({ botUsername: "fake_test_bot" });
});

afterEach(async () => {
  for (const { bot, done } of running.splice(0)) {
    if (bot.isRunning()) await bot.stop();
    await done.catch(() => undefined);
  }
  for (const c of cleanups.splice(0)) await c();
  await api.close();
});

/** A real grammY bot pointed at the fake; handler errors are collected. */
function makeBot(): { bot: Bot; errors: unknown[] } {
  const bot = new Bot(api.token, { client: { apiRoot: api.url } });
  const errors: unknown[] = [];
  bot.catch((err) => {
    errors.push(err.error);
  });
  return { bot, errors };
}

/** `bot.start()` (long polling); resolves once polling runs. */
async function launch(bot: Bot): Promise<void> {
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const done = bot.start({ onStart: () => ready(), timeout: 10 });
  running.push({ bot, done });
  await Promise.race([started, done]);
}

/** Resolves once a long poll is pending on the server. */
async function pollPending(): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!api.sent.some((c) => c.method === "getUpdates" && !c.done)) {
    if (Date.now() > deadline) throw new Error("no pending getUpdates");
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function raw(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${api.url}/bot${api.token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  const body = (await res.json()) as Record<string, unknown>;
  expect(res.status).toBe(body.ok === true ? 200 : body.error_code);
  return body;
}

async function apiError(p: Promise<unknown>): Promise<GrammyError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GrammyError);
  return err as GrammyError;
}

describe("fake Bot API with a real grammY bot", () => {
  it("answers /start (command entities, message ids, inline keyboard)", async () => {
    const { bot, errors } = makeBot();
    const seen: Message[] = [];
    bot.command("start", async (ctx) => {
      if (ctx.message) seen.push(ctx.message);
      await ctx.reply(`Hello, <b>${ctx.from?.first_name ?? "?"}</b>!`, {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text("Balance", "balance"),
      });
    });
    await launch(bot);
    expect(bot.botInfo.username).toBe("fake_test_bot");

    const mine = api.sendText(alice, "/start");
    const reply = await api.nextMessage(alice.id);

    expect(seen[0]?.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    expect(seen[0]?.chat).toEqual({ id: alice.id, type: "private", first_name: "Alice", username: "alice" });
    expect(reply.text).toBe("Hello, Alice!");
    expect(reply.entities).toEqual([{ type: "bold", offset: 7, length: 5 }]);
    expect(reply.message_id).toBe(mine.message_id + 1);
    expect(reply.from?.id).toBe(bot.botInfo.id);
    expect(Math.abs(reply.date - Date.now() / 1000)).toBeLessThan(5);
    expect(reply.reply_markup?.inline_keyboard).toEqual([[{ text: "Balance", callback_data: "balance" }]]);
    const call = api.calls("sendMessage")[0];
    expect(call?.params.parse_mode).toBe("HTML");
    expect(call?.params.text).toBe("Hello, <b>Alice</b>!");
    expect(errors).toEqual([]);
  });

  it("handles a button press with answerCallbackQuery + editMessageText", async () => {
    const { bot, errors } = makeBot();
    bot.command("start", (ctx) => ctx.reply("Menu", { reply_markup: new InlineKeyboard().text("Balance", "balance") }));
    bot.callbackQuery("balance", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Loading…" });
      await ctx.editMessageText("Balance: $12.50");
    });
    await launch(bot);

    api.sendText(alice, "/start");
    const menu = await api.nextMessage(alice.id);
    const since = api.sent.length;
    const query = api.pressButton(alice, menu, { text: "Balance" });
    expect(query.data).toBe("balance");
    const edit = await api.waitFor((c) => c.method === "editMessageText");

    expect(api.sent.findIndex((c, i) => i >= since && c.method === "answerCallbackQuery")).toBeLessThan(edit.index);
    expect(api.callbackAnswers).toMatchObject([{ callback_query_id: query.id, text: "Loading…" }]);
    const [current] = api.messages(alice.id);
    expect(current?.text).toBe("Balance: $12.50");
    expect(current?.reply_markup).toBeUndefined(); // editMessageText without reply_markup drops the keyboard
    expect(current?.edit_date).toBeTypeOf("number");
    expect(() => api.pressButton(alice, menu, "balance")).toThrow(/no callback button/);
    // answering the same query twice is an error, as on Telegram
    const twice = await apiError(bot.api.answerCallbackQuery(query.id));
    expect(twice.description).toBe("Bad Request: query is too old and response timeout expired or query ID is invalid");
    expect(errors).toEqual([]);
  });

  it('rejects a no-op edit with 400 "message is not modified" and unknown messages', async () => {
    const { bot } = makeBot();
    api.sendText(alice, "/start");
    const kb = new InlineKeyboard().text("A", "a");
    const msg = await bot.api.sendMessage(alice.id, "<b>Same</b>", { parse_mode: "HTML", reply_markup: kb });

    const same = await apiError(bot.api.editMessageText(alice.id, msg.message_id, "*Same*", { parse_mode: "MarkdownV2", reply_markup: kb }));
    expect(same.error_code).toBe(400);
    expect(same.description).toBe(
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );
    const sameMarkup = await apiError(bot.api.editMessageReplyMarkup(alice.id, msg.message_id, { reply_markup: kb }));
    expect(sameMarkup.description).toMatch(/^Bad Request: message is not modified/);
    const missing = await apiError(bot.api.editMessageText(alice.id, 999, "x"));
    expect(missing.description).toBe("Bad Request: message to edit not found");

    // a real change is accepted; text-only edit removes the keyboard
    await bot.api.editMessageText(alice.id, msg.message_id, "<b>Same</b>", { parse_mode: "HTML" });
    expect(api.messages(alice.id)[0]?.reply_markup).toBeUndefined();
  });

  it("retries a 429 with retry_after through @grammyjs/auto-retry", async () => {
    const { bot, errors } = makeBot();
    bot.api.config.use(autoRetry());
    bot.command("start", (ctx) => ctx.reply("Welcome back"));
    await launch(bot);
    api.failNext("sendMessage", { code: 429, retryAfter: 1 });

    api.sendText(alice, "/start");
    const msg = await api.nextMessage(alice.id, 5000);

    expect(msg.text).toBe("Welcome back");
    const [first, second] = api.calls("sendMessage");
    expect(first?.response).toEqual({
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    expect(second?.response?.ok).toBe(true);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(errors).toEqual([]);
  });

  it("returns 403 for a chat that blocked the bot and emits my_chat_member", async () => {
    const { bot } = makeBot();
    const statuses: string[] = [];
    bot.on("my_chat_member", (ctx) => {
      statuses.push(ctx.myChatMember.new_chat_member.status);
    });
    await launch(bot);
    api.sendText(alice, "hi");
    await api.idle();

    api.blockChat(alice.id);
    const blocked = await apiError(bot.api.sendMessage(alice.id, "news"));
    expect(blocked.error_code).toBe(403);
    expect(blocked.description).toBe("Forbidden: bot was blocked by the user");
    await api.idle();
    expect(statuses).toEqual(["kicked"]);

    api.unblockChat(alice.id);
    await expect(bot.api.sendMessage(alice.id, "news")).resolves.toMatchObject({ text: "news" });

    api.failNext("sendMessage", { code: 403, description: "Forbidden: user is deactivated" });
    expect((await apiError(bot.api.sendMessage(alice.id, "x"))).description).toBe("Forbidden: user is deactivated");
    // never seen → chat not found; seen but never wrote to the bot → can't initiate
    expect((await apiError(bot.api.sendMessage(4242, "x"))).description).toBe("Bad Request: chat not found");
    api.inlineQuery(bob, "");
    expect((await apiError(bot.api.sendMessage(bob.id, "x"))).description).toBe("Forbidden: bot can't initiate conversation with a user");
  });

  it("delivers each update once and tracks confirmed offsets across restarts", async () => {
    const first = makeBot();
    const seenFirst: number[] = [];
    first.bot.on("message", (ctx) => {
      seenFirst.push(ctx.update.update_id);
    });
    await launch(first.bot);
    api.sendText(alice, "one");
    api.sendText(alice, "two");
    api.sendText(bob, "three");
    await api.idle();
    expect(new Set(seenFirst).size).toBe(3);
    expect(seenFirst).toHaveLength(3);
    expect(api.updatesConfirmed()).toBe(Math.max(...seenFirst) + 1);

    await first.bot.stop();
    const second = makeBot();
    const seenSecond: number[] = [];
    second.bot.on("message", (ctx) => {
      seenSecond.push(ctx.update.update_id);
    });
    await launch(second.bot);
    api.sendText(alice, "four");
    await api.idle();
    expect(seenSecond).toEqual([Math.max(...seenFirst) + 1]);
  });

  it("answers inline queries", async () => {
    const { bot, errors } = makeBot();
    bot.on("inline_query", (ctx) =>
      ctx.answerInlineQuery(
        [
          {
            type: "article",
            id: "order-1",
            title: `Order for "${ctx.inlineQuery.query}"`,
            input_message_content: { message_text: "Order #1" },
          },
        ],
        { cache_time: 0, is_personal: true, next_offset: "10" },
      ),
    );
    await launch(bot);

    const q = api.inlineQuery(alice, "likes", "");
    await api.waitFor((c) => c.method === "answerInlineQuery");

    expect(api.inlineAnswers).toHaveLength(1);
    const answer = api.inlineAnswers[0];
    expect(answer?.inline_query_id).toBe(q.id);
    expect(answer?.query.query).toBe("likes");
    expect(answer?.results.map((r) => r.id)).toEqual(["order-1"]);
    expect(answer).toMatchObject({ cache_time: 0, is_personal: true, next_offset: "10" });
    expect(errors).toEqual([]);
  });

  it("refuses inline results whose message Telegram would refuse (markup, length, empty title)", async () => {
    const { bot } = makeBot();
    const refusals: string[] = [];
    const results = [
      [{ type: "article", id: "a", title: "T", input_message_content: { message_text: "<b>open", parse_mode: "HTML" } }],
      [{ type: "article", id: "b", title: "T", input_message_content: { message_text: "<script>x</script>", parse_mode: "HTML" } }],
      [{ type: "article", id: "c", title: "T", input_message_content: { message_text: "x".repeat(4097) } }],
      [{ type: "article", id: "d", title: "", input_message_content: { message_text: "ok" } }],
    ];
    let n = 0;
    bot.on("inline_query", async (ctx) => {
      await ctx.answerInlineQuery(results[n++] as never).catch((err: Error) => refusals.push(err.message));
    });
    await launch(bot);
    for (let i = 0; i < results.length; i++) {
      api.inlineQuery(alice, `q${i}`, "");
      await api.idle();
    }
    expect(refusals[0]).toMatch(/can't parse inline query result: can't parse entities/);
    expect(refusals[1]).toMatch(/Unsupported start tag "script"/);
    expect(refusals[2]).toMatch(/message is too long/);
    expect(refusals[3]).toMatch(/RESULT_TITLE_EMPTY/);
    expect(api.inlineAnswers).toHaveLength(0);
  });

  it("stores setMyCommands per scope and language", async () => {
    const { bot } = makeBot();
    await bot.api.setMyCommands([{ command: "start", description: "Start" }]);
    await bot.api.setMyCommands([{ command: "start", description: "Начать" }], { language_code: "ru" });
    await bot.api.setMyCommands([{ command: "orders", description: "Orders" }], {
      scope: { type: "all_private_chats" },
    });

    expect(await bot.api.getMyCommands()).toEqual([{ command: "start", description: "Start" }]);
    expect(await bot.api.getMyCommands({ language_code: "ru" })).toEqual([{ command: "start", description: "Начать" }]);
    expect(await bot.api.getMyCommands({ language_code: "de" })).toEqual([]);
    expect(api.commands({ type: "all_private_chats" })).toEqual([{ command: "orders", description: "Orders" }]);

    await bot.api.deleteMyCommands({ language_code: "ru" });
    expect(api.commands(undefined, "ru")).toEqual([]);
    expect(api.commands()).toHaveLength(1);
    const bad = await apiError(bot.api.setMyCommands([{ command: "Start!", description: "x" }]));
    expect(bad.description).toBe("Bad Request: BOT_COMMAND_INVALID");
  });

  it("lets the bot delete a user's message (e.g. one holding an API key)", async () => {
    const { bot, errors } = makeBot();
    bot.on("message:text", async (ctx) => {
      await ctx.deleteMessage();
      await ctx.reply("Key saved, message deleted.");
    });
    await launch(bot);

    const secret = api.sendText(alice, "sk_live_0123456789");
    await api.nextMessage(alice.id);

    expect(api.deleted).toMatchObject([{ chatId: alice.id, messageId: secret.message_id }]);
    expect(api.deleted[0]?.message.text).toBe("sk_live_0123456789");
    expect(api.history(alice.id).map((m) => m.text)).toEqual(["Key saved, message deleted."]);
    const again = await apiError(bot.api.deleteMessage(alice.id, secret.message_id));
    expect(again.description).toBe("Bad Request: message to delete not found");
    expect(errors).toEqual([]);
  });
});

describe("groups", () => {
  it("adds the bot, reports admins and applies privacy mode", async () => {
    const { bot } = makeBot();
    const updates: Update[] = [];
    bot.use((ctx, next) => {
      updates.push(ctx.update);
      return next();
    });
    await launch(bot);

    const { message } = api.addBotToGroup(alice, group);
    expect(message.new_chat_members?.[0]?.id).toBe(bot.botInfo.id);
    api.setChatAdmins(group.id, [
      { user: alice, status: "creator" },
      { user: bob, status: "administrator", is_anonymous: true, custom_title: "Ops" },
    ]);
    api.sendText(alice, "just chatting", group); // privacy mode: not delivered
    api.sendText(alice, "/orders@other_bot", group); // not for us
    api.sendText(alice, "/orders@fake_test_bot", group);
    const anon = api.sendText(bob, "/refill", group);
    await api.idle();

    expect(updates.map((u) => Object.keys(u)[1])).toEqual(["my_chat_member", "message", "message", "message"]);
    const mcm = updates[0]?.my_chat_member as ChatMemberUpdated;
    expect(mcm.old_chat_member.status).toBe("left");
    expect(mcm.new_chat_member.status).toBe("member");
    expect(updates[2]?.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 21 }]);
    expect(anon.from).toMatchObject({ id: 1087968824, username: "GroupAnonymousBot", is_bot: true });
    expect(anon.sender_chat?.id).toBe(group.id);
    expect(anon.author_signature).toBe("Ops");

    const admins = await bot.api.getChatAdministrators(group.id);
    expect(admins.map((a) => [a.user.id, a.status])).toEqual([
      [alice.id, "creator"],
      [bob.id, "administrator"],
    ]);
    expect((await bot.api.getChatMember(group.id, bob.id)).status).toBe("administrator");
    expect((await bot.api.getChatMember(group.id, bot.botInfo.id)).status).toBe("member");
    const chat = await bot.api.getChat(group.id);
    expect(chat).toMatchObject({ id: group.id, type: "supergroup", title: "Ops team" });
    expect((await apiError(bot.api.getChatAdministrators(alice.id))).description).toBe(
      "Bad Request: there are no administrators in the private chat",
    );

    api.removeBotFromGroup(alice, group.id);
    const kicked = await apiError(bot.api.sendMessage(group.id, "still here?"));
    expect(kicked.description).toBe("Forbidden: bot was kicked from the supergroup chat");
  });

  it("drops chat_member updates unless subscribed and the bot is admin", async () => {
    api.addBotToGroup(alice, group, { admin: true });
    api.chatMemberUpdate(group.id, alice, { user: bob, status: "member" });
    await raw("getUpdates", { allowed_updates: [] });
    expect(api.dropped.map((u) => Object.keys(u)[1])).toEqual(["chat_member"]);
    await raw("getUpdates", { allowed_updates: ["chat_member"] });
    api.chatMemberUpdate(group.id, alice, { user: bob, status: "administrator" });
    const res = await raw("getUpdates", { timeout: 1 });
    expect((res.result as Update[]).map((u) => u.chat_member?.new_chat_member.status)).toEqual(["administrator"]);
  });
});

describe("wire protocol", () => {
  it("does real long polling: waits, wakes on an update, 409 for a concurrent poll, limit and offset", async () => {
    const t0 = Date.now();
    const empty = await raw("getUpdates", { timeout: 1 });
    expect(empty).toEqual({ ok: true, result: [] });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);

    const older = raw("getUpdates", { timeout: 5 });
    await pollPending();
    const newer = raw("getUpdates", { timeout: 5 });
    expect(await older).toEqual({
      ok: false,
      error_code: 409,
      description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    });
    await api.waitFor((c) => c.method === "getUpdates" && c.response?.ok === false, { since: 0 });
    await pollPending();
    const woke = Date.now();
    api.sendText(alice, "ping");
    const got = (await newer).result as Update[];
    expect(Date.now() - woke).toBeLessThan(500);
    expect(got.map((u) => u.message?.text)).toEqual(["ping"]);

    api.sendText(alice, "a");
    api.sendText(alice, "b");
    const first = got[0]?.update_id ?? 0;
    const again = (await raw("getUpdates", { limit: 2 })).result as Update[];
    expect(again.map((u) => u.update_id)).toEqual([first, first + 1]); // unconfirmed updates come again
    const rest = (await raw("getUpdates", { offset: first + 1 })).result as Update[];
    expect(rest.map((u) => u.message?.text)).toEqual(["a", "b"]);
    expect(api.updatesConfirmed()).toBe(first + 1);
    await raw("getUpdates", { offset: -1 });
    expect(api.pendingUpdates().map((u) => u.message?.text)).toEqual(["b"]);
    expect(await raw("deleteWebhook", { drop_pending_updates: true })).toEqual({
      ok: true,
      result: true,
      description: "Webhook is already deleted",
    });
    expect(api.pendingUpdates()).toEqual([]);
  });

  it("accepts GET, form-urlencoded and multipart, is case-insensitive, answers 404/401", async () => {
    api.sendText(alice, "/start");
    const get = await fetch(`${api.url}/bot${api.token}/getMe?x=1`);
    expect(((await get.json()) as { result: { username: string } }).result.username).toBe("fake_test_bot");

    const form = await fetch(`${api.url}/bot${api.token}/SENDMESSAGE`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        chat_id: String(alice.id),
        text: "form",
        reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "Go", callback_data: "go" }]] }),
      }),
    });
    expect(((await form.json()) as { result: Message }).result.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe("Go");
    expect(api.sent.at(-1)?.method).toBe("sendMessage");

    const fd = new FormData();
    fd.set("chat_id", String(alice.id));
    fd.set("text", "multipart");
    fd.set("link_preview_options", JSON.stringify({ is_disabled: true }));
    const multi = await fetch(`${api.url}/bot${api.token}/sendMessage`, { method: "POST", body: fd });
    expect(((await multi.json()) as { result: Message }).result).toMatchObject({
      text: "multipart",
      link_preview_options: { is_disabled: true },
    });

    expect(await raw("sendPigeon", {})).toEqual({ ok: false, error_code: 404, description: "Not Found" });
    const unauthorized = await fetch(`${api.url}/bot1:wrong/getMe`);
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toEqual({ ok: false, error_code: 401, description: "Unauthorized" });
    expect(await raw("close")).toEqual({ ok: true, result: true });
  });

  it("parses parse_mode like Telegram and reports markup errors", async () => {
    const { bot } = makeBot();
    api.sendText(alice, "/start");
    const html = await bot.api.sendMessage(alice.id, '<b>Total</b>: 5 &lt; 6 <a href="https://example.com">site</a>', {
      parse_mode: "HTML",
    });
    expect(html.text).toBe("Total: 5 < 6 site");
    expect(html.entities).toEqual([
      { type: "bold", offset: 0, length: 5 },
      { type: "text_link", offset: 13, length: 4, url: "https://example.com/" },
    ]);
    const br = await apiError(bot.api.sendMessage(alice.id, "a<br>b", { parse_mode: "HTML" }));
    expect(br.description).toBe('Bad Request: can\'t parse entities: Unsupported start tag "br" at byte offset 1');
    const dot = await apiError(bot.api.sendMessage(alice.id, "Price: 1.50", { parse_mode: "MarkdownV2" }));
    expect(dot.description).toBe("Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'");
    expect((await apiError(bot.api.sendMessage(alice.id, "   "))).description).toBe("Bad Request: message text is empty");
    expect((await apiError(bot.api.sendMessage(alice.id, "x".repeat(4097)))).description).toBe("Bad Request: message is too long");
    const data = await apiError(bot.api.sendMessage(alice.id, "x", { reply_markup: new InlineKeyboard().text("Big", "d".repeat(65)) }));
    expect(data.description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("supports reply_parameters, injected 500s and waitFor since", async () => {
    const { bot } = makeBot();
    const question = api.sendText(alice, "how much?");
    const answer = await bot.api.sendMessage(alice.id, "12.50", {
      reply_parameters: { message_id: question.message_id },
    });
    expect(answer.reply_to_message?.text).toBe("how much?");
    const missing = await apiError(bot.api.sendMessage(alice.id, "x", { reply_parameters: { message_id: 77 } }));
    expect(missing.description).toBe("Bad Request: message to be replied not found");

    api.failNext("*", { code: 500 }, 2);
    expect((await apiError(bot.api.getMe())).error_code).toBe(500);
    expect((await apiError(bot.api.sendChatAction(alice.id, "typing"))).description).toBe("Internal Server Error");
    expect(await bot.api.sendChatAction(alice.id, "typing")).toBe(true);
    api.failNext("getMe", { network: true });
    await expect(bot.api.getMe()).rejects.toThrow(/Network request for 'getMe' failed/);
    expect(api.calls("getMe").at(-1)?.aborted).toBe(true);

    const found = await api.waitFor((c) => c.method === "sendMessage" && c.response?.ok === true, { since: 0 });
    expect(found.params.text).toBe("12.50");
  });

  it("ends a pending long poll immediately on close()", async () => {
    const poll = raw("getUpdates", { timeout: 30 });
    await pollPending();
    const t0 = Date.now();
    await api.close();
    await expect(poll).resolves.toEqual({ ok: true, result: [] });
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it("delivers to a webhook with the secret token and executes webhook replies", async () => {
    const received: Array<{ headers: IncomingHttpHeaders; update: Update }> = [];
    const hook: Server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        const update = JSON.parse(body) as Update;
        received.push({ headers: req.headers, update });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ method: "sendMessage", chat_id: update.message?.chat.id, text: "via webhook" }));
      });
    });
    await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
    cleanups.push(() => new Promise<void>((r) => hook.close(() => r())));
    const port = (hook.address() as AddressInfo).port;

    expect(await raw("setWebhook", { url: `http://127.0.0.1:${port}/hook`, secret_token: "s3cr3t" })).toEqual({
      ok: true,
      result: true,
      description: "Webhook was set",
    });
    expect((await raw("getUpdates")).error_code).toBe(409);
    api.sendText(alice, "/start");
    const reply = await api.nextMessage(alice.id);
    expect(reply.text).toBe("via webhook");
    expect(received[0]?.headers["x-telegram-bot-api-secret-token"]).toBe("s3cr3t");
    expect(((await raw("getWebhookInfo")).result as { pending_update_count: number }).pending_update_count).toBe(0);
    expect(await raw("deleteWebhook", { drop_pending_updates: true })).toMatchObject({
      description: "Webhook was deleted",
    });
  });
});

describe("fake Bot API in-process calls and well-formed text", () => {
  it("invoke answers like HTTP, refuses lone surrogates like Telegram, and takeUpdates confirms", async () => {
    api.sendText(alice, "/start");
    const updates = api.takeUpdates();
    expect(updates.map((u) => u.message?.text)).toEqual(["/start"]);
    expect(api.takeUpdates()).toEqual([]);
    const ok = api.invoke("sendMessage", { chat_id: alice.id, text: "<b>hi</b> 😀", parse_mode: "HTML" });
    expect(ok).toMatchObject({ ok: true, result: { text: "hi 😀" } });
    const bad = api.invoke("sendMessage", { chat_id: alice.id, text: "half \ud83d" });
    expect(bad).toEqual({ ok: false, error_code: 400, description: "Bad Request: strings must be encoded in UTF-8" });
    const http = await fetch(`${api.url}/bot${api.token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: alice.id, text: "x", reply_markup: { inline_keyboard: [[{ text: "\udc00", callback_data: "a" }]] } }),
    });
    expect(await http.json()).toMatchObject({ ok: false, description: "Bad Request: strings must be encoded in UTF-8" });
  });
});
