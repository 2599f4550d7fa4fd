/**
 * Which panel account a context acts for: in a private chat the user's own account, in a group the
 * group's account (connected by an admin). Only that user, or that group, can use it.
 */
import { groupOwner, userOwner, type Account, type OwnerKey } from "../storage/types.js";
import type { PanelClient } from "../panel/client.js";
import type { BaseContext } from "./context.js";
import { DecryptionError } from "../storage/crypto.js";
import { budgetedClient } from "./budget.js";
import { cosmetic } from "./best-effort.js";

export interface ActiveAccount {
  owner: OwnerKey;
  account: Account;
  client: PanelClient;
  panelName: string;
}

export function isGroupChat(ctx: BaseContext): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}

/**
 * The owner whose account this update may use: the group in a group chat, the user elsewhere
 * (private chats, inline queries, callback queries from inline messages).
 */
export function ownerOf(ctx: BaseContext): OwnerKey | undefined {
  if (ctx.chat && (ctx.chat.type === "group" || ctx.chat.type === "supergroup")) return groupOwner(ctx.chat.id);
  if (ctx.chat && ctx.chat.type === "channel") return undefined;
  return ctx.from ? userOwner(ctx.from.id) : undefined;
}

/**
 * The owner's account as the bot can use it: `none` (nothing connected, or its panel is no longer
 * configured), `unreadable` (stored, but its key cannot be decrypted: ENCRYPTION_KEY changed, so
 * it needs reconnecting) or `ok`.
 */
export type AccountStatus = { kind: "none" } | { kind: "unreadable"; owner: OwnerKey } | { kind: "ok"; active: ActiveAccount };

export async function accountStatus(ctx: BaseContext, owner = ownerOf(ctx)): Promise<AccountStatus> {
  if (!owner) return { kind: "none" };
  let account: Account | undefined;
  try {
    account = await ctx.deps.storage.accounts.get(owner);
  } catch (err) {
    if (err instanceof DecryptionError) {
      ctx.deps.logger.warn({ owner }, "account key unreadable (ENCRYPTION_KEY changed?): asking to reconnect");
      return { kind: "unreadable", owner };
    }
    throw err;
  }
  if (!account) return { kind: "none" };
  // A panel a user added on another instance is loaded (re-vetted) on first use here.
  const panel = ctx.deps.panels.find(account.panelId) ?? (await ctx.deps.panels.ensure(account.panelId));
  if (!panel) return { kind: "none" };
  return { kind: "ok", active: { owner, account, client: budgetedClient(ctx, panel.client), panelName: panel.name } };
}

/** Loads the account of the owner, with its panel client; undefined when none is connected or it is unreadable. */
export async function loadAccount(ctx: BaseContext, owner = ownerOf(ctx)): Promise<ActiveAccount | undefined> {
  const status = await accountStatus(ctx, owner);
  return status.kind === "ok" ? status.active : undefined;
}

/** "Your account needs reconnecting" (private chat or group wording), with the /connect hint. */
export function unreadableText(ctx: Pick<BaseContext, "t" | "chat">): string {
  const group = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  return ctx.t(group ? "account-unreadable-group" : "account-unreadable");
}

/**
 * Loads the account or tells the user how to connect (or reconnect) one (translated) and returns
 * undefined.
 */
export async function requireAccount(ctx: BaseContext): Promise<ActiveAccount | undefined> {
  const status = await accountStatus(ctx);
  if (status.kind === "ok") return status.active;
  const text = status.kind === "unreadable" ? unreadableText(ctx) : isGroupChat(ctx) ? ctx.t("account-missing-group") : ctx.t("account-missing");
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true }).catch(cosmetic);
  else await ctx.reply(text);
  return undefined;
}
