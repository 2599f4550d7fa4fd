/**
 * Leadership lost in the middle of a cycle (the lease's abort signal): a message already on its way
 * to Telegram is let finish and recorded, so the next leader does not send it again; nothing new
 * starts after the abort. Runs against a local HTTP "Bot API" so that requests are real fetches
 * (an aborted fetch is cut off for real).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Transformer } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import type { MockPanel } from "../../src/dev/mock-panel.js";
import { createNotifierApi, TelegramNotificationSender } from "../../src/bot/notifications/sender.js";
import { Poller } from "../../src/tracking/poller.js";
import { trackOrder, user } from "./helpers.js";

/** A Bot API that records sendMessage calls and can hold its answers until released. */
class HoldingBotApi {
  readonly received: Array<{ chatId: number; text: string }> = [];
  /** Requests whose client went away before the answer (an aborted fetch). */
  cutOff = 0;
  hold = false;
  private readonly held: Array<() => void> = [];
  private server!: Server;
  url = "";

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get waiting(): number {
    return this.held.length;
  }

  release(): void {
    for (const answer of this.held.splice(0)) answer();
  }

  async close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    const payload = body ? (JSON.parse(body) as { chat_id: number; text: string }) : { chat_id: 0, text: "" };
    const method = (req.url ?? "").split("/").pop();
    this.received.push({ chatId: Number(payload.chat_id), text: String(payload.text) });
    res.on("close", () => {
      if (!res.writableFinished) this.cutOff += 1;
    });
    const answer = () => {
      if (res.destroyed) return;
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          ok: true,
          result: { message_id: this.received.length, date: 0, chat: { id: payload.chat_id, type: "private" }, text: payload.text },
        }),
      );
    };
    if (method === "sendMessage" && this.hold) this.held.push(answer);
    else answer();
  }
}

let h: Harness;
let mock: MockPanel;
let tg: HoldingBotApi;
beforeEach(async () => {
  h = await Harness.create();
  mock = h.panel!;
  tg = new HoldingBotApi();
  await tg.start();
});
afterEach(async () => {
  await tg.close();
  await h.close();
});

const waitFor = async (cond: () => boolean, timeoutMs = 5000): Promise<void> => {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 5));
  }
};

function leader(): Poller {
  const api = createNotifierApi({ botToken: h.deps.config.botToken, botApiRoot: tg.url }, { throttle: false, autoRetry: false });
  return new Poller(h.deps, new TelegramNotificationSender(h.deps, api));
}

describe("leadership lost during a cycle", () => {
  it("lets a send in flight finish and records it: the next leader repeats nothing and loses nothing", async () => {
    const users = [user(4101), user(4102), user(4103)];
    const orderOf = new Map<number, string>();
    for (const u of users) {
      const key = await h.connect(u, `abort-key-${u.id}-x`);
      const id = mock.seedOrder(key, { service: "1448" }).id;
      orderOf.set(u.id, id);
      await trackOrder(h, u, id);
    }
    const first = leader();
    await first.runCycle(); // baselines: nothing to tell yet
    expect(tg.received).toHaveLength(0);
    mock.advance();

    tg.hold = true;
    const lease = new AbortController();
    const cycle = first.runCycle(lease.signal);
    await waitFor(() => tg.waiting >= 1);
    lease.abort(new Error("lease lost"));
    await new Promise((r) => setTimeout(r, 100)); // an aborted fetch would be cut off by now
    tg.release();
    const stats = await cycle;
    const delivered = tg.received.length;
    expect(tg.cutOff).toBe(0);
    expect(stats.notified).toBe(delivered);
    // What reached Telegram is recorded as notified.
    for (const m of tg.received) {
      const state = await h.deps.storage.orders.getState(m.chatId, "main", orderOf.get(m.chatId)!);
      expect(state?.notified?.status, `chat ${m.chatId}`).toBe("In progress");
    }

    // The next leader sends exactly what did not go out, once.
    tg.hold = false;
    await leader().runCycle();
    for (const u of users)
      expect(
        tg.received.filter((m) => m.chatId === u.id),
        `chat ${u.id}`,
      ).toHaveLength(1);
    await leader().runCycle();
    expect(tg.received).toHaveLength(users.length);
  });

  it("the notifier's Bot API client starts nothing after the abort but never cuts a request in flight", async () => {
    const signals: unknown[] = [];
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const network: Transformer = async (_prev, method, payload, signal) => {
      signals.push(signal);
      await released;
      const p = payload as { chat_id: number };
      return { ok: true, result: { message_id: 1, date: 0, chat: { id: p.chat_id, type: "private" } } } as never;
    };
    const api = createNotifierApi(h.deps.config, { throttle: false, innerTransformers: [network] });
    const sender = new TelegramNotificationSender(h.deps, api);
    const ac = new AbortController();
    const sending = api.sendMessage(1, "first", {}, ac.signal as never);
    await waitFor(() => signals.length === 1);
    expect(signals[0]).toBeUndefined(); // the request itself cannot be aborted
    ac.abort();
    release();
    await expect(sending).resolves.toMatchObject({ message_id: 1 });
    await expect(api.sendMessage(1, "second", {}, ac.signal as never)).rejects.toThrow(/not started: aborted/);
    expect(signals).toHaveLength(1);
    // Through the sender: "failed" (temporary: the next leader sends it), nothing sent.
    const order = { chatId: 1, owner: "u:1", panelId: "main", orderId: "5", source: "bot", createdAt: 1 } as const;
    const changes = [{ kind: "order" as const, order, current: { status: "Completed", at: 2 } }];
    expect(await sender.send({ kind: "changes", chatId: 1, language: "en", changes }, ac.signal)).toMatchObject({ kind: "failed" });
    expect(signals).toHaveLength(1);
  });

  it("a retry waiting after a 429 is not made once leadership is lost", async () => {
    let calls = 0;
    const ac = new AbortController();
    const network: Transformer = async (_prev, _method, payload) => {
      calls += 1;
      if (calls === 1) {
        ac.abort(); // lost while the first attempt was answered with 429
        return { ok: false, error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } } as never;
      }
      const p = payload as { chat_id: number };
      return { ok: true, result: { message_id: 1, date: 0, chat: { id: p.chat_id, type: "private" } } } as never;
    };
    const api = createNotifierApi(h.deps.config, { throttle: false, innerTransformers: [network] });
    await expect(api.sendMessage(1, "x", {}, ac.signal as never)).rejects.toThrow(/aborted/);
    expect(calls).toBe(1);
  });
});
