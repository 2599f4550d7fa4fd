import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { ALICE, BOT_INFO, Harness, privateChat } from "../helpers/harness.js";
import { WizardDriver, addRequests, answers } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(async () => {
  await h.close();
});

const LINK = "https://instagram.com/p/abc123";
const lastText = (calls: Awaited<ReturnType<Harness["text"]>>) => Harness.texts(calls).at(-1) ?? "";

/** Runs /order 1448 up to the summary; returns the driver (confirm data in w.confirmData()). */
async function toSummary(quantity = "1000"): Promise<WizardDriver> {
  const w = new WizardDriver(h, ALICE);
  await w.start("/order 1448");
  await w.run([LINK, quantity, { press: "ow:drip:0" }]);
  expect(lastText(w.last)).toContain("Please check your order");
  return w;
}

function confirmUpdate(data: string, updateId: number): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: `cq-${updateId}`,
      from: ALICE,
      chat_instance: "ci",
      data,
      message: { message_id: 777, date: Math.floor(Date.now() / 1000), chat: privateChat(ALICE), from: BOT_INFO, text: "…" },
    },
  };
}

const conversationState = () => h.deps.storage.secretAdapter<unknown>("conversations");

describe("Confirm places the order exactly once", () => {
  beforeEach(async () => {
    await h.connect(ALICE);
  });

  it("a double tap (even concurrent) places one order; the second tap says it was placed", async () => {
    const w = await toSummary();
    const data = w.confirmData();
    const [first, second] = await Promise.all([h.press(ALICE, data), h.press(ALICE, data)]);
    expect(lastText(first)).toContain("Order 23501 placed");
    expect(answers(second).join()).toMatch(/Order 23501 was already placed/);
    expect(addRequests(h)).toHaveLength(1);
    const third = await h.press(ALICE, data);
    expect(answers(third).join()).toMatch(/already placed/);
    expect(addRequests(h)).toHaveLength(1);
    expect(h.panel!.orders.size).toBe(1);
  });

  it("a redelivered update (same update twice) places one order", async () => {
    const w = await toSummary();
    const update = confirmUpdate(w.confirmData(), 90_001);
    await h.bot.handleUpdate(update);
    await h.bot.handleUpdate(update);
    expect(addRequests(h)).toHaveLength(1);
    expect(h.panel!.orders.size).toBe(1);
  });

  it("a crash after the order was placed but before the wizard was saved: the replay shows the order, no resend", async () => {
    const w = await toSummary();
    const key = String(ALICE.id);
    const saved = await conversationState().read(key);
    expect(saved).toBeDefined();
    await h.press(ALICE, w.confirmData());
    expect(addRequests(h)).toHaveLength(1);
    // The bot "crashed" before storing the finished conversation: the summary step is back.
    await conversationState().write(key, saved);
    const replay = await h.press(ALICE, w.confirmData());
    expect(lastText(replay)).toContain("Order 23501 placed");
    expect(addRequests(h)).toHaveLength(1);
  });

  it("a crash while sending (record says sending): the outcome is unknown and the order is not resent", async () => {
    const w = await toSummary();
    const pid = w.confirmData().slice("ow:ok:".length);
    await h.deps.storage.placements.set(pid, {
      state: "sending",
      chatId: ALICE.id,
      owner: `u:${ALICE.id}`,
      panelId: "main",
      serviceId: "1448",
      at: Date.now(),
    });
    const calls = await h.press(ALICE, w.confirmData());
    expect(lastText(calls)).toMatch(/don't know whether it was placed[\s\S]*\/orders/);
    expect(addRequests(h)).toHaveLength(0);
  });

  it("a timeout / 5xx at add: outcome unknown, how to check, never resent", async () => {
    const w = await toSummary();
    h.panel!.setFault({ mode: "http500", actions: ["add"], applyAction: true });
    const calls = await h.press(ALICE, w.confirmData());
    expect(lastText(calls)).toMatch(/don't know whether it was placed. I will not send it again[\s\S]*\/orders or \/status/);
    expect(addRequests(h)).toHaveLength(1);
    const again = await h.press(ALICE, w.confirmData());
    expect(answers(again).join()).toMatch(/outcome is unknown/);
    expect(addRequests(h)).toHaveLength(1);
    expect(h.panel!.orders.size).toBe(1); // it did exist: resending would have doubled it
  });

  it("a connection reset at add: outcome unknown, no resend", async () => {
    const w = await toSummary();
    h.panel!.setFault({ mode: "reset", actions: ["add"], times: 1 });
    const calls = await h.press(ALICE, w.confirmData());
    expect(lastText(calls)).toMatch(/don't know whether it was placed/);
    expect(addRequests(h)).toHaveLength(1);
  });

  it("an old Confirm of a cancelled wizard is answered, not placed", async () => {
    const w = await toSummary();
    await h.text(ALICE, "/cancel");
    const calls = await h.press(ALICE, w.confirmData());
    expect(answers(calls).join()).toMatch(/no longer active/);
    expect(addRequests(h)).toHaveLength(0);
  });
});

describe("panel refusals and failures", () => {
  it("low balance: warned at the summary; refused at confirm; fixable without losing the rest", async () => {
    const key = await h.connect(ALICE, "poor-key-0001", "0.10");
    const w = await toSummary();
    expect(lastText(w.last)).toMatch(/balance is lower than the price/);
    await w.step({ press: /^ow:ok:/ });
    const texts = Harness.texts(w.last).join("\n");
    expect(texts).toMatch(/Not enough funds/);
    expect(texts).toMatch(/Nothing was ordered/);
    expect(lastText(w.last)).toContain("Please check your order"); // a new summary, answers kept
    expect(lastText(w.last)).toContain(LINK);
    h.panel!.addAccount(key, "50.00", "USD"); // topped up
    await w.step({ press: /^ow:ok:/ });
    expect(lastText(w.last)).toContain("Order 23501 placed");
    expect(addRequests(h)).toHaveLength(2);
    expect(h.panel!.orders.size).toBe(1);
  });

  it("a quantity the panel refuses (its limits changed) is asked again, the rest is kept", async () => {
    await h.connect(ALICE);
    const w = await toSummary("100");
    h.panel!.setCatalogue(h.panel!.catalogue.map((s) => (s.id === "1448" ? { ...s, min: 500 } : s)));
    await w.step({ press: /^ow:ok:/ });
    expect(Harness.texts(w.last).join("\n")).toMatch(/Quantity less than minimal 500/);
    expect(lastText(w.last)).toMatch(/How many/);
    await w.step("600");
    expect(lastText(w.last)).toContain(LINK);
    await w.step({ press: /^ow:ok:/ });
    expect(lastText(w.last)).toContain("Order 23501 placed");
    expect(addRequests(h).map((a) => a.quantity)).toEqual(["100", "600"]);
  });

  it("a service the panel no longer takes ends the wizard clearly", async () => {
    await h.connect(ALICE);
    const w = await toSummary("100");
    h.panel!.setCatalogue(h.panel!.catalogue.filter((s) => s.id !== "1448"));
    await w.step({ press: /^ow:ok:/ });
    expect(lastText(w.last)).toMatch(/does not accept orders for this service/);
    expect(h.panel!.orders.size).toBe(0);
  });

  it("panel down at the summary: says the balance is unknown and still lets you confirm", async () => {
    await h.connect(ALICE);
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    h.panel!.setFault({ mode: "http500", actions: ["balance"] });
    await w.run([LINK, "100", { press: "ow:drip:0" }]);
    expect(lastText(w.last)).toMatch(/could not check your balance: The panel is not reachable/);
    h.panel!.setFault("none");
    await w.step({ press: /^ow:ok:/ });
    expect(lastText(w.last)).toContain("Order 23501 placed");
  });

  it("panel down before sending (connection refused) is a definite failure: fix or retry", async () => {
    await h.connect(ALICE);
    const w = await toSummary();
    h.panel!.setFault({ mode: "http429", actions: ["add"], times: 1 });
    await w.step({ press: /^ow:ok:/ });
    expect(Harness.texts(w.last).join("\n")).toMatch(/limiting requests/);
    await w.step({ press: /^ow:ok:/ });
    expect(lastText(w.last)).toContain("Order 23501 placed");
    expect(h.panel!.orders.size).toBe(1);
  });
});

describe("restart", () => {
  it("a new bot on the same storage resumes the wizard where the user was", async () => {
    await h.connect(ALICE);
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    await w.step(LINK);
    expect(lastText(w.last)).toMatch(/How many/);

    const h2 = await Harness.create({ dataDir: h.dir, panel: h.panel! });
    try {
      const w2 = new WizardDriver(h2, ALICE);
      w2.history = [...w.history];
      await w2.step("300");
      expect(lastText(w2.last)).toMatch(/drip-feed/);
      await w2.step({ press: "ow:drip:0" });
      expect(lastText(w2.last)).toContain("$0.27");
      await w2.step({ press: /^ow:ok:/ });
      expect(lastText(w2.last)).toContain("Order 23501 placed");
      expect(addRequests(h)).toEqual([{ service: "1448", link: LINK, quantity: "300" }]);
    } finally {
      await h2.close();
    }
  });
});
