/**
 * Two instances share the polling (TRACKING_SHARDS), as two processes (`node --import tsx
 * src/main.ts`, what `npm start` runs) on real Redis and PostgreSQL (skipped with a message when
 * REDIS_URL / DATABASE_URL are unset), webhook mode behind a round-robin balancer, the mock panel
 * slowed down so that a cycle takes a while:
 * - the second instance takes over half of the shards, the two never hold the same shard;
 * - every chat's order change is told once, by one of them;
 * - one is killed (SIGKILL) in the middle of a cycle: the other takes its shards within one lease
 *   period and every change is still told — none twice, except a message whose send was the
 *   very instant of the kill.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockPanel, type MockPanel } from "../../src/dev/mock-panel.js";
import { createStorage, type Storage } from "../../src/storage/index.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";
import { ENCRYPTION_KEY, freePort, spawnApp, startBalancer, TOKEN, uniquePrefix, waitUntil, type Balancer, type ChildApp } from "./helpers.js";

const HOOK = "/telegram/hook";
const SECRET = "shards_Secret-42";
const SHARDS = 8;
const CHATS = 24;
const TTL_SECONDS = 2;

interface Case {
  name: string;
  url: string | undefined;
  skip?: string;
}
const CASES: Case[] = [
  {
    name: "redis",
    url: process.env.REDIS_URL,
    skip: process.env.REDIS_URL ? undefined : "REDIS_URL is not set (e.g. REDIS_URL=redis://127.0.0.1:6379)",
  },
  {
    name: "postgres",
    url: process.env.DATABASE_URL,
    skip: process.env.DATABASE_URL ? undefined : "DATABASE_URL is not set (e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)",
  },
];
for (const c of CASES) if (c.skip) console.warn(`[shards.test] ${c.name} SKIPPED: ${c.skip}`);

async function clean(url: string, prefix: string): Promise<void> {
  if (url.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`DELETE FROM "public"."keyv" WHERE key LIKE $1`, [`${prefix}%`]);
    } finally {
      await client.end();
    }
    return;
  }
  const { createClient } = await import("@keyv/redis");
  const client = createClient({ url });
  await client.connect();
  try {
    for (const match of [`${prefix}*`, `lease:{${prefix}*`]) {
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

/** The shards an instance says it holds now (its last "Shards held" line). */
const heldBy = (c: ChildApp): number[] => {
  const last = c.lines.filter((l) => l.msg === "Shards held").at(-1);
  return c.proc.exitCode === null && c.proc.signalCode === null && last ? (last.held as number[]) : [];
};

for (const c of CASES) {
  describe.skipIf(!!c.skip)(`two instances share the polling on ${c.name}`, () => {
    let api: FakeBotApi;
    let panel: MockPanel;
    let balancer: Balancer;
    let dir: string;
    const prefix = uniquePrefix();

    beforeAll(async () => {
      api = await startFakeBotApi({ token: TOKEN, botUsername: "panel_shards_bot" });
      panel = await startMockPanel();
      balancer = await startBalancer();
      dir = await mkdtemp(path.join(tmpdir(), "smmbot-shards-"));
    });

    afterAll(async () => {
      await balancer?.close();
      await api?.close();
      await panel?.close();
      await clean(c.url!, prefix);
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("each holds half; a SIGKILL mid-cycle hands its shards over; every change told, none twice but at the kill instant", async () => {
      const url = c.url!;
      const users = Array.from({ length: CHATS }, (_, i) => ({ id: 7100 + i, first_name: `U${i}`, language_code: "en" }));
      const orders: Array<{ chatId: number; id: string }> = [];
      let storage: Storage | undefined;
      const children: ChildApp[] = [];
      try {
        storage = await createStorage({
          url,
          dataDir: dir,
          encryptionKey: ENCRYPTION_KEY,
          namespacePrefix: prefix,
          logger: { warn: () => undefined },
        });
        for (const [i, u] of users.entries()) {
          const key = `shard-key-${String(i).padStart(4, "0")}`;
          panel.addAccount(key, "100.00", "USD");
          await storage.accounts.add(`u:${u.id}`, { panelId: "main", apiKey: key, currency: "USD", connectedAt: Date.now(), connectedBy: u.id });
          const o = panel.seedOrder(key, { status: "Pending", link: `https://instagram.com/s${i}` });
          await storage.orders.track({ chatId: u.id, owner: `u:${u.id}`, panelId: "main", orderId: o.id, source: "bot", createdAt: Date.now() });
          orders.push({ chatId: u.id, id: o.id });
        }

        const spawnInstance = async () => {
          const child = spawnApp({
            BOT_TOKEN: TOKEN,
            BOT_API_ROOT: api.url,
            PANEL_URL: panel.url,
            STORAGE_URL: url,
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
            TRACKING_SHARDS: String(SHARDS),
            POLL_INTERVAL_SECONDS: "1",
            TRACK_MAX_INTERVAL_MINUTES: "0",
            LEASE_TTL_SECONDS: String(TTL_SECONDS),
            LOG_LEVEL: "debug",
          });
          children.push(child);
          const listening = await child.waitForLog((l) => l.msg === "Webhook server listening", 20_000);
          balancer.targets.push(`http://127.0.0.1:${String(listening.port)}`);
          await child.waitForLog((l) => l.msg === "Bot is running (webhook)", 20_000);
          return child;
        };
        const told = (o: { chatId: number; id: string }) =>
          api.calls("sendMessage").filter((m) => m.params.chat_id === o.chatId && String(m.params.text).includes(o.id));

        const a = await spawnInstance();
        await waitUntil(() => heldBy(a).length === SHARDS, 10_000, "A holds every shard");
        for (const u of users) api.sendText(u, "/start");
        await api.idle(15_000);

        // B joins: it takes over half, and the two never hold the same shard.
        const b = await spawnInstance();
        const joinedAt = Date.now();
        let sampling = true;
        let overlaps = 0;
        const sampler = (async () => {
          while (sampling) {
            const x = new Set(heldBy(a));
            if (heldBy(b).some((s) => x.has(s))) overlaps += 1;
            await new Promise((r) => setTimeout(r, 10));
          }
        })();
        await waitUntil(() => heldBy(a).length === SHARDS / 2 && heldBy(b).length === SHARDS / 2, 15_000, "half each");
        console.info(`[shards.test] ${c.name}: B took over half of the shards in ${Date.now() - joinedAt} ms`);

        // Every order moves: each chat is told once, by whichever instance holds its shard.
        for (const o of orders) panel.advance(o.id); // In progress
        await waitUntil(() => orders.every((o) => told(o).length >= 1), 20_000, "every chat told of In progress");
        // A few more cycles: nothing repeated.
        await new Promise((r) => setTimeout(r, 2500));
        for (const o of orders) expect(told(o), `order ${o.id}`).toHaveLength(1);
        const polledByA = a.lines.filter((l) => l.msg === "Tracking cycle done" && Number(l.orders) > 0).length;
        const polledByB = b.lines.filter((l) => l.msg === "Tracking cycle done" && Number(l.orders) > 0).length;
        expect(polledByA).toBeGreaterThan(0);
        expect(polledByB).toBeGreaterThan(0);

        // The panel slows down (a cycle now spans a few hundred ms of status calls), every order
        // moves again, and A is killed while it polls.
        panel.setFault({ mode: "none", latencyMs: 250, actions: ["status"] });
        const cyclesOfA = a.lines.filter((l) => l.msg === "Tracking cycle done").length;
        await waitUntil(() => a.lines.filter((l) => l.msg === "Tracking cycle done").length > cyclesOfA, 5000, "a cycle of A");
        for (const o of orders) panel.advance(o.id); // Completed (or Partial)
        await new Promise((r) => setTimeout(r, 150)); // A's next cycle is under way (interval ±10 %, calls of 250 ms)
        a.kill("SIGKILL");
        const killedAt = Date.now();
        await a.exited;
        balancer.targets.shift();

        await waitUntil(() => heldBy(b).length === SHARDS, (TTL_SECONDS + 2) * 1000, "B takes A's shards");
        const handover = Date.now() - killedAt;
        console.info(`[shards.test] ${c.name}: B holds every shard ${handover} ms after A's SIGKILL (lease ${TTL_SECONDS * 1000} ms)`);
        expect(handover).toBeLessThan(TTL_SECONDS * 1000 + (TTL_SECONDS * 1000) / 3 + 1500);

        await waitUntil(() => orders.every((o) => told(o).length >= 2), 20_000, "every chat told of the completion");
        await new Promise((r) => setTimeout(r, 2500));
        sampling = false;
        await sampler;
        expect(overlaps).toBe(0);
        let repeated = 0;
        for (const o of orders) {
          const msgs = told(o);
          expect(String(msgs[1]!.params.text)).toMatch(/Completed|Partial/);
          if (msgs.length > 2) {
            // Only a message sent in the instant A was killed (sent, not yet recorded) may be told again.
            repeated += 1;
            expect(msgs).toHaveLength(3);
            expect(killedAt - msgs[1]!.at).toBeLessThan(300);
          }
        }
        console.info(`[shards.test] ${c.name}: ${CHATS} chats, ${repeated} message(s) repeated after the kill`);

        b.kill("SIGTERM");
        expect(await b.exited).toBe(0);
      } finally {
        panel.setFault({ mode: "none" });
        for (const child of children) {
          child.kill("SIGKILL");
          await child.exited;
        }
        balancer.targets.length = 0;
        await storage?.close();
      }
    }, 120_000);
  });
}
