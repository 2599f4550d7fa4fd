/**
 * The in-memory index of one version of a panel's services list, built once per version:
 * sorted categories, the services of each category (in the panel's order), a normalised search
 * text per service (name + category, case- and accent-insensitive) and lookup by service id.
 */
import { createHash } from "node:crypto";
import type { Service } from "../panel/types.js";
import { joinSearchText, normalizeSearchText, searchTokens } from "./normalize.js";
import { serviceProblem } from "./sanity.js";

/** A category of the list: its position in the sorted list (stable for one version). */
export interface CategoryInfo {
  index: number;
  name: string;
  /** Number of services in it. */
  count: number;
}

/** One page of a list. `page` is 0-based and clamped to the available pages. */
export interface Page<T> {
  items: T[];
  page: number;
  /** Number of pages (at least 1). */
  pages: number;
  /** Number of items over all pages. */
  total: number;
}

/** Categories per keyboard page. */
export const CATEGORIES_PER_PAGE = 10;
/** Services per keyboard page. */
export const SERVICES_PER_PAGE = 8;

/**
 * The content hash of a list (27 chars of [A-Za-z0-9_-]: a SHA-1 in base64url) over every field
 * of every service, in order. Fields are written length-prefixed (unambiguous without JSON's
 * escaping pass), one line per service, each line straight into the hash: no string of the whole
 * list (or of 1 MB chunks) is built and flattened, which cost more than the hashing itself. The
 * byte stream, hence the digest, is the one the earlier chunked version hashed (a golden test
 * keeps it: stored catalogues keep their keys). Catalogues of one panel are shared (storage and
 * memory) by this hash, so it is the full digest, never a short tag.
 */
export function catalogueHash(services: readonly Service[]): string {
  const hash = createHash("sha1");
  const field = (v: string): string => `${v.length}:${v}`;
  for (const s of services) {
    hash.update(
      `${field(s.id)}${field(s.name)}${field(s.type)}${field(s.category)}${field(s.rate)}${s.min};${s.max};${s.refill ? 1 : 0}${s.cancel ? 1 : 0}${s.dripfeed ? 1 : 0}${s.description === undefined ? "-" : field(s.description)}${s.averageTime === undefined ? "" : `t${field(s.averageTime)}`}\n`,
    );
  }
  return hash.digest("base64url");
}

/**
 * Whether two lists hold the same services, field by field, in order: exactly what
 * {@link catalogueHash} covers (keep the two in step). A refetched list is first compared with the
 * lists already in memory (a few ms at 100,000 services, stopping at the first difference), so
 * the common refresh — nothing changed, or another account of the panel has the same list — needs
 * no hashing and no collision risk.
 */
export function sameServices(a: readonly Service[], b: readonly Service[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.id !== y.id ||
      x.rate !== y.rate ||
      x.name !== y.name ||
      x.min !== y.min ||
      x.max !== y.max ||
      x.type !== y.type ||
      x.category !== y.category ||
      x.refill !== y.refill ||
      x.cancel !== y.cancel ||
      x.dripfeed !== y.dripfeed ||
      x.description !== y.description
    ) {
      return false;
    }
  }
  return true;
}

/** The short tag of a content hash (6 chars), used in callback data. */
export const versionOfHash = (hash: string): string => hash.slice(0, 6);

/** A short tag of a list's content (6 chars of [A-Za-z0-9_-]), used in callback data: see {@link catalogueHash}. */
export function catalogueVersion(services: readonly Service[]): string {
  return versionOfHash(catalogueHash(services));
}

/** Slices one page out of a list. */
export function pageOf<T>(list: readonly T[], page: number, perPage: number): Page<T> {
  const size = Math.max(1, Math.floor(perPage));
  const pages = Math.max(1, Math.ceil(list.length / size));
  const p = Math.min(Math.max(0, Math.floor(Number.isFinite(page) ? page : 0)), pages - 1);
  return { items: list.slice(p * size, p * size + size), page: p, pages, total: list.length };
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export class CatalogueIndex {
  readonly version: string;
  readonly services: readonly Service[];
  readonly categories: readonly CategoryInfo[];
  private readonly perCategory: Service[][];
  /** Service id → position in `services` (the first one listed: a panel listing an id twice). */
  private readonly byId = new Map<string, number>();
  /** Category index of each position of `services` (-1: a duplicate id, not indexed). */
  private readonly categoryAt: Int32Array;
  /** Normalised "name category" per service, aligned with `services` (built on the first search). */
  private haystackCache: string[] | undefined;
  /** Last few searches (query → matches), so paging through results does not search again. */
  private readonly recent = new Map<string, Service[]>();

  constructor(services: readonly Service[], version = catalogueVersion(services)) {
    this.version = version;
    this.services = services;
    // Raw category string → its group (trimmed name); most lists have a few hundred categories.
    const byRaw = new Map<string, { name: string; list: Service[]; positions: number[] }>();
    const byName = new Map<string, { name: string; list: Service[]; positions: number[] }>();
    for (let i = 0; i < services.length; i++) {
      const s = services[i]!;
      if (this.byId.has(s.id)) continue; // a panel listing an id twice: the first wins
      this.byId.set(s.id, i);
      let group = byRaw.get(s.category);
      if (!group) {
        const name = s.category.trim() || "—";
        group = byName.get(name);
        if (!group) byName.set(name, (group = { name, list: [], positions: [] }));
        byRaw.set(s.category, group);
      }
      group.list.push(s);
      group.positions.push(i);
    }
    const groups = [...byName.values()].sort((a, b) => collator.compare(a.name, b.name));
    this.perCategory = groups.map((g) => g.list);
    this.categories = groups.map((g, index) => ({ index, name: g.name, count: g.list.length }));
    this.categoryAt = new Int32Array(services.length).fill(-1);
    groups.forEach((g, index) => {
      for (const pos of g.positions) this.categoryAt[pos] = index;
    });
  }

  /**
   * Built on the first search: the name of each service normalised, then its category's
   * (normalised once per category). The same text as normalising "name category" at once.
   */
  private get haystack(): string[] {
    if (this.haystackCache) return this.haystackCache;
    const categories = new Map<string, string>();
    const hay = new Array<string>(this.services.length);
    for (let i = 0; i < this.services.length; i++) {
      const s = this.services[i]!;
      let category = categories.get(s.category);
      if (category === undefined) categories.set(s.category, (category = normalizeSearchText(s.category)));
      hay[i] = joinSearchText(normalizeSearchText(s.name), category);
    }
    return (this.haystackCache = hay);
  }

  get size(): number {
    return this.byId.size;
  }

  /** The service with this id. */
  service(id: string): Service | undefined {
    const pos = this.byId.get(id);
    return pos === undefined ? undefined : this.services[pos];
  }

  /** Why the service cannot be ordered (impossible limits, bad rate), or undefined (see sanity.ts). */
  problem(id: string): string | undefined {
    const s = this.service(id);
    return s ? serviceProblem(s) : undefined;
  }

  /** The index of a service's category. */
  categoryOf(id: string): number | undefined {
    const pos = this.byId.get(id);
    return pos === undefined ? undefined : this.categoryAt[pos];
  }

  category(index: number): CategoryInfo | undefined {
    return this.categories[index];
  }

  /** The services of a category, in the panel's order (undefined for an unknown index). */
  servicesIn(index: number): readonly Service[] | undefined {
    return this.perCategory[index];
  }

  /**
   * Services whose name or category contains every word of the query, case- and
   * accent-insensitively ("vsecki" finds "Všečki"). A query that is a service id puts that
   * service first. Panel order otherwise. The last 16 searches are remembered (paging through
   * results); `{ cache: false }` always scans (benchmarks).
   */
  search(query: string, options: { cache?: boolean } = {}): Service[] {
    const tokens = searchTokens(query);
    if (tokens.length === 0) return [];
    const key = tokens.join(" ");
    const useCache = options.cache !== false;
    const hit = useCache ? this.recent.get(key) : undefined;
    if (hit) return hit;
    const out: Service[] = [];
    const exact = /^\d+$/.test(key) ? this.service(key) : undefined;
    if (exact) out.push(exact);
    const hay = this.haystack;
    for (let i = 0; i < hay.length; i++) {
      const text = hay[i]!;
      let all = true;
      for (const t of tokens) {
        if (!text.includes(t)) {
          all = false;
          break;
        }
      }
      if (all) {
        const s = this.services[i]!;
        if (s !== exact && this.categoryAt[i] !== -1) out.push(s);
      }
    }
    if (useCache) {
      if (this.recent.size >= 16) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(key, out);
    }
    return out;
  }

  categoryPage(page: number, perPage = CATEGORIES_PER_PAGE): Page<CategoryInfo> {
    return pageOf(this.categories, page, perPage);
  }

  /** A page of a category's services; undefined for an unknown category index. */
  servicePage(category: number, page: number, perPage = SERVICES_PER_PAGE): Page<Service> | undefined {
    const list = this.perCategory[category];
    return list ? pageOf(list, page, perPage) : undefined;
  }

  searchPage(query: string, page: number, perPage = SERVICES_PER_PAGE): Page<Service> {
    return pageOf(this.search(query), page, perPage);
  }
}
