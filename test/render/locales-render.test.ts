/**
 * Issue 14 "Done when" and issue 12 item 2: every message of every locale, rendered through the
 * bot's own translator (src/bot/i18n.ts createTranslator, the same wrapper as ctx.t), with sample
 * and with hostile arguments, is valid Telegram HTML and fits after the bot's fitting (src/bot/fit.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { createI18n, createTranslator, LOCALES_DIR } from "../../src/bot/i18n.js";
import { fitHtml, htmlLength } from "../../src/bot/fit.js";
import { raw } from "../../src/bot/html.js";
import { checkTelegramHtml } from "../support/telegram-html.js";

const i18n = createI18n("en");
const locales = readdirSync(LOCALES_DIR).filter((n) => statSync(path.join(LOCALES_DIR, n)).isDirectory());

/** Message key → the variables its value uses (from the Fluent AST). */
function variablesOf(locale: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const walk = (node: unknown, vars: Set<string>): void => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, vars));
    else if (node && typeof node === "object") {
      const n = node as Record<string, unknown>;
      if (n.type === "var" && typeof n.name === "string") vars.add(n.name);
      for (const v of Object.values(n)) walk(v, vars);
    }
  };
  for (const file of readdirSync(path.join(LOCALES_DIR, locale))) {
    if (!file.endsWith(".ftl")) continue;
    const res = new FluentResource(readFileSync(path.join(LOCALES_DIR, locale, file), "utf8"));
    for (const msg of res.body) {
      const vars = new Set<string>();
      walk(msg.value, vars);
      walk(msg.attributes, vars);
      out.set(msg.id, vars);
    }
  }
  return out;
}

const EN = variablesOf("en");
const KEYS = [...EN.keys()].sort();

/** Variables that take numbers (plural selectors and counts). */
const NUMERIC = new Set(["count", "n", "runs", "interval", "min", "max", "total", "from", "to", "page", "pages", "created"]);

function sampleArgs(vars: Iterable<string>): Record<string, string | number> {
  const args: Record<string, string | number> = {};
  for (const v of vars) {
    if (NUMERIC.has(v)) args[v] = 3;
    else if (v === "state") args[v] = "on";
    else if (v === "id" || v === "refill" || v === "order") args[v] = "23501";
    else args[v] = `sample ${v}`;
  }
  return args;
}

const HOSTILE: readonly string[] = [
  "<b>Weird & co",
  "In <queue>",
  "Order <script>alert(1)</script> blocked",
  `"quoted" & 'single' &amp; &lt;b&gt; &#0; &nbsp;`,
  '</b></code><a href="x">',
  "x".repeat(5000),
  "متن فارسی \u202Eevil\u202C #12345 \u2066open",
  "zero\u200Bwidth\u200D\uFEFFjoin\u2069\u2069",
  "a\nmulti\nline & <i>",
  "😀".repeat(1500),
];

describe("every message of every locale", () => {
  it("uses the same variables as English", () => {
    for (const l of locales) {
      const vars = variablesOf(l);
      for (const key of KEYS) {
        expect([...(vars.get(key) ?? [])].sort(), `${l}: ${key}`).toEqual([...(EN.get(key) ?? [])].sort());
      }
    }
  });

  it("renders with sample arguments without a Fluent error, as valid Telegram HTML", () => {
    for (const l of locales) {
      const t = createTranslator(i18n, l, "en");
      for (const key of KEYS) {
        let text = "";
        expect(() => (text = t(key, sampleArgs(EN.get(key)!))), `${l}: ${key}`).not.toThrow();
        expect(text, `${l}: ${key} is missing`).not.toBe(`{${key}}`);
        const check = checkTelegramHtml(text);
        expect(check.errors, `${l}: ${key}: ${text}`).toEqual([]);
      }
    }
  });

  it("renders hostile outside text (tags, &, quotes, 5,000 characters, RTL and zero-width) as valid HTML that fits", () => {
    let checked = 0;
    for (const l of locales) {
      const t = createTranslator(i18n, l, "en");
      for (const key of KEYS) {
        const vars = [...EN.get(key)!].filter((v) => v !== "state");
        if (vars.length === 0) continue;
        for (const hostile of HOSTILE) {
          const args: Record<string, string | number> = { ...sampleArgs(EN.get(key)!) };
          for (const v of vars) args[v] = hostile;
          const text = t(key, args);
          const check = checkTelegramHtml(text, Infinity);
          expect(check.errors, `${l}: ${key} with ${JSON.stringify(hostile.slice(0, 30))}`).toEqual([]);
          // Nothing from outside became markup: the hostile tags are in the text, not tags.
          if (hostile.includes("<script>")) expect(check.text).toContain("<script>");
          const fitted = fitHtml(text);
          const fit = checkTelegramHtml(fitted);
          expect(fit.errors, `${l}: ${key} fitted`).toEqual([]);
          expect(htmlLength(fitted)).toBeLessThanOrEqual(4096);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("passes pre-rendered fragments (Html) through unescaped, and escapes plain strings", () => {
    const t = createTranslator(i18n, "en", "en");
    expect(t("orders-refill-failed-one", { id: "1", reason: raw("<i>x</i>") })).toContain("<i>x</i>");
    expect(t("orders-refill-failed-one", { id: "1", reason: "<i>x</i>" })).toContain("&lt;i&gt;x&lt;/i&gt;");
  });

  it("isolates IDs, amounts and links in Arabic and Persian, and writes numbers in Latin digits there", () => {
    for (const l of ["ar", "fa"]) {
      const t = createTranslator(i18n, l, "en");
      const text = t("order-placed", { id: "23501", price: "0.50 $" });
      expect(text, l).toContain("\u20680.50 $\u2069");
      expect(t("orders-status-header", { count: 1234 }), l).toMatch(/1,234|1٬234|1234/);
      expect(t("orders-status-header", { count: 1234 }), l).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
    }
    // Left-to-right locales get the text as it is.
    expect(createTranslator(i18n, "en", "en")("order-placed", { id: "23501", price: "0.50 $" })).not.toContain("\u2068");
  });

  it("has no non-English message identical to the English one, except names and symbols", () => {
    // Messages that are the same in every language: symbols, emoji, numbers, placeholders.
    const ALLOWED = new Set([
      "services-yes",
      "services-no",
      "services-page",
      "order-number",
      "order-device-ios",
      "order-device-android",
      "order-summary-field",
      "order-chosen",
      "tracking-button-refresh",
      "orders-button-details",
      "status-other",
      "order-card-title",
      // Markup around the panel's own data (name, ID, category, rate): nothing to translate.
      "services-card-title",
      "services-card-id",
      "services-line",
      // Emoji, symbols and the user's own data only (a range, a line number and a link, a price and a name).
      "app-limits",
      "mass-line-ok",
      "accounts-balance",
      "accounts-button-active",
      "accounts-order-account",
      "mass-line-refused",
      "mass-result-refused",
      "order-repeat-field",
      "order-shortlist-favourite",
      "order-shortlist-recent",
    ]);
    // Loanwords the panels themselves use in these languages (their SMM-panel sites say so too).
    const LOANWORDS = new Set([
      "es: order-delay-minutes",
      "es: order-field-dripfeed",
      "es: order-field-hashtag",
      "es: order-field-hashtags",
      "es: orders-cancel-no",
      "es: status-error",
      "id: order-device-desktop",
      "id: order-field-dripfeed",
      "id: order-field-hashtag",
      "id: order-field-username",
      "id: orders-button-refill",
      "id: orders-refills-one",
      "id: services-rate",
      "id: app-filter-platform",
      "id: app-rate-per-1000",
      "id: tracking-button-refill",
      "id: tracking-button-refill-refresh",
      "pt: order-delay-minutes",
      "pt: order-field-dripfeed",
      "pt: order-field-hashtag",
      "pt: order-field-hashtags",
      "pt: order-field-link",
      "sl: connect-panel-chosen",
      "sl: order-delay-minutes",
      "tr: order-field-dripfeed",
      "tr: order-field-hashtag",
      "tr: order-field-link",
      "uz: connect-panel-chosen",
    ]);
    const en = createTranslator(i18n, "en", "en");
    const same: string[] = [];
    for (const l of locales.filter((x) => x !== "en")) {
      const t = createTranslator(i18n, l, "en");
      for (const key of KEYS) {
        if (ALLOWED.has(key)) continue;
        const args = sampleArgs(EN.get(key)!);
        if (t(key, args) === en(key, args) && !LOANWORDS.has(`${l}: ${key}`)) same.push(`${l}: ${key}`);
      }
    }
    expect(same).toEqual([]);
  });
});
