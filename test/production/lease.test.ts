/**
 * The polling lease on real Redis and PostgreSQL (skipped with a message when REDIS_URL /
 * DATABASE_URL are unset) and the in-process lease used with SQLite.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createLease, LeaderLoop, type Lease } from "../../src/tracking/lease.js";
import { advisoryKeys } from "../../src/tracking/lease-postgres.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const unique = () => `test-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;

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

for (const c of CASES) if (c.skip) console.warn(`[lease.test] ${c.name} lease tests SKIPPED: ${c.skip}`);

let open: Lease[] = [];
afterEach(async () => {
  await Promise.all(open.map((l) => l.close()));
  open = [];
});

function lease(url: string, name: string, ownerId: string, ttlMs = 600): Lease {
  const l = createLease(url, { name, ttlMs, ownerId });
  open.push(l);
  return l;
}

for (const c of CASES) {
  describe.skipIf(!!c.skip)(`lease on ${c.name}`, () => {
    const url = c.url!;

    it("acquire is exclusive; renew keeps it; release frees it", async () => {
      const name = unique();
      const a = lease(url, name, "A");
      const b = lease(url, name, "B");
      expect(await a.acquire()).toBe(true);
      expect(a.isHeld()).toBe(true);
      expect(await b.acquire()).toBe(false);
      expect(b.isHeld()).toBe(false);
      expect(await b.renew()).toBe(false);
      // Renewing past the original ttl keeps it.
      for (let i = 0; i < 4; i++) {
        await sleep(250);
        expect(await a.renew()).toBe(true);
        expect(await b.acquire()).toBe(false);
      }
      // Re-acquiring a held lease is a renewal.
      expect(await a.acquire()).toBe(true);
      await a.release();
      expect(a.isHeld()).toBe(false);
      expect(await b.acquire()).toBe(true);
      // A release by the non-holder does nothing.
      await a.release();
      expect(await a.acquire()).toBe(false);
      expect(await b.renew()).toBe(true);
    });

    it("different names do not compete", async () => {
      const a = lease(url, unique(), "A");
      const b = lease(url, unique(), "B");
      expect(await a.acquire()).toBe(true);
      expect(await b.acquire()).toBe(true);
    });

    it("isHeld turns false at the local deadline without a renewal", async () => {
      const a = lease(url, unique(), "A", 400);
      expect(await a.acquire()).toBe(true);
      await sleep(450);
      expect(a.isHeld()).toBe(false);
    });

    if (c.name !== "postgres") {
      it("an expired lease is taken over, and the old holder's renew fails", async () => {
        const name = unique();
        const a = lease(url, name, "A", 500);
        const b = lease(url, name, "B", 500);
        expect(await a.acquire()).toBe(true);
        expect(await b.acquire()).toBe(false);
        await sleep(600); // a stops renewing: dead
        expect(await b.acquire()).toBe(true);
        expect(await a.renew()).toBe(false);
        expect(a.isHeld()).toBe(false);
        // a's release must not free b's lease.
        await a.release();
        expect(await a.acquire()).toBe(false);
        expect(await b.renew()).toBe(true);
      });
    }
  });
}

describe.skipIf(!process.env.REDIS_URL)("redis lease details", () => {
  it("stores the owner with a PX expiry and deletes it on release", async () => {
    const { createClient } = await import("@keyv/redis");
    const name = unique();
    const a = lease(process.env.REDIS_URL!, name, "owner-A", 5000);
    expect(await a.acquire()).toBe(true);
    const client = createClient({ url: process.env.REDIS_URL! });
    await client.connect();
    try {
      expect(await client.get(`lease:${name}`)).toBe("owner-A");
      const ttl = await client.pTTL(`lease:${name}`);
      expect(ttl).toBeGreaterThan(4000);
      expect(ttl).toBeLessThanOrEqual(5000);
      await a.release();
      expect(await client.exists(`lease:${name}`)).toBe(0);
    } finally {
      await client.close();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)("postgres lease: loss of the connection is loss of the lease", () => {
  it("a killed holder connection is detected and the lock goes to the other instance", async () => {
    const url = process.env.DATABASE_URL!;
    const name = unique();
    const a = lease(url, name, "A", 900);
    const b = lease(url, name, "B", 900);
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    const [k1, k2] = advisoryKeys(name);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const rows = await admin.query<{ pid: number }>(
        "SELECT pid FROM pg_locks WHERE locktype='advisory' AND granted AND objsubid=2 AND classid::bigint=$1 AND objid::bigint=$2",
        [k1, k2],
      );
      expect(rows.rows).toHaveLength(1);
      await admin.query("SELECT pg_terminate_backend($1)", [rows.rows[0]!.pid]);
    } finally {
      await admin.end();
    }
    // The holder notices (error event or on its next renewal) …
    await sleep(100);
    expect(await a.renew()).toBe(false);
    expect(a.isHeld()).toBe(false);
    // … and the lock is free for the other instance.
    expect(await b.acquire()).toBe(true);
    // The old holder reconnects but cannot take it back.
    expect(await a.acquire()).toBe(false);
  });

  it("closing the holder frees the lock", async () => {
    const url = process.env.DATABASE_URL!;
    const name = unique();
    const a = lease(url, name, "A");
    const b = lease(url, name, "B");
    expect(await a.acquire()).toBe(true);
    expect(await a.acquire()).toBe(true); // re-acquire stacks server side; release must still free it
    await a.close();
    expect(await b.acquire()).toBe(true);
  });
});

describe("LeaderLoop", () => {
  function fakeTask() {
    const events: string[] = [];
    let signal: AbortSignal | undefined;
    return {
      events,
      get signal() {
        return signal;
      },
      task: {
        start(s: AbortSignal) {
          signal = s;
          events.push("start");
        },
        async stop() {
          events.push(`stop(aborted=${signal?.aborted})`);
        },
      },
    };
  }

  it("runs the task only while the lease is held; another loop takes over after the leader dies", async () => {
    const name = unique();
    const url = "sqlite://:memory:";
    const ttl = 450;
    const la = lease(url, name, "A", ttl);
    const lb = lease(url, name, "B", ttl);
    const ta = fakeTask();
    const tb = fakeTask();
    const a = new LeaderLoop(la, ta.task, { intervalMs: ttl / 3 });
    const b = new LeaderLoop(lb, tb.task, { intervalMs: ttl / 3 });
    a.start();
    await sleep(50);
    b.start();
    await sleep(ttl * 2);
    expect(a.isLeader()).toBe(true);
    expect(b.isLeader()).toBe(false);
    expect(tb.events).toEqual([]);
    // The leader "dies": it neither renews nor acquires from now on (its lease is left to expire).
    la.renew = async () => false;
    la.acquire = async () => false;
    const died = Date.now();
    while (!b.isLeader()) {
      await sleep(10);
      expect(Date.now() - died).toBeLessThan(ttl + ttl / 3 + 200);
    }
    expect(a.isLeader()).toBe(false);
    expect(ta.events).toEqual(["start", "stop(aborted=true)"]);
    expect(tb.events).toEqual(["start"]);
    await a.stop();
    await b.stop();
    expect(tb.events).toEqual(["start", "stop(aborted=true)"]);
    // stop() released the lease.
    expect(await lb.acquire()).toBe(true);
    await lb.release();
    const lc = lease(url, name, "C", ttl);
    expect(await lc.acquire()).toBe(true);
  });
});
