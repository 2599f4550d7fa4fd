/**
 * Webhook mode, in-process: the real app (startApp) behind the fake Bot API's webhook delivery.
 * /start is answered, a wrong or missing secret is refused (401), /healthz reports the mode, the
 * storage and leadership (503 once storage is unreachable), and every update gets one log line
 * with its duration and without message text or secrets.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { ENCRYPTION_KEY, freePort, memoryLogger, TOKEN, waitUntil, type LogLine } from "./helpers.js";

const ALICE = { id: 5101, first_name: "Alice", language_code: "en" };
const SECRET = "wh-Secret_0123456789";
const HOOK_PATH = "/tg/hook-path";

let api: FakeBotApi;
let panel: MockPanel;
let app: App;
let dir: string;
let port: number;
let logs: { lines: LogLine[]; raw: string[] };

beforeAll(async () => {
  api = await startFakeBotApi({ token: TOKEN, botUsername: "panel_prod_bot" });
  panel = await startMockPanel();
  dir = await mkdtemp(path.join(tmpdir(), "smmbot-webhook-"));
  port = await freePort();
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    BOT_API_ROOT: api.url,
    PANEL_URL: panel.url,
    DATA_DIR: dir,
    ENCRYPTION_KEY,
    BOT_MODE: "webhook",
    WEBHOOK_URL: `http://127.0.0.1:${port}${HOOK_PATH}`,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    RATE_LIMIT_PER_MINUTE: "0",
    TRACKING: "true",
  });
  const mem = memoryLogger("info");
  logs = mem;
  app = await startApp({ config, logger: mem.logger, host: "127.0.0.1", leaseTtlMs: 1500 });
});

afterAll(async () => {
  await app?.stop();
  await api?.close();
  await panel?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const hook = () => `http://127.0.0.1:${port}${HOOK_PATH}`;
const update = (id: number) => ({
  update_id: id,
  message: {
    message_id: 1,
    date: 1,
    chat: { id: ALICE.id, type: "private", first_name: "Alice" },
    from: { ...ALICE, is_bot: false },
    text: "/help",
  },
});

describe("webhook mode", () => {
  it("sets the webhook with the secret, every update type and without dropping pending updates", () => {
    const call = api.calls("setWebhook")[0];
    expect(call).toBeDefined();
    expect(call!.params.url).toBe(hook());
    expect(call!.params.secret_token).toBe(SECRET);
    expect(call!.params.allowed_updates).toEqual(
      expect.arrayContaining(["message", "callback_query", "inline_query", "my_chat_member", "chat_member"]),
    );
    expect(call!.params.drop_pending_updates).toBe(false);
    expect(api.calls("getUpdates")).toHaveLength(0);
  });

  it("answers /start delivered through the webhook", async () => {
    api.sendText(ALICE, "/start");
    const msg = await api.nextMessage(ALICE.id);
    expect(msg.text).toContain("Alice");
    await api.idle();
  });

  it("refuses a wrong or missing secret with 401 and handles nothing", async () => {
    const before = api.sent.length;
    const variants: Array<Record<string, string>> = [{ "x-telegram-bot-api-secret-token": "wrong" }, {}];
    for (const headers of variants) {
      const res = await fetch(hook(), {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(update(900001)),
      });
      expect(res.status).toBe(401);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(api.sent.slice(before).filter((c) => c.method === "sendMessage")).toHaveLength(0);
  });

  it("accepts the right secret (as Telegram sends it)", async () => {
    const before = api.calls("sendMessage").length;
    const res = await fetch(hook(), {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update(900002)),
    });
    expect(res.status).toBe(200);
    expect(api.calls("sendMessage").length).toBe(before + 1);
  });

  it("answers 400 to a body that is not JSON, 405 to GET on the hook, 404 elsewhere", async () => {
    const bad = await fetch(hook(), { method: "POST", headers: { "x-telegram-bot-api-secret-token": SECRET }, body: "{nope" });
    expect(bad.status).toBe(400);
    expect((await fetch(hook())).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
  });

  it("GET /healthz: ok, mode, storage kind, leader", async () => {
    await waitUntil(() => app.isLeader(), 5000, "leadership");
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, mode: "webhook", storage: "sqlite", leader: true });
  });

  it("logs one line per update with type, ids, command and duration; never text or the token", async () => {
    api.sendText(ALICE, "/help my secret words here");
    await api.nextMessage(ALICE.id);
    await api.idle();
    const updates = logs.lines.filter((l) => l.msg === "update");
    expect(updates.length).toBeGreaterThanOrEqual(3);
    const help = updates.filter((l) => l.command === "help");
    expect(help.length).toBeGreaterThanOrEqual(1);
    const line = help.at(-1)!;
    expect(line).toMatchObject({ type: "message", chatId: ALICE.id, userId: ALICE.id, command: "help" });
    expect(typeof line.updateId).toBe("number");
    expect(typeof line.ms).toBe("number");
    expect(updates.filter((l) => l.updateId === line.updateId)).toHaveLength(1);
    const all = logs.raw.join("\n");
    expect(all).not.toContain("secret words");
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(TOKEN.split(":")[1]!);
    expect(all).not.toContain(SECRET);
  });

  it("/healthz answers 503 when storage is unreachable", async () => {
    await app.deps.storage.close();
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, mode: "webhook", storage: "sqlite" });
  });
});
