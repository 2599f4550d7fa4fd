import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InlineKeyboard } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { Chat, Message, Update, User } from "grammy/types";
import { ALICE, BOB as BOB_SL, GROUP, Harness, TOKEN, privateChat, type ApiCall } from "../helpers/harness.js";
import { ANONYMOUS_ADMIN_ID } from "../../src/bot/groups/admin-cache.js";
import { signGroupLink, verifyGroupLink } from "../../src/bot/features/groups.js";
import { defineCallback, field } from "../../src/bot/callback-data.js";
import type { BotContext, ConvContext, BotConversation } from "../../src/bot/context.js";

/** A member who reads English (BOB_SL of the harness reads Slovenian). */
const BOB: User = { ...BOB_SL, language_code: "en" };
const CAROL: User = { id: 1003, is_bot: false, first_name: "Carol", language_code: "en" };
const ANON: User = { id: ANONYMOUS_ADMIN_ID, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };
const CHANNEL: Chat.ChannelChat = { id: -1009999999999, type: "channel", title: "Linked Channel" };
const OTHER_GROUP: Chat.SupergroupChat = { id: -1005555555555, type: "supergroup", title: "Other Group" };

/** Every admin-only command of the issue (aliases and /services included). */
const ADMIN_COMMANDS = [
  "connect",
  "setkey",
  "disconnect",
  "accounts",
  "balance",
  "order",
  "services",
  "track",
  "untrack",
  "refill",
  "cancel",
  "notifications",
  "language",
  "settings",
];
const EVERYONE_COMMANDS = ["status", "orders", "help", "start", "refills"];

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
  h.admins.set(GROUP.id, new Set([ALICE.id]));
  h.answer = (call) => {
    if (call.method !== "sendMessage") return undefined;
    const result = h.defaultAnswer(call) as { message_id: number };
    sentIds.set(call, result.message_id);
    return result;
  };
});
afterEach(async () => {
  await h.close();
});

/** Runs a step and returns the API calls it made, even when a handler of another feature throws. */
async function run(step: () => Promise<unknown>): Promise<ApiCall[]> {
  const start = h.calls.length;
  await step().catch(() => undefined);
  return h.calls.slice(start);
}

const refusals = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage" && /only group admins/.test(String(c.payload.text)));
const answers = (calls: ApiCall[]) => calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload.text ?? ""));

function groupMessage(from: User, text: string, extra: Partial<Message> = {}): Message {
  return { ...h.message(from, text, GROUP), ...extra };
}

describe("who may press what: every button's codec declares its audience", () => {
  it("refresh, pages and details are open; actions are for admins; wizard buttons for their starter", () => {
    const audience = (data: string) => h.bot.callbacks.audienceOf(data);
    for (const data of ["o:r:main:23501", "rf:main:4", "ol:page:10", "ol:refresh:0", "od:main:23501", "o:r:main:ord_01HG9X7KJP4N"]) {
      expect(audience(data), data).toBe("everyone");
    }
    for (const data of [
      "o:f:main:23501",
      "o:X:main:23501",
      "o:x:main:1",
      "lang:sl",
      "lang:en",
      "sv:o:1448",
      "sv:c:v1:0",
      "sv:c:page:0",
      "oc:y:abcdefgh",
      "tset:n:1",
    ]) {
      expect(audience(data), data).toBe("admin");
    }
    for (const data of ["ow:ok:abcdefabcdef", "ow:c:v1:0", "conv:cancel", "connect:panel:main"]) expect(audience(data), data).toBe("starter");
    // Data no codec reads is nobody's (the guard refuses it whatever it contains).
    for (const data of ["orders:page:3", "tl:2", "ol:page:x", "o:r:main", "page", "refresh", "o:q:main:1", ""]) {
      expect(audience(data), data).toBeUndefined();
    }
  });
});

describe("admin-only commands in groups", () => {
  it("covers every command the issue lists", () => {
    for (const c of ADMIN_COMMANDS) expect(h.bot.commands.isGroupAdminOnly(c), c).toBe(true);
    for (const c of EVERYONE_COMMANDS) expect(h.bot.commands.isGroupAdminOnly(c), c).toBe(false);
  });

  for (const command of ADMIN_COMMANDS) {
    it(`/${command}: a member is refused politely, admins and anonymous admins get past the guard`, async () => {
      const msg = groupMessage(BOB, `/${command}`);
      const member = await run(() => h.send({ message: msg as Update["message"] }));
      const refusal = refusals(member);
      expect(refusal).toHaveLength(1);
      expect(refusal[0]!.payload.text).toContain(`/${command}`);
      expect(refusal[0]!.payload.reply_parameters?.message_id).toBe(msg.message_id);
      // nothing else happened for the member
      expect(member.filter((c) => !["getChatAdministrators", "getChatMember"].includes(c.method))).toHaveLength(1);

      const admin = await run(() => h.text(ALICE, `/${command}`, GROUP));
      expect(refusals(admin)).toHaveLength(0);

      const anon = await run(() =>
        h.send({ message: groupMessage(ANON, `/${command}@panel_test_bot`, { sender_chat: GROUP }) as Update["message"] }),
      );
      expect(refusals(anon)).toHaveLength(0);
    });
  }

  it("lets everyone use /status, /orders, /help, /start and /refills", async () => {
    for (const command of EVERYONE_COMMANDS) {
      const calls = await run(() => h.text(BOB, `/${command}`, GROUP));
      expect(refusals(calls), command).toHaveLength(0);
    }
  });

  it("does not count messages sent on behalf of a channel (the linked one included)", async () => {
    h.admins.get(GROUP.id)!.add(777000);
    const asChannel = await run(() =>
      h.send({
        message: groupMessage({ id: 136817688, is_bot: true, first_name: "Channel" }, "/balance", { sender_chat: CHANNEL }) as Update["message"],
      }),
    );
    expect(refusals(asChannel)).toHaveLength(1);
    const forwarded = await run(() =>
      h.send({
        message: groupMessage({ id: 777000, is_bot: false, first_name: "Telegram" }, "/order", {
          sender_chat: CHANNEL,
          is_automatic_forward: true,
        }) as Update["message"],
      }),
    );
    expect(refusals(forwarded)).toHaveLength(1);
    // GroupAnonymousBot speaking for another chat is not an anonymous admin of this one
    const foreign = await run(() => h.send({ message: groupMessage(ANON, "/balance", { sender_chat: OTHER_GROUP }) as Update["message"] }));
    expect(refusals(foreign)).toHaveLength(1);
  });

  it("refuses in the member's language", async () => {
    const calls = await h.text(BOB_SL, "/order", GROUP);
    expect(Harness.texts(calls)).toEqual([expect.stringMatching(/samo skrbniki skupine/)]);
  });

  it("ignores commands addressed to another bot", async () => {
    const calls = await run(() => h.text(BOB, "/order@some_other_bot", GROUP));
    expect(refusals(calls)).toHaveLength(0);
  });

  it("asks Telegram once per chat and then uses the cache, refreshed by chat_member updates", async () => {
    await run(() => h.text(BOB, "/balance", GROUP));
    await run(() => h.text(CAROL, "/balance", GROUP));
    await run(() => h.text(ALICE, "/language", GROUP));
    expect(h.calls.filter((c) => c.method === "getChatAdministrators")).toHaveLength(1);

    // Bob is promoted: the chat_member update refreshes the cached list without a new call.
    h.admins.get(GROUP.id)!.add(BOB.id);
    await h.send({
      chat_member: {
        chat: GROUP,
        from: ALICE,
        date: 1,
        old_chat_member: { status: "member", user: BOB },
        new_chat_member: { status: "administrator", user: BOB, is_anonymous: false } as any,
      },
    });
    expect(refusals(await run(() => h.text(BOB, "/balance", GROUP)))).toHaveLength(0);
    // … and demoted again.
    h.admins.get(GROUP.id)!.delete(BOB.id);
    await h.send({
      chat_member: {
        chat: GROUP,
        from: ALICE,
        date: 2,
        old_chat_member: { status: "administrator", user: BOB, is_anonymous: false } as any,
        new_chat_member: { status: "member", user: BOB },
      },
    });
    expect(refusals(await run(() => h.text(BOB, "/balance", GROUP)))).toHaveLength(1);
    expect(h.calls.filter((c) => c.method === "getChatAdministrators")).toHaveLength(1);
  });
});

describe("linking a group's account through the private chat", () => {
  const KEY = "group-secret-key-0001";

  async function groupLink(): Promise<{ url: string; payload: string }> {
    const calls = await h.text(ALICE, "/connect", GROUP);
    const msg = calls.find((c) => c.method === "sendMessage")!;
    expect(msg.payload.text).toMatch(/never ask for API keys in groups/);
    const url = Harness.buttons(calls)[0]!.url!;
    expect(url).toMatch(/^https:\/\/t\.me\/panel_test_bot\?start=g\d+_[0-9a-z]+_[\w-]{16}$/);
    return { url, payload: new URL(url).searchParams.get("start")! };
  }

  it("group /connect → button → private /start → key → stored for the group, not the admin", async () => {
    h.panel!.addAccount(KEY, "77.25", "USD");
    const { payload } = await groupLink();
    expect(payload.startsWith(`g${String(GROUP.id).slice(1)}_`)).toBe(true);
    expect(payload.length).toBeLessThanOrEqual(64);

    const ask = await h.text(ALICE, `/start ${payload}`);
    expect(ask.find((c) => c.method === "getChatMember")?.payload).toMatchObject({ chat_id: GROUP.id, user_id: ALICE.id });
    const prompt = Harness.texts(ask).join("\n");
    expect(prompt).toContain("Test Group");
    expect(prompt).toMatch(/API key/);

    const done = await h.text(ALICE, KEY);
    expect(done.some((c) => c.method === "deleteMessage")).toBe(true);
    expect(Harness.texts(done).join("\n")).toContain("77.25");
    const account = await h.deps.storage.accounts.get(`g:${GROUP.id}`);
    expect(account?.apiKey).toBe(KEY);
    expect(account?.connectedBy).toBe(ALICE.id);
    expect(await h.deps.storage.accounts.get(`u:${ALICE.id}`)).toBeUndefined();

    // the group is told who linked it, never the key
    const notice = done.find((c) => c.method === "sendMessage" && c.payload.chat_id === GROUP.id);
    expect(notice?.payload.text).toMatch(/Alice linked this group/);
    expect(JSON.stringify(h.calls)).not.toContain(KEY);

    // the group now uses its account
    const balance = await run(() => h.text(ALICE, "/balance", GROUP));
    expect(Harness.texts(balance).join("\n")).toContain("77.25");
  });

  it("does not name an anonymous admin in the group", async () => {
    h.panel!.addAccount(KEY);
    const { payload } = await groupLink();
    const base = h.answer!;
    h.answer = (call) =>
      call.method === "getChatMember" ? { status: "administrator", user: ALICE, is_anonymous: true, can_be_edited: false } : base(call);
    await h.text(ALICE, `/start ${payload}`);
    const done = await h.text(ALICE, KEY);
    const notice = done.find((c) => c.method === "sendMessage" && c.payload.chat_id === GROUP.id);
    expect(notice?.payload.text).toMatch(/An admin linked this group/);
    expect(notice?.payload.text).not.toContain("Alice");
  });

  it("refuses a payload forged for another group, a tampered one and an expired one", async () => {
    const { payload } = await groupLink();
    const forged = payload.replace(/^g\d+/, `g${String(OTHER_GROUP.id).slice(1)}`);
    h.admins.set(OTHER_GROUP.id, new Set([ALICE.id]));
    for (const bad of [forged, `${payload.slice(0, -1)}${payload.endsWith("A") ? "B" : "A"}`, "g123_zz"]) {
      const calls = await h.text(ALICE, `/start ${bad}`);
      expect(Harness.texts(calls).join("\n")).toMatch(/not valid/);
      expect(calls.some((c) => c.method === "getChatMember")).toBe(false);
    }
    const old = signGroupLink(TOKEN, GROUP.id, Date.now() - 2 * 60 * 60 * 1000);
    expect(Harness.texts(await h.text(ALICE, `/start ${old}`)).join("\n")).toMatch(/expired/);
    // a link made with another bot's token is not valid here
    expect(verifyGroupLink(TOKEN, signGroupLink("999:other", GROUP.id, Date.now()), Date.now())).toEqual({ ok: false, reason: "invalid" });
    // nothing is waiting for a key: the key is not checked with the panel, only removed from the
    // chat by the fallback (which deletes anything that looks like a key outside /connect)
    h.panel!.resetRequests();
    const after = await h.text(ALICE, KEY);
    expect(h.panel!.requests.filter((r) => r.action === "balance")).toHaveLength(0);
    expect(Harness.texts(after).join("\n")).toMatch(/looked like an API key/);
    expect(await h.deps.storage.accounts.get(`g:${OTHER_GROUP.id}`)).toBeUndefined();
    expect(await h.deps.storage.accounts.get(`u:${ALICE.id}`)).toBeUndefined();
  });

  it("refuses a valid link opened by someone who is not an admin of the group", async () => {
    const { payload } = await groupLink();
    const calls = await h.text(BOB, `/start ${payload}`);
    expect(Harness.texts(calls).join("\n")).toMatch(/Only admins of that group/);
    const after = await h.text(BOB, "bob-key-123456789");
    expect(after.some((c) => c.method === "deleteMessage")).toBe(false);
    expect(await h.deps.storage.accounts.get(`g:${GROUP.id}`)).toBeUndefined();
  });

  it("refuses /connect from a member in the group", async () => {
    const calls = await h.text(BOB, "/connect", GROUP);
    expect(refusals(calls)).toHaveLength(1);
    expect(JSON.stringify(calls)).not.toContain("t.me/panel_test_bot?start=");
  });
});

describe("buttons in groups", () => {
  const panelId = () => h.deps.config.panels[0]!.id;

  it("answers admin-action buttons pressed by a member and does nothing else", async () => {
    for (const data of [`o:f:${panelId()}:23501`, `o:x:${panelId()}:23501`, `o:X:${panelId()}:23501`, "lang:sl", "tset:n:0", "sv:c:page:0"]) {
      const calls = await run(() => h.press(BOB, data, {}, GROUP));
      expect(answers(calls), data).toEqual([expect.stringMatching(/for group admins/)]);
      expect(
        calls.filter((c) => !["getChatAdministrators", "getChatMember", "answerCallbackQuery"].includes(c.method)),
        data,
      ).toEqual([]);
    }
    // Data no feature reads is refused whatever it contains (nothing asks who the presser is).
    for (const data of ["settings:notif", "orders:page:2", "x:refresh:page"]) {
      const calls = await run(() => h.press(BOB, data, {}, GROUP));
      expect(answers(calls), data).toEqual([expect.stringMatching(/expired/)]);
      expect(
        calls.filter((c) => c.method !== "answerCallbackQuery"),
        data,
      ).toEqual([]);
    }
    expect((await h.deps.storage.prefs.get(GROUP.id)).language).toBeUndefined();
  });

  it("lets an admin use them (language of the group)", async () => {
    const calls = await run(() => h.press(ALICE, "lang:sl", {}, GROUP));
    expect(answers(calls).some((a) => /for group admins/.test(a))).toBe(false);
    expect((await h.deps.storage.prefs.get(GROUP.id)).language).toBe("sl");
  });

  it("keeps refresh buttons open to everyone", async () => {
    for (const data of [`o:r:${panelId()}:23501`, `rf:${panelId()}:7`, "ol:page:5", "ol:refresh:0", `od:${panelId()}:23501`]) {
      const calls = await run(() => h.press(BOB, data, {}, GROUP));
      expect(
        answers(calls).some((a) => /for group admins|Another user started/.test(a)),
        data,
      ).toBe(false);
    }
  });

  it("keeps buttons of an everyone-command open, but not admin actions on it", async () => {
    h.bot.callbacks.add(defineCallback("tl", { page: field.int(2) }, { audience: "everyone" }));
    h.bot.command("testlist", (ctx) =>
      ctx.reply("list", {
        reply_markup: new InlineKeyboard().text("2", "tl:2").text("refill", `o:f:${panelId()}:1`),
      }),
    );
    const listId = lastSentId(await h.text(BOB, "/testlist", GROUP))!;
    expect(listId).toBeDefined();
    const open = await run(() => h.press(CAROL, "tl:2", { message_id: listId }, GROUP));
    expect(answers(open).some((a) => /for group admins/.test(a))).toBe(false);
    const refill = await run(() => h.press(CAROL, `o:f:${panelId()}:1`, { message_id: listId }, GROUP));
    expect(answers(refill)).toEqual([expect.stringMatching(/for group admins/)]);
    // an open button on a message nobody recorded (a notification, an old message): its audience decides
    const unrecorded = await run(() => h.press(CAROL, "tl:2", { message_id: 999_999 }, GROUP));
    expect(answers(unrecorded).some((a) => /for group admins/.test(a))).toBe(false);
    // data the message never carried (forged): refused, even when open elsewhere
    for (const forged of ["tl:3", "ol:page:0", `o:r:${panelId()}:1`, "sv:c:page:0"]) {
      const calls = await run(() => h.press(CAROL, forged, { message_id: listId }, GROUP));
      expect(answers(calls), forged).toEqual([expect.stringMatching(/expired/)]);
      expect(
        calls.filter((c) => c.method !== "answerCallbackQuery"),
        forged,
      ).toEqual([]);
    }
  });

  it("a wizard's buttons belong to the user who started it", async () => {
    h.bot.use(
      createConversation<BotContext, ConvContext>(
        async (conversation: BotConversation, ctx: ConvContext) => {
          await ctx.reply("Pick one", { reply_markup: new InlineKeyboard().text("A", "wiz:test:a") });
          await conversation.wait();
        },
        { id: "test-wizard" },
      ),
    );
    h.bot.callbacks.add(defineCallback("wiz:test", { v: field.id(4) }, { audience: "starter" }));
    h.bot.command("testwiz", (ctx) => ctx.conversation.enter("test-wizard"));
    h.admins.get(GROUP.id)!.add(BOB.id);
    const start = await h.text(ALICE, "/testwiz", GROUP);
    const wizardId = lastSentId(start)!;
    expect(wizardId).toBeDefined();

    for (const other of [BOB, CAROL]) {
      const calls = await run(() => h.press(other, "wiz:test:a", { message_id: wizardId }, GROUP));
      expect(answers(calls), other.first_name).toEqual([expect.stringMatching(/Another user started/)]);
    }
    const own = await run(() => h.press(ALICE, "wiz:test:a", { message_id: wizardId }, GROUP));
    expect(answers(own).some((a) => /Another user started|for group admins/.test(a))).toBe(false);
  });

  it("a message a wizard takes over by editing it belongs to the wizard's user", async () => {
    h.bot.use(
      createConversation<BotContext, ConvContext>(
        async (conversation: BotConversation, ctx: ConvContext) => {
          await ctx.api.editMessageText(GROUP.id, 5555, "Step 1", { reply_markup: new InlineKeyboard().text("Next", "wiz:next") });
          await conversation.wait();
        },
        { id: "test-wizard-edit" },
      ),
    );
    h.bot.callbacks.add(defineCallback("wiz:next", {}, { audience: "starter" }));
    h.bot.command("testwiz2", (ctx) => ctx.conversation.enter("test-wizard-edit"));
    await h.text(ALICE, "/testwiz2", GROUP);
    const calls = await run(() => h.press(CAROL, "wiz:next", { message_id: 5555 }, GROUP));
    expect(answers(calls)).toEqual([expect.stringMatching(/Another user started/)]);
  });
});

/** Message ids the harness gave to sendMessage calls (by call object). */
const sentIds = new WeakMap<ApiCall, number>();
function lastSentId(calls: ApiCall[]): number | undefined {
  const sent = calls.filter((c) => c.method === "sendMessage");
  return sent.length ? sentIds.get(sent[sent.length - 1]!) : undefined;
}

describe("joining a group", () => {
  const joined = (from: User, oldStatus: "left" | "kicked" | "member", newStatus: "member" | "administrator" | "left") =>
    h.send({
      my_chat_member: {
        chat: GROUP,
        from,
        date: 1,
        old_chat_member: { status: oldStatus, user: { id: 4242, is_bot: true, first_name: "Panel Bot" } } as any,
        new_chat_member: { status: newStatus, user: { id: 4242, is_bot: true, first_name: "Panel Bot" } } as any,
      },
    });

  it("introduces itself when added, in the adder's language", async () => {
    const calls = await joined(ALICE, "left", "member");
    const intro = calls.filter((c) => c.method === "sendMessage");
    expect(intro).toHaveLength(1);
    expect(intro[0]!.payload.chat_id).toBe(GROUP.id);
    expect(intro[0]!.payload.text).toMatch(/Hi, I'm @panel_test_bot/);
    expect(intro[0]!.payload.text).toContain("/connect");

    const sl = await joined(BOB_SL, "kicked", "administrator");
    expect(Harness.texts(sl)[0]).toMatch(/Živjo/);
  });

  it("uses the group's language once an admin set it", async () => {
    await h.deps.storage.prefs.update(GROUP.id, { language: "sl" });
    expect(Harness.texts(await joined(ALICE, "left", "member"))[0]).toMatch(/Živjo/);
  });

  it("says nothing on promotion or removal", async () => {
    expect(Harness.texts(await joined(ALICE, "member", "administrator"))).toEqual([]);
    expect(Harness.texts(await joined(ALICE, "member", "left"))).toEqual([]);
  });
});

describe("/notifications", () => {
  it("switches the group's notifications (admins)", async () => {
    expect(Harness.texts(await h.text(ALICE, "/notifications off", GROUP))[0]).toMatch(/off/);
    expect((await h.deps.storage.prefs.get(GROUP.id)).notifications).toBe(false);
    expect(Harness.texts(await h.text(ALICE, "/notifications", GROUP))[0]).toMatch(/are off[\s\S]*\/notifications on/);
    expect(Harness.texts(await h.text(ALICE, "/notifications on", GROUP))[0]).toMatch(/on/);
    expect((await h.deps.storage.prefs.get(GROUP.id)).notifications).toBe(true);
  });

  it("refuses members", async () => {
    expect(refusals(await h.text(BOB, "/notifications off", GROUP))).toHaveLength(1);
    expect((await h.deps.storage.prefs.get(GROUP.id)).notifications).toBe(true);
  });
});

describe("private chat is untouched", () => {
  it("does not apply group rules there", async () => {
    const calls = await run(() => h.text(BOB, "/balance", privateChat(BOB)));
    expect(refusals(calls)).toHaveLength(0);
  });
});
