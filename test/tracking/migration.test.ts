/**
 * A notification to a group that was upgraded to a supergroup (400 with `migrate_to_chat_id`): the
 * group's tracking moves to the new chat id and the message is delivered there on the next cycle,
 * once (the chat is not marked blocked).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import type { MockPanel } from "../../src/dev/mock-panel.js";
import { RecordingApi, makePoller, trackOrder } from "./helpers.js";

const OLD_ID = -4005550001;
const NEW_ID = -1004005550001;
const UPGRADED = {
  error_code: 400,
  description: "Bad Request: group chat was upgraded to a supergroup chat",
  parameters: { migrate_to_chat_id: NEW_ID },
};

let h: Harness;
let rec: RecordingApi;
let mock: MockPanel;
beforeEach(async () => {
  h = await Harness.create();
  mock = h.panel!;
  rec = new RecordingApi(h);
});
afterEach(async () => {
  rec.releaseHung();
  await h.close();
});

describe("a group upgraded to a supergroup", () => {
  it("moves the group's tracking to the new id and delivers the message there, once", async () => {
    const key = "group-key-migrate-1";
    mock.addAccount(key);
    await h.deps.storage.accounts.add(`g:${OLD_ID}`, { panelId: "main", apiKey: key, currency: "USD", connectedAt: Date.now(), connectedBy: 1 });
    const o = mock.seedOrder(key, { service: "1448" }).id;
    const done = mock.seedOrder(key, { service: "1448", status: "Completed", remains: 0 }).id;
    const groupChat = { id: OLD_ID, is_bot: false, first_name: "group" };
    await trackOrder(h, groupChat, o, { owner: `g:${OLD_ID}` });
    const r = await h.deps.panels.get("main").refill(key, done);
    await h.deps.storage.refills.track({
      chatId: OLD_ID,
      owner: `g:${OLD_ID}`,
      panelId: "main",
      refillId: r,
      orderId: done,
      createdAt: Date.now(),
    });
    const poller = makePoller(h, rec);
    await poller.runCycle();

    mock.advance(o);
    mock.advanceRefill(r);
    rec.fault = (c) => (c.method === "sendMessage" && Number(c.payload.chat_id) === OLD_ID ? UPGRADED : undefined);
    let stats = await poller.runCycle();
    expect(stats).toMatchObject({ changes: 2, notified: 0 });
    expect(rec.sent).toHaveLength(0);

    const { storage } = h.deps;
    expect((await storage.delivery.get(OLD_ID)).blocked).toBe(false);
    expect(await storage.orders.get(OLD_ID, "main", o)).toBeUndefined();
    expect(await storage.orders.get(NEW_ID, "main", o)).toMatchObject({ chatId: NEW_ID, owner: `g:${NEW_ID}` });
    expect(await storage.refills.get(NEW_ID, "main", r)).toMatchObject({ chatId: NEW_ID, owner: `g:${NEW_ID}` });
    expect(await storage.accounts.get(`g:${NEW_ID}`)).toMatchObject({ apiKey: key });
    expect(await storage.accounts.get(`g:${OLD_ID}`)).toBeUndefined();
    // Not recorded as notified: the new chat has not seen it yet.
    expect((await storage.orders.getState(NEW_ID, "main", o))?.notified?.status).toBe("Pending");

    stats = await poller.runCycle();
    expect(stats).toMatchObject({ changes: 2, notified: 1 });
    expect(rec.to(NEW_ID)).toHaveLength(1);
    expect(rec.to(NEW_ID)[0]!.text).toContain(`Order ${o}`);
    expect(rec.to(NEW_ID)[0]!.text).toContain(`Refill ${r}`);
    expect((await storage.orders.getState(NEW_ID, "main", o))?.notified?.status).toBe("In progress");

    await poller.runCycle();
    expect(rec.sent).toHaveLength(1);
  });
});
