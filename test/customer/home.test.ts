/** The home screen, the quick-buttons keyboard, its setting, and the money messages. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { WizardDriver, allButtons, answers, buttonData, texts } from "../order/helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(async () => {
  await h.close();
});

const sent = (calls: Awaited<ReturnType<Harness["text"]>>) => calls.filter((c) => c.method === "sendMessage");

describe("home", () => {
  it("offers Connect when no key is connected, in one message", async () => {
    const calls = await h.text(ALICE, "/start");
    expect(sent(calls)).toHaveLength(1);
    expect(allButtons(calls).map((b) => b.data)).toEqual(["home:connect", "home:help"]);
    const connect = await h.press(ALICE, "home:connect");
    expect(texts(connect)).toMatch(/API key/);
  });

  it("shows the main actions and the quick buttons once connected; both run the commands", async () => {
    await h.connect(ALICE, "home-key-0001", "12.50");
    const calls = await h.text(ALICE, "/start");
    const [welcome, home] = sent(calls);
    expect(welcome!.payload.text).toMatch(/is connected/);
    const keys = (welcome!.payload.reply_markup.keyboard as Array<Array<{ text: string }>>).flat().map((b) => b.text);
    expect(keys).toEqual(["🛒 New order", "📦 My orders", "💰 Balance", "📋 Services"]);
    expect(welcome!.payload.reply_markup.is_persistent).toBe(true);
    expect(home!.payload.text).toContain("Home");
    expect(allButtons([home!]).map((b) => b.data)).toEqual([
      "home:order",
      "home:orders",
      "home:balance",
      "home:services",
      "home:account",
      "home:settings",
    ]);

    expect(texts(await h.text(ALICE, "💰 Balance"))).toContain("12.5");
    expect(texts(await h.press(ALICE, "home:orders"))).toMatch(/no orders|not following/i);
    expect(texts(await h.press(ALICE, "home:services"))).toMatch(/categor/i);
    const order = await h.press(ALICE, "home:order");
    expect(texts(order)).toContain("New order");
    // A quick button in the middle of the wizard leaves it and runs.
    const balance = await h.text(ALICE, "💰 Balance");
    expect(texts(balance)).toContain("12.5");
    expect(texts(await h.text(ALICE, "hello"))).not.toMatch(/Please use the buttons/);
  });

  it("/settings switches the quick buttons off and on", async () => {
    await h.connect(ALICE);
    const settings = await h.text(ALICE, "/settings");
    const off = await h.press(ALICE, buttonData(settings, "tset:k:0"));
    expect(off.find((c) => c.method === "sendMessage")?.payload.reply_markup).toEqual({ remove_keyboard: true });
    const again = await h.text(ALICE, "/start");
    expect(sent(again)[0]!.payload.reply_markup).toBeUndefined();
    const on = await h.press(ALICE, buttonData(off, "tset:k:1"));
    expect(on.find((c) => c.method === "sendMessage")?.payload.reply_markup.keyboard).toBeDefined();
  });

  it("ends the wizard with a 🏠 button", async () => {
    await h.connect(ALICE);
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    await w.run(["https://instagram.com/p/abc", "1000", { press: "ow:drip:0" }, { press: /^ow:ok:/ }]);
    expect(allButtons(w.last).map((b) => b.data)).toContain("home:menu");
    expect(texts(await h.press(ALICE, "home:menu"))).toContain("What would you like to do?");
  });
});

describe("money", () => {
  it("says the shortfall and offers to order less", async () => {
    await h.connect(ALICE, "poor-key-0002", "0.50");
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    await w.run(["https://instagram.com/p/abc", "1000", { press: "ow:drip:0" }]);
    const summary = texts(w.last);
    expect(summary).toContain("Price: <b>$0.90</b>");
    expect(summary).toContain("Balance: $0.50");
    expect(summary).toContain("Missing: <b>$0.40</b>");
    const less = await w.step({ press: "ow:e:quantity" });
    expect(texts(less)).toMatch(/How many\?/);
    await w.step("500");
    expect(texts(w.last)).not.toContain("Missing");
  });

  it("alerts once a day when the balance is below the threshold set in /settings", async () => {
    await h.connect(ALICE, "low-key-0003", "7.00");
    let settings = await h.text(ALICE, "/settings");
    expect(allButtons(settings).some((b) => b.text === "🪫 Low-balance alert: off")).toBe(true);
    settings = await h.press(ALICE, buttonData(settings, "tlow:5"));
    settings = await h.press(ALICE, buttonData(settings, "tlow:10"));
    expect(answers(settings).join()).toBeTruthy();
    expect(allButtons(settings).some((b) => b.text === "🪫 Low-balance alert: below 10")).toBe(true);
    const first = await h.text(ALICE, "/balance");
    expect(texts(first)).toContain("below your alert threshold of $10");
    expect(texts(await h.text(ALICE, "/balance"))).not.toContain("alert threshold");
    const day = 24 * 60 * 60 * 1000 + 1000;
    const start = Date.now();
    h.deps.now = () => start + day;
    expect(texts(await h.text(ALICE, "/balance"))).toContain("alert threshold");
  });
});
