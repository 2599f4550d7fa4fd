/**
 * What must hold for every Bot API call the bot makes, whatever the user sent:
 * - translated: no raw Fluent message id as a text or a line of it, no "{$var}" leftovers,
 *   no "undefined", "NaN" or "[object Object]";
 * - valid for Telegram: text 1–4096 characters after parsing, HTML that Telegram can parse (the
 *   fake Bot API's own parser), callback data 1–64 bytes, button texts non-empty, callback
 *   answers ≤ 200 characters;
 * - secret: no connected API key anywhere in the payload.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EntityParseError, parseFormatted } from "../support/fake-entities.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Every Fluent message id of every locale. */
export const FLUENT_IDS: ReadonlySet<string> = (() => {
  const ids = new Set<string>();
  const dir = path.join(ROOT, "locales");
  for (const locale of readdirSync(dir)) {
    let files: string[];
    try {
      files = readdirSync(path.join(dir, locale)).filter((f) => f.endsWith(".ftl"));
    } catch {
      continue;
    }
    for (const f of files) {
      const src = readFileSync(path.join(dir, locale, f), "utf8");
      for (const m of src.matchAll(/^(-?[a-zA-Z][\w-]*)\s*=/gm)) ids.add(m[1]!);
    }
  }
  return ids;
})();

/** Words no reply should contain (user input containing them is never generated). */
export const LEAK_RE = /\bundefined\b|\bNaN\b|\[object \w+\]|\{\s*\$[\w-]*\s*\}/;

/** Texts shown to the user in a payload: text fields, captions, titles, button labels, inline results. */
function shownStrings(value: unknown, key = "", out: Array<{ where: string; text: string }> = []): Array<{ where: string; text: string }> {
  if (typeof value === "string") {
    if (["text", "caption", "title", "description", "message_text"].includes(key)) out.push({ where: key, text: value });
    return out;
  }
  if (Array.isArray(value)) {
    for (const v of value) shownStrings(v, key, out);
    return out;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) shownStrings(v, k, out);
  }
  return out;
}

function checkKeyboard(markup: unknown, problems: string[]): void {
  const rows = (markup as { inline_keyboard?: unknown })?.inline_keyboard;
  if (rows === undefined) return;
  if (!Array.isArray(rows)) return void problems.push("inline_keyboard is not an array");
  for (const row of rows) {
    if (!Array.isArray(row)) return void problems.push("a keyboard row is not an array");
    for (const b of row as Array<Record<string, unknown>>) {
      if (typeof b.text !== "string" || b.text.trim() === "") problems.push(`a button without text: ${JSON.stringify(b)}`);
      if (b.callback_data !== undefined) {
        const bytes = Buffer.byteLength(String(b.callback_data), "utf8");
        if (bytes < 1 || bytes > 64) problems.push(`callback_data of ${bytes} bytes: ${JSON.stringify(b.callback_data)}`);
      }
      if (b.url !== undefined && !/^(https?|tg):\/\/\S+$/.test(String(b.url))) problems.push(`bad button url ${JSON.stringify(b.url)}`);
    }
  }
}

function checkFormatted(text: string, parseMode: unknown, where: string, problems: string[]): void {
  let plain = text;
  if (typeof parseMode === "string" && parseMode !== "") {
    try {
      plain = parseFormatted(text, parseMode).text;
    } catch (err) {
      if (err instanceof EntityParseError) {
        problems.push(`${where}: Telegram would refuse it (can't parse entities: ${err.message}): ${JSON.stringify(text.slice(0, 300))}`);
        return;
      }
      throw err;
    }
  }
  if (plain.trim() === "") problems.push(`${where}: empty text`);
  if (plain.length > 4096) problems.push(`${where}: ${plain.length} characters (Telegram allows 4096)`);
}

/** Problems of one outgoing call; empty when it is fine. */
export function callProblems(method: string, payload: Record<string, unknown>, secrets: readonly string[]): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(payload);
  for (const s of secrets) if (json.includes(s)) problems.push(`${method} carries an API key`);

  for (const { where, text } of shownStrings(payload)) {
    const lines = text.split("\n").map((l) => l.trim());
    const raw = lines.find((l) => FLUENT_IDS.has(l) && (l.includes("-") || l === text.trim()));
    if (raw !== undefined) problems.push(`${method}.${where}: raw Fluent id "${raw}" in ${JSON.stringify(text.slice(0, 200))}`);
    const leak = LEAK_RE.exec(text);
    if (leak) problems.push(`${method}.${where}: "${leak[0]}" in ${JSON.stringify(text.slice(0, 300))}`);
  }

  if (method === "sendMessage" || method === "editMessageText") {
    checkFormatted(String(payload.text ?? ""), payload.parse_mode, method, problems);
  }
  if (method === "answerCallbackQuery" && typeof payload.text === "string" && payload.text.length > 200) {
    problems.push(`answerCallbackQuery text of ${payload.text.length} characters (Telegram allows 200)`);
  }
  if (method === "answerInlineQuery") {
    const results = payload.results as Array<Record<string, unknown>> | undefined;
    if (!Array.isArray(results)) problems.push("answerInlineQuery without results array");
    else {
      if (results.length > 50) problems.push(`answerInlineQuery with ${results.length} results (Telegram allows 50)`);
      const ids = new Set<string>();
      for (const r of results) {
        const id = String(r.id);
        if (ids.has(id)) problems.push(`answerInlineQuery: duplicate result id ${id}`);
        ids.add(id);
        if (Buffer.byteLength(id, "utf8") > 64) problems.push(`answerInlineQuery: result id over 64 bytes`);
        const content = r.input_message_content as Record<string, unknown> | undefined;
        if (content && typeof content.message_text === "string") {
          checkFormatted(content.message_text, content.parse_mode, "inline result", problems);
        }
        checkKeyboard(r.reply_markup, problems);
      }
    }
  }
  checkKeyboard(payload.reply_markup, problems);
  return problems;
}
