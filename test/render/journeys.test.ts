/**
 * Through the real bot (test/helpers/harness.ts):
 * - issue 14: journeys in Russian and Arabic (/start, /balance, /orders, /status, the order wizard to
 *   its summary): texts in that language, valid Telegram HTML, money as the locale writes it;
 * - issue 12: panel text is data (unknown status words, panel error texts) in /status, /orders,
 *   /refills and inline; long names, descriptions and statuses fit; a refused send is re-sent plain.
 */
import { accountScope, userOwner } from "../../src/storage/types.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { User } from "grammy/types";
import { Harness, type ApiCall } from "../helpers/harness.js";
import { WizardDriver } from "../order/helpers.js";
import { checkTelegramHtml } from "../support/telegram-html.js";
import { money } from "../../src/bot/format.js";
import { PanelError } from "../../src/panel/errors.js";
import { LANGUAGE_NAMES } from "../../src/bot/features/language.js";
import { ordersPageData } from "../../src/bot/features/orders.js";
import { orderActionData } from "../../src/bot/callbacks.js";

const IVAN: User = { id: 2001, is_bot: false, first_name: "Иван <b>", language_code: "ru" };
const AMAL: User = { id: 2002, is_bot: false, first_name: "أمل & co", language_code: "ar" };
const ALICE: User = { id: 2003, is_bot: false, first_name: "Alice", language_code: "en" };
const LINK = "https://instagram.com/p/abc123";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(async () => {
  await h.close();
});

/** Every text the bot sent or edited, checked as Telegram HTML (parse mode as sent). */
function checked(calls: ApiCall[]): string[] {
  const out: string[] = [];
  for (const c of calls) {
    if (c.method !== "sendMessage" && c.method !== "editMessageText") continue;
    const text = String(c.payload.text);
    expect(c.payload.parse_mode, `${c.method} is sent as HTML: ${text.slice(0, 80)}`).toBe("HTML");
    const r = checkTelegramHtml(text);
    expect(r.errors, text.slice(0, 200)).toEqual([]);
    out.push(r.text);
  }
  for (const c of calls) {
    if (c.method === "answerCallbackQuery" && c.payload.text !== undefined) {
      expect(String(c.payload.text).length).toBeLessThanOrEqual(200);
      expect(String(c.payload.text)).not.toMatch(/&(lt|gt|amp|quot);/);
    }
    if (c.method === "answerInlineQuery") {
      for (const r of c.payload.results as Array<{ title: string; input_message_content: { message_text: string } }>) {
        const check = checkTelegramHtml(r.input_message_content.message_text);
        expect(check.errors, r.input_message_content.message_text.slice(0, 200)).toEqual([]);
        expect(r.title.length).toBeLessThanOrEqual(120);
      }
    }
  }
  return out;
}

const CYRILLIC = /[\u0400-\u04FF]/;
const ARABIC = /[\u0600-\u06FF]/;

async function journey(user: User, script: RegExp): Promise<string[]> {
  const all: string[] = [];
  const run = async (calls: Promise<ApiCall[]>) => {
    const texts = checked(await calls);
    for (const t of texts) expect(t, `in the user's language: ${t.slice(0, 80)}`).toMatch(script);
    all.push(...texts);
    return texts;
  };
  await run(h.text(user, "/start"));
  await h.connect(user);
  h.panel!.accounts.get("test-key-0001")!.balance = "1500000";
  h.panel!.accounts.get("test-key-0001")!.currency = "RUB";
  await run(h.text(user, "/balance"));
  await run(h.text(user, "/orders"));
  const order = h.panel!.seedOrder("test-key-0001", {
    status: "In progress",
    charge: "0.62775",
    currency: "USD",
    startCount: 1200,
    remains: 300,
  });
  await run(h.text(user, `/status ${order.id}`));
  await run(h.text(user, `/status ${order.id} 99999999`));
  await run(h.text(user, "/help"));
  const w = new WizardDriver(h, user);
  checked(await w.start("/order 1448"));
  checked(await w.step(LINK));
  checked(await w.step("1000"));
  const summary = await w.step({ press: "ow:drip:0" });
  const texts = checked(summary);
  for (const t of texts) expect(t).toMatch(script);
  all.push(...texts);
  return all;
}

describe("issue 14: journeys in Russian and Arabic", () => {
  it("speaks Russian, with roubles and dollars as Russians write them", async () => {
    const all = (await journey(IVAN, CYRILLIC)).join("\n");
    expect(all).toContain("1\u00A0500\u00A0000,00\u00A0₽"); // balance, no-break spaces, symbol after
    expect(all).toContain("0,62775\u00A0$"); // the charge keeps the panel's digits
    expect(all).toContain("Иван <b>"); // the user's name is text, not markup
    expect(all).not.toMatch(/Balance|Status of|Here is what I can do/);
  });

  it("speaks Arabic, with IDs and amounts isolated and Latin digits", async () => {
    const all = (await journey(AMAL, ARABIC)).join("\n");
    expect(all).toContain("أمل & co");
    expect(all).toMatch(/\u2068[^\u2069]*1,500,000\.00[^\u2069]*\u2069/); // the balance, isolated
    expect(all).not.toMatch(/[\u0660-\u0669]/); // no Arabic-Indic digits mixed with the panel's IDs
    expect(all).not.toMatch(/Balance|Status of|Here is what I can do/);
  });

  it("shows every language in its own name in the picker", async () => {
    const calls = await h.text(ALICE, "/language");
    const labels = Harness.buttons(calls).map((b) => b.text.replace(/^✅ /, ""));
    expect(labels.sort()).toEqual(Object.values(LANGUAGE_NAMES).sort());
  });

  it("formats money and numbers per locale, never rounding a price", () => {
    const table: Array<[string, string, string, string]> = [
      ["en", "0.00045", "USD", "$0.00045"],
      ["sl", "0.00045", "USD", "0,00045\u00A0$"],
      ["ru", "1500000", "RUB", "1\u00A0500\u00A0000,00\u00A0₽"],
      ["id", "12345678", "IDR", "Rp\u00A012.345.678"],
      ["sl", "0.5", "EUR", "0,50\u00A0€"],
      ["de", "1234567.5", "EUR", "1.234.567,50\u00A0€"],
      ["ru", "1234567.891", "USD", "1\u00A0234\u00A0567,891\u00A0$"],
      ["pt", "1234.5", "BRL", "R$\u00A01.234,50"],
      ["hi", "1234567", "INR", "₹12,34,567.00"],
      ["uk", "1500", "UAH", "1\u00A0500,00\u00A0₴"],
      ["es", "1234.5", "EUR", "1234,50\u00A0€"],
      ["en", "12.5", "USDT", "12.50\u00A0USDT"],
    ];
    for (const [locale, amount, currency, expected] of table)
      expect(money(locale, amount, currency), `${locale} ${amount} ${currency}`).toBe(expected);
    expect(money("sl", "not a number", "USD")).toBe("not a number USD");
  });

  it("accepts /notifications in the group's language and shows its words", async () => {
    const group = { id: -100777, type: "supergroup" as const, title: "Группа" };
    await h.deps.storage.prefs.update(group.id, { language: "ru" });
    h.admins.set(group.id, new Set([IVAN.id]));
    const usage = checked(await h.text(IVAN, "/notifications", group)).join("\n");
    expect(usage).toContain("/notifications вкл");
    checked(await h.text(IVAN, "/notifications выкл", group));
    expect((await h.deps.storage.prefs.get(group.id)).notifications).toBe(false);
    checked(await h.text(IVAN, "/notifications Вкл", group));
    expect((await h.deps.storage.prefs.get(group.id)).notifications).toBe(true);
    const help = checked(await h.text(IVAN, "/help", group)).join("\n");
    expect(help).toContain("/notifications вкл|выкл");
  });
});

describe("issue 12: panel text is data", () => {
  const WEIRD = ["In <queue>", "<b>Weird & co"];

  for (const status of WEIRD) {
    it(`shows the unknown status "${status}" as text in /status, /orders, /refills and inline`, async () => {
      await h.connect(ALICE);
      const order = h.panel!.seedOrder("test-key-0001", { status, charge: "1.5", currency: "USD" });
      const single = checked(await h.text(ALICE, `/status ${order.id}`)).join("\n");
      expect(single).toContain(status);
      const many = checked(await h.text(ALICE, `/status ${order.id} ${order.id}1`)).join("\n");
      expect(many).toContain(status);
      await h.text(ALICE, `/track ${order.id}`);
      checked(await h.text(ALICE, "/orders"));
      const refreshed = checked(await h.press(ALICE, ordersPageData(0, true))).join("\n");
      expect(refreshed).toContain(status);
      const refill = { id: "77", orderId: order.id, key: "test-key-0001", status };
      h.panel!.refills.set(refill.id, refill);
      const refills = checked(await h.text(ALICE, `/refills ${refill.id}`)).join("\n");
      expect(refills).toContain(status);
      checked(await h.text(ALICE, `/refills ${refill.id} 78`));
      const inline = await h.inline(ALICE, order.id);
      checked(inline);
      const answer = inline.find((c) => c.method === "answerInlineQuery")!.payload as {
        results: Array<{ description?: string; input_message_content: { message_text: string } }>;
      };
      expect(checkTelegramHtml(answer.results[0]!.input_message_content.message_text).text).toContain(status);
      expect(answer.results[0]!.description).toContain(status);
    });
  }

  it("shows a panel error text as text in /status, /orders, inline and button answers", async () => {
    await h.connect(ALICE);
    const order = h.panel!.seedOrder("test-key-0001", { status: "Pending" });
    const client = h.deps.panels.find(h.deps.config.panels[0]!.id)!.client;
    const refusal = () => new PanelError("invalid_input", "refused", { panelMessage: "Order <script> blocked" });
    client.statuses = async (_key: string, ids: readonly string[]) => new Map(ids.map((id) => [id, { ok: false as const, error: refusal() }]));
    client.status = async () => {
      throw refusal();
    };
    const single = checked(await h.text(ALICE, `/status ${order.id}`)).join("\n");
    expect(single).toContain("Order <script> blocked");
    const many = checked(await h.text(ALICE, `/status ${order.id} 12345`)).join("\n");
    expect(many).toContain("Order <script> blocked");
    await h.deps.storage.orders.track({
      chatId: ALICE.id,
      owner: `u:${ALICE.id}`,
      panelId: h.deps.config.panels[0]!.id,
      orderId: order.id,
      source: "manual",
      createdAt: Date.now(),
    });
    checked(await h.text(ALICE, "/orders"));
    const refresh = checked(await h.press(ALICE, ordersPageData(0, true)));
    expect(refresh.join("\n")).not.toContain("<script>alert");
    const inline = await h.inline(ALICE, order.id);
    checked(inline);
    const pressed = await h.press(ALICE, orderActionData("refresh", h.deps.config.panels[0]!.id, order.id));
    checked(pressed);
    const alert = pressed.find((c) => c.method === "answerCallbackQuery")?.payload.text;
    if (alert !== undefined) expect(String(alert)).not.toContain("&lt;");
  });
});

describe("issue 12: every message fits", () => {
  it("fits a 5,000-character status in /status and inline", async () => {
    await h.connect(ALICE);
    const order = h.panel!.seedOrder("test-key-0001", { status: `${"Weird <status> ".repeat(340)}` });
    const texts = checked(await h.text(ALICE, `/status ${order.id}`));
    expect(texts.length).toBeGreaterThan(0);
    checked(await h.inline(ALICE, order.id));
  });

  it("fits a 3,000-character service name and a long description on service cards and in the wizard", async () => {
    await h.connect(ALICE);
    const name = `${"Instagram <Followers> & more ".repeat(104)}`.slice(0, 3000);
    const description = "Line & <tag>\n".repeat(800);
    h.panel!.setCatalogue(h.panel!.catalogue.map((s) => (s.id === "1448" ? { ...s, name, description, category: `${name} category` } : s)));
    await h.deps.catalogue.refresh(h.deps.config.panels[0]!.id, "test-key-0001", accountScope(userOwner(ALICE.id), "1"));
    const calls = await h.text(ALICE, "/services Instagram");
    checked(calls);
    const card = Harness.buttons(calls).find((b) => b.text.startsWith("Instagram <Followers>"));
    expect(card, "a button for the long service").toBeDefined();
    expect(card!.text.length).toBeLessThanOrEqual(64);
    checked(await h.press(ALICE, card!.data!));
    const w = new WizardDriver(h, ALICE);
    checked(await w.start("/order 1448"));
    checked(await w.step(LINK));
    checked(await w.step("1000"));
    checked(await w.step({ press: "ow:drip:0" }));
  });

  it("re-sends a refused text once as plain text, and the next message is not affected", async () => {
    await h.connect(ALICE);
    let refused = 0;
    h.answer = (call) => {
      if (call.method === "sendMessage" && call.payload.parse_mode === "HTML" && refused === 0) {
        refused++;
        throw new Error('Bad Request: can\'t parse entities: Unsupported start tag "queue" at byte offset 3');
      }
      return undefined;
    };
    const calls = await h.text(ALICE, "/balance");
    const sends = calls.filter((c) => c.method === "sendMessage");
    expect(sends).toHaveLength(2);
    expect(sends[1]!.payload.parse_mode).toBeUndefined();
    expect(String(sends[1]!.payload.text)).toMatch(/Balance/);
    const next = await h.text(ALICE, "/balance");
    expect(next.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    expect(next[next.length - 1]!.payload.parse_mode).toBe("HTML");
  });

  it("drops a message refused twice (logged), and answers the next update normally", async () => {
    await h.connect(ALICE);
    let failing = true;
    h.answer = (call) => {
      if (call.method === "sendMessage" && failing) throw new Error("Bad Request: message is too long");
      return undefined;
    };
    const before = h.calls.length;
    // Handlers see the error (bot.catch answers it when polling); nothing is retried beyond the one plain copy.
    await expect(h.text(ALICE, "/balance")).rejects.toThrow(/message is too long/);
    const sends = h.calls.slice(before).filter((c) => c.method === "sendMessage");
    expect(sends.length).toBeLessThanOrEqual(4); // the reply and its plain copy, the error notice and its plain copy
    expect(sends[1]!.payload.parse_mode).toBeUndefined();
    failing = false;
    const next = await h.text(ALICE, "/balance");
    expect(Harness.texts(next).join("\n")).toMatch(/Balance/);
  });
});
