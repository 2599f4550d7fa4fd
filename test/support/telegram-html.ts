/**
 * A strict validator of Telegram's HTML subset (Bot API "HTML style"), for tests: every text the bot
 * renders must pass it.
 *
 * - tags: b strong i em u ins s strike del, span class="tg-spoiler", tg-spoiler, a href="…",
 *   code (class="language-…"), pre, blockquote (expandable), tg-emoji emoji-id="…";
 * - every tag closed, properly nested; no attributes other than those;
 * - entities: only &lt; &gt; &amp; &quot; (and numeric ones); a bare "&" or "<" / ">" in text is an error;
 * - at most `max` (4096) UTF-16 units of text after parsing, and not empty.
 */
export interface HtmlCheck {
  ok: boolean;
  errors: string[];
  /** The text after parsing (tags dropped, entities decoded). */
  text: string;
}

const ALLOWED: Record<string, readonly string[]> = {
  b: [],
  strong: [],
  i: [],
  em: [],
  u: [],
  ins: [],
  s: [],
  strike: [],
  del: [],
  span: ["class"],
  "tg-spoiler": [],
  a: ["href"],
  code: ["class"],
  pre: [],
  blockquote: ["expandable"],
  "tg-emoji": ["emoji-id"],
};

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

export function checkTelegramHtml(src: string, max = 4096): HtmlCheck {
  const errors: string[] = [];
  const stack: string[] = [];
  let text = "";
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "&") {
      const m = /^&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]+);/.exec(src.slice(i, i + 12));
      if (!m) {
        errors.push(`bare "&" at ${i}`);
        text += "&";
        i++;
        continue;
      }
      const name = m[1]!;
      if (name.startsWith("#")) {
        const code = name[1] === "x" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) errors.push(`bad numeric entity ${m[0]}`);
        else text += String.fromCodePoint(code);
      } else if (NAMED[name] === undefined) {
        errors.push(`unsupported entity ${m[0]}`);
      } else text += NAMED[name];
      i += m[0].length;
      continue;
    }
    if (c === ">") {
      errors.push(`bare ">" at ${i}`);
      text += c;
      i++;
      continue;
    }
    if (c !== "<") {
      text += c;
      i++;
      continue;
    }
    const gt = src.indexOf(">", i);
    if (gt < 0) {
      errors.push(`unclosed "<" at ${i}`);
      break;
    }
    const inner = src.slice(i + 1, gt);
    i = gt + 1;
    if (inner.startsWith("/")) {
      const name = inner.slice(1).trim().toLowerCase();
      const top = stack.pop();
      if (top === undefined) errors.push(`unexpected </${name}>`);
      else if (name !== top) errors.push(`</${name}> closes <${top}>`);
      continue;
    }
    const m = /^([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))?)*)\s*$/.exec(inner);
    if (!m) {
      errors.push(`malformed tag <${inner.slice(0, 40)}>`);
      continue;
    }
    const name = m[1]!.toLowerCase();
    const allowed = ALLOWED[name];
    if (!allowed) {
      errors.push(`unsupported tag <${name}>`);
      continue;
    }
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g)) attrs.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? "");
    for (const [k, v] of attrs) {
      if (!allowed.includes(k)) errors.push(`attribute ${k} not allowed on <${name}>`);
      if (v.includes("&") && !/^(?:[^&]|&(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);)*$/i.test(v)) errors.push(`bad entity in attribute ${k}`);
    }
    if (name === "span" && attrs.get("class") !== "tg-spoiler") errors.push(`<span> without class="tg-spoiler"`);
    if (name === "a" && !attrs.get("href")) errors.push("<a> without href");
    if (name === "tg-emoji" && !attrs.get("emoji-id")) errors.push("<tg-emoji> without emoji-id");
    stack.push(name);
  }
  for (const open of stack) errors.push(`<${open}> is never closed`);
  const trimmed = text.trim();
  if (trimmed.length === 0) errors.push("empty text");
  if (trimmed.length > max) errors.push(`${trimmed.length} characters after parsing (limit ${max})`);
  return { ok: errors.length === 0, errors, text: trimmed };
}

/** Throws with the errors (for expect(...).not.toThrow() style use). */
export function assertTelegramHtml(src: string, label = "", max = 4096): void {
  const r = checkTelegramHtml(src, max);
  if (!r.ok) throw new Error(`${label}: invalid Telegram HTML: ${r.errors.slice(0, 5).join("; ")}\n${src.slice(0, 300)}`);
}
