/**
 * Which panel account a context acts for: in a private chat the user's own account, in a group the
 * group's account (connected by an admin). Only that user, or that group, can use it.
 */
import type { Account, OwnerKey } from "../storage/types.js";
import { groupOwner, userOwner } from "../storage/types.js";
import type { PanelClient } from "../panel/client.js";
import type { BaseContext } from "./context.js";

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

/** Loads the account of the owner, with its panel client; undefined when none is connected. */
export async function loadAccount(ctx: BaseContext, owner = ownerOf(ctx)): Promise<ActiveAccount | undefined> {
  if (!owner) return undefined;
  const account = await ctx.deps.storage.accounts.get(owner);
  if (!account) return undefined;
  const panel = ctx.deps.panels.find(account.panelId);
  if (!panel) return undefined;
  return { owner, account, client: panel.client, panelName: panel.name };
}

/**
 * Loads the account or tells the user how to connect one (translated) and returns undefined.
 */
export async function requireAccount(ctx: BaseContext): Promise<ActiveAccount | undefined> {
  const active = await loadAccount(ctx);
  if (active) return active;
  const text = isGroupChat(ctx) ? ctx.t("account-missing-group") : ctx.t("account-missing");
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true }).catch(() => undefined);
  else await ctx.reply(text);
  return undefined;
}
