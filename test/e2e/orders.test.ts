/**
 * End-to-end order journeys with the built bot (node dist/main.js): catalogue, the /order wizard,
 * notifications from the tracking poller (every second), refills, and faults: the panel down during
 * a wizard step, at confirm and during the poll, Telegram 429 on a notification, SIGKILL mid-wizard,
 * after confirm and mid-poll.
 *
 * "Exactly once" is checked over later poll cycles: every user tracks a sentinel order that stays
 * Pending, so the poller asks the panel for its status every cycle; two more status requests mean
 * two more cycles in which nothing may be repeated.
 */
import type { Message } from "grammy/types";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type TestContext } from "vitest";
import type { UserInput } from "../support/fake-bot-api.js";
import { ensureBuilt } from "./build.js";
import { secretKey, until, World } from "./driver.js";

let w: World;
const LINK = "https://instagram.com/p/abc123";
/** The poller's lease expires quickly, so a restarted bot polls again within seconds. */
const ENV = { LEASE_TTL_SECONDS: "3", POLL_INTERVAL_SECONDS: "1" };

function dumpOnFailure(ctx: TestContext): void {
  ctx.onTestFailed(() => {
    console.error(`\n===== e2e diagnostics: ${ctx.task.name} =====\n${w?.diagnostics() ?? "(no world)"}\n`);
  });
}

beforeAll(async () => {
  await ensureBuilt();
}, 300_000);

/** A connected user with a sentinel order (tracked, stays Pending). Returns the key and the sentinel id. */
async function connectedUser(id: number, name: string, balance = "50.00"): Promise<{ user: UserInput; key: string; sentinel: string }> {
  const user = w.user(id, name);
  const key = secretKey(`${name}${id}`);
  const done = await w.connect(user, key, balance);
  expect(done.text).toMatch(/Connected/);
  const sentinel = w.panel.seedOrder(key, { status: "Pending" }).id;
  expect((await w.say(user, `/track ${sentinel}`)).text).toMatch(new RegExp(`${sentinel} — .*Pending: I will tell you`));
  return { user, key, sentinel };
}

/** `/order 1448`: the service card, then the link question (the wizard edits its one message for every step). */
async function startOrder(user: UserInput): Promise<void> {
  const since = w.api.sent.length;
  const card = await w.say(user, "/order 1448");
  expect(card.text).toMatch(/Sledilci na Instagramu.*ID 1448/);
  const asked = await w.expectShown(user.id, /Send the link/, since);
  expect(asked.message_id).toBe(card.message_id);
}

/** `/order 1448` up to the summary; returns the summary message. */
async function toSummary(user: UserInput, quantity = "250"): Promise<Message> {
  await startOrder(user);
  await w.sayShown(user, LINK, /How many\?/);
  const drip = await w.sayShown(user, quantity, /drip-feed/);
  const since = w.api.sent.length;
  w.press(user, drip, "ow:drip:0");
  const summary = await w.expectShown(user.id, /Please check your order/, since);
  return summary;
}

/** The Confirm button's data as the summary was sent (the keyboard is removed once confirmed). */
function confirmData(summary: Message): string {
  const buttons = (summary.reply_markup?.inline_keyboard ?? []).flat();
  const data = buttons.flatMap((b) => ("callback_data" in b && b.callback_data ? [b.callback_data] : [])).find((d) => /^ow:ok:/.test(d));
  expect(data, `a Confirm button on ${JSON.stringify(summary.text)}`).toBeDefined();
  return data!;
}

/** Presses Confirm and returns the id of the placed order. */
async function confirm(user: UserInput, summary: Message): Promise<string> {
  const since = w.api.sent.length;
  w.press(user, summary, confirmData(summary));
  // The summary itself gets the result.
  const placed = await w.expectShown(user.id, /Order \d+ placed/, since);
  expect(placed.message_id).toBe(summary.message_id);
  return /Order (\d+) placed/.exec(placed.text!)![1]!;
}

const addCount = (key: string) => w.panel.requests.filter((r) => r.action === "add" && r.params.key === key).length;

/** Notifications about one order's (or refill's) status change in a chat, as the chat sees them now. */
const notices = (chatId: number, re: RegExp) => w.api.messages(chatId).filter((m) => re.test(m.text ?? ""));
const completedNotice = (orderId: string) => new RegExp(`Order ${orderId}\\b[\\s\\S]*→ ✅ Completed`);

/** Waits for two more poll cycles (two more status requests of the sentinels). */
async function twoMoreCycles(): Promise<void> {
  await w.panelRequests("status", w.panelCalls("status"), 2, 30_000);
}

describe("order journey and faults (one bot process)", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    w = await World.start({ env: ENV });
  }, 90_000);
  afterAll(async () => {
    await w?.close();
  });
  beforeEach(dumpOnFailure);
  afterEach(() => {
    w.api.clearFaults();
    w.panel.setFault("none");
  });

  it("new user: /start → /connect → /balance → /services → /order → completion notification → /refill → refill notification, once each", async () => {
    const alice = w.user(3001, "Alice");
    expect((await w.say(alice, "/start")).text).toMatch(/connect/);
    const key = secretKey("alice3001");
    await w.connect(alice, key, "50.00");
    expect((await w.say(alice, "/balance")).text).toMatch(/Balance.*\$50\.00/);
    const sentinel = w.panel.seedOrder(key, { status: "Pending" }).id;
    await w.say(alice, `/track ${sentinel}`);

    const catalogue = await w.say(alice, "/services");
    expect(catalogue.text).toMatch(/Services · \d+ categories/);
    expect(w.buttons(catalogue).length).toBeGreaterThan(3);

    // The wizard by its keyboards: category → service → link → quantity → all at once → summary.
    const menu = await w.say(alice, "/order");
    expect(menu.text).toMatch(/New order/);
    const since = w.api.sent.length;
    w.press(alice, menu, { text: "Instagram (2)" });
    await w.waitCall((c) => c.method === "editMessageText" && c.params.message_id === menu.message_id, { since });
    const service = w.buttons(menu).find((b) => /Sledilci/.test(b.text));
    expect(service?.data).toBe("ow:S:1448");
    const picked = w.api.sent.length;
    w.press(alice, menu, service!.data!);
    expect((await w.expectShown(alice.id, /Send the link/, picked)).text).toContain("https://");
    expect((await w.sayShown(alice, "not a link", /not a valid link/)).message_id).toBe(menu.message_id);
    expect((await w.sayShown(alice, LINK, /How many\?/)).text).toMatch(/How many\? Send a number from 50 to 10,000/);
    expect((await w.sayShown(alice, "5", /between 50 and/)).text).toMatch(/50/);
    const drip = await w.sayShown(alice, "250", /drip-feed/);
    const chosen = w.api.sent.length;
    w.press(alice, drip, "ow:drip:0");
    const summary = await w.expectShown(alice.id, /Please check your order/, chosen);
    expect(summary.message_id).toBe(menu.message_id); // one message for the whole wizard
    expect(summary.text).toContain("Quantity: 250");
    expect(summary.text).toContain("$0.225");

    const orderId = await confirm(alice, summary);
    expect(addCount(key)).toBe(1);
    expect(w.panel.requests.find((r) => r.action === "add")?.params).toMatchObject({ service: "1448", link: LINK, quantity: "250" });

    // The panel completes it: one notification, with a refill button.
    w.panel.setOrder(orderId, { status: "Completed", remains: 0 });
    const done = await w.expectMessage(alice.id, completedNotice(orderId), 30_000);
    expect(w.buttons(done).map((b) => b.data)).toContain(`o:f:main:${orderId}`);

    const refill = await w.say(alice, `/refill ${orderId}`);
    const refillId = /Refill (\d+) requested/.exec(refill.text ?? "")?.[1];
    expect(refillId, refill.text).toBeDefined();
    w.panel.setRefill(refillId!, { status: "Completed" });
    await w.expectMessage(alice.id, new RegExp(`Refill ${refillId} · order ${orderId}[\\s\\S]*→ ✅ Completed`), 30_000);

    await twoMoreCycles();
    expect(notices(alice.id, completedNotice(orderId))).toHaveLength(1);
    expect(notices(alice.id, new RegExp(`Refill ${refillId} · order`))).toHaveLength(1);

    const list = await w.say(alice, "/orders");
    expect(list.text).toContain(orderId);
    expect(list.text).toContain(sentinel);
    expect((await w.say(alice, "/balance")).text).toMatch(/\$49\.7/);
    expect(w.outgoing()).not.toContain(key);
    expect(w.bot.errorLines()).toEqual([]);
  });

  it("Telegram 429 on the notification: it still arrives, once", async () => {
    const { user, key } = await connectedUser(3002, "Bea");
    const orderId = await confirm(user, await toSummary(user));
    w.api.failNext("sendMessage", { code: 429, retryAfter: 1 });
    w.panel.setOrder(orderId, { status: "Completed", remains: 0 });
    await w.expectMessage(user.id, completedNotice(orderId), 30_000);
    expect(w.api.calls("sendMessage").some((c) => c.response?.ok === false && c.response.error_code === 429)).toBe(true);
    await twoMoreCycles();
    expect(notices(user.id, completedNotice(orderId))).toHaveLength(1);
    expect(addCount(key)).toBe(1);
  });

  it("panel down at the summary: balance unknown, the order can still be confirmed once it is back", async () => {
    const { user, key } = await connectedUser(3003, "Cid");
    await startOrder(user);
    await w.sayShown(user, LINK, /How many\?/);
    const drip = await w.sayShown(user, "300", /drip-feed/);
    w.panel.setFault({ mode: "html" });
    const since = w.api.sent.length;
    w.press(user, drip, "ow:drip:0");
    const summary = await w.expectShown(user.id, /Please check your order/, since);
    expect(summary.text).toMatch(/could not check your balance/);
    w.panel.setFault("none");
    const orderId = await confirm(user, summary);
    expect(w.panel.orders.get(orderId)?.quantity).toBe(300);
    expect(addCount(key)).toBe(1);
  });

  it("panel down (timeout) at confirm: outcome unknown, the order is never sent again", async () => {
    const { user, key, sentinel } = await connectedUser(3004, "Dan");
    const summary = await toSummary(user);
    w.panel.setFault({ mode: "timeout", actions: ["add"], applyAction: true });
    const since = w.api.sent.length;
    w.press(user, summary, confirmData(summary));
    const unknown = await w.expectShown(user.id, /don't know whether it was placed/, since, 30_000);
    expect(unknown.text).toMatch(/will not send it again/);
    w.panel.setFault("none");
    // A second tap on Confirm (the client still showed it).
    const q = w.api.pressButton(user, summary, confirmData(summary), { force: true });
    await until(() => w.api.callbackAnswers.find((a) => a.query.id === q.id), "the second Confirm to be answered");
    expect(w.api.callbackAnswers.find((a) => a.query.id === q.id)?.text).toMatch(/outcome is unknown/);
    expect(addCount(key)).toBe(1);
    // It was placed (the panel carried it out before timing out) and only once.
    expect([...w.panel.orders.values()].filter((o) => o.key === key && o.id !== sentinel)).toHaveLength(1);
  });

  it("panel down during the poll: the notification comes after it recovers, exactly once", async () => {
    const { user } = await connectedUser(3005, "Eve");
    const orderId = await confirm(user, await toSummary(user));
    w.panel.setFault({ mode: "http500", actions: ["status"] });
    const before = w.panelCalls("status");
    w.panel.setOrder(orderId, { status: "Completed", remains: 0 });
    await w.panelRequests("status", before, 3, 30_000); // three failed checks
    expect(notices(user.id, completedNotice(orderId))).toHaveLength(0);
    w.panel.setFault("none");
    await w.expectMessage(user.id, completedNotice(orderId), 30_000);
    await twoMoreCycles();
    expect(notices(user.id, completedNotice(orderId))).toHaveLength(1);
    expect(w.bot.errorLines().filter((l) => /Handler error/.test(l))).toEqual([]);
  });
});

describe("restarts during orders", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    w = await World.start({ env: ENV });
  }, 90_000);
  afterAll(async () => {
    await w?.close();
  });
  beforeEach(dumpOnFailure);
  afterEach(() => {
    w.panel.setFault("none");
  });

  it("SIGKILL mid-wizard: after a restart the order wizard resumes at the quantity step", async () => {
    const { user, key } = await connectedUser(3101, "Fox");
    await startOrder(user);
    await w.sayShown(user, LINK, /How many\?/);
    await w.settled(user);
    await w.bot.kill();
    await w.bot.start();
    const drip = await w.sayShown(user, "400", /drip-feed/);
    const since = w.api.sent.length;
    w.press(user, drip, "ow:drip:0");
    const summary = await w.expectShown(user.id, /Please check your order/, since);
    expect(summary.text).toContain("Quantity: 400");
    await confirm(user, summary);
    expect(addCount(key)).toBe(1);
  });

  it("SIGKILL after confirm: the old Confirm button does not place a second order", async () => {
    const { user, key } = await connectedUser(3102, "Gil");
    const summary = await toSummary(user);
    const orderId = await confirm(user, summary);
    await w.settled(user);
    await w.bot.kill();
    await w.bot.start();
    const q = w.api.pressButton(user, summary, confirmData(summary), { force: true });
    await until(() => w.api.callbackAnswers.find((a) => a.query.id === q.id), "the old Confirm to be answered");
    expect(w.api.callbackAnswers.find((a) => a.query.id === q.id)?.text).toMatch(
      new RegExp(`${orderId} was already placed|no longer active|expired`),
    );
    expect(addCount(key)).toBe(1);
  });

  it("SIGKILL mid-poll (status request in flight): after a restart the notification comes, exactly once", async () => {
    const { user } = await connectedUser(3103, "Hal");
    const orderId = await confirm(user, await toSummary(user));
    w.panel.setOrder(orderId, { status: "Completed", remains: 0 });
    // Hold the next status answers so that the bot is killed while it waits for one.
    w.panel.setFault({ mode: "none", latencyMs: 5_000, actions: ["status"] });
    const before = w.panelCalls("status");
    await w.panelRequests("status", before, 1, 30_000);
    await w.bot.kill();
    w.panel.setFault("none");
    expect(notices(user.id, completedNotice(orderId))).toHaveLength(0);
    await w.bot.start();
    await w.expectMessage(user.id, completedNotice(orderId), 30_000);
    await twoMoreCycles();
    expect(notices(user.id, completedNotice(orderId))).toHaveLength(1);
  });

  it("SIGKILL after a notification was recorded: after a restart it is not sent again", async () => {
    const { user } = await connectedUser(3104, "Ida");
    const orderId = await confirm(user, await toSummary(user));
    w.panel.setOrder(orderId, { status: "Completed", remains: 0 });
    await w.expectMessage(user.id, completedNotice(orderId), 30_000);
    await twoMoreCycles(); // the poller has stored what it notified
    await w.bot.kill();
    await w.bot.start();
    await twoMoreCycles();
    expect(notices(user.id, completedNotice(orderId))).toHaveLength(1);
  });

  it("SIGKILL the moment a notification is sent (before the poller records it): nothing is lost, at most one repeat", async () => {
    // Documented in src/tracking/poller.ts: "a crash between the send and the write can repeat
    // that one message, nothing is lost" (at-least-once). This pins that guarantee down.
    const { user } = await connectedUser(3105, "Jon");
    const orderId = await confirm(user, await toSummary(user));
    w.panel.setOrder(orderId, { status: "Completed", remains: 0 });
    await w.expectMessage(user.id, completedNotice(orderId), 30_000);
    await w.bot.kill();
    await w.bot.start();
    await twoMoreCycles();
    await twoMoreCycles();
    const n = notices(user.id, completedNotice(orderId)).length;
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(2);
  });
});
