/**
 * PostgreSQL backend over @keyv/postgres: one pg pool for every namespace.
 *
 * @keyv/postgres keeps a module-wide pool per URI that is ended by any instance's disconnect()
 * and has no "error" listener (an idle connection dropped by the server would crash the process).
 * Here the pool is our own: created, listened to and ended by this module, and handed to
 * @keyv/postgres through its connect() hook.
 *
 * Iteration is a key-range scan in the "C" collation (byte order, independent of the database
 * locale), backed by an index created on first use.
 */
import KeyvPostgres, { type KeyvPostgresOptions } from "@keyv/postgres";
import pg from "pg";
import { PAGE_SIZE, prefixUpperBound, type Backend, type BackendEntry } from "../backend.js";

const SCHEMA = "public";
const TABLE = "keyv";
const QUALIFIED = `"${SCHEMA}"."${TABLE}"`;
const KEY_C = `key COLLATE "C"`;

interface Row {
  key: string;
  value: string;
}

/** Options of {@link openPostgresBackend}. */
export interface PostgresBackendOptions {
  /** `postgres://…` or `postgresql://…`. */
  url: string;
  /** Most connections in the pool. Default 10. */
  maxConnections?: number;
  /** How long to wait for a connection (ms). Default 10000. */
  connectTimeoutMs?: number;
  onError?: (error: Error) => void;
}

type Query = (sql: string, values?: unknown[]) => Promise<unknown[]>;

/** @keyv/postgres on a pool we own (see the module comment). */
class PooledKeyvPostgres extends KeyvPostgres {
  override async connect(): Promise<Query> {
    // Called from the base constructor: only `this.opts` is set at that point.
    const pool = (this.opts as { pool?: pg.Pool }).pool;
    if (!pool) throw new Error("PooledKeyvPostgres needs a pool");
    return async (sql, values) => (await pool.query<Record<string, unknown>>(sql, values)).rows;
  }

  /** The pool is ended by the backend that owns it. */
  override async disconnect(): Promise<void> {}
}

/** Connects to PostgreSQL, creating the key/value table and its range index if needed. */
export async function openPostgresBackend(opts: PostgresBackendOptions): Promise<Backend> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.maxConnections ?? 10,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
  });
  pool.on("error", (error) => opts.onError?.(error));
  let ready = false;
  const storeOptions = { uri: opts.url, schema: SCHEMA, table: TABLE, pool } as KeyvPostgresOptions;
  const store = new PooledKeyvPostgres(storeOptions);
  store.on("error", (error: Error) => {
    if (ready) opts.onError?.(error); // before that, the failing query below reports it
  });
  try {
    // Waits for @keyv/postgres's CREATE TABLE IF NOT EXISTS.
    await store.query(`SELECT 1 FROM ${QUALIFIED} LIMIT 1`);
    await ensureRangeIndex(pool);
  } catch (error) {
    await pool.end().catch(() => undefined); // the connect error below is what matters
    throw new Error(`Cannot use PostgreSQL: ${(error as Error).message}`, { cause: error });
  }
  ready = true;
  return new PostgresBackend(pool, store);
}

async function ensureRangeIndex(pool: pg.Pool): Promise<void> {
  try {
    await pool.query(`CREATE INDEX IF NOT EXISTS "${TABLE}_key_c_idx" ON ${QUALIFIED} (${KEY_C})`);
  } catch (error) {
    // Two processes starting at once: the other one created it.
    const code = (error as { code?: string }).code;
    if (code !== "23505" && code !== "42P07") throw error;
  }
}

class PostgresBackend implements Backend {
  readonly kind = "postgres" as const;
  #closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly store: KeyvPostgres,
  ) {}

  async #rows(sql: string, values: unknown[]): Promise<Row[]> {
    return (await this.pool.query<Row>(sql, values)).rows;
  }

  async get(key: string): Promise<string | undefined> {
    const value: unknown = await this.store.get(key);
    return typeof value === "string" ? value : undefined;
  }

  async getMany(keys: string[]): Promise<Array<string | undefined>> {
    const rows = await this.#rows(`SELECT key, value FROM ${QUALIFIED} WHERE key = ANY($1)`, [keys]);
    const byKey = new Map(rows.map((r) => [r.key, r.value]));
    return keys.map((k) => byKey.get(k));
  }

  async set(key: string, value: string): Promise<void> {
    await this.store.set(key, value);
  }

  async delete(key: string): Promise<boolean> {
    const res = await this.pool.query(`DELETE FROM ${QUALIFIED} WHERE key = $1`, [key]);
    return (res.rowCount ?? 0) > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    const res = await this.pool.query(`DELETE FROM ${QUALIFIED} WHERE key = ANY($1)`, [keys]);
    return (res.rowCount ?? 0) > 0;
  }

  async has(key: string): Promise<boolean> {
    const rows = await this.#rows(`SELECT key FROM ${QUALIFIED} WHERE key = $1`, [key]);
    return rows.length > 0;
  }

  async hasMany(keys: string[]): Promise<boolean[]> {
    if (keys.length === 0) return [];
    const rows = await this.#rows(`SELECT key FROM ${QUALIFIED} WHERE key = ANY($1)`, [keys]);
    const found = new Set(rows.map((r) => r.key));
    return keys.map((k) => found.has(k));
  }

  /** One multi-row upsert (UNNEST of two arrays): one statement, one transaction. */
  async setMany(entries: BackendEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.pool.query(
      `INSERT INTO ${QUALIFIED} (key, value) SELECT * FROM UNNEST($1::text[], $2::text[])
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [entries.map((e) => e.key), entries.map((e) => e.value)],
    );
  }

  async *scan(prefix: string): AsyncGenerator<[string, string], void> {
    const upper = prefixUpperBound(prefix);
    let rows = await this.#rows(`SELECT key, value FROM ${QUALIFIED} WHERE ${KEY_C} >= $1 AND ${KEY_C} < $2 ORDER BY ${KEY_C} LIMIT $3`, [
      prefix,
      upper,
      PAGE_SIZE,
    ]);
    while (rows.length > 0) {
      for (const row of rows) yield [row.key, row.value];
      if (rows.length < PAGE_SIZE) return;
      const last = rows[rows.length - 1]!.key;
      rows = await this.#rows(`SELECT key, value FROM ${QUALIFIED} WHERE ${KEY_C} > $1 AND ${KEY_C} < $2 ORDER BY ${KEY_C} LIMIT $3`, [
        last,
        upper,
        PAGE_SIZE,
      ]);
    }
  }

  async deletePrefix(prefix: string): Promise<void> {
    await this.pool.query(`DELETE FROM ${QUALIFIED} WHERE ${KEY_C} >= $1 AND ${KEY_C} < $2`, [prefix, prefixUpperBound(prefix)]);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.pool.end();
  }
}
