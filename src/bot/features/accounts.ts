/**
 * /accounts: the chat's panel accounts (a user's own, or a group's for its admins) with the
 * panel, label, balance and which one is active; buttons to switch, rename, disconnect (asked
 * first), refresh and add one. /disconnect with several accounts opens this list.
 *
 * Disconnecting an account stops tracking the orders and refills the chat tracked with it (another
 * account of the same panel would not be allowed to read them; a reconnect gets a new id).
 */
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { defineCallback, field } from "../callback-data.js";
import { chatAccounts, isGroupChat, loadAccount, ownerOf, panelNameOf, type ChatAccounts } from "../account.js";
import { money, truncate } from "../format.js";
import { panelErrorText } from "../panel-errors.js";
import { html, plainText, raw } from "../html.js";
import { answer, editInPlace, HTML } from "../order-ui.js";
import { ACCOUNT_LABEL_CONVERSATION } from "../conversations/account-label.js";
import { CONNECT_CONVERSATION } from "../conversations/connect.js";
import { sendGroupConnectLink } from "./groups.js";
import { accountIdOf, accountScope, type OwnerKey } from "../../storage/types.js";
import { MAX_ACCOUNTS } from "../../storage/repos/accounts.js";
import { cosmetic, optional } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

/**
 * `ac:<act>:<id>`: s = switch to, r = rename, d = ask to disconnect, D = disconnect, k = keep,
 * f = refresh the list, a = add one. Admin-only in groups.
 */
export const accountsCodec = defineCallback(
  "ac",
  { act: field.oneOf("s", "r", "d", "D", "k", "f", "a"), id: field.id(6) },
  { audience: "admin" },
);

/** Longest account name on a button. */
const BUTTON_NAME_MAX = 24;

/** The list as a message: one block per account (balances asked in parallel), and its buttons. */
async function renderList(ctx: BotContext, accounts: ChatAccounts, withBalances: boolean): Promise<{ text: string; keyboard: InlineKeyboard }> {
  const group = isGroupChat(ctx);
  const kb = new InlineKeyboard();
  if (accounts.accounts.length === 0) {
    kb.text(ctx.t("accounts-button-add"), accountsCodec.pack({ act: "a", id: "0" }));
    return { text: ctx.t(group ? "accounts-none-group" : "accounts-none"), keyboard: kb };
  }
  const balances = withBalances
    ? await Promise.all(
        accounts.accounts.map(async (a) => {
          if (!a.readable) return ctx.t("accounts-unreadable");
          const loaded = await optional(ctx, "account", loadAccount(ctx, ownerOf(ctx), a.id));
          if (!loaded) return ctx.t("accounts-unreadable");
          try {
            const b = await loaded.client.balance(loaded.account.apiKey);
            return ctx.t("accounts-balance", { balance: money(ctx, b.balance, b.currency) });
          } catch (err) {
            return ctx.t("accounts-balance-unavailable", { reason: raw(panelErrorText(ctx, err)) });
          }
        }),
      )
    : accounts.accounts.map((a) => (a.readable ? "" : ctx.t("accounts-unreadable")));
  const blocks = [ctx.t(group ? "accounts-title-group" : "accounts-title", { count: accounts.accounts.length })];
  accounts.accounts.forEach((a, i) => {
    const active = a.id === accounts.active;
    const name = accounts.names.get(a.id) ?? a.id;
    const head = html`${active ? "✅" : "▫️"} <b>${truncate(name, 64)}</b> · ${panelNameOf(ctx, a.panelId)}`.html;
    blocks.push(balances[i] ? `${head}\n${balances[i]}` : head);
    // Button labels are plain text: the translation (which escapes the name) back to text.
    const label = truncate(name, BUTTON_NAME_MAX);
    kb.text(
      plainText(active ? ctx.t("accounts-button-active", { name: label }) : ctx.t("accounts-button-use", { name: label })),
      accountsCodec.pack({ act: "s", id: a.id }),
    )
      .text(ctx.t("accounts-button-rename"), accountsCodec.pack({ act: "r", id: a.id }))
      .text(ctx.t("accounts-button-disconnect"), accountsCodec.pack({ act: "d", id: a.id }))
      .row();
  });
  if (accounts.several) blocks.push(ctx.t("accounts-active-hint"));
  kb.text(ctx.t("accounts-button-refresh"), accountsCodec.pack({ act: "f", id: "0" }));
  if (accounts.accounts.length < MAX_ACCOUNTS) kb.text(ctx.t("accounts-button-add"), accountsCodec.pack({ act: "a", id: "0" }));
  return { text: blocks.join("\n\n"), keyboard: kb };
}

/** /accounts as a new message. */
export async function sendAccounts(ctx: BotContext): Promise<void> {
  await ctx.replyWithChatAction("typing").catch(cosmetic);
  const view = await renderList(ctx, await chatAccounts(ctx), true);
  await ctx.reply(view.text, { ...HTML, reply_markup: view.keyboard });
}

/**
 * What is left of a removed account: the chat stops tracking what it tracked with it, and its
 * services list is dropped from the cache. Returns how many orders were untracked.
 */
export async function forgetAccount(ctx: BotContext, owner: OwnerKey, accountId: string, panelId: string): Promise<number> {
  // A cache entry left behind only expires later: logged, not a failure of the disconnect.
  await ctx.deps.catalogue
    .invalidate(panelId, accountScope(owner, accountId))
    .catch((err: unknown) =>
      ctx.deps.logger.warn({ err: err instanceof Error ? err.name : "error" }, "could not drop an account's services list"),
    );
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return 0;
  const mine = (item: { owner: OwnerKey; accountId?: string }) => item.owner === owner && accountIdOf(item) === accountId;
  const { orders, refills } = ctx.deps.storage;
  const tracked = (await orders.listByChat(chatId)).items.filter((i) => mine(i.order));
  for (const { order } of tracked) await orders.untrack(chatId, order.panelId, order.orderId);
  for (const { refill } of (await refills.listByChat(chatId)).items.filter((i) => mine(i.refill))) {
    await refills.untrack(chatId, refill.panelId, refill.refillId);
  }
  return tracked.length;
}

/** Removes one account of the chat; the answer names it and the one now active. */
export async function disconnectAccount(ctx: BotContext, owner: OwnerKey, accountId: string): Promise<string> {
  const before = await chatAccounts(ctx, owner);
  const name = before.names.get(accountId) ?? accountId;
  const removed = await ctx.deps.storage.accounts.delete(owner, accountId);
  if (!removed) return ctx.t("button-expired");
  const count = await forgetAccount(ctx, owner, accountId, removed.panelId);
  const after = await chatAccounts(ctx, owner);
  const lines = [ctx.t("accounts-disconnected", { name, orders: count })];
  if (after.active && after.active !== before.active) lines.push(ctx.t("accounts-switched", { name: after.names.get(after.active) ?? "" }));
  return lines.join("\n");
}

export function accountsFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("accounts", (ctx) => sendAccounts(ctx));

  composer.callbackQuery(accountsCodec.filter, async (ctx) => {
    const { act, id } = accountsCodec.unpack(ctx.callbackQuery.data)!;
    const owner = ownerOf(ctx);
    if (!owner) return answer(ctx, ctx.t("button-expired"));
    const accounts = await chatAccounts(ctx, owner);
    const summary = accounts.accounts.find((a) => a.id === id);
    const name = summary ? (accounts.names.get(id) ?? id) : "";
    switch (act) {
      case "a": {
        await answer(ctx);
        if (accounts.accounts.length >= MAX_ACCOUNTS) {
          await ctx.reply(ctx.t("accounts-too-many", { max: MAX_ACCOUNTS }));
          return;
        }
        if (isGroupChat(ctx)) return sendGroupConnectLink(ctx);
        await ctx.conversation.exitAll();
        await ctx.conversation.enter(CONNECT_CONVERSATION);
        return;
      }
      case "f": {
        const view = await renderList(ctx, accounts, true);
        await editInPlace(ctx, view.text, view.keyboard);
        return answer(ctx, ctx.t("orders-refreshed"));
      }
      case "k": {
        const view = await renderList(ctx, accounts, false);
        await editInPlace(ctx, view.text, view.keyboard);
        return answer(ctx);
      }
      default:
        break; // the actions on one account, below
    }
    if (!summary) return answer(ctx, ctx.t("button-expired"), true);
    switch (act) {
      case "s": {
        if (accounts.active !== id) await ctx.deps.storage.accounts.activate(owner, id);
        const view = await renderList(ctx, { ...accounts, active: id }, false);
        await editInPlace(ctx, view.text, view.keyboard);
        return answer(ctx, ctx.t("accounts-switched", { name }));
      }
      case "r": {
        await answer(ctx);
        await ctx.conversation.exitAll();
        await ctx.conversation.enter(ACCOUNT_LABEL_CONVERSATION, { accountId: id, name });
        return;
      }
      case "d": {
        const chatId = ctx.chat?.id;
        const tracked =
          chatId === undefined
            ? 0
            : (await ctx.deps.storage.orders.listByChat(chatId)).items.filter((i) => i.order.owner === owner && accountIdOf(i.order) === id)
                .length;
        const kb = new InlineKeyboard()
          .text(ctx.t("accounts-disconnect-yes"), accountsCodec.pack({ act: "D", id }))
          .text(ctx.t("accounts-disconnect-no"), accountsCodec.pack({ act: "k", id }));
        await editInPlace(ctx, ctx.t("accounts-disconnect-confirm", { name, orders: tracked }), kb);
        return answer(ctx);
      }
      case "D": {
        const text = await disconnectAccount(ctx, owner, id);
        const view = await renderList(ctx, await chatAccounts(ctx, owner), false);
        await editInPlace(ctx, `${text}\n\n${view.text}`, view.keyboard);
        return answer(ctx);
      }
      default:
        return answer(ctx);
    }
  });

  return {
    name: "accounts",
    composer,
    commands: [{ name: "accounts", chats: ["private", "group"], groupAdmin: true, privateMenu: 12, groupMenu: 9 }],
    callbacks: [accountsCodec],
  };
}
