/** The cached bundle matching of src/bot/i18n.ts gives the same texts as the plugin's own, for every locale. */
import { describe, expect, it } from "vitest";
import { I18n } from "@grammyjs/i18n";
import { createI18n, LOCALES_DIR } from "../../src/bot/i18n.js";

describe("cached bundle matching", () => {
  it("translates like the uncached plugin, for every locale and an unknown one", () => {
    const cached = createI18n("en");
    const plain = new I18n({ defaultLocale: "en", directory: LOCALES_DIR, useSession: false, fluentBundleOptions: { useIsolating: false } });
    expect(cached.locales.length).toBeGreaterThanOrEqual(12);
    for (const locale of [...cached.locales, "xx", "pt-BR"]) {
      for (const key of ["help-intro", "cmd-help", "cmd-order", "rate-limited", "error-generic"]) {
        expect(cached.t(locale, key)).toBe(plain.t(locale, key));
        expect(cached.t(locale, key)).not.toMatch(/^\{/);
      }
    }
  });

  it("matches once per locale list", () => {
    const i18n = createI18n("en");
    const fluent = i18n.fluent as unknown as { matchBundles(locales: string[]): Set<unknown> };
    const a = fluent.matchBundles(["sl"]);
    expect(fluent.matchBundles(["sl"])).toBe(a);
    expect(fluent.matchBundles(["ru"])).not.toBe(a);
  });
});
