/**
 * Who is an admin of a group. Admin rights come from Telegram (getChatAdministrators, one call per
 * chat), cached in memory for a short TTL and refreshed by chat_member / my_chat_member updates.
 * Anonymous admins (GroupAnonymousBot with sender_chat = the group) count as admins; messages sent
 * on behalf of a channel (the linked channel included) do not.
 */
import type { Api } from "grammy";
import type { ChatMember, Message } from "grammy/types";
import type { BaseContext } from "../context.js";

/** Telegram's "GroupAnonymousBot": the sender of messages of anonymous group admins. */
export const ANONYMOUS_ADMIN_ID = 1087968824;

/** How long admin lists are trusted. */
export const ADMIN_TTL_MS = 60_000;

export function isAdminStatus(member: Pick<ChatMember, "status">): boolean {
  return member.status === "creator" || member.status === "administrator";
}

export function isGroupChatType(type: string | undefined): boolean {
  return type === "group" || type === "supergroup";
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
      // The list could not be fetched (rights, network): ask about this one member instead.
      try {
        this.fetches++;
        return isAdminStatus(await api.getChatMember(chatId, userId));
      } catch {
        return false; // fail closed: not an admin
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
