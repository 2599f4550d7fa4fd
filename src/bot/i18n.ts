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
import { prepareArgs, safeTranslate, type SafeTranslate } from "./html.js";
import type { ChatPrefs } from "../storage/index.js";

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

/** The bot's i18n instance (the Mini App loads the same locales through it). */
export type BotI18n = I18n<BaseContext>;

/** The locale of an update: synchronous when the prefs were prefetched and nothing is to be written. */
type Negotiate = (ctx: BaseContext) => string | Promise<string>;

/** The bot's locale negotiator over `i18n`'s locales (see the file comment). */
function negotiator(i18n: I18n<BaseContext>, defaultLocale: string): Negotiate {
  const choose = (lang: string | undefined, prefs: ChatPrefs | undefined): string => {
    if (prefs?.language && i18n.locales.includes(prefs.language)) return prefs.language;
    return lang && i18n.locales.includes(lang) ? lang : defaultLocale;
  };
  const withPrefs = (ctx: BaseContext, chatId: number, lang: string | undefined, prefs: ChatPrefs): string | Promise<string> => {
    if (!lang || ctx.chat?.type !== "private" || prefs.detectedLanguage === lang) return choose(lang, prefs);
    return ctx.deps.storage.prefs.update(chatId, { detectedLanguage: lang }).then(
      // The prefs read at the start of the update may be handed to the conversations' contexts (middleware/prefetch.ts): recorded once.
      () => {
        prefs.detectedLanguage = lang;
        return choose(lang, prefs);
      },
      (err: unknown) => {
        ctx.deps.logger.warn({ chatId, err: err instanceof Error ? err.message : String(err) }, "Could not record the chat's language");
        return choose(lang, prefs);
      },
    );
  };
  return (ctx) => {
    const chatId = prefsChatId(ctx);
    const lang = telegramLanguage(ctx);
    if (chatId === undefined) return choose(lang, undefined);
    const prefetched = ctx.prefetched?.takePrefs(chatId);
    if (prefetched) return withPrefs(ctx, chatId, lang, prefetched);
    return ctx.deps.storage.prefs.get(chatId).then((prefs) => withPrefs(ctx, chatId, lang, prefs));
  };
}

const NEGOTIATOR = Symbol("negotiator");
type WithNegotiator = { [NEGOTIATOR]?: Negotiate };

export function createI18n(defaultLocale: string): I18n<BaseContext> {
  const i18n: I18n<BaseContext> = new I18n<BaseContext>({
    defaultLocale,
    directory: LOCALES_DIR,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: async (ctx) => negotiate(ctx),
  });
  const negotiate = negotiator(i18n, defaultLocale);
  (i18n as WithNegotiator)[NEGOTIATOR] = negotiate;
  useIntlTags(i18n);
  cacheBundleMatching(i18n);
  return i18n;
}

/**
 * A translate function for one locale that escapes its arguments (src/bot/html.ts); for texts
 * rendered without an update (notifications). Unknown locales use the default one.
 */
export function createTranslator(i18n: I18n<BaseContext>, locale: string | undefined, defaultLocale: string): SafeTranslate {
  const l = locale && i18n.locales.includes(locale) ? locale : defaultLocale;
  return safeTranslate(l, (key, args) => i18n.t(l, key, args as Parameters<typeof i18n.t>[2]));
}

const SET_LOCALE_REFUSED =
  "You are calling `ctx.i18n.setLocale()` without setting `useSession` to `true` in the configuration. It doesn't make sense because you cannot set a locale in the session that way. When you call `ctx.i18n.setLocale()`, the bot tries to store the user locale in the session storage. But since you don't have session enabled, it cannot store the locale information in the session storage. You should either enable sessions or use `ctx.i18n.useLocale()` instead.";

/** `ctx.i18n` of one update (what @grammyjs/i18n's middleware installs, with `useLocale` keeping `ctx.locale` in step). */
class UpdateI18n {
  constructor(
    readonly fluent: BaseContext["i18n"]["fluent"],
    private readonly ctx: BaseContext,
    private readonly negotiate: Negotiate,
  ) {}
  useLocale(locale: string): void {
    this.ctx.locale = locale;
  }
  async getLocale(): Promise<string> {
    return this.negotiate(this.ctx);
  }
  async renegotiateLocale(): Promise<void> {
    this.useLocale(await this.negotiate(this.ctx));
  }
  setLocale(): Promise<void> {
    return Promise.reject(new Error(SET_LOCALE_REFUSED));
  }
}

/**
 * The i18n middleware of the bot (also inside conversations), in place of @grammyjs/i18n's own
 * middleware followed by a render step: negotiates the update's locale (without a promise when the
 * prefs were prefetched), sets `ctx.locale` and `ctx.i18n`, and `ctx.t` / `ctx.translate`, which
 * escape their string arguments and isolate them in right-to-left locales (src/bot/html.ts) and
 * translate in `ctx.locale` (it follows `ctx.i18n.useLocale`). One object and one function per
 * update instead of the plugin's closures and awaits.
 */
export function localeMiddleware(i18n: I18n<BaseContext>): MiddlewareFn<BaseContext> {
  const negotiate = (i18n as WithNegotiator)[NEGOTIATOR];
  if (!negotiate) throw new Error("localeMiddleware needs an I18n made by createI18n");
  const fluent = i18n.fluent;
  const setUp = (ctx: BaseContext, locale: string): void => {
    ctx.locale = locale;
    ctx.i18n = new UpdateI18n(fluent, ctx, negotiate);
    const t: SafeTranslate = (key, args) =>
      fluent.translate(
        ctx.locale,
        key,
        args === undefined ? undefined : (prepareArgs(ctx.locale, args) as Parameters<typeof fluent.translate>[2]),
      );
    ctx.t = t;
    ctx.translate = t;
  };
  return (ctx, next) => {
    const locale = negotiate(ctx);
    if (typeof locale === "string") {
      setUp(ctx, locale);
      return next();
    }
    return locale.then((l) => {
      setUp(ctx, l);
      return next();
    });
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
