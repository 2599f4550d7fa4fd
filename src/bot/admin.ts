/**
 * Group access rules, applied centrally (installed in bot.ts before every feature, so features
 * written elsewhere need not know about groups):
 *
 * - Admin-only commands in groups ({@link GROUP_ADMIN_COMMANDS}) from a non-admin get a short,
 *   polite refusal (a reply to their message) and go no further. Everything else passes.
 * - Inline buttons pressed in groups: a wizard's buttons belong to the user who started it ("not
 *   your wizard", checked first); refresh / pagination ({@link isOpenCallback}) and buttons on
 *   messages answering an everyone-command (/status, /orders, …) are open to everyone; every other
 *   button (refill, cancel, language, settings, services, order wizard, unknown formats) is for
 *   admins only.
 * - Admin rights come from Telegram (getChatAdministrators, one call per chat), cached in memory
 *   for a short TTL and refreshed by chat_member / my_chat_member updates. Anonymous admins
 *   (GroupAnonymousBot with sender_chat = the group) count as admins; messages sent on behalf of
 *   a channel (the linked channel included) do not.
 *
 * To know who a button belongs to, every message with an inline keyboard the bot sends in a group
 * while handling a user's update is recorded (chat + message id → user, wizard?, admin-origin?)
 * in deps.storage.cache for {@link MESSAGE_RECORD_TTL_MS}. Messages sent by conversations (the
 * wizards) are recorded through {@link GroupAccess.conversationPlugin}.
 */
import type { Api, MiddlewareFn, Transformer } from "grammy";
import type { ChatMember, Message } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import type { BaseContext } from "./context.js";
import { ORDER_ACTION_RE, REFILL_REFRESH_RE } from "./callbacks.js";
import type { Deps } from "./deps.js";

/** Telegram's "GroupAnonymousBot": the sender of messages of anonymous group admins. */
export const ANONYMOUS_ADMIN_ID = 1087968824;

/** Commands only group admins may use in groups (aliases included). */
export const GROUP_ADMIN_COMMANDS: ReadonlySet<string> = new Set([
  "connect",
  "setkey",
  "disconnect",
  "balance",
  "order",
  "services",
  "track",
  "untrack",
  "refill",
  "cancel",
  "notifications",
  "language",
  "settings",
]);

/** How long admin lists are trusted. */
export const ADMIN_TTL_MS = 60_000;
/** How long the owner of a bot message with buttons is remembered. */
export const MESSAGE_RECORD_TTL_MS = 2 * 24 * 60 * 60 * 1000;

// ── commands ─────────────────────────────────────────────────────────────────────────────────

const COMMAND_RE = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)/;

/**
 * The command a message starts with (lower case), or undefined. Commands addressed to another bot
 * (`/order@other_bot`) are not ours: undefined.
 */
export function commandOf(msg: Pick<Message, "text" | "caption"> | undefined, botUsername: string): string | undefined {
  const text = msg?.text ?? msg?.caption;
  if (!text) return undefined;
  const m = COMMAND_RE.exec(text);
  if (!m) return undefined;
  if (m[2] && m[2].toLowerCase() !== botUsername.toLowerCase()) return undefined;
  return m[1]!.toLowerCase();
}

// ── callback data ────────────────────────────────────────────────────────────────────────────

/**
 * Extra patterns of buttons open to everyone in groups (read-only: refresh, pagination). Features
 * may add theirs with {@link registerOpenCallbacks}.
 */
const openPatterns: RegExp[] = [
  // /orders: pages, refresh, an order's details card (features/orders.ts).
  /^ol:(?:page|refresh):\d+$/,
  /^od:[\w-]{1,24}:\d{1,20}$/,
  // Pagination and refresh words as a token of the data: "orders:page:2", "list:more:3".
  /(?:^|[:_|/.-])(?:page|pg|more|next|prev|refresh)(?:[:_|/.-]|$)/i,
];

/** Lets a feature declare read-only button data (open to every group member). */
export function registerOpenCallbacks(...patterns: RegExp[]): void {
  openPatterns.push(...patterns);
}

/** Buttons anyone in a group may press: order / refill refresh, pagination. */
export function isOpenCallback(data: string): boolean {
  const order = ORDER_ACTION_RE.exec(data);
  if (order) return order[1] === "r";
  if (REFILL_REFRESH_RE.test(data)) return true;
  return openPatterns.some((re) => re.test(data));
}

/** Buttons known to be admin actions whatever message they are on. */
export function isAdminCallback(data: string): boolean {
  const order = ORDER_ACTION_RE.exec(data);
  if (order) return order[1] !== "r";
  // lang: language, conv: conversation controls, sv: catalogue (leads to ordering), ow: order wizard,
  // oc: cancel confirmation, tset: settings; the rest are likely names of such buttons.
  return /^(?:lang|conv|connect|sv|ow|oc|tset|settings|set|notif|order|wiz|svc|services?):/i.test(data);
}

// ── admin lists ──────────────────────────────────────────────────────────────────────────────

export function isAdminStatus(member: Pick<ChatMember, "status">): boolean {
  return member.status === "creator" || member.status === "administrator";
}

interface CacheEntry {
  admins: Set<number>;
  expires: number;
}

export interface AdminCacheOptions {
  ttlMs?: number;
  /** Most chats kept (oldest dropped first). Default 10000. */
  maxChats?: number;
  now?: () => number;
}

type AdminApi = Pick<Api, "getChatAdministrators" | "getChatMember">;

/**
 * Group admin lists, in memory, per chat, for a short TTL. One getChatAdministrators call serves
 * every member of a chat; concurrent checks share one call. If the list cannot be fetched, a
 * getChatMember call decides; if that fails too, the answer is "not an admin" (fail closed).
 */
export class AdminCache {
  private readonly chats = new Map<number, CacheEntry>();
  private readonly inflight = new Map<number, Promise<Set<number>>>();
  private readonly ttlMs: number;
  private readonly maxChats: number;
  private readonly now: () => number;
  /** Bot API calls made (for tests and diagnostics). */
  fetches = 0;

  constructor(options: AdminCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? ADMIN_TTL_MS;
    this.maxChats = options.maxChats ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async isAdmin(api: AdminApi, chatId: number, userId: number): Promise<boolean> {
    const entry = this.chats.get(chatId);
    if (entry && entry.expires > this.now()) return entry.admins.has(userId);
    try {
      return (await this.load(api, chatId)).has(userId);
    } catch {
      try {
        this.fetches++;
        return isAdminStatus(await api.getChatMember(chatId, userId));
      } catch {
        return false;
      }
    }
  }

  /** A chat_member update: applies the change to a cached list (a missing list is fetched later). */
  setMember(chatId: number, userId: number, admin: boolean): void {
    const entry = this.chats.get(chatId);
    if (!entry) return;
    if (admin) entry.admins.add(userId);
    else entry.admins.delete(userId);
  }

  /** Forgets a chat's list (the bot's own rights changed, it left, …). */
  invalidate(chatId: number): void {
    this.chats.delete(chatId);
  }

  get size(): number {
    return this.chats.size;
  }

  private load(api: AdminApi, chatId: number): Promise<Set<number>> {
    let pending = this.inflight.get(chatId);
    if (!pending) {
      this.fetches++;
      pending = api
        .getChatAdministrators(chatId)
        .then((list) => {
          const admins = new Set(list.map((m) => m.user.id));
          this.chats.delete(chatId);
          this.chats.set(chatId, { admins, expires: this.now() + this.ttlMs });
          while (this.chats.size > this.maxChats) {
            const oldest = this.chats.keys().next().value;
            if (oldest === undefined) break;
            this.chats.delete(oldest);
          }
          return admins;
        })
        .finally(() => this.inflight.delete(chatId));
      this.inflight.set(chatId, pending);
    }
    return pending;
  }
}

// ── who sent it ──────────────────────────────────────────────────────────────────────────────

export function isGroupChatType(type: string | undefined): boolean {
  return type === "group" || type === "supergroup";
}

/** A message of an anonymous admin of this very group. */
export function isAnonymousAdminMessage(msg: Pick<Message, "from" | "sender_chat" | "chat">): boolean {
  return msg.from?.id === ANONYMOUS_ADMIN_ID && msg.sender_chat?.id === msg.chat.id;
}

/**
 * Is the sender of this update an admin of the group chat? Anonymous admins are; messages sent on
 * behalf of a channel (the linked channel's automatic forwards included) are not.
 */
export async function senderIsAdmin(ctx: BaseContext, cache: AdminCache): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || !isGroupChatType(chat.type)) return false;
  const msg = ctx.msg;
  if (msg && !ctx.callbackQuery) {
    if (isAnonymousAdminMessage(msg)) return true;
    if (msg.sender_chat) return false; // on behalf of a channel (or another chat)
  }
  const userId = ctx.from?.id;
  if (userId === undefined || userId === ANONYMOUS_ADMIN_ID) return false;
  return cache.isAdmin(ctx.api, chat.id, userId);
}

// ── message records ──────────────────────────────────────────────────────────────────────────

/** Who a bot message with buttons in a group belongs to. */
export interface MessageRecord {
  /** User whose update produced it. */
  u: number;
  /** Sent by a conversation (a wizard). */
  w?: 1;
  /** Produced by an admin action (admin command, admin button, wizard). */
  a?: 1;
}

const recordKey = (chatId: number, messageId: number) => `grp:msg:${chatId}:${messageId}`;

function hasInlineKeyboard(payload: unknown): boolean {
  const markup = (payload as { reply_markup?: { inline_keyboard?: unknown } } | undefined)?.reply_markup;
  return !!markup && Array.isArray(markup.inline_keyboard);
}

/** Records written lately (bounded, in memory), to skip rewriting them on conversation replays. */
class RecentRecords {
  private readonly map = new Map<string, string>();
  constructor(private readonly max = 5000) {}
  get(key: string): string | undefined {
    return this.map.get(key);
  }
  put(key: string, value: string): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
  }
}

const EDIT_METHODS: ReadonlySet<string> = new Set(["editMessageText", "editMessageReplyMarkup", "editMessageCaption"]);

/**
 * A transformer recording the messages with buttons sent in a group chat on behalf of `record.u`
 * (with `edits`, also messages it edits to carry buttons: a wizard taking over a message).
 */
function recorder(deps: Deps, chatId: number, record: MessageRecord, recent: RecentRecords, edits = false): Transformer {
  const save = async (messageId: number) => {
    const key = recordKey(chatId, messageId);
    const value = JSON.stringify(record);
    // Conversations replay their earlier calls on every update: write each record once.
    if (recent.get(key) === value) return;
    await deps.storage.cache.set(key, record, MESSAGE_RECORD_TTL_MS).then(
      () => recent.put(key, value),
      (err: unknown) => deps.logger.warn({ err: String(err) }, "could not record a group message"),
    );
  };
  return async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    if (!res.ok || !hasInlineKeyboard(payload)) return res;
    if (method === "sendMessage") {
      const msg = res.result as { message_id?: unknown; chat?: { id?: unknown } } | undefined;
      if (typeof msg?.message_id === "number" && (msg.chat?.id ?? chatId) === chatId) await save(msg.message_id);
    } else if (edits && EDIT_METHODS.has(method)) {
      const p = payload as { chat_id?: unknown; message_id?: unknown };
      if (typeof p.message_id === "number" && (p.chat_id === undefined || p.chat_id === chatId)) await save(p.message_id);
    }
    return res;
  };
}

// ── the guard ────────────────────────────────────────────────────────────────────────────────

/** A group the user is linking in the private chat (for the "linked by" notice). */
interface PendingLink {
  chatId: number;
  since: number;
  anonymous: boolean;
}

const PENDING_TTL_MS = 60 * 60 * 1000;

export interface GroupAccess {
  cache: AdminCache;
  /** Install before the conversations plugin and every feature. */
  guard: MiddlewareFn<BaseContext>;
  /** Install in the conversations plugin's `plugins`, after the API transformers. */
  conversationPlugin: MiddlewareFn<BaseContext>;
  /** Is the sender of this update an admin of its group? (false outside groups) */
  isAdmin(ctx: BaseContext): Promise<boolean>;
  /** Remembers that `userId` is linking `chatId` in private, to post a notice in the group after. */
  expectLink(userId: number, link: PendingLink): void;
  i18n: I18n<BaseContext>;
}

export interface GroupAccessOptions {
  i18n: I18n<BaseContext>;
  ttlMs?: number;
  now?: () => number;
}

export function createGroupAccess(options: GroupAccessOptions): GroupAccess {
  const now = options.now ?? Date.now;
  const cache = new AdminCache({ ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}), now });
  const pending = new Map<number, PendingLink>();
  const recent = new RecentRecords();
  const isAdmin = (ctx: BaseContext) => senderIsAdmin(ctx, cache);

  const refuse = async (ctx: BaseContext, command: string) => {
    const msg = ctx.msg;
    await ctx
      .reply(ctx.t("groups-admins-only", { command: `/${command}` }), {
        ...(msg ? { reply_parameters: { message_id: msg.message_id, allow_sending_without_reply: true } } : {}),
      })
      .catch(() => undefined);
  };

  /** Updates about membership: keep the admin cache fresh. */
  const trackMembers = (ctx: BaseContext) => {
    const upd = ctx.update.chat_member ?? ctx.update.my_chat_member;
    if (!upd || !isGroupChatType(upd.chat.type)) return;
    if (ctx.update.my_chat_member) cache.invalidate(upd.chat.id);
    else cache.setMember(upd.chat.id, upd.new_chat_member.user.id, isAdminStatus(upd.new_chat_member));
  };

  /** After a private update of a user linking a group: post "linked by" in the group once it is done. */
  const afterPrivate = async (ctx: BaseContext) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const link = pending.get(userId);
    if (!link) return;
    if (link.since + PENDING_TTL_MS < now()) {
      pending.delete(userId);
      return;
    }
    const account = await ctx.deps.storage.accounts.get(`g:${link.chatId}`);
    if (!account || account.connectedBy !== userId || account.connectedAt < link.since) return;
    pending.delete(userId);
    const prefs = await ctx.deps.storage.prefs.get(link.chatId);
    const locale = prefs.language ?? (await ctx.i18n.getLocale());
    const panel = ctx.deps.panels.find(account.panelId)?.name ?? account.panelId;
    const text = link.anonymous
      ? options.i18n.t(locale, "groups-linked-notice-anonymous", { panel })
      : options.i18n.t(locale, "groups-linked-notice", { admin: ctx.from?.first_name ?? "", panel });
    await ctx.api.sendMessage(link.chatId, text).catch((err: unknown) => {
      ctx.deps.logger.info({ chatId: link.chatId, err: String(err) }, "could not post the linked notice");
    });
  };

  const guard: MiddlewareFn<BaseContext> = async (ctx, next) => {
    trackMembers(ctx);
    const chat = ctx.chat;
    if (chat?.type === "private") {
      await next();
      if (pending.size > 0) {
        await afterPrivate(ctx).catch((err: unknown) => {
          ctx.deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, "linked-notice check failed");
        });
      }
      return;
    }
    if (!chat || !isGroupChatType(chat.type) || !ctx.from) return next();

    let adminOrigin = true;
    const cq = ctx.callbackQuery;
    if (cq) {
      const data = cq.data ?? "";
      const message = cq.message;
      const record = message
        ? await ctx.deps.storage.cache.get<MessageRecord>(recordKey(chat.id, message.message_id)).catch(() => undefined)
        : undefined;
      if (record?.w && record.u !== ctx.from.id && record.u !== ANONYMOUS_ADMIN_ID) {
        // Somebody else's wizard (its state is per user: it could not act on this press anyway).
        await ctx.answerCallbackQuery({ text: ctx.t("groups-button-not-yours") }).catch(() => undefined);
        return;
      }
      if (isOpenCallback(data) || (record && !record.a && !isAdminCallback(data))) {
        adminOrigin = false;
      } else if (!(await isAdmin(ctx))) {
        await ctx.answerCallbackQuery({ text: ctx.t("groups-button-admins-only") }).catch(() => undefined);
        return;
      }
    } else if (ctx.msg) {
      const command = commandOf(ctx.msg, ctx.me.username);
      if (command !== undefined && ctx.message) {
        if (GROUP_ADMIN_COMMANDS.has(command)) {
          if (!(await isAdmin(ctx))) {
            await refuse(ctx, command);
            return;
          }
        } else adminOrigin = false;
      }
    }
    ctx.api.config.use(recorder(ctx.deps, chat.id, adminOrigin ? { u: ctx.from.id, a: 1 } : { u: ctx.from.id }, recent));
    return next();
  };

  const conversationPlugin: MiddlewareFn<BaseContext> = (ctx, next) => {
    const chat = ctx.chat;
    if (chat && isGroupChatType(chat.type) && ctx.from) {
      ctx.api.config.use(recorder(ctx.deps, chat.id, { u: ctx.from.id, w: 1, a: 1 }, recent, true));
    }
    return next();
  };

  return {
    cache,
    guard,
    conversationPlugin,
    isAdmin,
    i18n: options.i18n,
    expectLink(userId, link) {
      pending.delete(userId);
      pending.set(userId, link);
      while (pending.size > 1000) {
        const oldest = pending.keys().next().value;
        if (oldest === undefined) break;
        pending.delete(oldest);
      }
    },
  };
}
