/**
 * Group access rules, applied centrally (installed in bot.ts before every feature, so features
 * need not know about groups). The rules come from what features declare:
 *
 * - Commands: the command registry says which are admin-only in groups; a member gets a short,
 *   polite refusal (a reply to their message) and the update goes no further.
 * - Buttons: every callback datum is read by a codec that declares its audience (see
 *   callback-data.ts): `everyone` (refresh, pages, details), `admin`, or `starter` (a wizard's
 *   buttons: only whoever started it). Data that no codec reads, or that the pressed message never
 *   carried (per its record), is refused whatever it contains: a member cannot turn a bot message
 *   into something else by sending forged data.
 *
 * Admin rights: see admin-cache.ts. Records of who a message belongs to: see records.ts.
 */
import type { MiddlewareFn } from "grammy";
import type { Message } from "grammy/types";
import type { I18n } from "@grammyjs/i18n";
import type { BaseContext } from "../context.js";
import type { CallbackRegistry } from "../callback-data.js";
import type { CommandRegistry } from "../commands.js";
import { AdminCache, ANONYMOUS_ADMIN_ID, isAdminStatus, isGroupChatType, senderIsAdmin } from "./admin-cache.js";
import { LinkedNotices, type PendingLink } from "./linked-notice.js";
import { readRecord, recorder, RecentRecords, type MessageRecord } from "./records.js";

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
  commands: CommandRegistry;
  callbacks: CallbackRegistry;
  ttlMs?: number;
  now?: () => number;
}

export function createGroupAccess(options: GroupAccessOptions): GroupAccess {
  const now = options.now ?? Date.now;
  const { commands, callbacks } = options;
  const cache = new AdminCache({ ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}), now });
  const notices = new LinkedNotices(options.i18n, now);
  const recent = new RecentRecords();
  const isAdmin = (ctx: BaseContext) => senderIsAdmin(ctx, cache);

  const refuseCommand = async (ctx: BaseContext, command: string) => {
    const msg = ctx.msg;
    await ctx
      .reply(ctx.t("groups-admins-only", { command: `/${command}` }), {
        ...(msg ? { reply_parameters: { message_id: msg.message_id, allow_sending_without_reply: true } } : {}),
      })
      .catch((err: unknown) => ctx.deps.logger.debug({ err: String(err) }, "could not send a refusal"));
  };
  const refusePress = (ctx: BaseContext, key: string) =>
    ctx
      .answerCallbackQuery({ text: ctx.t(key) })
      .catch((err: unknown) => ctx.deps.logger.debug({ err: String(err) }, "could not answer a press"));

  /** Updates about membership: keep the admin cache fresh. */
  const trackMembers = (ctx: BaseContext) => {
    const upd = ctx.update.chat_member ?? ctx.update.my_chat_member;
    if (!upd || !isGroupChatType(upd.chat.type)) return;
    if (ctx.update.my_chat_member) cache.invalidate(upd.chat.id);
    else cache.setMember(upd.chat.id, upd.new_chat_member.user.id, isAdminStatus(upd.new_chat_member));
  };

  const guard: MiddlewareFn<BaseContext> = async (ctx, next) => {
    trackMembers(ctx);
    const chat = ctx.chat;
    if (chat?.type === "private") {
      await next();
      if (notices.size > 0) {
        await notices.afterPrivateUpdate(ctx).catch((err: unknown) => {
          ctx.deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, "linked-notice check failed");
        });
      }
      return;
    }
    if (!chat || !isGroupChatType(chat.type) || !ctx.from) return next();

    let adminOrigin = true;
    let pressed: { messageId: number; record: MessageRecord | undefined } | undefined;
    const cq = ctx.callbackQuery;
    if (cq) {
      const data = cq.data ?? "";
      const message = cq.message;
      let record: MessageRecord | undefined;
      if (message) {
        try {
          record = await readRecord(ctx.deps.storage.cache, chat.id, message.message_id);
        } catch (err) {
          // Without the record the audience alone decides (fail closed for wizard buttons below).
          ctx.deps.logger.warn({ err: String(err) }, "could not read a group message record");
        }
        pressed = { messageId: message.message_id, record };
      }
      if (record?.w && record.u !== ctx.from.id && record.u !== ANONYMOUS_ADMIN_ID) {
        // Somebody else's wizard (its state is per user: it could not act on this press anyway).
        await refusePress(ctx, "groups-button-not-yours");
        return;
      }
      const audience = callbacks.audienceOf(data);
      if (audience === undefined || (record?.d && !record.d.includes(data))) {
        // No feature reads this datum, or the message never carried it: stale or forged.
        await refusePress(ctx, "button-expired");
        return;
      }
      if (audience === "everyone") adminOrigin = false;
      else if (audience === "starter" && record && record.u !== ctx.from.id && record.u !== ANONYMOUS_ADMIN_ID) {
        await refusePress(ctx, "groups-button-not-yours");
        return;
      } else if (!(await isAdmin(ctx))) {
        // Admin buttons, and a wizard's buttons (every wizard in a group acts for the group).
        await refusePress(ctx, "groups-button-admins-only");
        return;
      }
    } else if (ctx.msg) {
      const command = commandOf(ctx.msg, ctx.me.username);
      if (command !== undefined && ctx.message) {
        if (commands.isGroupAdminOnly(command)) {
          if (!(await isAdmin(ctx))) {
            await refuseCommand(ctx, command);
            return;
          }
        } else adminOrigin = false;
      }
    }
    const owner: Omit<MessageRecord, "d"> = adminOrigin ? { u: ctx.from.id, a: 1 } : { u: ctx.from.id };
    ctx.api.config.use(recorder({ cache: ctx.deps.storage.cache, logger: ctx.deps.logger, recent }, chat.id, owner, pressed));
    return next();
  };

  const conversationPlugin: MiddlewareFn<BaseContext> = (ctx, next) => {
    const chat = ctx.chat;
    if (chat && isGroupChatType(chat.type) && ctx.from) {
      ctx.api.config.use(recorder({ cache: ctx.deps.storage.cache, logger: ctx.deps.logger, recent }, chat.id, { u: ctx.from.id, w: 1, a: 1 }));
    }
    return next();
  };

  return {
    cache,
    guard,
    conversationPlugin,
    isAdmin,
    i18n: options.i18n,
    expectLink: (userId, link) => notices.expect(userId, link),
  };
}
