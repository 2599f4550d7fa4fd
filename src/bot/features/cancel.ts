/**
 * /cancel ID …: asks to confirm (Yes, cancel N orders / No), then one `cancel` call (the client
 * chunks by 100) and each ID's outcome. /cancel without IDs outside a conversation answers usage
 * (inside one, the conversation takes /cancel as "leave"). Also the ✖️ button of order cards:
 * cancel → confirm (cancel-yes / keep) → cancel-yes.
 *
 * The IDs waiting for confirmation are kept in the storage cache for 15 minutes under a random
 * token (`oc:y:<token>` / `oc:n:<token>`): only the user who asked, in the same chat, can confirm.
 */
import { randomBytes } from "node:crypto";
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { html, joinHtml, raw } from "../html.js";
import { defineCallback, field } from "../callback-data.js";
import { byOrderAccount, type ActiveAccount, loadAccount } from "../account.js";
import { orderActionCodec, parseOrderAction } from "../callbacks.js";
import { panelErrorText } from "../panel-errors.js";
import { PanelError } from "../../panel/errors.js";
import type { BatchItem } from "../../panel/types.js";
import { apiKeyHash, lookupStatus, statusCacheFor } from "../../orders/status-lookup.js";
import {
  HTML,
  accountForButton,
  answer,
  cancelConfirmKeyboard,
  chatIdOf,
  commonFailure,
  editInPlace,
  idLine,
  itemErrorText,
  orderCard,
  orderCardKeyboard,
  replyAll,
  splitMessages,
  trackedMeta,
  readIdCommand,
} from "../order-ui.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

/** How long a confirmation button stays valid. */
export const CANCEL_CONFIRM_TTL_MS = 15 * 60_000;
/** `oc:<y|n>:<token>`: the answer to "cancel these orders?" (the token names the pending IDs). */
export const cancelConfirmCodec = defineCallback("oc", { choice: field.oneOf("y", "n"), token: field.id(16) }, { audience: "admin" });
const cacheKey = (token: string) => `orders:cancel:${token}`;

interface PendingCancel {
  chatId: number;
  userId: number;
  panelId: string;
  /** The account it was asked for. */
  accountId?: string;
  ids: string[];
}

/** Cancels orders; never throws PanelErrors (a whole-call failure becomes every ID's error). */
export async function cancelOrders(active: ActiveAccount, ids: readonly string[]): Promise<Map<string, BatchItem<true>>> {
  const { client, account } = active;
  let items: Map<string, BatchItem<true>>;
  try {
    items = await client.cancel(account.apiKey, ids);
  } catch (err) {
    if (!(err instanceof PanelError)) throw err;
    items = new Map(ids.map((id) => [id, { ok: false, error: err }] as const));
  }
  // Cached statuses of cancelled orders are stale now.
  const cache = statusCacheFor(client);
  const hash = apiKeyHash(account.apiKey);
  for (const [id, item] of items) if (item.ok) cache.delete(hash, id);
  return items;
}

/** The text of each ID's outcome (one message or several). */
function outcomeTexts(ctx: BotContext, ids: readonly string[], items: Map<string, BatchItem<true>>): string[] {
  const common = commonFailure(items.values());
  if (common) return [panelErrorText(ctx, common)];
  if (ids.length === 1) {
    const id = ids[0]!;
    const item = items.get(id);
    if (item?.ok) return [ctx.t("orders-cancel-done-one", { id })];
    const reason = item ? itemErrorText(ctx.t, item.error, "cancel") : ctx.t("orders-item-error");
    return [ctx.t("orders-cancel-failed-one", { id, reason: raw(reason) })];
  }
  const lines = ids.map((id) => {
    const item = items.get(id);
    if (!item) return idLine(id, ctx.t("orders-item-error"));
    return idLine(id, item.ok ? ctx.t("orders-cancel-ok") : itemErrorText(ctx.t, item.error, "cancel"));
  });
  return splitMessages(ctx.t("orders-cancel-header", { count: ids.length }), lines);
}

export function cancelFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("cancel", async (ctx) => {
    // No "typing": it only asks to confirm.
    const command = await readIdCommand(ctx, ctx.match, ctx.t("orders-cancel-usage"), false);
    if (!command) return;
    const { ids, withNote, active } = command;
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const token = randomBytes(9).toString("base64url");
    const pending: PendingCancel = { chatId: ctx.chat.id, userId, panelId: active.account.panelId, accountId: active.account.id, ids };
    await ctx.deps.storage.cache.set(cacheKey(token), pending, CANCEL_CONFIRM_TTL_MS);
    const shown = joinHtml(
      ids.slice(0, 50).map((id) => html`<code>${id}</code>`),
      ", ",
    );
    const list = ids.length > 50 ? html`${shown} ${raw(ctx.t("orders-invalid-more", { count: ids.length - 50 }))}` : shown;
    const kb = new InlineKeyboard()
      .text(ctx.t("orders-cancel-yes", { count: ids.length }), cancelConfirmCodec.pack({ choice: "y", token }))
      .row()
      .text(ctx.t("orders-cancel-no"), cancelConfirmCodec.pack({ choice: "n", token }));
    await ctx.reply(withNote(ctx.t("orders-cancel-confirm", { count: ids.length, ids: list })), { ...HTML, reply_markup: kb });
  });

  composer.callbackQuery(cancelConfirmCodec.filter, async (ctx) => {
    const [, choice, token] = ctx.match as RegExpMatchArray;
    const key = cacheKey(token!);
    const pending = await ctx.deps.storage.cache.get<PendingCancel>(key);
    if (!pending || pending.chatId !== chatIdOf(ctx) || pending.userId !== ctx.from.id) {
      await answer(ctx, ctx.t("button-expired"), true);
      return;
    }
    if (choice === "n") {
      await ctx.deps.storage.cache.delete(key);
      await editInPlace(ctx, ctx.t("orders-cancel-kept"));
      await answer(ctx);
      return;
    }
    // The account the list was confirmed for (the chat may have switched since).
    const asked = pending.accountId ? await loadAccount(ctx, undefined, pending.accountId) : undefined;
    const active = asked?.account.panelId === pending.panelId ? asked : await accountForButton(ctx, pending.panelId);
    if (!active) return;
    // One confirmation, one cancel: a second press finds nothing.
    await ctx.deps.storage.cache.delete(key);
    await answer(ctx);
    // Each order with the account the chat tracks it with (the confirmed one for the rest).
    const outcomes = new Map<string, BatchItem<true>>();
    for (const part of await byOrderAccount(ctx, active, pending.ids)) {
      for (const [id, item] of await cancelOrders(part.active, part.ids)) outcomes.set(id, item);
    }
    const texts = outcomeTexts(ctx, pending.ids, outcomes);
    await editInPlace(ctx, texts[0]!);
    if (texts.length > 1) await replyAll(ctx, texts.slice(1));
  });

  // ✖️ on an order card: ask to confirm on the card itself.
  composer.callbackQuery(orderActionCodec.filter, async (ctx, next) => {
    const action = parseOrderAction(ctx.callbackQuery.data);
    if (action?.action !== "cancel" && action?.action !== "cancel-yes") return next();
    const active = await accountForButton(ctx, action.panelId, action.orderId);
    if (!active) return;
    const id = action.orderId;
    const { account, client } = active;

    if (action.action === "cancel") {
      await ctx.editMessageReplyMarkup({ reply_markup: cancelConfirmKeyboard(ctx.t, account.panelId, id) }).catch(cosmetic);
      await answer(ctx, ctx.t("orders-cancel-ask-one", { id }));
      return;
    }

    const items = await cancelOrders(active, [id]);
    await answer(ctx, outcomeTexts(ctx, [id], items)[0], true);
    // Show the card as it is now (or at least take the confirmation buttons away).
    const meta = await trackedMeta(ctx, account.panelId, id);
    const item = await lookupStatus(client, account.apiKey, id, { now: ctx.deps.now });
    if (item.ok) {
      const state = { ...item.value, currency: item.value.currency ?? meta?.currency ?? account.currency };
      const card = orderCard(ctx, account.panelId, id, state, meta);
      await editInPlace(ctx, card.text, card.keyboard);
    } else {
      await ctx.editMessageReplyMarkup({ reply_markup: orderCardKeyboard(ctx.t, account.panelId, id) }).catch(cosmetic);
    }
  });

  return {
    name: "cancel",
    composer,
    commands: [{ name: "cancel", chats: ["private", "group"], groupAdmin: true, privateMenu: 9, groupMenu: 8, args: "ID …" }],
    callbacks: [orderActionCodec, cancelConfirmCodec],
  };
}
