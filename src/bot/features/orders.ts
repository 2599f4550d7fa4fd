/**
 * /orders: the orders this chat follows (placed through the bot or added with /track), newest
 * first, a page at a time, each with its last known status. 🔄 checks the page's orders with one
 * `statuses` call and shows the fresh answers (the poller alone writes tracking state, so nothing
 * is stored). 📦 ID sends the order's card with its buttons.
 *
 * Callback data: `ol:page:<offset>`, `ol:refresh:<offset>`, `od:<panelId>:<orderId>` (details);
 * all read-only, so open to every group member.
 */
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { defineCallback, field } from "../callback-data.js";
import { ORDER_ID_FIELD, PANEL_ID_FIELD } from "../callbacks.js";
import { chatAccounts, loadAccount, requireAccount, type ChatAccounts } from "../account.js";
import { truncate, date } from "../format.js";
import { html, raw } from "../html.js";
import { unknownPlacementsView } from "./placements.js";
import { panelErrorText } from "../panel-errors.js";
import type { BatchItem, OrderStatus } from "../../panel/types.js";
import { accountIdOf, type TrackedOrder, type TrackState } from "../../storage/types.js";
import { lookupStatus, lookupStatuses } from "../../orders/status-lookup.js";
import { HTML, accountForButton, answer, chatIdOf, commonFailure, editInPlace, itemErrorText, orderCard, statusSummary } from "../order-ui.js";
import { FlatComposer } from "../composer.js";

/** Orders per page. */
export const ORDERS_PAGE_SIZE = 5;

/** `ol:<page|refresh>:<offset>`: a page of the list, or the same page checked now (read-only). */
export const ordersPageCodec = defineCallback(
  "ol",
  { mode: field.oneOf("page", "refresh", "all", "act", "fin"), offset: field.int(6) },
  { audience: "everyone" },
);

/** Which orders a page lists: all, the active ones (not final) or the finished ones. */
type Filter = "page" | "act" | "fin";
/** `od:<panelId>:<orderId>`: an order's card (read-only). */
export const orderDetailsCodec = defineCallback("od", { panelId: PANEL_ID_FIELD, orderId: ORDER_ID_FIELD }, { audience: "everyone" });

export const ordersPageData = (offset: number, refresh = false): string => ordersPageCodec.pack({ mode: refresh ? "refresh" : "page", offset });

interface Page {
  text: string;
  keyboard?: InlineKeyboard;
}

type Listed = { order: TrackedOrder; state?: TrackState };

async function loadPage(
  ctx: BotContext,
  chatId: number,
  offset: number,
  filter: Filter = "page",
): Promise<{ total: number; items: Listed[]; offset: number; filter: Filter }> {
  if (filter !== "page") {
    // Filtered: the chat's whole list (capped per chat) is read and filtered here.
    const all = (await ctx.deps.storage.orders.listByChat(chatId)).items.filter((i) => (filter === "fin") === (i.state?.final === true));
    const start = offset < all.length ? offset : Math.max(0, Math.floor((all.length - 1) / ORDERS_PAGE_SIZE) * ORDERS_PAGE_SIZE);
    return { total: all.length, items: all.slice(start, start + ORDERS_PAGE_SIZE), offset: start, filter };
  }
  let page = await ctx.deps.storage.orders.listByChat(chatId, { offset, limit: ORDERS_PAGE_SIZE });
  if (page.items.length === 0 && page.total > 0 && offset > 0) {
    // The list shrank since the button was made: show its last page.
    offset = Math.floor((page.total - 1) / ORDERS_PAGE_SIZE) * ORDERS_PAGE_SIZE;
    page = await ctx.deps.storage.orders.listByChat(chatId, { offset, limit: ORDERS_PAGE_SIZE });
  }
  touch(
    ctx,
    page.items.filter((x) => !x.state?.final).map((x) => ({ chatId, panelId: x.order.panelId, orderId: x.order.orderId })),
  );
  return { ...page, offset, filter };
}

/**
 * The user is looking at these orders: the poller checks them at the full rate again (adaptive
 * polling). Best effort, in the background: a failed note only means a slower next check.
 */
function touch(ctx: BotContext, keys: Array<{ chatId: number; panelId: string; orderId: string }>): void {
  if (keys.length === 0) return;
  ctx.deps.storage.orders.touch(keys).catch((err: unknown) => ctx.deps.logger.debug({ err: String(err) }, "Touching orders failed"));
}

/**
 * Renders a page. `fresh`: answers of a refresh for some of the page's orders (shown instead of the
 * stored state); `freshNote`: a line under the title (checked now / the refresh failed).
 */
function renderPage(
  ctx: BotContext,
  page: { total: number; items: Listed[]; offset: number; filter?: Filter },
  accounts: ChatAccounts,
  fresh?: Map<string, BatchItem<OrderStatus>>,
  freshNote?: string,
): Page {
  const t = ctx.t;
  const filter = page.filter ?? "page";
  const filters = new InlineKeyboard()
    .text(t(filter === "page" ? "history-filter-all-on" : "history-filter-all"), ordersPageCodec.pack({ mode: "all", offset: 0 }))
    .text(t(filter === "act" ? "history-filter-active-on" : "history-filter-active"), ordersPageCodec.pack({ mode: "act", offset: 0 }))
    .text(t(filter === "fin" ? "history-filter-finished-on" : "history-filter-finished"), ordersPageCodec.pack({ mode: "fin", offset: 0 }));
  if (page.total === 0 || page.items.length === 0) {
    return filter === "page" ? { text: t("orders-list-empty") } : { text: t("history-filter-empty"), keyboard: filters };
  }
  const from = page.offset + 1;
  const to = page.offset + page.items.length;
  const lines = [t("orders-list-title", { from, to, total: page.total })];
  if (freshNote) lines.push(freshNote);
  const kb = new InlineKeyboard();
  let buttons = 0;
  for (const { order, state } of page.items) {
    const service = order.serviceName ? html` · ${truncate(order.serviceName, 50)}` : "";
    const accountId = accountIdOf(order);
    const summary = accounts.accounts.find((a) => a.id === accountId && a.panelId === order.panelId);
    // Several accounts: each order names its own; an order whose account is gone says so.
    const other = !summary
      ? raw(` ${t("orders-list-account-gone")}`)
      : accounts.several
        ? html` · 👤 ${accounts.names.get(accountId) ?? ""}`
        : "";
    lines.push("");
    const placed = ` · ${date(ctx, order.createdAt)}`;
    lines.push(html`📦 <b>${order.orderId}</b>${service}${placed}${other}`.html);
    const item = fresh?.get(freshKey(order));
    const currency = order.currency ?? summary?.currency;
    if (item) {
      lines.push(
        item.ok ? statusSummary(ctx, { ...item.value, currency: item.value.currency ?? currency }) : itemErrorText(t, item.error, "status"),
      );
    } else if (state?.last) {
      lines.push(statusSummary(ctx, { ...state.last, currency: state.last.currency ?? currency }));
    } else {
      lines.push(t("orders-list-not-checked"));
    }
    const details = { panelId: order.panelId, orderId: order.orderId };
    if (orderDetailsCodec.fits(details)) {
      // At most three ID buttons per row (a phone cuts longer rows).
      if (buttons > 0 && buttons % 3 === 0) kb.row();
      kb.text(t("orders-button-details", { id: order.orderId }), orderDetailsCodec.pack(details));
      buttons++;
    }
  }
  kb.row();
  const nav = (offset: number) => ordersPageCodec.pack({ mode: filter, offset });
  if (page.offset > 0) kb.text(t("orders-button-prev"), nav(Math.max(0, page.offset - ORDERS_PAGE_SIZE)));
  if (filter === "page") kb.text(t("orders-button-refresh-page"), ordersPageData(page.offset, true));
  if (to < page.total) kb.text(t("orders-button-next"), nav(page.offset + ORDERS_PAGE_SIZE));
  kb.row();
  for (const b of filters.inline_keyboard.flat()) kb.add(b);
  return { text: lines.join("\n"), keyboard: kb };
}

const freshKey = (o: { panelId: string; orderId: string }): string => `${o.panelId}\u0000${o.orderId}`;

/** The first page of the chat's orders, as a new message (/orders, the home screen). */
export async function sendOrdersList(ctx: BotContext): Promise<void> {
  const chatId = chatIdOf(ctx);
  if (chatId === undefined) return;
  // Orders that may have been placed when the bot crashed during `add` (outcome unknown).
  const unknown = await unknownPlacementsView(ctx, chatId);
  if (unknown) await ctx.reply(unknown.text, { ...HTML, reply_markup: unknown.keyboard });
  const page = await loadPage(ctx, chatId, 0);
  const view = renderPage(ctx, page, await chatAccounts(ctx));
  await ctx.reply(view.text, { ...HTML, ...(view.keyboard ? { reply_markup: view.keyboard } : {}) });
}

export function ordersFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("orders", (ctx) => sendOrdersList(ctx));

  composer.callbackQuery(ordersPageCodec.filter, async (ctx) => {
    const chatId = chatIdOf(ctx);
    const [, mode, offset] = ctx.match as RegExpMatchArray;
    if (chatId === undefined) return answer(ctx, ctx.t("button-expired"));
    const page = await loadPage(ctx, chatId, Number(offset), mode === "refresh" || mode === "all" ? "page" : (mode as Filter));
    if (mode !== "refresh") {
      const view = renderPage(ctx, page, await chatAccounts(ctx));
      await editInPlace(ctx, view.text, view.keyboard);
      await answer(ctx);
      return;
    }
    const active = await requireAccount(ctx);
    if (!active) return;
    const accounts = await chatAccounts(ctx);
    // Each order is asked with its own account: one `statuses` call per account on the page.
    const byAccount = new Map<string, string[]>();
    for (const { order } of page.items) {
      const id = accountIdOf(order);
      if (!accounts.accounts.some((a) => a.id === id && a.panelId === order.panelId && a.readable)) continue;
      byAccount.set(id, [...(byAccount.get(id) ?? []), order.orderId]);
    }
    let fresh: Map<string, BatchItem<OrderStatus>> | undefined;
    let note: string | undefined;
    if (byAccount.size > 0) {
      const answers = await Promise.all(
        [...byAccount].map(async ([accountId, ids]) => {
          const account = accountId === active.account.id ? active : await loadAccount(ctx, active.owner, accountId);
          if (!account) return undefined;
          const items = await lookupStatuses(account.client, account.account.apiKey, ids, { now: ctx.deps.now });
          return { panelId: account.account.panelId, items };
        }),
      );
      fresh = new Map();
      let common: ReturnType<typeof commonFailure>;
      for (const answer of answers) {
        if (!answer) continue;
        common ??= commonFailure(answer.items.values());
        for (const [orderId, item] of answer.items) fresh.set(freshKey({ panelId: answer.panelId, orderId }), item);
      }
      if (common && answers.length === 1) {
        note = ctx.t("orders-list-refresh-failed", { reason: raw(panelErrorText(ctx, common)) });
        fresh = undefined;
      } else note = ctx.t("orders-list-fresh");
    }
    const view = renderPage(ctx, page, accounts, fresh, note);
    await editInPlace(ctx, view.text, view.keyboard);
    await answer(ctx, note && fresh ? ctx.t("orders-refreshed") : note ? note : undefined);
  });

  // 📦 ID: the order's card as a new message (fresh status when the panel answers).
  composer.callbackQuery(orderDetailsCodec.filter, async (ctx) => {
    const [, panelId, orderId] = ctx.match as RegExpMatchArray;
    const chatId = chatIdOf(ctx);
    if (chatId === undefined) return answer(ctx, ctx.t("button-expired"));
    const meta = await ctx.deps.storage.orders.get(chatId, panelId!, orderId!);
    if (meta) touch(ctx, [{ chatId, panelId: panelId!, orderId: orderId! }]);
    const active = await accountForButton(ctx, panelId!, orderId);
    if (!active) return;
    const item = await lookupStatus(active.client, active.account.apiKey, orderId!, { now: ctx.deps.now });
    let state = meta ? (await ctx.deps.storage.orders.getState(chatId, panelId!, orderId!))?.last : undefined;
    let warning: string | undefined;
    if (item.ok) state = { ...item.value, at: ctx.deps.now() };
    else warning = panelErrorText(ctx, item.error);
    const currency = state?.currency ?? meta?.currency ?? active.account.currency;
    const card = orderCard(ctx, panelId!, orderId!, state ? { ...state, ...(currency ? { currency } : {}) } : undefined, meta);
    await ctx.reply(card.text, { ...HTML, reply_markup: card.keyboard });
    await answer(ctx, warning, !!warning);
  });

  return {
    name: "orders",
    composer,
    commands: [{ name: "orders", chats: ["private", "group"], privateMenu: 4, groupMenu: 2 }],
    callbacks: [ordersPageCodec, orderDetailsCodec],
  };
}
