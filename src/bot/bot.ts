/**
 * Builds the bot: plugins, conversations, features and the error boundary. No network at build
 * time; main.ts starts it (long polling or webhook), tests drive it through bot.handleUpdate.
 */
import { Bot, GrammyError, HttpError, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { limit } from "@grammyjs/ratelimiter";
import { conversations, createConversation, type ConversationData, type VersionedState } from "@grammyjs/conversations";
import type { BaseContext, BotContext, ConvContext } from "./context.js";
import type { Deps } from "../deps.js";
import { createI18n, localeMiddleware, prefsChatId } from "./i18n.js";
import { connectConversation, CONNECT_CONVERSATION } from "./conversations/connect.js";
import { accountLabelConversation, ACCOUNT_LABEL_CONVERSATION } from "./conversations/account-label.js";
import { orderConversation, ORDER_CONVERSATION } from "./conversations/order.js";
import { servicesFeature } from "./features/services.js";
import { orderFeature } from "./features/order.js";
import { startFeature } from "./features/start.js";
import { connectFeature } from "./features/connect.js";
import { accountsFeature } from "./features/accounts.js";
import { balanceFeature } from "./features/balance.js";
import { languageFeature } from "./features/language.js";
import { fallbackFeature, looksLikeApiKey } from "./features/fallback.js";
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
import { placementsFeature } from "./features/placements.js";
import { updateLogging } from "./middleware/logging.js";
import { webAppFeature } from "./features/webapp.js";
import { fitTransformer } from "./fit.js";
import { conversationPrefs, conversationStorage, InFlightPrefs, keepPrefsInFlight, prefetchChat } from "./middleware/prefetch.js";
import { laneWithShortcuts, updateBudget } from "./budget.js";
import { createApiMonitor, type ApiMonitor } from "./api-monitor.js";
import { unreadableText } from "./account.js";
import { DecryptionError } from "../storage/crypto.js";
import { dropUnreadable } from "../storage/adapter.js";
import { repeatFeature } from "./features/repeat.js";
import { homeFeature } from "./features/home.js";
import { plainTextFeature } from "./features/plain-text.js";
import { massFeature } from "./features/mass.js";
import { historyFeature } from "./features/history.js";
import { cosmetic } from "./best-effort.js";
import { FlatComposer } from "./composer.js";
import { lazyConversations } from "./middleware/lazy-conversations.js";

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

/** Storage namespace of the conversation states (encrypted: replay logs may hold a typed API key). */
export const CONVERSATIONS_NAMESPACE = "conversations";

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
export type SmmBot = Bot<BotContext> & {
  readonly commands: CommandRegistry;
  readonly callbacks: CallbackRegistry;
  /** Whether the Bot API answers (logged when it does not; reported by /healthz). */
  readonly apiMonitor: ApiMonitor;
};

export function createBot(deps: Deps, options: CreateBotOptions = {}): SmmBot {
  const { config, logger } = deps;
  const bot = new Bot<BotContext>(config.botToken, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { apiRoot: config.botApiRoot, ...(options.fetch ? { fetch: options.fetch } : {}) },
  });

  const retry = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 });
  // Outermost (installed last): every text, label and answer fitted to Telegram's limits, and a
  // refused text re-sent once as plain text (src/bot/fit.ts).
  const transformers: Transformer[] = [retry, ...(options.apiTransformers ?? []), fitTransformer(logger)];
  // Installed first (innermost, below the retries): it sees each attempt's failure as it happens.
  const apiMonitor = createApiMonitor(logger);
  bot.api.config.use(apiMonitor.transformer);
  for (const t of transformers) bot.api.config.use(t);

  const i18n = createI18n(config.defaultLocale);
  const injectDeps = (ctx: BaseContext, next: () => Promise<void>) => {
    ctx.deps = deps;
    return next();
  };

  // Every feature declares its commands and its buttons' codecs; the registries are built from
  // them, and the group guard reads both (features reach the guard lazily, once it exists).
  const late: { access?: GroupAccess } = {};
  const groupAccess = (): GroupAccess => late.access!;
  const features: Feature[] = [
    homeFeature(() => commands),
    startFeature(() => commands),
    connectFeature(),
    accountsFeature(),
    balanceFeature(),
    languageFeature(i18n.locales),
    statusFeature(),
    ordersFeature(),
    refillFeature(),
    cancelFeature(),
    groupsFeature(groupAccess),
    inlineFeature(),
    trackFeature(),
    placementsFeature(),
    settingsFeature(),
    servicesFeature(),
    orderFeature(),
    webAppFeature(),
    repeatFeature(),
    massFeature(),
    historyFeature(),
    plainTextFeature(),
    fallbackFeature(),
  ];
  const commands = new CommandRegistry(features.flatMap((f) => f.commands ?? []));
  const callbacks = new CallbackRegistry(features.flatMap((f) => f.callbacks ?? []));
  const access = createGroupAccess({ i18n, commands, callbacks, now: deps.now });
  late.access = access;

  // The whole stack in one flat composer (src/bot/composer.ts): an update walks only the
  // middleware it reaches, instead of entering one nested grammY frame per registered middleware.
  const root = new FlatComposer<BotContext>();
  root.use(updateLogging(logger, (type, outcome, seconds) => deps.metrics.update(type, outcome, seconds)));
  root.use(injectDeps);
  // Per chat and user, one update at a time — except /help, and a bare /cancel that stops a slow
  // panel wait (budget.ts); each update's panel calls share one time budget.
  root.use(laneWithShortcuts(sequentialize(sequentialKeys)));
  // The chat's prefs, delivery state and conversation state in one storage round trip.
  const inFlight = new InFlightPrefs();
  root.use(prefetchChat({ conversationNamespace: CONVERSATIONS_NAMESPACE, conversationKey, prefsChatId }));
  // The locale, ctx.t (escaping its arguments) and ctx.i18n, made once (src/bot/i18n.ts).
  const locale = localeMiddleware(i18n);
  root.use(locale);
  root.use(updateBudget());
  root.use(resumeDelivery()); // a chat that talks to the bot again resumes order tracking
  // A group upgraded to a supergroup keeps its account, settings and orders: before the rate
  // limiter and the conversations, so no service message of a migration is dropped or consumed.
  root.use(migrationFeature(access).composer);
  if (config.rateLimitPerMinute > 0) {
    root.use(
      limit<BotContext, never>({
        timeFrame: 60_000,
        limit: config.rateLimitPerMinute,
        keyGenerator: (ctx) => ctx.from?.id.toString(),
        onLimitExceeded: (ctx) => {
          // The note is a courtesy: if it cannot be sent, the update is dropped all the same.
          const note = (err: unknown) => logger.debug({ err: String(err) }, "could not send the rate-limit note");
          if (ctx.callbackQuery) void ctx.answerCallbackQuery({ text: ctx.t("rate-limited") }).catch(note);
          else if (ctx.chat?.type === "private") void ctx.reply(ctx.t("rate-limited")).catch(note);
        },
      }),
    );
  }

  // A pasted API key leaves the chat whatever state the chat is in (a wizard waiting for something
  // else, a lost wizard, a group): before the guard and the conversations. The /connect wizard
  // still reads the text from the update; the fallback explains the deletion outside wizards.
  root.on("message:text", async (ctx, next) => {
    if (looksLikeApiKey(ctx.message.text)) await ctx.deleteMessage().catch(cosmetic);
    return next();
  });

  // Group rules (admin-only commands and buttons, wizard ownership, admin cache) before everything.
  root.use(access.guard);

  // A wizard whose stored state cannot be decrypted (ENCRYPTION_KEY changed) is dropped: the chat
  // is told once, and the update is handled as if no wizard were open.
  const lostStates = new Set<string>();
  const unreadableDropped = dropUnreadable(deps.storage.secretAdapter<VersionedState<ConversationData>>(CONVERSATIONS_NAMESPACE), (key) => {
    logger.warn({ key }, "conversation state unreadable (ENCRYPTION_KEY changed?): dropped");
    if (lostStates.size < 10_000) lostStates.add(key);
  });

  // The conversations plugin and the three wizards, set up only when the update needs them: a
  // chat with no active conversation (its state read absent with the update) goes straight to the
  // features, and the plugin is set up the first time a handler enters or exits a wizard
  // (src/bot/middleware/lazy-conversations.ts).
  const lazy = lazyConversations<BotContext>({
    // The prefs read for this update are kept for the conversations' contexts while they may run.
    plugin: new FlatComposer<BotContext>(
      keepPrefsInFlight(inFlight, prefsChatId),
      conversations<BotContext, ConvContext>({
        storage: { type: "context", adapter: conversationStorage(unreadableDropped, conversationKey) },
        plugins: [
          injectDeps,
          (ctx, next) => {
            for (const t of transformers) ctx.api.config.use(t);
            return next();
          },
          conversationPrefs(inFlight, prefsChatId),
          locale,
          access.conversationPlugin,
        ],
      }),
    ).middleware(),
    conversations: [
      createConversation(connectConversation, { id: CONNECT_CONVERSATION }),
      createConversation(accountLabelConversation, { id: ACCOUNT_LABEL_CONVERSATION }),
      createConversation(orderConversation, { id: ORDER_CONVERSATION }),
    ],
    idle: (ctx) => {
      const key = conversationKey(ctx);
      return key === undefined || ctx.prefetched?.conversationAbsent(key) === true;
    },
  });
  root.use(lazy.middleware);
  // After the wizards: a dropped state left none to resume, so they ran nothing for this update.
  root.use(async (ctx, next) => {
    const key = conversationKey(ctx);
    if (key !== undefined && lostStates.delete(key)) {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("conversation-state-lost"), show_alert: true }).catch(cosmetic);
      else await ctx.reply(ctx.t("conversation-state-lost")).catch(cosmetic);
      if (ctx.callbackQuery) return; // the lost wizard's button means nothing now
    }
    return next();
  });

  for (const f of features) root.use(f.composer);
  // An update no feature handled leaves with the conversations plugin set up (for conversations
  // registered on the bot after it is built).
  root.use(lazy.tail);
  bot.use(root);

  bot.catch(async (err) => {
    const ctx = err.ctx;
    const e = err.error;
    const where = { updateId: ctx.update.update_id, chatId: ctx.chat?.id };
    if (e instanceof GrammyError) logger.error({ ...where, method: e.method, code: e.error_code, description: e.description }, "Bot API error");
    else if (e instanceof HttpError) logger.error({ ...where, err: String(e.error) }, "Bot API unreachable");
    else logger.error({ ...where, err: e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : String(e) }, "Handler error");
    // A key that cannot be decrypted is a state the user can fix (reconnect), not a crash.
    const text = e instanceof DecryptionError ? unreadableText(ctx) : ctx.t("error-generic");
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: e instanceof DecryptionError });
      else if (ctx.chat) await ctx.reply(text);
    } catch {
      // nothing more to do
    }
  });

  return Object.assign(bot, { commands, callbacks, apiMonitor });
}
