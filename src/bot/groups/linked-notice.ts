/**
 * The "linked by" notice: when an admin links a group's panel account in the private chat (see
 * features/groups.ts), the group is told who linked it and to which panel — never the key.
 * Pending links are held in memory for an hour (a restart loses the notice, not the key).
 */
import type { I18n } from "@grammyjs/i18n";
import { createTranslator } from "../i18n.js";
import type { BaseContext } from "../context.js";

/** A group the user is linking in the private chat. */
export interface PendingLink {
  chatId: number;
  since: number;
  anonymous: boolean;
}

const PENDING_TTL_MS = 60 * 60 * 1000;
const MAX_PENDING = 1000;

export class LinkedNotices {
  private readonly pending = new Map<number, PendingLink>();

  constructor(
    private readonly i18n: I18n<BaseContext>,
    private readonly now: () => number,
  ) {}

  /** Remembers that `userId` is linking `link.chatId` in private, to post a notice in the group after. */
  expect(userId: number, link: PendingLink): void {
    this.pending.delete(userId);
    this.pending.set(userId, link);
    while (this.pending.size > MAX_PENDING) {
      const oldest = this.pending.keys().next().value;
      if (oldest === undefined) break;
      this.pending.delete(oldest);
    }
  }

  get size(): number {
    return this.pending.size;
  }

  /** After a private update of a user linking a group: post "linked by" in the group once it is done. */
  async afterPrivateUpdate(ctx: BaseContext): Promise<void> {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const link = this.pending.get(userId);
    if (!link) return;
    if (link.since + PENDING_TTL_MS < this.now()) {
      this.pending.delete(userId);
      return;
    }
    const account = await ctx.deps.storage.accounts.get(`g:${link.chatId}`);
    if (!account || account.connectedBy !== userId || account.connectedAt < link.since) return;
    this.pending.delete(userId);
    const prefs = await ctx.deps.storage.prefs.get(link.chatId);
    const locale = prefs.language ?? (await ctx.i18n.getLocale());
    const panel = ctx.deps.panels.find(account.panelId)?.name ?? account.panelId;
    const t = createTranslator(this.i18n, locale, ctx.deps.config.defaultLocale);
    const text = link.anonymous
      ? t("groups-linked-notice-anonymous", { panel })
      : t("groups-linked-notice", { admin: ctx.from?.first_name ?? "", panel });
    await ctx.api.sendMessage(link.chatId, text).catch((err: unknown) => {
      ctx.deps.logger.info({ chatId: link.chatId, err: String(err) }, "could not post the linked notice");
    });
  }
}
