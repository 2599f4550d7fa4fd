/**
 * The tracking layer against its sender interface alone (no Bot API): what it hands over, and how
 * it acts on each result. Plus the bot's rendering of the notices, and the layering of src/tracking.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import type { MockPanel } from "../../src/dev/mock-panel.js";
import { Poller } from "../../src/tracking/poller.js";
import type { Notification, NotificationSender, SendResult } from "../../src/tracking/sender.js";
import { NotificationRenderer } from "../../src/bot/notifications/render.js";
import { createI18n } from "../../src/bot/i18n.js";
import { trackOrder } from "./helpers.js";

/** Records what it is given and answers with `result`. */
class FakeSender implements NotificationSender {
  readonly received: Notification[] = [];
  result: (n: Notification) => SendResult = () => ({ kind: "sent" });

  async send(notification: Notification): Promise<SendResult> {
    this.received.push(notification);
    return this.result(notification);
  }
}

let h: Harness;
let mock: MockPanel;
let sender: FakeSender;
let poller: Poller;
beforeEach(async () => {
  h = await Harness.create();
  mock = h.panel!;
  sender = new FakeSender();
  poller = new Poller(h.deps, sender);
});
afterEach(async () => {
  await h.close();
});

/** Alice's order, baselined, then moved: a change waits for the next cycle. */
async function moved(): Promise<string> {
  const key = await h.connect(ALICE, "sender-key-0001");
  const o = mock.seedOrder(key, { service: "1448" }).id;
  await trackOrder(h, ALICE, o);
  await poller.runCycle();
  mock.advance(o);
  return o;
}

describe("the sender interface", () => {
  it("gets one 'changes' notification per chat with the changes and the chat's language", async () => {
    const o = await moved();
    await h.deps.storage.prefs.update(ALICE.id, { detectedLanguage: "sl" });
    const stats = await poller.runCycle();
    expect(stats.notified).toBe(1);
    expect(sender.received).toHaveLength(1);
    const n = sender.received[0]!;
    expect(n).toMatchObject({ kind: "changes", chatId: ALICE.id, language: "sl" });
    if (n.kind !== "changes") throw new Error("unreachable");
    expect(n.changes).toHaveLength(1);
    expect(n.changes[0]).toMatchObject({
      kind: "order",
      order: { orderId: o },
      previous: { status: "Pending" },
      current: { status: "In progress" },
    });
  });

  it("'failed' sends again next cycle; 'refused' is not sent again", async () => {
    await moved();
    sender.result = () => ({ kind: "failed" });
    let stats = await poller.runCycle();
    expect(stats.notified).toBe(0);
    sender.result = () => ({ kind: "refused", reason: "400 Bad Request: can't parse entities" });
    stats = await poller.runCycle();
    expect(sender.received).toHaveLength(2);
    await poller.runCycle();
    expect(sender.received).toHaveLength(2);
  });

  it("'blocked' marks the chat blocked and pauses its tracking", async () => {
    await moved();
    sender.result = () => ({ kind: "blocked", reason: "403 Forbidden" });
    await poller.runCycle();
    expect((await h.deps.storage.delivery.get(ALICE.id)).blocked).toBe(true);
    mock.resetRequests();
    const stats = await poller.runCycle();
    expect(stats).toMatchObject({ orders: 0, statusCalls: 0 });
    expect(sender.received).toHaveLength(1);
  });

  it("'migrated' moves the chat's tracking to the new id and sends there next cycle", async () => {
    const OLD = -4005550002;
    const NEW = -1004005550002;
    const key = "sender-key-group";
    mock.addAccount(key);
    await h.deps.storage.accounts.add(`g:${OLD}`, { panelId: "main", apiKey: key, currency: "USD", connectedAt: Date.now(), connectedBy: 1 });
    const o = mock.seedOrder(key, { service: "1448" }).id;
    await trackOrder(h, { id: OLD, is_bot: false, first_name: "g" }, o, { owner: `g:${OLD}` });
    await poller.runCycle();
    mock.advance(o);
    sender.result = (n) => (n.chatId === OLD ? { kind: "migrated", newChatId: NEW } : { kind: "sent" });
    let stats = await poller.runCycle();
    expect(stats.notified).toBe(0);
    expect(await h.deps.storage.orders.get(NEW, "main", o)).toMatchObject({ owner: `g:${NEW}` });
    stats = await poller.runCycle();
    expect(stats.notified).toBe(1);
    expect(sender.received.map((n) => n.chatId)).toEqual([OLD, NEW]);
  });

  it("a sender that throws counts as a temporary failure", async () => {
    await moved();
    sender.send = async () => {
      throw new Error("boom");
    };
    const stats = await poller.runCycle();
    expect(stats.notified).toBe(0);
    expect(
      (await h.deps.storage.orders.getState(ALICE.id, "main", (await h.deps.storage.orders.listByChat(ALICE.id)).items[0]!.order.orderId))
        ?.notified?.status,
    ).toBe("Pending");
  });
});

describe("rendering of the reconnect notice", () => {
  const renderer = new NotificationRenderer(createI18n("en"), "en");

  it("escapes the panel's name and gives the /connect hint in both languages", () => {
    for (const reason of ["rejected", "undecryptable"] as const) {
      for (const language of ["en", "sl", undefined, "xx"]) {
        const { text, replyMarkup } = renderer.render({ kind: "reconnect", chatId: 1, language, panelName: 'A<b>&"Panel"', reason });
        expect(text).toContain("A&lt;b&gt;&amp;");
        expect(text).not.toContain("<b>&");
        expect(text).toContain("/connect");
        expect(text.length).toBeLessThan(4096);
        expect(replyMarkup).toBeUndefined();
      }
    }
    const sl = renderer.render({ kind: "reconnect", chatId: 1, language: "sl", panelName: "P", reason: "rejected" }).text;
    expect(sl).toContain("API-ključa");
    const en = renderer.render({ kind: "reconnect", chatId: 1, language: "en", panelName: "P", reason: "undecryptable" }).text;
    expect(en).toContain("encryption key");
  });
});

describe("layering of src/tracking", () => {
  const dir = path.resolve(import.meta.dirname, "../../src/tracking");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  const importsOf = (file: string): string[] =>
    [...readFileSync(path.join(dir, file), "utf8").matchAll(/^import[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]!);

  it("imports nothing from the bot or the app", () => {
    expect(importsOf("cycle.ts")).toContain("../panel/client.js"); // the check reads the imports
    for (const file of files) {
      for (const spec of importsOf(file)) expect(spec, `${file} imports ${spec}`).not.toMatch(/\/bot\/|\/app\.js$|^\.\.\/bot/);
    }
  });

  it("only the shard lease factory imports the shard lease backends, and they import no lease module but the types", () => {
    const backends = ["shard-leases-redis.js", "shard-leases-postgres.js"];
    expect(files).toEqual(
      expect.arrayContaining(["shard-leases.ts", "shard-leases-types.ts", "locks.ts", ...backends.map((b) => b.replace(".js", ".ts"))]),
    );
    for (const file of files) {
      const imported = importsOf(file).filter((s) => backends.some((b) => s.endsWith(`/${b}`)));
      if (file === "shard-leases.ts") expect(imported).toHaveLength(2);
      else expect(imported, file).toEqual([]);
    }
    // The backends' only tracking modules: the contract and the shared connection/key helpers (never the
    // factory, the shard loop or the poller); those two import no tracking module at all.
    for (const b of backends) {
      const local = importsOf(b.replace(".js", ".ts")).filter((s) => s.startsWith("./"));
      expect(local.sort(), b).toEqual(["./locks.js", "./shard-leases-types.js"]);
    }
    for (const f of ["shard-leases-types.ts", "locks.ts"])
      expect(
        importsOf(f).filter((s) => s.startsWith("./")),
        f,
      ).toEqual([]);
  });
});
