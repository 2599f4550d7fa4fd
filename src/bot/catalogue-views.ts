/**
 * Catalogue pages as small, JSON-serialisable views (the ordering wizard returns them from
 * conversation.external, so they must not carry the whole list), and their rendering as HTML text
 * and inline keyboards, shared by /services and the wizard (each with its own callback data).
 */
import { InlineKeyboard } from "grammy";
import type { BaseContext } from "./context.js";
import { money, truncate } from "./format.js";
import { html, raw } from "./html.js";
import { fitHtml } from "./fit.js";
import { fieldsForType } from "../panel/service-types.js";
import type { Service } from "../panel/types.js";
import { CATEGORIES_PER_PAGE, SERVICES_PER_PAGE, type CatalogueIndex, type CategoryInfo } from "../catalogue/catalogue-index.js";
import { serviceProblem } from "../catalogue/sanity.js";
import { formatDuration } from "../lib/intl.js";

type T = BaseContext["t"];
/** What rendering needs of a context: its translate function and its locale (for money). */
type R = Pick<BaseContext, "t" | "locale">;

/** Longest service name shown on a card (a panel may send thousands of characters). */
export const SERVICE_NAME_MAX = 300;
/** Room for a card's text (Telegram's limit is 4096 characters of parsed text). */
const MESSAGE_LIMIT = 4000;

/** What a list row needs of a service. */
export interface ServiceRow {
  id: string;
  name: string;
  type: string;
  rate: string;
  min: number;
  max: number;
}

export interface CategoryPageView {
  version: string;
  page: number;
  pages: number;
  total: number;
  items: CategoryInfo[];
}

export interface ServicePageView {
  version: string;
  page: number;
  pages: number;
  total: number;
  items: ServiceRow[];
  /** The category listed (category pages). */
  category?: { index: number; name: string };
  /** The query searched (search pages). */
  query?: string;
}

export const serviceRow = (s: Service): ServiceRow => ({ id: s.id, name: s.name, type: s.type, rate: s.rate, min: s.min, max: s.max });

export function categoryPageView(index: CatalogueIndex, page: number, perPage = CATEGORIES_PER_PAGE): CategoryPageView {
  const p = index.categoryPage(page, perPage);
  return { version: index.version, page: p.page, pages: p.pages, total: p.total, items: p.items };
}

/** Undefined for an unknown category index. */
export function servicePageView(
  index: CatalogueIndex,
  category: number,
  page: number,
  perPage = SERVICES_PER_PAGE,
): ServicePageView | undefined {
  const info = index.category(category);
  const p = index.servicePage(category, page, perPage);
  if (!info || !p) return undefined;
  return {
    version: index.version,
    page: p.page,
    pages: p.pages,
    total: p.total,
    items: p.items.map(serviceRow),
    category: { index: info.index, name: info.name },
  };
}

export function searchPageView(index: CatalogueIndex, query: string, page: number, perPage = SERVICES_PER_PAGE): ServicePageView {
  const p = index.searchPage(query, page, perPage);
  return { version: index.version, page: p.page, pages: p.pages, total: p.total, items: p.items.map(serviceRow), query };
}

// ─── rendering ────────────────────────────────────────────────────────────────────────────────

/** Callback data of a paginated keyboard. */
export interface PageNav {
  /** Data of the button that shows page `p` (0-based). */
  page(p: number): string;
  /** Data of the inert "x/y" button. */
  noop: string;
}

function navRow(kb: InlineKeyboard, t: T, view: { page: number; pages: number }, nav: PageNav): void {
  if (view.pages <= 1) return;
  kb.row();
  if (view.page > 0) kb.text("◀️", nav.page(view.page - 1));
  kb.text(t("services-page", { page: view.page + 1, pages: view.pages }), nav.noop);
  if (view.page < view.pages - 1) kb.text("▶️", nav.page(view.page + 1));
}

/** Category buttons (one per row), then ◀ x/y ▶. */
export function categoryKeyboard(r: R, view: CategoryPageView, nav: PageNav & { open(index: number): string }): InlineKeyboard {
  const t = r.t;
  const kb = new InlineKeyboard();
  view.items.forEach((c, i) => {
    if (i > 0) kb.row();
    kb.text(`${truncate(c.name, 48)} (${c.count})`, nav.open(c.index));
  });
  navRow(kb, t, view, nav);
  return kb;
}

export function categoryListText(r: R, view: CategoryPageView): string {
  return r.t("services-categories", { count: view.total });
}

/** A rate as shown: the money, or "—" for a rate the panel wrote unreadably (see catalogue/sanity.ts). */
export function shownRate(r: R, rate: string, currency: string | undefined): string {
  return /^\d{1,15}(\.\d+)?$/.test(rate) ? money(r, rate, currency) : "—";
}

/** Rate of a row as shown: "$0.90" (per 1000), or the package price. */
export function rateText(r: R, row: Pick<ServiceRow, "rate" | "type">, currency: string | undefined): string {
  const rate = shownRate(r, row.rate, currency);
  return fieldsForType(row.type).pricing === "package" ? r.t("services-rate-package", { rate }) : r.t("services-rate", { rate });
}

/** Service buttons (one per row), then ◀ x/y ▶. */
export function serviceKeyboard(
  r: R,
  view: ServicePageView,
  currency: string | undefined,
  nav: PageNav & { open(id: string): string },
): InlineKeyboard {
  const kb = new InlineKeyboard();
  view.items.forEach((s, i) => {
    if (i > 0) kb.row();
    kb.text(`${truncate(s.name, 40)} · ${shownRate(r, s.rate, currency)}`, nav.open(s.id));
  });
  navRow(kb, r.t, view, nav);
  return kb;
}

/** HTML: a title (category or search), then one entry per service with rate and limits. */
export function serviceListText(r: R, view: ServicePageView, currency: string | undefined): string {
  const t = r.t;
  const title = view.category
    ? t("services-category-title", { category: truncate(view.category.name, 200), count: view.total })
    : t("services-search-title", { query: truncate(view.query ?? "", 60), count: view.total });
  const lines = view.items.map((s) =>
    t("services-line", {
      id: s.id,
      name: truncate(s.name, 90),
      rate: raw(rateText(r, s, currency)),
      min: s.min,
      max: s.max,
    }),
  );
  return [title, "", ...lines].join("\n");
}

/** Whether a type's min–max is a quantity per post (Subscriptions), not a total. */
export const perPost = (type: string): boolean => fieldsForType(type).pricing === "subscription";

/**
 * The panel's average time as plain text: a number of minutes written as the locale writes a
 * duration ("1 hr 35 min"), other words as the panel sent them (cut to 60 characters); undefined
 * when there is none.
 */
export function averageTimeText(locale: string, value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const minutes = /^\d{1,9}(\.\d+)?$/.test(v) ? Math.round(Number(v)) : undefined;
  return minutes !== undefined ? formatDuration(locale, minutes) : truncate(v, 60);
}

/** HTML card of one service: type, rate, limits, refill / cancel / drip-feed, average time, description. */
export function serviceCardText(r: R, s: Service, currency: string | undefined): string {
  const t = r.t;
  const yes = t("services-yes");
  const no = t("services-no");
  const lines = [
    t("services-card-title", { name: truncate(s.name, SERVICE_NAME_MAX) }),
    t("services-card-id", { id: s.id, category: truncate(s.category, 200) }),
    t("services-card-type", { type: truncate(s.type, 100) }),
    t("services-card-rate", { rate: raw(rateText(r, s, currency)) }),
    t(perPost(s.type) ? "services-card-limits-per-post" : "services-card-limits", { min: s.min, max: s.max }),
    t("services-card-flags", { refill: raw(s.refill ? yes : no), cancel: raw(s.cancel ? yes : no), dripfeed: raw(s.dripfeed ? yes : no) }),
  ];
  const time = averageTimeText(r.locale, s.averageTime);
  if (time) lines.push(t("services-card-average-time", { time }));
  if (serviceProblem(s)) lines.push("", t("services-card-unavailable"));
  if (s.description?.trim()) lines.push("", html`<i>${truncate(s.description.trim(), 1500)}</i>`.html);
  return fitHtml(lines.join("\n"), MESSAGE_LIMIT);
}
