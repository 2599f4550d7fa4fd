/**
 * Issue 12: a notification too long for one message is split across several, so no change is
 * dropped. Each part is within Telegram's limits (the strict fake Bot API parses and measures
 * them), carries whole cards and the buttons of its own orders; each part's states are written
 * right after it is sent (a crash between parts repeats at most one part and loses none); a
 * refused part is sent once more as plain text, else dropped alone, and never stops the next.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import type { MockPanel } from "../../src/dev/mock-panel.js";
import { createNotifierApi, TelegramNotificationSender } from "../../src/bot/notifications/sender.js";
import { Poller } from "../../src/tracking/poller.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { RecordingApi, trackOrder } from "./helpers.js";

let h: Harness;
let mock: MockPanel;
beforeEach(async () => {
  h = await Harness.create();
  mock = h.panel!;
});
afterEach(async () => {
  await h.close();
});

const LONG_NAME = 'Instagram <Followers> & "Likes" ‮RTL​ 🎉 '.repeat(80).slice(0, 3000);
const LONG_LINK = `https://instagram.com/p/${"<a&b>".repeat(400)}`;

/** `n` orders of Alice, tracked and baselined, then all moved: the next cycle has `n` changes. */
async function movedOrders(n: number, poller: Poller): Promise<string[]> {
  const key = await h.connect(ALICE);
  const ids = Array.from({ length: n }, () => mock.seedOrder(key, { service: "1448" }).id);
  for (const id of ids) await trackOrder(h, ALICE, id, { serviceName: LONG_NAME, link: LONG_LINK, quantity: 1000 });
  await poller.runCycle();
  mock.advance();
  return ids;
}

/** Order IDs named in a message text, in order. */
const orderIds = (text: string): string[] => [...text.matchAll(/Order (\d+)/g)].map((m) => m[1]!);

describe("a notification split across messages", () => {
  let api: FakeBotApi;
  afterEach(async () => {
    await api?.close();
  });

  it("60 changed orders with long hostile names: several messages, every order exactly once, all accepted by Telegram", async () => {
    api = await startFakeBotApi({ botUsername: "panel_test_bot" });
    api.sendText(ALICE, "/start"); // the user wrote to the bot first
    const notifier = createNotifierApi({ botToken: api.token, botApiRoot: api.url }, { throttle: false });
    const poller = new Poller(h.deps, new TelegramNotificationSender(h.deps, notifier));
    const ids = await movedOrders(60, poller);

    const stats = await poller.runCycle();
    const sends = api.calls("sendMessage");
    expect(sends.length).toBeGreaterThan(3);
    expect(stats).toMatchObject({ changes: 60, notified: sends.length });
    for (const call of sends) {
      expect(call.response, JSON.stringify(call.response)).toMatchObject({ ok: true });
      expect(call.params.parse_mode).toBe("HTML");
    }
    const messages = api.messages(ALICE.id);
    expect(messages).toHaveLength(sends.length);
    const seen = messages.flatMap((m) => orderIds(m.text ?? ""));
    expect(seen.sort()).toEqual([...ids].sort());
    for (const [i, m] of messages.entries()) {
      expect(m.text!.length).toBeLessThanOrEqual(4096);
      expect(m.text).toContain(`60 orders changed · message ${i + 1} of ${messages.length}`);
      // Whole cards: every card in the message ends with its status line.
      expect(m.text!.match(/📦 Order/g)?.length).toBe(orderIds(m.text!).length);
      expect(m.text!.match(/Pending → 🔄 In progress/g)?.length).toBe(orderIds(m.text!).length);
      expect(m.text).toContain('Instagram <Followers> & "Likes"');
    }

    // Nothing is sent again.
    await poller.runCycle();
    expect(api.calls("sendMessage")).toHaveLength(sends.length);
  });
});

describe("parts through the recording Bot API", () => {
  let rec: RecordingApi;
  beforeEach(() => {
    rec = new RecordingApi(h);
  });
  afterEach(() => {
    rec.releaseHung();
  });

  it("each message carries the buttons of its own orders", async () => {
    const sender = new TelegramNotificationSender(h.deps, rec.api, { maxCards: 2, maxButtonItems: 3 });
    const poller = new Poller(h.deps, sender);
    const ids = await movedOrders(5, poller);
    const stats = await poller.runCycle();
    expect(stats.notified).toBe(3);
    expect(rec.sent.map((m) => orderIds(m.text))).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
    for (const m of rec.sent) {
      const own = new Set(orderIds(m.text));
      const targets = m.buttons.map((b) => /:(\d+)$/.exec(b.data ?? "")?.[1]);
      expect(targets.length).toBeGreaterThan(0);
      for (const id of targets) expect(own.has(id!)).toBe(true);
      for (const id of own) expect(targets).toContain(id);
    }
  });

  it("records each part right after it is sent: a crash before the next part repeats nothing and loses nothing", async () => {
    const sender = new TelegramNotificationSender(h.deps, rec.api, { maxCards: 15 });
    const ids = await movedOrders(40, new Poller(h.deps, sender));
    // What storage says of the first part's orders when the second part starts; that send fails.
    const stateOf = (id: string) => h.deps.storage.orders.getState(ALICE.id, "main", id);
    let checked: Promise<Array<string | undefined>> | undefined;
    let sends = 0;
    rec.fault = (c) => {
      if (c.method !== "sendMessage" || ++sends !== 2) return undefined;
      const firstPart = orderIds(rec.sent[0]!.text);
      checked = Promise.all(firstPart.map(async (id) => (await stateOf(id))?.notified?.status));
      return new Error("process killed"); // the second part never goes out
    };
    const first = await new Poller(h.deps, sender).runCycle();
    expect(first.notified).toBe(1);
    expect(rec.sent).toHaveLength(1);
    const firstPart = orderIds(rec.sent[0]!.text);
    expect(firstPart.length).toBeGreaterThan(5);
    expect(firstPart).toEqual(ids.slice(0, firstPart.length));
    expect(await checked).toEqual(firstPart.map(() => "In progress"));

    // "Restart": a new poller sends the rest, and only the rest.
    rec.fault = () => undefined;
    const again = await new Poller(h.deps, sender).runCycle();
    expect(again.notified).toBeGreaterThan(1);
    const all = rec.sent.flatMap((m) => orderIds(m.text));
    expect(all).toEqual(ids);
    const sent = rec.sent.length;
    await new Poller(h.deps, sender).runCycle();
    expect(rec.sent).toHaveLength(sent);
  });

  it("a refused part is sent again as plain text; refused again, it alone is dropped (logged) and the next part still goes out", async () => {
    const errors: string[] = [];
    const logger = {
      warn: () => undefined,
      error: (_o: unknown, msg?: string) => void errors.push(msg ?? ""),
    } as unknown as typeof h.deps.logger;
    const sender = new TelegramNotificationSender({ ...h.deps, logger }, rec.api, { maxCards: 10 });
    const ids = await movedOrders(30, new Poller(h.deps, sender));
    const refused = { error_code: 400, description: "Bad Request: can't parse entities: unsupported start tag" };
    let html = 0;
    let plain = 0;
    rec.fault = (c) => {
      if (c.method !== "sendMessage") return undefined;
      if (c.payload.parse_mode === "HTML") return ++html === 1 || html === 2 ? refused : undefined;
      return ++plain === 2 ? refused : undefined; // part 1's plain text goes out, part 2's is refused too
    };
    const stats = await new Poller(h.deps, sender).runCycle();
    expect(stats.notified).toBe(2);
    expect(rec.sent).toHaveLength(2);
    // Part 1 as plain text (no tags, entities decoded), part 3 as HTML; part 2 dropped.
    expect(rec.calls.filter((c) => c.method === "sendMessage").map((c) => c.payload.parse_mode ?? "plain")).toEqual([
      "HTML",
      "plain",
      "HTML",
      "plain",
      "HTML",
    ]);
    expect(rec.sent[0]!.text).not.toContain("<b>");
    expect(rec.sent[0]!.text).toContain("Instagram <Followers> &");
    expect(orderIds(rec.sent[0]!.text)).toEqual(ids.slice(0, 10));
    expect(orderIds(rec.sent[1]!.text)).toEqual(ids.slice(20, 30));
    expect(errors).toEqual(["Notification refused by Telegram: dropped"]);
    // The dropped part is not repeated, nothing else is either.
    rec.fault = () => undefined;
    await new Poller(h.deps, sender).runCycle();
    expect(rec.sent).toHaveLength(2);
  });
});
