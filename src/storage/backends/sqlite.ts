/**
 * SQLite backend over @keyv/sqlite: one database handle for every namespace.
 *
 * @keyv/sqlite's own iterator pages with LIMIT/OFFSET without ORDER BY (entries are skipped when
 * others are deleted meanwhile), recurses once per page, and matches with LIKE (case-insensitive,
 * `_` is a wildcard). Iteration here is a key-range scan on the primary key instead.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { KeyvSqlite } from "@keyv/sqlite";
import sqlite3 from "sqlite3";
import { PAGE_SIZE, prefixUpperBound, type Backend, type BackendEntry } from "../backend.js";

const TABLE = "keyv";

/**
 * Up to this many keys, a multi-key read names them as parameters (`key IN (?, ?, ?)`): SQLite
 * prepares that faster than a `json_each` of a JSON array (the per-update read of prefs, delivery
 * and conversation state is three keys). Longer lists go through `json_each`.
 */
const INLINE_KEYS = 16;
const INLINE_SELECTS = Array.from(
  { length: INLINE_KEYS },
  (_, i) =>
    `SELECT key, value FROM ${TABLE} WHERE key IN (${Array<string>(i + 1)
      .fill("?")
      .join(", ")})`,
);

interface Row {
  key: string;
  value: string;
}

/**
 * The reads of one key and the multi-key reads of up to {@link INLINE_KEYS} keys (the per-update
 * read of a chat's prefs, delivery and conversation state) on a second, read-only connection, each statement prepared
 * once: an unprepared statement costs a prepare and an extra hop through the thread pool on every
 * read (~40 % of the read's CPU). File databases only (a second connection to ":memory:" would be
 * another database). Consistent with the writes of the main connection: each read runs in its
 * own transaction, started after the writes awaited before it have committed (WAL readers see
 * every committed write; a prepared statement is reset after each read and holds no snapshot).
 */
class PreparedReads {
  readonly #statements = new Map<number, Promise<sqlite3.Statement>>();
  #closed = false;

  private constructor(private readonly db: sqlite3.Database) {}

  static async open(file: string, busyTimeoutMs: number): Promise<PreparedReads> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const opened: sqlite3.Database = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(opened)));
    });
    db.configure("busyTimeout", busyTimeoutMs);
    return new PreparedReads(db);
  }

  /** Rows of the keys (1 to INLINE_KEYS of them). */
  async read(keys: string[]): Promise<Row[]> {
    if (this.#closed) throw new Error("The storage is closed");
    const statement = await this.#statement(keys.length);
    return new Promise<Row[]>((resolve, reject) => {
      statement.all(keys, (err: Error | null, rows: Row[]) => (err ? reject(err) : resolve(rows)));
    });
  }

  #statement(count: number): Promise<sqlite3.Statement> {
    let statement = this.#statements.get(count);
    if (!statement) {
      statement = new Promise<sqlite3.Statement>((resolve, reject) => {
        const prepared: sqlite3.Statement = this.db.prepare(INLINE_SELECTS[count - 1]!, (err: Error | null) =>
          err ? reject(err) : resolve(prepared),
        );
      });
      // A statement that failed to prepare is prepared again by the next read.
      statement.catch(() => this.#statements.delete(count));
      this.#statements.set(count, statement);
    }
    return statement;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const statements = await Promise.allSettled(this.#statements.values());
    this.#statements.clear();
    for (const s of statements) {
      if (s.status === "fulfilled") await new Promise<void>((resolve) => s.value.finalize(() => resolve()));
    }
    await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}

/** Options of {@link openSqliteBackend}. */
export interface SqliteBackendOptions {
  /** Database file path, or ":memory:". */
  file: string;
  /** How long a write waits for another process's lock (ms). Default 5000. */
  busyTimeoutMs?: number;
  onError?: (error: Error) => void;
}

/** Opens (creating the folder and file if needed) a SQLite database in WAL mode. */
export async function openSqliteBackend(opts: SqliteBackendOptions): Promise<Backend> {
  const memory = opts.file === ":memory:";
  if (!memory) await mkdir(path.dirname(path.resolve(opts.file)), { recursive: true });
  const store = new KeyvSqlite({
    uri: `sqlite://${opts.file}`,
    table: TABLE,
    busyTimeout: opts.busyTimeoutMs ?? 5000,
  });
  // Without a listener, EventEmitter would throw on "error"; failures also reach callers as rejections.
  let ready = false;
  store.on("error", (error: Error) => {
    if (ready) opts.onError?.(error); // before that, the error is thrown below
  });
  try {
    if (!memory) {
      await store.query("PRAGMA journal_mode = WAL");
      await store.query("PRAGMA synchronous = NORMAL");
    }
    await store.query(`SELECT 1 FROM ${TABLE} LIMIT 1`);
  } catch (error) {
    await store.close().catch(() => undefined); // the open error below is what matters
    throw new Error(`Cannot open the SQLite database ${opts.file}: ${(error as Error).message}`, { cause: error });
  }
  let reads: PreparedReads | undefined;
  if (!memory) {
    try {
      reads = await PreparedReads.open(opts.file, opts.busyTimeoutMs ?? 5000);
    } catch (error) {
      await store.close().catch(() => undefined); // the open error below is what matters
      throw new Error(`Cannot open the SQLite database ${opts.file} for reading: ${(error as Error).message}`, { cause: error });
    }
  }
  ready = true;
  return new SqliteBackend(store, reads);
}

class SqliteBackend implements Backend {
  readonly kind = "sqlite" as const;
  #closed = false;

  constructor(
    private readonly store: KeyvSqlite,
    private readonly reads: PreparedReads | undefined,
  ) {}

  /** On the prepared reader too (file databases): every read, one key or several, costs the same way. */
  async get(key: string): Promise<string | undefined> {
    if (this.reads) return (await this.reads.read([key]))[0]?.value;
    return (await this.store.get<string>(key)) ?? undefined;
  }

  async getMany(keys: string[]): Promise<Array<string | undefined>> {
    if (keys.length === 0) return [];
    const rows = (
      keys.length <= INLINE_KEYS
        ? this.reads
          ? await this.reads.read(keys)
          : await this.store.query(INLINE_SELECTS[keys.length - 1]!, ...keys)
        : await this.store.query(`SELECT key, value FROM ${TABLE} WHERE key IN (SELECT value FROM json_each(?))`, JSON.stringify(keys))
    ) as Row[];
    if (rows.length <= INLINE_KEYS) return keys.map((k) => rows.find((r) => r.key === k)?.value);
    const byKey = new Map(rows.map((r) => [r.key, r.value]));
    return keys.map((k) => byKey.get(k));
  }

  async set(key: string, value: string): Promise<void> {
    await this.store.set(key, value);
  }

  async delete(key: string): Promise<boolean> {
    return this.store.delete(key);
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    return this.store.deleteMany(keys);
  }

  async has(key: string): Promise<boolean> {
    return this.store.has(key);
  }

  async hasMany(keys: string[]): Promise<boolean[]> {
    if (keys.length === 0) return [];
    const rows = (await this.store.query(
      `SELECT key FROM ${TABLE} WHERE key IN (SELECT value FROM json_each(?))`,
      JSON.stringify(keys),
    )) as Array<Pick<Row, "key">>;
    const found = new Set(rows.map((r) => r.key));
    return keys.map((k) => found.has(k));
  }

  /** One INSERT … ON CONFLICT statement over a JSON array: one implicit transaction, one WAL commit. */
  async setMany(entries: BackendEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.store.query(
      `INSERT INTO ${TABLE} (key, value)
       SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?) WHERE true
       ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      JSON.stringify(entries.map((e) => [e.key, e.value])),
    );
  }

  async *scan(prefix: string): AsyncGenerator<[string, string], void> {
    const upper = prefixUpperBound(prefix);
    let rows = (await this.store.query(
      `SELECT key, value FROM ${TABLE} WHERE key >= ? AND key < ? ORDER BY key LIMIT ?`,
      prefix,
      upper,
      PAGE_SIZE,
    )) as Row[];
    while (rows.length > 0) {
      for (const row of rows) yield [row.key, row.value];
      if (rows.length < PAGE_SIZE) return;
      const last = rows[rows.length - 1]!.key;
      rows = (await this.store.query(
        `SELECT key, value FROM ${TABLE} WHERE key > ? AND key < ? ORDER BY key LIMIT ?`,
        last,
        upper,
        PAGE_SIZE,
      )) as Row[];
    }
  }

  async deletePrefix(prefix: string): Promise<void> {
    await this.store.query(`DELETE FROM ${TABLE} WHERE key >= ? AND key < ?`, prefix, prefixUpperBound(prefix));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.reads?.close();
    await this.store.disconnect();
  }
}
