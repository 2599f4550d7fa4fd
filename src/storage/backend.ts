/**
 * The layer between Keyv and a real database.
 *
 * One {@link Backend} wraps ONE connection (a SQLite handle, a Redis client, a PostgreSQL pool).
 * Every Keyv namespace gets its own {@link NamespacedStore} over that shared backend; the store —
 * not Keyv — adds the `namespace:` prefix, and implements iteration and clearing by key range.
 *
 * Why not Keyv's own namespaces: Keyv 5 writes its namespace onto the store object
 * (`store.namespace = …`), so several Keyv instances sharing one store overwrite each other's
 * namespace; @keyv/redis then prefixes every key with the last namespace set and Keyv's iterator
 * scans the wrong one. Keyv's prefixing is also inconsistent (`get("ns:x")` is not prefixed again
 * but `getMany(["ns:x"])` is). Here Keyv runs with `useKeyPrefix: false` and never sees prefixes.
 */
import type { KeyvStoreAdapter } from "keyv";

/** Which database a storage URL points to. */
export type StorageKind = "sqlite" | "redis" | "postgres";

/** Longest full key (namespace + ":" + key) accepted: the key column of @keyv/postgres and @keyv/sqlite is VARCHAR(255). */
export const MAX_KEY_LENGTH = 255;

/** Keys per page when iterating or clearing a namespace. */
export const PAGE_SIZE = 500;

/** One entry of {@link Backend.setMany}; `ttlMs` is the same hint as in `set`. */
export interface BackendEntry {
  key: string;
  value: string;
  ttlMs?: number | undefined;
}

/** Raw string key/value access to one database connection. Keys are full (already prefixed). */
export interface Backend {
  readonly kind: StorageKind;
  get(key: string): Promise<string | undefined>;
  getMany(keys: string[]): Promise<Array<string | undefined>>;
  /** `ttlMs` is a hint: backends with native expiry (Redis) use it; Keyv checks expiry itself on read. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  deleteMany(keys: string[]): Promise<boolean>;
  has(key: string): Promise<boolean>;
  /** Whether each key exists, in the order of `keys`, in one round trip. */
  hasMany(keys: string[]): Promise<boolean[]>;
  /**
   * Writes several entries in one round trip, atomically (SQLite and PostgreSQL: one multi-row
   * upsert statement; Redis: one MSET, or one MULTI when some entries expire). Keys are unique.
   */
  setMany(entries: BackendEntry[]): Promise<void>;
  /**
   * Every entry whose key starts with `prefix`, in pages. Keys are full. Entries present for the
   * whole iteration are yielded exactly once (at least once with `repeats`, see {@link ScanOptions});
   * entries written or deleted meanwhile may or may not be. Errors are thrown, never swallowed.
   */
  scan(prefix: string, options?: ScanOptions): AsyncGenerator<[key: string, value: string], void>;
  /** Deletes every entry whose key starts with `prefix`. */
  deletePrefix(prefix: string): Promise<void>;
  /** Closes the connection. Idempotent. */
  close(): Promise<void>;
}

/** How a scan may yield its entries. */
export interface ScanOptions {
  /**
   * The caller handles an entry yielded twice (what it does with an entry is idempotent). Redis's
   * SCAN may return a key more than once (when its table is resized during the scan); without this
   * option the Redis backend keeps every key it has yielded to skip such repeats, which costs
   * memory in proportion to the namespace (~100 MB per million keys). With it, a scan holds one
   * page. SQLite and PostgreSQL scan a key range and never repeat an entry.
   */
  repeats?: boolean;
}

const NAMESPACE_RE = /^[A-Za-z0-9_.-]{1,64}$/;

/** Throws unless `name` is usable as a namespace (letters, digits, `_`, `.`, `-`; no `:`). */
export function assertNamespace(name: string): void {
  if (!NAMESPACE_RE.test(name)) {
    throw new Error(`Invalid storage namespace "${name}": use 1-64 letters, digits, "_", "." or "-"`);
  }
}

/**
 * The smallest string greater than every string that starts with `prefix`, for range queries
 * under binary (byte/code-point) ordering. Namespaced prefixes end with ":", so this is ";".
 */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/**
 * A Keyv store adapter for one namespace of a shared {@link Backend}. Adds and strips the
 * `namespace:` prefix itself; use it with `new Keyv(store, { useKeyPrefix: false })`.
 */
export class NamespacedStore implements KeyvStoreAdapter {
  /** Read by Keyv to decide that this store is iterable. */
  readonly opts: { dialect: StorageKind; url: string };
  /** Keyv writes its namespace here; it is not used (the prefix is fixed at construction). */
  namespace?: string | undefined;
  readonly #backend: Backend;
  readonly #prefix: string;
  readonly #scan: ScanOptions | undefined;

  /** `scan`: how {@link iterator} scans (see {@link ScanOptions}). */
  constructor(backend: Backend, namespace: string, scan?: ScanOptions) {
    assertNamespace(namespace);
    this.#backend = backend;
    this.#prefix = `${namespace}:`;
    this.#scan = scan;
    this.opts = { dialect: backend.kind, url: "" };
  }

  #full(key: string): string {
    const full = this.#prefix + key;
    if (full.length > MAX_KEY_LENGTH) {
      throw new Error(`Storage key too long (${full.length} > ${MAX_KEY_LENGTH} characters) in namespace ${this.#prefix.slice(0, -1)}`);
    }
    return full;
  }

  async get<Value>(key: string): Promise<Value | undefined> {
    return (await this.#backend.get(this.#full(key))) as Value | undefined;
  }

  async getMany<Value>(keys: string[]): Promise<Array<Value | undefined>> {
    if (keys.length === 0) return [];
    return (await this.#backend.getMany(keys.map((k) => this.#full(k)))) as Array<Value | undefined>;
  }

  async set(key: string, value: string, ttl?: number): Promise<void> {
    await this.#backend.set(this.#full(key), value, ttl);
  }

  async delete(key: string): Promise<boolean> {
    return this.#backend.delete(this.#full(key));
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    if (keys.length === 0) return false;
    return this.#backend.deleteMany(keys.map((k) => this.#full(k)));
  }

  async has(key: string): Promise<boolean> {
    return this.#backend.has(this.#full(key));
  }

  async hasMany(keys: string[]): Promise<boolean[]> {
    if (keys.length === 0) return [];
    return this.#backend.hasMany(keys.map((k) => this.#full(k)));
  }

  /** Called by `Keyv.setMany` with serialised values. A key given twice keeps its last value. */
  async setMany(entries: Array<{ key: string; value: string; ttl?: number }>): Promise<void> {
    if (entries.length === 0) return;
    const byKey = new Map<string, BackendEntry>();
    for (const { key, value, ttl } of entries) {
      const full = this.#full(key);
      byKey.delete(full);
      byKey.set(full, { key: full, value, ttlMs: ttl });
    }
    await this.#backend.setMany([...byKey.values()]);
  }

  async clear(): Promise<void> {
    await this.#backend.deletePrefix(this.#prefix);
  }

  /** Yields `[key without prefix, raw value]`; Keyv deserialises and drops expired entries. */
  async *iterator(): AsyncGenerator<[string, string], void> {
    const n = this.#prefix.length;
    for await (const [key, value] of this.#backend.scan(this.#prefix, this.#scan)) {
      yield [key.slice(n), value];
    }
  }

  /** Keyv subscribes to store errors; backend errors are thrown to the caller instead. */
  on(): this {
    return this;
  }
}
