/** Repeat (🔂 on order cards and notifications) and favourites/recent services on /order's first screen. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { NotificationRenderer } from "../../src/bot/notifications/render.js";
import { createI18n } from "../../src/bot/i18n.js";
import { WizardDriver, addRequests, allButtons, buttonData, texts } from "../order/helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
  await h.connect(ALICE);
});
afterEach(async () => {
  await h.close();
});

const LINK = "https://instagram.com/p/abc123";

async function placeFirst(): Promise<string> {
  const w = new WizardDriver(h, ALICE);
  await w.start("/order 1448");
  await w.run([LINK, "1000", { press: "ow:drip:0" }, { press: /^ow:ok:/ }]);
  const id = /Order (\d+)/.exec(texts(w.last))?.[1];
  expect(id, texts(w.last)).toBeDefined();
  return id!;
}

function notificationButtons(orderId: string, status: "Completed" | "In progress") {
  const renderer = new NotificationRenderer(createI18n("en"), "en");
  return (async () => {
    const order = await h.deps.storage.orders.get(ALICE.id, h.deps.config.panels[0]!.id, orderId);
    const rendered = renderer.render({
      kind: "changes",
      chatId: ALICE.id,
      language: "en",
      changes: [{ kind: "order", order: order!, current: { status, at: Date.now() } }],
    });
    return rendered.replyMarkup!.inline_keyboard.flat();
  })();
}

describe("repeat", () => {
  it("repeats an order from a notification in two taps, exactly once", async () => {
    const first = await placeFirst();
    const buttons = await notificationButtons(first, "Completed");
    const repeat = buttons.find((b) => "callback_data" in b && b.callback_data.startsWith("rp:"));
    expect(repeat?.text).toContain("🔂");
    const data = (repeat as { callback_data: string }).callback_data;

    // Tap 1: the summary, with the same answers and today's price.
    const summary = await h.press(ALICE, data);
    const shown = texts(summary);
    expect(shown).toContain("Please check your order");
    expect(shown).toContain(LINK);
    expect(shown).toContain("1,000");
    const sent = summary.filter((c) => c.method === "sendMessage");
    expect(sent).toHaveLength(1); // straight to the summary, nothing asked
    const confirm = buttonData(summary, /^ow:ok:/);

    // Tap 2: placed. A second tap (double tap / redelivery) places nothing more.
    const placed = await h.press(ALICE, confirm);
    expect(texts(placed)).toMatch(/Order \d+ placed/);
    await h.press(ALICE, confirm);
    const adds = addRequests(h);
    expect(adds).toHaveLength(2);
    expect(adds[1]).toEqual(adds[0]);
  });

  it("reads the account once for the button and once for the wizard (not once per step of the update)", async () => {
    const first = await placeFirst();
    const panelId = h.deps.config.panels[0]!.id;
    const reads = vi.spyOn(h.deps.storage.accounts, "get");
    const summary = await h.press(ALICE, `rp:${panelId}:${first}`);
    expect(texts(summary)).toContain("Please check your order");
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it("asks again only what changed: a quantity now out of range", async () => {
    const first = await placeFirst();
    const panelId = h.deps.config.panels[0]!.id;
    const order = await h.deps.storage.orders.get(ALICE.id, panelId, first);
    await h.deps.storage.orders.track({ ...order!, input: { ...order!.input, quantity: 999_999 } });
    const calls = await h.press(ALICE, `rp:${panelId}:${first}`);
    const shown = texts(calls);
    expect(shown).toContain("the service changed");
    expect(shown).toContain("Quantity");
    expect(shown).toMatch(/How many\?/);
    const next = await h.text(ALICE, "2000");
    expect(texts(next)).toContain("Please check your order");
  });

  it("offers Repeat on /status cards of the chat's orders, not on unknown ones", async () => {
    const first = await placeFirst();
    const card = await h.text(ALICE, `/status ${first}`);
    expect(allButtons(card).some((b) => b.data?.startsWith("rp:"))).toBe(true);
    const panelId = h.deps.config.panels[0]!.id;
    const unknown = await h.press(ALICE, `rp:${panelId}:77777`);
    expect(unknown.find((c) => c.method === "answerCallbackQuery")?.payload.text).toContain("cannot repeat");
  });
});

describe("favourites and recent", () => {
  it("shows starred and recently ordered services first on /order", async () => {
    // Star 1451 from its service card.
    const list = await h.text(ALICE, "/services Telegram Channel");
    const cardData = buttonData(list, /^sv:d:.*:1451:/);
    const card = await h.press(ALICE, cardData);
    const star = buttonData(card, /^sv:f:/);
    const starred = await h.press(ALICE, star);
    expect(starred.find((c) => c.method === "answerCallbackQuery")?.payload.text).toContain("favourites");
    expect(allButtons(starred).some((b) => b.text.includes("Remove from favourites"))).toBe(true);

    await placeFirst(); // 1448 becomes recent

    const w = new WizardDriver(h, ALICE);
    const first = await w.start("/order");
    const buttons = allButtons(first);
    expect(buttons[0]).toMatchObject({ data: "ow:S:1451" });
    expect(buttons[0]!.text).toMatch(/^⭐ \$1\.35/);
    expect(buttons[1]).toMatchObject({ data: "ow:S:1448" });
    expect(buttons[1]!.text).toMatch(/^🕘/);
    expect(texts(first)).toContain("favourite and recent");
    // A shortlisted service is picked like any other.
    const picked = await w.step({ press: "ow:S:1451" });
    expect(texts(picked)).toContain("Telegram Channel Members");
  });
});
