/**
 * Exact decimal arithmetic on money strings.
 *
 * Panels send rates like "0.0045" and balances like "100.84292"; floats cannot hold these exactly,
 * so every value is kept as a BigInt of units plus a decimal scale. Results are returned as
 * normalised decimal strings: no exponent, no leading "+", no superfluous leading or trailing zeros
 * ("0.90" → "0.9", "007" → "7", "-0" → "0").
 *
 * @example
 * orderCost("0.90", 1234)            // "1.1106"   (0.90 × 1234 / 1000)
 * orderCost("0.0045", 1000)          // "0.0045"
 * orderCost("1.2", 500, 3)           // "1.8"      (× runs for drip-feed)
 * formatMoney("1.1106", "USD")       // "$1.1106"
 * formatMoney("100", "EUR")          // "100.00 EUR"
 */
import type { Decimal } from "./types.js";

/** Anything that can be read as a decimal: a decimal string, a finite number, or a bigint. */
export type DecimalInput = Decimal | number | bigint;

/** A decimal value as units × 10^-scale (scale ≥ 0). */
export interface DecimalParts {
  units: bigint;
  scale: number;
}

/** Rounding for operations that must drop digits. "half-up" rounds halves away from zero. */
export type RoundingMode = "half-up" | "down" | "up";

const DECIMAL_RE = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;
/** Refuse absurd exponents/lengths so a hostile answer cannot make us allocate huge BigInts. */
const MAX_DIGITS = 200;

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Parses a decimal into units and scale. Throws `RangeError` for anything that is not a finite decimal. */
export function parseDecimal(input: DecimalInput): DecimalParts {
  if (typeof input === "bigint") return { units: input, scale: 0 };
  let text: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new RangeError("Not a finite decimal number");
    text = String(input);
  } else if (typeof input === "string") {
    text = input.trim();
  } else {
    throw new RangeError("Not a decimal value");
  }
  const m = DECIMAL_RE.exec(text);
  if (!m) throw new RangeError(`Not a decimal: ${JSON.stringify(text.slice(0, 40))}`);
  const [, sign, intPart = "", fracPart = "", expPart] = m;
  if (intPart.length === 0 && fracPart.length === 0) throw new RangeError("Not a decimal: no digits");
  if (intPart.length + fracPart.length > MAX_DIGITS) throw new RangeError("Decimal has too many digits");
  let units = BigInt((intPart || "0") + fracPart);
  let scale = fracPart.length;
  const exp = expPart === undefined ? 0 : Number(expPart);
  if (Math.abs(exp) > MAX_DIGITS) throw new RangeError("Decimal exponent out of range");
  if (exp > 0) {
    if (exp >= scale) {
      units *= pow10(exp - scale);
      scale = 0;
    } else {
      scale -= exp;
    }
  } else if (exp < 0) {
    scale += -exp;
  }
  if (sign === "-") units = -units;
  return trim({ units, scale });
}

/** Removes trailing zero digits from the fraction. */
function trim(d: DecimalParts): DecimalParts {
  let { units, scale } = d;
  if (units === 0n) return { units: 0n, scale: 0 };
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/** Renders parts as a normalised decimal string. */
export function decimalToString(d: DecimalParts): Decimal {
  const { units, scale } = trim(d);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  if (scale === 0) return (negative ? "-" : "") + digits;
  const padded = digits.padStart(scale + 1, "0");
  const intPart = padded.slice(0, padded.length - scale);
  const fracPart = padded.slice(padded.length - scale);
  return `${negative ? "-" : ""}${intPart}.${fracPart}`;
}

/** True when `value` is a string or number that parses as a finite decimal. */
export function isDecimal(value: unknown): boolean {
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint") return false;
  try {
    parseDecimal(value);
    return true;
  } catch {
    return false;
  }
}

/** Normalises any decimal input ("0.90" → "0.9", 1e-7 → "0.0000001"). Throws `RangeError` if invalid. */
export function normalizeDecimal(value: DecimalInput): Decimal {
  // A plain decimal ("0.42", "12", "1.50"): its trailing fraction zeros cut, without the BigInt round trip.
  if (typeof value === "string" && value.length <= 40 && PLAIN_RE.test(value)) {
    const dot = value.indexOf(".");
    if (dot < 0) return value;
    let end = value.length;
    while (end > dot + 1 && value.charCodeAt(end - 1) === 48 /* "0" */) end--;
    if (end === dot + 1) end = dot;
    return end === value.length ? value : value.slice(0, end);
  }
  return decimalToString(parseDecimal(value));
}

/** A decimal string without sign, exponent or superfluous leading zeros (only trailing zeros may need cutting). */
const PLAIN_RE = /^(?:0|[1-9]\d*)(?:\.\d*)?$/;

function align(a: DecimalParts, b: DecimalParts): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

/** a + b, exact. */
export function addDecimal(a: DecimalInput, b: DecimalInput): Decimal {
  const [x, y, scale] = align(parseDecimal(a), parseDecimal(b));
  return decimalToString({ units: x + y, scale });
}

/** a − b, exact. */
export function subtractDecimal(a: DecimalInput, b: DecimalInput): Decimal {
  const [x, y, scale] = align(parseDecimal(a), parseDecimal(b));
  return decimalToString({ units: x - y, scale });
}

/** Sum of any number of decimals, exact ("0" for none). */
export function sumDecimals(values: Iterable<DecimalInput>): Decimal {
  let acc: DecimalParts = { units: 0n, scale: 0 };
  for (const v of values) {
    const [x, y, scale] = align(acc, parseDecimal(v));
    acc = { units: x + y, scale };
  }
  return decimalToString(acc);
}

/** a × b, exact. */
export function multiplyDecimal(a: DecimalInput, b: DecimalInput): Decimal {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return decimalToString({ units: x.units * y.units, scale: x.scale + y.scale });
}

/** a / 1000, exact (the "per 1000" of panel rates). */
export function divideBy1000(a: DecimalInput): Decimal {
  const x = parseDecimal(a);
  return decimalToString({ units: x.units, scale: x.scale + 3 });
}

/** Compares two decimals: -1 if a < b, 0 if equal, 1 if a > b. */
export function compareDecimal(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  const [x, y] = align(parseDecimal(a), parseDecimal(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Divides `units` by `divisor` (> 0) with the given rounding. */
function divRound(units: bigint, divisor: bigint, mode: RoundingMode): bigint {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  let q = abs / divisor;
  const r = abs % divisor;
  if (r !== 0n) {
    if (mode === "up" || (mode === "half-up" && r * 2n >= divisor)) q += 1n;
  }
  return negative ? -q : q;
}

/** Rounds to at most `decimals` fraction digits (default half-up, away from zero on ties). */
export function roundDecimal(a: DecimalInput, decimals: number, mode: RoundingMode = "half-up"): Decimal {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError("decimals must be a non-negative integer");
  const x = parseDecimal(a);
  if (x.scale <= decimals) return decimalToString(x);
  const units = divRound(x.units, pow10(x.scale - decimals), mode);
  return decimalToString({ units, scale: decimals });
}

/**
 * a / b rounded to `decimals` fraction digits (default 8). Throws `RangeError` when b is zero.
 * Division is the only operation that can be inexact; everything else in this module is exact.
 */
export function divideDecimal(a: DecimalInput, b: DecimalInput, decimals = 8, mode: RoundingMode = "half-up"): Decimal {
  const x = parseDecimal(a);
  let y = parseDecimal(b);
  if (y.units === 0n) throw new RangeError("Division by zero");
  let xUnits = x.units;
  if (y.units < 0n) {
    y = { units: -y.units, scale: y.scale };
    xUnits = -xUnits;
  }
  // x/y = (xu / 10^xs) / (yu / 10^ys); scale result to `decimals` digits.
  const numerator = xUnits * pow10(y.scale + decimals);
  const denominator = y.units * pow10(x.scale);
  return decimalToString({ units: divRound(numerator, denominator, mode), scale: decimals });
}

/**
 * Exact cost of an order: rate × quantity / 1000 × runs (runs defaults to 1, for drip-feed pass the
 * number of runs). `rate` is the service's price per 1000 units.
 */
export function orderCost(rate: DecimalInput, quantity: DecimalInput, runs: DecimalInput = 1): Decimal {
  return multiplyDecimal(divideBy1000(multiplyDecimal(rate, quantity)), runs);
}

export interface FormatDecimalOptions {
  /** Pad the fraction with zeros to at least this many digits (default 2). */
  minDecimals?: number;
  /** Round half-up beyond this many fraction digits (default 8). Significant digits up to it are kept. */
  maxDecimals?: number;
  /** Group thousands with this separator (default: no grouping). */
  groupSeparator?: string;
}

/**
 * Formats a decimal for display: keeps significant decimals (up to `maxDecimals`) and pads to
 * `minDecimals`. formatDecimal("0.9") → "0.90"; formatDecimal("0.0045") → "0.0045".
 */
export function formatDecimal(amount: DecimalInput, options: FormatDecimalOptions = {}): string {
  const { minDecimals = 2, maxDecimals = 8, groupSeparator } = options;
  const rounded = roundDecimal(amount, Math.max(maxDecimals, 0));
  const negative = rounded.startsWith("-");
  const body = negative ? rounded.slice(1) : rounded;
  const [intPart = "0", fracPart = ""] = body.split(".");
  const frac = fracPart.padEnd(Math.max(minDecimals, 0), "0");
  const grouped = groupSeparator ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator) : intPart;
  const isZero = /^0*$/.test(intPart) && /^0*$/.test(fracPart);
  return `${negative && !isZero ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

const CURRENCY_SYMBOLS: Readonly<Record<string, { symbol: string; prefix: boolean }>> = {
  USD: { symbol: "$", prefix: true },
  EUR: { symbol: "€", prefix: true },
  GBP: { symbol: "£", prefix: true },
  INR: { symbol: "₹", prefix: true },
  TRY: { symbol: "₺", prefix: true },
  BRL: { symbol: "R$", prefix: true },
  NGN: { symbol: "₦", prefix: true },
  RUB: { symbol: "₽", prefix: false },
  UAH: { symbol: "₴", prefix: false },
};

export interface FormatMoneyOptions extends FormatDecimalOptions {
  /**
   * "auto" (default): "$1.50" for USD, "1.50 EUR" for every other code (unambiguous in any
   * language); "code": always "1.50 USD"; "symbol": "€1.50", "12.50 ₽" where a symbol is known.
   */
  currencyStyle?: "auto" | "code" | "symbol";
}

/**
 * Formats an amount with its currency: "$1.1106", "42.50 EUR" (see `currencyStyle`). Keeps
 * significant decimals (rates like "0.0045" stay exact) and pads to 2 decimals. Without a
 * currency, only the number is returned.
 */
export function formatMoney(amount: DecimalInput, currency?: string, options: FormatMoneyOptions = {}): string {
  const text = formatDecimal(amount, options);
  const code = currency?.trim().toUpperCase();
  if (!code) return text;
  const style = options.currencyStyle ?? "auto";
  const known = style === "code" ? undefined : style === "auto" && code !== "USD" ? undefined : CURRENCY_SYMBOLS[code];
  if (!known) return `${text} ${code}`;
  if (!known.prefix) return `${text} ${known.symbol}`;
  return text.startsWith("-") ? `-${known.symbol}${text.slice(1)}` : `${known.symbol}${text}`;
}
