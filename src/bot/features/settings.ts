/**
 * /settings (private chats): notifications on/off and progress updates on/off, per chat
 * (deps.storage.prefs). The buttons edit the same message. In groups, admins use
 * /notifications on|off (groups feature) over the same preferences.
 */
import { InlineKeyboard } from "grammy";
import type { ChatPrefs } from "../../storage/types.js";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { defineCallback, field } from "../callback-data.js";
import { replyKeyboard } from "../home-keys.js";
import { LOW_BALANCE_PRESETS, nextLowBalancePreset } from "../low-balance.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

/** `tset:<n|p|k>:<0|1>`: set notifications (n), progress (p) or the reply keyboard (k) to off (0) / on (1). */
export const settingsCodec = defineCallback("tset", { setting: field.oneOf("n", "p", "k"), on: field.oneOf("0", "1") }, { audience: "admin" });
/** `tlow:<amount>`: set the low-balance alert's threshold ("0" = off). */
export const lowBalanceCodec = defineCallback("tlow", { amount: field.oneOf(...LOW_BALANCE_PRESETS) }, { audience: "admin" });

export function settingsKeyboard(ctx: Pick<BotContext, "t">, prefs: ChatPrefs): InlineKeyboard {
  return new InlineKeyboard()
    .text(
      ctx.t(prefs.notifications ? "tracking-settings-notifications-on" : "tracking-settings-notifications-off"),
      settingsCodec.pack({ setting: "n", on: prefs.notifications ? "0" : "1" }),
    )
    .row()
    .text(
      ctx.t(prefs.progress ? "tracking-settings-progress-on" : "tracking-settings-progress-off"),
      settingsCodec.pack({ setting: "p", on: prefs.progress ? "0" : "1" }),
    )
    .row()
    .text(
      ctx.t(keyboardOn(prefs) ? "home-settings-keyboard-on" : "home-settings-keyboard-off"),
      settingsCodec.pack({ setting: "k", on: keyboardOn(prefs) ? "0" : "1" }),
    )
    .row()
    .text(
      prefs.lowBalance ? ctx.t("money-settings-low-on", { amount: prefs.lowBalance }) : ctx.t("money-settings-low-off"),
      lowBalanceCodec.pack({ amount: nextLowBalancePreset(prefs.lowBalance) }),
    );
}

const keyboardOn = (prefs: ChatPrefs): boolean => prefs.replyKeyboard !== false;

/** The settings message (/settings, the home screen). */
export async function sendSettings(ctx: BotContext): Promise<void> {
  if (ctx.chat?.type !== "private") {
    await ctx.reply(ctx.t("tracking-settings-private-only"));
    return;
  }
  const prefs = await ctx.deps.storage.prefs.get(ctx.chat.id);
  await ctx.reply(ctx.t("tracking-settings-title"), { parse_mode: "HTML", reply_markup: settingsKeyboard(ctx, prefs) });
}

export function settingsFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("settings", (ctx) => sendSettings(ctx));

  composer.callbackQuery(settingsCodec.filter, async (ctx) => {
    if (ctx.chat?.type !== "private") {
      await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
      return;
    }
    const on = ctx.match[2] === "1";
    const setting = ctx.match[1];
    const patch: Partial<ChatPrefs> = setting === "n" ? { notifications: on } : setting === "p" ? { progress: on } : { replyKeyboard: on };
    const prefs = await ctx.deps.storage.prefs.update(ctx.chat.id, patch);
    await ctx.answerCallbackQuery({ text: ctx.t("tracking-settings-saved") });
    await ctx
      .editMessageText(ctx.t("tracking-settings-title"), { parse_mode: "HTML", reply_markup: settingsKeyboard(ctx, prefs) })
      .catch(cosmetic);
    // The reply keyboard only comes and goes with a message.
    if (setting === "k") {
      await ctx.reply(ctx.t(on ? "home-keyboard-shown" : "home-keyboard-hidden"), {
        reply_markup: on ? replyKeyboard(ctx.t) : { remove_keyboard: true },
      });
    }
  });

  composer.callbackQuery(lowBalanceCodec.filter, async (ctx) => {
    if (ctx.chat?.type !== "private") {
      await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
      return;
    }
    const amount = lowBalanceCodec.unpack(ctx.callbackQuery.data)!.amount;
    const prefs = await ctx.deps.storage.prefs.update(ctx.chat.id, { lowBalance: amount === "0" ? undefined : amount });
    await ctx.answerCallbackQuery({ text: ctx.t("tracking-settings-saved") });
    await ctx
      .editMessageText(ctx.t("tracking-settings-title"), { parse_mode: "HTML", reply_markup: settingsKeyboard(ctx, prefs) })
      .catch(cosmetic);
  });

  return {
    name: "settings",
    composer,
    commands: [{ name: "settings", chats: ["private", "group"], groupAdmin: true, privateMenu: 12 }],
    callbacks: [settingsCodec, lowBalanceCodec],
  };
}
