/**
 * /services: the catalogue as inline keyboards that edit one message — categories (paginated) →
 * the services of a category (name, rate per 1000, min–max; paginated) → a service card with
 * 🛒 Order and Back. `/services TEXT` searches names and categories (accent- and case-insensitive).
 *
 * Callback data (≤ 64 bytes) names categories by index plus the list's version tag; a button made
 * for another version of the list says so and shows the current list instead of the wrong thing.
 *   sv:c:<ver>:<page>                 categories page
 *   sv:s:<ver>:<cat>:<page>           services of a category
 *   sv:q:<ver>:<qid>:<page>           search results (query kept in the cache under its id)
 *   sv:d:<ver>:<serviceId>:<back>     service card; back = c<cat>.<page> | q<qid>.<page>
 *   sv:o:<serviceId>                  order this service (handled by the order feature)
 *   sv:n                              the inert "x/y" button
 * Each form has its codec (SERVICES_CODECS); they are for group admins.
 */
import { createHash } from "node:crypto";
import { GrammyError, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";
import { accountScope } from "../../storage/types.js";
import { defineCallback, field } from "../callback-data.js";
import { requireAccount, type ActiveAccount } from "../account.js";
import { withinBudget } from "../budget.js";
import { panelErrorText } from "../panel-errors.js";
import { truncate } from "../format.js";
import { normalizeSearchText } from "../../catalogue/normalize.js";
import { CATEGORIES_PER_PAGE, type CatalogueIndex } from "../../catalogue/catalogue-index.js";
import {
  categoryKeyboard,
  categoryListText,
  categoryPageView,
  searchPageView,
  serviceCardText,
  serviceKeyboard,
  serviceListText,
  servicePageView,
} from "../catalogue-views.js";
import { cosmetic } from "../best-effort.js";
import { FlatComposer } from "../composer.js";

const VERSION = field.id(12);
const PAGE = field.int(4);
/** Service IDs: opaque, up to 24 characters. */
export const SERVICE_ID_FIELD = field.id(24);

/** The catalogue's buttons: for group admins (browsing leads to ordering). */
export const SERVICES_CODECS = {
  categories: defineCallback("sv:c", { version: VERSION, page: PAGE }, { audience: "admin" }),
  services: defineCallback("sv:s", { version: VERSION, category: field.int(5), page: PAGE }, { audience: "admin" }),
  search: defineCallback("sv:q", { version: VERSION, qid: field.id(8), page: PAGE }, { audience: "admin" }),
  /** back: `c<category>.<page>` or `q<queryId>.<page>`. */
  card: defineCallback("sv:d", { version: VERSION, serviceId: SERVICE_ID_FIELD, back: field.id(16) }, { audience: "admin" }),
  noop: defineCallback("sv:n", {}, { audience: "admin" }),
  /** ⭐ on a service card: star or unstar it, then show the card again (same fields as `card`). */
  favourite: defineCallback("sv:f", { version: VERSION, serviceId: SERVICE_ID_FIELD, back: field.id(16) }, { audience: "admin" }),
} as const;

/** 🛒 Order on a service card (handled by the order feature). */
export const serviceOrderCodec = defineCallback("sv:o", { serviceId: SERVICE_ID_FIELD }, { audience: "admin" });

export const SERVICES_DATA = {
  categories: (version: string, page: number) => SERVICES_CODECS.categories.pack({ version, page }),
  services: (version: string, category: number, page: number) => SERVICES_CODECS.services.pack({ version, category, page }),
  search: (version: string, qid: string, page: number) => SERVICES_CODECS.search.pack({ version, qid, page }),
  card: (version: string, serviceId: string, back: string) => SERVICES_CODECS.card.pack({ version, serviceId, back }),
  order: (serviceId: string) => serviceOrderCodec.pack({ serviceId }),
  noop: SERVICES_CODECS.noop.pack({}),
} as const;

/** How long a search query stays usable by its result buttons. */
const QUERY_TTL_MS = 24 * 60 * 60 * 1000;
const queryId = (query: string): string => createHash("sha1").update(normalizeSearchText(query)).digest("base64url").slice(0, 8);
const queryKey = (id: string): string => `svq:${id}`;

type View = { text: string; keyboard: InlineKeyboard };

function categoriesView(ctx: BotContext, index: CatalogueIndex, page: number, note?: string): View {
  const v = categoryPageView(index, page);
  const keyboard = categoryKeyboard(ctx, v, {
    page: (p) => SERVICES_DATA.categories(v.version, p),
    open: (c) => SERVICES_DATA.services(v.version, c, 0),
    noop: SERVICES_DATA.noop,
  });
  const text = categoryListText(ctx, v);
  return { text: note ? `${note}\n\n${text}` : text, keyboard };
}

function categoryServicesView(ctx: BotContext, index: CatalogueIndex, category: number, page: number, currency?: string): View | undefined {
  const v = servicePageView(index, category, page);
  if (!v) return undefined;
  const back = `c${category}.${v.page}`;
  const keyboard = serviceKeyboard(ctx, v, currency, {
    page: (p) => SERVICES_DATA.services(v.version, category, p),
    open: (id) => SERVICES_DATA.card(v.version, id, back),
    noop: SERVICES_DATA.noop,
  });
  keyboard.row().text(ctx.t("button-back"), SERVICES_DATA.categories(v.version, Math.floor(category / CATEGORIES_PER_PAGE)));
  return { text: serviceListText(ctx, v, currency), keyboard };
}

function searchView(ctx: BotContext, index: CatalogueIndex, query: string, qid: string, page: number, currency?: string): View {
  const v = searchPageView(index, query, page);
  const back = `q${qid}.${v.page}`;
  const keyboard = serviceKeyboard(ctx, v, currency, {
    page: (p) => SERVICES_DATA.search(v.version, qid, p),
    open: (id) => SERVICES_DATA.card(v.version, id, back),
    noop: SERVICES_DATA.noop,
  });
  keyboard.row().text(ctx.t("services-button-categories"), SERVICES_DATA.categories(v.version, 0));
  return { text: serviceListText(ctx, v, currency), keyboard };
}

async function loadIndex(ctx: BotContext, active: ActiveAccount): Promise<CatalogueIndex | undefined> {
  try {
    return await withinBudget(
      ctx,
      ctx.deps.catalogue.get(active.account.panelId, active.account.apiKey, accountScope(active.owner, active.account.id)),
    );
  } catch (err) {
    const text = panelErrorText(ctx, err);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true }).catch(cosmetic);
    else await ctx.reply(text);
    return undefined;
  }
}

/** Edits the button's message; "message is not modified" is not an error. */
async function show(ctx: BotContext, view: View): Promise<void> {
  try {
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard, link_preview_options: { is_disabled: true } });
  } catch (err) {
    if (err instanceof GrammyError && /not modified/i.test(err.description)) return;
    throw err;
  }
}

/** The catalogue (or a search, with `match`), as a new message (/services, the home screen). */
export async function sendServices(ctx: BotContext, match = ""): Promise<void> {
  const active = await requireAccount(ctx);
  if (!active) return;
  await ctx.replyWithChatAction("typing").catch(cosmetic);
  const index = await loadIndex(ctx, active);
  if (!index) return;
  const currency = active.account.currency;
  const query = match.trim().slice(0, 100);
  if (index.size === 0) {
    await ctx.reply(ctx.t("services-empty"));
    return;
  }
  let view: View;
  if (query) {
    if (index.search(query).length === 0) {
      await ctx.reply(ctx.t("services-search-none", { query: truncate(query, 60) }), { parse_mode: "HTML" });
      return;
    }
    const qid = queryId(query);
    await ctx.deps.storage.cache.set(queryKey(qid), query, QUERY_TTL_MS);
    view = searchView(ctx, index, query, qid, 0, currency);
  } else {
    view = categoriesView(ctx, index, 0);
  }
  await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard, link_preview_options: { is_disabled: true } });
}

export function servicesFeature(): Feature {
  const composer = new FlatComposer<BotContext>();

  composer.command("services", (ctx) => sendServices(ctx, ctx.match));

  composer.callbackQuery(SERVICES_CODECS.noop.filter, (ctx) => ctx.answerCallbackQuery());

  const { categories, services, search, card, favourite } = SERVICES_CODECS;
  composer.callbackQuery([categories.filter, services.filter, search.filter, card.filter, favourite.filter], async (ctx) => {
    const data = ctx.callbackQuery.data;
    const version = (categories.unpack(data) ?? services.unpack(data) ?? search.unpack(data) ?? card.unpack(data) ?? favourite.unpack(data))
      ?.version;
    const active = await requireAccount(ctx);
    if (!active) return;
    const index = await loadIndex(ctx, active);
    if (!index) return;
    const currency = active.account.currency;

    const stale = async (): Promise<void> => {
      await ctx.answerCallbackQuery({ text: ctx.t("services-stale-alert"), show_alert: true });
      await show(ctx, categoriesView(ctx, index, 0, ctx.t("services-stale")));
    };
    const expired = () => ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
    if (version !== index.version) return stale();

    const c = categories.unpack(data);
    if (c) {
      await ctx.answerCallbackQuery();
      return show(ctx, categoriesView(ctx, index, c.page));
    }
    const s = services.unpack(data);
    if (s) {
      const view = categoryServicesView(ctx, index, s.category, s.page, currency);
      if (!view) return stale();
      await ctx.answerCallbackQuery();
      return show(ctx, view);
    }
    const q = search.unpack(data);
    if (q) {
      const query = await ctx.deps.storage.cache.get<string>(queryKey(q.qid));
      if (!query) return ctx.answerCallbackQuery({ text: ctx.t("services-query-expired"), show_alert: true });
      await ctx.answerCallbackQuery();
      return show(ctx, searchView(ctx, index, query, q.qid, q.page, currency));
    }
    const f = favourite.unpack(data);
    const d = card.unpack(data) ?? f;
    const m = d && /^([cq])([\w-]{1,8})\.(\d{1,4})$/.exec(d.back);
    if (!d || !m) return expired();
    const service = index.service(d.serviceId);
    if (!service) {
      await ctx.answerCallbackQuery({ text: ctx.t("services-not-found"), show_alert: true });
      return;
    }
    const back =
      m[1] === "c"
        ? SERVICES_DATA.services(index.version, Number(m[2]), Number(m[3]))
        : SERVICES_DATA.search(index.version, m[2]!, Number(m[3]));
    const chatId = ctx.chat?.id;
    const panelId = active.account.panelId;
    let starred = false;
    if (chatId !== undefined && f) starred = await ctx.deps.storage.shortlists.toggleFavourite(chatId, panelId, service.id);
    else if (chatId !== undefined) starred = (await ctx.deps.storage.shortlists.get(chatId, panelId)).favourites.includes(service.id);
    const keyboard = new InlineKeyboard();
    if (!index.problem(service.id)) keyboard.text(ctx.t("services-button-order"), SERVICES_DATA.order(service.id)).row();
    keyboard
      .text(
        ctx.t(starred ? "services-button-unfavourite" : "services-button-favourite"),
        favourite.pack({ version: index.version, serviceId: service.id, back: d.back }),
      )
      .row()
      .text(ctx.t("button-back"), back);
    await ctx.answerCallbackQuery(f ? { text: ctx.t(starred ? "services-favourite-added" : "services-favourite-removed") } : undefined);
    return show(ctx, { text: serviceCardText(ctx, service, currency), keyboard });
  });

  return {
    name: "services",
    composer,
    commands: [{ name: "services", chats: ["private", "group"], groupAdmin: true, privateMenu: 2, args: "[TEXT]" }],
    callbacks: Object.values(SERVICES_CODECS),
  };
}
