/**
 * Catalogue benchmark: on a generated 10,000-service catalogue, the time to build the index, to
 * build the /services category keyboard (page 1, text + keyboard) and to search (typical queries,
 * uncached scans). Target: under 5 ms median each.
 *
 *   npx tsx bench/catalogue.ts
 */
import { pathToFileURL } from "node:url";
import type { BenchRow } from "./types.js";
import { CatalogueIndex } from "../src/catalogue/catalogue-index.js";
import {
  categoryKeyboard,
  categoryListText,
  categoryPageView,
  searchPageView,
  serviceKeyboard,
  serviceListText,
} from "../src/bot/catalogue-views.js";
import { createI18n } from "../src/bot/i18n.js";
import { generateCatalogue } from "../src/dev/catalogue.js";
import type { BaseContext } from "../src/bot/context.js";

const SIZE = 10_000;
const QUERIES = ["instagram", "seguidores brasil", "nandu", "tiktok views hq", "spotify écoutes premium", "10042"];

function stats(samples: number[]): { median: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p99: at(0.99) };
}

function time(fn: () => unknown, iterations: number): number[] {
  for (let i = 0; i < Math.min(50, iterations); i++) fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function run(): Promise<BenchRow[]> {
  const services = generateCatalogue(SIZE);
  const i18n = createI18n("en");
  const t = ((key: string, vars?: Record<string, string | number>) => i18n.t("en", key, vars)) as BaseContext["t"];

  const buildSamples = time(() => new CatalogueIndex(services), 5);
  const index = new CatalogueIndex(services);

  const keyboard = stats(
    time(() => {
      const v = categoryPageView(index, 0);
      categoryListText(t, v);
      return categoryKeyboard(t, v, { page: (p) => `sv:c:${v.version}:${p}`, open: (c) => `sv:s:${v.version}:${c}:0`, noop: "sv:n" });
    }, 2000),
  );

  const search = stats(time(() => QUERIES.map((q) => index.search(q, { cache: false })), 300).map((ms) => ms / QUERIES.length));

  const searchPage = stats(
    time(() => {
      const v = searchPageView(index, "instagram followers", 0);
      serviceListText(t, v, "USD");
      return serviceKeyboard(t, v, "USD", { page: (p) => `p${p}`, open: (id) => `o${id}`, noop: "n" });
    }, 500),
  );

  const g = "catalogue";
  return [
    { group: g, name: `index build (${SIZE} services)`, value: round(stats(buildSamples).median), unit: "ms" },
    { group: g, name: "category keyboard page 1 median", value: round(keyboard.median), unit: "ms", target: "< 5" },
    { group: g, name: "category keyboard page 1 p99", value: round(keyboard.p99), unit: "ms" },
    { group: g, name: "search (uncached scan) median", value: round(search.median), unit: "ms", target: "< 5" },
    { group: g, name: "search (uncached scan) p99", value: round(search.p99), unit: "ms" },
    { group: g, name: "search results page (cached) median", value: round(searchPage.median), unit: "ms", target: "< 5" },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await run();
  console.table(rows.map((r) => ({ group: r.group, name: r.name, value: r.value, unit: r.unit, target: r.target ?? "" })));
}
