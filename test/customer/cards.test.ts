/** Cards people read: delivery progress on order cards; at most three ID buttons per row in /orders. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { texts } from "../order/helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
  await h.connect(ALICE);
});
afterEach(async () => {
  await h.close();
});

describe("order cards", () => {
  it("say how much was delivered, with a bar and a percentage", async () => {
    const panelId = h.deps.config.panels[0]!.id;
    const seeded = h.panel!.seedOrder("test-key-0001", { status: "In progress", remains: 4000, charge: "6.2775", startCount: 100 });
    await h.deps.storage.orders.track({
      chatId: ALICE.id,
      owner: `u:${ALICE.id}`,
      panelId,
      orderId: seeded.id,
      source: "bot",
      createdAt: Date.now(),
      quantity: 10_000,
      serviceId: "1448",
      serviceName: "Followers",
    });
    const calls = await h.text(ALICE, `/status ${seeded.id}`);
    expect(texts(calls)).toContain("Delivered 6,000 of 10,000 ▰▰▰▰▰▰▱▱▱▱ 60 %");
  });

  it("say what a Partial order got back: the panel's charge difference, else an estimate at the order's price", async () => {
    const panelId = h.deps.config.panels[0]!.id;
    const track = async (charge: string) => {
      const seeded = h.panel!.seedOrder("test-key-0001", { status: "Partial", remains: 4000, charge, startCount: 100 });
      await h.deps.storage.orders.track({
        chatId: ALICE.id,
        owner: `u:${ALICE.id}`,
        panelId,
        orderId: seeded.id,
        source: "bot",
        createdAt: Date.now(),
        quantity: 10_000,
        price: "9.00",
        currency: "USD",
        serviceId: "1448",
        serviceName: "Followers",
      });
      return seeded.id;
    };
    // The panel charged 5.40 of the 9.00 price: 3.60 came back.
    const reduced = await track("5.40");
    expect(texts(await h.text(ALICE, `/status ${reduced}`))).toContain("↩️ Refunded $3.60 for 4,000 not delivered");
    // The panel still reports the whole price: 4,000 of 10,000 at the order's price, said to be an estimate.
    const same = await track("9.00");
    const card = texts(await h.text(ALICE, `/status ${same}`));
    expect(card).toContain("↩️ About $3.60 refunded for 4,000 not delivered (estimated at the order's price)");
    // Not for other statuses.
    const done = h.panel!.seedOrder("test-key-0001", { status: "Completed", remains: 0, charge: "9.00" });
    expect(texts(await h.text(ALICE, `/status ${done.id}`))).not.toContain("↩️");
  });

  it("/orders puts at most three ID buttons in a row", async () => {
    const panelId = h.deps.config.panels[0]!.id;
    for (let i = 0; i < 5; i++) {
      await h.deps.storage.orders.track({
        chatId: ALICE.id,
        owner: `u:${ALICE.id}`,
        panelId,
        orderId: String(800 + i),
        source: "manual",
        createdAt: Date.now() + i,
      });
    }
    const calls = await h.text(ALICE, "/orders");
    const rows: Array<Array<{ callback_data: string }>> = calls.find((c) => c.payload.reply_markup)!.payload.reply_markup.inline_keyboard;
    const idRows = rows.filter((r) => r.some((b) => b.callback_data.startsWith("od:")));
    expect(idRows.map((r) => r.length)).toEqual([3, 2]);
  });
});

describe("/orders filters", () => {
  it("lists all, active or finished orders, with the date placed", async () => {
    const panelId = h.deps.config.panels[0]!.id;
    const at = Date.UTC(2026, 10, 2);
    for (let i = 0; i < 4; i++) {
      const orderId = String(900 + i);
      await h.deps.storage.orders.track({ chatId: ALICE.id, owner: `u:${ALICE.id}`, panelId, orderId, source: "manual", createdAt: at + i });
      await h.deps.storage.orders.setState(ALICE.id, panelId, orderId, {
        final: i % 2 === 0,
        last: { status: i % 2 === 0 ? "Completed" : "In progress", at },
      });
    }
    const all = await h.text(ALICE, "/orders");
    // The date placed, as the chat's locale writes it (English here).
    expect(texts(all)).toContain("Nov 2, 2026");
    const act = await h.press(ALICE, "ol:act:0");
    expect(texts(act)).toContain("901");
    expect(texts(act)).not.toContain("<b>900</b>");
    const fin = await h.press(ALICE, "ol:fin:0");
    expect(texts(fin)).toContain("<b>900</b>");
    expect(texts(fin)).not.toContain("<b>901</b>");
  });
});
