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
import type { MiddlewareFn } from "grammy";
import type { BaseContext } from "./context.js";
import { INTL_LOCALES, type AppLocale } from "../lib/intl.js";
import { safeTranslate, type SafeTranslate } from "./html.js";

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

/**
 * Gives each locale's Fluent bundle the Intl tag of src/lib/intl.ts first ("fa" → "fa-u-nu-latn",
 * "pt" → "pt-BR", …), so numbers Fluent formats itself (`{ $count }`) are written like the amounts
 * formatted by intl.ts: Latin digits in ar and fa, Brazilian separators in pt. The plain code stays
 * in the list, so the bundle is still found by it.
 */
function useIntlTags(i18n: I18n<BaseContext>): void {
  const bundles = (i18n.fluent as unknown as { bundles: Set<{ locales: string[] }> }).bundles;
  for (const bundle of bundles) {
    const code = bundle.locales[0];
    if (code === undefined || !Object.prototype.hasOwnProperty.call(INTL_LOCALES, code)) continue;
    const tag = INTL_LOCALES[code as AppLocale];
    if (tag !== code) bundle.locales = [tag, ...bundle.locales];
  }
}

/** Where the negotiated locale of an update is recorded (the i18n plugin does not expose it). */
const NEGOTIATED = Symbol("negotiatedLocale");
type WithNegotiated = { [NEGOTIATED]?: string };

/** The bot's i18n instance (the Mini App loads the same locales through it). */
export type BotI18n = I18n<BaseContext>;

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
        const prefs = ctx.prefetched?.takePrefs(chatId) ?? (await ctx.deps.storage.prefs.get(chatId));
        if (lang && ctx.chat?.type === "private" && prefs.detectedLanguage !== lang) {
          await ctx.deps.storage.prefs.update(chatId, { detectedLanguage: lang }).then(
            // The prefs read at the start of the update may be handed to the conversations' contexts (middleware/prefetch.ts): recorded once.
            () => void (prefs.detectedLanguage = lang),
            (err: unknown) =>
              ctx.deps.logger.warn({ chatId, err: err instanceof Error ? err.message : String(err) }, "Could not record the chat's language"),
          );
        }
        if (prefs.language && i18n.locales.includes(prefs.language)) return record(ctx, prefs.language);
      }
      return record(ctx, lang && i18n.locales.includes(lang) ? lang : defaultLocale);
    },
  });
  useIntlTags(i18n);
  cacheBundleMatching(i18n);
  return i18n;
}

function record(ctx: BaseContext, locale: string): string {
  (ctx as WithNegotiated)[NEGOTIATED] = locale;
  return locale;
}

/**
 * A translate function for one locale that escapes its arguments (src/bot/html.ts); for texts
 * rendered without an update (notifications). Unknown locales use the default one.
 */
export function createTranslator(i18n: I18n<BaseContext>, locale: string | undefined, defaultLocale: string): SafeTranslate {
  const l = locale && i18n.locales.includes(locale) ? locale : defaultLocale;
  return safeTranslate(l, (key, args) => i18n.t(l, key, args as Parameters<typeof i18n.t>[2]));
}

/**
 * Installed right after the i18n plugin (also inside conversations): `ctx.t` escapes its string
 * arguments and isolates them in right-to-left locales; `ctx.locale` is the chat's locale, and
 * follows `ctx.i18n.useLocale`.
 */
export function renderMiddleware(defaultLocale: string): MiddlewareFn<BaseContext> {
  return (ctx, next) => {
    const plain = ctx.t as unknown as (key: string, args?: Record<string, unknown>) => string;
    ctx.locale = (ctx as WithNegotiated)[NEGOTIATED] ?? defaultLocale;
    const t: SafeTranslate = (key, args) => safeTranslate(ctx.locale, plain)(key, args);
    ctx.t = t;
    ctx.translate = t;
    const i18n = ctx.i18n;
    const useLocale = (locale: string) => i18n.useLocale(locale);
    ctx.i18n = {
      ...i18n,
      useLocale: (locale: string) => {
        useLocale(locale);
        ctx.locale = locale;
      },
    };
    return next();
  };
}

/** The part of @grammyjs/i18n's Fluent wrapper that {@link cacheBundleMatching} wraps (private there). */
interface FluentInternals {
  matchBundles?: (locales: string[]) => Set<unknown>;
  addBundle?: (...args: unknown[]) => void;
}

/**
 * @grammyjs/i18n (1.1) negotiates the bundles anew on every `t()` call (@fluent/langneg parses
 * every available locale each time): /help's twenty lines spent more CPU there than in the rest
 * of the update. The match depends only on the requested locales and the loaded bundles, so it is
 * cached per locale list (cleared when a bundle is added). Without those internals (another
 * version of the plugin) nothing is changed.
 */
export function cacheBundleMatching(i18n: I18n<BaseContext>): void {
  const fluent = i18n.fluent as unknown as FluentInternals;
  const match = fluent.matchBundles;
  const add = fluent.addBundle;
  if (typeof match !== "function" || typeof add !== "function") return;
  const cache = new Map<string, Set<unknown>>();
  fluent.matchBundles = (locales: string[]): Set<unknown> => {
    const key = locales.join("\n");
    let found = cache.get(key);
    if (!found) {
      found = match.call(fluent, locales);
      if (cache.size >= 64) cache.clear();
      cache.set(key, found);
    }
    return found;
  };
  fluent.addBundle = (...args: unknown[]): void => {
    cache.clear();
    add.apply(fluent, args);
  };
}
