/**
 * Opens the key/value store behind the bot's storage: SQLite (default), Redis or PostgreSQL,
 * chosen by URL, with one connection shared by namespaced Keyv instances.
 *
 * Values are stored as JSON (`{"value":…,"expires":…}`, Keyv's envelope). JSON is used instead of
 * Keyv's default serializer so stored data stays plain and predictable.
 */
import { Keyv } from "keyv";
import { assertNamespace, MAX_KEY_LENGTH, NamespacedStore, type Backend, type ScanOptions, type StorageKind } from "./backend.js";
import { defaultLogger, type StorageLogger } from "./logger.js";
import { ReadCacheBackend, type ReadCacheStats } from "./read-cache.js";

export type { StorageKind } from "./backend.js";

/** The storage URL used when none is given. */
export const DEFAULT_STORAGE_URL = "sqlite://data/bot.sqlite";

/** Namespaces used by the bot. Others may be opened with {@link KeyvStore.namespace}. */
export const NAMESPACES = [
  "accounts",
  "prefs",
  "orders",
  "orderstate",
  "orderindex",
  "refills",
  "refillstate",
  "refillindex",
  "delivery",
  "placements",
  "placementsunknown",
  "shortlists",
  "mass",
  "sessions",
  "conversations",
  "cache",
  "health",
  "changes",
  "panels",
] as const;

/** A parsed storage URL. */
export type StorageTarget = { kind: "sqlite"; file: string } | { kind: "redis"; url: string } | { kind: "postgres"; url: string };

/**
 * Parses a storage URL: `sqlite://path` (also `sqlite:///abs/path`, `sqlite://:memory:`) or a bare
 * file path → SQLite; `redis://`/`rediss://` → Redis; `postgres://`/`postgresql://` → PostgreSQL.
 * Throws on other schemes.
 */
export function parseStorageUrl(url: string = DEFAULT_STORAGE_URL): StorageTarget {
  const trimmed = url.trim() || DEFAULT_STORAGE_URL;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: "sqlite", file: trimmed };
  switch (scheme) {
    case "sqlite": {
      const file = trimmed.slice("sqlite://".length);
      if (!file) throw new Error("Storage URL sqlite:// needs a file path, e.g. sqlite://data/bot.sqlite");
      return { kind: "sqlite", file };
    }
    case "redis":
    case "rediss":
      return { kind: "redis", url: trimmed };
    case "postgres":
    case "postgresql":
      return { kind: "postgres", url: trimmed };
    default:
      throw new Error(`Unsupported storage URL scheme "${scheme}://": use sqlite://, redis://, rediss://, postgres:// or postgresql://`);
  }
}

/** Removes the password (and user name) from a URL, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, "//***@");
  }
}

/** Options of {@link createKeyvStore}. */
export interface KeyvStoreOptions {
  /**
   * Prepended to every namespace (e.g. "bot2-" makes "bot2-orders"): lets several bots, or test
   * runs, share one database. Letters, digits, "_", "." and "-".
   */
  namespacePrefix?: string;
  /** Receives connection errors that no caller sees (Redis reconnects, dropped pool connections). */
  logger?: StorageLogger;
  /**
   * Told of every failed operation (its name: get, getMany, set, …, scan) and of connection
   * errors ("connection"), e.g. to count them. The errors still reach the callers.
   */
  onOperationError?: (op: string) => void;
  /**
   * Longest one storage call may take (STORAGE_TIMEOUT_SECONDS): then it rejects with a
   * StorageTimeoutError, so a stalled database (a paused Redis) never leaves an update hanging.
   * Default: no limit.
   */
  timeoutMs?: number;
  /**
   * Keep the values of these namespaces, as last read or written, in memory (see
   * src/storage/read-cache.ts). SQLite only: only this process writes it. Ignored on Redis and
   * PostgreSQL, which other instances write.
   */
  readCache?: { namespaces: readonly string[]; maxEntries: number };
}

/** A storage call did not finish within the storage timeout. */
export class StorageTimeoutError extends Error {
  override name = "StorageTimeoutError";
}

/** One database connection and its namespaced Keyv instances. */
export interface KeyvStore {
  readonly kind: StorageKind;
  /**
   * The Keyv instance of a namespace (created on first use, then the same instance). `scan`: how
   * its iterator scans (see {@link ScanOptions}; one instance per options).
   */
  namespace<T = unknown>(name: string, scan?: ScanOptions): Keyv<T>;
  /**
   * The values of keys in several namespaces, read in ONE round trip (one multi-key read of the
   * backend), in the order given; `undefined` where there is none or it expired. Values are what
   * the namespace's Keyv would return (a secret adapter's ciphertext stays as stored).
   */
  readMany(items: ReadonlyArray<{ namespace: string; key: string }>): Promise<unknown[]>;
  /** Hits and misses of the in-memory read cache (undefined: none, see KeyvStoreOptions.readCache). */
  readonly readCacheStats: ReadCacheStats | undefined;
  /** Closes the connection. Idempotent; the instances must not be used afterwards. */
  close(): Promise<void>;
}

/** Opens the store for `url` (see {@link parseStorageUrl}); rejects with a clear message if it cannot connect. */
export async function createKeyvStore(url: string = DEFAULT_STORAGE_URL, opts: KeyvStoreOptions = {}): Promise<KeyvStore> {
  const prefix = opts.namespacePrefix ?? "";
  if (prefix) assertNamespace(prefix);
  const logger = opts.logger ?? defaultLogger;
  const target = parseStorageUrl(url);
  let lastLogged = "";
  const onError = (error: Error): void => {
    // Reconnect loops repeat the same error: log it once per change.
    const line = `storage (${target.kind}): ${error.message}`;
    if (line === lastLogged) return;
    lastLogged = line;
    logger.warn(line);
  };
  const observe = opts.onOperationError;
  const opened = await openBackend(target, observe ? (e) => (observe("connection"), onError(e)) : onError);
  const timed = opts.timeoutMs ? withTimeouts(opened, opts.timeoutMs) : opened;
  const observed = observe ? observeErrors(timed, observe) : timed;
  try {
    await checkSchema(observed, prefix);
  } catch (error) {
    await opened.close().catch(() => undefined); // the schema error is what matters
    throw error;
  }
  // Outermost: a value kept in memory costs no timer, no error wrapper and no database call.
  const cache = opts.readCache;
  const backend =
    cache && cache.maxEntries > 0 && target.kind === "sqlite"
      ? new ReadCacheBackend(observed, { prefixes: cache.namespaces.map((n) => `${prefix}${n}:`), maxEntries: cache.maxEntries })
      : observed;
  return new KeyvStoreImpl(backend, prefix);
}

/** The backend, telling `observe` of each failed operation (the error is rethrown). */
function observeErrors(backend: Backend, observe: (op: string) => void): Backend {
  const wrap =
    <A extends unknown[], R>(op: string, fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      fn.apply(backend, args).catch((err: unknown) => {
        observe(op);
        throw err;
      });
  /* eslint-disable @typescript-eslint/unbound-method -- `wrap` calls each method with `backend` as `this` */
  return {
    kind: backend.kind,
    get: wrap("get", backend.get),
    getMany: wrap("getMany", backend.getMany),
    set: wrap("set", backend.set),
    delete: wrap("delete", backend.delete),
    deleteMany: wrap("deleteMany", backend.deleteMany),
    has: wrap("has", backend.has),
    hasMany: wrap("hasMany", backend.hasMany),
    setMany: wrap("setMany", backend.setMany),
    deletePrefix: wrap("deletePrefix", backend.deletePrefix),
    /* eslint-enable @typescript-eslint/unbound-method */
    async *scan(prefix, options) {
      try {
        yield* backend.scan(prefix, options);
      } catch (err) {
        observe("scan");
        throw err;
      }
    },
    close: () => backend.close(),
  };
}

/**
 * Fails fast on a store that opens but cannot work (a SQLite file whose `keyv` table has the wrong
 * columns, a read-only database, a stalled server): one write, read, scan and delete of a probe key.
 */
async function checkSchema(backend: Backend, prefix: string): Promise<void> {
  const key = `${prefix}health:startup-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const value = JSON.stringify({ value: "ok" });
  try {
    await backend.set(key, value);
    const read = await backend.get(key);
    if (read !== value) throw new Error("a value written could not be read back");
    let found = false;
    for await (const [k] of backend.scan(key)) found ||= k === key;
    if (!found) throw new Error("a value written is not listed by a scan");
    await backend.delete(key);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The ${backend.kind} storage does not work: ${why}. ` +
        (backend.kind === "sqlite"
          ? "Is the keyv table damaged or from another program? Move the file away (the bot creates a new one) or restore a backup."
          : "Check the database (its keyv table or keys, permissions, and that the server answers)."),
      { cause: error },
    );
  }
}

/**
 * The backend with every call bounded by `timeoutMs` (scans: each page). One timer checks the calls
 * in flight, every quarter of the timeout while there are some, instead of a timer set and
 * cleared per call (most calls take a millisecond): a stalled call fails after 1 to 1.25 timeouts.
 */
function withTimeouts(backend: Backend, timeoutMs: number): Backend {
  interface Waiting {
    deadline: number;
    what: string;
    reject: (error: Error) => void;
  }
  const waiting = new Set<Waiting>();
  const every = Math.max(10, Math.ceil(timeoutMs / 4));
  let timer: NodeJS.Timeout | undefined;
  const sweep = (): void => {
    const now = Date.now();
    for (const w of waiting) {
      if (w.deadline > now) continue;
      waiting.delete(w);
      w.reject(new StorageTimeoutError(`Storage ${w.what} took longer than ${timeoutMs} ms`));
    }
    timer = waiting.size > 0 ? arm() : undefined;
  };
  // Unref'd: the call's own connection keeps the process alive while it waits, not this timer
  // (which may outlive the last call by a quarter of the timeout).
  const arm = (): NodeJS.Timeout => setTimeout(sweep, every).unref();
  const bound = <T>(what: string, p: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const w: Waiting = { deadline: Date.now() + timeoutMs, what, reject };
      waiting.add(w);
      timer ??= arm();
      p.then(
        (v) => {
          waiting.delete(w);
          resolve(v);
        },
        (e: unknown) => {
          waiting.delete(w);
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the storage's own rejection, passed on as it is
          reject(e);
        },
      );
    });
  return {
    kind: backend.kind,
    get: (key) => bound("get", backend.get(key)),
    getMany: (keys) => bound("getMany", backend.getMany(keys)),
    set: (key, value, ttlMs) => bound("set", backend.set(key, value, ttlMs)),
    delete: (key) => bound("delete", backend.delete(key)),
    deleteMany: (keys) => bound("deleteMany", backend.deleteMany(keys)),
    has: (key) => bound("has", backend.has(key)),
    hasMany: (keys) => bound("hasMany", backend.hasMany(keys)),
    setMany: (entries) => bound("setMany", backend.setMany(entries)),
    async *scan(prefix, options) {
      const it = backend.scan(prefix, options)[Symbol.asyncIterator]();
      try {
        for (;;) {
          const r = await bound("scan", it.next());
          if (r.done) return;
          yield r.value;
        }
      } finally {
        await it.return?.(undefined);
      }
    },
    deletePrefix: (prefix) => bound("deletePrefix", backend.deletePrefix(prefix)),
    close: () => backend.close(),
  };
}

/** Opens the backend; its driver module is loaded only then (a SQLite bot never loads the Redis or PostgreSQL clients). */
async function openBackend(target: StorageTarget, onError: (e: Error) => void): Promise<Backend> {
  switch (target.kind) {
    case "sqlite": {
      const { openSqliteBackend } = await import("./backends/sqlite.js");
      return openSqliteBackend({ file: target.file, onError });
    }
    case "redis": {
      const { openRedisBackend } = await import("./backends/redis.js");
      return openRedisBackend({ url: target.url, onError }).catch((e: Error) => {
        throw new Error(`${e.message} (${redactUrl(target.url)})`, { cause: e });
      });
    }
    case "postgres": {
      const { openPostgresBackend } = await import("./backends/postgres.js");
      return openPostgresBackend({ url: target.url, onError }).catch((e: Error) => {
        throw new Error(`${e.message} (${redactUrl(target.url)})`, { cause: e });
      });
    }
  }
}

const serialize = (data: unknown): string => JSON.stringify(data);
const deserialize = <T>(data: string): T => JSON.parse(data) as T;

class KeyvStoreImpl implements KeyvStore {
  readonly kind: StorageKind;
  readonly #instances = new Map<string, Keyv>();
  #closed = false;

  constructor(
    private readonly backend: Backend,
    private readonly prefix: string,
  ) {
    this.kind = backend.kind;
  }

  get readCacheStats(): ReadCacheStats | undefined {
    return this.backend instanceof ReadCacheBackend ? this.backend.stats : undefined;
  }

  namespace<T = unknown>(name: string, scan?: ScanOptions): Keyv<T> {
    if (this.#closed) throw new Error("The storage is closed");
    const full = this.prefix + name;
    const id = scan?.repeats ? `${full}\n repeats` : full;
    let keyv = this.#instances.get(id);
    if (!keyv) {
      keyv = new Keyv(new NamespacedStore(this.backend, full, scan), {
        namespace: full,
        useKeyPrefix: false,
        serialize,
        deserialize,
        throwOnErrors: true,
      });
      this.#instances.set(id, keyv);
    }
    return keyv as Keyv<T>;
  }

  async readMany(items: ReadonlyArray<{ namespace: string; key: string }>): Promise<unknown[]> {
    if (this.#closed) throw new Error("The storage is closed");
    if (items.length === 0) return [];
    const keys = items.map(({ namespace, key }) => {
      assertNamespace(namespace);
      const full = `${this.prefix}${namespace}:${key}`;
      if (full.length > MAX_KEY_LENGTH)
        throw new Error(`Storage key too long (${full.length} > ${MAX_KEY_LENGTH} characters) in namespace ${namespace}`);
      return full;
    });
    const raw = await this.backend.getMany(keys);
    const now = Date.now();
    return raw.map((data) => {
      if (data === undefined || data === null) return undefined;
      // Keyv's envelope (see serialize): { value, expires? }; expired entries read as absent, as in Keyv.get.
      const envelope = deserialize<{ value?: unknown; expires?: number | null } | null>(data);
      if (envelope === null || typeof envelope !== "object") return undefined;
      if (typeof envelope.expires === "number" && now > envelope.expires) return undefined;
      return envelope.value ?? undefined;
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#instances.clear();
    await this.backend.close();
  }
}
