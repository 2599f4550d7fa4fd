/**
 * PostgreSQL shard leases (see shard-leases.ts): a session advisory lock `(k, shard)` per shard on
 * one dedicated connection (not the storage pool), `k` derived from the name. The server keeps the
 * locks exactly as long as the connection lives: a killed process frees its shards at once, and a
 * lost connection (error/end events, a query timing out) loses every shard here. Renewal checks in
 * pg_locks which shard locks this backend still holds.
 *
 * Members: each instance holds one more advisory lock `(m, count × 65536 + random)` while it runs;
 * the live instances are the granted locks of `m` in this database (and their shard counts).
 */
import { randomInt } from "node:crypto";
import pg from "pg";
import { dedupedWarn, withTimeout } from "../lib/async.js";
import { advisoryKeys } from "./locks.js";
import { Deadlines, type ShardLeaseOptions, type ShardLeases } from "./shard-leases-types.js";

export function createPostgresShardLeases(url: string, opts: ShardLeaseOptions): ShardLeases {
  const [shardKey] = advisoryKeys(`${opts.name}:shards`);
  const [memberKey] = advisoryKeys(`${opts.name}:members`);
  const callTimeout = Math.max(200, Math.floor(opts.ttlMs / 3));
  const deadlines = new Deadlines(opts.ttlMs);
  const warn = dedupedWarn((msg) => opts.logger?.warn({ lease: opts.name }, msg));
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  /** This connection's member lock (undefined until taken on it). */
  let memberId: number | undefined;
  let closed = false;

  /** Drops the connection (and with it every lock, server side). */
  const drop = (c: pg.Client | undefined): void => {
    if (c && client === c) {
      client = undefined;
      memberId = undefined;
      deadlines.loseAll();
    }
    // Ending a connection that already failed may fail too; the locks go with it either way.
    c?.end().catch(() => undefined);
  };

  const connect = (): Promise<pg.Client> => {
    if (client) return Promise.resolve(client);
    connecting ??= (async () => {
      const c = new pg.Client({
        connectionString: url,
        connectionTimeoutMillis: callTimeout * 2,
        keepAlive: true,
        application_name: "smm-bot-shards",
      });
      c.on("error", (err) => {
        warn(`Shard lease connection lost: ${err.message}`);
        drop(c);
      });
      c.on("end", () => drop(c));
      try {
        await withTimeout(c.connect(), callTimeout * 2, "PostgreSQL shard lease connect");
      } catch (err) {
        // Rethrown (and warned about by the caller); closing the half-open client is best effort.
        c.end().catch(() => undefined);
        throw err;
      }
      client = c;
      memberId = undefined;
      deadlines.loseAll();
      return c;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };

  /** One query at a time on the connection (a release may run while the loop renews). */
  let queue: Promise<unknown> = Promise.resolve();
  const query = async <R extends pg.QueryResultRow>(c: pg.Client, sql: string, values: unknown[], what: string): Promise<R[]> => {
    const run = queue.then(() => withTimeout(c.query<R>(sql, values), callTimeout, what));
    queue = run.catch(() => undefined);
    try {
      return (await run).rows;
    } catch (err) {
      // A query that times out may be stuck on a dead connection: drop it (releases its locks).
      drop(c);
      throw err;
    }
  };

  /** Advisory locks of `classid` (granted, two-key form) in this database; `mine`: this backend's only. */
  const locks = async (c: pg.Client, classid: number, mine: boolean, what: string): Promise<number[]> => {
    const rows = await query<{ objid: string }>(
      c,
      `SELECT objid::bigint AS objid FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid::bigint = $1
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          ${mine ? "AND pid = pg_backend_pid()" : ""}`,
      [classid],
      what,
    );
    return rows.map((r) => Number(r.objid));
  };

  return {
    kind: "postgres",
    shards: opts.shards,
    async heartbeat() {
      const c = await connect();
      for (let tries = 0; memberId === undefined && tries < 8; tries++) {
        const id = opts.shards * 65536 + randomInt(65536);
        const rows = await query<{ ok: boolean }>(c, "SELECT pg_try_advisory_lock($1, $2) AS ok", [memberKey, id], "PostgreSQL member lock");
        if (rows[0]?.ok === true && client === c) memberId = id;
      }
      if (memberId === undefined) throw new Error("PostgreSQL member lock not taken");
      return (await locks(c, memberKey, false, "PostgreSQL members")).map((id) => Math.floor(id / 65536));
    },
    async acquire(candidates, want) {
      if (closed || want <= 0 || candidates.length === 0) return [];
      const got: number[] = [];
      try {
        const c = await connect();
        for (const s of candidates) {
          if (got.length >= want) break;
          const started = Date.now();
          const rows = await query<{ ok: boolean }>(c, "SELECT pg_try_advisory_lock($1, $2) AS ok", [shardKey, s], "PostgreSQL shard acquire");
          if (client !== c) return []; // the connection died meanwhile: nothing is held
          if (rows[0]?.ok !== true) continue;
          deadlines.hold(s, started);
          got.push(s);
        }
        return got;
      } catch (err) {
        warn(`Shard acquire failed: ${(err as Error).message}`);
        return got.filter((s) => deadlines.has(s));
      }
    },
    async renew(shards) {
      const c = client;
      const out = new Set<number>();
      if (closed || !c) {
        for (const s of shards) deadlines.lose(s);
        return out;
      }
      const started = Date.now();
      try {
        const held = new Set(await locks(c, shardKey, true, "PostgreSQL shard check"));
        for (const s of shards) {
          if (client === c && deadlines.has(s) && held.has(s) && deadlines.isHeld(s)) {
            deadlines.hold(s, started);
            out.add(s);
          } else deadlines.lose(s);
        }
      } catch (err) {
        warn(`Shard renew failed: ${(err as Error).message}`);
        for (const s of shards) deadlines.lose(s);
      }
      return out;
    },
    async release(shards) {
      const mine = shards.filter((s) => deadlines.has(s));
      for (const s of shards) deadlines.lose(s);
      const c = client;
      if (mine.length === 0 || !c) return;
      try {
        // Each shard was locked once (acquire skips held shards); unlock is per shard, not unlock_all (the member lock stays).
        await query(c, "SELECT pg_advisory_unlock($1, s) FROM unnest($2::int[]) AS s", [shardKey, mine], "PostgreSQL shard release");
      } catch (err) {
        warn(`Shard release failed: ${(err as Error).message}`);
      }
    },
    isHeld: (s) => client !== undefined && deadlines.isHeld(s),
    async close() {
      if (closed) return;
      closed = true;
      deadlines.loseAll();
      await connecting?.catch(() => undefined);
      const c = client;
      client = undefined;
      // Closing the connection frees every lock of it (shards and member).
      await c?.end().catch(() => undefined);
    },
  };
}
