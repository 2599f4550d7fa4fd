import { accountScope, userOwner } from "../../src/storage/types.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, BOB, Harness } from "../helpers/harness.js";
import { defaultCatalogue } from "../../src/dev/catalogue.js";
import { CatalogueIndex } from "../../src/catalogue/catalogue-index.js";
import { allButtons, answers, buttonData } from "../order/helpers.js";

let h: Harness;
let key: string;
beforeEach(async () => {
  h = await Harness.create();
  key = await h.connect(ALICE);
});
afterEach(async () => {
  await h.close();
});

const servicesCalls = () => h.panel!.requests.filter((r) => r.action === "services").length;
const lastText = (calls: Awaited<ReturnType<Harness["text"]>>) => Harness.texts(calls).at(-1) ?? "";

describe("/services", () => {
  it("asks to connect first", async () => {
    expect(lastText(await h.text(BOB, "/services"))).toMatch(/\/connect/);
  });

  it("browses categories → services → card, editing one message, with one services call", async () => {
    const start = await h.text(ALICE, "/services");
    expect(lastText(start)).toMatch(/12 categories/);
    const buttons = allButtons(start);
    expect(buttons.filter((b) => /^sv:s:/.test(b.data ?? ""))).toHaveLength(10);
    expect(buttons.map((b) => b.text)).toContain("1/2");
    for (const b of buttons) expect(Buffer.byteLength(b.data ?? "")).toBeLessThanOrEqual(64);

    const page2 = await h.press(ALICE, buttonData(start, "▶️"));
    expect(page2.find((c) => c.method === "editMessageText")).toBeDefined();
    expect(allButtons(page2).map((b) => b.text)).toEqual(expect.arrayContaining(["◀️", "2/2"]));

    const list = await h.press(ALICE, buttonData(start, /^Instagram \(2\)/));
    const text = lastText(list);
    expect(list.some((c) => c.method === "editMessageText")).toBe(true);
    expect(text).toContain("Sledilci na Instagramu");
    expect(text).toContain("$0.90 per 1000");
    expect(text).toContain("50–10,000");

    const card = await h.press(ALICE, buttonData(list, /Sledilci/));
    const cardText = lastText(card);
    expect(cardText).toContain("Type: Default");
    expect(cardText).toContain("Refill: ✅");
    expect(cardText).toContain("Drip-feed: ✅");
    expect(cardText).toContain("30-day refill");
    expect(allButtons(card).map((b) => b.data)).toEqual(["sv:o:1448", expect.stringMatching(/^sv:f:.*:1448:/), expect.stringMatching(/^sv:s:/)]);

    const back = await h.press(ALICE, buttonData(card, /^sv:s:/));
    expect(lastText(back)).toContain("Instagram");
    expect(servicesCalls()).toBe(1);
  });

  it("shows a package's price per package and the card's Order button starts the wizard", async () => {
    const list = await h.text(ALICE, "/services package");
    expect(lastText(list)).toContain("$4.99 per package");
    const card = await h.press(ALICE, buttonData(list, /Starter Package/));
    const order = await h.press(ALICE, buttonData(card, "sv:o:1460"));
    expect(lastText(order)).toMatch(/Send the link/);
  });

  it("searches names and categories regardless of accents and case", async () => {
    expect(lastText(await h.text(ALICE, "/services ECOUTES"))).toContain("Spotify Plays — Écoutes");
    expect(lastText(await h.text(ALICE, "/services tráfego"))).toContain("Website Traffic");
    const many = await h.text(ALICE, "/services instagram");
    expect(lastText(many)).toMatch(/Results for “instagram”: 1[0-9]/);
    const next = await h.press(ALICE, buttonData(many, "▶️"));
    expect(lastText(next)).toMatch(/Results for “instagram”/);
    const none = await h.text(ALICE, "/services zzzz");
    expect(lastText(none)).toMatch(/Nothing matches “zzzz”/);
    expect(servicesCalls()).toBe(1);
  });

  it("speaks Slovenian", async () => {
    await h.connect(BOB, "bob-key-000001");
    expect(lastText(await h.text(BOB, "/services"))).toMatch(/12 kategorij/);
  });

  it("refreshes after the TTL in the background", async () => {
    await h.text(ALICE, "/services");
    const ttl = h.deps.config.servicesCacheMs;
    h.panel!.setCatalogue(defaultCatalogue().slice(0, 3));
    h.deps.now = () => Date.now() + ttl + 1000;
    const stale = await h.text(ALICE, "/services");
    expect(lastText(stale)).toMatch(/12 categories/); // served stale
    await h.deps.catalogue.idle();
    expect(servicesCalls()).toBe(2);
    expect(lastText(await h.text(ALICE, "/services"))).toMatch(/ 2 categories/);
    expect(servicesCalls()).toBe(2);
  });

  it("says so when a button belongs to an older list", async () => {
    const start = await h.text(ALICE, "/services");
    const old = buttonData(start, /^Instagram \(2\)/);
    h.panel!.setCatalogue(defaultCatalogue().slice(2));
    await h.deps.catalogue.refresh("main", key, accountScope(userOwner(ALICE.id), "1")); // the account's own list
    const calls = await h.press(ALICE, old);
    expect(answers(calls).join()).toMatch(/list has changed/);
    expect(lastText(calls)).toMatch(/has changed since that message/);
    expect(lastText(calls)).toContain(`${new CatalogueIndex(defaultCatalogue().slice(2)).categories.length} categories`);
  });

  it("reports a panel that is down", async () => {
    h.panel!.setFault({ mode: "http500" });
    expect(lastText(await h.text(ALICE, "/services"))).toMatch(/not reachable/);
  });
});
