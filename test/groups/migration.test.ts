import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Chat, Message, Update } from "grammy/types";
import { ALICE, Harness, type ApiCall } from "../helpers/harness.js";
import type { TrackState, TrackedOrder, TrackedRefill, RefillState } from "../../src/storage/types.js";

const OLD: Chat.GroupChat = { id: -4001234567, type: "group", title: "Old Group" };
const NEW: Chat.SupergroupChat = { id: -1004001234567, type: "supergroup", title: "Old Group" };
const OLD_OWNER = `g:${OLD.id}` as const;
const NEW_OWNER = `g:${NEW.id}` as const;

let h: Harness;
let panelId: string;
beforeEach(async () => {
  h = await Harness.create({ noPanel: true });
  h.admins.set(OLD.id, new Set([ALICE.id]));
  h.admins.set(NEW.id, new Set([ALICE.id]));
  panelId = h.deps.config.panels[0]?.id ?? "main";
});
afterEach(async () => {
  await h.close();
});

const STATE: TrackState = {
  last: { status: "In progress", at: 1000, remains: 50 },
  notified: { status: "In progress", at: 1000, remains: 50 },
  final: false,
};
const REFILL_STATE: RefillState = { last: { status: "Pending", at: 2000 }, notified: { status: "Pending", at: 2000 }, final: false };

function order(orderId: string, extra: Partial<TrackedOrder> = {}): TrackedOrder {
  return { chatId: OLD.id, owner: OLD_OWNER, panelId, orderId, source: "manual", createdAt: 100, ...extra };
}

async function seedOldGroup(): Promise<{ orders: TrackedOrder[]; refill: TrackedRefill }> {
  const s = h.deps.storage;
  await s.accounts.add(OLD_OWNER, { panelId, apiKey: "group-key-0001", currency: "USD", connectedAt: 5, connectedBy: ALICE.id });
  await s.prefs.update(OLD.id, { language: "sl", notifications: false });
  const first = order("101", { source: "manual", createdAt: 100 });
  const second = order("102", {
    source: "bot",
    createdAt: 200,
    serviceId: "7",
    serviceName: "Followers",
    link: "https://example.com/x",
    quantity: 500,
    price: "1.50",
    currency: "USD",
    refillable: true,
    cancellable: false,
  });
  await s.orders.track(first);
  await s.orders.track(second);
  await s.orders.setState(OLD.id, panelId, "102", STATE);
  const refill: TrackedRefill = { chatId: OLD.id, owner: OLD_OWNER, panelId, refillId: "9001", orderId: "101", createdAt: 300 };
  await s.refills.track(refill);
  await s.refills.setState(OLD.id, panelId, "9001", REFILL_STATE);
  return { orders: [first, second], refill };
}

function serviceMessage(chat: Chat, extra: Partial<Message>): Update["message"] {
  return { message_id: 77, date: Math.floor(Date.now() / 1000), chat, from: ALICE, ...extra } as Update["message"];
}
const migrateTo = () => h.send({ message: serviceMessage(OLD, { migrate_to_chat_id: NEW.id }) });
const migrateFrom = () => h.send({ message: serviceMessage(NEW, { migrate_from_chat_id: OLD.id, sender_chat: NEW }) });

async function expectMigrated(seed: { orders: TrackedOrder[]; refill: TrackedRefill }): Promise<void> {
  const s = h.deps.storage;
  expect(await s.accounts.get(NEW_OWNER)).toMatchObject({ apiKey: "group-key-0001", panelId, connectedBy: ALICE.id });
  expect(await s.accounts.get(OLD_OWNER)).toBeUndefined();

  expect(await s.prefs.get(NEW.id)).toMatchObject({ language: "sl", notifications: false });
  expect((await s.prefs.get(OLD.id)).language).toBeUndefined();

  const listed = await s.orders.listByChat(NEW.id);
  expect(listed.items.map((i) => i.order.orderId)).toEqual(["102", "101"]); // newest first, as before
  const [o101, o102] = seed.orders;
  expect(listed.items[0]!.order).toEqual({ ...o102, chatId: NEW.id, owner: NEW_OWNER });
  expect(listed.items[1]!.order).toEqual({ ...o101, chatId: NEW.id, owner: NEW_OWNER });
  expect(
    await s.orders.getStates([
      { chatId: NEW.id, panelId, orderId: "102" },
      { chatId: NEW.id, panelId, orderId: "101" },
    ]),
  ).toEqual([STATE, undefined]);
  expect((await s.orders.listByChat(OLD.id)).total).toBe(0);
  expect(await s.orders.get(OLD.id, panelId, "102")).toBeUndefined();
  expect(await s.orders.getState(OLD.id, panelId, "102")).toBeUndefined();

  expect(await s.refills.get(NEW.id, panelId, "9001")).toEqual({ ...seed.refill, chatId: NEW.id, owner: NEW_OWNER });
  expect(await s.refills.getStates([{ chatId: NEW.id, panelId, refillId: "9001" }])).toEqual([REFILL_STATE]);
  expect(await s.refills.get(OLD.id, panelId, "9001")).toBeUndefined();
  expect((await s.refills.listByChat(OLD.id)).total).toBe(0);

  // the poller's view: every order and refill is under the new chat only
  const all: TrackedOrder[] = [];
  for await (const o of s.orders.iterate()) all.push(o);
  expect(all.map((o) => o.chatId)).toEqual([NEW.id, NEW.id]);
}

const visible = (calls: ApiCall[]) => calls.filter((c) => !["getChatAdministrators", "getChatMember"].includes(c.method));

describe("group upgraded to a supergroup", () => {
  it("moves the account, prefs, tracked orders (with state) and refills; the second service message is harmless", async () => {
    const seed = await seedOldGroup();

    const first = await migrateTo();
    expect(visible(first)).toEqual([]); // not refused, nothing posted
    await expectMigrated(seed);

    // The new supergroup's service message arrives too (and a repeat of the old one): nothing changes.
    expect(visible(await migrateFrom())).toEqual([]);
    expect(visible(await migrateTo())).toEqual([]);
    await expectMigrated(seed);
  });

  it("works from the new supergroup's message alone (the other one arriving later)", async () => {
    const seed = await seedOldGroup();
    await migrateFrom();
    await expectMigrated(seed);
    await migrateTo();
    await expectMigrated(seed);
  });

  it("keeps the new chat's own account and prefs, and finishes an interrupted move", async () => {
    const seed = await seedOldGroup();
    const s = h.deps.storage;
    // interrupted run: the account was written under the new id, the old one not yet deleted
    await s.accounts.add(NEW_OWNER, { panelId, apiKey: "group-key-0001", currency: "USD", connectedAt: 5, connectedBy: ALICE.id });
    await s.orders.track({ ...seed.orders[0]!, chatId: NEW.id, owner: NEW_OWNER });
    await migrateTo();
    await expectMigrated(seed);

    // prefs set in the new chat are not overwritten by a later run
    await s.prefs.update(OLD.id, { language: "en" });
    await s.prefs.update(NEW.id, { language: "sl", notifications: false });
    await migrateFrom();
    expect(await s.prefs.get(NEW.id)).toMatchObject({ language: "sl", notifications: false });
  });

  it("keeps every account of the group (several accounts, the active one and their orders)", async () => {
    const seed = await seedOldGroup();
    const s = h.deps.storage;
    await s.accounts.add(OLD_OWNER, { panelId, apiKey: "group-key-0002", connectedAt: 6, connectedBy: ALICE.id });
    await s.accounts.rename(OLD_OWNER, "1", "Shop A");
    await s.accounts.activate(OLD_OWNER, "1");
    await s.orders.track(order("103", { accountId: "2", createdAt: 400 }));
    await migrateTo();
    const list = await s.accounts.list(NEW_OWNER);
    expect(list.active).toBe("1");
    expect(list.accounts.map((a) => [a.id, a.label, a.readable])).toEqual([
      ["1", "Shop A", true],
      ["2", undefined, true],
    ]);
    expect((await s.accounts.get(NEW_OWNER, "2"))?.apiKey).toBe("group-key-0002");
    expect((await s.accounts.list(OLD_OWNER)).accounts).toEqual([]);
    expect(await s.orders.get(NEW.id, panelId, "103")).toMatchObject({ owner: NEW_OWNER, accountId: "2" });
    expect(seed.orders).toHaveLength(2);
  });

  it("forgets the old chat's admin list", async () => {
    await h.text(ALICE, "/notifications", OLD);
    await h.text(ALICE, "/notifications", OLD);
    expect(h.calls.filter((c) => c.method === "getChatAdministrators")).toHaveLength(1);
    await migrateTo();
    await h.text(ALICE, "/notifications", OLD);
    expect(h.calls.filter((c) => c.method === "getChatAdministrators")).toHaveLength(2);
  });
});
