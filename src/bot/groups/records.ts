/**
 * Who a bot message with buttons in a group belongs to, and which buttons it carries.
 *
 * Every message with an inline keyboard the bot sends (or edits to carry buttons) in a group while
 * handling a user's update is recorded (chat + message id → user, wizard?, admin-origin?, the
 * callback data of its buttons) in the storage cache for {@link MESSAGE_RECORD_TTL_MS}. The group
 * guard uses it to give a wizard's buttons to their starter only, and to refuse data that the
 * message never carried (a forged press).
 */
import type { Transformer } from "grammy";
import type { Logger } from "../../logger.js";
import type { CacheRepo } from "../../storage/types.js";

/** How long the owner of a bot message with buttons is remembered. */
export const MESSAGE_RECORD_TTL_MS = 2 * 24 * 60 * 60 * 1000;

/** Who a bot message with buttons in a group belongs to. */
export interface MessageRecord {
  /** User whose update produced it. */
  u: number;
  /** Sent by a conversation (a wizard). */
  w?: 1;
  /** Produced by an admin action (admin command, admin button, wizard). */
  a?: 1;
  /** The callback data of its buttons (absent in records written by older versions). */
  d?: string[];
}

export const recordKey = (chatId: number, messageId: number): string => `grp:msg:${chatId}:${messageId}`;

/** The callback data of an inline keyboard in a payload, or undefined when it has none. */
export function keyboardData(payload: unknown): string[] | undefined {
  const markup = (payload as { reply_markup?: { inline_keyboard?: unknown } } | undefined)?.reply_markup;
  if (!markup || !Array.isArray(markup.inline_keyboard)) return undefined;
  const data: string[] = [];
  for (const row of markup.inline_keyboard as unknown[]) {
    if (!Array.isArray(row)) continue;
    for (const button of row as Array<{ callback_data?: unknown }>) {
      if (typeof button?.callback_data === "string") data.push(button.callback_data);
    }
  }
  return data;
}

/** Records written lately (bounded, in memory), to skip rewriting them on conversation replays. */
export class RecentRecords {
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

export interface RecorderDeps {
  cache: CacheRepo;
  logger: Pick<Logger, "warn">;
  recent: RecentRecords;
}

/** Reads a message's record; undefined when there is none or storage fails (the caller decides). */
export function readRecord(cache: CacheRepo, chatId: number, messageId: number): Promise<MessageRecord | undefined> {
  return cache.get<MessageRecord>(recordKey(chatId, messageId));
}

/**
 * A transformer recording the messages with buttons sent in a group chat on behalf of `owner.u`,
 * and the messages it edits to carry buttons (a page turned, a wizard taking over a message).
 * `pressed`: the message whose button is being handled and its record, if any.
 */
export function recorder(
  deps: RecorderDeps,
  chatId: number,
  owner: Omit<MessageRecord, "d">,
  pressed?: { messageId: number; record: MessageRecord | undefined },
): Transformer {
  const save = async (messageId: number, data: string[]) => {
    const key = recordKey(chatId, messageId);
    // A message edited by a button press keeps its owner: only its buttons change.
    const kept = pressed?.messageId === messageId ? pressed.record : undefined;
    const base = kept ? { u: kept.u, ...(kept.w ? { w: 1 as const } : {}), ...(kept.a ? { a: 1 as const } : {}) } : owner;
    const record: MessageRecord = { ...base, d: data };
    const value = JSON.stringify(record);
    // Conversations replay their earlier calls on every update: write each record once.
    if (deps.recent.get(key) === value) return;
    await deps.cache.set(key, record, MESSAGE_RECORD_TTL_MS).then(
      () => deps.recent.put(key, value),
      (err: unknown) => deps.logger.warn({ err: String(err) }, "could not record a group message"),
    );
  };
  return async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    if (!res.ok) return res;
    const data = keyboardData(payload);
    if (!data) return res;
    if (method === "sendMessage") {
      const msg = res.result as { message_id?: unknown; chat?: { id?: unknown } } | undefined;
      if (typeof msg?.message_id === "number" && (msg.chat?.id ?? chatId) === chatId) await save(msg.message_id, data);
    } else if (EDIT_METHODS.has(method)) {
      const p = payload as { chat_id?: unknown; message_id?: unknown };
      if (typeof p.message_id === "number" && (p.chat_id === undefined || p.chat_id === chatId)) await save(p.message_id, data);
    }
    return res;
  };
}
