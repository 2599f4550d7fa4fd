/**
 * The bot's typed context. Outside conversations: BotContext. Inside conversations: ConvContext
 * (conversations v2 builds its own context objects; the same plugins are installed there).
 */
import type { Context } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { Deps } from "../deps.js";
import type { SafeTranslate } from "./html.js";
import type { Prefetched } from "./middleware/prefetch.js";

export interface DepsFlavor {
  /** The bot's services (config, storage, panels, …), injected by middleware. */
  deps: Deps;
  /** The update's per-chat records read in one round trip (middleware/prefetch.ts); absent inside conversations. */
  prefetched?: Prefetched;
}

/**
 * Translation that is safe for HTML (src/bot/html.ts): `t` escapes its string arguments (and
 * isolates them in right-to-left locales); `locale` is the locale the chat's messages are rendered in.
 */
export interface RenderFlavor {
  t: SafeTranslate;
  translate: SafeTranslate;
  /** The chat's locale code ("en", "ru", "ar", …), as negotiated for this update. */
  locale: string;
}

/** What every context has, inside and outside conversations. */
export type BaseContext = Context & Omit<I18nFlavor, "t" | "translate"> & RenderFlavor & DepsFlavor;

/** The context of the main middleware tree. */
export type BotContext = ConversationFlavor<BaseContext>;

/** The context inside conversations. */
export type ConvContext = BaseContext;

export type BotConversation = Conversation<BotContext, ConvContext>;
