/**
 * Which panel account a context acts for: in a private chat the user's own accounts, in a group the
 * group's accounts (connected by admins). Only that user, or that group, can use them. An owner may
 * hold several accounts (on one or several panels): the active one serves commands; an order
 * remembers the account it was placed or tracked with, and its buttons use that one.
 */
import { accountIdOf, groupOwner, userOwner, type Account, type AccountSummary, type OwnerKey } from "../storage/types.js";
import type { PanelClient } from "../panel/client.js";
import type { BaseContext } from "./context.js";
import { DecryptionError } from "../storage/crypto.js";
import { budgetedClient } from "./budget.js";
import { cosmetic, optional } from "./best-effort.js";

export interface ActiveAccount {
  owner: OwnerKey;
  account: Account;
  client: PanelClient;
  panelName: string;
}

/** One account of an owner, as code below the bot refers to it. */
export interface AccountRef {
  owner: OwnerKey;
  accountId: string;
}

export const refOf = (active: ActiveAccount): AccountRef => ({ owner: active.owner, accountId: active.account.id });

/**
 * The names of an owner's accounts as users see them: the label, else the panel's name; a name two
 * accounts share gets its id ("smmpanel.com #2"). Plain text (escape before HTML).
 */
export function accountNames(
  accounts: readonly Pick<AccountSummary, "id" | "label" | "panelId">[],
  panelName: (id: string) => string,
): Map<string, string> {
  const base = accounts.map((a) => a.label ?? panelName(a.panelId));
  const names = new Map<string, string>();
  accounts.forEach((a, i) => {
    const name = base[i]!;
    names.set(a.id, base.filter((b) => b === name).length > 1 ? `${name} #${a.id}` : name);
  });
  return names;
}

/** The owner's accounts and their names (see accountNames). */
export interface ChatAccounts {
  active: string | undefined;
  accounts: AccountSummary[];
  names: Map<string, string>;
  /** More than one account: cards and notifications name theirs. */
  several: boolean;
}

export async function chatAccounts(ctx: BaseContext, owner = ownerOf(ctx)): Promise<ChatAccounts> {
  const list = owner ? await ctx.deps.storage.accounts.list(owner) : { accounts: [] };
  const names = accountNames(list.accounts, (id) => panelNameOf(ctx, id));
  return { active: list.active, accounts: list.accounts, names, several: list.accounts.length > 1 };
}

/** The name of a panel for users (its configured name, or the id of a panel no longer known). */
export function panelNameOf(ctx: Pick<BaseContext, "deps">, panelId: string): string {
  return ctx.deps.panels.find(panelId)?.name ?? panelId;
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

export async function accountStatus(ctx: BaseContext, owner = ownerOf(ctx), accountId?: string): Promise<AccountStatus> {
  if (!owner) return { kind: "none" };
  let account: Account | undefined;
  try {
    account = await ctx.deps.storage.accounts.get(owner, accountId);
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

/**
 * Loads an account of the owner (the active one unless `accountId` is given), with its panel client;
 * undefined when none is connected or it is unreadable.
 */
export async function loadAccount(ctx: BaseContext, owner = ownerOf(ctx), accountId?: string): Promise<ActiveAccount | undefined> {
  const status = await accountStatus(ctx, owner, accountId);
  return status.kind === "ok" ? status.active : undefined;
}

/**
 * The owner's other usable accounts on a panel (not `exceptId`), in the order they were connected:
 * where /status and inline mode look next when the active account does not know an order.
 */
export async function otherAccountsOn(
  ctx: BaseContext,
  panelId: string | undefined,
  exceptId: string,
  owner = ownerOf(ctx),
): Promise<ActiveAccount[]> {
  if (!owner) return [];
  const list = await ctx.deps.storage.accounts.list(owner);
  const ids = list.accounts.filter((a) => a.readable && a.id !== exceptId && (panelId === undefined || a.panelId === panelId)).map((a) => a.id);
  const loaded = await Promise.all(ids.map((id) => optional(ctx, "other account", loadAccount(ctx, owner, id))));
  return loaded.filter((a): a is ActiveAccount => a !== undefined);
}

/**
 * A command's order IDs split by the account each is asked with: an order the chat tracks with
 * another of its accounts on the same panel goes to that one; the rest to `active`. In the order
 * of the IDs' first accounts (the active account first).
 */
export async function byOrderAccount(
  ctx: BaseContext,
  active: ActiveAccount,
  ids: readonly string[],
): Promise<Array<{ active: ActiveAccount; ids: string[] }>> {
  const chatId = ctx.chat?.id;
  const parts = new Map<string, { active: ActiveAccount; ids: string[] }>([[active.account.id, { active, ids: [] }]]);
  const panelId = active.account.panelId;
  const tracked =
    chatId === undefined
      ? []
      : await Promise.all(ids.map((id) => optional(ctx, "tracked order", ctx.deps.storage.orders.get(chatId, panelId, id))));
  for (const [i, id] of ids.entries()) {
    const order = tracked[i];
    const accountId = order && order.owner === active.owner ? accountIdOf(order) : active.account.id;
    let part = parts.get(accountId);
    if (!part) {
      const other = await optional(ctx, "order's account", loadAccount(ctx, active.owner, accountId));
      part = other && other.account.panelId === panelId ? { active: other, ids: [] } : parts.get(active.account.id)!;
      parts.set(accountId, part);
    }
    part.ids.push(id);
  }
  return [...new Set(parts.values())].filter((p) => p.ids.length > 0);
}

/**
 * The account an order's button acts for: the one the chat tracks the order with; else the active
 * account when it is on the order's panel; else the chat's first account on that panel. Undefined
 * (and the user told) when the chat has none there any more.
 */
export async function accountForOrder(ctx: BaseContext, panelId: string, orderId: string): Promise<ActiveAccount | undefined> {
  const owner = ownerOf(ctx);
  const chatId = ctx.chat?.id;
  if (owner && chatId !== undefined) {
    const tracked = await optional(ctx, "tracked order", ctx.deps.storage.orders.get(chatId, panelId, orderId));
    if (tracked && tracked.owner === owner) {
      const status = await accountStatus(ctx, owner, accountIdOf(tracked));
      if (status.kind === "ok") return status.active;
    }
  }
  const status = await accountStatus(ctx, owner);
  if (status.kind === "ok" && status.active.account.panelId === panelId) return status.active;
  if (status.kind === "ok" || status.kind === "unreadable") {
    const [other] = await otherAccountsOn(ctx, panelId, status.kind === "ok" ? status.active.account.id : "", owner);
    if (other) return other;
  }
  return undefined;
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
