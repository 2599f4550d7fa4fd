/**
 * Internationalisation (@grammyjs/i18n, Fluent). All text lives in locales/<lang>/*.ftl.
 * The language of a chat comes from its stored preference, else the user's Telegram language
 * when we have it, else DEFAULT_LOCALE.
 *
 * Notifications are sent without an update to read the Telegram language from, so the negotiator
 * also records it in the prefs (`detectedLanguage`) of private chats — only when it is new or
 * changed, compared with the prefs it reads anyway: no write per update.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { BaseContext } from "./context.js";

/**
 * The project's locales folder: two levels up from src/bot/ (tsx) and dist/bot/ (the build), three
 * from dist-bench/src/bot/ (the benchmarks' build, see tsconfig.bench.json).
 */
export const LOCALES_DIR = ((): string => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const near = path.resolve(here, "../../locales");
  const far = path.resolve(here, "../../../locales");
  return existsSync(near) || !existsSync(far) ? near : far;
})();

/** The base language of the user's Telegram client ("pt-br" → "pt"), if it looks like one. */
export function telegramLanguage(ctx: BaseContext): string | undefined {
  const lang = ctx.from?.language_code?.split("-")[0]?.toLowerCase();
  return lang && /^[a-z]{2,3}$/.test(lang) ? lang : undefined;
}

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
      const lang = telegramLanguage(ctx);
      if (chatId !== undefined) {
        const prefs = await ctx.deps.storage.prefs.get(chatId);
        if (lang && ctx.chat?.type === "private" && prefs.detectedLanguage !== lang) {
          await ctx.deps.storage.prefs.update(chatId, { detectedLanguage: lang }).catch((err: unknown) =>
            ctx.deps.logger.warn({ chatId, err: err instanceof Error ? err.message : String(err) }, "Could not record the chat's language"),
          );
        }
        if (prefs.language) return prefs.language;
      }
      return lang && i18n.locales.includes(lang) ? lang : defaultLocale;
    },
  });
  return i18n;
}
