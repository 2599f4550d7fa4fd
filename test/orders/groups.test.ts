import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, BOB, GROUP, Harness, type ApiCall } from "../helpers/harness.js";
import { orderActionData } from "../../src/bot/callbacks.js";
import { ordersPageData } from "../../src/bot/features/orders.js";

let h: Harness;
let panelId: string;
const groupKey = "group-key-000001";
beforeEach(async () => {
  h = await Harness.create();
  panelId = h.deps.config.panels[0]!.id;
  h.panel!.addAccount(groupKey);
  await h.deps.storage.accounts.add(`g:${GROUP.id}`, {
    panelId,
    apiKey: groupKey,
    currency: "USD",
    connectedAt: Date.now(),
    connectedBy: ALICE.id,
  });
  h.admins.set(GROUP.id, new Set([ALICE.id]));
});
afterEach(async () => {
  await h.close();
});

const text = (calls: ApiCall[]) => Harness.texts(calls).join("\n");

describe("order commands in a group", () => {
  it("answers /status from the group's account for any member", async () => {
    const o = h.panel!.seedOrder(groupKey, {});
    const calls = await h.text(BOB, `/status ${o.id}`, GROUP);
    expect(text(calls)).toContain(`Naročilo ${o.id}`);
  });

  it("lets members page /orders", async () => {
    for (let i = 0; i < 7; i++) {
      const o = h.panel!.seedOrder(groupKey, {});
      await h.deps.storage.orders.track({ chatId: GROUP.id, owner: `g:${GROUP.id}`, panelId, orderId: o.id, source: "bot", createdAt: i });
    }
    const list = await h.text(BOB, "/orders", GROUP);
    expect(text(list)).toContain("1–5 od 7");
    const page = await h.press(BOB, ordersPageData(5), undefined, GROUP);
    expect(text(page)).toContain("6–7 od 7");
  });

  it("keeps cancel for admins", async () => {
    const o = h.panel!.seedOrder(groupKey, { service: "1448" });
    await h.press(BOB, orderActionData("cancel-yes", panelId, o.id), undefined, GROUP);
    expect(h.panel!.requests.filter((r) => r.action === "cancel")).toHaveLength(0);
    const ask = await h.text(ALICE, `/cancel ${o.id}`, GROUP);
    const yes = Harness.buttons(ask).find((b) => /Yes/.test(b.text))!.data!;
    await h.press(ALICE, yes, undefined, GROUP);
    expect(h.panel!.orders.get(o.id)!.status).toBe("Canceled");
  });
});
