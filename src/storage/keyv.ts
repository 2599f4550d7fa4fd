/**
 * Opens the key/value store behind the bot's storage: SQLite (default), Redis or PostgreSQL,
 * chosen by URL, with one connection shared by namespaced Keyv instances.
 *
 * Values are stored as JSON (`{"value":…,"expires":…}`, Keyv's envelope). JSON is used instead of
 * Keyv's default serializer so stored data stays plain and predictable.
 */
import { Keyv } from "keyv";
import { assertNamespace, NamespacedStore, type Backend, type StorageKind } from "./backend.js";
import { defaultLogger, type StorageLogger } from "./logger.js";

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
  "sessions",
  "conversations",
  "cache",
  "health",
  "changes",
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
}

/** One database connection and its namespaced Keyv instances. */
export interface KeyvStore {
  readonly kind: StorageKind;
  /** The Keyv instance of a namespace (created on first use, then the same instance). */
  namespace<T = unknown>(name: string): Keyv<T>;
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
  const backend = await openBackend(target, onError);
  return new KeyvStoreImpl(backend, prefix);
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

  namespace<T = unknown>(name: string): Keyv<T> {
    if (this.#closed) throw new Error("The storage is closed");
    const full = this.prefix + name;
    let keyv = this.#instances.get(full);
    if (!keyv) {
      keyv = new Keyv(new NamespacedStore(this.backend, full), {
        namespace: full,
        useKeyPrefix: false,
        serialize,
        deserialize,
        throwOnErrors: true,
      });
      this.#instances.set(full, keyv);
    }
    return keyv as Keyv<T>;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#instances.clear();
    await this.backend.close();
  }
}
