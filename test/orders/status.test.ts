import { describe, expect } from "vitest";
import { connectedTest as it } from "../helpers/fixtures.js";
import { ALICE, BOB, Harness, type ApiCall } from "../helpers/harness.js";
import { orderActionData } from "../../src/bot/callbacks.js";

const statusCalls = (h: Harness) => h.panel!.requests.filter((r) => r.action === "status");
const text = (calls: ApiCall[]) => Harness.texts(calls).join("\n");
const answerOf = (calls: ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload;

describe("/status", () => {
  it("explains usage without IDs", async ({ h }) => {
    const calls = await h.text(ALICE, "/status");
    expect(text(calls)).toMatch(/Send one or more order IDs/);
    expect(statusCalls(h)).toHaveLength(0);
  });

  it("names the bad tokens when nothing is an ID", async ({ h }) => {
    const out = text(await h.text(ALICE, "/status abc 12x <b>"));
    expect(out).toContain("<code>abc</code>");
    expect(out).toContain("<code>12x</code>");
    expect(out).toContain("&lt;b&gt;"); // escaped, never raw HTML
    expect(out).toMatch(/Send one or more order IDs/);
    expect(statusCalls(h)).toHaveLength(0);
  });

  it("asks to connect first", async ({ h }) => {
    const calls = await h.text(BOB, "/status 23501");
    expect(text(calls)).toMatch(/\/connect/);
  });

  it("shows one order as a card with refresh and cancel buttons while it runs", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, { service: "1448", charge: "0.27819", startCount: 3572, remains: 157 });
    const calls = await h.text(ALICE, `/status ${o.id}`);
    const msg = calls.find((c) => c.method === "sendMessage")!;
    expect(msg.payload.parse_mode).toBe("HTML");
    expect(msg.payload.text).toContain(`Order ${o.id}`);
    expect(msg.payload.text).toContain("Pending");
    expect(msg.payload.text).toContain("$0.27819");
    expect(msg.payload.text).toContain("3,572");
    const data = Harness.buttons(calls).map((b) => b.data);
    expect(data).toEqual([orderActionData("refresh", panelId, o.id), orderActionData("cancel", panelId, o.id)]);
    expect(statusCalls(h)).toHaveLength(1);
    expect(statusCalls(h)[0]!.params.order).toBe(o.id);
  });

  it("offers a refill (not a cancel) once completed, and shows tracked metadata", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, { service: "1448", status: "Completed", remains: 0 });
    await h.deps.storage.orders.track({
      chatId: ALICE.id,
      owner: `u:${ALICE.id}`,
      panelId,
      orderId: o.id,
      source: "bot",
      createdAt: Date.now(),
      serviceName: "Sledilci <na> Instagramu",
      link: "https://instagram.com/alice",
      refillable: true,
    });
    const calls = await h.text(ALICE, `/status #${o.id}`);
    const out = text(calls);
    expect(out).toContain("✅ Completed");
    expect(out).toContain("Sledilci &lt;na&gt; Instagramu");
    expect(out).toContain("instagram.com/alice");
    const data = Harness.buttons(calls).map((b) => b.data);
    expect(data).toEqual([orderActionData("refresh", panelId, o.id), orderActionData("refill", panelId, o.id)]);
  });

  it("hides the refill button when the tracked service has no refill", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, { service: "1449", status: "Partial" });
    await h.deps.storage.orders.track({
      chatId: ALICE.id,
      owner: `u:${ALICE.id}`,
      panelId,
      orderId: o.id,
      source: "bot",
      createdAt: Date.now(),
      refillable: false,
    });
    const data = Harness.buttons(await h.text(ALICE, `/status ${o.id}`)).map((b) => b.data);
    expect(data).toEqual([orderActionData("refresh", panelId, o.id)]);
  });

  it("says clearly that an order is unknown", async ({ h }) => {
    const out = text(await h.text(ALICE, "/status 999999"));
    expect(out).toMatch(/999999.*not found on this account/);
  });

  it("lists many orders with one batch, each with its own outcome, and names bad tokens", async ({ h, key }) => {
    const a = h.panel!.seedOrder(key, { status: "Completed", remains: 0 });
    const b = h.panel!.seedOrder(key, { status: "In progress" });
    const other = h.panel!.seedOrder("someone-else", {});
    const calls = await h.text(ALICE, `/status ${a.id}, ${b.id}\n${other.id} 424242 x1 ${a.id}`);
    const out = text(calls);
    expect(out).toContain("<code>x1</code>");
    expect(out).toContain("Status of 4 orders");
    expect(out).toMatch(new RegExp(`${a.id}</code> — ✅ Completed`));
    expect(out).toMatch(new RegExp(`${b.id}</code> — 🔄 In progress`));
    expect(out).toMatch(new RegExp(`${other.id}</code> — ❓ not found`));
    expect(out).toMatch(/424242<\/code> — ❓ not found/);
    expect(statusCalls(h)).toHaveLength(1);
    expect(statusCalls(h)[0]!.params.orders?.split(",")).toHaveLength(4);
  });

  it("checks 250 IDs with 3 calls and splits the answer under Telegram's limit", async ({ h, key }) => {
    const ids: string[] = [];
    for (let i = 0; i < 250; i++) ids.push(h.panel!.seedOrder(key, { status: i % 2 ? "Completed" : "Pending" }).id);
    const calls = await h.text(ALICE, `/status ${ids.join(" ")}`);
    expect(statusCalls(h)).toHaveLength(3);
    const texts = Harness.texts(calls);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(4096);
    const all = texts.join("\n");
    for (const id of ids) expect(all).toContain(`<code>${id}</code>`);
  });

  it("refuses more than 500 IDs with a message", async ({ h }) => {
    const ids = Array.from({ length: 501 }, (_, i) => String(1000 + i));
    const out = text(await h.text(ALICE, `/status ${ids.join(",")}`));
    expect(out).toMatch(/501 IDs.*at most 500/);
    expect(statusCalls(h)).toHaveLength(0);
  });

  it.for(["http500", "html", "badjson"] as const)("says the panel is down (%s), once", async (mode, { h }) => {
    h.panel!.setFault({ mode });
    expect(text(await h.text(ALICE, "/status 23501"))).toMatch(/not reachable/);
    const many = Harness.texts(await h.text(ALICE, "/status 23501 23502 23503"));
    expect(many).toHaveLength(1);
    expect(many[0]).toMatch(/not reachable/);
  });

  it("says the panel is down when it does not answer in time", async ({ h }) => {
    h.panel!.setFault({ mode: "timeout" });
    expect(text(await h.text(ALICE, "/status 23501"))).toMatch(/not reachable/);
  });

  it("says the panel is limiting requests", async ({ h }) => {
    h.panel!.setFault({ mode: "http429", retryAfterSec: 1 });
    expect(text(await h.text(ALICE, "/status 23501 23502"))).toMatch(/limiting requests/);
  });

  it("speaks Slovenian", async ({ h }) => {
    await h.connect(BOB, "bob-key-000001");
    const o = h.panel!.seedOrder("bob-key-000001", { service: "1448" });
    const calls = await h.text(BOB, `/status ${o.id}`);
    expect(text(calls)).toContain(`Naročilo ${o.id}`);
    expect(text(calls)).toContain("V čakanju");
    expect(Harness.buttons(calls).map((b) => b.text)).toContain("🔄 Osveži");
    expect(text(await h.text(BOB, "/status"))).toMatch(/Za ukazom pošljite/);
    expect(text(await h.text(BOB, "/status 1 2 abc"))).toMatch(/Preskočeno/);
  });
});

describe("order card buttons", () => {
  it("refresh edits the card in place with the new status", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, { service: "1448" });
    h.panel!.advance(o.id);
    h.panel!.advance(o.id);
    const calls = await h.press(ALICE, orderActionData("refresh", panelId, o.id));
    const edit = calls.find((c) => c.method === "editMessageText");
    expect(edit?.payload.text).toContain("✅ Completed");
    expect(edit?.payload.reply_markup.inline_keyboard.flat().map((b: any) => b.callback_data)).toContain(
      orderActionData("refill", panelId, o.id),
    );
    expect(answerOf(calls)?.text).toBe("Updated.");
  });

  it("is silent when the card did not change", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, {});
    h.answer = (call) => {
      if (call.method === "editMessageText") throw new Error("Bad Request: message is not modified");
      return undefined;
    };
    const calls = await h.press(ALICE, orderActionData("refresh", panelId, o.id));
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
    expect(answerOf(calls)?.text).toBe("Updated.");
  });

  it("treats a button of another panel as expired", async ({ h }) => {
    const calls = await h.press(ALICE, orderActionData("refresh", "oldpanel", "23501"));
    expect(answerOf(calls)?.text).toMatch(/expired/);
    expect(statusCalls(h)).toHaveLength(0);
  });

  it("treats a malformed order button as expired", async ({ h }) => {
    const calls = await h.press(ALICE, "o:r:panel:12ab");
    expect(answerOf(calls)?.text).toMatch(/expired/);
  });

  it("works for the presser's own account only", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, {});
    // Bob has no account: told to connect.
    expect(answerOf(await h.press(BOB, orderActionData("refresh", panelId, o.id)))?.text).toMatch(/\/connect/);
    // With his own key the panel does not show him Alice's order.
    await h.connect(BOB, "bob-key-000001");
    const calls = await h.press(BOB, orderActionData("refresh", panelId, o.id));
    expect(answerOf(calls)?.text).toMatch(/ne pozna/);
    expect(calls.some((c) => c.method === "editMessageText")).toBe(false);
  });

  it("answers a panel error on refresh", async ({ h, panelId }) => {
    h.panel!.setFault({ mode: "http500" });
    const calls = await h.press(ALICE, orderActionData("refresh", panelId, "23501"));
    expect(answerOf(calls)).toMatchObject({ show_alert: true });
    expect(answerOf(calls)?.text).toMatch(/not reachable/);
  });
});
