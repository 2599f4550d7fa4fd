/** Issue 15's wizard details: link examples per platform, Subscriptions per post, no Skip after drip-feed, service details. */
import { describe, expect } from "vitest";
import { connectedTest as test } from "../helpers/fixtures.js";
import { ALICE } from "../helpers/harness.js";
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
