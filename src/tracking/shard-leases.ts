/**
 * Shard leases: the polling work is cut into a fixed number of shards (TRACKING_SHARDS), each with
 * its own lease, so that several instances share it (see shards.ts for who takes what).
 *
 * `createShardLeases(storageUrl, { name, shards, ttlMs, ownerId })` picks the backend from the
 * storage URL, one connection per instance:
 * - Redis: one key per shard, `SET NX PX` to take it, compare-and-PEXPIRE / compare-and-DEL (Lua,
 *   all shards of a call in one script) to renew and release. A dead holder's keys expire after
 *   `ttlMs`. Members: a sorted set of `count|owner` scored with their expiry in Redis's own clock.
 * - PostgreSQL: a session advisory lock per shard (`pg_try_advisory_lock(k, shard)`) on one
 *   dedicated connection. Locks die with the connection, so a killed process frees its shards at
 *   once. Members: one advisory lock per live instance (`count × 65536 + random`), counted in pg_locks.
 * - SQLite (and anything else): in-process leases and members (SQLite is one process by design).
 *
 * Every backend keeps a local deadline per shard: `isHeld(shard)` turns false `ttlMs` after the
 * start of the last successful acquire/renew, before anyone else can take the shard over.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { parseStorageUrl } from "../storage/keyv.js";
import { createPostgresShardLeases } from "./shard-leases-postgres.js";
import { createRedisShardLeases } from "./shard-leases-redis.js";
import { Deadlines, type ShardLeaseOptions, type ShardLeases } from "./shard-leases-types.js";

export type { ShardLeaseOptions, ShardLeases } from "./shard-leases-types.js";

/** A unique owner id for an instance's leases: host, pid and a random part. */
export function defaultOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Opens the shard leases on the database named by the storage URL (see the module comment). */
export function createShardLeases(storageUrl: string, opts: ShardLeaseOptions): ShardLeases {
  if (!(opts.ttlMs >= 300)) throw new Error("Lease ttlMs must be at least 300 ms");
  if (!Number.isInteger(opts.shards) || opts.shards < 1 || opts.shards > 1024) throw new Error("Shard count must be 1–1024");
  const target = parseStorageUrl(storageUrl);
  switch (target.kind) {
    case "redis":
      return createRedisShardLeases(target.url, opts);
    case "postgres":
      return createPostgresShardLeases(target.url, opts);
    case "sqlite":
      return createMemoryShardLeases(`sqlite:${target.file}`, opts);
  }
}

// ─────────────────────────────────────────────────────────────── in-process (SQLite)

const memLeases = new Map<string, { owner: string; expiresAt: number }>();
const memMembers = new Map<string, Map<string, { count: number; expiresAt: number }>>();

/** In-process shard leases (SQLite: one process owns the file; instances inside it are tests). */
export function createMemoryShardLeases(scope: string, opts: ShardLeaseOptions): ShardLeases {
  const deadlines = new Deadlines(opts.ttlMs);
  const key = (s: number) => `${scope}|${opts.name}|${s}`;
  const membersKey = `${scope}|${opts.name}`;
  let closed = false;
  const take = (s: number, now: number): boolean => {
    const cur = memLeases.get(key(s));
    if (cur && cur.owner !== opts.ownerId && cur.expiresAt > now) return false;
    memLeases.set(key(s), { owner: opts.ownerId, expiresAt: now + opts.ttlMs });
    deadlines.hold(s, now);
    return true;
  };
  return {
    kind: "memory",
    shards: opts.shards,
    async heartbeat() {
      const now = Date.now();
      let members = memMembers.get(membersKey);
      if (!members) {
        members = new Map<string, { count: number; expiresAt: number }>();
        memMembers.set(membersKey, members);
      }
      if (!closed) members.set(opts.ownerId, { count: opts.shards, expiresAt: now + opts.ttlMs });
      const counts: number[] = [];
      for (const [owner, m] of members) {
        if (m.expiresAt <= now) members.delete(owner);
        else counts.push(m.count);
      }
      return counts;
    },
    async acquire(candidates, want) {
      const got: number[] = [];
      const now = Date.now();
      for (const s of candidates) {
        if (closed || got.length >= want) break;
        if (take(s, now)) got.push(s);
      }
      return got;
    },
    async renew(shards) {
      const out = new Set<number>();
      const now = Date.now();
      for (const s of shards) {
        const cur = memLeases.get(key(s));
        if (closed || !deadlines.has(s) || cur?.owner !== opts.ownerId || cur.expiresAt <= now) deadlines.lose(s);
        else if (take(s, now)) out.add(s);
      }
      return out;
    },
    async release(shards) {
      for (const s of shards) {
        if (memLeases.get(key(s))?.owner === opts.ownerId) memLeases.delete(key(s));
        deadlines.lose(s);
      }
    },
    isHeld: (s) => deadlines.isHeld(s),
    async close() {
      if (closed) return;
      await this.release(deadlines.held());
      closed = true;
      memMembers.get(membersKey)?.delete(opts.ownerId);
    },
  };
}
