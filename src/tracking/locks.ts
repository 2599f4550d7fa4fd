/**
 * Pieces of the shard lease backends (shard-leases-*.ts) that are not about shards: a lease's own
 * Redis connection, and PostgreSQL advisory lock keys.
 */
import { createHash } from "node:crypto";
import { createClient } from "@keyv/redis";
import { withTimeout } from "../lib/async.js";

type RedisClient = ReturnType<typeof createClient>;

/** Two positive int4 keys derived from the lease name. */
export function advisoryKeys(name: string): [number, number] {
  const h = createHash("sha256").update(`smm-bot-lease:${name}`).digest();
  return [h.readUInt32BE(0) & 0x7fffffff, h.readUInt32BE(4) & 0x7fffffff];
}

/**
 * A lease's own Redis connection (not the storage's): offline queue disabled, so a command fails at
 * once while Redis is unreachable instead of waiting for a reconnect; connect bounded in time,
 * reconnects with a capped backoff.
 */
export function redisLeaseConnection(
  url: string,
  callTimeout: number,
  warn: (msg: string) => void,
): { connect(): Promise<RedisClient>; current(): RedisClient | undefined; close(): Promise<void> } {
  let client: RedisClient | undefined;
  let connecting: Promise<RedisClient> | undefined;
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
  return {
    connect,
    current: () => (client?.isReady ? client : undefined),
    async close() {
      // Only waits for a connect in flight to settle; its failure was already warned about by the caller.
      await connecting?.catch(() => undefined);
      const c = client;
      client = undefined;
      if (!c) return;
      if (c.isReady) await c.close().catch(() => c.destroy());
      else if (c.isOpen) c.destroy();
    },
  };
}
