/** Plain text in a private chat: order IDs alone → their status; a link alone → the wizard with the link. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { WizardDriver, addRequests, allButtons, buttonData, texts } from "../order/helpers.js";
import { linkPlatform, loneLink } from "../../src/bot/features/plain-text.js";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
  await h.connect(ALICE);
});
afterEach(async () => {
  await h.close();
});

describe("plain text", () => {
  it("an order ID typed alone shows its status card", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    await w.run(["https://instagram.com/p/x1", "1000", { press: "ow:drip:0" }, { press: /^ow:ok:/ }]);
    const id = /Order (\d+)/.exec(texts(w.last))![1]!;
    const calls = await h.text(ALICE, id);
    expect(texts(calls)).toContain(`Order ${id}`);
    expect(allButtons(calls).some((b) => b.data?.startsWith("o:r:"))).toBe(true);
    // Several IDs: one line each.
    const many = await h.text(ALICE, `${id}, #${id} 99999`);
    expect(texts(many)).toContain("99999");
  });

  it("a link typed alone offers an order with the link filled in and its platform first", async () => {
    const link = "https://www.instagram.com/p/Cxyz123/";
    const offer = await h.text(ALICE, link);
    expect(texts(offer)).toContain("Instagram link");
    const start = await h.press(ALICE, buttonData(offer, /^plink:/));
    const shown = texts(start);
    expect(shown).toMatch(/Instagram/);
    const buttons = allButtons(start).map((b) => b.data);
    expect(buttons).toContain("ow:S:1448");
    expect(buttons).not.toContain("ow:S:1450"); // YouTube is not on the first screen
    // Pick a service: the link is not asked, the quantity is.
    const picked = await h.press(ALICE, "ow:S:1448");
    expect(texts(picked)).toMatch(/How many\?/);
    expect(texts(picked)).not.toMatch(/Send the link/);
    await h.text(ALICE, "500");
    const summary = await h.press(ALICE, "ow:drip:0");
    expect(texts(summary)).toContain(link);
    await h.press(ALICE, buttonData(summary, /^ow:ok:/));
    expect(addRequests(h)[0]).toMatchObject({ link, quantity: "500", service: "1448" });
  });

  it("other text still gets the hint; a bare word is not a link", async () => {
    expect(texts(await h.text(ALICE, "hello there"))).toMatch(/\/help/);
    expect(loneLink("hello")).toBeUndefined();
    expect(loneLink("t.me/mychannel")).toBe("https://t.me/mychannel");
    expect(linkPlatform("https://youtu.be/abc")).toBe("YouTube");
    expect(linkPlatform("https://example.com/a")).toBeUndefined();
  });
});
