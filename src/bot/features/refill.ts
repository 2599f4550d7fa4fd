/**
 * /refill ID …: requests refills (one ID → `refill`, several → `refills`), with each ID's own
 * outcome; every refill created is recorded (storage.refills.track) so the tracker reports its
 * status. /refills REFILL_ID …: refill status (one → `refillStatus` with a 🔄 button, several →
 * `refillStatuses`). Also handles the 🔁 button of order cards and the 🔄 button of refills.
 */
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { byOrderAccount, type ActiveAccount } from "../account.js";
import { orderActionCodec, parseOrderAction, refillRefreshCodec, tryRefillRefreshData } from "../callbacks.js";
import { escapeHtml, statusLabel, truncate } from "../format.js";
import { raw } from "../html.js";
import { STATUS_WORD_MAX } from "../order-card.js";
import { panelErrorText } from "../panel-errors.js";
import { PanelError } from "../../panel/errors.js";
import type { BatchItem, RefillStatus } from "../../panel/types.js";
import {
  HTML,
  accountForButton,
  answer,
  chatIdOf,
  commonFailure,
  editInPlace,
  idLine,
  itemErrorText,
  replyAll,
  splitMessages,
  readIdCommand,
} from "../order-ui.js";
import { optional } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

/** Asks the panel for refills and records each one created. Never throws PanelErrors. */
export async function requestRefills(ctx: BotContext, active: ActiveAccount, ids: readonly string[]): Promise<Map<string, BatchItem<string>>> {
  const { client, account, owner } = active;
  let items: Map<string, BatchItem<string>>;
  if (ids.length === 1) {
    const id = ids[0]!;
    items = new Map();
    try {
      items.set(id, { ok: true, value: await client.refill(account.apiKey, id) });
    } catch (err) {
      if (!(err instanceof PanelError)) throw err;
      items.set(id, { ok: false, error: err });
    }
  } else {
    try {
      items = await client.refills(account.apiKey, ids);
    } catch (err) {
      if (!(err instanceof PanelError)) throw err;
      items = new Map(ids.map((id) => [id, { ok: false, error: err }] as const));
    }
  }
  const chatId = chatIdOf(ctx);
  if (chatId !== undefined) {
    for (const [orderId, item] of items) {
      if (!item.ok) continue;
      await ctx.deps.storage.refills.track({
        chatId,
        owner,
        accountId: account.id,
        panelId: account.panelId,
        refillId: item.value,
        orderId,
        createdAt: ctx.deps.now(),
      });
    }
  }
  return items;
}

function refillKeyboard(ctx: BotContext, panelId: string, refillId: string): InlineKeyboard {
  const data = tryRefillRefreshData(panelId, refillId);
  return data ? new InlineKeyboard().text(ctx.t("orders-button-refresh"), data) : new InlineKeyboard();
}

function refillText(ctx: BotContext, refillId: string, status: RefillStatus): string {
  return ctx.t("orders-refills-one", { id: refillId, status: truncate(statusLabel(ctx.t, status.status), STATUS_WORD_MAX) });
}

export function refillFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("refill", async (ctx) => {
    const command = await readIdCommand(ctx, ctx.match, ctx.t("orders-refill-usage"));
    if (!command) return;
    const { ids, withNote, active } = command;
    // Each order with the account the chat tracks it with (the active one for the rest).
    const items = new Map<string, BatchItem<string>>();
    for (const part of await byOrderAccount(ctx, active, ids)) {
      for (const [id, item] of await requestRefills(ctx, part.active, part.ids)) items.set(id, item);
    }
    const panelId = active.account.panelId;

    if (ids.length === 1) {
      const id = ids[0]!;
      const item = items.get(id)!;
      if (item.ok) {
        await ctx.reply(withNote(ctx.t("orders-refill-done-one", { id, refill: item.value })), {
          ...HTML,
          reply_markup: refillKeyboard(ctx, panelId, item.value),
        });
      } else {
        const call = commonFailure([item]);
        const reason = call ? panelErrorText(ctx, call) : itemErrorText(ctx.t, item.error, "refill");
        await ctx.reply(withNote(ctx.t("orders-refill-failed-one", { id, reason: raw(reason) })), HTML);
      }
      return;
    }

    const common = commonFailure(items.values());
    if (common) {
      await ctx.reply(withNote(panelErrorText(ctx, common)), HTML);
      return;
    }
    let created = 0;
    const lines = ids.map((id) => {
      const item = items.get(id);
      if (!item) return idLine(id, ctx.t("orders-item-error"));
      if (!item.ok) return idLine(id, itemErrorText(ctx.t, item.error, "refill"));
      created++;
      return idLine(id, ctx.t("orders-refill-created", { refill: item.value }));
    });
    lines.push("", ctx.t("orders-refill-summary", { created, count: ids.length }));
    await replyAll(ctx, splitMessages(withNote(ctx.t("orders-refill-header", { count: ids.length })), lines));
  });

  composer.command("refills", async (ctx) => {
    const command = await readIdCommand(ctx, ctx.match, ctx.t("orders-refills-usage"));
    if (!command) return;
    const { ids, withNote, active } = command;
    const { client, account } = active;

    if (ids.length === 1) {
      const id = ids[0]!;
      try {
        const status = await client.refillStatus(account.apiKey, id);
        await ctx.reply(withNote(refillText(ctx, id, status)), { ...HTML, reply_markup: refillKeyboard(ctx, account.panelId, id) });
      } catch (err) {
        if (!(err instanceof PanelError)) throw err;
        const text = err.kind === "unknown_refill" ? ctx.t("orders-refills-unknown", { id }) : panelErrorText(ctx, err);
        await ctx.reply(withNote(text), HTML);
      }
      return;
    }

    let items: Map<string, BatchItem<RefillStatus>>;
    try {
      items = await client.refillStatuses(account.apiKey, ids);
    } catch (err) {
      if (!(err instanceof PanelError)) throw err;
      await ctx.reply(withNote(panelErrorText(ctx, err)), HTML);
      return;
    }
    const common = commonFailure(items.values());
    if (common) {
      await ctx.reply(withNote(panelErrorText(ctx, common)), HTML);
      return;
    }
    const lines = ids.map((id) => {
      const item = items.get(id);
      if (!item) return idLine(id, ctx.t("orders-item-error"));
      if (!item.ok) return idLine(id, itemErrorText(ctx.t, item.error, "refill_status"));
      return idLine(id, escapeHtml(truncate(statusLabel(ctx.t, item.value.status), STATUS_WORD_MAX)));
    });
    await replyAll(ctx, splitMessages(withNote(ctx.t("orders-refills-header", { count: ids.length })), lines));
  });

  // 🔁 on an order card.
  composer.callbackQuery(orderActionCodec.filter, async (ctx, next) => {
    const action = parseOrderAction(ctx.callbackQuery.data);
    if (action?.action !== "refill") return next();
    const active = await accountForButton(ctx, action.panelId, action.orderId);
    if (!active) return;
    const id = action.orderId;
    const item = (await requestRefills(ctx, active, [id])).get(id)!;
    if (item.ok) {
      await answer(ctx, ctx.t("orders-refill-done-one", { id, refill: item.value }), true);
      return;
    }
    const call = commonFailure([item]);
    const reason = call ? panelErrorText(ctx, call) : itemErrorText(ctx.t, item.error, "refill");
    await answer(ctx, ctx.t("orders-refill-failed-one", { id, reason: raw(reason) }), true);
  });

  // 🔄 on a refill.
  composer.callbackQuery(refillRefreshCodec.filter, async (ctx) => {
    const [, panelId, refillId] = ctx.match as RegExpMatchArray;
    // The refill's order tells its account (see accountForButton).
    const chatId = chatIdOf(ctx);
    const tracked =
      chatId === undefined ? undefined : await optional(ctx, "tracked refill", ctx.deps.storage.refills.get(chatId, panelId!, refillId!));
    const active = await accountForButton(ctx, panelId!, tracked?.orderId);
    if (!active) return;
    try {
      const status = await active.client.refillStatus(active.account.apiKey, refillId!);
      await editInPlace(ctx, refillText(ctx, refillId!, status), refillKeyboard(ctx, panelId!, refillId!));
      await answer(ctx, ctx.t("orders-refreshed"));
    } catch (err) {
      if (!(err instanceof PanelError)) throw err;
      const text = err.kind === "unknown_refill" ? ctx.t("orders-refills-unknown", { id: refillId! }) : panelErrorText(ctx, err);
      await answer(ctx, text, true);
    }
  });

  return {
    name: "refill",
    composer,
    commands: [
      { name: "refill", chats: ["private", "group"], groupAdmin: true, privateMenu: 7, groupMenu: 7, args: "ID …" },
      { name: "refills", chats: ["private", "group"], privateMenu: 8, args: "REFILL_ID …" },
    ],
    callbacks: [orderActionCodec, refillRefreshCodec],
  };
}
