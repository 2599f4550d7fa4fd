/**
 * PostgreSQL lease: a session-level `pg_try_advisory_lock(k1, k2)` held on a dedicated connection
 * (not the storage pool: a pooled connection would hand the lock to whoever uses it next).
 *
 * The server keeps the lock exactly as long as the connection lives, so the "ttl" here is the time
 * within which a lost connection is noticed: the client's "error"/"end" events drop the lease at
 * once, and every renewal checks pg_locks that this backend still holds it. When the holder dies,
 * its connection closes and the lock is free for the next acquire.
 */
import pg from "pg";
import { dedupedWarn, withTimeout } from "../lib/async.js";
import type { Lease, LeaseOptions } from "./lease-types.js";
import { advisoryKeys } from "./locks.js";

export { advisoryKeys } from "./locks.js";

export function createPostgresLease(url: string, opts: LeaseOptions): Lease {
  const [k1, k2] = advisoryKeys(opts.name);
  const callTimeout = Math.max(200, Math.floor(opts.ttlMs / 3));
  let client: pg.Client | undefined;
  let held = false;
  let deadline = 0;
  let closed = false;

  const warn = dedupedWarn((msg) => opts.logger?.warn({ lease: opts.name }, msg));

  const lose = (): false => {
    held = false;
    deadline = 0;
    return false;
  };

  /** Drops the connection (and with it the lock, server side). */
  const drop = (c: pg.Client | undefined): void => {
    if (c && client === c) client = undefined;
    lose();
    // Ending a connection that already failed may fail too; the failure was warned about, and the
    // lock goes with the connection either way.
    c?.end().catch(() => undefined);
  };

  const connect = async (): Promise<pg.Client> => {
    if (client) return client;
    const c = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: callTimeout * 2,
      keepAlive: true,
      application_name: "smm-bot-lease",
    });
    c.on("error", (err) => {
      warn(`Lease connection lost: ${err.message}`);
      drop(c);
    });
    c.on("end", () => {
      if (client === c) {
        client = undefined;
        lose();
      }
    });
    try {
      await withTimeout(c.connect(), callTimeout * 2, "PostgreSQL lease connect");
    } catch (err) {
      // The connect error is rethrown (and warned about by the caller); closing the half-open client is best effort.
      c.end().catch(() => undefined);
      throw err;
    }
    client = c;
    return c;
  };

  const query = async <R extends pg.QueryResultRow>(c: pg.Client, sql: string, values: unknown[], what: string): Promise<R[]> => {
    try {
      return (await withTimeout(c.query<R>(sql, values), callTimeout, what)).rows;
    } catch (err) {
      // A query that times out may be stuck on a dead connection: drop it (releases the lock).
      drop(c);
      throw err;
    }
  };

  const stillHeld = async (c: pg.Client): Promise<boolean> => {
    const rows = await query<{ n: number }>(
      c,
      `SELECT count(*)::int AS n FROM pg_locks
        WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
          AND objsubid = 2 AND classid::bigint = $1 AND objid::bigint = $2`,
      [k1, k2],
      "PostgreSQL lease check",
    );
    return (rows[0]?.n ?? 0) > 0;
  };

  return {
    kind: "postgres",
    async acquire() {
      if (closed) return false;
      const started = Date.now();
      try {
        const c = await connect();
        if (held) return await this.renew();
        const rows = await query<{ ok: boolean }>(c, "SELECT pg_try_advisory_lock($1, $2) AS ok", [k1, k2], "PostgreSQL lease acquire");
        if (rows[0]?.ok !== true) return lose();
        if (client !== c) return lose(); // the connection died meanwhile
        held = true;
        deadline = started + opts.ttlMs;
        return true;
      } catch (err) {
        warn(`Lease acquire failed: ${(err as Error).message}`);
        return lose();
      }
    },
    async renew() {
      const c = client;
      if (!held || closed || !c) return lose();
      const started = Date.now();
      try {
        if (!(await stillHeld(c)) || client !== c || !held) return lose();
        deadline = started + opts.ttlMs;
        return true;
      } catch (err) {
        warn(`Lease renew failed: ${(err as Error).message}`);
        return lose();
      }
    },
    async release() {
      const c = client;
      const wasHeld = held;
      lose();
      if (!wasHeld || !c) return;
      try {
        // Session locks stack (a re-acquire locks again); the connection is this lease's alone.
        await query(c, "SELECT pg_advisory_unlock_all()", [], "PostgreSQL lease release");
      } catch (err) {
        warn(`Lease release failed: ${(err as Error).message}`);
      }
    },
    isHeld() {
      return held && client !== undefined && Date.now() < deadline;
    },
    async close() {
      if (closed) return;
      await this.release();
      closed = true;
      const c = client;
      client = undefined;
      // Closing: the lock was released above (or dies with the connection); nothing to do on failure.
      await c?.end().catch(() => undefined);
    },
  };
}
