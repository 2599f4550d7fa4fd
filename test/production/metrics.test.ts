/**
 * The operations server (METRICS_PORT) in long-polling mode: /healthz and Prometheus /metrics.
 * After a few updates (one of them failing on the panel), the scrape holds the update counters
 * and durations, the panel calls by action, host and outcome, and the process series; the
 * tracking and notification series the poller reports; storage errors are counted.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "../../src/app.js";
import { ConfigError, loadConfig } from "../../src/config.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { createMetrics } from "../../src/lib/metrics.js";
import { createStorage } from "../../src/storage/index.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { ENCRYPTION_KEY, memoryLogger, TOKEN } from "./helpers.js";

const ALICE = { id: 5301, first_name: "Alice", language_code: "en" };
const BOB = { id: 5302, first_name: "Bob", language_code: "en" };

let api: FakeBotApi;
let panel: MockPanel;
let app: App;
let dir: string;

beforeAll(async () => {
  api = await startFakeBotApi({ token: TOKEN, botUsername: "panel_metrics_bot" });
  panel = await startMockPanel();
  dir = await mkdtemp(path.join(tmpdir(), "smmbot-metrics-"));
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    BOT_API_ROOT: api.url,
    PANEL_URL: panel.url,
    DATA_DIR: dir,
    ENCRYPTION_KEY,
    METRICS_PORT: "0",
    RATE_LIMIT_PER_MINUTE: "0",
    TRACKING: "false",
  });
  app = await startApp({ config, logger: memoryLogger("warn").logger, host: "127.0.0.1" });
  panel.addAccount("metrics-key-0001", "12.50", "USD");
  const account = (apiKey: string, userId: number) => ({
    panelId: "main",
    apiKey,
    currency: "USD",
    connectedAt: Date.now(),
    connectedBy: userId,
  });
  await app.deps.storage.accounts.add(`u:${ALICE.id}`, account("metrics-key-0001", ALICE.id));
  await app.deps.storage.accounts.add(`u:${BOB.id}`, account("unknown-key-0002", BOB.id)); // the panel refuses it
});

afterAll(async () => {
  await app?.stop();
  await api?.close();
  await panel?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The value of one series in a Prometheus text exposition (undefined when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe("operations server in long-polling mode", () => {
  it("answers /healthz", async () => {
    expect(app.mode).toBe("polling");
    expect(app.opsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${app.opsUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, mode: "polling", storage: "sqlite" });
  });

  it("serves the series after some updates", async () => {
    api.sendText(ALICE, "/help");
    await api.nextMessage(ALICE.id);
    api.sendText(ALICE, "/balance");
    expect((await api.nextMessage(ALICE.id)).text).toContain("12.50");
    api.sendText(BOB, "/balance");
    await api.nextMessage(BOB.id);
    await api.idle();

    const res = await fetch(`${app.opsUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    const host = new URL(panel.url).host;
    expect(sample(text, "smmbot_updates_total", { type: "message", outcome: "ok" })).toBe(3);
    expect(sample(text, "smmbot_update_duration_seconds_count", { type: "message" })).toBe(3);
    expect(sample(text, "smmbot_update_duration_seconds_sum", { type: "message" })).toBeGreaterThan(0);
    expect(sample(text, "smmbot_panel_calls_total", { action: "balance", host, outcome: "ok" })).toBe(1);
    expect(sample(text, "smmbot_panel_calls_total", { action: "balance", host, outcome: "invalid_key" })).toBe(1);
    expect(sample(text, "smmbot_panel_call_duration_seconds_count", { action: "balance", host })).toBe(2);
    // Process series (METRICS_PORT is set), under the same prefix.
    expect(sample(text, "smmbot_process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(sample(text, "smmbot_nodejs_eventloop_lag_seconds")).toBeDefined();
    // Declared even before anything is counted.
    expect(text).toContain("# TYPE smmbot_tracking_cycle_duration_seconds histogram");
    expect(text).toContain("# TYPE smmbot_notifications_total counter");
    expect(text).toContain("# TYPE smmbot_storage_errors_total counter");
    // Never a key.
    expect(text).not.toContain("metrics-key-0001");
    expect(text).not.toContain("unknown-key-0002");
  });

  it("counts what the tracking poller reports", async () => {
    app.deps.metrics.trackingCycle({ seconds: 2.5, lagSeconds: 0.25, orders: 1200, outcome: "ok" });
    app.deps.metrics.notification("order", "sent");
    app.deps.metrics.notification("order", "sent");
    app.deps.metrics.notification("refill", "refused");
    const text = await (await fetch(`${app.opsUrl}/metrics`)).text();
    expect(sample(text, "smmbot_tracking_cycles_total", { outcome: "ok" })).toBe(1);
    expect(sample(text, "smmbot_tracking_cycle_duration_seconds_sum")).toBe(2.5);
    expect(sample(text, "smmbot_tracking_lag_seconds")).toBe(0.25);
    expect(sample(text, "smmbot_tracking_orders")).toBe(1200);
    expect(sample(text, "smmbot_notifications_total", { kind: "order", outcome: "sent" })).toBe(2);
    expect(sample(text, "smmbot_notifications_total", { kind: "refill", outcome: "refused" })).toBe(1);
  });

  it("serves nothing else", async () => {
    expect((await fetch(`${app.opsUrl}/`)).status).toBe(404);
    expect((await fetch(`${app.opsUrl}/metrics`, { method: "POST", body: "x" })).status).toBe(405);
  });
});

describe("storage errors", () => {
  it("are counted by operation", async () => {
    const metrics = createMetrics();
    const sdir = await mkdtemp(path.join(tmpdir(), "smmbot-metrics-storage-"));
    try {
      const storage = await createStorage({
        dataDir: sdir,
        encryptionKey: ENCRYPTION_KEY,
        logger: { warn: () => undefined },
        onOperationError: (op) => metrics.storageError(op),
      });
      const keyv = storage.keyv.namespace("prefs");
      await keyv.set("1", { language: "en" });
      await storage.close();
      await expect(keyv.get("1")).rejects.toThrow();
      await expect(keyv.set("1", {})).rejects.toThrow();
      const { body } = await metrics.scrape();
      expect(sample(body, "smmbot_storage_errors_total", { op: "get" })).toBe(1);
      expect(sample(body, "smmbot_storage_errors_total", { op: "set" })).toBe(1);
    } finally {
      await rm(sdir, { recursive: true, force: true });
    }
  });
});

describe("METRICS_PORT", () => {
  it("is refused when it is the webhook server's port", () => {
    expect(() =>
      loadConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://example.com/hook", PORT: "8080", METRICS_PORT: "8080" }),
    ).toThrow(ConfigError);
    expect(loadConfig({ BOT_TOKEN: TOKEN, METRICS_PORT: "9464" }).metricsPort).toBe(9464);
    expect(loadConfig({ BOT_TOKEN: TOKEN }).metricsPort).toBeUndefined();
  });
});
