/**
 * Several accounts per chat, through the real bot (handleUpdate) against two mock panels on two
 * ports: connecting both, ordering on each, switching, notifications from both in one chat, and
 * disconnecting one while the other's orders keep being tracked.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { WizardDriver, buttonData, texts } from "../order/helpers.js";
import { RecordingApi, makePoller } from "../tracking/helpers.js";
import { userOwner } from "../../src/storage/types.js";

const LINK = "https://instagram.com/p/abc123";
const ALPHA_KEY = "alpha-key-0000001";
const BETA_KEY = "beta-key-00000001";

let alpha: MockPanel;
let beta: MockPanel;
let h: Harness;

beforeEach(async () => {
  alpha = await startMockPanel();
  beta = await startMockPanel();
  alpha.addAccount(ALPHA_KEY, "50.00", "USD");
  beta.addAccount(BETA_KEY, "70.00", "EUR");
  h = await Harness.create({ noPanel: true, env: { PANELS: `alpha=${alpha.url},beta=${beta.url}` } });
});
afterEach(async () => {
  await h.close();
  await alpha.close();
  await beta.close();
});

async function connect(panel: "alpha" | "beta", key: string): Promise<string> {
  const ask = await h.text(ALICE, "/connect");
  await h.press(ALICE, buttonData(ask, new RegExp(`^connect:panel:${panel}$`)));
  return texts(await h.text(ALICE, key));
}

/** /order 1448 to the summary, then Confirm; the placed order's ID. */
async function order(quantity: string): Promise<void> {
  const w = new WizardDriver(h, ALICE);
  await w.start("/order 1448");
  await w.run([LINK, quantity, { press: "ow:drip:0" }]);
  expect(texts(w.last)).toContain("Please check your order");
  const placed = await h.press(ALICE, w.confirmData());
  expect(texts(placed)).toMatch(/placed|Order/);
}

const adds = (m: MockPanel) => m.requests.filter((r) => r.action === "add");

describe("several accounts in one chat", () => {
  it("connects two panels, orders on each, switches, is notified of both, and keeps tracking one after disconnecting the other", async () => {
    expect(await connect("alpha", ALPHA_KEY)).toContain("Connected");
    const second = await connect("beta", BETA_KEY);
    expect(second).toContain("Connected");
    expect(second).toContain("/accounts"); // "it is now your active account"

    // /accounts: both, with balances, beta active.
    const list = await h.text(ALICE, "/accounts");
    const listText = texts(list);
    expect(listText).toContain("alpha");
    expect(listText).toContain("beta");
    expect(listText).toContain("$50.00");
    expect(listText).toContain("€70.00");
    expect(Harness.buttons(list).map((b) => b.text)).toContain("✅ beta");

    // An order on the active account (beta) goes to beta's panel.
    await order("1000");
    expect(adds(beta)).toHaveLength(1);
    expect(adds(alpha)).toHaveLength(0);

    // Switch to alpha with the button: the next order goes to alpha.
    const switched = await h.press(ALICE, buttonData(list, /^ac:s:1$/));
    expect(JSON.stringify(switched)).toContain("Now using alpha");
    await order("2000");
    expect(adds(alpha)).toHaveLength(1);
    expect(adds(beta)).toHaveLength(1);

    // Each tracked order remembers its account.
    const tracked = (await h.deps.storage.orders.listByChat(ALICE.id)).items.map((i) => [i.order.panelId, i.order.accountId]);
    expect(tracked.sort()).toEqual([
      ["alpha", "1"],
      ["beta", "2"],
    ]);

    // Both orders move: one message for the chat, each card naming its account.
    const rec = new RecordingApi(h);
    const poller = makePoller(h, rec);
    await poller.runCycle();
    for (const { order: o } of (await h.deps.storage.orders.listByChat(ALICE.id)).items)
      (o.panelId === "alpha" ? alpha : beta).advance(o.orderId);
    await poller.runCycle();
    const messages = rec.to(ALICE.id).map((m) => m.text);
    expect(messages).toHaveLength(1);
    const [both] = messages;
    expect(both).toMatch(/👤 alpha[\s\S]*\$/);
    expect(both).toMatch(/👤 beta[\s\S]*€/);
    expect(both).toContain("2 orders changed");

    // Disconnect beta (asked first): its order is no longer tracked, alpha's still is.
    const ask = await h.press(ALICE, buttonData(await h.text(ALICE, "/accounts"), /^ac:d:2$/));
    expect(texts(ask) + JSON.stringify(ask)).toContain("Disconnect");
    await h.press(ALICE, "ac:D:2");
    expect((await h.deps.storage.accounts.list(userOwner(ALICE.id))).accounts.map((a) => a.id)).toEqual(["1"]);
    const left = (await h.deps.storage.orders.listByChat(ALICE.id)).items.map((i) => i.order.panelId);
    expect(left).toEqual(["alpha"]);
    const alphaId = (await h.deps.storage.orders.listByChat(ALICE.id)).items[0]!.order.orderId;
    alpha.advance(alphaId);
    beta.resetRequests();
    await poller.runCycle();
    const after = rec.to(ALICE.id);
    expect(after).toHaveLength(2);
    // One account left: no names any more.
    expect(after[1]!.text).toContain(alphaId);
    expect(after[1]!.text).not.toContain("👤");
    expect(beta.requests.filter((r) => r.action === "status")).toHaveLength(0);
  });

  it("a wizard keeps the account it started with, even if another becomes active before Confirm", async () => {
    await connect("alpha", ALPHA_KEY);
    await connect("beta", BETA_KEY);
    await h.deps.storage.accounts.activate(userOwner(ALICE.id), "1");
    const w = new WizardDriver(h, ALICE);
    await w.start("/order 1448");
    await w.run([LINK, "1000", { press: "ow:drip:0" }]);
    // Meanwhile (another device) beta becomes active.
    await h.deps.storage.accounts.activate(userOwner(ALICE.id), "2");
    await h.press(ALICE, w.confirmData());
    expect(adds(alpha)).toHaveLength(1);
    expect(adds(beta)).toHaveLength(0);
  });

  it("/status finds an order of another account on the same panel and says which answered; buttons use the order's account", async () => {
    const second = "alpha-key-0000002";
    alpha.addAccount(second, "5.00", "USD");
    await connect("alpha", ALPHA_KEY);
    await connect("alpha", second); // active: the second account on alpha
    await h.deps.storage.accounts.rename(userOwner(ALICE.id), "1", "Main <shop>");
    const id = alpha.seedOrder(ALPHA_KEY, { service: "1448" }).id;
    const shown = texts(await h.text(ALICE, `/status ${id}`));
    expect(shown).toContain(id);
    expect(shown).toContain("Main &lt;shop&gt;");
    // The same panel twice: names carry the id where they would be the same.
    const list = texts(await h.text(ALICE, "/accounts"));
    expect(list).toContain("Main &lt;shop&gt;");
    expect(list).toContain("alpha");
  });

  it("/refill and /cancel use the account each order is tracked with, whatever is active", async () => {
    const second = "alpha-key-0000002";
    alpha.addAccount(second, "5.00", "USD");
    await connect("alpha", ALPHA_KEY);
    await connect("alpha", second); // active: account 2
    const done = alpha.seedOrder(ALPHA_KEY, { service: "1448", status: "Completed", remains: 0 }).id;
    const running = alpha.seedOrder(ALPHA_KEY, { service: "1448" }).id;
    for (const orderId of [done, running]) {
      await h.deps.storage.orders.track({
        chatId: ALICE.id,
        owner: userOwner(ALICE.id),
        accountId: "1",
        panelId: "alpha",
        orderId,
        source: "manual",
        createdAt: 1,
      });
    }
    alpha.resetRequests();
    expect(texts(await h.text(ALICE, `/refill ${done}`))).not.toMatch(/not found|unknown/i);
    expect(alpha.requests.filter((r) => r.action === "refill").map((r) => r.params.key)).toEqual([ALPHA_KEY]);
    const ask = await h.text(ALICE, `/cancel ${running}`);
    await h.press(ALICE, buttonData(ask, /^oc:y:/));
    expect(alpha.requests.filter((r) => r.action === "cancel").map((r) => r.params.key)).toEqual([ALPHA_KEY]);
  });

  it("/disconnect with several accounts asks which one; with one, removes it", async () => {
    await connect("alpha", ALPHA_KEY);
    await connect("beta", BETA_KEY);
    const calls = await h.text(ALICE, "/disconnect");
    expect(Harness.buttons(calls).some((b) => b.data === "ac:d:1")).toBe(true);
    expect((await h.deps.storage.accounts.list(userOwner(ALICE.id))).accounts).toHaveLength(2);
    await h.press(ALICE, "ac:D:2");
    await h.text(ALICE, "/disconnect");
    expect((await h.deps.storage.accounts.list(userOwner(ALICE.id))).accounts).toHaveLength(0);
  });

  it("renames an account through a short conversation; the label is plain text", async () => {
    await connect("alpha", ALPHA_KEY);
    const list = await h.text(ALICE, "/accounts");
    const ask = await h.press(ALICE, buttonData(list, /^ac:r:1$/));
    expect(texts(ask)).toContain("new name");
    expect(texts(await h.text(ALICE, "x".repeat(40)))).toContain("1 to 32");
    const done = texts(await h.text(ALICE, "<b>Shop</b> & co"));
    expect(done).toContain("&lt;b&gt;Shop&lt;/b&gt; &amp; co");
    expect((await h.deps.storage.accounts.get(userOwner(ALICE.id)))?.label).toBe("<b>Shop</b> & co");
    // Shown as text: escaped in the message, as typed on its button.
    const again = await h.text(ALICE, "/accounts");
    expect(texts(again)).toContain("<b>&lt;b&gt;Shop&lt;/b&gt; &amp; co</b>");
    expect(Harness.buttons(again).map((b) => b.text)).toContain("✅ <b>Shop</b> & co");
  });
});

describe("an operator's panel and a panel the user added, in one chat", () => {
  let own: Harness;
  let theirs: MockPanel;
  beforeEach(async () => {
    theirs = await startMockPanel({ apiPath: "/api/v2", accounts: [{ key: "their-key-0001", balance: "12.5", currency: "USD" }] });
    own = await Harness.create({
      env: { PANEL_ALLOW_INSECURE: "true", PANEL_ALLOWED_PORTS: new URL(theirs.url).port },
    });
    own.panel!.addAccount(ALPHA_KEY, "50.00", "USD");
  });
  afterEach(async () => {
    await own.close();
    await theirs.close();
  });

  it("orders on both, is notified of both with account names, and keeps tracking the operator's after disconnecting the other", async () => {
    // The operator's panel (one configured: the key prompt comes at once).
    await own.text(ALICE, "/connect");
    expect(texts(await own.text(ALICE, ALPHA_KEY))).toContain("Connected");
    // ➕ Other panel: the second mock by its address (plain http allowed for the test).
    const ask = await own.text(ALICE, "/connect");
    await own.press(ALICE, buttonData(ask, /other/i));
    await own.text(ALICE, `http://127.0.0.1:${new URL(theirs.url).port}`);
    expect(texts(await own.text(ALICE, "their-key-0001"))).toContain("Connected");
    const list = await own.deps.storage.accounts.list(userOwner(ALICE.id));
    expect(list.accounts.map((a) => a.id)).toEqual(["1", "2"]);
    expect(list.active).toBe("2");

    // Order on the user's panel (active), then on the operator's after switching.
    const orderOn = async () => {
      const w = new WizardDriver(own, ALICE);
      await w.start("/order 1448");
      await w.run([LINK, "1000", { press: "ow:drip:0" }]);
      await own.press(ALICE, w.confirmData());
    };
    await orderOn();
    expect(theirs.requests.filter((r) => r.action === "add")).toHaveLength(1);
    await own.press(ALICE, "ac:s:1");
    await orderOn();
    expect(own.panel!.requests.filter((r) => r.action === "add")).toHaveLength(1);

    const rec = new RecordingApi(own);
    const poller = makePoller(own, rec);
    await poller.runCycle();
    const tracked = (await own.deps.storage.orders.listByChat(ALICE.id)).items.map((i) => i.order);
    for (const o of tracked) (o.accountId === "2" ? theirs : own.panel!).advance(o.orderId);
    await poller.runCycle();
    const sent = rec.to(ALICE.id).map((m) => m.text);
    expect(sent.some((m) => m.includes(`👤 127.0.0.1:${new URL(theirs.url).port}`))).toBe(true);
    expect(sent.some((m) => m.includes(`👤 127.0.0.1:${new URL(own.panel!.url).port}`))).toBe(true);

    // Disconnect the user-added one: the operator's order keeps being tracked.
    await own.press(ALICE, "ac:D:2");
    const mine = tracked.find((o) => o.accountId === "1")!;
    own.panel!.advance(mine.orderId);
    theirs.resetRequests();
    const before = rec.to(ALICE.id).length;
    await poller.runCycle();
    expect(rec.to(ALICE.id).length).toBe(before + 1);
    expect(rec.to(ALICE.id).at(-1)!.text).toContain(mine.orderId);
    expect(theirs.requests).toHaveLength(0);
  });
});
