/**
 * Groups: the bot's introduction when added, linking a group's panel account through a signed deep
 * link (the key is only ever sent in the private chat), /notifications on|off.
 *
 * Admin-only commands and buttons are enforced centrally by the guard of src/bot/groups/guard.ts.
 *
 * Deep link: `/connect` in a group (admins) answers with a button to
 * `https://t.me/<bot>?start=g<chatIdWithoutMinus>_<expiry>_<sig>`, where sig is a truncated
 * HMAC-SHA256 (key derived from the bot token) of the chat id and the expiry (1 hour). In the
 * private chat, `/start <payload>` checks the signature and the expiry, re-checks with
 * getChatMember that the user is an admin of that group and enters the "connect" conversation with
 * `{ owner: "g:<chatId>", groupTitle }`. When the key is stored, the group gets a "linked by"
 * notice (never the key).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { InlineKeyboard } from "grammy";
import { plainText } from "../html.js";
import type { BotContext, BaseContext } from "../context.js";
import type { Feature } from "../feature.js";
import { CONNECT_CONVERSATION, type ConnectArgs } from "../conversations/connect.js";
import { groupOwner } from "../../storage/types.js";
import { isAdminStatus, isGroupChatType } from "../groups/admin-cache.js";
import type { GroupAccess } from "../groups/guard.js";
import { FlatComposer } from "../composer.js";

/** How long a group link stays valid. */
export const GROUP_LINK_TTL_MS = 60 * 60 * 1000;

const LINK_RE = /^g(\d{1,20})_([0-9a-z]{1,12})_([A-Za-z0-9_-]{16})$/;

function linkKey(botToken: string): Buffer {
  return createHmac("sha256", "smm-panel-bot/group-link/v1").update(botToken).digest();
}

function signature(botToken: string, chatId: number, expires: string): string {
  return createHmac("sha256", linkKey(botToken)).update(`${chatId}:${expires}`).digest("base64url").slice(0, 16);
}

/** The deep-link payload for linking `chatId` (a group: negative id), valid for an hour. */
export function signGroupLink(botToken: string, chatId: number, nowMs: number): string {
  const expires = Math.floor((nowMs + GROUP_LINK_TTL_MS) / 1000).toString(36);
  return `g${Math.abs(chatId)}_${expires}_${signature(botToken, chatId, expires)}`;
}

export type GroupLinkCheck = { ok: true; chatId: number } | { ok: false; reason: "invalid" | "expired" };

/** Checks a payload made by {@link signGroupLink}; undefined when it is not a group link at all. */
export function verifyGroupLink(botToken: string, payload: string, nowMs: number): GroupLinkCheck | undefined {
  if (!/^g\d/.test(payload)) return undefined;
  const m = LINK_RE.exec(payload);
  if (!m) return { ok: false, reason: "invalid" };
  const chatId = -Number(m[1]);
  if (!Number.isSafeInteger(chatId)) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(signature(botToken, chatId, m[2]!));
  const given = Buffer.from(m[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  if (parseInt(m[2]!, 36) * 1000 < nowMs) return { ok: false, reason: "expired" };
  return { ok: true, chatId };
}

const titleKey = (chatId: number) => `grp:title:${chatId}`;

/**
 * `/connect` in a group (the guard has checked the sender is an admin): a button to the private
 * chat with a signed link. Used by features/connect.ts.
 */
export async function sendGroupConnectLink(ctx: BaseContext): Promise<void> {
  const chat = ctx.chat;
  if (!chat || !isGroupChatType(chat.type)) return;
  const title = "title" in chat && typeof chat.title === "string" ? chat.title : undefined;
  if (title) await ctx.deps.storage.cache.set(titleKey(chat.id), title, GROUP_LINK_TTL_MS).catch(() => undefined); // the title only makes the prompt friendlier
  const payload = signGroupLink(ctx.deps.config.botToken, chat.id, ctx.deps.now());
  const url = `https://t.me/${ctx.me.username}?start=${payload}`;
  await ctx.reply(ctx.t("groups-connect-link"), {
    reply_markup: new InlineKeyboard().url(ctx.t("groups-connect-button"), url),
    ...(ctx.msg ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {}),
  });
}

const ON_WORDS = new Set(["on", "yes", "1", "true", "vklop", "vklopi", "da"]);
const OFF_WORDS = new Set(["off", "no", "0", "false", "izklop", "izklopi", "ne"]);

/** A typed word compared loosely: lower case, no apostrophes (oʻchirish = o'chirish = ochirish). */
function normWord(word: string): string {
  return word
    .trim()
    .toLocaleLowerCase()
    .normalize("NFC")
    .replace(/[\u02BB\u02BC'’‘`]/g, "");
}

/** The words of the chat's language for on and off (locales: groups-notifications-words-*). */
export function notificationWords(t: BaseContext["t"]): { on: string[]; off: string[] } {
  const list = (key: string) =>
    plainText(t(key))
      .split(",")
      .map((w) => w.trim())
      .filter(Boolean);
  return { on: list("groups-notifications-words-on"), off: list("groups-notifications-words-off") };
}

/** "on" / "off" for a typed word: English and the chat's language; undefined for anything else. */
export function readOnOff(t: BaseContext["t"], typed: string): "on" | "off" | undefined {
  const word = normWord(typed);
  const local = notificationWords(t);
  if (ON_WORDS.has(word) || local.on.some((w) => normWord(w) === word)) return "on";
  if (OFF_WORDS.has(word) || local.off.some((w) => normWord(w) === word)) return "off";
  return undefined;
}

/** "on|off" in /help, in the chat's language ("вкл|выкл"). */
export function onOffArgs(t: BaseContext["t"]): string {
  const { on, off } = notificationWords(t);
  return `${on[0] ?? "on"}|${off[0] ?? "off"}`;
}

export function groupsFeature(access: () => GroupAccess): Feature {
  const composer = new FlatComposer<BotContext>();

  // 1. Added to a group: introduce ourselves (in the group's language, else the adder's).
  composer.on("my_chat_member", async (ctx) => {
    const { chat, old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
    if (!isGroupChatType(chat.type)) return;
    const wasOut = before.status === "left" || before.status === "kicked" || (before.status === "restricted" && !before.is_member);
    const isIn = after.status === "member" || after.status === "administrator" || (after.status === "restricted" && after.is_member);
    if (!wasOut || !isIn) return;
    await ctx.reply(ctx.t("groups-intro", { bot: ctx.me.username }), { link_preview_options: { is_disabled: true } }).catch((err: unknown) => {
      ctx.deps.logger.info({ chatId: chat.id, err: String(err) }, "could not introduce the bot");
    });
  });

  // 2. The private end of the group deep link.
  composer.chatType("private").command("start", async (ctx, next) => {
    const check = verifyGroupLink(ctx.deps.config.botToken, ctx.match.trim(), ctx.deps.now());
    if (!check) return next();
    if (!check.ok) {
      await ctx.reply(ctx.t(check.reason === "expired" ? "groups-link-expired" : "groups-link-invalid"));
      return;
    }
    const { chatId } = check;
    let member;
    try {
      member = await ctx.api.getChatMember(chatId, ctx.from.id);
    } catch {
      await ctx.reply(ctx.t("groups-link-no-access"));
      return;
    }
    if (!isAdminStatus(member)) {
      await ctx.reply(ctx.t("groups-link-not-admin"));
      return;
    }
    access().cache.setMember(chatId, ctx.from.id, true);
    let title: string | undefined;
    try {
      const info = await ctx.api.getChat(chatId);
      if (info && typeof info === "object" && "title" in info && typeof info.title === "string") title = info.title;
    } catch {
      // fall back to the title seen when the link was made
    }
    title ??= await ctx.deps.storage.cache.get<string>(titleKey(chatId)).catch(() => undefined); // "your group" then
    const args: ConnectArgs = { owner: groupOwner(chatId), groupTitle: title ?? ctx.t("groups-unnamed") };
    access().expectLink(ctx.from.id, {
      chatId,
      since: ctx.deps.now(),
      anonymous: member.status === "administrator" || member.status === "creator" ? member.is_anonymous : false,
    });
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(CONNECT_CONVERSATION, args);
  });

  // 5. /notifications on|off for the group (admins: the guard checked).
  composer.chatType(["group", "supergroup"]).command("notifications", async (ctx) => {
    const chatId = ctx.chat.id;
    const choice = readOnOff(ctx.t, ctx.match);
    if (choice) {
      const on = choice === "on";
      await ctx.deps.storage.prefs.update(chatId, { notifications: on });
      await ctx.reply(ctx.t(on ? "groups-notifications-on" : "groups-notifications-off"));
      return;
    }
    const prefs = await ctx.deps.storage.prefs.get(chatId);
    const { on, off } = notificationWords(ctx.t);
    await ctx.reply(ctx.t("groups-notifications-usage", { state: prefs.notifications ? "on" : "off", on: on[0] ?? "on", off: off[0] ?? "off" }));
  });

  return { name: "groups", composer, commands: [{ name: "notifications", chats: ["group"], groupAdmin: true, groupMenu: 9, args: onOffArgs }] };
}
