import { describe, expect } from "vitest";
import { connectedTest as it } from "../helpers/fixtures.js";
import { ALICE, Harness, type ApiCall } from "../helpers/harness.js";
import { orderActionData } from "../../src/bot/callbacks.js";
import { orderDetailsCodec, ordersPageData } from "../../src/bot/features/orders.js";

const orderDetailsData = (panelId: string, orderId: string) => orderDetailsCodec.pack({ panelId, orderId });

const statusCalls = (h: Harness) => h.panel!.requests.filter((r) => r.action === "status");
const answerOf = (calls: ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload;

/** Seeds n orders on the panel and tracks them in Alice's chat (the last one is the newest). */
async function trackOrders({ h, key, panelId }: { h: Harness; key: string; panelId: string }, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const o = h.panel!.seedOrder(key, { service: "1448" });
    ids.push(o.id);
    await h.deps.storage.orders.track({
      chatId: ALICE.id,
      owner: `u:${ALICE.id}`,
      panelId,
      orderId: o.id,
      source: i % 2 ? "manual" : "bot",
      createdAt: Date.now() + i,
      serviceName: `Service ${i}`,
      currency: "USD",
    });
  }
  return ids;
}

describe("/orders", () => {
  it("helps when nothing is tracked", async ({ h }) => {
    const [text] = Harness.texts(await h.text(ALICE, "/orders"));
    expect(text).toMatch(/\/order/);
    expect(text).toMatch(/\/track/);
  });

  it("lists the newest first, 5 per page, with last known status and service name", async ({ h, key, panelId }) => {
    const ids = await trackOrders({ h, key, panelId }, 12);
    const newest = ids[11]!;
    await h.deps.storage.orders.setState(ALICE.id, panelId, newest, {
      final: true,
      last: { status: "Completed", charge: "0.27819", remains: 0, currency: "USD", at: Date.now() },
    });
    const calls = await h.text(ALICE, "/orders");
    const text = Harness.texts(calls)[0]!;
    expect(text).toContain("1–5 of 12");
    expect(text.indexOf(ids[11]!)).toBeLessThan(text.indexOf(ids[10]!));
    expect(text).not.toContain(ids[6]!);
    expect(text).toContain("Service 11");
    expect(text).toContain("✅ Completed");
    expect(text).toContain("$0.27819");
    expect(text).toContain("not checked yet");
    const data = Harness.buttons(calls).map((b) => b.data);
    expect(data).toContain(orderDetailsData(panelId, newest));
    expect(data).toContain(ordersPageData(0, true));
    expect(data).toContain(ordersPageData(5));
    expect(data).not.toContain(ordersPageData(0)); // no "newer" on the first page
    expect(statusCalls(h)).toHaveLength(0); // the list itself asks the panel nothing

    const page2 = await h.press(ALICE, ordersPageData(5));
    const edit = page2.find((c) => c.method === "editMessageText")!;
    expect(edit.payload.text).toContain("6–10 of 12");
    expect(edit.payload.text).toContain(ids[6]!);
    const data2 = Harness.buttons(page2).map((b) => b.data);
    expect(data2).toEqual(expect.arrayContaining([ordersPageData(0), ordersPageData(10), ordersPageData(5, true)]));

    const page3 = await h.press(ALICE, ordersPageData(10));
    expect(Harness.texts(page3)[0]).toContain("11–12 of 12");
    expect(Harness.buttons(page3).map((b) => b.data)).not.toContain(ordersPageData(15));
  });

  it("refreshes a page with one status call and does not write tracking state", async ({ h, key, panelId }) => {
    const ids = await trackOrders({ h, key, panelId }, 7);
    for (const id of ids) h.panel!.setOrder(id, { status: "Completed", remains: 0 });
    const calls = await h.press(ALICE, ordersPageData(0, true));
    expect(statusCalls(h)).toHaveLength(1);
    expect(statusCalls(h)[0]!.params.orders?.split(",").sort()).toEqual(ids.slice(2).sort());
    const text = calls.find((c) => c.method === "editMessageText")!.payload.text as string;
    expect(text).toContain("Checked with the panel just now");
    expect(text.match(/✅ Completed/g)).toHaveLength(5);
    expect(await h.deps.storage.orders.getState(ALICE.id, panelId, ids[6]!)).toBeUndefined();
  });

  it("says when the refresh could not reach the panel, keeping the list", async ({ h, key, panelId }) => {
    await trackOrders({ h, key, panelId }, 2);
    h.panel!.setFault({ mode: "html" });
    const calls = await h.press(ALICE, ordersPageData(0, true));
    const text = calls.find((c) => c.method === "editMessageText")!.payload.text as string;
    expect(text).toMatch(/Could not check with the panel: .*not reachable/);
    expect(text).toContain("not checked yet");
  });

  it("opens an order's card with its buttons", async ({ h, key, panelId }) => {
    const [id] = await trackOrders({ h, key, panelId }, 1);
    const calls = await h.press(ALICE, orderDetailsData(panelId, id!));
    const msg = calls.find((c) => c.method === "sendMessage")!;
    expect(msg.payload.text).toContain(`Order ${id}`);
    expect(msg.payload.text).toContain("Service 0");
    expect(msg.payload.text).toContain("Pending");
    expect(Harness.buttons(calls).map((b) => b.data)).toEqual([
      orderActionData("refresh", panelId, id!),
      orderActionData("cancel", panelId, id!),
    ]);
  });

  it("shows the stored card and the error when the panel is down", async ({ h, key, panelId }) => {
    const [id] = await trackOrders({ h, key, panelId }, 1);
    await h.deps.storage.orders.setState(ALICE.id, panelId, id!, {
      final: false,
      last: { status: "In progress", at: Date.now() },
    });
    h.panel!.setFault({ mode: "http500" });
    const calls = await h.press(ALICE, orderDetailsData(panelId, id!));
    expect(Harness.texts(calls)[0]).toContain("In progress");
    expect(answerOf(calls)?.text).toMatch(/not reachable/);
  });

  it("treats a details button of another panel as expired", async ({ h }) => {
    const calls = await h.press(ALICE, orderDetailsData("gone", "23501"));
    expect(answerOf(calls)?.text).toMatch(/expired/);
  });
});
