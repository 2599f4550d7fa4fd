/**
 * Fit every message into Telegram's limits (issue 12): one splitter/truncator for message text,
 * captions, button labels, inline results and callback answers, and an API transformer that applies
 * it to every call the bot makes and recovers from a refused send.
 *
 * Lengths are what Telegram counts: UTF-16 code units of the text after HTML parsing (tags do not
 * count, an entity counts as the character it stands for).
 */
import type { Transformer } from "grammy";
import type { Logger } from "../logger.js";
import { plainText, wellFormed } from "./html.js";

/** Telegram's limits. */
export const MESSAGE_MAX = 4096;
export const CAPTION_MAX = 1024;
export const ALERT_MAX = 200;
/** Telegram cuts long button labels on screen anyway; longer labels only waste the message size. */
export const BUTTON_LABEL_MAX = 64;
export const INLINE_TITLE_MAX = 120;
export const INLINE_DESCRIPTION_MAX = 200;

const ELLIPSIS = "…";

interface Token {
  kind: "tag" | "text" | "entity";
  /** The source text of the token. */
  src: string;
  /** For tags: the lower-case name ("b", "/b"). */
  name?: string;
}

/** Splits Telegram HTML into tags, entities and text; a "<" without ">" is text (as it would be escaped). */
function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let text = "";
  const flush = () => {
    if (text) tokens.push({ kind: "text", src: text });
    text = "";
  };
  while (i < html.length) {
    const c = html[i]!;
    if (c === "<") {
      const gt = html.indexOf(">", i);
      if (gt > i) {
        flush();
        const src = html.slice(i, gt + 1);
        const name = /^<\s*(\/?\s*[a-zA-Z][\w-]*)/.exec(src)?.[1]?.replace(/\s+/g, "").toLowerCase() ?? "";
        tokens.push({ kind: "tag", src, name });
        i = gt + 1;
        continue;
      }
    } else if (c === "&") {
      const m = /^&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/.exec(html.slice(i, i + 12));
      if (m) {
        flush();
        tokens.push({ kind: "entity", src: m[0] });
        i += m[0].length;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
  return tokens;
}

/** Visible length of one token (UTF-16 code units). */
function visible(token: Token): number {
  if (token.kind === "tag") return 0;
  if (token.kind === "entity") return plainText(token.src).length;
  return token.src.length;
}

/** The length Telegram counts for a text in HTML parse mode. */
export function htmlLength(html: string): number {
  let n = 0;
  for (const t of tokenize(html)) n += visible(t);
  return n;
}

/** Cuts plain text to at most `max` UTF-16 units, never splitting a surrogate pair, with "…". */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max - ELLIPSIS.length) break;
    out += ch;
  }
  return out + ELLIPSIS;
}

/**
 * Cuts Telegram HTML so that its parsed text has at most `max` units: text is cut at a character
 * (never inside a tag, an entity or a surrogate pair), "…" is added and the tags left open are
 * closed. HTML that fits is returned unchanged.
 */
export function fitHtml(html: string, max = MESSAGE_MAX): string {
  // Tags count nothing and an entity less than its source: no longer than `max` as source fits.
  if (html.length <= max || htmlLength(html) <= max) return html;
  const budget = max - ELLIPSIS.length;
  const open: string[] = [];
  let out = "";
  let used = 0;
  for (const token of tokenize(html)) {
    if (token.kind === "tag") {
      const name = token.name ?? "";
      if (name.startsWith("/")) {
        const at = open.lastIndexOf(name.slice(1));
        if (at >= 0) open.splice(at, 1);
      } else if (name) open.push(name);
      out += token.src;
      continue;
    }
    const n = visible(token);
    if (used + n <= budget) {
      out += token.src;
      used += n;
      continue;
    }
    if (token.kind === "text") {
      for (const ch of token.src) {
        if (used + ch.length > budget) break;
        out += ch;
        used += ch.length;
      }
    }
    break;
  }
  // Drop tags opened right at the cut (empty elements), then close what is still open.
  out += ELLIPSIS;
  for (let i = open.length - 1; i >= 0; i--) out += `</${open[i]!}>`;
  return out;
}

/**
 * Splits Telegram HTML into messages of at most `max` parsed units each: at line breaks outside any
 * tag, keeping lines together; a single line that is too long is cut ({@link fitHtml}).
 */
export function splitHtml(html: string, max = MESSAGE_MAX): string[] {
  if (htmlLength(html) <= max) return [html];
  // Break points: line breaks in text while no tag is open.
  const pieces: string[] = [];
  let cur = "";
  let depth = 0;
  for (const token of tokenize(html)) {
    if (token.kind === "tag") {
      const name = token.name ?? "";
      if (name.startsWith("/")) depth = Math.max(0, depth - 1);
      else if (name) depth++;
      cur += token.src;
      continue;
    }
    if (token.kind === "text" && depth === 0 && token.src.includes("\n")) {
      const parts = token.src.split("\n");
      parts.forEach((part, i) => {
        cur += part;
        if (i < parts.length - 1) {
          pieces.push(cur);
          cur = "";
        }
      });
      continue;
    }
    cur += token.src;
  }
  pieces.push(cur);
  const out: string[] = [];
  let msg: string | undefined;
  let len = 0;
  for (const raw of pieces) {
    const piece = fitHtml(raw, max);
    const n = htmlLength(piece);
    if (msg !== undefined && len + 1 + n > max) {
      out.push(msg);
      msg = undefined;
    }
    if (msg === undefined) {
      msg = piece;
      len = n;
    } else {
      msg = `${msg}\n${piece}`;
      len += 1 + n;
    }
  }
  if (msg !== undefined) out.push(msg);
  return out.filter((m) => plainText(m).trim() !== "");
}

/** A button label: one line, at most {@link BUTTON_LABEL_MAX} characters, never empty. */
export function fitLabel(text: string): string {
  const line = text.replace(/\s*\n\s*/g, " ").trim();
  return fitText(line, BUTTON_LABEL_MAX) || ELLIPSIS;
}

// ---------------------------------------------------------------------------------------------------
// The API transformer

type Payload = Record<string, unknown>;

const TEXT_METHODS = new Set(["sendMessage", "editMessageText"]);
const CAPTION_METHODS = new Set([
  "sendPhoto",
  "sendVideo",
  "sendDocument",
  "sendAudio",
  "sendAnimation",
  "sendVoice",
  "editMessageCaption",
  "copyMessage",
]);

function fitKeyboard(markup: unknown): unknown {
  const kb = markup as { inline_keyboard?: unknown };
  if (!kb || !Array.isArray(kb.inline_keyboard)) return markup;
  return {
    ...kb,
    inline_keyboard: kb.inline_keyboard.map((row: unknown) =>
      Array.isArray(row)
        ? row.map((b: unknown) => {
            const button = b as { text?: unknown };
            return button && typeof button.text === "string" ? { ...button, text: fitLabel(button.text) } : b;
          })
        : row,
    ),
  };
}

function isHtml(p: Payload): boolean {
  return typeof p.parse_mode === "string" && p.parse_mode.toLowerCase() === "html";
}

/** A message text or caption fitted to `max` (HTML or plain, as the payload says). */
function fitField(p: Payload, key: string, max: number): Payload {
  const value = p[key];
  if (typeof value !== "string") return p;
  const fitted = isHtml(p) ? fitHtml(value, max) : fitText(value, max);
  return fitted === value ? p : { ...p, [key]: fitted };
}

function fitInlineResults(results: unknown): unknown {
  if (!Array.isArray(results)) return results;
  return results.map((r: unknown) => {
    const result = { ...(r as Payload) };
    if (typeof result.title === "string") result.title = fitText(result.title.replace(/\s+/g, " ").trim(), INLINE_TITLE_MAX) || ELLIPSIS;
    if (typeof result.description === "string") result.description = fitText(result.description, INLINE_DESCRIPTION_MAX);
    if (typeof result.caption === "string") Object.assign(result, fitField(result, "caption", CAPTION_MAX));
    const content = result.input_message_content as Payload | undefined;
    if (content && typeof content.message_text === "string") result.input_message_content = fitField(content, "message_text", MESSAGE_MAX);
    if (result.reply_markup) result.reply_markup = fitKeyboard(result.reply_markup);
    return result;
  });
}

/**
 * What the bot sends, fitted to Telegram's limits. Message texts without a parse mode or entities
 * are sent as HTML (every text the bot makes is HTML from `t`, `html` or `escapeHtml`); callback
 * answers are HTML from `t` too and are sent as plain text.
 */
export function fitPayload(method: string, payload: Payload): Payload {
  let p = payload;
  if (TEXT_METHODS.has(method)) {
    if (p.parse_mode === undefined && p.entities === undefined && typeof p.text === "string") p = { ...p, parse_mode: "HTML" };
    p = fitField(p, "text", MESSAGE_MAX);
  } else if (CAPTION_METHODS.has(method)) {
    p = fitField(p, "caption", CAPTION_MAX);
  } else if (method === "answerCallbackQuery" && typeof p.text === "string") {
    p = { ...p, text: fitText(plainText(p.text), ALERT_MAX) };
  } else if (method === "answerInlineQuery") {
    p = { ...p, results: fitInlineResults(p.results) };
    const button = p.button as Payload | undefined;
    if (button && typeof button.text === "string") p = { ...p, button: { ...button, text: fitLabel(button.text) } };
  }
  if (p.reply_markup) p = { ...p, reply_markup: fitKeyboard(p.reply_markup) };
  return wellFormedDeep(p) as Payload;
}

/** Every string of a payload well-formed ({@link wellFormed}); unchanged objects are kept as they are (nothing is copied then). */
function wellFormedDeep(value: unknown): unknown {
  if (typeof value === "string") return wellFormed(value);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const w = wellFormedDeep(v);
      if (w !== v) (out ??= value.slice())[i] = w;
    }
    return out ?? value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  let changed: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const k in record) {
    if (!Object.prototype.hasOwnProperty.call(record, k)) continue;
    const v = record[k];
    const w = wellFormedDeep(v);
    if (w !== v) (changed ??= { ...record })[k] = w;
  }
  return changed ?? value;
}

/** Telegram refused the text itself (markup or length): re-rendering can help. */
export function isRefusedText(description: string): boolean {
  return /can't parse entities|message is too long|text is too long|MESSAGE_TOO_LONG|caption is too long|entities too long/i.test(description);
}

/** The same message as plain text (the HTML's visible text), fitted. */
function plainPayload(method: string, p: Payload): Payload | undefined {
  const key = TEXT_METHODS.has(method) ? "text" : CAPTION_METHODS.has(method) ? "caption" : undefined;
  if (!key || typeof p[key] !== "string") return undefined;
  const { parse_mode: _mode, entities: _entities, caption_entities: _ce, ...rest } = p;
  const text = isHtml(p) ? plainText(p[key]) : p[key];
  // Telegram counts the text after its own trimming; keep a margin for our estimate.
  const max = (key === "text" ? MESSAGE_MAX : CAPTION_MAX) - 96;
  return { ...rest, [key]: fitText(text, max).trim() || ELLIPSIS };
}

/**
 * The API transformer: every payload is fitted ({@link fitPayload}); when Telegram still refuses a
 * text ("can't parse entities", "message is too long"), the message is sent once more as plain
 * text; if that is refused too, the error is logged and passed on (that one message is dropped,
 * nothing is retried again, and the next send starts afresh).
 */
export function fitTransformer(logger: Pick<Logger, "warn">): Transformer {
  return async (prev, method, payload, signal) => {
    const fitted = fitPayload(method, payload);
    const first = await prev(method, fitted as typeof payload, signal);
    if (first.ok || first.error_code !== 400 || !isRefusedText(first.description)) return first;
    const plain = plainPayload(method, fitted);
    logger.warn({ method, description: first.description, retry: plain !== undefined }, "Telegram refused a text; sending it as plain text");
    if (!plain) return first;
    const second = await prev(method, plain as typeof payload, signal);
    if (!second.ok) logger.warn({ method, description: second.description }, "Telegram refused the plain text too; the message is dropped");
    return second;
  };
}
