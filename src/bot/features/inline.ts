/**
 * Inline mode: `@bot 23501 23502` in any chat shows one status card per order, checked with the
 * asking user's OWN key (account u:<from.id>, never a group's). An empty query lists the user's
 * recent orders with their last known status (no panel call). Without a key, a button opens the
 * private chat with `/start connect`, which starts the connect conversation.
 *
 * Results are personal (`is_personal`), cached briefly, at most 50, with ids well under 64 bytes.
 * Panel answers are reused for STATUS_CACHE_TTL_MS (src/orders/status-lookup.ts): typing
 * `@bot 2350`, `@bot 23501` does not ask the panel on every keystroke.
 */
import type { InlineQueryResult, InlineQueryResultArticle } from "grammy/types";
import type { BotContext, BaseContext } from "../context.js";
import type { Feature } from "../feature.js";
import { loadAccount, otherAccountsOn } from "../account.js";
import { CONNECT_CONVERSATION } from "../conversations/connect.js";
import { parseIds } from "../ids.js";
import { orderCardHtml, stateLineHtml, type OrderState } from "../order-card.js";
import { panelErrorText } from "../panel-errors.js";
import { truncate } from "../format.js";
import { html, plainText, raw } from "../html.js";
import { fitHtml } from "../fit.js";
import { optional } from "../best-effort.js";
import { PanelError } from "../../panel/errors.js";
import { lookupStatuses, STATUS_CACHE_TTL_MS } from "../../orders/status-lookup.js";
import type { BatchItem, OrderStatus } from "../../panel/types.js";
import { userOwner, type TrackedOrder } from "../../storage/types.js";
import { FlatComposer } from "../composer.js";

/** Telegram's limit of results per answer. */
export const MAX_INLINE_RESULTS = 50;
/** Seconds Telegram may cache an answer (per user: results are personal). */
export const INLINE_CACHE_SECONDS = 10;
/** Deep-link parameter of the "connect" button. */
export const CONNECT_START_PARAMETER = "connect";
/** Telegram drops inline answers after about 10 s: give the panel less. */
const PANEL_DEADLINE_MS = 8_000;

/** Longest title and description of a result (Telegram shows about one and two lines of them). */
const TITLE_MAX = 120;
const DESCRIPTION_MAX = 200;

/** An article: `title` and `description` are HTML from `t` (shown as plain text), `text` is HTML. */
function article(id: string, title: string, description: string | undefined, text: string): InlineQueryResultArticle {
  const desc = description === undefined ? "" : truncate(plainText(description), DESCRIPTION_MAX);
  return {
    type: "article",
    id: id.slice(0, 64),
    title: truncate(plainText(title), TITLE_MAX) || "…",
    ...(desc ? { description: desc } : {}),
    input_message_content: { message_text: fitHtml(text), parse_mode: "HTML", link_preview_options: { is_disabled: true } },
  };
}

function orderResult(
  ctx: BaseContext,
  idPrefix: string,
  orderId: string,
  state: OrderState | undefined,
  meta?: TrackedOrder,
): InlineQueryResultArticle {
  const t = ctx.t;
  const title = html`${raw(t("order-card-title", { id: orderId }))}${meta?.serviceName ? ` · ${truncate(meta.serviceName, TITLE_MAX)}` : ""}`;
  const description = state ? stateLineHtml(t, state, meta?.currency, ctx.locale) : t("order-card-unknown");
  return article(`${idPrefix}${orderId}`, title.html, description, orderCardHtml(t, orderId, state, meta, ctx.locale));
}

function errorResult(ctx: BaseContext, err: unknown): InlineQueryResultArticle {
  const text = panelErrorText(ctx, err);
  return article("err", ctx.t("inline-error-title"), text, `⚠️ ${text}`);
}

function withDeadline<R>(promise: Promise<R>, ms: number): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PanelError("unavailable", "The panel did not answer in time for inline mode")), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** The results for a query (exported for tests and benchmarks). */
export async function inlineResults(
  ctx: BaseContext,
  userId: number,
  query: string,
): Promise<{ results: InlineQueryResult[]; connected: boolean }> {
  const t = ctx.t.bind(ctx);
  const active = await loadAccount(ctx, userOwner(userId));
  const { ids, invalid } = parseIds(query);

  if (ids.length === 0 && invalid.length === 0) {
    // Empty query: the user's recent orders, last known status.
    const { items } = await ctx.deps.storage.orders.listByChat(userId, { limit: MAX_INLINE_RESULTS });
    if (items.length === 0) {
      if (!active) return { results: [], connected: false };
      const bot = ctx.me.username;
      return {
        results: [article("none", t("inline-no-orders-title"), t("inline-no-orders-description"), t("inline-no-orders-text", { bot }))],
        connected: true,
      };
    }
    return {
      results: items
        .slice(0, MAX_INLINE_RESULTS)
        .map(({ order, state }) => orderResult(ctx, `r:${order.panelId}:`, order.orderId, state?.last, order)),
      connected: !!active,
    };
  }

  const results: InlineQueryResult[] = [];
  const formatHint = () =>
    article(
      "fmt",
      t("inline-format-title"),
      t("inline-format-description"),
      t("inline-format-text", { bot: ctx.me.username, tokens: truncate(invalid.slice(0, 5).join(" "), 200) }),
    );
  if (ids.length === 0) return { results: [formatHint()], connected: !!active };
  if (!active) return { results: invalid.length ? [formatHint()] : [], connected: false };

  const room = MAX_INLINE_RESULTS - (invalid.length ? 1 : 0);
  const wanted = ids.slice(0, room);
  let statuses: Map<string, BatchItem<OrderStatus>>;
  try {
    // One query per keystroke: answers up to STATUS_CACHE_TTL_MS old are reused (per key and order).
    statuses = await withDeadline(
      lookupStatuses(active.client, active.account.apiKey, wanted, { maxAgeMs: STATUS_CACHE_TTL_MS, now: ctx.deps.now }),
      PANEL_DEADLINE_MS,
    );
  } catch (err) {
    return { results: [errorResult(ctx, err)], connected: true };
  }
  // IDs the active account does not know: the asker's other accounts (any panel), in parallel.
  const panelOf = new Map<string, string>();
  const unknown = wanted.filter((id) => {
    const item = statuses.get(id);
    return item && !item.ok && item.error.kind === "unknown_order";
  });
  if (unknown.length > 0) {
    const others = (await optional(ctx, "other accounts", otherAccountsOn(ctx, undefined, active.account.id, userOwner(userId)))) ?? [];
    const answers = await Promise.all(
      others.map((other) =>
        optional(
          ctx,
          "another account's statuses",
          withDeadline(
            lookupStatuses(other.client, other.account.apiKey, unknown, { maxAgeMs: STATUS_CACHE_TTL_MS, now: ctx.deps.now }),
            PANEL_DEADLINE_MS,
          ).then((found) => ({ other, found })),
        ),
      ),
    );
    for (const answer of answers) {
      if (!answer) continue;
      for (const id of unknown) {
        const item = answer.found.get(id);
        if (!item?.ok || panelOf.has(id)) continue;
        statuses.set(id, item);
        panelOf.set(id, answer.other.account.panelId);
      }
    }
  }
  const items = wanted.map((id) => ({ id, item: statuses.get(id) }));
  // The whole panel failing (down, rate-limited, …): one result that says so.
  const failures = items.filter((x) => x.item && !x.item.ok && x.item.error.kind !== "unknown_order");
  if (failures.length === items.length && failures[0]?.item && !failures[0].item.ok) {
    return { results: [errorResult(ctx, failures[0].item.error)], connected: true };
  }
  // The tracked metadata only adds the service name and link to a card: without it the card still shows.
  const metas = await Promise.all(
    wanted.map((id) => optional(ctx, "tracked order", ctx.deps.storage.orders.get(userId, panelOf.get(id) ?? active.account.panelId, id))),
  );
  items.forEach(({ id, item }, i) => {
    if (item?.ok) {
      results.push(orderResult(ctx, "o:", id, item.value, metas[i]));
    } else if (!item || item.error.kind === "unknown_order") {
      results.push(article(`u:${id}`, t("inline-unknown-title", { id }), t("inline-unknown-description"), t("inline-unknown-text", { id })));
    } else {
      const text = panelErrorText(ctx, item.error);
      results.push(article(`e:${id}`, t("order-card-title", { id }), text, `📦 <b>${t("order-card-title", { id })}</b>\n⚠️ ${text}`));
    }
  });
  if (invalid.length) results.push(formatHint());
  return { results: results.slice(0, MAX_INLINE_RESULTS), connected: true };
}

export function inlineFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.on("inline_query", async (ctx) => {
    const userId = ctx.inlineQuery.from.id;
    let answer: { results: InlineQueryResult[]; connected: boolean };
    try {
      answer = await inlineResults(ctx, userId, ctx.inlineQuery.query);
    } catch (err) {
      ctx.deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, "inline query failed");
      answer = { results: [errorResult(ctx, err)], connected: true };
    }
    await ctx
      .answerInlineQuery(answer.results, {
        cache_time: INLINE_CACHE_SECONDS,
        is_personal: true,
        ...(answer.connected ? {} : { button: { text: plainText(ctx.t("inline-connect-button")), start_parameter: CONNECT_START_PARAMETER } }),
      })
      .catch((err: unknown) => {
        // "query is too old" and similar: nothing to do
        ctx.deps.logger.debug({ err: String(err) }, "answerInlineQuery failed");
      });
  });

  // The inline "connect" button opens the private chat with /start connect.
  composer.chatType("private").command("start", async (ctx, next) => {
    if (ctx.match.trim() !== CONNECT_START_PARAMETER) return next();
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(CONNECT_CONVERSATION);
  });

  return { name: "inline", composer };
}
