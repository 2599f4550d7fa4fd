/** Issue 15's wizard details: link examples per platform, Subscriptions per post, no Skip after drip-feed, service details. */
import { describe, expect } from "vitest";
import { connectedTest as test } from "../helpers/fixtures.js";
import { ALICE, type ApiCall } from "../helpers/harness.js";
import { WizardDriver, allButtons, buttonData, texts } from "../order/helpers.js";
import { defaultCatalogue } from "../../src/dev/catalogue.js";
import { linkExample } from "../../src/bot/conversations/order-fields.js";

describe("the link prompt's example fits the service's platform", () => {
  test.for([
    ["1448", "https://instagram.com/username"],
    ["1453", "https://www.tiktok.com/@username"],
    ["1450", "https://www.youtube.com/watch?v=VIDEO_ID"],
    ["1451", "https://t.me/channel_name"],
    ["1475", "https://open.spotify.com/track/TRACK_ID"],
  ] as const)("service %s → %s", async ([id, example], { h }) => {
    const w = new WizardDriver(h, ALICE);
    const calls = await w.start(`/order ${id}`);
    expect(texts(calls)).toContain(`for example ${example}`);
  });

  test("a service of no known platform gets a generic example", () => {
    expect(linkExample({ category: "Other", name: "Premium boost" })).toBe("https://example.com/your-page");
    expect(linkExample({ category: "Misc", name: "X followers (Twitter)" })).toBe("https://x.com/username");
    expect(linkExample({ category: "Facebook Page Likes", name: "Likes" })).toBe("https://facebook.com/page_name");
  });
});

describe("Subscriptions speak of quantity per post", () => {
  test("the wizard's header and the service card", async ({ h }) => {
    const w = new WizardDriver(h, ALICE);
    const calls = await w.start("/order 1473");
    expect(texts(calls)).toContain("quantity per post 50–5,000");
    const card = await h.text(ALICE, "/services Auto Likes");
    const open = await h.press(ALICE, buttonData(card, /^sv:d:.*:1473:/));
    expect(texts(open)).toContain("Quantity per post: 50 – 5,000");
    // Other types keep "quantity".
    const other = await new WizardDriver(h, ALICE).start("/order 1448");
    expect(texts(other)).toContain("quantity 50–10,000");
  });
});

describe("drip-feed", () => {
  test("no Skip on the runs and interval right after choosing drip-feed", async ({ h }) => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    await w.run(["https://instagram.com/p/abc", "1000"]);
    const runs = await w.step({ press: "ow:drip:1" });
    expect(texts(runs)).toContain("In how many runs");
    expect(allButtons(runs).map((b) => b.data)).not.toContain("ow:skip");
    const interval = await w.step("5");
    expect(texts(interval)).toContain("How many minutes between runs");
    expect(allButtons(interval).map((b) => b.data)).not.toContain("ow:skip");
  });
});

describe("service details", () => {
  test("the card shows the panel's average time (minutes written humanly, or its own words) and the description", async ({ h }) => {
    const catalogue = defaultCatalogue().map((s) =>
      s.id === "1448" ? { ...s, averageTime: "95" } : s.id === "1449" ? { ...s, averageTime: "2 hours <fast>" } : s,
    );
    h.panel!.setCatalogue(catalogue);
    const list = await h.text(ALICE, "/services Instagram");
    const card = await h.press(ALICE, buttonData(list, /^sv:d:.*:1448:/));
    expect(texts(card)).toContain("⏱ Average time: 1 hr 35 min");
    expect(texts(card)).toContain("Real-looking followers");
    const other = await h.press(ALICE, buttonData(list, /^sv:d:.*:1449:/));
    expect(texts(other)).toContain("⏱ Average time: 2 hours &lt;fast&gt;");
    const none = await h.press(ALICE, buttonData(list, /^sv:d:.*:1463:/));
    expect(texts(none)).not.toContain("Average time");
  });
});

describe("less clutter", () => {
  test("a whole wizard run sends one message and edits it; it ends as the summary with its result", async ({ h }) => {
    // The ids of the messages the bot sends, so that buttons are pressed on the message that carries them.
    const sentIds: number[] = [];
    h.answer = (call) => {
      if (call.method !== "sendMessage") return undefined;
      const result = h.defaultAnswer(call) as { message_id: number };
      sentIds.push(result.message_id);
      return result;
    };
    const history: ApiCall[] = [];
    const type = async (text: string) => history.push(...(await h.text(ALICE, text)));
    const press = async (match: RegExp | string) => {
      const data = buttonData(history, match);
      history.push(...(await h.press(ALICE, data, { message_id: sentIds.at(-1)! })));
    };
    await type("/order");
    await press(/^Instagram \(2\)$/);
    await press("ow:S:1448");
    await type("https://instagram.com/p/abc123");
    await type("nope"); // a wrong answer: said on the same message
    await type("1000");
    await press("ow:drip:0");
    await press(/^ow:ok:/);

    const sent = history.filter((c) => c.method === "sendMessage");
    const edits = history.filter((c) => c.method === "editMessageText");
    expect(sent).toHaveLength(1);
    expect(edits.length).toBeGreaterThanOrEqual(6);
    // Every edit is of that one message.
    expect(new Set(edits.map((c) => c.payload.message_id))).toEqual(new Set([sentIds[0]]));
    expect(texts(history)).toContain("whole number");
    const last = edits.at(-1)!.payload as { text: string; reply_markup?: { inline_keyboard: Array<Array<{ text: string }>> } };
    expect(last.text).toContain("Please check your order");
    expect(last.text).toMatch(/Order \d+ placed/);
    expect(
      last.reply_markup?.inline_keyboard
        .flat()
        .map((b) => b.text)
        .join(),
    ).toContain("🏠");
  });
});
