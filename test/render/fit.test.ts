import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitHtml, fitLabel, fitPayload, fitText, htmlLength, splitHtml } from "../../src/bot/fit.js";
import { escapeHtml, html, plainText, raw, wellFormed } from "../../src/bot/html.js";
import { checkTelegramHtml } from "../support/telegram-html.js";

describe("html", () => {
  it("escapes interpolated values and keeps fragments", () => {
    expect(html`<b>${'<i>&"'}</b> ${raw("<code>1</code>")} ${42}`.html).toBe("<b>&lt;i&gt;&amp;&quot;</b> <code>1</code> 42");
    expect(plainText("<b>a &lt;b&gt; &amp;lt; &quot;q&quot;</b>")).toBe('a <b> &lt; "q"');
  });

  it("replaces lone surrogates (Telegram refuses strings that are not UTF-8), keeps pairs", () => {
    expect(escapeHtml("a\ud800b\udc00c😀")).toBe("a\ufffdb\ufffdc😀");
    expect(wellFormed("😀".slice(0, 1))).toBe("\ufffd");
    const p = fitPayload("sendMessage", {
      chat_id: 1,
      text: "x\ud83d",
      reply_markup: { inline_keyboard: [[{ text: "\udc00", callback_data: "a" }]] },
    });
    expect(p.text).toBe("x\ufffd");
    expect((p.reply_markup as { inline_keyboard: Array<Array<{ text: string }>> }).inline_keyboard[0]![0]!.text).toBe("\ufffd");
    const results = fitPayload("answerInlineQuery", { inline_query_id: "1", results: [{ type: "article", id: "1", title: "t\ud800" }] }).results;
    expect(JSON.stringify(results)).not.toMatch(/\\ud800/);
  });
});

describe("fit", () => {
  it("leaves HTML that fits alone and counts parsed characters", () => {
    expect(htmlLength("<b>a&amp;b</b>")).toBe(3);
    expect(fitHtml("<b>short</b>")).toBe("<b>short</b>");
  });

  it("cuts long HTML at a character, closing tags, never inside an entity or a surrogate pair", () => {
    const long = `<b>${"&amp;😀x".repeat(2000)}</b>`;
    const cut = fitHtml(long, 4096);
    expect(htmlLength(cut)).toBeLessThanOrEqual(4096);
    expect(checkTelegramHtml(cut).errors).toEqual([]);
    expect(cut.endsWith("…</b>")).toBe(true);
  });

  it("keeps any escaped text valid after fitting and splitting (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("b", "i", "code", "u"), fc.string({ maxLength: 400 })), { maxLength: 40 }),
        fc.integer({ min: 10, max: 600 }),
        (parts, max) => {
          const src = parts.map(([tag, text]) => `<${tag}>${escapeHtml(text)}</${tag}>\n`).join("") + "end";
          const cut = fitHtml(src, max);
          expect(htmlLength(cut)).toBeLessThanOrEqual(max);
          expect(checkTelegramHtml(cut, Infinity).errors.filter((e) => e !== "empty text")).toEqual([]);
          for (const piece of splitHtml(src, max)) {
            expect(htmlLength(piece)).toBeLessThanOrEqual(max);
            expect(checkTelegramHtml(piece, Infinity).errors.filter((e) => e !== "empty text")).toEqual([]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("fits labels, alerts, inline results and captions", () => {
    expect(fitLabel(`${"x".repeat(100)}\nmore`).length).toBeLessThanOrEqual(64);
    expect(fitText("😀".repeat(150), 200).length).toBeLessThanOrEqual(200);
    const answer = fitPayload("answerCallbackQuery", { callback_query_id: "1", text: `Order &lt;script&gt; ${"y".repeat(300)}` });
    expect(String(answer.text)).toMatch(/^Order <script> y+…$/);
    expect(String(answer.text).length).toBeLessThanOrEqual(200);
    const inline = fitPayload("answerInlineQuery", {
      inline_query_id: "1",
      results: [
        {
          type: "article",
          id: "a",
          title: "t".repeat(500),
          description: "d".repeat(900),
          input_message_content: { message_text: `<b>${"z".repeat(6000)}</b>`, parse_mode: "HTML" },
        },
      ],
    });
    const r = (inline.results as Array<{ title: string; description: string; input_message_content: { message_text: string } }>)[0]!;
    expect(r.title.length).toBeLessThanOrEqual(120);
    expect(r.description.length).toBeLessThanOrEqual(200);
    expect(htmlLength(r.input_message_content.message_text)).toBeLessThanOrEqual(4096);
    const photo = fitPayload("sendPhoto", { chat_id: 1, photo: "x", caption: "c".repeat(2000) });
    expect(String(photo.caption).length).toBeLessThanOrEqual(1024);
    const msg = fitPayload("sendMessage", { chat_id: 1, text: "a & b" });
    expect(msg.parse_mode).toBe("HTML");
    const kb = fitPayload("sendMessage", {
      chat_id: 1,
      text: "x",
      parse_mode: "HTML",
      reply_markup: { inline_keyboard: [[{ text: "n".repeat(3000), callback_data: "d" }]] },
    });
    expect((kb.reply_markup as { inline_keyboard: Array<Array<{ text: string }>> }).inline_keyboard[0]![0]!.text.length).toBeLessThanOrEqual(64);
  });
});
