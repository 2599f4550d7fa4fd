/**
 * Issue 12, item 6: the bot dies while `add` is in flight (the panel did place the order). After
 * the restart the chat is told once what may have been placed, /orders lists it as "outcome
 * unknown", and one tap (+ the ID) tracks it; or it is dismissed.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { recoverPlacements } from "../../src/bot/features/placements.js";
import { createI18n } from "../../src/bot/i18n.js";
import { WizardDriver, buttonData } from "../order/helpers.js";

const LINK = "https://instagram.com/p/crash123";
let dir: string;
let panel: MockPanel;
let crashed: Harness;
let h: Harness;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "smmbot-crash-"));
  panel = await startMockPanel();
  // The first bot: the order goes to the panel, which places it and never answers.
  crashed = await Harness.create({ dataDir: dir, panel, panelTimeoutMs: 60_000 });
  await crashed.connect(ALICE);
  const w = new WizardDriver(crashed, ALICE);
  await w.start("/order 1448");
  await w.run([LINK, "1000", { press: "ow:drip:0" }]);
  panel.setFault({ mode: "timeout", actions: ["add"], applyAction: true });
  void crashed.press(ALICE, w.confirmData()).catch(() => undefined); // in flight "forever"
  for (let i = 0; i < 100 && panel.orders.size === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect(panel.orders.size).toBe(1);
  panel.setFault("none");
  // The restarted bot (same storage), a while later: the first one is dead to it.
  h = await Harness.create({ dataDir: dir, panel });
  const later = Date.now() + 5 * 60_000;
  h.deps.now = () => later;
});
afterEach(async () => {
  await h.close();
  await panel.close(); // ends the hung request
  await crashed.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe("a crash during add", () => {
  it("tells the chat once, lists it in /orders as outcome unknown, and tracks it by ID in one tap", async () => {
    const i18n = createI18n("en");
    const first = await recoverPlacements(h.deps, h.bot.api, i18n);
    expect(first.notified).toBe(1);
    const notice = h.calls.find((c) => c.method === "sendMessage" && c.payload.chat_id === ALICE.id)!;
    expect(notice.payload.text).toMatch(/may have been placed/);
    expect(notice.payload.text).toContain(LINK);
    expect(notice.payload.text).toMatch(/Quantity: 1[,.\u00a0]?000/);
    expect(notice.payload.text).toMatch(/website/);
    // Once: a second pass (another restart) says nothing.
    expect((await recoverPlacements(h.deps, h.bot.api, i18n)).notified).toBe(0);

    const orders = Harness.texts(await h.text(ALICE, "/orders")).join("\n");
    expect(orders).toMatch(/Outcome unknown/);
    expect(orders).toContain(LINK);

    const track = buttonData([notice], /^pu:t:/);
    let promptId: number | undefined;
    h.answer = (call) => {
      if (call.method !== "sendMessage" || !call.payload.reply_markup?.force_reply) return undefined;
      const sent = h.defaultAnswer(call) as { message_id: number };
      promptId = sent.message_id;
      return sent;
    };
    const ask = await h.press(ALICE, track);
    expect(ask.find((c) => c.method === "sendMessage")!.payload.text).toMatch(/Reply to this message/);
    expect(promptId).toBeDefined();
    const orderId = [...panel.orders.keys()][0]!;
    const reply = {
      ...h.message(ALICE, orderId),
      reply_to_message: {
        message_id: promptId!,
        date: 0,
        chat: { id: ALICE.id, type: "private", first_name: "Alice" },
        from: { id: 4242, is_bot: true, first_name: "Panel Bot" },
        text: "…",
      },
    };
    const tracked = Harness.texts(await h.send({ message: reply as never })).join("\n");
    expect(tracked).toMatch(new RegExp(`Order ${orderId} is now tracked`));
    expect(await h.deps.storage.orders.get(ALICE.id, h.deps.config.panels[0]!.id, orderId)).toMatchObject({ link: LINK, quantity: 1000 });
    const after = Harness.texts(await h.text(ALICE, "/orders")).join("\n");
    expect(after).not.toMatch(/Outcome unknown/);
    expect(after).toContain(orderId);
  });

  it("can be dismissed", async () => {
    await recoverPlacements(h.deps, h.bot.api, createI18n("en"));
    const notice = h.calls.find((c) => c.method === "sendMessage" && c.payload.chat_id === ALICE.id)!;
    const dismissed = await h.press(ALICE, buttonData([notice], /^pu:d:/));
    expect(dismissed.find((c) => c.method === "answerCallbackQuery")?.payload.text).toMatch(/Dismissed/);
    expect(Harness.texts(await h.text(ALICE, "/orders")).join("\n")).not.toMatch(/Outcome unknown/);
  });
});
