/**
 * The app as a child process (what `npm start` runs): it starts with only BOT_TOKEN (+ BOT_API_ROOT)
 * and answers /start; SIGTERM stops it gracefully — an update in flight is finished first — and
 * it exits with code 0.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { createStorage } from "../../src/storage/index.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { ENCRYPTION_KEY, freePort, spawnApp, TOKEN, waitUntil, type ChildApp } from "./helpers.js";

const ALICE = { id: 5201, first_name: "Alice", language_code: "en" };

let api: FakeBotApi;
let panel: MockPanel;
const dirs: string[] = [];
const children: ChildApp[] = [];

beforeAll(async () => {
  api = await startFakeBotApi({ token: TOKEN, botUsername: "panel_prod_bot" });
  panel = await startMockPanel();
});
afterEach(async () => {
  for (const c of children.splice(0)) {
    c.kill("SIGKILL");
    await c.exited;
  }
});
afterAll(async () => {
  await api?.close();
  await panel?.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), "smmbot-shutdown-"));
  dirs.push(d);
  return d;
}

describe("the app as a process", () => {
  it("starts with only BOT_TOKEN and BOT_API_ROOT, answers /start, and exits 0 on SIGTERM", async () => {
    const cwd = await tempDir();
    const child = spawnApp({ BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url }, cwd);
    children.push(child);
    await child.waitForLog((l) => l.msg === "Bot is running (long polling)", 20_000);
    api.sendText(ALICE, "/start");
    const msg = await api.nextMessage(ALICE.id, 10_000);
    expect(msg.text).toContain("Alice");
    // Long polling asked for every update type the bot handles.
    const poll = api.calls("getUpdates").at(-1)!;
    expect(poll.params.allowed_updates).toEqual(expect.arrayContaining(["chat_member", "my_chat_member", "callback_query"]));
    child.kill("SIGTERM");
    expect(await child.exited).toBe(0);
    expect(child.lines.some((l) => l.msg === "Stopped")).toBe(true);
    expect(child.output()).not.toContain(TOKEN.split(":")[1]!);
  }, 40_000);

  it("SIGTERM during an update: the update is finished, then the process exits 0", async () => {
    const dataDir = await tempDir();
    // Seed a connected account in the SQLite file the child will use.
    const storage = await createStorage({
      url: `sqlite://${path.join(dataDir, "bot.sqlite")}`,
      dataDir,
      encryptionKey: ENCRYPTION_KEY,
      logger: { warn: () => undefined },
    });
    panel.addAccount("slow-key-0001", "42.50", "USD");
    await storage.accounts.add(`u:${ALICE.id}`, {
      panelId: "main",
      apiKey: "slow-key-0001",
      currency: "USD",
      connectedAt: Date.now(),
      connectedBy: ALICE.id,
    });
    await storage.close();

    const child = spawnApp({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: api.url,
      PANEL_URL: panel.url,
      DATA_DIR: dataDir,
      ENCRYPTION_KEY,
      TRACKING: "false",
      PORT: String(await freePort()),
    });
    children.push(child);
    await child.waitForLog((l) => l.msg === "Bot is running (long polling)", 20_000);

    panel.setFault({ mode: "none", latencyMs: 1500, actions: ["balance"] });
    try {
      const since = api.sent.length;
      api.sendText(ALICE, "/balance");
      // The bot has started on it (typing…) and now waits for the slow panel.
      await api.waitFor((c) => c.method === "sendChatAction", { since, timeoutMs: 10_000 });
      await waitUntil(() => panel.requests.some((r) => r.action === "balance"), 5000, "the balance call");
      child.kill("SIGTERM");
      const code = await child.exited;
      expect(code).toBe(0);
      const answer = api.sent.slice(since).find((c) => c.method === "sendMessage");
      expect(answer?.params.text).toContain("42.5");
      // The order of events in the log: signal, the update's line, then stopped.
      const idx = (pred: (l: Record<string, unknown>) => boolean) => child.lines.findIndex(pred);
      const sig = idx((l) => String(l.msg).startsWith("Signal received"));
      const upd = idx((l) => l.msg === "update" && l.command === "balance");
      const stopped = idx((l) => l.msg === "Stopped");
      expect(sig).toBeGreaterThanOrEqual(0);
      expect(upd).toBeGreaterThan(sig);
      expect(stopped).toBeGreaterThan(upd);
      expect(child.lines[upd]!.ms).toBeGreaterThan(1000);
    } finally {
      panel.setFault("none");
    }
  }, 40_000);
});
