import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  APP_LOCALES,
  FSI,
  INTL_LOCALES,
  PDI,
  bidiIsolate,
  bidiIsolateHtml,
  currencyFractionDigits,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelative,
  formatTime,
  intlLocale,
  isDecimalLike,
  isIsoCurrency,
  isRtl,
  isolateArgs,
  isolateFor,
  isolateHtmlFor,
  stripBidiControls,
  textDirection,
  toLatinDigits,
} from "../../src/lib/intl.js";

// Exact characters ICU uses: no-break space, narrow no-break space, minus sign, bidi marks.
const NBSP = "\u00A0";
const MINUS = "\u2212";
const LRM = "\u200E";
const RLM = "\u200F";
const RLO = "\u202E";
const PDF = "\u202C";

describe("intlLocale", () => {
  it("maps every app locale through the one table", () => {
    expect(APP_LOCALES).toHaveLength(12);
    for (const l of APP_LOCALES) expect(intlLocale(l)).toBe(INTL_LOCALES[l]);
    expect(intlLocale("pt")).toBe("pt-BR");
    expect(intlLocale("uz")).toBe("uz-Latn");
    expect(intlLocale("fa")).toBe("fa-u-nu-latn");
    expect(intlLocale("AR")).toBe("ar-u-nu-latn");
  });

  it("every app locale is supported by this Node's ICU (no silent fallback to another language)", () => {
    for (const l of APP_LOCALES) {
      expect(Intl.NumberFormat.supportedLocalesOf(INTL_LOCALES[l])).toHaveLength(1);
      expect(Intl.DateTimeFormat.supportedLocalesOf(INTL_LOCALES[l])).toHaveLength(1);
    }
  });

  it("ar and fa use Latin digits", () => {
    expect(new Intl.NumberFormat(intlLocale("ar")).resolvedOptions().numberingSystem).toBe("latn");
    expect(new Intl.NumberFormat(intlLocale("fa")).resolvedOptions().numberingSystem).toBe("latn");
  });

  it("keeps other supported tags and falls back to English for junk", () => {
    expect(intlLocale("de")).toBe("de");
    expect(intlLocale("pt-pt")).toBe("pt-PT");
    expect(intlLocale("")).toBe("en");
    expect(intlLocale(undefined)).toBe("en");
    expect(intlLocale("not a locale!")).toBe("en");
  });
});

describe("formatMoney", () => {
  // [locale, amount, currency, expected]
  const cases: ReadonlyArray<readonly [string, string | number | bigint, string | undefined, string]> = [
    // A price before confirmation is never rounded.
    ["en", "0.00045", "USD", "$0.00045"],
    ["sl", "0.00045", "USD", `0,00045${NBSP}$`],
    ["ru", "0.00045", "USD", `0,00045${NBSP}$`],
    ["en", "0.62775", "USD", "$0.62775"],
    // Balances in roubles: grouping with no-break spaces in ru, the code in en.
    ["ru", "1500000", "RUB", `1${NBSP}500${NBSP}000,00${NBSP}₽`],
    ["en", "1500000", "RUB", `RUB${NBSP}1,500,000.00`],
    ["ru", "1500000.5", "RUB", `1${NBSP}500${NBSP}000,50${NBSP}₽`],
    // Rupiah: no fraction digits by default, the panel's decimals kept when there are some.
    ["id", "12345678", "IDR", `Rp${NBSP}12.345.678`],
    ["id", "12345678.5", "IDR", `Rp${NBSP}12.345.678,5`],
    ["en", "12345678", "IDR", `IDR${NBSP}12,345,678`],
    // Euro in Slovenian: two fraction digits at least, symbol after the amount.
    ["sl", "0.5", "EUR", `0,50${NBSP}€`],
    ["sl", "0.90", "EUR", `0,90${NBSP}€`],
    // "." grouping and "," decimals (sl, es, pt, id, tr); sl and es do not group four digits.
    ["sl", "1234567.5", "EUR", `1.234.567,50${NBSP}€`],
    ["sl", "1234.5", "EUR", `1234,50${NBSP}€`],
    ["es", "1234567.5", "EUR", `1.234.567,50${NBSP}€`],
    ["es", "1234.5", "EUR", `1234,50${NBSP}€`],
    ["pt", "1234.5", "BRL", `R$${NBSP}1.234,50`],
    ["pt", "1234.5", "USD", `US$${NBSP}1.234,50`],
    ["id", "1234.5", "USD", "US$1.234,50"],
    ["tr", "1234.5", "TRY", "₺1.234,50"],
    ["de", "1234567.5", "EUR", `1.234.567,50${NBSP}€`],
    // Space grouping (ru, uk, uz), Indian grouping (hi).
    ["uk", "1234.5", "UAH", `1${NBSP}234,50${NBSP}₴`],
    ["uz", "1234567.5", "UZS", `1${NBSP}234${NBSP}567,50${NBSP}soʻm`],
    ["hi", "12345678.5", "INR", "₹1,23,45,678.50"],
    ["hi", "1500000", "RUB", `RUB${NBSP}15,00,000.00`],
    // Right-to-left locales, Latin digits, the locale's marks and symbol position.
    ["ar", "1234567.5", "USD", `${RLM}1,234,567.50${NBSP}US$`],
    ["fa", "1234567", "IRR", `${LRM}ریال${NBSP}1,234,567`],
    ["fa", "0.5", "USD", `${LRM}$${NBSP}0.50`],
    // Others from the list.
    ["en", "1234.5", "GBP", "£1,234.50"],
    ["en", "1234567", "VND", "₫1,234,567"],
    ["en", "100", "eur", "€100.00"],
    // Negative and zero amounts.
    ["en", "-1234.5", "USD", "-$1,234.50"],
    ["sl", "-1234.5", "USD", `${MINUS}1234,50${NBSP}$`],
    ["ru", "-0.00045", "USD", `-0,00045${NBSP}$`],
    ["en", "0", "USD", "$0.00"],
    ["en", "-0.000", "USD", "$0.00"],
    ["sl", "-0", "EUR", `0,00${NBSP}€`],
    // Numbers, bigints, exponents.
    ["en", 1500000, "RUB", `RUB${NBSP}1,500,000.00`],
    ["en", 10n ** 25n, "EUR", "€10,000,000,000,000,000,000,000,000.00"],
    ["en", "1e-7", "USD", "$0.0000001"],
    ["en", "1.5E3", "USD", "$1,500.00"],
    ["en", " +2.50 ", "USD", "$2.50"],
    // Unknown units: the number as the locale writes it, then the unit as text.
    ["en", "12.5", "USDT", `12.50${NBSP}USDT`],
    ["sl", "1234567.891", "USDT", `1.234.567,891${NBSP}USDT`],
    ["sl", "1234.5", "USDT", `1234,50${NBSP}USDT`],
    ["es", "1234.5", "USDT", `1234,50${NBSP}USDT`],
    ["ru", "100", "points", `100,00${NBSP}points`],
    ["ar", "12.5", "points", `12.50${NBSP}points`],
    ["en", "-3", "BTC", `-3.00${NBSP}BTC`],
    ["en", "12.5", "", "12.50"],
    ["ru", "1500000", undefined, `1${NBSP}500${NBSP}000,00`],
    ["en", "12.5", "   ", "12.50"],
  ];

  it.each(cases)("%s %s %s → %j", (locale, amount, currency, expected) => {
    expect(formatMoney(locale, amount, currency)).toBe(expected);
  });

  it("keeps every digit beyond Intl's 20-digit limit, in the locale's digits", () => {
    expect(formatMoney("en", "0.1234567890123456789012345", "USD")).toBe("$0.1234567890123456789012345");
    expect(formatMoney("sl", "-1234.000000000000000000001", "EUR")).toBe(`${MINUS}1234,000000000000000000001${NBSP}€`);
    expect(formatMoney("en", "-0.000000000000000000000001", "USDT")).toBe(`-0.000000000000000000000001${NBSP}USDT`);
    // A locale with native digits: the replaced fraction is transliterated too.
    expect(formatMoney("ar-EG", "1.1234567890123456789012", "EGP")).toBe(`${RLM}١٫١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢${NBSP}ج.م.${RLM}`);
  });

  it("formats amounts far beyond float precision exactly", () => {
    expect(formatMoney("en", "123456789012345678901234567890.5", "USD")).toBe("$123,456,789,012,345,678,901,234,567,890.50");
    expect(formatMoney("ru", "9007199254740993.01", "RUB")).toBe(`9${NBSP}007${NBSP}199${NBSP}254${NBSP}740${NBSP}993,01${NBSP}₽`);
    // A float shows what the float is, nothing invented.
    expect(formatMoney("en", 0.1 + 0.2, "USD")).toBe("$0.30000000000000004");
  });

  it("en and sl show any decimal exactly (property)", () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,24}$|^0$/), fc.stringMatching(/^\d{0,30}$/))
      .map(([neg, int, frac]) => ({ neg, int, frac }));
    fc.assert(
      fc.property(decimal, ({ neg, int, frac }) => {
        const text = `${neg ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
        const sig = frac.replace(/0+$/, "");
        const zero = /^0*$/.test(int) && sig === "";
        const expectedFrac = sig.padEnd(2, "0");
        const en = formatMoney("en", text, "USD");
        expect(en).toBe(`${neg && !zero ? "-" : ""}$${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${expectedFrac}`);
        const sl = formatMoney("sl", text, "USDT");
        const slInt = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : int;
        expect(sl).toBe(`${neg && !zero ? MINUS : ""}${slInt},${expectedFrac}${NBSP}USDT`);
      }),
      { numRuns: 300 },
    );
  });

  it("rounds only when asked to, half away from zero", () => {
    expect(formatMoney("en", "0.125", "USD", { maximumFractionDigits: 2 })).toBe("$0.13");
    expect(formatMoney("en", "-0.125", "USD", { maximumFractionDigits: 2 })).toBe("-$0.13");
    expect(formatMoney("en", "0.00045", "USD", { maximumFractionDigits: 2 })).toBe("$0.00");
    expect(formatMoney("en", "12.5", "IDR", { maximumFractionDigits: 0 })).toBe(`IDR${NBSP}13`);
    expect(formatMoney("en", "12", "USD", { minimumFractionDigits: 0 })).toBe("$12");
    expect(formatMoney("en", "12.5", "USD", { minimumFractionDigits: 4 })).toBe("$12.5000");
  });

  it("names the currency as asked", () => {
    expect(formatMoney("en", "1", "USD", { currencyDisplay: "code" })).toBe(`USD${NBSP}1.00`);
    expect(formatMoney("en", "2", "EUR", { currencyDisplay: "name" })).toBe("2.00 euros");
    expect(formatMoney("pt", "1", "USD", { currencyDisplay: "narrowSymbol" })).toBe(`$${NBSP}1,00`);
  });

  it("cleans a panel's unit: one line, no bidi controls, bounded", () => {
    expect(formatMoney("en", "1", ` my\n\tpo${RLO}ints `)).toBe(`1.00${NBSP}my points`);
    expect(formatMoney("en", "1", "x".repeat(40))).toBe(`1.00${NBSP}${"x".repeat(15)}…`);
  });

  it("refuses what is not a finite decimal", () => {
    for (const bad of ["", "abc", "1,5", "1.2.3", "NaN", Number.NaN, Number.POSITIVE_INFINITY, "1e99999", "9".repeat(201)]) {
      expect(() => formatMoney("en", bad, "USD")).toThrow(RangeError);
    }
    expect(() => formatMoney("en", "1", "USD", { maximumFractionDigits: 21 })).toThrow(RangeError);
    expect(() => formatMoney("en", "1", "USD", { minimumFractionDigits: -1 })).toThrow(RangeError);
    expect(isDecimalLike("0.00045")).toBe(true);
    expect(isDecimalLike(12n)).toBe(true);
    expect(isDecimalLike("12 USD")).toBe(false);
    expect(isDecimalLike(null)).toBe(false);
  });
});

describe("currencies", () => {
  it("tells ISO codes from panel units", () => {
    for (const c of ["USD", "EUR", "RUB", "UAH", "TRY", "BRL", "INR", "IDR", "UZS", "IRR", "VND", "GBP", "usd", " EUR "]) {
      expect(isIsoCurrency(c)).toBe(true);
    }
    for (const c of ["USDT", "points", "", "US", "XYZ", "BTC", "U$D", undefined]) expect(isIsoCurrency(c)).toBe(false);
  });

  it("knows each currency's usual fraction digits", () => {
    expect(currencyFractionDigits("USD")).toBe(2);
    expect(currencyFractionDigits("IDR")).toBe(0);
    expect(currencyFractionDigits("IRR")).toBe(0);
    expect(currencyFractionDigits("VND")).toBe(0);
    expect(currencyFractionDigits("UZS")).toBe(2);
    expect(currencyFractionDigits("USDT")).toBe(2);
    expect(currencyFractionDigits("")).toBe(2);
  });
});

describe("formatNumber and formatPercent", () => {
  it.each([
    ["en", "1234567.891", "1,234,567.891"],
    ["ru", "1234567.891", `1${NBSP}234${NBSP}567,891`],
    ["sl", "1234567.891", "1.234.567,891"],
    ["sl", "1234.5", "1234,5"],
    ["es", "12345", "12.345"],
    ["tr", "1234.5", "1.234,5"],
    ["pt", "1234.5", "1.234,5"],
    ["id", "1234.5", "1.234,5"],
    ["hi", "12345678", "1,23,45,678"],
    ["uz", "1234.5", `1${NBSP}234,5`],
    ["ar", "1234567.5", "1,234,567.5"],
    ["fa", "1234567.5", "1,234,567.5"],
    ["en", "0.1234567890123456789012345", "0.1234567890123456789012345"],
    ["en", "-0", "0"],
  ] as const)("%s %s → %j", (locale, n, expected) => {
    expect(formatNumber(locale, n)).toBe(expected);
  });

  it("takes numbers and options", () => {
    expect(formatNumber("en", 1000)).toBe("1,000");
    expect(formatNumber("en", 1000, { useGrouping: false })).toBe("1000");
    expect(formatNumber("sl", "2.5", { minimumFractionDigits: 2 })).toBe("2,50");
    expect(formatNumber("en", "2.555", { maximumFractionDigits: 2 })).toBe("2.56");
    expect(() => formatNumber("en", "x")).toThrow(RangeError);
  });

  it.each([
    ["en", 0.125, "12.5%"],
    ["sl", "0.5", `50${NBSP}%`],
    ["tr", 0.125, "%12,5"],
    ["ru", 0.125, `12,5${NBSP}%`],
    ["ar", 0.125, `12.5${LRM}%${LRM}`],
    ["fa", 1, "100%"],
    ["en", 0.12345, "12.3%"],
  ] as const)("percent %s %s → %j", (locale, ratio, expected) => {
    expect(formatPercent(locale, ratio)).toBe(expected);
  });

  it("percent precision is an option", () => {
    expect(formatPercent("en", 0.12345, { maximumFractionDigits: 2 })).toBe("12.35%");
    expect(formatPercent("en", 0.5, { minimumFractionDigits: 1 })).toBe("50.0%");
  });
});

describe("dates", () => {
  const at = Date.UTC(2026, 10, 30, 15, 7); // 2026-11-30 15:07 UTC

  it.each([
    ["en", "Nov 30, 2026, 3:07 PM"],
    ["sl", "30. nov. 2026, 15:07"],
    ["ru", "30 нояб. 2026 г., 15:07"],
    ["uk", "30 лист. 2026 р., 15:07"],
    ["tr", "30 Kas 2026 15:07"],
    ["pt", "30 de nov. de 2026, 15:07"],
    ["es", "30 nov 2026, 15:07"],
    ["hi", "30 नव॰ 2026, 3:07 pm"],
    ["id", "30 Nov 2026, 15.07"],
    ["uz", "30-noy, 2026, 15:07"],
    ["ar", `30${RLM}/11${RLM}/2026، 3:07 م`],
    ["fa", "9 آذر 1405، 15:07"],
  ] as const)("date and time in %s", (locale, expected) => {
    expect(formatDateTime(locale, at)).toBe(expected);
    expect(formatDateTime(locale, new Date(at))).toBe(expected);
  });

  it("dates alone, other styles, zones and calendars", () => {
    expect(formatDate("sl", at)).toBe("30. nov. 2026");
    expect(formatDate("ru", at, { dateStyle: "long" })).toBe("30 ноября 2026 г.");
    expect(formatDate("pt", at, { dateStyle: "short" })).toBe("30/11/2026");
    expect(formatDate("fa", at)).toBe("9 آذر 1405");
    expect(formatDate("fa", at, { calendar: "gregory" })).toBe("30 نوامبر 2026");
    // 23:30 UTC is already the next day in Moscow.
    expect(formatDate("en", Date.UTC(2026, 10, 30, 23, 30), { timeZone: "Europe/Moscow" })).toBe("Dec 1, 2026");
    expect(formatDateTime("en", at, { showTimeZone: true })).toBe("Nov 30, 2026, 3:07 PM UTC");
    expect(formatDateTime("ru", at, { timeZone: "Europe/Moscow", showTimeZone: true })).toBe("30 нояб. 2026 г., 18:07 GMT+3");
    expect(formatTime("en", at)).toBe("3:07 PM");
    expect(formatTime("ru", at, { timeZone: "Asia/Tashkent" })).toBe("20:07");
  });

  it("refuses invalid dates and zones", () => {
    expect(() => formatDate("en", Number.NaN)).toThrow(RangeError);
    expect(() => formatDateTime("en", new Date("nope"))).toThrow(RangeError);
    expect(() => formatDate("en", at, { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });

  it("relative times", () => {
    expect(formatRelative("en", at - 5 * 60_000, at)).toBe("5 minutes ago");
    expect(formatRelative("en", at + 45 * 60_000, at)).toBe("in 1 hour");
    expect(formatRelative("en", at - 200, at)).toBe("now");
    expect(formatRelative("sl", at, at)).toBe("zdaj");
    expect(formatRelative("ru", at + 2 * 86_400_000, at)).toBe("послезавтра");
    expect(formatRelative("ru", at - 3 * 3_600_000, at)).toBe("3 часа назад");
    expect(formatRelative("tr", at - 3 * 3_600_000, at)).toBe("3 saat önce");
    expect(formatRelative("ar", at - 3 * 3_600_000, at)).toBe("قبل 3 ساعات");
    expect(formatRelative("fa", at - 3 * 3_600_000, at)).toBe("3 ساعت پیش");
    expect(formatRelative("en", at - 40 * 86_400_000, at)).toBe("last month");
    expect(formatRelative("en", at - 800 * 86_400_000, at)).toBe("2 years ago");
  });
});

describe("right to left", () => {
  it("knows which locales are written right to left", () => {
    for (const l of ["ar", "fa", "he", "ur", "ps", "ar-EG", "fa-u-nu-latn", "uz-Arab", "iw", "yi"]) expect(isRtl(l)).toBe(true);
    for (const l of ["en", "sl", "ru", "uk", "tr", "pt", "es", "hi", "id", "uz", "uz-Latn", "", undefined, "??"]) {
      expect(isRtl(l)).toBe(false);
    }
    expect(APP_LOCALES.filter((l) => isRtl(l))).toEqual(["ar", "fa"]);
    // Asked again (remembered per locale string): the same answers.
    for (const l of ["ar", "uz-Arab", " fa "]) expect(isRtl(l)).toBe(true);
    for (const l of ["en", "uz", "", undefined]) expect(isRtl(l)).toBe(false);
    expect(textDirection("fa")).toBe("rtl");
    expect(textDirection("en")).toBe("ltr");
  });

  it("isolates IDs, links, amounts and codes", () => {
    expect(bidiIsolate("12345")).toBe(`${FSI}12345${PDI}`);
    expect(bidiIsolate("https://panel.example/api/v2")).toBe(`${FSI}https://panel.example/api/v2${PDI}`);
    expect(bidiIsolate(formatMoney("ar", "0.5", "USD"))).toBe(`${FSI}${RLM}0.50${NBSP}US$${PDI}`);
    expect(bidiIsolate("")).toBe("");
  });

  it("balances bidi controls inside, so outside text cannot reorder what follows", () => {
    // An override left open is closed inside the isolate.
    expect(bidiIsolate(`evil${RLO}gnp.exe`)).toBe(`${FSI}evil${RLO}gnp.exe${PDF}${PDI}`);
    // A stray PDI would close our isolate early: it is dropped.
    expect(bidiIsolate(`a${PDI}b`)).toBe(`${FSI}ab${PDI}`);
    // A stray PDF is dropped; a matched pair is kept.
    expect(bidiIsolate(`a${PDF}b${RLO}c${PDF}`)).toBe(`${FSI}ab${RLO}c${PDF}${PDI}`);
    // A PDI closes the embeddings opened inside its isolate.
    expect(bidiIsolate(`${FSI}a${RLO}b${PDI}c`)).toBe(`${FSI}${FSI}a${RLO}b${PDF}${PDI}c${PDI}`);
    // A PDF does not close across an isolate.
    expect(bidiIsolate(`${RLO}a${FSI}b${PDF}`)).toBe(`${FSI}${RLO}a${FSI}b${PDI}${PDF}${PDI}`);
    // Nested isolates of our own survive.
    expect(bidiIsolate(`x ${bidiIsolate("1")} y`)).toBe(`${FSI}x ${FSI}1${PDI} y${PDI}`);
  });

  it("isolates line by line (an isolate ends at a line break)", () => {
    expect(bidiIsolate("a\nb")).toBe(`${FSI}a${PDI}\n${FSI}b${PDI}`);
    expect(bidiIsolate("a\r\n\nb\n")).toBe(`${FSI}a${PDI}\r\n\n${FSI}b${PDI}\n`);
    expect(bidiIsolate(`a${RLO}\nb`)).toBe(`${FSI}a${RLO}${PDF}${PDI}\n${FSI}b${PDI}`);
  });

  it("isolates escaped HTML fragments without touching tags or attributes", () => {
    expect(bidiIsolateHtml("<code>12345</code>")).toBe(`${FSI}<code>12345</code>${PDI}`);
    expect(bidiIsolateHtml('<a href="https://x.example/?a=1&amp;b=2">panel</a>')).toBe(
      `${FSI}<a href="https://x.example/?a=1&amp;b=2">panel</a>${PDI}`,
    );
    expect(bidiIsolateHtml("<b>1</b>\n<i>2</i>")).toBe(`${FSI}<b>1</b>${PDI}\n${FSI}<i>2</i>${PDI}`);
    // A line break inside a tag is not a paragraph break.
    expect(bidiIsolateHtml('<a\nhref="u">x</a>')).toBe(`${FSI}<a\nhref="u">x</a>${PDI}`);
    // Controls in the text are balanced, controls in attributes are left alone.
    expect(bidiIsolateHtml(`<b>a${RLO}</b>`)).toBe(`${FSI}<b>a${RLO}</b>${PDF}${PDI}`);
    expect(() => bidiIsolateHtml('<a href="x">y</a')).toThrow(RangeError);
  });

  it("never puts a mark inside a tag (property)", () => {
    const text = fc.stringMatching(/^[a-z0-9 \n\u202A-\u202E\u2066-\u2069]{0,12}$/);
    const tag = fc.constantFrom("<b>", "</b>", "<code>", "</code>", '<a href="https://t.me/x?a=1&amp;b=2">', "</a>");
    const fragment = fc.array(fc.oneof(text, tag), { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fragment, (html) => {
        const out = bidiIsolateHtml(html);
        // Tags come out exactly as they went in, in order.
        const tagsIn = html.match(/<[^>]*>/g) ?? [];
        const tagsOut = out.match(/<[^>]*>/g) ?? [];
        expect(tagsOut).toEqual(tagsIn);
        // Every line is balanced: isolates never close more than they opened and all are closed.
        for (const line of out.split(/\r\n|[\n\r]/)) {
          let depth = 0;
          for (const ch of line.replace(/<[^>]*>/g, "")) {
            if ("\u2066\u2067\u2068".includes(ch)) depth++;
            if (ch === PDI) depth--;
            expect(depth).toBeGreaterThanOrEqual(0);
          }
          expect(depth).toBe(0);
        }
        // Only bidi controls were added or removed.
        expect(stripBidiControls(out)).toBe(stripBidiControls(html));
      }),
      { numRuns: 300 },
    );
  });

  it("does nothing for left-to-right locales", () => {
    expect(isolateFor("en", "12345")).toBe("12345");
    expect(isolateFor("ar", "12345")).toBe(`${FSI}12345${PDI}`);
    expect(isolateHtmlFor("sl", "<code>1</code>")).toBe("<code>1</code>");
    expect(isolateHtmlFor("fa", "<code>1</code>")).toBe(`${FSI}<code>1</code>${PDI}`);
  });

  it("isolates translation arguments, but not numbers or attribute values", () => {
    const args = { id: "<code>123</code>", count: 3, url: "https://x.example/a", empty: "" };
    expect(isolateArgs("en", args)).toBe(args);
    expect(isolateArgs("ar", args, ["url"])).toEqual({
      id: `${FSI}<code>123</code>${PDI}`,
      count: 3,
      url: "https://x.example/a",
      empty: "",
    });
  });

  it("reads Arabic-Indic and Persian digits", () => {
    expect(toLatinDigits("١٢٣٤٥٦٧٨٩٠")).toBe("1234567890");
    expect(toLatinDigits("۱۰۰۰")).toBe("1000");
    expect(toLatinDigits("٢٫٥")).toBe("2.5");
    expect(toLatinDigits("۱٬۲۳۴")).toBe("1234");
    expect(toLatinDigits("abc 12")).toBe("abc 12");
  });
});
