import { accountScope, userOwner } from "../../src/storage/types.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { normalizeDecimal } from "../../src/panel/money.js";
import { WizardDriver, addRequests, allButtons, type Step } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
  await h.connect(ALICE);
});
afterEach(async () => {
  await h.close();
});

const LINK = "https://instagram.com/p/abc123";
const lines = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join("\n");

interface Case {
  type: string;
  id: string;
  steps: Step[];
  add: Record<string, string>;
  price: string;
}

const CASES: Case[] = [
  { type: "Default", id: "1448", steps: [LINK, "1000", { press: "ow:drip:0" }], add: { link: LINK, quantity: "1000" }, price: "$0.90" },
  { type: "Package", id: "1460", steps: [LINK], add: { link: LINK }, price: "$4.99" },
  {
    type: "SEO",
    id: "1461",
    steps: [LINK, "200", "smm panel\nbuy followers"],
    add: { link: LINK, quantity: "200", keywords: "smm panel\nbuy followers" },
    price: "$0.24",
  },
  {
    type: "Custom Comments",
    id: "1452",
    steps: [LINK, lines(10, "Great post")],
    add: { link: LINK, comments: lines(10, "Great post") },
    price: "$0.08",
  },
  {
    type: "Custom Comments Package",
    id: "1462",
    steps: [LINK, "Nice!\n\n  Great  "],
    add: { link: LINK, comments: "Nice!\nGreat" },
    price: "$3.50",
  },
  {
    type: "Mentions",
    id: "1463",
    steps: [LINK, "100", "@anna\n@bor"],
    add: { link: LINK, quantity: "100", usernames: "@anna\n@bor" },
    price: "$0.40",
  },
  {
    type: "Mentions with Hashtags",
    id: "1464",
    steps: [LINK, "100", "@anna\n@bor", "#travel\n#food"],
    add: { link: LINK, quantity: "100", usernames: "@anna\n@bor", hashtags: "#travel\n#food" },
    price: "$0.50",
  },
  {
    type: "Mentions Custom List",
    id: "1465",
    steps: [LINK, lines(10, "user")],
    add: { link: LINK, usernames: lines(10, "user") },
    price: "$0.06",
  },
  {
    type: "Mentions Hashtag",
    id: "1466",
    steps: [LINK, "100", "#travel"],
    add: { link: LINK, quantity: "100", hashtag: "#travel" },
    price: "$0.45",
  },
  {
    type: "Mentions User Followers",
    id: "1467",
    steps: [LINK, "100", "natgeo"],
    add: { link: LINK, quantity: "100", username: "natgeo" },
    price: "$0.45",
  },
  {
    type: "Mentions Media Likers",
    id: "1468",
    steps: [LINK, "100", "https://instagram.com/p/media1"],
    add: { link: LINK, quantity: "100", media: "https://instagram.com/p/media1" },
    price: "$0.45",
  },
  {
    type: "Comment Likes",
    id: "1469",
    steps: [LINK, "50", "commenter"],
    add: { link: LINK, quantity: "50", username: "commenter" },
    price: "$0.10",
  },
  {
    type: "Comment Replies",
    id: "1470",
    steps: [LINK, "author", lines(5, "Reply")],
    add: { link: LINK, username: "author", comments: lines(5, "Reply") },
    price: "$0.045",
  },
  { type: "Poll", id: "1471", steps: [LINK, "100", "2"], add: { link: LINK, quantity: "100", answer_number: "2" }, price: "$0.075" },
  {
    type: "Invites from Groups",
    id: "1472",
    steps: [LINK, "100", "t.me/groupa\nt.me/groupb"],
    add: { link: LINK, quantity: "100", groups: "t.me/groupa\nt.me/groupb" },
    price: "$1.20",
  },
  {
    type: "Subscriptions",
    id: "1473",
    steps: ["natgeo", "100", "200", "10", "0", { press: "ow:v:30" }, "31/12/2099"],
    add: { username: "natgeo", min: "100", max: "200", posts: "10", old_posts: "0", delay: "30", expiry: "31/12/2099" },
    price: "$1.20",
  },
  {
    type: "Web Traffic",
    id: "1474",
    steps: [LINK, "1000", "US", { press: /Android/ }, { press: /Google keyword/ }, "buy shoes", { press: "ow:drip:0" }],
    add: { link: LINK, quantity: "1000", country: "US", device: "2", type_of_traffic: "1", google_keyword: "buy shoes" },
    price: "$0.35",
  },
];

describe("the wizard places every service type of the spec with exactly its fields", () => {
  for (const c of CASES) {
    it(c.type, async () => {
      const w = new WizardDriver(h, ALICE);
      await w.start(`/order ${c.id}`);
      await w.run(c.steps);
      const summary = Harness.texts(w.last).at(-1)!;
      expect(summary).toContain("Please check your order");
      expect(summary).toContain(c.price);
      await w.step({ press: /^ow:ok:/ });
      expect(Harness.texts(w.last).at(-1)).toContain(`Order 23501 placed · ${c.price}`);
      expect(addRequests(h)).toEqual([{ service: c.id, ...c.add }]);
      const tracked = await h.deps.storage.orders.get(ALICE.id, "main", "23501");
      expect(tracked).toMatchObject({
        source: "bot",
        owner: `u:${ALICE.id}`,
        serviceId: c.id,
        price: normalizeDecimal(c.price.slice(1)),
        currency: "USD",
      });
    });
  }
});

describe("wizard flow", () => {
  it("goes category → service by keyboards and tracks the order for /orders", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order");
    await w.step({ press: /^Instagram \(2\)/ });
    expect(w.last.some((c) => c.method === "editMessageText")).toBe(true);
    await w.step({ press: /Sledilci/ });
    expect(Harness.texts(w.last).at(-1)).toMatch(/Send the link/);
    await w.run([LINK, "250", { press: "ow:drip:0" }, { press: /^ow:ok:/ }]);
    expect(addRequests(h)).toEqual([{ service: "1448", link: LINK, quantity: "250" }]);
    const { items } = await h.deps.storage.orders.listByChat(ALICE.id);
    expect(items[0]?.order).toMatchObject({
      orderId: "23501",
      serviceName: "Sledilci na Instagramu",
      link: LINK,
      quantity: 250,
      price: "0.225",
      refillable: true,
      cancellable: true,
    });
  });

  it("finds a service by a typed word", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order");
    await w.step("écoutes");
    expect(Harness.texts(w.last).at(-1)).toContain("Spotify Plays");
    await w.step({ press: "ow:S:1475" });
    expect(Harness.texts(w.last).at(-1)).toMatch(/Send the link/);
  });

  it("asks drip-feed runs and interval and prices by runs", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    await w.run([LINK, "100", { press: "ow:drip:1" }, "5", "30"]);
    const summary = Harness.texts(w.last).at(-1)!;
    expect(summary).toContain("Drip-feed: 5 runs, every 30 min");
    expect(summary).toContain("Total quantity: 500");
    expect(summary).toContain("$0.45");
    await w.step({ press: /^ow:ok:/ });
    expect(addRequests(h)).toEqual([{ service: "1448", link: LINK, quantity: "100", runs: "5", interval: "30" }]);
  });

  it("does not offer drip-feed when the service has none", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1453");
    await w.run(["https://tiktok.com/@x", "100"]);
    expect(Harness.texts(w.last).at(-1)).toContain("Please check your order");
  });

  it("Web Traffic with a referrer and drip-feed", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1474");
    await w.run([LINK, "1000", "SI", { press: /Mixed$/ }, { press: /Custom referrer/ }, "not a url", "https://news.example.com/a"]);
    await w.run([{ press: "ow:drip:1" }, "2", "60", { press: /^ow:ok:/ }]);
    expect(addRequests(h)).toEqual([
      {
        service: "1474",
        link: LINK,
        quantity: "1000",
        runs: "2",
        interval: "60",
        country: "SI",
        device: "5",
        type_of_traffic: "2",
        referring_url: "https://news.example.com/a",
      },
    ]);
  });

  it("Subscriptions: optional fields can be skipped; the price is per post", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1473");
    await w.run(["natgeo", "100", "50"]); // max below min
    expect(Harness.texts(w.last).at(-1)).toMatch(/cannot be below the minimum/);
    await w.run(["300", { press: "ow:skip" }, { press: "ow:skip" }, { press: "ow:skip" }]);
    expect(Harness.texts(w.last).at(-1)).toMatch(/day\/month\/year/);
    await w.step("1/1/2001");
    expect(Harness.texts(w.last).at(-1)).toMatch(/not in the past/);
    await w.step({ press: "ow:skip" });
    const summary = Harness.texts(w.last).at(-1)!;
    expect(summary).toContain("up to <b>$0.18</b> per post");
    await w.step({ press: /^ow:ok:/ });
    expect(addRequests(h)).toEqual([{ service: "1473", username: "natgeo", min: "100", max: "300" }]);
  });

  it("re-asks with a clear message: bad link, out of range, letters, too few lines", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1452");
    await w.step("not a link");
    expect(Harness.texts(w.last).at(-1)).toMatch(/not a valid link[\s\S]*send it again/);
    await w.step(LINK);
    await w.step("one\ntwo\nthree");
    expect(Harness.texts(w.last).at(-1)).toMatch(/You sent 3 lines; this service needs between 10 and 1,500/);

    await w.start("/order 1448");
    await w.step(LINK);
    await w.step("abc");
    expect(Harness.texts(w.last).at(-1)).toMatch(/whole number/);
    await w.step("10");
    expect(Harness.texts(w.last).at(-1)).toMatch(/between 50 and 10,000/);
    await w.step("20000");
    expect(Harness.texts(w.last).at(-1)).toMatch(/between 50 and 10,000/);
    await w.step("1 500");
    expect(Harness.texts(w.last).at(-1)).toMatch(/drip-feed/);
    await w.step({ press: "ow:drip:0" });
    await w.step({ press: /^ow:ok:/ });
    expect(addRequests(h)).toEqual([{ service: "1448", link: LINK, quantity: "1500" }]);
  });

  it("changes one detail from the summary and keeps the rest", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    await w.run([LINK, "100", { press: "ow:drip:0" }, { press: "ow:chg" }]);
    expect(allButtons(w.last).map((b) => b.data)).toEqual(expect.arrayContaining(["ow:e:link", "ow:e:quantity", "ow:e:drip"]));
    await w.step({ press: "ow:e:quantity" });
    expect(Harness.texts(w.last).at(-1)).toMatch(/How many/);
    await w.step("2000");
    expect(Harness.texts(w.last).at(-1)).toContain("$1.80");
    await w.step({ press: /^ow:ok:/ });
    expect(addRequests(h)).toEqual([{ service: "1448", link: LINK, quantity: "2000" }]);
  });

  it("can be cancelled at any step with /cancel or the button", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    await w.step(LINK);
    await w.step("/cancel");
    expect(Harness.texts(w.last).at(-1)).toMatch(/Cancelled/);
    // The wizard is over: a number typed alone is read as an order ID (its status), not as a quantity.
    expect(Harness.texts(await h.text(ALICE, "1000")).at(-1)).toMatch(/Order <code>1000<\/code> was not found/);

    await w.start("/order");
    await w.step({ press: "conv:cancel" });
    expect(Harness.texts(w.last).at(-1)).toMatch(/Cancelled/);
    expect(addRequests(h)).toEqual([]);
  });

  it("another command leaves the wizard and runs", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    await w.step(LINK);
    const balance = await h.text(ALICE, "/balance");
    expect(Harness.texts(balance).at(-1)).toMatch(/Balance/);
    // The wizard is over: a number typed alone is read as an order ID (its status), not as a quantity.
    expect(Harness.texts(await h.text(ALICE, "1000")).at(-1)).toMatch(/Order <code>1000<\/code> was not found/);
  });

  it("says so when a category button belongs to an older list", async () => {
    const w = new WizardDriver(h, ALICE);
    await w.start("/order");
    const old = allButtons(w.last).find((b) => /^Instagram \(2\)/.test(b.text))!.data!;
    h.panel!.setCatalogue(h.panel!.catalogue.filter((s) => s.id !== "1452"));
    await h.deps.catalogue.refresh("main", "test-key-0001", accountScope(userOwner(ALICE.id), "1")); // the account's own list
    const calls = await h.press(ALICE, old);
    expect(calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toMatch(/list has changed/);
    expect(Harness.texts(calls).at(-1)).toMatch(/has changed since that message/);
  });

  it("says a service id is unknown", async () => {
    const calls = await h.text(ALICE, "/order 999999");
    expect(Harness.texts(calls).join("\n")).toMatch(/no longer offered/);
    expect(Harness.texts(await h.text(ALICE, "/order abc")).at(-1)).toMatch(/\/order ID/);
  });

  it("asks to connect first", async () => {
    const calls = await h.text({ id: 77, is_bot: false, first_name: "Zed" }, "/order");
    expect(Harness.texts(calls).at(-1)).toMatch(/\/connect/);
  });
});
