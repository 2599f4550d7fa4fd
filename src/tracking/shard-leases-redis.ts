/**
 * Redis shard leases (see shard-leases.ts): key `lease:{<name>}:<shard>` holds the owner id with a
 * PX expiry; each call is one Lua script over all the shards it names (atomic per key: SET NX to
 * take, compare-and-PEXPIRE to renew, compare-and-DEL to release). The `{name}` hash tag keeps a
 * name's keys in one cluster slot. Members: the sorted set `lease:{<name>}:members` of
 * `count|owner`, scored with their expiry computed from Redis's own clock (TIME), so the instances'
 * clocks need not agree; expired members are dropped by every heartbeat.
 */
import { dedupedWarn, withTimeout } from "../lib/async.js";
import { redisLeaseConnection } from "./locks.js";
import { Deadlines, type ShardLeaseOptions, type ShardLeases } from "./shard-leases-types.js";

/** KEYS: candidates; ARGV: owner, ttl, want. Returns the 1-based indexes taken. */
const ACQUIRE = `local got = {}
local want = tonumber(ARGV[3])
for i, k in ipairs(KEYS) do
  if #got >= want then break end
  if redis.call("SET", k, ARGV[1], "NX", "PX", ARGV[2]) then got[#got + 1] = i
  elseif redis.call("GET", k) == ARGV[1] then redis.call("PEXPIRE", k, ARGV[2]); got[#got + 1] = i end
end
return got`;

/** KEYS: shards; ARGV: owner, ttl. Returns the 1-based indexes still ours (renewed). */
const RENEW = `local out = {}
for i, k in ipairs(KEYS) do
  if redis.call("GET", k) == ARGV[1] then redis.call("PEXPIRE", k, ARGV[2]); out[#out + 1] = i end
end
return out`;

/** KEYS: shards; ARGV: owner. */
const RELEASE = `for _, k in ipairs(KEYS) do
  if redis.call("GET", k) == ARGV[1] then redis.call("DEL", k) end
end
return 0`;

/** KEYS: members; ARGV: member, ttl. Returns the live members. */
const HEARTBEAT = `local t = redis.call("TIME")
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call("ZADD", KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", now)
redis.call("PEXPIRE", KEYS[1], tonumber(ARGV[2]) * 4)
return redis.call("ZRANGE", KEYS[1], 0, -1)`;

export function createRedisShardLeases(url: string, opts: ShardLeaseOptions): ShardLeases {
  const key = (s: number) => `lease:{${opts.name}}:${s}`;
  const membersKey = `lease:{${opts.name}}:members`;
  const member = `${opts.shards}|${opts.ownerId}`;
  const callTimeout = Math.max(200, Math.floor(opts.ttlMs / 3));
  const deadlines = new Deadlines(opts.ttlMs);
  const warn = dedupedWarn((msg) => opts.logger?.warn({ lease: opts.name }, msg));
  const conn = redisLeaseConnection(url, callTimeout, warn);
  let closed = false;

  const indexes = (res: unknown): number[] => (Array.isArray(res) ? res.map((x) => Number(x) - 1) : []);

  return {
    kind: "redis",
    shards: opts.shards,
    async heartbeat() {
      const c = await conn.connect();
      const res = await withTimeout(
        c.eval(HEARTBEAT, { keys: [membersKey], arguments: [member, String(opts.ttlMs)] }),
        callTimeout,
        "Redis members heartbeat",
      );
      return (Array.isArray(res) ? res : [])
        .map((m) => Number(typeof m === "string" ? m.split("|")[0] : NaN))
        .filter((n) => Number.isInteger(n) && n > 0);
    },
    async acquire(candidates, want) {
      if (closed || want <= 0 || candidates.length === 0) return [];
      const started = Date.now();
      try {
        const c = await conn.connect();
        const res = await withTimeout(
          c.eval(ACQUIRE, { keys: candidates.map(key), arguments: [opts.ownerId, String(opts.ttlMs), String(want)] }),
          callTimeout,
          "Redis shard acquire",
        );
        const got = indexes(res).map((i) => candidates[i]!);
        for (const s of got) deadlines.hold(s, started);
        return got;
      } catch (err) {
        // The script may have run: those keys expire on their own (nobody renews them).
        warn(`Shard acquire failed: ${(err as Error).message}`);
        return [];
      }
    },
    async renew(shards) {
      const mine = shards.filter((s) => deadlines.has(s));
      for (const s of shards) if (!deadlines.has(s)) deadlines.lose(s);
      if (closed || mine.length === 0) {
        for (const s of mine) deadlines.lose(s);
        return new Set();
      }
      const started = Date.now();
      try {
        const c = await conn.connect();
        const res = await withTimeout(
          c.eval(RENEW, { keys: mine.map(key), arguments: [opts.ownerId, String(opts.ttlMs)] }),
          callTimeout,
          "Redis shard renew",
        );
        const kept = new Set(indexes(res).map((i) => mine[i]!));
        const out = new Set<number>();
        for (const s of mine) {
          // Renewed too late (the local deadline passed meanwhile): someone may have held it.
          if (kept.has(s) && deadlines.isHeld(s)) {
            deadlines.hold(s, started);
            out.add(s);
          } else deadlines.lose(s);
        }
        return out;
      } catch (err) {
        warn(`Shard renew failed: ${(err as Error).message}`);
        for (const s of mine) deadlines.lose(s);
        return new Set();
      }
    },
    async release(shards) {
      const mine = shards.filter((s) => deadlines.has(s));
      for (const s of shards) deadlines.lose(s);
      const c = conn.current();
      if (mine.length === 0 || !c) return;
      try {
        await withTimeout(c.eval(RELEASE, { keys: mine.map(key), arguments: [opts.ownerId] }), callTimeout, "Redis shard release");
      } catch (err) {
        warn(`Shard release failed: ${(err as Error).message}`);
      }
    },
    isHeld: (s) => deadlines.isHeld(s),
    async close() {
      if (closed) return;
      await this.release(deadlines.held());
      closed = true;
      const c = conn.current();
      if (c) {
        try {
          await withTimeout(c.zRem(membersKey, member), callTimeout, "Redis members leave");
        } catch (err) {
          warn(`Leaving the members failed: ${(err as Error).message}`);
        }
      }
      await conn.close();
    },
  };
}
