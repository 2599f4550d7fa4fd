/**
 * Internationalisation (@grammyjs/i18n, Fluent). All text lives in locales/<lang>/*.ftl.
 * The language of a chat comes from its stored preference, else the user's Telegram language
 * when we have it, else DEFAULT_LOCALE.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { BaseContext } from "./context.js";

/** The project's locales folder (works from src/ under tsx and from dist/ after the build). */
export const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../locales");

/** Chat whose preferences hold the language: the chat itself, or the user for inline queries. */
export function prefsChatId(ctx: BaseContext): number | undefined {
  return ctx.chat?.id ?? ctx.from?.id;
}

export function createI18n(defaultLocale: string): I18n<BaseContext> {
  const i18n: I18n<BaseContext> = new I18n<BaseContext>({
    defaultLocale,
    directory: LOCALES_DIR,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: async (ctx): Promise<string> => {
      const chatId = prefsChatId(ctx);
      if (chatId !== undefined) {
        const prefs = await ctx.deps.storage.prefs.get(chatId);
        if (prefs.language) return prefs.language;
      }
      const lang = ctx.from?.language_code?.split("-")[0];
      return lang && i18n.locales.includes(lang) ? lang : defaultLocale;
    },
  });
  return i18n;
}
