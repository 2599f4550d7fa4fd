/** Catalogue: search as you type, filters, sort by price, a virtualised list (10,000 services stay smooth). */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { fieldsForType } from "../../src/panel/service-types.js";
import { activeFilterCount, NO_FILTERS, OTHER_PLATFORM, select, warmHaystack, type Catalogue, type Filters, type Item } from "./catalogue.js";
import { t } from "./i18n.js";
import { haptic } from "./tg.js";
import { money } from "./ui.js";

const ROW_HEIGHT = 76;
const OVERSCAN = 6;

export function rateText(item: Pick<Item, "rate" | "type">, currency?: string): string {
  const pricing = fieldsForType(item.type).pricing;
  const rate = money(item.rate, currency);
  return pricing === "package"
    ? t("app-rate-package", { rate })
    : pricing === "subscription"
      ? t("app-rate-subscription", { rate })
      : t("app-rate-per-1000", { rate });
}

/** Rows absolutely placed in a tall box; only the visible ones (plus a margin) are rendered. */
function VirtualList(props: { items: Item[]; currency?: string; onOpen: (id: string) => void; resetKey: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    const ro = typeof ResizeObserver === "function" ? new ResizeObserver(() => setHeight(el.clientHeight || 600)) : undefined;
    ro?.observe(el);
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setScrollTop(el.scrollTop);
      });
    };
    el.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      ro?.disconnect();
      el.removeEventListener("scroll", onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  useLayoutEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [props.resetKey]);

  const { items } = props;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let i = first; i < last; i++) {
    const it = items[i]!;
    rows.push(
      <button
        type="button"
        class="svc"
        key={it.id}
        style={{ transform: `translateY(${i * ROW_HEIGHT}px)` }}
        onClick={() => props.onOpen(it.id)}
        data-id={it.id}
      >
        <span class="svc-name">{it.name}</span>
        <span class="svc-meta">
          <span class="svc-rate">{rateText(it, props.currency)}</span>
          <span class="svc-limits">{t("app-limits", { min: it.min, max: it.max })}</span>
          <span class="svc-flags">
            {it.refill ? "♻️" : ""}
            {it.dripfeed ? "💧" : ""}
            {it.cancel ? "✖️" : ""}
          </span>
        </span>
        <span class="svc-cat">
          #{it.id} · {it.category}
        </span>
      </button>,
    );
  }
  return (
    <div class="vlist" ref={box} role="list">
      <div class="vlist-inner" style={{ height: `${items.length * ROW_HEIGHT}px` }}>
        {rows}
      </div>
    </div>
  );
}

export function CataloguePage(props: {
  catalogue: Catalogue;
  currency?: string;
  filters: Filters;
  setFilters: (f: Filters) => void;
  onOpen: (id: string) => void;
}) {
  const { catalogue, filters, setFilters } = props;
  const [showFilters, setShowFilters] = useState(false);
  const typedAt = useRef(0);
  const results = useMemo(() => select(catalogue, filters), [catalogue, filters]);

  // Timings for the tests and the benchmark: first list render, and keystroke → list updated.
  useEffect(() => {
    const m = (window.__appMetrics ??= { searchMs: [] });
    if (m.firstListRenderMs === undefined) m.firstListRenderMs = performance.now();
    warmHaystack(catalogue);
  }, [catalogue]);
  useLayoutEffect(() => {
    if (!typedAt.current) return;
    const m = (window.__appMetrics ??= { searchMs: [] });
    m.searchMs.push(performance.now() - typedAt.current);
    typedAt.current = 0;
  }, [results]);

  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const count = activeFilterCount(filters);
  const platformLabel = (p: string) => (p === OTHER_PLATFORM ? t("app-platform-other") : p);

  return (
    <section class="page catalogue">
      <div class="toolbar">
        <input
          type="search"
          class="search"
          placeholder={t("app-search-placeholder")}
          value={filters.query}
          enterKeyHint="search"
          autoComplete="off"
          onInput={(e) => {
            typedAt.current = performance.now();
            set({ query: e.currentTarget.value });
          }}
        />
        <button
          type="button"
          class={`chip${showFilters || count > 0 ? " on" : ""}`}
          aria-expanded={showFilters}
          onClick={() => {
            haptic.select();
            setShowFilters(!showFilters);
          }}
        >
          {t("app-filters")}
          {count > 0 ? ` · ${count}` : ""}
        </button>
      </div>
      {showFilters && (
        <div class="filters">
          <label>
            {t("app-filter-platform")}
            <select
              value={filters.platform ?? "*"}
              onChange={(e) => {
                const v = e.currentTarget.value;
                set(v === "*" ? { platform: undefined } : { platform: v });
              }}
            >
              <option value="*">{t("app-filter-all")}</option>
              {catalogue.platforms.map((p) => (
                <option value={p} key={p}>
                  {platformLabel(p)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("app-filter-type")}
            <select
              value={filters.type ?? "*"}
              onChange={(e) => {
                const v = e.currentTarget.value;
                set(v === "*" ? { type: undefined } : { type: v });
              }}
            >
              <option value="*">{t("app-filter-all")}</option>
              {catalogue.types.map((p) => (
                <option value={p} key={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("app-sort")}
            <select value={filters.sort} onChange={(e) => set({ sort: e.currentTarget.value as Filters["sort"] })}>
              <option value="default">{t("app-sort-default")}</option>
              <option value="asc">{t("app-sort-price-asc")}</option>
              <option value="desc">{t("app-sort-price-desc")}</option>
            </select>
          </label>
          <div class="price-range">
            <label>
              {t("app-filter-price-min")}
              <input inputMode="decimal" value={filters.priceMin} onInput={(e) => set({ priceMin: e.currentTarget.value })} />
            </label>
            <label>
              {t("app-filter-price-max")}
              <input inputMode="decimal" value={filters.priceMax} onInput={(e) => set({ priceMax: e.currentTarget.value })} />
            </label>
          </div>
          <label class="check">
            <input type="checkbox" checked={filters.refill} onChange={(e) => set({ refill: e.currentTarget.checked })} />
            {t("app-filter-refill")}
          </label>
          <label class="check">
            <input type="checkbox" checked={filters.dripfeed} onChange={(e) => set({ dripfeed: e.currentTarget.checked })} />
            {t("app-filter-dripfeed")}
          </label>
          <button type="button" class="link" onClick={() => setFilters({ ...NO_FILTERS, query: filters.query })}>
            {t("app-filters-reset")}
          </button>
        </div>
      )}
      <div class="count" aria-live="polite">
        {t("app-results", { count: results.length })}
      </div>
      {results.length === 0 ? (
        <p class="empty">{t("app-no-results")}</p>
      ) : (
        <VirtualList items={results} currency={props.currency} onOpen={props.onOpen} resetKey={JSON.stringify(filters)} />
      )}
    </section>
  );
}
