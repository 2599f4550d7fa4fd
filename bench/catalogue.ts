/**
 * Catalogue benchmark: on a generated 10,000-service catalogue, the time to build the index, to
 * build the /services category keyboard (page 1, text + keyboard) and to search (typical queries,
 * uncached scans). Target: under 5 ms median each.
 *
 * Catalogue load at 100,000 services (issue 17): a panel's answer as JSON text (the mock panel's
 * wire shape) read by parseServices, hashed (catalogueVersion) and indexed (CatalogueIndex), and
 * the first search (which builds the search texts). Target: load under 300 ms. Medians of 3.
 *
 *   npx tsx bench/catalogue.ts
 */
import { pathToFileURL } from "node:url";
import type { BenchRow } from "./types.js";
import { CatalogueIndex, catalogueVersion } from "../src/catalogue/catalogue-index.js";
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
import { parseServices } from "../src/panel/schemas.js";
import type { Service } from "../src/panel/types.js";
import type { BaseContext } from "../src/bot/context.js";

const SIZE = 10_000;
const BIG = 100_000;
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

/** The JSON text a panel sends for this list (the mock panel's wire shape: numbers as strings, flags as booleans). */
function wireJson(services: readonly Service[]): string {
  return JSON.stringify(
    services.map((s) => ({
      service: Number(s.id),
      name: s.name,
      type: s.type,
      category: s.category,
      rate: s.rate,
      min: String(s.min),
      max: String(s.max),
      refill: s.refill,
      cancel: s.cancel,
      dripfeed: s.dripfeed,
      ...(s.description ? { desc: s.description } : {}),
    })),
  );
}

/** Loading a 100,000-service list: JSON, parse, hash, index, first search (median of 3 each). */
function bigLoadRows(): BenchRow[] {
  const body = wireJson(generateCatalogue(BIG));
  const runs: Array<{ json: number; parse: number; hash: number; index: number; search: number }> = [];
  for (let r = 0; r < 3; r++) {
    let t0 = performance.now();
    const json: unknown = JSON.parse(body);
    const json1 = performance.now() - t0;
    t0 = performance.now();
    const parsed = parseServices(json);
    const parse = performance.now() - t0;
    if (parsed.type !== "ok" || parsed.value.services.length !== BIG) throw new Error("bench: the 100,000-service list did not parse");
    const services = parsed.value.services;
    t0 = performance.now();
    const version = catalogueVersion(services);
    const hash = performance.now() - t0;
    t0 = performance.now();
    const index = new CatalogueIndex(services, version);
    const build = performance.now() - t0;
    t0 = performance.now();
    if (index.search("instagram followers", { cache: false }).length === 0) throw new Error("bench: no search result");
    runs.push({ json: json1, parse, hash, index: build, search: performance.now() - t0 });
  }
  const med = (k: keyof (typeof runs)[number]) => stats(runs.map((r) => r[k])).median;
  const g = "catalogue";
  const n = BIG.toLocaleString("en-US");
  return [
    {
      group: g,
      name: `load of ${n} services (parse, hash, index)`,
      value: round(stats(runs.map((r) => r.parse + r.hash + r.index)).median),
      unit: "ms",
      target: "< 300",
    },
    { group: g, name: `  parse (parseServices, ${n})`, value: round(med("parse")), unit: "ms" },
    { group: g, name: `  version hash (${n})`, value: round(med("hash")), unit: "ms" },
    { group: g, name: `  index build (${n})`, value: round(med("index")), unit: "ms" },
    { group: g, name: `first search (${n}, builds the search texts)`, value: round(med("search")), unit: "ms" },
    { group: g, name: `JSON.parse of the answer (${(body.length / 1e6).toFixed(1)} MB)`, value: round(med("json")), unit: "ms" },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const services = generateCatalogue(SIZE);
  const i18n = createI18n("en");
  const t = ((key: string, vars?: Record<string, string | number>) => i18n.t("en", key, vars)) as BaseContext["t"];

  const buildSamples = time(() => new CatalogueIndex(services), 5);
  const index = new CatalogueIndex(services);

  const keyboard = stats(
    time(() => {
      const v = categoryPageView(index, 0);
      categoryListText({ t, locale: "en" }, v);
      return categoryKeyboard({ t, locale: "en" }, v, {
        page: (p) => `sv:c:${v.version}:${p}`,
        open: (c) => `sv:s:${v.version}:${c}:0`,
        noop: "sv:n",
      });
    }, 2000),
  );

  const search = stats(time(() => QUERIES.map((q) => index.search(q, { cache: false })), 300).map((ms) => ms / QUERIES.length));

  const searchPage = stats(
    time(() => {
      const v = searchPageView(index, "instagram followers", 0);
      serviceListText({ t, locale: "en" }, v, "USD");
      return serviceKeyboard({ t, locale: "en" }, v, "USD", { page: (p) => `p${p}`, open: (id) => `o${id}`, noop: "n" });
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
    ...bigLoadRows(),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await run();
  console.table(rows.map((r) => ({ group: r.group, name: r.name, value: r.value, unit: r.unit, target: r.target ?? "" })));
}
