/**
 * /status ID [ID …]: one ID → the order card with its buttons; several → one `statuses` batch and a
 * compact list (split over several messages when long). Also handles the 🔄 refresh button of
 * order cards everywhere (cards, /orders details, notifications, inline results).
 */
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { chatAccounts, otherAccountsOn, type ActiveAccount } from "../account.js";

/** How an account is called in this chat (label, else its panel). */
async function accountName(ctx: BotContext, active: ActiveAccount): Promise<string> {
  return (await chatAccounts(ctx, active.owner)).names.get(active.account.id) ?? active.panelName;
}
import { orderActionCodec, parseOrderAction } from "../callbacks.js";
import { panelErrorText } from "../panel-errors.js";
import { lookupStatus, lookupStatuses } from "../../orders/status-lookup.js";
import type { BatchItem, OrderStatus } from "../../panel/types.js";
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
  readIdCommand,
} from "../order-ui.js";
import { FlatComposer } from "../composer.js";

/**
 * One order's status with this account, else (the panel does not know it for this account) with
 * the chat's other accounts on the same panel, in turn; says which account answered.
 */
async function lookupAcross(
  ctx: BotContext,
  active: ActiveAccount,
  id: string,
): Promise<{ item: BatchItem<OrderStatus>; answered: ActiveAccount }> {
  const item = await lookupStatus(active.client, active.account.apiKey, id, { now: ctx.deps.now });
  if (item.ok || item.error.kind !== "unknown_order") return { item, answered: active };
  for (const other of await otherAccountsOn(ctx, active.account.panelId, active.account.id)) {
    const found = await lookupStatus(other.client, other.account.apiKey, id, { now: ctx.deps.now });
    if (found.ok) return { item: found, answered: other };
  }
  return { item, answered: active };
}

/** The status of these order IDs (/status, an ID list typed alone). */
export async function sendStatus(ctx: BotContext, match: string): Promise<void> {
  const command = await readIdCommand(ctx, match, ctx.t("orders-status-usage", { max: MAX_IDS_PER_COMMAND }));
  if (!command) return;
  const { ids, withNote, active } = command;
  const { client, account } = active;

  if (ids.length === 1) {
    const id = ids[0]!;
    const { item, answered } = await lookupAcross(ctx, active, id);
    if (!item.ok) {
      const text = item.error.kind === "unknown_order" ? ctx.t("orders-status-unknown", { id }) : panelErrorText(ctx, item.error);
      await ctx.reply(withNote(text), HTML);
      return;
    }
    const meta = await trackedMeta(ctx, account.panelId, id);
    const state = { ...item.value, currency: item.value.currency ?? meta?.currency ?? answered.account.currency };
    const card = orderCard(ctx, account.panelId, id, state, meta);
    const note = answered === active ? card.text : `${card.text}\n\n${ctx.t("accounts-found-on", { name: await accountName(ctx, answered) })}`;
    await ctx.reply(withNote(note), { ...HTML, reply_markup: card.keyboard });
    return;
  }

  const items = await lookupStatuses(client, account.apiKey, ids, { now: ctx.deps.now });
  // IDs the active account does not know: asked with the chat's other accounts on the same panel.
  const foundOn = new Map<string, string>();
  let unknown = ids.filter((id) => {
    const item = items.get(id);
    return item && !item.ok && item.error.kind === "unknown_order";
  });
  if (unknown.length > 0) {
    for (const other of await otherAccountsOn(ctx, account.panelId, account.id)) {
      const more = await lookupStatuses(other.client, other.account.apiKey, unknown, { now: ctx.deps.now });
      const name = await accountName(ctx, other);
      for (const id of unknown) {
        const item = more.get(id);
        if (!item?.ok) continue;
        items.set(id, item);
        foundOn.set(id, name);
      }
      unknown = unknown.filter((id) => !foundOn.has(id));
      if (unknown.length === 0) break;
    }
  }
  const common = commonFailure(items.values());
  if (common) {
    await ctx.reply(withNote(panelErrorText(ctx, common)), HTML);
    return;
  }
  const lines = ids.map((id) => {
    const item = items.get(id);
    if (!item) return idLine(id, ctx.t("orders-item-error"));
    if (!item.ok) return idLine(id, itemErrorText(ctx.t, item.error, "status"));
    const line = idLine(id, statusSummary(ctx, { ...item.value, currency: item.value.currency ?? account.currency }));
    const on = foundOn.get(id);
    return on === undefined ? line : `${line}\n${ctx.t("accounts-order-account", { name: on })}`;
  });
  await replyAll(ctx, splitMessages(withNote(ctx.t("orders-status-header", { count: ids.length })), lines));
}

export function statusFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("status", (ctx) => sendStatus(ctx, ctx.match));

  // 🔄 on an order card: fresh status, edited in place.
  composer.callbackQuery(orderActionCodec.filter, async (ctx, next) => {
    const action = parseOrderAction(ctx.callbackQuery.data);
    if (action?.action !== "refresh") return next();
    const chosen = await accountForButton(ctx, action.panelId, action.orderId);
    if (!chosen) return;
    const { item, answered: active } = await lookupAcross(ctx, chosen, action.orderId);
    const { account } = active;
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
