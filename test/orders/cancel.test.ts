import { describe, expect } from "vitest";
import { connectedTest as it } from "../helpers/fixtures.js";
import { ALICE, BOB, Harness, privateChat, type ApiCall } from "../helpers/harness.js";
import { orderActionData } from "../../src/bot/callbacks.js";

const text = (calls: ApiCall[]) => Harness.texts(calls).join("\n");
const answerOf = (calls: ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload;
const cancelCalls = (h: Harness) => h.panel!.requests.filter((r) => r.action === "cancel");
const button = (calls: ApiCall[], re: RegExp) => Harness.buttons(calls).find((b) => re.test(b.text))!.data!;

describe("/cancel", () => {
  it("answers usage without IDs (outside a conversation)", async ({ h }) => {
    expect(text(await h.text(ALICE, "/cancel"))).toMatch(/IDs of the orders to cancel/);
    expect(text(await h.text(ALICE, "/cancel nope"))).toMatch(/<code>nope<\/code>[\s\S]*IDs of the orders to cancel/);
    expect(cancelCalls(h)).toHaveLength(0);
  });

  it("leaves a conversation instead when one is open", async ({ h }) => {
    await h.text(ALICE, "/connect");
    const out = text(await h.text(ALICE, "/cancel"));
    expect(out).toMatch(/Cancelled/);
    expect(out).not.toMatch(/IDs of the orders to cancel/);
  });

  it("asks to confirm, then cancels each order and shows each outcome", async ({ h, key }) => {
    const a = h.panel!.seedOrder(key, { service: "1448" });
    const b = h.panel!.seedOrder(key, { service: "1448", status: "In progress" });
    const done = h.panel!.seedOrder(key, { service: "1448", status: "Completed" });
    const noCancel = h.panel!.seedOrder(key, { service: "1451" });
    const ask = await h.text(ALICE, `/cancel ${a.id} ${b.id} ${done.id} ${noCancel.id} 555555`);
    expect(text(ask)).toMatch(/Cancel these 5 orders\?/);
    expect(cancelCalls(h)).toHaveLength(0);
    const yes = button(ask, /Yes, cancel 5 orders/);

    const calls = await h.press(ALICE, yes);
    expect(cancelCalls(h)).toHaveLength(1);
    const out = text(calls);
    expect(out).toContain("Cancel requests for 5 orders");
    expect(out).toMatch(new RegExp(`${a.id}</code> — ✅ cancel requested`));
    expect(out).toMatch(new RegExp(`${b.id}</code> — ✅ cancel requested`));
    expect(out).toMatch(new RegExp(`${done.id}</code> — ⛔ this order can no longer be cancelled`));
    expect(out).toMatch(new RegExp(`${noCancel.id}</code> — ⛔ cancelling is disabled`));
    expect(out).toMatch(/555555<\/code> — ❓ not found/);
    expect(h.panel!.orders.get(a.id)!.status).toBe("Canceled");

    // The same confirmation cannot cancel twice.
    const again = await h.press(ALICE, yes);
    expect(answerOf(again)?.text).toMatch(/expired/);
    expect(cancelCalls(h)).toHaveLength(1);
  });

  it("cancels nothing on No", async ({ h, key }) => {
    const a = h.panel!.seedOrder(key, { service: "1448" });
    const ask = await h.text(ALICE, `/cancel ${a.id}`);
    expect(text(ask)).toMatch(/Cancel this order\?/);
    const calls = await h.press(ALICE, button(ask, /^No$/));
    expect(text(calls)).toMatch(/Nothing was cancelled/);
    expect(cancelCalls(h)).toHaveLength(0);
    expect(h.panel!.orders.get(a.id)!.status).toBe("Pending");
  });

  it("only lets the user who asked confirm", async ({ h, key }) => {
    const a = h.panel!.seedOrder(key, { service: "1448" });
    const ask = await h.text(ALICE, `/cancel ${a.id}`);
    await h.connect(BOB, "bob-key-000001");
    const calls = await h.press(BOB, button(ask, /Yes/), undefined, privateChat(ALICE));
    expect(answerOf(calls)?.text).toMatch(/potekel/); // Bob reads Slovenian: "expired"
    expect(cancelCalls(h)).toHaveLength(0);
  });

  it("says clearly when the panel has no cancel", async ({ h, key }) => {
    h.panel!.setQuirks({ noCancel: true });
    const a = h.panel!.seedOrder(key, { service: "1448" });
    const b = h.panel!.seedOrder(key, { service: "1448" });
    const ask = await h.text(ALICE, `/cancel ${a.id} ${b.id}`);
    const out = text(await h.press(ALICE, button(ask, /Yes/)));
    expect(out).toMatch(/does not offer cancelling orders/);
    expect(h.panel!.orders.get(a.id)!.status).toBe("Pending");
  });

  it("tells one order's refusal in a sentence", async ({ h, key }) => {
    const a = h.panel!.seedOrder(key, { service: "1448", status: "Completed" });
    const ask = await h.text(ALICE, `/cancel ${a.id}`);
    const out = text(await h.press(ALICE, button(ask, /Yes, cancel 1 order/)));
    expect(out).toMatch(new RegExp(`Order ${a.id}: ⛔ this order can no longer be cancelled`));
  });

  it("says the outcome is unknown when the panel fails during the cancel", async ({ h, key }) => {
    const a = h.panel!.seedOrder(key, { service: "1448" });
    const b = h.panel!.seedOrder(key, { service: "1448" });
    const ask = await h.text(ALICE, `/cancel ${a.id} ${b.id}`);
    h.panel!.setFault({ mode: "http500", actions: ["cancel"] });
    const texts = Harness.texts(await h.press(ALICE, button(ask, /Yes/)));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/outcome is unknown/);
  });
});

describe("cancel button on a card", () => {
  it("asks to confirm on the card, then cancels and redraws the card", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, { service: "1448" });
    const ask = await h.press(ALICE, orderActionData("cancel", panelId, o.id));
    const markup = ask.find((c) => c.method === "editMessageReplyMarkup")!.payload.reply_markup;
    const data = markup.inline_keyboard.flat().map((b: any) => b.callback_data);
    expect(data).toEqual([orderActionData("cancel-yes", panelId, o.id), orderActionData("refresh", panelId, o.id)]);
    expect(cancelCalls(h)).toHaveLength(0);

    const calls = await h.press(ALICE, orderActionData("cancel-yes", panelId, o.id));
    expect(answerOf(calls)?.text).toMatch(new RegExp(`Cancel requested for order ${o.id}`));
    const edit = calls.find((c) => c.method === "editMessageText")!;
    expect(edit.payload.text).toContain("🚫 Canceled");
    const after = edit.payload.reply_markup.inline_keyboard.flat().map((b: any) => b.callback_data);
    expect(after).toEqual([orderActionData("refresh", panelId, o.id)]);
  });

  it("answers a refusal from a panel without cancel", async ({ h, key, panelId }) => {
    h.panel!.setQuirks({ noCancel: true });
    const o = h.panel!.seedOrder(key, { service: "1448" });
    const calls = await h.press(ALICE, orderActionData("cancel-yes", panelId, o.id));
    expect(answerOf(calls)).toMatchObject({ show_alert: true });
    expect(answerOf(calls)?.text).toMatch(/refused by the panel|does not offer cancelling/);
    expect(h.panel!.orders.get(o.id)!.status).toBe("Pending");
  });

  it("treats a stale cancel button as expired", async ({ h }) => {
    const calls = await h.press(ALICE, orderActionData("cancel-yes", "elsewhere", "23501"));
    expect(answerOf(calls)?.text).toMatch(/expired/);
    expect(cancelCalls(h)).toHaveLength(0);
  });
});

describe("a panel without cancelling", () => {
  it("hides the cancel buttons of its orders once it said so", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, { service: "1448" });
    const before = Harness.buttons(await h.text(ALICE, `/status ${o.id}`)).map((b) => b.data);
    expect(before).toContain(orderActionData("cancel", panelId, o.id));
    h.panel!.setFault({ mode: "answer", actions: ["cancel"], answer: { json: { error: "Invalid action" } } });
    const ask = await h.text(ALICE, `/cancel ${o.id}`);
    const yes = Harness.buttons(ask).find((b) => /Yes/.test(b.text))?.data;
    expect(Harness.texts(await h.press(ALICE, yes!)).join("\n")).toMatch(/does not offer cancelling/);
    h.panel!.setFault({ mode: "none" });
    const after = Harness.buttons(await h.text(ALICE, `/status ${o.id}`)).map((b) => b.data);
    expect(after).toContain(orderActionData("refresh", panelId, o.id));
    expect(after).not.toContain(orderActionData("cancel", panelId, o.id));
  });
});
