/**
 * /settings (private chats): notifications on/off and progress updates on/off, per chat
 * (deps.storage.prefs). The buttons edit the same message. In groups, admins use
 * /notifications on|off (groups feature) over the same preferences.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { ChatPrefs } from "../../storage/types.js";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { defineCallback, field } from "../callback-data.js";

/** `tset:<n|p>:<0|1>`: set notifications (n) or progress (p) to off (0) / on (1). */
export const settingsCodec = defineCallback("tset", { setting: field.oneOf("n", "p"), on: field.oneOf("0", "1") }, { audience: "admin" });

export function settingsKeyboard(ctx: Pick<BotContext, "t">, prefs: ChatPrefs): InlineKeyboard {
  return new InlineKeyboard()
    .text(
      ctx.t(prefs.notifications ? "tracking-settings-notifications-on" : "tracking-settings-notifications-off"),
      settingsCodec.pack({ setting: "n", on: prefs.notifications ? "0" : "1" }),
    )
    .row()
    .text(ctx.t(prefs.progress ? "tracking-settings-progress-on" : "tracking-settings-progress-off"), settingsCodec.pack({ setting: "p", on: prefs.progress ? "0" : "1" }));
}

export function settingsFeature(): Feature {
  const composer = new Composer<BotContext>();

  composer.command("settings", async (ctx) => {
    if (ctx.chat?.type !== "private") {
      await ctx.reply(ctx.t("tracking-settings-private-only"));
      return;
    }
    const prefs = await ctx.deps.storage.prefs.get(ctx.chat.id);
    await ctx.reply(ctx.t("tracking-settings-title"), { parse_mode: "HTML", reply_markup: settingsKeyboard(ctx, prefs) });
  });

  composer.callbackQuery(settingsCodec.filter, async (ctx) => {
    if (ctx.chat?.type !== "private") {
      await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
      return;
    }
    const on = ctx.match[2] === "1";
    const patch: Partial<ChatPrefs> = ctx.match[1] === "n" ? { notifications: on } : { progress: on };
    const prefs = await ctx.deps.storage.prefs.update(ctx.chat.id, patch);
    await ctx.answerCallbackQuery({ text: ctx.t("tracking-settings-saved") });
    await ctx
      .editMessageText(ctx.t("tracking-settings-title"), { parse_mode: "HTML", reply_markup: settingsKeyboard(ctx, prefs) })
      .catch(() => undefined);
  });

  return { name: "settings", composer, commands: [{ name: "settings", chats: ["private", "group"], groupAdmin: true, privateMenu: 12 }], callbacks: [settingsCodec] };
}
