import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, BOB, Harness } from "../helpers/harness.js";
import { RecordingApi, makePoller } from "./helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(async () => {
  await h.close();
});

const reply = (calls: Array<{ method: string; payload: any }>) => Harness.texts(calls).join("\n");

describe("/track", () => {
  it("checks the IDs with one status call and reports each outcome", async () => {
    const key = await h.connect(ALICE);
    const pending = h.panel!.seedOrder(key, { service: "1448" }).id;
    const done = h.panel!.seedOrder(key, { service: "1448", status: "Completed", remains: 0 }).id;
    const foreign = h.panel!.seedOrder("someone-else-key", { service: "1448" }).id;
    h.panel!.resetRequests();

    const calls = await h.text(ALICE, `/track ${pending}, ${done} 99999999 ${foreign} 12ab`);
    expect(h.panel!.requests.filter((r) => r.action === "status")).toHaveLength(1);
    const text = reply(calls);
    expect(text).toContain(`✅ <code>${pending}</code> — 🕓 Pending`);
    expect(text).toContain(`☑️ <code>${done}</code> — ✅ Completed: already finished`);
    expect(text).toContain("<code>99999999</code> — not found");
    expect(text).toContain(`<code>${foreign}</code> — not found`);
    expect(text).toContain("Not an order ID (IDs are digits only): 12ab");
    expect(calls.find((c) => c.method === "sendMessage")!.payload.parse_mode).toBe("HTML");

    const tracked = await h.deps.storage.orders.get(ALICE.id, "main", pending);
    expect(tracked).toMatchObject({ source: "manual", owner: `u:${ALICE.id}`, chatId: ALICE.id });
    expect(await h.deps.storage.orders.get(ALICE.id, "main", done)).toBeDefined();
    expect(await h.deps.storage.orders.get(ALICE.id, "main", "99999999")).toBeUndefined();
    expect(await h.deps.storage.orders.get(ALICE.id, "main", foreign)).toBeUndefined();

    // Again: already tracked, nothing replaced.
    expect(reply(await h.text(ALICE, `/track ${pending}`))).toContain("already tracked");
  });

  it("explains its use, refuses letters only and too many IDs, and asks to connect first", async () => {
    expect(reply(await h.text(ALICE, "/track"))).toContain("/track 23501");
    expect(reply(await h.text(ALICE, "/track abc"))).toContain("Not an order ID");
    const many = Array.from({ length: 101 }, (_, i) => String(i + 1)).join(" ");
    expect(reply(await h.text(ALICE, `/track ${many}`))).toContain("at most 100");
    expect(reply(await h.text(ALICE, "/track 23501"))).toContain("/connect");
  });

  it("says so when the panel is down and tracks nothing", async () => {
    const key = await h.connect(ALICE);
    const id = h.panel!.seedOrder(key, { service: "1448" }).id;
    h.panel!.setFault({ mode: "http500" });
    expect(reply(await h.text(ALICE, `/track ${id}`))).toContain("did not answer");
    expect(await h.deps.storage.orders.get(ALICE.id, "main", id)).toBeUndefined();
  });

  it("speaks Slovenian", async () => {
    await h.connect(BOB);
    expect(reply(await h.text(BOB, "/track"))).toContain("Pošljite ID-je");
  });

  it("a /track during a polling cycle is not lost, and is then followed", async () => {
    const key = await h.connect(ALICE);
    const first = h.panel!.seedOrder(key, { service: "1448" }).id;
    const second = h.panel!.seedOrder(key, { service: "1448" }).id;
    await h.text(ALICE, `/track ${first}`);
    const rec = new RecordingApi(h);
    const poller = makePoller(h, rec);

    h.panel!.setFault({ mode: "none", latencyMs: 150 });
    const cycle = poller.runCycle();
    await new Promise((r) => setTimeout(r, 30)); // the cycle is waiting for the panel
    const calls = await h.text(ALICE, `/track ${second}`);
    expect(reply(calls)).toContain(`✅ <code>${second}</code>`);
    const stats = await cycle;
    expect(stats.orders).toBe(1);
    h.panel!.setFault("none");

    expect(await h.deps.storage.orders.get(ALICE.id, "main", second)).toBeDefined();
    const next = await poller.runCycle();
    expect(next.orders).toBe(2);
    h.panel!.advance(second);
    await poller.runCycle();
    expect(rec.sent).toHaveLength(1);
    expect(rec.sent[0]!.text).toContain(`Order ${second}`);
    expect(rec.sent[0]!.text).toContain("Pending → <b>🔄 In progress</b>");
  });
});

describe("/track baseline", () => {
  it("a change between /track and the first poll is notified (the status /track reported is the baseline)", async () => {
    const key = await h.connect(ALICE);
    const rec = new RecordingApi(h);
    const poller = makePoller(h, rec);
    await poller.runCycle(); // the poller is running before the order is tracked
    const id = h.panel!.seedOrder(key, { service: "1448" }).id;
    expect(reply(await h.text(ALICE, `/track ${id}`))).toContain("Pending");
    h.panel!.advance(id); // before the first poll of the order
    await poller.runCycle();
    expect(rec.sent).toHaveLength(1);
    expect(rec.sent[0]!.text).toContain("Pending → <b>🔄 In progress</b>");
  });

  it("an order already final is told so and never polled", async () => {
    const key = await h.connect(ALICE);
    const id = h.panel!.seedOrder(key, { service: "1448", status: "Completed", remains: 0 }).id;
    await h.text(ALICE, `/track ${id}`);
    const rec = new RecordingApi(h);
    const stats = await makePoller(h, rec).runCycle();
    expect(stats.orders).toBe(0);
    expect(rec.sent).toHaveLength(0);
  });
});

describe("/untrack", () => {
  it("removes tracked orders and says which were not tracked", async () => {
    const key = await h.connect(ALICE);
    const id = h.panel!.seedOrder(key, { service: "1448" }).id;
    await h.text(ALICE, `/track ${id}`);
    const text = reply(await h.text(ALICE, `/untrack ${id} 424242 x1`));
    expect(text).toContain(`<code>${id}</code> — no longer tracked`);
    expect(text).toContain("<code>424242</code> — was not tracked");
    expect(text).toContain("Not an order ID");
    expect(await h.deps.storage.orders.get(ALICE.id, "main", id)).toBeUndefined();
    expect(reply(await h.text(ALICE, "/untrack"))).toContain("/untrack 23501");
  });

  it("works without a connected account", async () => {
    await h.deps.storage.orders.track({
      chatId: ALICE.id,
      owner: `u:${ALICE.id}`,
      panelId: "main",
      orderId: "555",
      source: "bot",
      createdAt: 1,
    });
    expect(reply(await h.text(ALICE, "/untrack 555"))).toContain("no longer tracked");
  });
});

describe("/settings", () => {
  it("toggles notifications and progress updates, editing the same message", async () => {
    const calls = await h.text(ALICE, "/settings");
    expect(reply(calls)).toContain("Settings");
    expect(Harness.buttons(calls)).toEqual([
      { text: "🔔 Notifications: on", data: "tset:n:0", url: undefined },
      { text: "📉 Progress updates: off", data: "tset:p:1", url: undefined },
      { text: "⌨️ Quick buttons under the chat: on", data: "tset:k:0", url: undefined },
      { text: "🪫 Low-balance alert: off", data: "tlow:5", url: undefined },
    ]);

    const off = await h.press(ALICE, "tset:n:0");
    expect(off.find((c) => c.method === "answerCallbackQuery")!.payload.text).toBe("Saved.");
    const edit = off.find((c) => c.method === "editMessageText")!;
    expect(edit).toBeDefined();
    expect(Harness.buttons(off).map((b) => b.data)).toEqual(["tset:n:1", "tset:p:1", "tset:k:0", "tlow:5"]);
    expect(await h.deps.storage.prefs.get(ALICE.id)).toMatchObject({ notifications: false, progress: false });

    const progress = await h.press(ALICE, "tset:p:1");
    expect(Harness.buttons(progress).map((b) => b.text)).toEqual([
      "🔕 Notifications: off",
      "📈 Progress updates: on",
      "⌨️ Quick buttons under the chat: on",
      "🪫 Low-balance alert: off",
    ]);
    expect(await h.deps.storage.prefs.get(ALICE.id)).toMatchObject({ notifications: false, progress: true });

    // Pressing an old button again is harmless (it sets, it does not flip).
    await h.press(ALICE, "tset:p:1");
    expect((await h.deps.storage.prefs.get(ALICE.id)).progress).toBe(true);
  });

  it("is in Slovenian for a Slovenian user", async () => {
    const calls = await h.text(BOB, "/settings");
    expect(reply(calls)).toContain("Nastavitve");
    expect(Harness.buttons(calls)[0]!.text).toBe("🔔 Obvestila: vklopljena");
  });
});
