/**
 * The one way text becomes Telegram HTML (issue 12: "all outside text is data").
 *
 * - Every translation (`ctx.t`, {@link createTranslator}) escapes its string arguments: a panel's
 *   status word, a service name, a user's first name or a group title can never become markup.
 *   Numbers stay numbers (Fluent chooses plural forms on them).
 * - A pre-rendered HTML fragment (a nested translation, `<code>…</code>` lists) is passed as
 *   {@link Html}: built with the {@link html} tagged template (which escapes what it interpolates)
 *   or, for text that already is HTML (the output of `t`), marked with {@link raw}.
 * - In right-to-left locales (ar, fa) every argument that is not a plain word or number is wrapped
 *   in FSI … PDI (bidi isolation), so IDs, links, amounts and codes keep their order; bidi controls
 *   coming from outside are balanced in every locale, so they cannot reorder the rest of a message.
 *
 * `Html` is a Fluent type, so it also passes through a plain `i18n.t` unchanged.
 */
import { createRequire } from "node:module";
import type { FluentType as FluentTypeOf, FluentVariable } from "@fluent/bundle";
import { bidiIsolate, bidiIsolateHtml, isRtl } from "../lib/intl.js";

// The FluentType class of the copy of @fluent/bundle that @grammyjs/i18n loads (it requires the
// CommonJS build; Fluent recognises argument types with instanceof).
const { FluentType } = createRequire(import.meta.url)("@fluent/bundle") as { FluentType: typeof FluentTypeOf };

/** A fragment of Telegram HTML that is already safe (escaped text and our own tags). */
export class Html extends FluentType<string> {
  get html(): string {
    return this.value;
  }
  override toString(): string {
    return this.value;
  }
}

/** Marks text that already is Telegram HTML (e.g. what `t` returned) as a fragment. Never for outside text. */
export function raw(fragment: string | Html): Html {
  return fragment instanceof Html ? fragment : new Html(fragment);
}

/** Escapes text for Telegram's HTML parse mode (text and attribute values). */
export function escapeHtml(text: string): string {
  return wellFormed(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with every lone UTF-16 surrogate (half of an emoji cut, or sent so by a panel) replaced
 * by U+FFFD: Telegram refuses strings that are not valid UTF-8 ("strings must be encoded in UTF-8").
 */
export function wellFormed(text: string): string {
  // ES2024's native check and fix (Node 20, current browsers) when present: far cheaper than the regex.
  const native = text as string & { isWellFormed?: () => boolean; toWellFormed?: () => string };
  if (native.isWellFormed && native.toWellFormed) return native.isWellFormed() ? text : native.toWellFormed();
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, "\ufffd") : text;
}

export type HtmlValue = Html | string | number | bigint | null | undefined | readonly HtmlValue[];

function htmlOf(value: HtmlValue): string {
  if (value instanceof Html) return value.html;
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(htmlOf).join("");
  return escapeHtml(String(value));
}

/**
 * A tagged template for HTML: the literal parts are ours, every interpolated value is escaped
 * unless it is an {@link Html} fragment. `html\`<code>${id}</code> — ${raw(t("…"))}\``.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += htmlOf(values[i]) + (strings[i + 1] ?? "");
  return new Html(out);
}

/** Joins fragments and text (text is escaped). */
export function joinHtml(parts: readonly HtmlValue[], separator: string | Html = ""): Html {
  const sep = separator instanceof Html ? separator.html : escapeHtml(separator);
  return new Html(parts.map(htmlOf).join(sep));
}

/** Telegram HTML as plain text: tags dropped, the four entities decoded (button labels, alerts, titles). */
export function plainText(fragment: string | Html): string {
  const text = fragment instanceof Html ? fragment.html : fragment;
  return text
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d{1,7});/g, (m, d: string) => codePoint(Number(d)) ?? m)
    .replace(/&#x([0-9a-f]{1,6});/gi, (m, h: string) => codePoint(Number.parseInt(h, 16)) ?? m)
    .replace(/&amp;/g, "&");
}

function codePoint(n: number): string | undefined {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Translation

/** Longest outside string put into one message as a translation argument (longer: cut with "…"). */
export const MAX_ARG_LENGTH = 1000;

/** Values a translation takes: outside text (escaped), HTML fragments, numbers, dates, Fluent types. */
export type TranslationArg = FluentVariable | Html;
export type TranslationArgs = Record<string, TranslationArg | undefined>;
/** A translate function whose string arguments are escaped (see the module comment). */
export type SafeTranslate = (key: string, args?: TranslationArgs) => string;

const BIDI_CONTROL_RE = /[\u202A-\u202E\u2066-\u2069]/;
/** A lone word or number: needs no isolation (and `$state`-like selector values must stay exact). */
const TOKEN_RE = /^[\p{L}\p{N}_.-]*$/u;

function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** One argument, made safe for the HTML of a message in `locale`. */
export function prepareArg(locale: string | undefined, value: TranslationArg | undefined, rtl = isRtl(locale)): TranslationArg | undefined {
  if (typeof value === "string") {
    const text = cutText(value, MAX_ARG_LENGTH);
    if (TOKEN_RE.test(text)) return text; // nothing to escape or isolate
    const escaped = escapeHtml(text);
    return rtl || BIDI_CONTROL_RE.test(text) ? bidiIsolate(escaped) : escaped;
  }
  if (value instanceof Html) {
    if (!rtl || TOKEN_RE.test(value.html) || value.html === "") return value;
    return new Html(bidiIsolateHtml(value.html));
  }
  return value;
}

/** Every argument made safe ({@link prepareArg}). */
export function prepareArgs(locale: string | undefined, args: TranslationArgs): TranslationArgs {
  const rtl = isRtl(locale);
  const out: TranslationArgs = {};
  for (const [key, value] of Object.entries(args)) out[key] = prepareArg(locale, value, rtl);
  return out;
}

/** Wraps a plain translate function (of one locale) into one that escapes its arguments. */
export function safeTranslate(locale: string | undefined, translate: (key: string, args?: Record<string, unknown>) => string): SafeTranslate {
  return (key, args) => translate(key, args === undefined ? undefined : prepareArgs(locale, args));
}
