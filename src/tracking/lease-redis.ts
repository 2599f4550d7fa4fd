/**
 * Redis lease: `SET key owner NX PX ttl`; renew = compare-and-PEXPIRE, release = compare-and-DEL
 * (Lua, atomic). Its own client with the offline queue disabled, so a command fails at once while
 * Redis is unreachable instead of waiting for a reconnect; every call is also bounded in time.
 */
import { dedupedWarn, withTimeout } from "../lib/async.js";
import type { Lease, LeaseOptions } from "./lease-types.js";
import { redisLeaseConnection } from "./locks.js";

const RENEW = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) else return 0 end`;

export function createRedisLease(url: string, opts: LeaseOptions): Lease {
  const key = `lease:${opts.name}`;
  const callTimeout = Math.max(200, Math.floor(opts.ttlMs / 3));
  let held = false;
  let deadline = 0;
  let closed = false;

  const warn = dedupedWarn((msg) => opts.logger?.warn({ lease: opts.name }, msg));

  const conn = redisLeaseConnection(url, callTimeout, warn);
  const connect = () => conn.connect();

  const lose = (): false => {
    held = false;
    deadline = 0;
    return false;
  };

  return {
    kind: "redis",
    async acquire() {
      if (closed) return false;
      const started = Date.now();
      try {
        const c = await connect();
        if (held) return await this.renew();
        const res = await withTimeout(
          c.set(key, opts.ownerId, { condition: "NX", expiration: { type: "PX", value: opts.ttlMs } }),
          callTimeout,
          "Redis lease acquire",
        );
        if (res !== "OK") {
          // Ours already (e.g. a restart with the same owner id)? Renew it.
          const cur = await withTimeout(c.get(key), callTimeout, "Redis lease get");
          if (cur !== opts.ownerId) return lose();
          const ok = await withTimeout(
            c.eval(RENEW, { keys: [key], arguments: [opts.ownerId, String(opts.ttlMs)] }),
            callTimeout,
            "Redis lease renew",
          );
          if (Number(ok) !== 1) return lose();
        }
        held = true;
        deadline = started + opts.ttlMs;
        return true;
      } catch (err) {
        warn(`Lease acquire failed: ${(err as Error).message}`);
        return lose();
      }
    },
    async renew() {
      if (!held || closed) return lose();
      const started = Date.now();
      try {
        const c = await connect();
        const res = await withTimeout(
          c.eval(RENEW, { keys: [key], arguments: [opts.ownerId, String(opts.ttlMs)] }),
          callTimeout,
          "Redis lease renew",
        );
        if (Number(res) !== 1) return lose();
        if (Date.now() >= deadline) return lose(); // renewed too late: someone may have led meanwhile
        deadline = started + opts.ttlMs;
        return true;
      } catch (err) {
        warn(`Lease renew failed: ${(err as Error).message}`);
        return lose();
      }
    },
    async release() {
      const wasHeld = held;
      lose();
      const client = conn.current();
      if (!wasHeld || !client) return;
      try {
        await withTimeout(client.eval(RELEASE, { keys: [key], arguments: [opts.ownerId] }), callTimeout, "Redis lease release");
      } catch (err) {
        warn(`Lease release failed: ${(err as Error).message}`);
      }
    },
    isHeld() {
      return held && Date.now() < deadline;
    },
    async close() {
      if (closed) return;
      await this.release();
      closed = true;
      await conn.close();
    },
  };
}
