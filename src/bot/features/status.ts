/**
 * /status ID [ID …]: one ID → the order card with its buttons; several → one `statuses` batch and a
 * compact list (split over several messages when long). Also handles the 🔄 refresh button of
 * order cards everywhere (cards, /orders details, notifications, inline results).
 */
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { requireAccount } from "../account.js";
import { orderActionCodec, parseOrderAction } from "../callbacks.js";
import { panelErrorText } from "../panel-errors.js";
import { lookupStatus, lookupStatuses } from "../../orders/status-lookup.js";
import {
  HTML,
  MAX_IDS_PER_COMMAND,
  accountForButton,
  answer,
  commonFailure,
  editInPlace,
  idLine,
  itemErrorText,
  orderCard,
  replyAll,
  splitMessages,
  statusSummary,
  trackedMeta,
  readIdArgs,
} from "../order-ui.js";
import { cosmetic } from "../best-effort.js";

/** The status of these order IDs (/status, an ID list typed alone). */
export async function sendStatus(ctx: BotContext, match: string): Promise<void> {
  const args = await readIdArgs(ctx, match, ctx.t("orders-status-usage", { max: MAX_IDS_PER_COMMAND }));
  if (!args) return;
  const { ids, withNote } = args;
  const active = await requireAccount(ctx);
  if (!active) return;
  await ctx.replyWithChatAction("typing").catch(cosmetic);
  const { client, account } = active;

  if (ids.length === 1) {
    const id = ids[0]!;
    const item = await lookupStatus(client, account.apiKey, id, { now: ctx.deps.now });
    if (!item.ok) {
      const text = item.error.kind === "unknown_order" ? ctx.t("orders-status-unknown", { id }) : panelErrorText(ctx, item.error);
      await ctx.reply(withNote(text), HTML);
      return;
    }
    const meta = await trackedMeta(ctx, account.panelId, id);
    const state = { ...item.value, currency: item.value.currency ?? meta?.currency ?? account.currency };
    const card = orderCard(ctx, account.panelId, id, state, meta);
    await ctx.reply(withNote(card.text), { ...HTML, reply_markup: card.keyboard });
    return;
  }

  const items = await lookupStatuses(client, account.apiKey, ids, { now: ctx.deps.now });
  const common = commonFailure(items.values());
  if (common) {
    await ctx.reply(withNote(panelErrorText(ctx, common)), HTML);
    return;
  }
  const lines = ids.map((id) => {
    const item = items.get(id);
    if (!item) return idLine(id, ctx.t("orders-item-error"));
    if (!item.ok) return idLine(id, itemErrorText(ctx.t, item.error, "status"));
    return idLine(id, statusSummary(ctx, { ...item.value, currency: item.value.currency ?? account.currency }));
  });
  await replyAll(ctx, splitMessages(withNote(ctx.t("orders-status-header", { count: ids.length })), lines));
}

export function statusFeature(): Feature {
  const composer = new Composer<BotContext>();

  composer.command("status", (ctx) => sendStatus(ctx, ctx.match));

  // 🔄 on an order card: fresh status, edited in place.
  composer.callbackQuery(orderActionCodec.filter, async (ctx, next) => {
    const action = parseOrderAction(ctx.callbackQuery.data);
    if (action?.action !== "refresh") return next();
    const active = await accountForButton(ctx, action.panelId, action.orderId);
    if (!active) return;
    const { client, account } = active;
    const item = await lookupStatus(client, account.apiKey, action.orderId, { now: ctx.deps.now });
    if (!item.ok) {
      await answer(ctx, panelErrorText(ctx, item.error), true);
      return;
    }
    const meta = await trackedMeta(ctx, account.panelId, action.orderId);
    const state = { ...item.value, currency: item.value.currency ?? meta?.currency ?? account.currency };
    const card = orderCard(ctx, account.panelId, action.orderId, state, meta);
    await editInPlace(ctx, card.text, card.keyboard);
    await answer(ctx, ctx.t("orders-refreshed"));
  });

  return {
    name: "status",
    composer,
    commands: [{ name: "status", chats: ["private", "group"], privateMenu: 5, groupMenu: 1, args: "ID …" }],
    callbacks: [orderActionCodec],
  };
}
