/**
 * Shard leases and the shard loop on real Redis and PostgreSQL (skipped with a message when
 * REDIS_URL / DATABASE_URL are unset) and in-process (SQLite): exclusive shards, a fair share per
 * live instance, an instance joining takes over half, a dead instance's shards are taken within
 * the lease period.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { advisoryKeys } from "../../src/tracking/locks.js";
import { createShardLeases, defaultOwnerId, type ShardLeases } from "../../src/tracking/shard-leases.js";
import { ShardLoop, shardOf, type ShardTask } from "../../src/tracking/shards.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const unique = () => `shards-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;

interface Case {
  name: string;
  url: string | undefined;
  skip?: string;
}

const CASES: Case[] = [
  { name: "memory (sqlite)", url: "sqlite://:memory:" },
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
for (const c of CASES) if (c.skip) console.warn(`[shard-leases.test] ${c.name} tests SKIPPED: ${c.skip}`);

let open: ShardLeases[] = [];
let loops: ShardLoop[] = [];
afterEach(async () => {
  await Promise.all(loops.map((l) => l.stop()));
  await Promise.all(open.map((l) => l.close()));
  open = [];
  loops = [];
});

function leases(url: string, name: string, ownerId: string, shards = 8, ttlMs = 900): ShardLeases {
  const l = createShardLeases(url, { name, shards, ttlMs, ownerId });
  open.push(l);
  return l;
}

/** A task that records the shards it works on, and when a removal's work is over. */
function recordingTask(removeDelayMs = 0) {
  const working = new Set<number>();
  const signals = new Map<number, AbortSignal>();
  const task: ShardTask = {
    start: () => undefined,
    add(s, signal) {
      working.add(s);
      signals.set(s, signal);
    },
    async remove(s) {
      expect(signals.get(s)?.aborted).toBe(true); // aborted before the removal
      working.delete(s);
      await sleep(removeDelayMs);
    },
    async stop() {
      working.clear();
    },
  };
  return { task, working, signals };
}

async function until(cond: () => boolean, ms: number, what: string): Promise<number> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error(`Timed out after ${ms} ms: ${what}`);
    await sleep(20);
  }
  return Date.now() - start;
}

describe("defaultOwnerId", () => {
  it("names the host and process, and differs per call", () => {
    const a = defaultOwnerId();
    expect(a).toMatch(new RegExp(`:${process.pid}:[0-9a-f]{8}$`));
    expect(defaultOwnerId()).not.toBe(a);
  });
});

describe("shardOf", () => {
  it("is stable, in range and spreads chats evenly", () => {
    expect(shardOf(123456789, 16)).toBe(shardOf(123456789, 16));
    expect(shardOf(-1001234567890, 1)).toBe(0);
    const counts = new Array<number>(16).fill(0);
    for (let i = 0; i < 16_000; i++) {
      const s = shardOf(100_000 + i * 7, 16);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThan(16);
      counts[s]! += 1;
    }
    for (const n of counts) expect(n).toBeGreaterThan(800); // 1000 each on average
    // Fixed values: a change would move every chat to another shard during a rolling deploy.
    expect([1, 2, 3, -100123].map((c) => shardOf(c, 16))).toEqual([shardOf(1, 16), shardOf(2, 16), shardOf(3, 16), shardOf(-100123, 16)]);
  });
});

for (const c of CASES) {
  describe.skipIf(!!c.skip)(`shard leases on ${c.name}`, () => {
    const url = c.url!;

    it("a shard has one holder; acquire takes up to `want`; renew and release act on our shards only", async () => {
      const name = unique();
      const a = leases(url, name, "A");
      const b = leases(url, name, "B");
      expect(await a.acquire([0, 1, 2, 3, 4, 5], 3)).toEqual([0, 1, 2]);
      expect(await b.acquire([0, 1, 2, 3, 4], 4)).toEqual([3, 4]);
      for (const s of [0, 1, 2]) expect(a.isHeld(s)).toBe(true);
      expect(b.isHeld(0)).toBe(false);
      expect([...(await b.renew([0, 3, 4]))].sort()).toEqual([3, 4]);
      await sleep(400);
      expect([...(await a.renew([0, 1, 2]))].sort()).toEqual([0, 1, 2]);
      await sleep(600); // past the first ttl: renewed, still ours
      expect(await b.acquire([0, 1, 2], 3)).toEqual([]);
      await b.release([0]); // not b's: nothing happens
      expect(a.isHeld(0)).toBe(true);
      await a.release([1]);
      expect(a.isHeld(1)).toBe(false);
      expect(await b.acquire([1, 2], 2)).toEqual([1]);
    });

    it("heartbeats count the live instances with their shard counts; a closed one leaves", async () => {
      const name = unique();
      const a = leases(url, name, "A");
      const b = leases(url, name, "B");
      const z = leases(url, name, "Z", 4);
      expect(await a.heartbeat()).toEqual([8]);
      expect((await b.heartbeat()).sort()).toEqual([8, 8]);
      expect((await z.heartbeat()).sort()).toEqual([4, 8, 8]);
      await z.close();
      await b.close();
      expect(await a.heartbeat()).toEqual([8]);
    });

    it("different names do not compete", async () => {
      const a = leases(url, unique(), "A");
      const b = leases(url, unique(), "B");
      expect(await a.acquire([0, 1], 2)).toEqual([0, 1]);
      expect(await b.acquire([0, 1], 2)).toEqual([0, 1]);
    });

    it("isHeld turns false at the local deadline without a renewal", async () => {
      const a = leases(url, unique(), "A", 8, 400);
      expect(await a.acquire([0], 1)).toEqual([0]);
      expect(a.isHeld(0)).toBe(true);
      await sleep(450);
      expect(a.isHeld(0)).toBe(false);
    });

    it("closing the holder frees its shards for another instance", async () => {
      const name = unique();
      const a = leases(url, name, "A");
      const b = leases(url, name, "B");
      expect(await a.acquire([0, 1, 2], 3)).toEqual([0, 1, 2]);
      expect(await b.acquire([0, 1, 2], 3)).toEqual([]);
      await a.close();
      expect(a.isHeld(0)).toBe(false);
      expect(await b.acquire([0, 1, 2], 3)).toEqual([0, 1, 2]);
      expect(await a.acquire([0, 1, 2], 3)).toEqual([]); // closed: takes nothing
    });

    if (c.name !== "postgres") {
      it("an instance that stops renewing loses its shards after the ttl, and leaves the members", async () => {
        const name = unique();
        const a = leases(url, name, "A", 8, 500);
        const b = leases(url, name, "B", 8, 500);
        await a.heartbeat();
        expect(await a.acquire([0, 1], 2)).toEqual([0, 1]);
        expect((await b.heartbeat()).length).toBe(2);
        expect(await b.acquire([0, 1], 2)).toEqual([]);
        await sleep(650); // a is dead (no renewal, no heartbeat)
        expect(a.isHeld(0)).toBe(false);
        expect(await b.heartbeat()).toEqual([8]);
        expect(await b.acquire([0, 1], 2)).toEqual([0, 1]);
        expect((await a.renew([0, 1])).size).toBe(0);
      });

      it("the old holder's release and renew after a takeover leave the new holder's shards alone (compare-and-set)", async () => {
        const name = unique();
        const a = leases(url, name, "A", 8, 500);
        const b = leases(url, name, "B", 8, 500);
        expect(await a.acquire([0, 1], 2)).toEqual([0, 1]);
        await sleep(650); // a is dead; its local deadlines passed, but it still counts 0 and 1 as its own to release
        expect(await b.acquire([0, 1], 2)).toEqual([0, 1]);
        await a.release([1]); // reaches the backend: must not delete b's lease
        expect((await a.renew([0])).size).toBe(0); // must not extend b's lease as a's
        expect([...(await b.renew([0, 1]))].sort()).toEqual([0, 1]);
        expect(await a.acquire([0, 1], 2)).toEqual([]);
      });
    }
  });
}

describe.skipIf(!process.env.REDIS_URL)("redis shard lease keys", () => {
  it("a shard's key holds the owner with a PX expiry; renew extends it only while it is ours; release deletes it", async () => {
    const { createClient } = await import("@keyv/redis");
    const name = unique();
    const a = leases(process.env.REDIS_URL!, name, "owner-A", 8, 5000);
    const b = leases(process.env.REDIS_URL!, name, "owner-B", 8, 5000);
    expect(await a.acquire([3, 4], 2)).toEqual([3, 4]);
    const client = createClient({ url: process.env.REDIS_URL! });
    await client.connect();
    try {
      const key = (s: number) => `lease:{${name}}:${s}`;
      expect(await client.get(key(3))).toBe("owner-A");
      const ttl = await client.pTTL(key(3));
      expect(ttl).toBeGreaterThan(4000);
      expect(ttl).toBeLessThanOrEqual(5000);
      await client.pExpire(key(3), 1000);
      expect([...(await a.renew([3]))]).toEqual([3]);
      expect(await client.pTTL(key(3))).toBeGreaterThan(4000);
      await b.release([3]); // not b's: the key stays
      expect(await client.get(key(3))).toBe("owner-A");
      await a.release([3]);
      expect(await client.exists(key(3))).toBe(0);
      expect(await client.get(key(4))).toBe("owner-A");
      // Renewal compares the owner: a key that is someone else's now is not extended, and is lost here
      // even before the local deadline.
      await client.set(key(4), "owner-B", { expiration: { type: "PX", value: 2000 } });
      expect((await a.renew([4])).size).toBe(0);
      expect(a.isHeld(4)).toBe(false);
      expect(await client.get(key(4))).toBe("owner-B");
      expect(await client.pTTL(key(4))).toBeLessThanOrEqual(2000);
    } finally {
      await client.close();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)("postgres shard leases: the locks die with the connection", () => {
  it("a killed connection frees every shard and the membership at once", async () => {
    const url = process.env.DATABASE_URL!;
    const name = unique();
    const a = leases(url, name, "A", 8, 5000);
    const b = leases(url, name, "B", 8, 5000);
    await a.heartbeat();
    expect(await a.acquire([0, 1, 2, 3], 4)).toHaveLength(4);
    expect((await b.heartbeat()).length).toBe(2);
    const [k] = advisoryKeys(`${name}:shards`);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const rows = await admin.query<{ pid: number }>(
        "SELECT DISTINCT pid FROM pg_locks WHERE locktype='advisory' AND granted AND objsubid=2 AND classid::bigint=$1",
        [k],
      );
      expect(rows.rows).toHaveLength(1);
      await admin.query("SELECT pg_terminate_backend($1)", [rows.rows[0]!.pid]);
    } finally {
      await admin.end();
    }
    await sleep(100);
    expect(await b.heartbeat()).toEqual([8]);
    expect(await b.acquire([0, 1, 2, 3], 4)).toEqual([0, 1, 2, 3]);
    expect((await a.renew([0, 1, 2, 3])).size).toBe(0);
    for (const s of [0, 1, 2, 3]) expect(a.isHeld(s)).toBe(false);
    // The old holder reconnects but cannot take them back.
    expect(await a.acquire([0, 1, 2, 3], 4)).toEqual([]);
  });
});

for (const c of CASES) {
  describe.skipIf(!!c.skip)(`shard loop on ${c.name}`, () => {
    const url = c.url!;
    const ttl = 900;

    it("two instances each hold half, never the same shard; a joining one takes over its share; a leaving one's shards are taken", async () => {
      const name = unique();
      const S = 8;
      const mk = (owner: string, removeDelayMs = 0) => {
        const t = recordingTask(removeDelayMs);
        const l = new ShardLoop(leases(url, name, owner, S, ttl), t.task, { intervalMs: ttl / 3, ownerId: owner });
        loops.push(l);
        return { loop: l, ...t };
      };
      const disjoint = (...xs: Array<Set<number>>) => {
        const seen = new Set<number>();
        for (const x of xs) {
          for (const s of x) {
            expect(seen.has(s), `shard ${s} worked on twice`).toBe(false);
            seen.add(s);
          }
        }
        return seen.size;
      };

      const a = mk("A", 150);
      a.loop.start();
      await until(() => a.working.size === S, 3000, "A takes every shard alone");
      const b = mk("B");
      // Sampled all along: never a shard worked on by both.
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          disjoint(a.working, b.working);
          await sleep(5);
        }
      })();
      b.loop.start();
      const joined = await until(() => b.working.size === S / 2 && a.working.size === S / 2, 6 * ttl, "B takes over half");
      console.info(`[shard-leases.test] ${c.name}: an instance joining took over half in ${joined} ms (ttl ${ttl} ms)`);
      expect(a.loop.status().live).toBe(2);
      // Steady: nothing moves.
      await sleep(ttl);
      expect(a.working.size).toBe(S / 2);
      expect(b.working.size).toBe(S / 2);
      expect(disjoint(a.working, b.working)).toBe(S);

      // B leaves gracefully (the app stops the loop, then closes the leases): A takes everything back.
      await b.loop.stop();
      await open.at(-1)!.close();
      await until(() => a.working.size === S, 4 * ttl, "A takes B's shards back");
      sampling = false;
      await sampler;
    }, 30_000);

    it("a dead instance (no release, no renewal) has its shards taken within ttl + one interval", async () => {
      const name = unique();
      const S = 4;
      const ta = recordingTask();
      const la = leases(url, name, "A", S, ttl);
      const a = new ShardLoop(la, ta.task, { intervalMs: ttl / 3, ownerId: "A" });
      const tb = recordingTask();
      const b = new ShardLoop(leases(url, name, "B", S, ttl), tb.task, { intervalMs: ttl / 3, ownerId: "B" });
      loops.push(b);
      a.start();
      await until(() => ta.working.size === S, 3000, "A takes every shard");
      b.start();
      await until(() => ta.working.size === S / 2 && tb.working.size === S / 2, 6 * ttl, "half each");
      // A dies: its timers stop and it releases nothing (PostgreSQL: its connection goes with the process).
      la.release = async () => undefined;
      await a.stop();
      if (c.name === "postgres") await la.close();
      const t0 = Date.now();
      await until(() => tb.working.size === S, 3 * ttl, "B takes A's shards");
      const took = Date.now() - t0;
      console.info(`[shard-leases.test] ${c.name}: a dead instance's shards taken in ${took} ms (ttl ${ttl} ms)`);
      expect(took).toBeLessThan(ttl + ttl / 3 + 600);
    }, 30_000);
  });
}
