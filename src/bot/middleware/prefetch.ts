/**
 * One storage round trip per update.
 *
 * Handling an update of a chat needs three per-chat records: the chat's preferences (the i18n
 * negotiator: its language), its delivery state (resumeDelivery: is it marked blocked?) and the
 * conversation state of the chat (the conversations plugin: is a wizard waiting?). Read one after
 * the other, they cost three round trips — on SQLite three statements through the thread pool,
 * most of a light update's CPU. {@link prefetchChat} reads the three in ONE multi-key read
 * (`storage.readTogether`) as soon as the update's turn comes (after sequentialize) and hands each
 * value out once to the part that needs it:
 *
 * - the negotiator takes the prefs ({@link Prefetched.takePrefs}); a later `getLocale()` call
 *   reads storage again (it may follow a /language change made meanwhile);
 * - resumeDelivery takes the delivery state;
 * - the conversations plugin takes the conversation state through {@link conversationStorage}
 *   (a "context" storage: it can see the update's prefetched values). A chat without an active
 *   conversation has no state: the key is simply absent from the same read, so no separate read
 *   is made for it, and nothing is written (the plugin writes only when a conversation runs).
 *
 * Conversations v2 replays a wizard's earlier updates on every step, each through the plugins,
 * i18n included: one prefs read per replayed update (a 5-step wizard: 5 reads on its last step).
 * The prefs read for the update in flight are kept for its chat while its conversations may run
 * ({@link keepPrefsInFlight}, {@link InFlightPrefs}: from the conversations plugin to the end of
 * the update) and {@link conversationPrefs} gives them to the conversations' contexts: they
 * are the same chat's, read at the start of the same update, and nothing writes them before the
 * conversations run (the features that change prefs, /language and /settings, come after the
 * conversations and enter none).
 *
 * Correct across instances: nothing is cached beyond the update; every value comes from storage
 * read at the start of the update, after the chat's previous update finished (sequentialize).
 * If the multi-key read fails, each part falls back to its own read (and handles its error as
 * before).
 */
import type { MiddlewareFn, StorageAdapter } from "grammy";
import type { VersionedState, VersionedStateStorage } from "@grammyjs/conversations";
import type { ChatDeliveryState, ChatPrefs, StorageRef } from "../../storage/index.js";
import type { BaseContext } from "../context.js";

/** What was read for an update (a chat's value belongs to that chat or key only). */
export interface PrefetchedValues {
  prefsChat?: number;
  prefs?: ChatPrefs;
  deliveryChat?: number;
  delivery?: ChatDeliveryState;
  /** Key of the conversation state read (its value may be undefined: none stored). */
  conversationKey?: string;
  conversation?: unknown;
}

/** Values read at the start of an update, each handed out once. */
export class Prefetched {
  #prefsChat: number | undefined;
  #prefs: ChatPrefs | undefined;
  /** The prefs as read (kept after they are taken, for the conversations: {@link keepPrefsInFlight}). */
  readonly #readChat: number | undefined;
  readonly #read: ChatPrefs | undefined;
  #deliveryChat: number | undefined;
  #delivery: ChatDeliveryState | undefined;
  #conversationKey: string | undefined;
  #conversation: unknown;

  constructor(values: PrefetchedValues) {
    if (values.prefs !== undefined) {
      this.#prefsChat = this.#readChat = values.prefsChat;
      this.#prefs = this.#read = values.prefs;
    }
    if (values.deliveryChat !== undefined) {
      this.#deliveryChat = values.deliveryChat;
      this.#delivery = values.delivery;
    }
    this.#conversationKey = values.conversationKey;
    this.#conversation = values.conversation;
  }

  /** The chat's prefs as read at the start of the update (once; undefined if not prefetched). */
  takePrefs(chatId: number): ChatPrefs | undefined {
    if (this.#prefsChat !== chatId) return undefined;
    const p = this.#prefs;
    this.#prefsChat = this.#prefs = undefined;
    return p;
  }

  /** The chat's prefs as read at the start of the update (also once taken); undefined if not prefetched. */
  readPrefs(chatId: number): ChatPrefs | undefined {
    return this.#readChat === chatId ? this.#read : undefined;
  }

  /** The chat's delivery state as read at the start of the update (once). */
  takeDelivery(chatId: number): ChatDeliveryState | undefined {
    if (this.#deliveryChat !== chatId) return undefined;
    const d = this.#delivery;
    this.#deliveryChat = this.#delivery = undefined;
    return d;
  }

  /** Whether the state under `key` was read and none is stored (a peek: the value can still be taken). */
  conversationAbsent(key: string): boolean {
    return this.#conversationKey === key && (this.#conversation === undefined || this.#conversation === null);
  }

  /** The conversation state under `key` (once): `{ value }` (value undefined: none stored), or undefined if not prefetched. */
  takeConversation(key: string): { value: unknown } | undefined {
    if (this.#conversationKey !== key) return undefined;
    const value = this.#conversation;
    this.#conversationKey = this.#conversation = undefined;
    return { value };
  }
}

/** The prefs of each chat's update in flight in this process (one per chat: sequentialize). */
export class InFlightPrefs {
  readonly #byChat = new Map<number, ChatPrefs>();
  get(chatId: number): ChatPrefs | undefined {
    return this.#byChat.get(chatId);
  }
  /** Keeps `prefs` while `run` runs. */
  async during<T>(chatId: number, prefs: ChatPrefs, run: () => Promise<T>): Promise<T> {
    this.#byChat.set(chatId, prefs);
    try {
      return await run();
    } finally {
      if (this.#byChat.get(chatId) === prefs) this.#byChat.delete(chatId);
    }
  }
  get size(): number {
    return this.#byChat.size;
  }
}

export interface PrefetchOptions {
  /** Namespace of the conversation states (its adapter must exist: see {@link conversationStorage}). */
  conversationNamespace: string;
  /** Key of the update's conversation state (undefined: none). */
  conversationKey(ctx: BaseContext): string | undefined;
  /** Chat whose prefs hold the update's language. */
  prefsChatId(ctx: BaseContext): number | undefined;
}

/** Whether the update says the bot was removed from / blocked in the chat (resumeDelivery leaves those alone). */
function isRemoval(ctx: BaseContext): boolean {
  const status = ctx.myChatMember?.new_chat_member.status;
  return status === "kicked" || status === "left";
}

/** Reads the update's prefs, delivery state and conversation state in one round trip (install after sequentialize and the deps). */
export function prefetchChat(options: PrefetchOptions): MiddlewareFn<BaseContext> {
  return async (ctx, next) => {
    const prefsChat = options.prefsChatId(ctx);
    const deliveryChat = ctx.chat && !isRemoval(ctx) ? ctx.chat.id : undefined;
    const convKey = options.conversationKey(ctx);
    if (prefsChat === undefined && deliveryChat === undefined && convKey === undefined) return next();
    const { storage } = ctx.deps;
    const refs: Array<StorageRef<unknown>> = [];
    let p = -1;
    let d = -1;
    let c = -1;
    let values: unknown[];
    try {
      if (prefsChat !== undefined) p = refs.push(storage.refs.prefs(prefsChat)) - 1;
      if (deliveryChat !== undefined) d = refs.push(storage.refs.delivery(deliveryChat)) - 1;
      if (convKey !== undefined) c = refs.push(storage.refs.adapterValue(options.conversationNamespace, convKey)) - 1;
      values = await storage.readTogether(refs);
    } catch (err) {
      // Each part reads (and reports) on its own.
      ctx.deps.logger.debug({ err: err instanceof Error ? err.message : String(err) }, "prefetch failed");
      return next();
    }
    const prefs = p >= 0 ? (values[p] as ChatPrefs | undefined) : undefined;
    const read: PrefetchedValues = {};
    if (prefs) {
      read.prefsChat = prefsChat;
      read.prefs = prefs;
    }
    if (d >= 0) {
      read.deliveryChat = deliveryChat;
      read.delivery = values[d] as ChatDeliveryState;
    }
    if (c >= 0) {
      read.conversationKey = convKey;
      read.conversation = values[c];
    }
    ctx.prefetched = new Prefetched(read);
    return next();
  };
}

/**
 * Keeps the prefs read for the update in flight ({@link InFlightPrefs}) while the rest of the
 * update runs, for {@link conversationPrefs}: install right before the conversations plugin
 * (src/bot/middleware/lazy-conversations.ts sets it up only when a conversation may run).
 */
export function keepPrefsInFlight(inFlight: InFlightPrefs, prefsChatId: (ctx: BaseContext) => number | undefined): MiddlewareFn<BaseContext> {
  return (ctx, next) => {
    const chatId = prefsChatId(ctx);
    const prefs = chatId !== undefined ? ctx.prefetched?.readPrefs(chatId) : undefined;
    return prefs ? inFlight.during(chatId!, prefs, next) : next();
  };
}

/**
 * A conversations plugin (install before i18n in `plugins`): gives a conversation's contexts the
 * prefs of their chat's update in flight, so replayed updates do not read them again.
 */
export function conversationPrefs(inFlight: InFlightPrefs, prefsChatId: (ctx: BaseContext) => number | undefined): MiddlewareFn<BaseContext> {
  return (ctx, next) => {
    const chatId = prefsChatId(ctx);
    const prefs = chatId !== undefined ? inFlight.get(chatId) : undefined;
    if (prefs) ctx.prefetched = new Prefetched({ prefsChat: chatId!, prefs });
    return next();
  };
}

/**
 * The conversations plugin's storage ("context" type): the conversation state of `keyOf(ctx)` in
 * `adapter` (the encrypted conversations namespace), taken from the update's prefetched values
 * when they hold it.
 * Updates without a key (no chat) neither read nor write, as with the plugin's "key" storage.
 */
export function conversationStorage<S>(
  adapter: StorageAdapter<VersionedState<S>>,
  keyOf: (ctx: BaseContext) => string | undefined,
): VersionedStateStorage<BaseContext, S> {
  return {
    read: async (ctx) => {
      const key = keyOf(ctx);
      if (key === undefined) return undefined;
      const pre = ctx.prefetched?.takeConversation(key);
      if (pre) return (pre.value ?? undefined) as VersionedState<S> | undefined;
      return adapter.read(key);
    },
    write: async (ctx, state) => {
      const key = keyOf(ctx);
      if (key !== undefined) await adapter.write(key, state);
    },
    delete: async (ctx) => {
      const key = keyOf(ctx);
      if (key !== undefined) await adapter.delete(key);
    },
  };
}
