/**
 * Text formatting for the fake Bot API, modelled on what Telegram's server
 * (TDLib's parse_html / parse_markdown / parse_markdown_v2 and
 * fix_formatted_text) does with message text:
 *
 * - `parse_mode` HTML, MarkdownV2 and Markdown are parsed into plain text plus
 *   entities; malformed input fails with the server's error text
 *   ("Unsupported start tag \"br\" at byte offset 5", "Character '.' is
 *   reserved and must be escaped with the preceding '\\'", ...), which the
 *   caller prefixes with "Bad Request: can't parse entities: ".
 * - leading/trailing whitespace is trimmed and entities shifted accordingly;
 * - bot commands, mentions, hashtags, cashtags, URLs (with scheme or www.)
 *   and e-mail addresses are detected automatically, as Telegram does for
 *   every message.
 *
 * Offsets and lengths are UTF-16 code units, like the Bot API's.
 */
import type { MessageEntity } from "grammy/types";

/** A parse error; `message` is TDLib's text (without the Bot API prefix). */
export class EntityParseError extends Error {}

export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

type EntityInit = { type: string; offset: number; length: number } & Record<string, unknown>;

function entity(init: EntityInit): MessageEntity {
  return init as unknown as MessageEntity;
}

function byteOffset(src: string, index: number): number {
  return Buffer.byteLength(src.slice(0, index), "utf8");
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\r" || ch === "\n" || ch === "\f" || ch === "\v";
}

/** Parses `text` according to `parseMode`; throws EntityParseError. */
export function parseFormatted(text: string, parseMode: string): FormattedText {
  switch (parseMode.toLowerCase()) {
    case "html":
      return parseHtml(text);
    case "markdownv2":
      return parseMarkdownV2(text);
    case "markdown":
      return parseMarkdown(text);
    default:
      throw new EntityParseError(`Unsupported parse mode "${parseMode}"`);
  }
}

// ---------------------------------------------------------------- HTML

const HTML_TAGS = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "s",
  "strike",
  "del",
  "u",
  "ins",
  "tg-spoiler",
  "tg-emoji",
  "tg-time",
  "span",
  "pre",
  "code",
  "blockquote",
]);

function decodeHtmlEntity(src: string, pos: number): { ch: string; end: number } | undefined {
  let end = pos + 1;
  let code = 0;
  if (src[end] === "#") {
    end++;
    let radix = 10;
    if (src[end] === "x" || src[end] === "X") {
      radix = 16;
      end++;
    }
    const start = end;
    const digit = radix === 16 ? /[0-9a-fA-F]/ : /[0-9]/;
    while (end < src.length && digit.test(src[end] ?? "")) end++;
    if (end === start || end - start > 7) return undefined;
    code = Number.parseInt(src.slice(start, end), radix);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  } else {
    const start = end;
    while (end < src.length && /[a-zA-Z]/.test(src[end] ?? "")) end++;
    const name = src.slice(start, end);
    const named: Record<string, number> = { lt: 60, gt: 62, amp: 38, quot: 34 };
    const value = named[name];
    if (value === undefined) return undefined;
    code = value;
  }
  if (src[end] === ";") end++;
  return { ch: String.fromCodePoint(code), end };
}

interface OpenTag {
  tag: string;
  offset: number;
  attrs: Map<string, string>;
}

function parseHtml(src: string): FormattedText {
  let out = "";
  const entities: MessageEntity[] = [];
  const stack: OpenTag[] = [];
  const fail = (msg: string): never => {
    throw new EntityParseError(msg);
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "&") {
      const dec = decodeHtmlEntity(src, i);
      if (dec !== undefined) {
        out += dec.ch;
        i = dec.end;
      } else {
        out += "&";
        i++;
      }
      continue;
    }
    if (c !== "<") {
      out += c;
      i++;
      continue;
    }
    const begin = i;
    i++;
    if (src[i] !== "/") {
      const tagBegin = i;
      while (i < src.length && !isSpace(src[i]) && src[i] !== ">") i++;
      if (i >= src.length) fail(`Unclosed start tag at byte offset ${byteOffset(src, begin)}`);
      const tag = src.slice(tagBegin, i).toLowerCase();
      if (!HTML_TAGS.has(tag)) {
        fail(`Unsupported start tag "${tag}" at byte offset ${byteOffset(src, begin)}`);
      }
      const attrs = new Map<string, string>();
      while (src[i] !== ">") {
        while (i < src.length && isSpace(src[i])) i++;
        if (i >= src.length) fail(`Unclosed start tag at byte offset ${byteOffset(src, begin)}`);
        if (src[i] === ">") break;
        const nameBegin = i;
        while (i < src.length && !isSpace(src[i]) && src[i] !== "=" && src[i] !== ">") i++;
        const name = src.slice(nameBegin, i).toLowerCase();
        if (name === "") {
          fail(`Empty attribute name in the tag "${tag}" at byte offset ${byteOffset(src, begin)}`);
        }
        while (i < src.length && isSpace(src[i])) i++;
        if (src[i] !== "=") {
          if (tag === "blockquote" && name === "expandable") {
            attrs.set(name, "");
            continue;
          }
          fail(`Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${byteOffset(src, begin)}`);
        }
        i++;
        while (i < src.length && isSpace(src[i])) i++;
        if (i >= src.length) fail(`Unclosed start tag "${tag}" at byte offset ${byteOffset(src, begin)}`);
        let value = "";
        const q = src[i];
        if (q !== "'" && q !== '"') {
          const tokenBegin = i;
          while (i < src.length && /[a-zA-Z0-9.-]/.test(src[i] ?? "")) i++;
          value = src.slice(tokenBegin, i).toLowerCase();
          if (!isSpace(src[i]) && src[i] !== ">") {
            fail(`Unexpected end of name token at byte offset ${byteOffset(src, tokenBegin)}`);
          }
        } else {
          i++;
          while (i < src.length && src[i] !== q) {
            if (src[i] === "&") {
              const dec = decodeHtmlEntity(src, i);
              if (dec !== undefined) {
                value += dec.ch;
                i = dec.end;
                continue;
              }
            }
            value += src[i];
            i++;
          }
          if (src[i] === q) i++;
        }
        if (i >= src.length) fail(`Unclosed start tag at byte offset ${byteOffset(src, begin)}`);
        attrs.set(name, value);
      }
      if (tag === "span" && attrs.get("class") !== "tg-spoiler") {
        fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(src, begin)}`);
      }
      stack.push({ tag, offset: out.length, attrs });
      i++; // skip '>'
    } else {
      const top = stack.at(-1);
      if (top === undefined) fail(`Unexpected end tag at byte offset ${byteOffset(src, begin)}`);
      const open = top as OpenTag;
      i++;
      const nameBegin = i;
      while (i < src.length && !isSpace(src[i]) && src[i] !== ">") i++;
      const endName = src.slice(nameBegin, i).toLowerCase();
      while (i < src.length && isSpace(src[i])) i++;
      if (src[i] !== ">") fail(`Unclosed end tag at byte offset ${byteOffset(src, begin)}`);
      if (endName !== "" && endName !== open.tag) {
        fail(`Unmatched end tag at byte offset ${byteOffset(src, begin)}, expected "</${open.tag}>", found "</${endName}>"`);
      }
      i++; // skip '>'
      stack.pop();
      const offset = open.offset;
      const length = out.length - offset;
      if (length > 0) {
        const made = htmlEntity(open, offset, length, out, entities);
        if (made !== undefined) entities.push(made);
      }
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed !== undefined) {
    throw new EntityParseError(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  }
  return { text: out, entities };
}

function htmlEntity(open: OpenTag, offset: number, length: number, out: string, entities: MessageEntity[]): MessageEntity | undefined {
  switch (open.tag) {
    case "b":
    case "strong":
      return entity({ type: "bold", offset, length });
    case "i":
    case "em":
      return entity({ type: "italic", offset, length });
    case "s":
    case "strike":
    case "del":
      return entity({ type: "strikethrough", offset, length });
    case "u":
    case "ins":
      return entity({ type: "underline", offset, length });
    case "tg-spoiler":
    case "span":
      return entity({ type: "spoiler", offset, length });
    case "blockquote":
      return entity({
        type: open.attrs.has("expandable") ? "expandable_blockquote" : "blockquote",
        offset,
        length,
      });
    case "tg-emoji": {
      const id = open.attrs.get("emoji-id");
      return id ? entity({ type: "custom_emoji", offset, length, custom_emoji_id: id }) : undefined;
    }
    case "tg-time": {
      const unix = Number(open.attrs.get("unix"));
      if (!Number.isFinite(unix)) return undefined;
      const format = open.attrs.get("format");
      return entity({
        type: "date_time",
        offset,
        length,
        unix_time: unix,
        ...(format ? { date_time_format: format } : {}),
      });
    }
    case "a": {
      const href = open.attrs.get("href") ?? out.slice(offset, offset + length);
      const url = normalizeUrl(href);
      return url === undefined ? undefined : entity({ type: "text_link", offset, length, url });
    }
    case "code": {
      const cls = open.attrs.get("class");
      const language = cls?.startsWith("language-") ? cls.slice(9) : undefined;
      const e = entity({ type: "code", offset, length });
      if (language) Object.defineProperty(e, "__language", { value: language, enumerable: false });
      return e;
    }
    case "pre": {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed by tsc (entities carry a private __language)
      const last = entities.at(-1) as (MessageEntity & { __language?: string }) | undefined;
      if (last !== undefined && last.type === "code" && last.offset === offset && last.length === length && last.__language) {
        entities.pop();
        return entity({ type: "pre", offset, length, language: last.__language });
      }
      return entity({ type: "pre", offset, length });
    }
    default:
      return undefined;
  }
}

function normalizeUrl(href: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed === "") return undefined;
  const withScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(trimmed) ? trimmed : `http://${trimmed}`;
  try {
    const u = new URL(withScheme);
    if (!["http:", "https:", "tg:", "ton:", "mailto:", "tel:"].includes(u.protocol)) return undefined;
    // Telegram returns http(s) URLs normalized with a trailing slash on bare hosts.
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : trimmed;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- MarkdownV2

type MdType = "Bold" | "Italic" | "Underline" | "Strikethrough" | "Spoiler" | "Code" | "Pre" | "TextUrl" | "CustomEmoji";

interface MdOpen {
  type: MdType;
  argument: string;
  offset: number; // utf16 offset in output
  byteOffset: number; // byte offset in source
  beginPos: number; // index in output
}

const RESERVED_V2 = "_*[]()~`>#+-=|{}.!";

function reserved(ch: string): never {
  throw new EntityParseError(`Character '${ch}' is reserved and must be escaped with the preceding '\\'`);
}

function parseMarkdownV2(src: string): FormattedText {
  let out = "";
  const entities: MessageEntity[] = [];
  const stack: MdOpen[] = [];
  let quote: { offset: number; expandable: boolean } | undefined;

  const closeQuote = (): void => {
    if (quote === undefined) return;
    let end = out.length;
    if (out[end - 1] === "\n") end--;
    if (end > quote.offset) {
      entities.push(
        entity({
          type: quote.expandable ? "expandable_blockquote" : "blockquote",
          offset: quote.offset,
          length: end - quote.offset,
        }),
      );
    }
    quote = undefined;
  };

  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? "";
    const top = stack.at(-1);
    const inCode = top !== undefined && (top.type === "Code" || top.type === "Pre");
    const lineStart = i === 0 || src[i - 1] === "\n";
    if (lineStart && !inCode) {
      if (src.startsWith("**>", i)) {
        closeQuote();
        quote = { offset: out.length, expandable: true };
        i += 2;
        continue;
      }
      if (c === ">") {
        if (quote === undefined) quote = { offset: out.length, expandable: false };
        continue;
      }
      if (quote !== undefined && i > 0) closeQuote();
    }
    if (quote?.expandable && !inCode && top?.type !== "Spoiler" && src.startsWith("||", i) && (i + 2 >= src.length || src[i + 2] === "\n")) {
      closeQuote();
      i += 1;
      continue;
    }
    const next = src.charCodeAt(i + 1);
    if (c === "\\" && next > 0 && next <= 126) {
      i++;
      out += src[i];
      continue;
    }
    const reservedChars = inCode ? "`" : RESERVED_V2;
    if (!reservedChars.includes(c)) {
      out += c;
      continue;
    }
    let isEnd = false;
    if (top !== undefined) {
      switch (top.type) {
        case "Bold":
          isEnd = c === "*";
          break;
        case "Italic":
          isEnd = c === "_" && src[i + 1] !== "_";
          break;
        case "Code":
          isEnd = c === "`";
          break;
        case "Pre":
          isEnd = c === "`" && src[i + 1] === "`" && src[i + 2] === "`";
          break;
        case "TextUrl":
        case "CustomEmoji":
          isEnd = c === "]";
          break;
        case "Underline":
          isEnd = c === "_" && src[i + 1] === "_";
          break;
        case "Strikethrough":
          isEnd = c === "~";
          break;
        case "Spoiler":
          isEnd = c === "|" && src[i + 1] === "|";
          break;
      }
    }
    if (!isEnd) {
      const byteAt = byteOffset(src, i);
      let type: MdType;
      let argument = "";
      switch (c) {
        case "_":
          if (src[i + 1] === "_") {
            type = "Underline";
            i++;
          } else {
            type = "Italic";
          }
          break;
        case "*":
          type = "Bold";
          break;
        case "~":
          type = "Strikethrough";
          break;
        case "|":
          if (src[i + 1] === "|") {
            i++;
            type = "Spoiler";
          } else {
            return reserved(c);
          }
          break;
        case "[":
          type = "TextUrl";
          break;
        case "`":
          if (src[i + 1] === "`" && src[i + 2] === "`") {
            i += 3;
            type = "Pre";
            let langEnd = i;
            while (langEnd < src.length && !isSpace(src[langEnd]) && src[langEnd] !== "`") langEnd++;
            if (i !== langEnd && langEnd < src.length && src[langEnd] !== "`") {
              argument = src.slice(i, langEnd);
              i = langEnd;
            }
            if (src[i] === "\n" || src[i] === "\r") {
              if ((src[i + 1] === "\n" || src[i + 1] === "\r") && src[i] !== src[i + 1]) i += 2;
              else i++;
            }
            i--;
          } else {
            type = "Code";
          }
          break;
        case "!":
          if (src[i + 1] === "[") {
            i++;
            type = "CustomEmoji";
          } else {
            return reserved(c);
          }
          break;
        default:
          return reserved(c);
      }
      stack.push({ type, argument, offset: out.length, byteOffset: byteAt, beginPos: out.length });
    } else {
      const open = stack.pop() as MdOpen;
      let skip = out.length === open.offset;
      const offset = open.offset;
      const length = out.length - offset;
      let made: MessageEntity | undefined;
      switch (open.type) {
        case "Bold":
          made = entity({ type: "bold", offset, length });
          break;
        case "Italic":
          made = entity({ type: "italic", offset, length });
          break;
        case "Code":
          made = entity({ type: "code", offset, length });
          break;
        case "Strikethrough":
          made = entity({ type: "strikethrough", offset, length });
          break;
        case "Underline":
          i++;
          made = entity({ type: "underline", offset, length });
          break;
        case "Spoiler":
          i++;
          made = entity({ type: "spoiler", offset, length });
          break;
        case "Pre":
          i += 2;
          made = entity(open.argument ? { type: "pre", offset, length, language: open.argument } : { type: "pre", offset, length });
          break;
        case "TextUrl":
        case "CustomEmoji": {
          let url = "";
          if (src[i + 1] !== "(") {
            url = out.slice(open.beginPos);
          } else {
            i += 2;
            const urlBegin = i;
            while (i < src.length && src[i] !== ")") {
              const n = src.charCodeAt(i + 1);
              if (src[i] === "\\" && n > 0 && n <= 126) {
                url += src[i + 1];
                i += 2;
                continue;
              }
              url += src[i];
              i++;
            }
            if (src[i] !== ")") {
              throw new EntityParseError(`Can't find end of a URL at byte offset ${byteOffset(src, urlBegin)}`);
            }
          }
          if (open.type === "CustomEmoji") {
            const id = /^tg:\/\/emoji\?id=(\d+)$/.exec(url)?.[1];
            if (id === undefined) throw new EntityParseError("Custom emoji URL must have an emoji identifier");
            made = entity({ type: "custom_emoji", offset, length, custom_emoji_id: id });
          } else {
            const normalized = normalizeUrl(url);
            if (normalized === undefined) skip = true;
            else made = entity({ type: "text_link", offset, length, url: normalized });
          }
          break;
        }
      }
      if (!skip && made !== undefined) entities.push(made);
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed !== undefined) {
    throw new EntityParseError(`Can't find end of ${unclosed.type} entity at byte offset ${unclosed.byteOffset}`);
  }
  closeQuote();
  return { text: out, entities };
}

// ---------------------------------------------------------------- Markdown (legacy)

function parseMarkdown(src: string): FormattedText {
  let out = "";
  const entities: MessageEntity[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? "";
    const n = src[i + 1];
    if (c === "\\" && (n === "_" || n === "*" || n === "`" || n === "[")) {
      i++;
      out += n;
      continue;
    }
    if (c !== "_" && c !== "*" && c !== "`" && c !== "[") {
      out += c;
      continue;
    }
    const begin = i;
    const endChar = c === "[" ? "]" : c;
    let isPre = false;
    let language = "";
    i++;
    if (c === "`" && src[i] === "`" && src[i + 1] === "`") {
      i += 2;
      isPre = true;
      let langEnd = i;
      while (langEnd < src.length && !isSpace(src[langEnd]) && src[langEnd] !== "`") langEnd++;
      if (i !== langEnd && langEnd < src.length && src[langEnd] !== "`") {
        language = src.slice(i, langEnd);
        i = langEnd;
      }
      if (src[i] === "\n" || src[i] === "\r") {
        if ((src[i + 1] === "\n" || src[i + 1] === "\r") && src[i] !== src[i + 1]) i += 2;
        else i++;
      }
    }
    const offset = out.length;
    while (i < src.length && (src[i] !== endChar || (isPre && !(src[i + 1] === "`" && src[i + 2] === "`")))) {
      out += src[i];
      i++;
    }
    if (i >= src.length) {
      throw new EntityParseError(`Can't find end of the entity starting at byte offset ${byteOffset(src, begin)}`);
    }
    const length = out.length - offset;
    if (length > 0) {
      switch (c) {
        case "_":
          entities.push(entity({ type: "italic", offset, length }));
          break;
        case "*":
          entities.push(entity({ type: "bold", offset, length }));
          break;
        case "[": {
          let url = "";
          if (src[i + 1] !== "(") {
            url = out.slice(offset);
          } else {
            i += 2;
            const urlBegin = i;
            while (i < src.length && src[i] !== ")") {
              url += src[i];
              i++;
            }
            if (src[i] !== ")") {
              throw new EntityParseError(`Can't find end of a URL at byte offset ${byteOffset(src, urlBegin)}`);
            }
          }
          const normalized = normalizeUrl(url);
          if (normalized !== undefined) entities.push(entity({ type: "text_link", offset, length, url: normalized }));
          break;
        }
        case "`":
          entities.push(
            entity(
              isPre
                ? language
                  ? { type: "pre", offset, length, language }
                  : { type: "pre", offset, length }
                : { type: "code", offset, length },
            ),
          );
          break;
      }
    }
    if (isPre) i += 2;
  }
  return { text: out, entities };
}

// ---------------------------------------------------------------- fix_formatted_text

const WORD = /[\p{L}\p{N}_]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

function overlaps(a: { offset: number; length: number }, b: { offset: number; length: number }): boolean {
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/** Entity types that auto-detected entities may not intersect. */
const EXCLUSIVE = new Set([
  "code",
  "pre",
  "text_link",
  "text_mention",
  "url",
  "email",
  "mention",
  "hashtag",
  "cashtag",
  "bot_command",
  "phone_number",
  "custom_emoji",
  "date_time",
]);

/** Finds the entities Telegram detects by itself in any message text. */
export function detectEntities(text: string): MessageEntity[] {
  const found: MessageEntity[] = [];
  const add = (type: string, offset: number, length: number): void => {
    const e = { type, offset, length };
    if (found.some((f) => overlaps(f, e))) return;
    found.push(entity(e));
  };
  // URLs and e-mails first: mentions/commands inside them are not separate entities.
  for (const m of text.matchAll(/(?:https?:\/\/|www\.)[^\s<>"]+/gi)) {
    const start = m.index;
    if (start > 0 && (isWordChar(text[start - 1]) || text[start - 1] === "@")) continue;
    let url = m[0];
    while (url.length > 0) {
      const last = url.at(-1) ?? "";
      if (".,;:!?'\"".includes(last)) url = url.slice(0, -1);
      else if (last === ")" && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
        url = url.slice(0, -1);
      } else break;
    }
    if (/^(?:https?:\/\/|www\.)[^.\s/]+\.[^\s]/i.test(url) || /^https?:\/\/(?:localhost|\d+\.\d+\.\d+\.\d+)/i.test(url)) {
      add("url", start, url.length);
    }
  }
  for (const m of text.matchAll(/[a-zA-Z0-9._%+-]+@[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.[a-zA-Z]{2,}/g)) {
    const start = m.index;
    if (start > 0 && isWordChar(text[start - 1])) continue;
    add("email", start, m[0].length);
  }
  for (const m of text.matchAll(/\/[a-zA-Z0-9_]+(?:@[a-zA-Z0-9_]+)?/g)) {
    const start = m.index;
    const prev = text[start - 1];
    if (start > 0 && (isWordChar(prev) || prev === "/" || prev === "<" || prev === ">" || prev === "\\")) continue;
    let cmd = m[0];
    const at = cmd.indexOf("@");
    const name = at === -1 ? cmd.slice(1) : cmd.slice(1, at);
    if (name.length > 64) continue;
    if (at !== -1) {
      const user = cmd.slice(at + 1);
      if (user.length < 3 || user.length > 32) cmd = cmd.slice(0, at);
    }
    const next = text[start + cmd.length];
    if (next !== undefined && (isWordChar(next) || next === "/" || next === "<" || next === ">" || next === "\\")) {
      continue;
    }
    add("bot_command", start, cmd.length);
  }
  for (const m of text.matchAll(/@[a-zA-Z0-9_]{3,32}/g)) {
    const start = m.index;
    if (start > 0 && (isWordChar(text[start - 1]) || text[start - 1] === "@")) continue;
    if (isWordChar(text[start + m[0].length])) continue;
    add("mention", start, m[0].length);
  }
  for (const m of text.matchAll(/#[\p{L}\p{N}_]{1,256}/gu)) {
    const start = m.index;
    if (start > 0 && (isWordChar(text[start - 1]) || text[start - 1] === "#")) continue;
    if (/^#\d+$/.test(m[0])) continue;
    add("hashtag", start, m[0].length);
  }
  for (const m of text.matchAll(/\$[A-Z]{1,8}/g)) {
    const start = m.index;
    if (start > 0 && (isWordChar(text[start - 1]) || text[start - 1] === "$")) continue;
    if (isWordChar(text[start + m[0].length])) continue;
    add("cashtag", start, m[0].length);
  }
  return found;
}

export function sortEntities(entities: MessageEntity[]): MessageEntity[] {
  return [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
}

/**
 * Server-side normalization of a message text (TDLib's fix_formatted_text):
 * trims surrounding whitespace, clips/drops entities, adds auto-detected
 * entities that do not collide with given ones.
 */
export function finalizeText(text: string, given: readonly MessageEntity[]): FormattedText {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const end = trimmed.length;
  const kept: MessageEntity[] = [];
  for (const e of given) {
    if (typeof e.offset !== "number" || typeof e.length !== "number" || e.length <= 0) continue;
    const start = Math.max(0, e.offset - lead);
    const stop = Math.min(end, e.offset + e.length - lead);
    if (stop <= start) continue;
    kept.push({ ...e, offset: start, length: stop - start });
  }
  const auto = detectEntities(trimmed).filter((a) => !kept.some((k) => EXCLUSIVE.has(k.type) && overlaps(k, a)));
  return { text: trimmed, entities: sortEntities([...kept, ...auto]) };
}
