/**
 * Several instances on one Redis (REDIS_URL; skipped with a message when unset), each test run
 * under its own key prefix (cleaned up afterwards):
 * - a conversation begun on one instance is finished on the other (webhook behind a round-robin
 *   load balancer: /connect goes to A, the key to B);
 * - exactly one instance polls the panels; SIGKILL of the leader hands polling over to the other
 *   within one lease period, and no notification is lost or repeated.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { createStorage, type Storage } from "../../src/storage/index.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import {
  ENCRYPTION_KEY,
  freePort,
  memoryLogger,
  spawnApp,
  startBalancer,
  TOKEN,
  uniquePrefix,
  waitUntil,
  type Balancer,
  type ChildApp,
  type LogLine,
} from "./helpers.js";

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn("[multi-instance.test] SKIPPED: REDIS_URL is not set (e.g. REDIS_URL=redis://127.0.0.1:6379)");

const HOOK = "/telegram/hook";
const SECRET = "multi_Secret-42";

async function cleanRedis(prefix: string): Promise<void> {
  const { createClient } = await import("@keyv/redis");
  const client = createClient({ url: REDIS_URL! });
  await client.connect();
  try {
    for (const match of [`${prefix}*`, `lease:${prefix}*`]) {
      let cursor = "0";
      do {
        const page = await client.scan(cursor, { MATCH: match, COUNT: 500 });
        cursor = String(page.cursor);
        if (page.keys.length > 0) await client.unlink(page.keys);
      } while (cursor !== "0");
    }
  } finally {
    await client.close();
  }
}

describe.skipIf(!REDIS_URL)("several instances on one Redis", () => {
  let api: FakeBotApi;
  let panel: MockPanel;
  let balancer: Balancer;
  let dir: string;
  const prefixes: string[] = [];

  beforeAll(async () => {
    api = await startFakeBotApi({ token: TOKEN, botUsername: "panel_multi_bot" });
    panel = await startMockPanel();
    balancer = await startBalancer();
    dir = await mkdtemp(path.join(tmpdir(), "smmbot-multi-"));
  });

  afterAll(async () => {
    await balancer?.close();
    await api?.close();
    await panel?.close();
    for (const p of prefixes) await cleanRedis(p);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("a conversation begun on one instance is finished on the other", async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    const apps: App[] = [];
    const logs: LogLine[][] = [];
    try {
      for (const name of ["A", "B"]) {
        const port = await freePort();
        const config = loadConfig({
          BOT_TOKEN: TOKEN,
          BOT_API_ROOT: api.url,
          PANEL_URL: panel.url,
          STORAGE_URL: REDIS_URL!,
          DATA_DIR: dir,
          ENCRYPTION_KEY,
          BOT_MODE: "webhook",
          WEBHOOK_URL: balancer.url + HOOK,
          WEBHOOK_SECRET: SECRET,
          PORT: String(port),
          RATE_LIMIT_PER_MINUTE: "0",
          TRACKING: "false",
        });
        const mem = memoryLogger();
        logs.push(mem.lines);
        const app = await startApp({
          config,
          logger: mem.logger,
          namespacePrefix: prefix,
          host: "127.0.0.1",
          instanceId: name,
          registerCommands: false,
        });
        apps.push(app);
      }
      balancer.targets.splice(0, balancer.targets.length, ...apps.map((a) => a.url!));
      balancer.log.length = 0;
      const alice = { id: 5301, first_name: "Alice", language_code: "en" };
      panel.addAccount("multi-key-0001", "77.00", "USD");

      api.sendText(alice, "/connect");
      const ask = await api.nextMessage(alice.id, 10_000);
      expect(ask.text).toMatch(/key/i);
      const keyMsg = api.sendText(alice, "multi-key-0001");
      const done = await api.nextMessage(alice.id, 10_000);
      expect(done.text).toContain("77");
      await api.idle();

      // /connect went to A, the key to B.
      expect(balancer.log.slice(0, 2)).toEqual([apps[0]!.url, apps[1]!.url]);
      expect(logs[0]!.some((l) => l.msg === "update" && l.command === "connect")).toBe(true);
      expect(logs[1]!.some((l) => l.msg === "update" && l.type === "message" && l.command === undefined)).toBe(true);
      // The key's message was deleted, and the account is stored (encrypted) for both instances.
      expect(api.deleted.some((d) => d.messageId === keyMsg.message_id)).toBe(true);
      for (const app of apps) expect((await app.deps.storage.accounts.get(`u:${alice.id}`))?.apiKey).toBe("multi-key-0001");
    } finally {
      for (const app of apps) await app.stop();
      balancer.targets.length = 0;
    }
  }, 40_000);

  it("one poller at a time; killing the leader hands over within one lease period, no lost or repeated notification", async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    const ttlSeconds = 2;
    const alice = { id: 5302, first_name: "Alice", language_code: "en" };
    const key = "lease-key-0001";
    panel.addAccount(key, "100.00", "USD");
    const o1 = panel.seedOrder(key, { status: "Pending", link: "https://instagram.com/one" });
    const o2 = panel.seedOrder(key, { status: "Pending", link: "https://instagram.com/two" });

    let storage: Storage | undefined;
    const children: ChildApp[] = [];
    try {
      storage = await createStorage({
        url: REDIS_URL!,
        dataDir: dir,
        encryptionKey: ENCRYPTION_KEY,
        namespacePrefix: prefix,
        logger: { warn: () => undefined },
      });
      await storage.accounts.add(`u:${alice.id}`, {
        panelId: "main",
        apiKey: key,
        currency: "USD",
        connectedAt: Date.now(),
        connectedBy: alice.id,
      });
      for (const o of [o1, o2]) {
        await storage.orders.track({
          chatId: alice.id,
          owner: `u:${alice.id}`,
          panelId: "main",
          orderId: o.id,
          source: "bot",
          createdAt: Date.now(),
        });
      }

      const spawnInstance = async () => {
        const child = spawnApp({
          BOT_TOKEN: TOKEN,
          BOT_API_ROOT: api.url,
          PANEL_URL: panel.url,
          STORAGE_URL: REDIS_URL!,
          STORAGE_PREFIX: prefix,
          DATA_DIR: dir,
          ENCRYPTION_KEY,
          BOT_MODE: "webhook",
          WEBHOOK_URL: balancer.url + HOOK,
          WEBHOOK_SECRET: SECRET,
          PORT: String(await freePort()),
          HOST: "127.0.0.1",
          RATE_LIMIT_PER_MINUTE: "0",
          TRACKING: "true",
          POLL_INTERVAL_SECONDS: "1",
          LEASE_TTL_SECONDS: String(ttlSeconds),
          // One shard: one leader at a time (shards.test.ts covers several instances sharing the polling).
          TRACKING_SHARDS: "1",
          LOG_LEVEL: "debug",
        });
        children.push(child);
        const listening = await child.waitForLog((l) => l.msg === "Webhook server listening", 20_000);
        balancer.targets.push(`http://127.0.0.1:${String(listening.port)}`);
        await child.waitForLog((l) => l.msg === "Bot is running (webhook)", 20_000);
        return child;
      };
      const leads = (c: ChildApp) => c.lines.filter((l) => String(l.msg).startsWith("Leader: started")).length;
      const notifications = (orderId: string) =>
        api.calls("sendMessage").filter((c) => c.params.chat_id === alice.id && String(c.params.text).includes(orderId));

      const a = await spawnInstance();
      await a.waitForLog((l) => l.msg === "Leader: started polling the panels", 10_000);
      const b = await spawnInstance();
      // Alice talks to the bot (so it may write to her).
      api.sendText(alice, "/start");
      await api.nextMessage(alice.id, 10_000);

      // A polls: order 1 moves, A tells Alice once.
      panel.advance(o1.id); // In progress
      await waitUntil(() => notifications(o1.id).length === 1, 10_000, "the first notification");
      await waitUntil(
        async () => (await storage!.orders.getState(alice.id, "main", o1.id))?.notified?.status === "In progress",
        5000,
        "notified state",
      );
      expect(leads(b)).toBe(0);

      // Right after one of A's cycles ends, order 2 moves and A dies (no release).
      const cyclesBefore = a.lines.filter((l) => l.msg === "Tracking cycle done").length;
      await waitUntil(() => a.lines.filter((l) => l.msg === "Tracking cycle done").length > cyclesBefore, 5000, "a cycle of A");
      panel.advance(o2.id);
      a.kill("SIGKILL");
      const killedAt = Date.now();
      await a.exited;
      balancer.targets.shift();

      // B takes over within one lease period (+ one attempt interval) and sends order 2's news, once.
      await b.waitForLog((l) => l.msg === "Leader: started polling the panels", 10_000);
      const handover = Date.now() - killedAt;
      console.info(`[multi-instance.test] handover after SIGKILL of the leader: ${handover} ms (lease ${ttlSeconds * 1000} ms)`);
      expect(handover).toBeLessThan(ttlSeconds * 1000 + (ttlSeconds * 1000) / 3 + 1500);
      await waitUntil(() => notifications(o2.id).length >= 1, 10_000, "order 2's notification from B");

      // Order 1 completes: B tells Alice once.
      panel.advance(o1.id); // Completed
      await waitUntil(() => notifications(o1.id).length >= 2, 10_000, "order 1's completion from B");
      // A few more cycles: nothing repeated.
      const cycles = b.lines.filter((l) => l.msg === "Tracking cycle done").length;
      await waitUntil(() => b.lines.filter((l) => l.msg === "Tracking cycle done").length >= cycles + 2, 10_000, "two more cycles of B");
      expect(notifications(o1.id)).toHaveLength(2);
      expect(notifications(o2.id)).toHaveLength(1);
      expect(String(notifications(o1.id)[1]!.params.text)).toMatch(/Completed|Partial/);

      // B stops gracefully: exit 0, lease released.
      b.kill("SIGTERM");
      expect(await b.exited).toBe(0);
      expect(b.lines.some((l) => l.msg === "Leader: stopped polling the panels")).toBe(true);
    } finally {
      for (const c of children) {
        c.kill("SIGKILL");
        await c.exited;
      }
      balancer.targets.length = 0;
      await storage?.close();
    }
  }, 90_000);
});
