/** The reply keyboard's labels are recognised per locale (translated once per locale) exactly as by translating each label. */
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";
import { REPLY_KEYS, replyKeyAction } from "../../src/bot/home-keys.js";

describe("replyKeyAction", () => {
  it("gives the same action with and without the per-locale labels, in every locale", () => {
    const i18n = createI18n("en");
    for (const locale of i18n.locales) {
      const t = (key: string) => i18n.t(locale, key);
      const texts = [...REPLY_KEYS.map((k) => t(k.key)), ...REPLY_KEYS.map((k) => `  ${t(k.key)} `), "/help", "hello", "", "x".repeat(65)];
      for (const text of texts) {
        const plain = replyKeyAction(t, text);
        expect(replyKeyAction(t, text, locale)).toBe(plain);
        expect(replyKeyAction(t, text, locale)).toBe(plain); // cached
      }
      for (const k of REPLY_KEYS) expect(replyKeyAction(t, t(k.key), locale)).toBe(k.action);
    }
  });
});
