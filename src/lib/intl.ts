/**
 * Numbers, money, dates and text direction in the reader's language.
 *
 * Pure functions over `Intl` (Node 20, full ICU); no imports from the rest of the project, so every
 * layer may use them. Our locale codes ("pt", "uz", "fa") are mapped to Intl tags in one table,
 * {@link INTL_LOCALES}.
 *
 * Exactness: amounts are decimal strings from panels ("0.00045", "100.84292"). They are parsed here
 * (no float on the way) and handed to `Intl.NumberFormat` as strings, which formats the exact decimal
 * value (ECMA-402 "Intl.NumberFormat v3", in Node 20). Money is never rounded: the fraction shows the
 * currency's usual digits at least and every significant digit of the input. V8 refuses more than 20
 * fraction digits, so longer fractions are formatted with 20 and the exact digits are put back in.
 *
 * Right-to-left: {@link isRtl} tells Arabic-script and Hebrew-script languages apart, and
 * {@link bidiIsolate} / {@link bidiIsolateHtml} wrap IDs, links, amounts and codes in FSI … PDI
 * (U+2068 … U+2069), so "#12345 · 0.50 $" keeps its order inside Arabic or Persian text.
 *
 * @example
 * formatMoney("sl", "0.00045", "USD")    // "0,00045 $"      (U+00A0 before "$")
 * formatMoney("ru", "1500000", "RUB")    // "1 500 000,00 ₽" (U+00A0 between groups)
 * formatMoney("en", "12.5", "USDT")      // "12.50 USDT"     (unknown code: number, then the code)
 * formatDateTime("ru", Date.UTC(2026, 10, 30, 15, 7)) // "30 нояб. 2026 г., 15:07"
 */

/** The bot's locales (Fluent folders under locales/). */
export const APP_LOCALES = ["en", "sl", "ru", "uk", "tr", "pt", "es", "hi", "id", "uz", "ar", "fa"] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

/**
 * Our locale code → the Intl tag that writes numbers and dates as our readers do.
 *
 * - pt is Brazilian Portuguese ("1.234,50", "R$"), uz is Uzbek in Latin script.
 * - es is "es" (Spain/CLDR default: "." groups, "," decimals, like most of Latin America except
 *   Mexico); CLDR does not group four-digit numbers in es and sl ("1234,50"), which is correct there.
 * - ar and fa use Latin digits (`-u-nu-latn`) with the locale's own separators, symbol position and
 *   (for fa) the Solar Hijri calendar. Reasons: every message also carries order and service IDs,
 *   quantities and links, which are Latin-digit strings from the panel and must never be localised;
 *   the quantities people type back are read as Latin digits; the panels' own sites show Latin
 *   digits; and one message mixing "#123456" with "۱۲٫۵۰ $" is harder to read and compare than one
 *   script of digits throughout. ICU's default for "ar" is already Latin digits (CLDR 42+); "fa"
 *   defaults to Persian digits (۱۲۳), so the tag says so explicitly for both. Note that Fluent
 *   formats numeric variables with the bundle's own locale ("fa" → Persian digits) unless the bundle
 *   is created with this tag, or numbers are passed pre-formatted.
 */
export const INTL_LOCALES: Readonly<Record<AppLocale, string>> = {
  en: "en",
  sl: "sl",
  ru: "ru",
  uk: "uk",
  tr: "tr",
  pt: "pt-BR",
  es: "es",
  hi: "hi",
  id: "id",
  uz: "uz-Latn",
  ar: "ar-u-nu-latn",
  fa: "fa-u-nu-latn",
};

const FALLBACK_TAG = "en";

function isAppLocale(locale: string): locale is AppLocale {
  return Object.prototype.hasOwnProperty.call(INTL_LOCALES, locale);
}

/**
 * The Intl tag for one of our locale codes; any other well-formed BCP 47 tag that Intl supports is
 * used as it is (canonicalised), everything else falls back to English.
 */
export function intlLocale(locale: string | undefined): string {
  const code = (locale ?? "").trim();
  const lower = code.toLowerCase();
  if (isAppLocale(lower)) return INTL_LOCALES[lower];
  if (!code) return FALLBACK_TAG;
  try {
    const [canonical] = Intl.getCanonicalLocales(code);
    if (canonical && Intl.NumberFormat.supportedLocalesOf(canonical).length > 0) return canonical;
  } catch {
    // not a well-formed tag
  }
  return FALLBACK_TAG;
}

// ---------------------------------------------------------------------------------------------------
// Exact decimals

/** A decimal split into sign and digit strings: no exponent, no leading/trailing zeros ("0" for zero). */
interface PlainDecimal {
  negative: boolean;
  int: string;
  frac: string;
}

const DECIMAL_RE = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;
/** Same bound as the panel money module: a hostile answer cannot make us build huge strings. */
const MAX_DIGITS = 200;
/** V8's limit for minimum/maximumFractionDigits (ES2023 allows 100; Node 20 throws above 20). */
const INTL_MAX_FRACTION = 20;

/** Anything read as a decimal: a decimal string ("0.00045", "1e-7"), a finite number, a bigint. */
export type DecimalLike = string | number | bigint;

/** Parses a decimal exactly. Throws `RangeError` for anything that is not a finite decimal. */
function parsePlain(input: DecimalLike): PlainDecimal {
  let text: string;
  if (typeof input === "bigint") text = input.toString();
  else if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new RangeError("Not a finite number");
    text = String(input); // shortest round-trip form, possibly with an exponent ("1e-7")
  } else if (typeof input === "string") text = input.trim();
  else throw new RangeError("Not a decimal value");
  const m = DECIMAL_RE.exec(text);
  if (!m) throw new RangeError(`Not a decimal: ${JSON.stringify(text.slice(0, 40))}`);
  const [, sign, intPart = "", fracPart = "", expPart] = m;
  if (intPart.length === 0 && fracPart.length === 0) throw new RangeError("Not a decimal: no digits");
  if (intPart.length + fracPart.length > MAX_DIGITS) throw new RangeError("Decimal has too many digits");
  const exp = expPart === undefined ? 0 : Number(expPart);
  if (Math.abs(exp) > MAX_DIGITS) throw new RangeError("Decimal exponent out of range");
  let digits = intPart + fracPart;
  let point = intPart.length + exp; // position of the decimal point within `digits`
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  } else if (point > digits.length) {
    digits += "0".repeat(point - digits.length);
  }
  const int = digits.slice(0, point).replace(/^0+/, "") || "0";
  const frac = digits.slice(point).replace(/0+$/, "");
  if (int.length + frac.length > MAX_DIGITS) throw new RangeError("Decimal has too many digits");
  const zero = int === "0" && frac === "";
  return { negative: sign === "-" && !zero, int, frac };
}

function plainToString(d: PlainDecimal, fracDigits: string = d.frac): string {
  return `${d.negative ? "-" : ""}${d.int}${fracDigits ? `.${fracDigits}` : ""}`;
}

/** True when `value` reads as a finite decimal (what {@link formatMoney} and {@link formatNumber} accept). */
export function isDecimalLike(value: unknown): value is DecimalLike {
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint") return false;
  try {
    parsePlain(value);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Number formatting

/** Formatters are costly to build; keep a bounded cache (keys: tag + options). */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
const CACHE_LIMIT = 1000;

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit) return hit as T;
  const made = make();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, made);
  return made;
}

function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options));
}

/** The ten digits of a formatter's numbering system ("0123456789" for Latin). */
function digitsOf(tag: string, numberingSystem: string): string {
  if (numberingSystem === "latn") return "0123456789";
  const nf = numberFormat(tag, { useGrouping: false, numberingSystem });
  const nine = nf.format("1234567890"); // a leading zero would be dropped
  const chars = [...nine];
  return chars.length === 10 ? `${chars[9]!}${chars.slice(0, 9).join("")}` : "0123456789";
}

/**
 * Formats an exact decimal with a formatter whose fraction is `minFrac`…`maxFrac` digits
 * (`maxFrac` may exceed Intl's 20: the fraction is then formatted as 20 digits and replaced with the
 * exact ones, in the formatter's digits). `round` true lets Intl round to `maxFrac` (≤ 20).
 */
function formatPlain(tag: string, base: Intl.NumberFormatOptions, value: PlainDecimal, minFrac: number, maxFrac: number): string {
  if (maxFrac <= INTL_MAX_FRACTION) {
    const nf = numberFormat(tag, { ...base, minimumFractionDigits: minFrac, maximumFractionDigits: maxFrac });
    return nf.format(plainToString(value) as unknown as number); // Intl reads decimal strings exactly
  }
  // More than 20 fraction digits: format a stand-in with exactly 20 non-zero fraction digits (so the
  // sign and the fraction part are always present), then put the real fraction back.
  const nf = numberFormat(tag, {
    ...base,
    minimumFractionDigits: INTL_MAX_FRACTION,
    maximumFractionDigits: INTL_MAX_FRACTION,
  });
  const frac = value.frac.padEnd(minFrac, "0");
  const standIn = plainToString(value, "1".repeat(INTL_MAX_FRACTION));
  const digits = digitsOf(tag, nf.resolvedOptions().numberingSystem);
  const localFrac = digits === "0123456789" ? frac : frac.replace(/\d/g, (d) => digits[Number(d)] ?? d);
  return nf
    .formatToParts(standIn as unknown as number)
    .map((p) => (p.type === "fraction" ? localFrac : p.value))
    .join("");
}

export interface FormatNumberOptions {
  /** Pad the fraction to at least this many digits (default 0). */
  minimumFractionDigits?: number;
  /**
   * Round (half away from zero) beyond this many fraction digits, 0…20. Default: no rounding, every
   * significant digit of the input is shown.
   */
  maximumFractionDigits?: number;
  /**
   * Group thousands (default true; the locale decides how: "1 234", "1.234", "12,34,567", and from
   * which size: sl and es leave four-digit numbers alone).
   */
  useGrouping?: boolean;
}

function checkDigits(name: string, n: number | undefined, max: number): void {
  if (n !== undefined && (!Number.isInteger(n) || n < 0 || n > max)) {
    throw new RangeError(`${name} must be an integer from 0 to ${max}`);
  }
}

/** The fraction digit range for a value: at least `min`, all its digits unless `max` is given. */
function fractionRange(value: PlainDecimal, min: number, max: number | undefined): [number, number] {
  if (max !== undefined) return [Math.min(min, max), max];
  return [min, Math.max(min, value.frac.length)];
}

/**
 * A number as the locale writes it, exactly: formatNumber("ru", "1234567.891") → "1 234 567,891"
 * (U+00A0 groups), formatNumber("hi", 12345678) → "1,23,45,678". Throws `RangeError` if `n` is not a
 * finite decimal.
 */
export function formatNumber(locale: string, n: DecimalLike, options: FormatNumberOptions = {}): string {
  checkDigits("minimumFractionDigits", options.minimumFractionDigits, MAX_DIGITS);
  checkDigits("maximumFractionDigits", options.maximumFractionDigits, INTL_MAX_FRACTION);
  const value = parsePlain(n);
  const [min, max] = fractionRange(value, options.minimumFractionDigits ?? 0, options.maximumFractionDigits);
  // Grouping "auto" (the default) follows the locale's minimum grouping digits: sl and es write "1234".
  const base: Intl.NumberFormatOptions = options.useGrouping === false ? { useGrouping: false } : {};
  return formatPlain(intlLocale(locale), base, value, min, max);
}

/**
 * A duration in whole minutes as the locale writes it, in at most two units: formatDuration("en", 95)
 * → "1 hr 35 min", formatDuration("ru", 1500) → "1 дн. 1 ч" (days beyond 24 hours; rounded down to
 * the two largest units). Throws `RangeError` for a negative or non-integer count.
 */
export function formatDuration(locale: string, minutes: number): string {
  if (!Number.isSafeInteger(minutes) || minutes < 0) throw new RangeError(`Not a number of minutes: ${minutes}`);
  const tag = intlLocale(locale);
  const parts: Array<[number, "day" | "hour" | "minute"]> = [
    [Math.floor(minutes / 1440), "day"],
    [Math.floor(minutes / 60) % 24, "hour"],
    [minutes % 60, "minute"],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first < 0) return numberFormat(tag, { style: "unit", unit: "minute", unitDisplay: "short" }).format(0);
  const shown = parts.slice(first, first + 2).filter(([n]) => n > 0);
  const texts = shown.map(([n, unit]) => numberFormat(tag, { style: "unit", unit, unitDisplay: "short" }).format(n));
  return cached(`l|${tag}`, () => new Intl.ListFormat(tag, { type: "unit", style: "narrow" })).format(texts);
}

/**
 * A ratio as a percentage: formatPercent("tr", 0.125) → "%12,5", formatPercent("sl", "0.5") → "50 %".
 * `maximumFractionDigits` (default 1) rounds the percentage, half away from zero.
 */
export function formatPercent(
  locale: string,
  ratio: DecimalLike,
  options: { minimumFractionDigits?: number; maximumFractionDigits?: number } = {},
): string {
  const max = options.maximumFractionDigits ?? 1;
  checkDigits("maximumFractionDigits", max, INTL_MAX_FRACTION);
  const min = Math.min(options.minimumFractionDigits ?? 0, max);
  checkDigits("minimumFractionDigits", min, INTL_MAX_FRACTION);
  const value = parsePlain(ratio);
  const nf = numberFormat(intlLocale(locale), {
    style: "percent",
    minimumFractionDigits: min,
    maximumFractionDigits: max,
  });
  return nf.format(plainToString(value) as unknown as number);
}

// ---------------------------------------------------------------------------------------------------
// Money

const ISO_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));
/** Longest text kept for a non-ISO "currency" from a panel ("points", "USDT", "credits"). */
const MAX_UNIT_LENGTH = 16;
/** Bidi embedding/override/isolate controls (never kept in text from outside). */
const BIDI_CONTROLS_RE = /[\u202A-\u202E\u2066-\u2069]/g;

/** True for an ISO 4217 code that Intl knows ("USD", "eur"); false for "USDT", "points", "". */
export function isIsoCurrency(code: string | undefined): boolean {
  const c = (code ?? "").trim().toUpperCase();
  return /^[A-Z]{3}$/.test(c) && ISO_CURRENCIES.has(c);
}

const FRACTION_DIGITS = new Map<string, number>();

/** The usual number of fraction digits of an ISO currency (USD 2, IDR 0, …); 2 for anything else. */
export function currencyFractionDigits(code: string | undefined): number {
  const c = (code ?? "").trim().toUpperCase();
  if (!isIsoCurrency(c)) return 2;
  let digits = FRACTION_DIGITS.get(c);
  if (digits === undefined) {
    digits = numberFormat("en", { style: "currency", currency: c }).resolvedOptions().minimumFractionDigits ?? 2;
    FRACTION_DIGITS.set(c, digits); // ISO codes only: a bounded set
  }
  return digits;
}

export interface FormatMoneyOptions {
  /**
   * At least this many fraction digits. Default: the currency's usual digits (USD 2, IDR 0, IRR 0;
   * 2 for unknown units).
   */
  minimumFractionDigits?: number;
  /**
   * Round (half away from zero) beyond this many fraction digits, 0…20. Default: never round, every
   * significant digit of the panel's amount is shown. Only for figures that are not prices or charges
   * (e.g. estimates); a price before confirmation is always shown exactly.
   */
  maximumFractionDigits?: number;
  /** How an ISO currency is named (default "symbol": "$", "US$", "₽", or the code where the locale has no symbol). */
  currencyDisplay?: "symbol" | "narrowSymbol" | "code" | "name";
}

/**
 * An amount with its currency, as the locale writes it, without losing a digit.
 *
 * - ISO 4217 codes (USD, EUR, RUB, UAH, TRY, BRL, INR, IDR, UZS, IRR, VND, GBP, …): the locale's
 *   symbol, its position and spacing, grouping and decimal separators:
 *   ("sl", "0.00045", "USD") → "0,00045 $"; ("en", "1500000", "RUB") → "RUB 1,500,000.00";
 *   ("id", "12345678", "IDR") → "Rp 12.345.678".
 * - Anything else ("USDT", "points") → the number as the locale writes it, a no-break space and the
 *   text as given (trimmed; bidi controls removed; at most 16 characters). "" or undefined → the
 *   number alone, with 2 fraction digits at least.
 *
 * The result is plain text: escape it before putting it into HTML (a panel's unit is outside text).
 * Throws `RangeError` if `amount` is not a finite decimal.
 */
export function formatMoney(locale: string, amount: DecimalLike, currency?: string, options: FormatMoneyOptions = {}): string {
  checkDigits("minimumFractionDigits", options.minimumFractionDigits, MAX_DIGITS);
  checkDigits("maximumFractionDigits", options.maximumFractionDigits, INTL_MAX_FRACTION);
  const value = parsePlain(amount);
  const tag = intlLocale(locale);
  const raw = (currency ?? "").trim();
  const code = raw.toUpperCase();
  const iso = isIsoCurrency(code);
  const minDefault = options.minimumFractionDigits ?? currencyFractionDigits(code);
  const [min, max] = fractionRange(value, minDefault, options.maximumFractionDigits);
  if (iso) {
    const base: Intl.NumberFormatOptions = {
      style: "currency",
      currency: code,
      currencyDisplay: options.currencyDisplay ?? "symbol",
    };
    return formatPlain(tag, base, value, min, max);
  }
  const number = formatPlain(tag, {}, value, min, max);
  const unit = cleanUnit(raw);
  return unit ? `${number}\u00A0${unit}` : number;
}

/** A panel's non-ISO unit, made safe to show: one line, no bidi controls, bounded length. */
function cleanUnit(raw: string): string {
  const oneLine = raw.replace(BIDI_CONTROLS_RE, "").replace(/\s+/g, " ").trim();
  const chars = [...oneLine];
  return chars.length <= MAX_UNIT_LENGTH ? oneLine : `${chars.slice(0, MAX_UNIT_LENGTH - 1).join("")}…`;
}

// ---------------------------------------------------------------------------------------------------
// Dates and times

export interface FormatDateOptions {
  /** IANA time zone (default "UTC"). Throws `RangeError` for an unknown zone. */
  timeZone?: string;
  /** Default "medium" ("30 нояб. 2026 г."). */
  dateStyle?: "full" | "long" | "medium" | "short";
  /** Default "short" ("15:07") for {@link formatDateTime}. */
  timeStyle?: "full" | "long" | "medium" | "short";
  /** Show the time zone after the time ("UTC", "GMT+3"); default false. Only for {@link formatDateTime}. */
  showTimeZone?: boolean;
  /** Override the locale's calendar (fa uses the Solar Hijri calendar by default). */
  calendar?: string;
}

function toDate(when: Date | number): Date {
  const date = typeof when === "number" ? new Date(when) : when;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  return date;
}

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));
}

/** A calendar date in the locale: ("sl", …) → "30. nov. 2026"; ("fa", …) → "9 آذر 1405". */
export function formatDate(locale: string, when: Date | number, options: FormatDateOptions = {}): string {
  const opts: Intl.DateTimeFormatOptions = {
    dateStyle: options.dateStyle ?? "medium",
    timeZone: options.timeZone ?? "UTC",
  };
  if (options.calendar) opts.calendar = options.calendar;
  return dateFormat(intlLocale(locale), opts).format(toDate(when));
}

/** A date and time in the locale: ("ru", …) → "30 нояб. 2026 г., 15:07"; ("en", …) → "Nov 30, 2026, 3:07 PM". */
export function formatDateTime(locale: string, when: Date | number, options: FormatDateOptions = {}): string {
  const timeZone = options.timeZone ?? "UTC";
  const opts: Intl.DateTimeFormatOptions = {
    dateStyle: options.dateStyle ?? "medium",
    timeStyle: options.timeStyle ?? "short",
    timeZone,
  };
  if (options.calendar) opts.calendar = options.calendar;
  const tag = intlLocale(locale);
  const text = dateFormat(tag, opts).format(toDate(when));
  if (!options.showTimeZone) return text;
  // dateStyle/timeStyle cannot be combined with timeZoneName: ask for the zone's short name alone.
  const zone = dateFormat(tag, { timeZone, timeZoneName: "short", year: "numeric" })
    .formatToParts(toDate(when))
    .find((p) => p.type === "timeZoneName")?.value;
  return zone ? `${text} ${zone}` : text;
}

/** A time of day in the locale: ("en", …) → "3:07 PM"; ("ru", …) → "15:07". */
export function formatTime(locale: string, when: Date | number, options: Pick<FormatDateOptions, "timeZone" | "timeStyle"> = {}): string {
  const opts: Intl.DateTimeFormatOptions = { timeStyle: options.timeStyle ?? "short", timeZone: options.timeZone ?? "UTC" };
  return dateFormat(intlLocale(locale), opts).format(toDate(when));
}

const RELATIVE_STEPS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number, number]> = [
  // unit, its length in ms, switch to the next unit at this many of it
  ["second", 1000, 45],
  ["minute", 60_000, 45],
  ["hour", 3_600_000, 22],
  ["day", 86_400_000, 26],
  ["month", 2_629_746_000, 11], // 1/12 of a Gregorian year
  ["year", 31_556_952_000, Infinity],
];

/**
 * How far `when` is from `now`, in words: ("en", now − 5 min, now) → "5 minutes ago",
 * ("ru", now + 2 d, now) → "послезавтра", ("sl", now, now) → "zdaj". Rounds to the nearest whole unit.
 */
export function formatRelative(locale: string, when: Date | number, now: Date | number = Date.now()): string {
  const diff = toDate(when).getTime() - toDate(now).getTime();
  const rtf = cached(`r|${intlLocale(locale)}`, () => new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: "auto" }));
  for (const [unit, ms, next] of RELATIVE_STEPS) {
    const amount = Math.round(diff / ms);
    if (Math.abs(amount) < next) return rtf.format(amount === 0 ? 0 : amount, unit); // no "-0"
  }
  return rtf.format(Math.round(diff / 31_556_952_000), "year"); // unreachable: years never switch
}

// ---------------------------------------------------------------------------------------------------
// Right-to-left

/** U+2068 FIRST STRONG ISOLATE: starts an isolate whose direction comes from its own first letter. */
export const FSI = "\u2068";
/** U+2069 POP DIRECTIONAL ISOLATE: ends it. */
export const PDI = "\u2069";
/** U+2066 LEFT-TO-RIGHT ISOLATE. */
export const LRI = "\u2066";
/** U+2067 RIGHT-TO-LEFT ISOLATE. */
export const RLI = "\u2067";

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  "Adlm",
  "Arab",
  "Aran",
  "Hebr",
  "Mand",
  "Mend",
  "Nkoo",
  "Rohg",
  "Samr",
  "Syrc",
  "Thaa",
  "Yezi",
]);
/** Used only when Intl.Locale cannot tell the script. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(["ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]);

/** {@link isRtl}'s answers so far (`Intl.Locale#maximize` is slow and asked for every translated argument). */
const RTL_MEMO = new Map<string, boolean>();

/** True for locales written right to left: ar, fa, he, ur, ps, … ("uz-Arab" too; "uz" is Latin). */
export function isRtl(locale: string | undefined): boolean {
  const key = locale ?? "";
  const known = rtlSeen.get(key);
  if (known !== undefined) return known;
  const rtl = computeRtl(key);
  // Called for every translated text: each locale string is worked out once (bounded: tags are data).
  if (rtlSeen.size < 512 && key.length <= 64) rtlSeen.set(key, rtl);
  return rtl;
}

const rtlSeen = new Map<string, boolean>();

function computeRtl(locale: string): boolean {
  const code = locale.trim();
  if (!code) return false;
  let known = RTL_MEMO.get(code);
  if (known === undefined) {
    known = rtlOf(code);
    // A few locales in practice; bounded all the same (any string may come in).
    if (RTL_MEMO.size >= 256) RTL_MEMO.clear();
    RTL_MEMO.set(code, known);
  }
  return known;
}

function rtlOf(code: string): boolean {
  try {
    const script = new Intl.Locale(code).maximize().script;
    if (script) return RTL_SCRIPTS.has(script);
  } catch {
    // not a well-formed tag
  }
  return RTL_LANGUAGES.has(code.toLowerCase().split(/[-_]/)[0] ?? "");
}

/** "rtl" or "ltr", for a locale. */
export function textDirection(locale: string | undefined): "rtl" | "ltr" {
  return isRtl(locale) ? "rtl" : "ltr";
}

const ISOLATE_OPENERS = "\u2066\u2067\u2068";
const EMBED_OPENERS = "\u202A\u202B\u202D\u202E";
const PDF = "\u202C";
/** Unicode bidi paragraph separators (class B): isolates never span them. */
// eslint-disable-next-line no-control-regex -- U+001C–U+001E are bidi paragraph separators, on purpose
const PARAGRAPH_RE = /(\r\n|[\n\r\u001C-\u001E\u0085\u2029])/;

/**
 * Balances explicit bidi controls within one paragraph of plain text, so that a PDI added after it
 * closes our isolate and not one left open inside: unmatched closers are dropped, unclosed openers
 * are closed at the end (UAX #9 matching: a PDI closes the nearest open isolate and every embedding
 * opened inside it; a PDF only closes an embedding opened inside the current isolate).
 */
function balanceParagraph(text: string): string {
  const stack: string[] = [];
  let out = "";
  for (const ch of text) {
    if (ISOLATE_OPENERS.includes(ch) || EMBED_OPENERS.includes(ch)) {
      stack.push(ch);
      out += ch;
    } else if (ch === PDI) {
      const at = stack.findLastIndex((c) => ISOLATE_OPENERS.includes(c));
      if (at < 0) continue;
      // Close the embeddings opened inside the isolate explicitly, then the isolate.
      out += PDF.repeat(stack.length - at - 1) + PDI;
      stack.length = at;
    } else if (ch === PDF) {
      const top = stack[stack.length - 1];
      if (top === undefined || !EMBED_OPENERS.includes(top)) continue;
      stack.pop();
      out += ch;
    } else {
      out += ch;
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) out += ISOLATE_OPENERS.includes(stack[i] ?? "") ? PDI : PDF;
  return out;
}

function isolateParagraphs(text: string, wrap: (paragraph: string) => string): string {
  return text
    .split(PARAGRAPH_RE)
    .map((part, i) => (i % 2 === 1 || part === "" ? part : wrap(part)))
    .join("");
}

/**
 * Wraps plain text (an ID, a link, an amount, a code, a panel's name) in FSI … PDI so that it keeps
 * its own direction inside text of the other direction: `#12345`, `https://…`, `0,50 $` stay in
 * order inside an Arabic sentence, and an Arabic service name inside an English one. Bidi controls
 * inside the text are balanced, so outside text cannot reorder what follows it (an unmatched U+202E
 * is closed inside the isolate). Multi-line text is isolated line by line (isolates end at a line
 * break). The characters are plain text: escape the result as usual before it goes into HTML;
 * escaping does not touch them.
 */
export function bidiIsolate(text: string): string {
  return isolateParagraphs(text, (p) => `${FSI}${balanceParagraph(p)}${PDI}`);
}

/**
 * {@link bidiIsolate} for a fragment of Telegram HTML that is already escaped, e.g.
 * `<code>12345</code>` or `<a href="https://…">panel</a>`: the marks go around the fragment and at
 * line breaks between tags, never inside a tag name or attribute (so hrefs stay intact); bidi controls
 * in the text between tags are balanced as in {@link bidiIsolate}. Throws `RangeError` when the
 * fragment has a "<" without its ">" (it would not be an escaped fragment).
 */
export function bidiIsolateHtml(html: string): string {
  const tokens = tokenizeHtml(html);
  // Split into paragraphs at line breaks in text (line breaks inside tags are not rendered).
  const paragraphs: string[][] = [[]];
  const breaks: string[] = [];
  for (const token of tokens) {
    if (token.startsWith("<")) {
      paragraphs[paragraphs.length - 1]?.push(token);
      continue;
    }
    const parts = token.split(PARAGRAPH_RE);
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        breaks.push(part);
        paragraphs.push([]);
      } else if (part) paragraphs[paragraphs.length - 1]?.push(part);
    });
  }
  return paragraphs
    .map((tokensOfParagraph, i) => {
      const body = balanceHtmlParagraph(tokensOfParagraph);
      const wrapped = body === "" ? "" : `${FSI}${body}${PDI}`;
      return i < breaks.length ? wrapped + breaks[i] : wrapped;
    })
    .join("");
}

/** Splits escaped HTML into tags ("<…>") and text; throws on a "<" that is never closed. */
function tokenizeHtml(html: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      tokens.push(html.slice(i));
      break;
    }
    if (lt > i) tokens.push(html.slice(i, lt));
    const gt = html.indexOf(">", lt);
    if (gt < 0) throw new RangeError("Not an escaped HTML fragment: a tag is not closed");
    tokens.push(html.slice(lt, gt + 1));
    i = gt + 1;
  }
  return tokens;
}

/** Balances bidi controls across the text tokens of one paragraph, leaving tags untouched. */
function balanceHtmlParagraph(tokens: readonly string[]): string {
  const SEP = "\uFDD0"; // a noncharacter (dropped from the text if present): marks where the tags were
  const tags: string[] = [];
  let flat = "";
  for (const t of tokens) {
    if (t.startsWith("<")) {
      tags.push(t);
      flat += SEP;
    } else flat += t.replaceAll(SEP, "");
  }
  const balanced = balanceParagraph(flat);
  let k = 0;
  return balanced.replace(/\uFDD0/g, () => tags[k++] ?? "");
}

/** {@link bidiIsolate} only when the locale is right to left; other locales get the text unchanged. */
export function isolateFor(locale: string | undefined, text: string): string {
  return isRtl(locale) ? bidiIsolate(text) : text;
}

/** {@link bidiIsolateHtml} only when the locale is right to left. */
export function isolateHtmlFor(locale: string | undefined, html: string): string {
  return isRtl(locale) ? bidiIsolateHtml(html) : html;
}

/**
 * For a right-to-left locale, the translation arguments with every string value isolated as escaped
 * HTML ({@link bidiIsolateHtml}); numbers are left alone (Fluent selects plurals on them). Keys in
 * `except` are passed unchanged: use it for values a message puts inside an attribute
 * (`<a href="{ $url }">`). Other locales get `args` back as it is.
 */
export function isolateArgs<T extends Record<string, string | number | Date | undefined>>(
  locale: string | undefined,
  args: T,
  except: readonly (keyof T)[] = [],
): T {
  if (!isRtl(locale)) return args;
  const out: Record<string, string | number | Date | undefined> = {};
  for (const [key, value] of Object.entries(args)) {
    out[key] = typeof value === "string" && value !== "" && !except.includes(key) ? bidiIsolateHtml(value) : value;
  }
  return out as T;
}

/** Removes bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS_RE, "");
}

/**
 * Replaces Arabic-Indic (٠–٩) and Persian (۰–۹) digits with Latin ones, and the Arabic decimal and
 * thousands separators with "." and "" — for reading numbers people type on Arabic or Persian
 * keyboards ("۱۰۰۰" → "1000", "٢٫٥" → "2.5").
 */
export function toLatinDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, ".")
    .replace(/\u066C/g, "");
}
