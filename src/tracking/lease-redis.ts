/**
 * Redis lease: `SET key owner NX PX ttl`; renew = compare-and-PEXPIRE, release = compare-and-DEL
 * (Lua, atomic). Its own client with the offline queue disabled, so a command fails at once while
 * Redis is unreachable instead of waiting for a reconnect; every call is also bounded in time.
 */
import { createClient } from "@keyv/redis";
import { dedupedWarn, withTimeout } from "../lib/async.js";
import type { Lease, LeaseOptions } from "./lease-types.js";

const RENEW = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) else return 0 end`;

type RedisClient = ReturnType<typeof createClient>;

export function createRedisLease(url: string, opts: LeaseOptions): Lease {
  const key = `lease:${opts.name}`;
  const callTimeout = Math.max(200, Math.floor(opts.ttlMs / 3));
  let client: RedisClient | undefined;
  let connecting: Promise<RedisClient> | undefined;
  let held = false;
  let deadline = 0;
  let closed = false;

  const warn = dedupedWarn((msg) => opts.logger?.warn({ lease: opts.name }, msg));

  const connect = (): Promise<RedisClient> => {
    if (client?.isReady) return Promise.resolve(client);
    connecting ??= (async () => {
      const c: RedisClient = createClient({
        url,
        disableOfflineQueue: true,
        socket: { connectTimeout: callTimeout, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
      });
      c.on("error", (err: Error) => warn(`Lease connection: ${err.message}`));
      try {
        await withTimeout(c.connect(), callTimeout * 2, "Redis lease connect");
      } catch (err) {
        if (c.isOpen) c.destroy();
        throw err;
      }
      client = c;
      return c;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };

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
      if (!wasHeld || !client?.isReady) return;
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
      // Only waits for a connect in flight to settle; its failure was already warned about by acquire/renew.
      await connecting?.catch(() => undefined);
      const c = client;
      client = undefined;
      if (!c) return;
      if (c.isReady) await c.close().catch(() => c.destroy());
      else if (c.isOpen) c.destroy();
    },
  };
}
