/**
 * The catalogue in the browser: the compact list from /app/api/catalogue, searched as you type
 * with the bot's own normalisation (src/catalogue/normalize.ts) and the same matching as its index
 * (every word in "name category", an exact service ID first), filtered and sorted by price.
 * Prices are compared exactly (a fixed-width decimal key), never as floats.
 */
import { searchTokens, normalizeSearchText } from "../../src/catalogue/normalize.js";
import { platformOfService } from "../../src/catalogue/platforms.js";
import { FLAG_CANCEL, FLAG_DESCRIPTION, FLAG_DRIPFEED, FLAG_REFILL, type CatalogueAnswer } from "../../src/webapp/api-types.js";

export interface Item {
  id: string;
  name: string;
  type: string;
  category: string;
  rate: string;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  hasDescription: boolean;
  platform: string;
  /** Normalised "name category" (search); built after the first render (see ensureHaystack). */
  hay?: string;
  /** Fixed-width decimal key of the rate (exact ordering as strings). */
  rateKey: string;
}

export interface Catalogue {
  version: string;
  /** Normalised category names, by index (for the haystacks). */
  catNorm: string[];
  catOf: number[];
  items: Item[];
  byId: Map<string, Item>;
  platforms: string[];
  types: string[];
}

export const OTHER_PLATFORM = "";

/** The Mini App's platform label of a service (the table: src/catalogue/platforms.ts). */
function platformOf(category: string, name: string): string {
  return platformOfService(category, name)?.label ?? OTHER_PLATFORM;
}

const DECIMAL_RE = /^(\d{0,20})(?:\.(\d{0,20}))?$/;

/**
 * A non-negative decimal as a fixed-width key that orders exactly as the numbers do when compared
 * as strings: "0.12" → "00000000000000000000.12000000000000000000". Undefined if not a decimal.
 */
export function decimalKey(value: string): string | undefined {
  const m = DECIMAL_RE.exec(value.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  return `${(m[1] || "0").padStart(20, "0")}.${(m[2] ?? "").padEnd(20, "0")}`;
}

export function buildCatalogue(answer: CatalogueAnswer): Catalogue {
  const platforms = new Set<string>();
  const types = new Set<string>();
  const byId = new Map<string, Item>();
  // Per category, once: its normalised text and its platform (when the category names one).
  const catNorm = answer.categories.map((c) => normalizeSearchText(c));
  const catPlatform = answer.categories.map((c) => platformOf(c, ""));
  const catOf: number[] = [];
  const items = answer.services.map(([id, name, type, cat, rate, min, max, flags]): Item => {
    catOf.push(cat);
    const category = answer.categories[cat] ?? "";
    const platform = catPlatform[cat] || platformOf("", name);
    platforms.add(platform);
    types.add(type);
    const item: Item = {
      id,
      name,
      type,
      category,
      rate,
      min,
      max,
      refill: (flags & FLAG_REFILL) !== 0,
      cancel: (flags & FLAG_CANCEL) !== 0,
      dripfeed: (flags & FLAG_DRIPFEED) !== 0,
      hasDescription: (flags & FLAG_DESCRIPTION) !== 0,
      platform,
      rateKey: decimalKey(rate) ?? "",
    };
    byId.set(id, item);
    return item;
  });
  const sortedPlatforms = [...platforms].filter((p) => p !== OTHER_PLATFORM).sort();
  if (platforms.has(OTHER_PLATFORM)) sortedPlatforms.push(OTHER_PLATFORM);
  return { version: answer.version, catNorm, catOf, items, byId, platforms: sortedPlatforms, types: [...types].sort() };
}

/** Builds the search text of every service not built yet (all of them, or `budgetMs` worth). True when done. */
export function ensureHaystack(cat: Catalogue, budgetMs = Infinity): boolean {
  const end = performance.now() + budgetMs;
  const { items, catNorm, catOf } = cat;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.hay !== undefined) continue;
    it.hay = `${normalizeSearchText(it.name)} ${catNorm[catOf[i]!] ?? ""}`;
    if ((i & 255) === 0 && performance.now() > end) return false;
  }
  return true;
}

/** Builds the search texts in the background, a few milliseconds at a time, after the first render. */
export function warmHaystack(cat: Catalogue): void {
  const step = () => {
    if (!ensureHaystack(cat, 8)) setTimeout(step, 0);
    else (window.__appMetrics ??= { searchMs: [] }).searchReadyMs ??= performance.now();
  };
  setTimeout(step, 50);
}

export interface Filters {
  query: string;
  platform?: string;
  type?: string;
  refill: boolean;
  dripfeed: boolean;
  priceMin: string;
  priceMax: string;
  sort: "default" | "asc" | "desc";
}

export const NO_FILTERS: Filters = { query: "", refill: false, dripfeed: false, priceMin: "", priceMax: "", sort: "default" };

export function activeFilterCount(f: Filters): number {
  return [f.platform !== undefined, f.type !== undefined, f.refill, f.dripfeed, !!f.priceMin, !!f.priceMax, f.sort !== "default"].filter(Boolean)
    .length;
}

/** The services matching the filters, in the panel's order or by price. */
export function select(cat: Catalogue, f: Filters): Item[] {
  const tokens = searchTokens(f.query);
  if (tokens.length > 0) ensureHaystack(cat);
  const minKey = f.priceMin.trim() ? decimalKey(f.priceMin.trim().replace(",", ".")) : undefined;
  const maxKey = f.priceMax.trim() ? decimalKey(f.priceMax.trim().replace(",", ".")) : undefined;
  const exact = tokens.length === 1 && /^\d+$/.test(tokens[0]!) ? cat.byId.get(tokens[0]!) : undefined;
  const out: Item[] = [];
  if (exact) out.push(exact);
  for (const it of cat.items) {
    if (it === exact) continue;
    if (f.platform !== undefined && it.platform !== f.platform) continue;
    if (f.type !== undefined && it.type !== f.type) continue;
    if (f.refill && !it.refill) continue;
    if (f.dripfeed && !it.dripfeed) continue;
    if (minKey && it.rateKey < minKey) continue;
    if (maxKey && it.rateKey > maxKey) continue;
    let all = true;
    for (const t of tokens) {
      if (!it.hay!.includes(t)) {
        all = false;
        break;
      }
    }
    if (all) out.push(it);
  }
  if (f.sort !== "default") {
    const dir = f.sort === "asc" ? 1 : -1;
    out.sort((a, b) => (a.rateKey < b.rateKey ? -dir : a.rateKey > b.rateKey ? dir : 0));
  }
  return out;
}
