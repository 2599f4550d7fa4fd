/**
 * Redis backend over @keyv/redis: one client for every namespace.
 *
 * The client is connected before use so a wrong URL fails at start (after a few quick retries);
 * once connected it reconnects forever with a capped backoff. Iteration is a SCAN over
 * `namespace:*`; SCAN may return a key twice: repeats are skipped unless the caller takes them
 * (ScanOptions.repeats).
 */
import KeyvRedis, { createClient } from "@keyv/redis";
import { PAGE_SIZE, type Backend, type BackendEntry, type ScanOptions } from "../backend.js";

type RedisClient = ReturnType<typeof createClient>;

/** Options of {@link openRedisBackend}. */
export interface RedisBackendOptions {
  /** `redis://…` or `rediss://…` (TLS). */
  url: string;
  /** Connection attempts at start before giving up. Default 5. */
  startAttempts?: number;
  /** Connect timeout of one attempt (ms). Default 5000. */
  connectTimeoutMs?: number;
  onError?: (error: Error) => void;
}

/** Escapes Redis glob characters so `prefix` matches literally in SCAN MATCH. */
function globEscape(prefix: string): string {
  return prefix.replace(/[*?[\]\\]/g, "\\$&");
}

/** Connects to Redis; rejects if the server cannot be reached in `startAttempts` tries. */
export async function openRedisBackend(opts: RedisBackendOptions): Promise<Backend> {
  const startAttempts = opts.startAttempts ?? 5;
  let connected = false;
  let lastError: Error | undefined;
  const client: RedisClient = createClient({
    url: opts.url,
    socket: {
      connectTimeout: opts.connectTimeoutMs ?? 5000,
      reconnectStrategy: (retries: number, cause: Error) => {
        if (!connected && retries >= startAttempts - 1) return cause;
        return Math.min(100 * 2 ** retries, 5000);
      },
    },
  });
  client.on("error", (error: Error) => {
    lastError = error;
    if (connected) opts.onError?.(error);
  });
  try {
    await client.connect();
  } catch (error) {
    const cause = lastError ?? (error as Error);
    if (client.isOpen) client.destroy();
    // The last connection error is the useful cause (the caught one is often just "closed").
    // eslint-disable-next-line preserve-caught-error -- see above
    throw new Error(`Cannot connect to Redis: ${cause.message}`, { cause });
  }
  connected = true;
  const store = new KeyvRedis(client, { throwOnErrors: true, throwOnConnectError: true });
  store.on("error", (error: unknown) => {
    if (error instanceof Error) opts.onError?.(error);
  });
  return new RedisBackend(client, store);
}

/** Exported for tests (a fake client); use {@link openRedisBackend}. */
export class RedisBackend implements Backend {
  readonly kind = "redis" as const;
  #closed = false;

  constructor(
    private readonly client: RedisClient,
    private readonly store: KeyvRedis<string>,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.store.get<string>(key)) ?? undefined;
  }

  async getMany(keys: string[]): Promise<Array<string | undefined>> {
    const values = await this.client.mGet(keys);
    return values.map((v) => (typeof v === "string" ? v : undefined));
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    await this.store.set(key, value, ttlMs ? Math.max(1, Math.ceil(ttlMs)) : undefined);
  }

  async delete(key: string): Promise<boolean> {
    return this.store.delete(key);
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    return (await this.client.unlink(keys)) > 0;
  }

  async has(key: string): Promise<boolean> {
    return (await this.client.exists(key)) === 1;
  }

  /** EXISTS per key, pipelined (one round trip). */
  async hasMany(keys: string[]): Promise<boolean[]> {
    if (keys.length === 0) return [];
    const multi = this.client.multi();
    for (const key of keys) multi.exists(key);
    const replies = await multi.execAsPipeline();
    return replies.map((r) => Number(r) === 1);
  }

  /** One MSET (atomic); entries that expire need SET PX each, so then one MULTI/EXEC. */
  async setMany(entries: BackendEntry[]): Promise<void> {
    if (entries.length === 0) return;
    if (entries.every((e) => !e.ttlMs)) {
      await this.client.mSet(entries.map((e): [string, string] => [e.key, e.value]));
      return;
    }
    const multi = this.client.multi();
    for (const e of entries) {
      if (e.ttlMs) multi.set(e.key, e.value, { PX: Math.max(1, Math.ceil(e.ttlMs)) });
      else multi.set(e.key, e.value);
    }
    await multi.exec();
  }

  /** SCAN may return a key twice: the keys yielded are kept to skip repeats, unless the caller takes them (`repeats`). */
  async *scan(prefix: string, options?: ScanOptions): AsyncGenerator<[string, string], void> {
    const match = `${globEscape(prefix)}*`;
    const seen = options?.repeats ? undefined : new Set<string>();
    let cursor = "0";
    do {
      const page = await this.client.scan(cursor, { MATCH: match, COUNT: PAGE_SIZE, TYPE: "string" });
      cursor = String(page.cursor);
      const keys = seen ? page.keys.filter((k) => !seen.has(k)) : page.keys;
      if (keys.length === 0) continue;
      if (seen) for (const k of keys) seen.add(k);
      const values = await this.client.mGet(keys);
      for (const [i, key] of keys.entries()) {
        const value = values[i];
        // A key deleted or expired between SCAN and MGET comes back null: skip it.
        if (typeof value === "string") yield [key, value];
      }
    } while (cursor !== "0");
  }

  async deletePrefix(prefix: string): Promise<void> {
    const match = `${globEscape(prefix)}*`;
    let cursor = "0";
    do {
      const page = await this.client.scan(cursor, { MATCH: match, COUNT: PAGE_SIZE, TYPE: "string" });
      cursor = String(page.cursor);
      if (page.keys.length > 0) await this.client.unlink(page.keys);
    } while (cursor !== "0");
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.client.isReady) {
      await this.client.close();
    } else if (this.client.isOpen) {
      // Reconnecting: there is nothing to flush and close() would wait for the server.
      this.client.destroy();
    }
  }
}
