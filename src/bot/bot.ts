/**
 * Builds the bot: plugins, conversations, features and the error boundary. No network at build
 * time; main.ts starts it (long polling or webhook), tests drive it through bot.handleUpdate.
 */
import { Bot, GrammyError, HttpError, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { limit } from "@grammyjs/ratelimiter";
import { conversations, createConversation } from "@grammyjs/conversations";
import type { BaseContext, BotContext, ConvContext } from "./context.js";
import type { Deps } from "../deps.js";
import { createI18n } from "./i18n.js";
import { connectConversation, CONNECT_CONVERSATION } from "./conversations/connect.js";
import { orderConversation, ORDER_CONVERSATION } from "./conversations/order.js";
import { servicesFeature } from "./features/services.js";
import { orderFeature } from "./features/order.js";
import { startFeature } from "./features/start.js";
import { connectFeature } from "./features/connect.js";
import { balanceFeature } from "./features/balance.js";
import { languageFeature } from "./features/language.js";
import { fallbackFeature } from "./features/fallback.js";
import { createGroupAccess, type GroupAccess } from "./groups/guard.js";
import { CallbackRegistry } from "./callback-data.js";
import { CommandRegistry } from "./commands.js";
import type { Feature } from "./feature.js";
import { groupsFeature } from "./features/groups.js";
import { migrationFeature } from "./features/migration.js";
import { inlineFeature } from "./features/inline.js";
import { statusFeature } from "./features/status.js";
import { ordersFeature } from "./features/orders.js";
import { refillFeature } from "./features/refill.js";
import { cancelFeature } from "./features/cancel.js";
import { resumeDelivery, trackFeature } from "./features/track.js";
import { settingsFeature } from "./features/settings.js";
import { updateLogging } from "./middleware/logging.js";
import { repeatFeature } from "./features/repeat.js";
import { homeFeature } from "./features/home.js";
import { plainTextFeature } from "./features/plain-text.js";
import { massFeature } from "./features/mass.js";
import { historyFeature } from "./features/history.js";

export interface CreateBotOptions {
  /** Skip getMe (tests, webhook cold starts). */
  botInfo?: UserFromGetMe;
  /** Extra API transformers; installed inside conversations too (above their replay layer). */
  apiTransformers?: Transformer[];
  /**
   * A fetch for every Bot API call (tests and benchmarks answer calls locally with one). It sits
   * below the conversations' replay layer, so it sees each call exactly once, as Telegram would.
   */
  fetch?: typeof fetch;
}

/** Key of a conversation's state: per chat in private chats, per chat and user in groups. */
export function conversationKey(ctx: BaseContext): string | undefined {
  const chat = ctx.chat;
  if (!chat) return undefined;
  if (chat.type === "private") return String(chat.id);
  return ctx.from ? `${chat.id}:${ctx.from.id}` : undefined;
}

/** Updates of one chat (and of one user) are handled in order; others run concurrently. */
export function sequentialKeys(ctx: { chat?: { id: number }; from?: { id: number } }): string[] {
  const keys: string[] = [];
  if (ctx.chat) keys.push(`c${ctx.chat.id}`);
  if (ctx.from) keys.push(`u${ctx.from.id}`);
  return keys;
}

/** The bot with the registries its features declared (menus, /help, the group guard, codec checks). */
export type SmmBot = Bot<BotContext> & { readonly commands: CommandRegistry; readonly callbacks: CallbackRegistry };

export function createBot(deps: Deps, options: CreateBotOptions = {}): SmmBot {
  const { config, logger } = deps;
  const bot = new Bot<BotContext>(config.botToken, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { apiRoot: config.botApiRoot, ...(options.fetch ? { fetch: options.fetch } : {}) },
  });

  const retry = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 });
  const transformers: Transformer[] = [retry, ...(options.apiTransformers ?? [])];
  for (const t of transformers) bot.api.config.use(t);

  const i18n = createI18n(config.defaultLocale);
  const injectDeps = (ctx: BaseContext, next: () => Promise<void>) => {
    ctx.deps = deps;
    return next();
  };

  // Every feature declares its commands and its buttons' codecs; the registries are built from
  // them, and the group guard reads both (features reach the guard lazily, once it exists).
  let access: GroupAccess | undefined;
  const groupAccess = (): GroupAccess => access!;
  const features: Feature[] = [
    homeFeature(() => commands),
    startFeature(() => commands),
    connectFeature(),
    balanceFeature(),
    languageFeature(i18n.locales),
    statusFeature(),
    ordersFeature(),
    refillFeature(),
    cancelFeature(),
    groupsFeature(groupAccess),
    inlineFeature(),
    trackFeature(),
    settingsFeature(),
    servicesFeature(),
    orderFeature(),
    repeatFeature(),
    massFeature(),
    historyFeature(),
    plainTextFeature(),
    fallbackFeature(),
  ];
  const commands = new CommandRegistry(features.flatMap((f) => f.commands ?? []));
  const callbacks = new CallbackRegistry(features.flatMap((f) => f.callbacks ?? []));
  access = createGroupAccess({ i18n, commands, callbacks, now: deps.now });

  bot.use(updateLogging(logger));
  bot.use(sequentialize(sequentialKeys));
  bot.use(injectDeps);
  bot.use(i18n);
  bot.use(resumeDelivery()); // a chat that talks to the bot again resumes order tracking
  // A group upgraded to a supergroup keeps its account, settings and orders: before the rate
  // limiter and the conversations, so no service message of a migration is dropped or consumed.
  bot.use(migrationFeature(access).composer);
  if (config.rateLimitPerMinute > 0) {
    bot.use(
      limit<BotContext, never>({
        timeFrame: 60_000,
        limit: config.rateLimitPerMinute,
        keyGenerator: (ctx) => ctx.from?.id.toString(),
        onLimitExceeded: async (ctx) => {
          if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("rate-limited") }).catch(() => undefined);
          else if (ctx.chat?.type === "private") await ctx.reply(ctx.t("rate-limited")).catch(() => undefined);
        },
      }),
    );
  }

  // Group rules (admin-only commands and buttons, wizard ownership, admin cache) before everything.
  bot.use(access.guard);

  bot.use(
    conversations<BotContext, ConvContext>({
      storage: {
        type: "key",
        adapter: deps.storage.secretAdapter("conversations"),
        getStorageKey: conversationKey,
      },
      plugins: [
        injectDeps,
        (ctx, next) => {
          for (const t of transformers) ctx.api.config.use(t);
          return next();
        },
        i18n,
        access.conversationPlugin,
      ],
    }),
  );
  bot.use(createConversation(connectConversation, { id: CONNECT_CONVERSATION }));
  bot.use(createConversation(orderConversation, { id: ORDER_CONVERSATION }));

  for (const f of features) bot.use(f.composer);

  bot.catch(async (err) => {
    const ctx = err.ctx;
    const e = err.error;
    const where = { updateId: ctx.update.update_id, chatId: ctx.chat?.id };
    if (e instanceof GrammyError) logger.error({ ...where, method: e.method, code: e.error_code, description: e.description }, "Bot API error");
    else if (e instanceof HttpError) logger.error({ ...where, err: String(e.error) }, "Bot API unreachable");
    else logger.error({ ...where, err: e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : String(e) }, "Handler error");
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("error-generic") });
      else if (ctx.chat) await ctx.reply(ctx.t("error-generic"));
    } catch {
      // nothing more to do
    }
  });

  return Object.assign(bot, { commands, callbacks });
}
