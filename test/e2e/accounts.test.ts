/**
 * End-to-end: the built bot (node dist/main.js) with two panels in one chat — the operator's panel
 * and a panel the user adds by its address (a second mock panel on another port, plain http allowed
 * for the test): connecting both, tracking an order on each, switching, one notification naming both
 * accounts, and disconnecting one while the other's order keeps being tracked.
 */
import { afterAll, beforeAll, describe, expect, it, type TestContext } from "vitest";
import { ensureBuilt } from "./build.js";
import { secretKey, until, World } from "./driver.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";

let w: World;
let theirs: MockPanel;

beforeAll(async () => {
  await ensureBuilt();
}, 300_000);

describe("two panels, one chat (one bot process)", { timeout: 90_000 }, () => {
  beforeAll(async () => {
    theirs = await startMockPanel({ apiPath: "/api/v2" });
    w = await World.start({
      env: { PANEL_ALLOW_INSECURE: "true", PANEL_ALLOWED_PORTS: new URL(theirs.url).port, POLL_INTERVAL_SECONDS: "1" },
    });
  }, 90_000);
  afterAll(async () => {
    await w?.close();
    await theirs?.close();
  });

  it("connects both, tracks on each, one message names both accounts, disconnecting one keeps the other tracked", async (ctx: TestContext) => {
    ctx.onTestFailed(() => console.error(`\n===== e2e diagnostics =====\n${w?.diagnostics() ?? ""}\n`));
    const alice = w.user(3001, "Alice");
    const mine = secretKey("main");
    const other = secretKey("other");
    expect((await w.connect(alice, mine)).text).toMatch(/Connected/);

    // ➕ Other panel: its address, then its key (deleted, verified at the endpoint found).
    theirs.addAccount(other, "12.5", "USD");
    const ask = await w.say(alice, "/connect");
    const otherButton = w.buttons(ask).find((b) => /Other panel/.test(b.text));
    expect(otherButton, JSON.stringify(w.buttons(ask))).toBeDefined();
    w.press(alice, ask, otherButton!.data!);
    await w.expectMessage(alice.id, /address/i);
    const host = `127.0.0.1:${new URL(theirs.url).port}`;
    await w.say(alice, `http://${host}`);
    w.send(alice, other);
    await w.expectMessage(alice.id, /Connected/);
    await w.expectMessage(alice.id, /active account \(2 connected\)/);

    // An order on each account: the active one (the panel just added), then the operator's.
    const onTheirs = theirs.seedOrder(other, { status: "Pending" }).id;
    expect((await w.say(alice, `/track ${onTheirs}`)).text).toMatch(/Pending/);
    const list = await w.say(alice, "/accounts");
    expect(list.text).toContain(host);
    const switching = w.press(alice, list, "ac:s:1");
    await until(() => w.api.callbackAnswers.some((a) => a.query.id === switching.id), "the switch to be answered");
    const onMine = w.panel.seedOrder(mine, { status: "Pending" }).id;
    expect((await w.say(alice, `/track ${onMine}`)).text).toMatch(/Pending/);

    // Both move: one message for the chat, each card naming its account.
    theirs.advance(onTheirs);
    w.panel.advance(onMine);
    const both = await w.expectMessage(alice.id, (m) => (m.text ?? "").includes(onTheirs) && (m.text ?? "").includes(onMine), 30_000);
    expect(both.text).toContain(`👤 ${host}`);
    expect(both.text).toContain(`👤 ${new URL(w.panel.url).host}`);

    // Disconnect the added panel's account (asked first): the operator's order is still followed.
    const again = await w.say(alice, "/accounts");
    w.press(alice, again, "ac:d:2");
    await until(() => /Disconnect/.test(w.current(again)?.text ?? ""), "the disconnect question");
    w.press(alice, again, "ac:D:2");
    await until(() => /disconnected/.test(w.current(again)?.text ?? ""), "the disconnect");
    w.panel.advance(onMine);
    const after = await w.expectMessage(alice.id, (m) => (m.text ?? "").includes(onMine), 30_000);
    expect(after.text).not.toContain("👤");
    expect(w.outgoing()).not.toContain(mine);
    expect(w.outgoing()).not.toContain(other);
  });
});
