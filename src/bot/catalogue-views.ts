/**
 * Catalogue pages as small, JSON-serialisable views (the ordering wizard returns them from
 * conversation.external, so they must not carry the whole list), and their rendering as HTML text
 * and inline keyboards, shared by /services and the wizard (each with its own callback data).
 */
import { InlineKeyboard } from "grammy";
import type { BaseContext } from "../bot/context.js";
import { escapeHtml, truncate } from "../bot/format.js";
import { formatMoney } from "../panel/money.js";
import { fieldsForType } from "../panel/service-types.js";
import type { Service } from "../panel/types.js";
import { CATEGORIES_PER_PAGE, SERVICES_PER_PAGE, type CatalogueIndex, type CategoryInfo } from "../catalogue/catalogue-index.js";
import { serviceProblem } from "../catalogue/sanity.js";

type T = BaseContext["t"];

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
export function categoryKeyboard(t: T, view: CategoryPageView, nav: PageNav & { open(index: number): string }): InlineKeyboard {
  const kb = new InlineKeyboard();
  view.items.forEach((c, i) => {
    if (i > 0) kb.row();
    kb.text(`${truncate(c.name, 48)} (${c.count})`, nav.open(c.index));
  });
  navRow(kb, t, view, nav);
  return kb;
}

export function categoryListText(t: T, view: CategoryPageView): string {
  return t("services-categories", { count: view.total });
}

/** A rate as money, or "—" when the panel sent one that is not a price (see catalogue/sanity.ts). */
export function shownRate(rate: string, currency: string | undefined): string {
  return /^\d{1,15}(\.\d+)?$/.test(rate) ? formatMoney(rate, currency) : "—";
}

/** Rate of a row as shown: "$0.90" (per 1000), or the package price. */
export function rateText(t: T, row: Pick<ServiceRow, "rate" | "type">, currency: string | undefined): string {
  const money = shownRate(row.rate, currency);
  return fieldsForType(row.type).pricing === "package" ? t("services-rate-package", { rate: money }) : t("services-rate", { rate: money });
}

/** Service buttons (one per row), then ◀ x/y ▶. */
export function serviceKeyboard(
  t: T,
  view: ServicePageView,
  currency: string | undefined,
  nav: PageNav & { open(id: string): string },
): InlineKeyboard {
  const kb = new InlineKeyboard();
  view.items.forEach((s, i) => {
    if (i > 0) kb.row();
    kb.text(`${truncate(s.name, 40)} · ${shownRate(s.rate, currency)}`, nav.open(s.id));
  });
  navRow(kb, t, view, nav);
  return kb;
}

/** HTML: a title (category or search), then one entry per service with rate and limits. */
export function serviceListText(t: T, view: ServicePageView, currency: string | undefined): string {
  const title = view.category
    ? t("services-category-title", { category: escapeHtml(view.category.name), count: view.total })
    : t("services-search-title", { query: escapeHtml(truncate(view.query ?? "", 60)), count: view.total });
  const lines = view.items.map((s) =>
    t("services-line", {
      id: s.id,
      name: escapeHtml(truncate(s.name, 90)),
      rate: rateText(t, s, currency),
      min: s.min,
      max: s.max,
    }),
  );
  return [title, "", ...lines].join("\n");
}

/** HTML card of one service: type, rate, limits, refill / cancel / drip-feed, description. */
export function serviceCardText(t: T, s: Service, currency: string | undefined): string {
  const yes = t("services-yes");
  const no = t("services-no");
  const lines = [
    t("services-card-title", { name: escapeHtml(s.name) }),
    t("services-card-id", { id: s.id, category: escapeHtml(s.category) }),
    t("services-card-type", { type: escapeHtml(s.type) }),
    t("services-card-rate", { rate: rateText(t, s, currency) }),
    t("services-card-limits", { min: s.min, max: s.max }),
    t("services-card-flags", { refill: s.refill ? yes : no, cancel: s.cancel ? yes : no, dripfeed: s.dripfeed ? yes : no }),
  ];
  if (serviceProblem(s)) lines.push("", t("services-card-unavailable"));
  if (s.description?.trim()) lines.push("", `<i>${escapeHtml(truncate(s.description.trim(), 1500))}</i>`);
  return lines.join("\n");
}
