import { describe, expect } from "vitest";
import { connectedTest as it } from "../helpers/fixtures.js";
import { ALICE, Harness, type ApiCall } from "../helpers/harness.js";
import { orderActionData, refillRefreshData } from "../../src/bot/callbacks.js";

const text = (calls: ApiCall[]) => Harness.texts(calls).join("\n");
const answerOf = (calls: ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload;
const refillCalls = (h: Harness) => h.panel!.requests.filter((r) => r.action === "refill");

describe("/refill", () => {
  it("explains usage without IDs", async ({ h }) => {
    expect(text(await h.text(ALICE, "/refill"))).toMatch(/IDs of the orders to refill/);
    expect(text(await h.text(ALICE, "/refill abc"))).toMatch(/<code>abc<\/code>[\s\S]*IDs of the orders to refill/);
    expect(refillCalls(h)).toHaveLength(0);
  });

  it("requests one refill, records it for the tracker and offers a status button", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, { service: "1448", status: "Completed", remains: 0 });
    const calls = await h.text(ALICE, `/refill ${o.id}`);
    expect(text(calls)).toMatch(new RegExp(`Refill 1 requested for order ${o.id}`));
    expect(refillCalls(h)).toHaveLength(1);
    expect(refillCalls(h)[0]!.params.order).toBe(o.id);
    expect(Harness.buttons(calls).map((b) => b.data)).toEqual([refillRefreshData(panelId, "1")]);
    const tracked = await h.deps.storage.refills.get(ALICE.id, panelId, "1");
    expect(tracked).toMatchObject({ chatId: ALICE.id, owner: `u:${ALICE.id}`, panelId, refillId: "1", orderId: o.id });
  });

  it("says why one refill is refused and records nothing", async ({ h, key }) => {
    const pending = h.panel!.seedOrder(key, { service: "1448" });
    expect(text(await h.text(ALICE, `/refill ${pending.id}`))).toMatch(/not eligible for a refill/);
    const noRefill = h.panel!.seedOrder(key, { service: "1449", status: "Completed" });
    expect(text(await h.text(ALICE, `/refill ${noRefill.id}`))).toMatch(/refill is disabled for this service/);
    expect(text(await h.text(ALICE, "/refill 777777"))).toMatch(/777777: ❓ not found/);
    expect(h.panel!.refills.size).toBe(0);
  });

  it("requests many with one call and gives each ID its own outcome", async ({ h, key, panelId }) => {
    const ok1 = h.panel!.seedOrder(key, { service: "1448", status: "Completed" });
    const ok2 = h.panel!.seedOrder(key, { service: "1453", status: "Partial" });
    const disabled = h.panel!.seedOrder(key, { service: "1449", status: "Completed" });
    const calls = await h.text(ALICE, `/refill ${ok1.id} ${ok2.id} ${disabled.id} 888888 zz`);
    const out = text(calls);
    expect(refillCalls(h)).toHaveLength(1);
    expect(out).toContain("<code>zz</code>");
    expect(out).toMatch(new RegExp(`${ok1.id}</code> — 🔁 refill <code>1</code> requested`));
    expect(out).toMatch(new RegExp(`${ok2.id}</code> — 🔁 refill <code>2</code> requested`));
    expect(out).toMatch(new RegExp(`${disabled.id}</code> — ⛔ refill is disabled`));
    expect(out).toMatch(/888888<\/code> — ❓ not found/);
    expect(out).toMatch(/2 of 4 refills requested/);
    expect(await h.deps.storage.refills.get(ALICE.id, panelId, "1")).toBeDefined();
    expect(await h.deps.storage.refills.get(ALICE.id, panelId, "2")).toBeDefined();
  });

  it("says the panel offers no refills", async ({ h, key }) => {
    h.panel!.setQuirks({ noRefill: true });
    const a = h.panel!.seedOrder(key, { status: "Completed" });
    const b = h.panel!.seedOrder(key, { status: "Completed" });
    expect(text(await h.text(ALICE, `/refill ${a.id} ${b.id}`))).toMatch(/does not offer refills/);
    expect(text(await h.text(ALICE, `/refill ${a.id}`))).toMatch(/refused by the panel: Incorrect request/);
  });

  it("reports a panel that is down once", async ({ h }) => {
    h.panel!.setFault({ mode: "http500" });
    const texts = Harness.texts(await h.text(ALICE, "/refill 23501 23502"));
    expect(texts).toHaveLength(1);
    // A refill may have been made: the user is told to check before retrying.
    expect(texts[0]).toMatch(/outcome is unknown|not reachable/);
  });

  it("works from the card's refill button", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, { service: "1448", status: "Completed" });
    const calls = await h.press(ALICE, orderActionData("refill", panelId, o.id));
    expect(answerOf(calls)).toMatchObject({ show_alert: true });
    expect(answerOf(calls)?.text).toMatch(/Refill 1 requested/);
    expect(await h.deps.storage.refills.get(ALICE.id, panelId, "1")).toBeDefined();
    const again = await h.press(ALICE, orderActionData("refill", panelId, o.id));
    expect(answerOf(again)?.text).toMatch(/not eligible/);
  });
});

describe("/refills", () => {
  it("explains usage without IDs", async ({ h }) => {
    expect(text(await h.text(ALICE, "/refills"))).toMatch(/refill IDs/);
  });

  it("shows one refill's status with a refresh button that edits it in place", async ({ h, key, panelId }) => {
    const o = h.panel!.seedOrder(key, { service: "1448", status: "Completed" });
    await h.text(ALICE, `/refill ${o.id}`);
    const calls = await h.text(ALICE, "/refills 1");
    expect(text(calls)).toMatch(/Refill 1[\s\S]*🕓 Pending/);
    expect(Harness.buttons(calls).map((b) => b.data)).toEqual([refillRefreshData(panelId, "1")]);
    h.panel!.advanceRefill("1");
    h.panel!.advanceRefill("1");
    const refreshed = await h.press(ALICE, refillRefreshData(panelId, "1"));
    expect(refreshed.find((c) => c.method === "editMessageText")?.payload.text).toMatch(/✅ Completed/);
  });

  it("shows many refills, each with its own outcome", async ({ h, key }) => {
    const a = h.panel!.seedOrder(key, { service: "1448", status: "Completed" });
    const b = h.panel!.seedOrder(key, { service: "1448", status: "Completed" });
    await h.text(ALICE, `/refill ${a.id} ${b.id}`);
    h.panel!.setRefill("2", { status: "Rejected" });
    const out = text(await h.text(ALICE, "/refills 1 2 99"));
    expect(out).toMatch(/1<\/code> — 🕓 Pending/);
    expect(out).toMatch(/2<\/code> — ⛔ Rejected/);
    expect(out).toMatch(/99<\/code> — ❓ refill not found/);
    expect(h.panel!.requests.filter((r) => r.action === "refill_status")).toHaveLength(1);
  });

  it("says a refill is unknown", async ({ h, panelId }) => {
    expect(text(await h.text(ALICE, "/refills 42"))).toMatch(/Refill <code>42<\/code> was not found/);
    const calls = await h.press(ALICE, refillRefreshData(panelId, "42"));
    expect(answerOf(calls)?.text).toMatch(/Refill 42 was not found/);
  });

  it("treats a refill button of another panel as expired", async ({ h }) => {
    expect(answerOf(await h.press(ALICE, refillRefreshData("other", "1")))?.text).toMatch(/expired/);
  });
});
