/** /language: choose the chat's language from the locales the bot has. */
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { defineCallback, field } from "../callback-data.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

/** `lang:<locale>`: set the chat's language (group admins). */
export const languageCodec = defineCallback("lang", { locale: field.id(8) }, { audience: "admin" });

/** Each language in its own name (the picker is read by people who may not read the current one). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: "English",
  sl: "Slovenščina",
  ru: "Русский",
  uk: "Українська",
  uz: "Oʻzbekcha",
  tr: "Türkçe",
  pt: "Português (Brasil)",
  es: "Español",
  id: "Bahasa Indonesia",
  hi: "हिन्दी",
  ar: "العربية",
  fa: "فارسی",
};

export function languageFeature(locales: readonly string[]): Feature {
  const composer = new FlatComposer<BotContext>();

  const keyboard = (current: string) => {
    const kb = new InlineKeyboard();
    for (const l of locales) kb.text(`${l === current ? "✅ " : ""}${LANGUAGE_NAMES[l] ?? l}`, languageCodec.pack({ locale: l })).row();
    return kb;
  };

  composer.command("language", async (ctx) => {
    await ctx.reply(ctx.t("language-choose"), { reply_markup: keyboard(ctx.locale) });
  });

  composer.callbackQuery(languageCodec.filter, async (ctx) => {
    const locale = ctx.match[1]!;
    if (!locales.includes(locale) || !ctx.chat) {
      await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
      return;
    }
    await ctx.deps.storage.prefs.update(ctx.chat.id, { language: locale });
    ctx.i18n.useLocale(locale);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("language-set"), { reply_markup: keyboard(locale) }).catch(cosmetic);
  });

  return {
    name: "language",
    composer,
    commands: [{ name: "language", chats: ["private", "group"], groupAdmin: true, privateMenu: 15, groupMenu: 12 }],
    callbacks: [languageCodec],
  };
}
