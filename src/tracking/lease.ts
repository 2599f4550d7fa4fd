/**
 * A lease: "exactly one instance polls the panels at a time".
 *
 * `createLease(storageUrl, { name, ttlMs, ownerId })` picks the implementation from the storage URL:
 * - Redis (`redis://`, `rediss://`): `SET key owner NX PX ttl`; renewal and release are Lua scripts
 *   that act only while the key still holds our owner id (compare-and-PEXPIRE, compare-and-DEL).
 *   If the holder dies, the key expires and another instance takes it after at most one `ttlMs`.
 * - PostgreSQL (`postgres://`): a session-level `pg_try_advisory_lock` held on a dedicated
 *   connection. The lock lives exactly as long as that connection: losing the connection is losing
 *   the lease (detected through the client's error/end events and on every renewal).
 * - SQLite (and anything else): an in-process lease. SQLite storage is single-process by design
 *   (one bot process owns the file), so the lease only arbitrates between instances inside one
 *   process (tests); it still honours `ttlMs`.
 *
 * Every implementation keeps a local deadline: `isHeld()` turns false once `ttlMs` has passed since
 * the start of the last successful acquire/renew, even if the backend cannot be reached to say so.
 * Since that start precedes the moment the backend counted from, we stop believing we lead before
 * anyone else can take over.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Logger } from "../logger.js";
import type { Lease, LeaseOptions } from "./lease-types.js";
import { parseStorageUrl } from "../storage/keyv.js";
import { createMemoryLease } from "./lease-memory.js";
import { createPostgresLease } from "./lease-postgres.js";
import { createRedisLease } from "./lease-redis.js";

export type { Lease, LeaseOptions } from "./lease-types.js";

/** A unique owner id: host, pid and a random part. */
export function defaultOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Opens a lease on the database named by the storage URL (see the module comment). */
export function createLease(storageUrl: string, opts: LeaseOptions): Lease {
  if (!(opts.ttlMs >= 300)) throw new Error("Lease ttlMs must be at least 300 ms");
  const target = parseStorageUrl(storageUrl);
  switch (target.kind) {
    case "redis":
      return createRedisLease(target.url, opts);
    case "postgres":
      return createPostgresLease(target.url, opts);
    case "sqlite":
      return createMemoryLease(`sqlite:${target.file}`, opts);
  }
}

// ─────────────────────────────────────────────────────────────── leader loop

/** What runs while this instance leads (the order-tracking poller). */
export interface LeaderTask {
  /** Called once the lease is taken. `signal` aborts when leadership is lost or the loop stops. */
  start(signal: AbortSignal): void | Promise<void>;
  /** Stops the work and waits for what is in flight (the current cycle). */
  stop(): Promise<void>;
}

export interface LeaderLoopOptions {
  /** How often to try to acquire / renew. Default ttl/3. */
  intervalMs: number;
  logger?: Logger;
  /** Called on every leadership change (tests, health). */
  onChange?: (leader: boolean) => void;
}

/**
 * Runs a task only while the lease is held: tries to acquire every interval (ttl/3), renews every
 * interval while leading, and stops the task at once when a renewal fails or the local deadline
 * passes (the abort signal fires before `stop()` is awaited, so the task can skip its next send
 * batch). If the leader dies without releasing, another instance's next attempt after the lease
 * expires succeeds: takeover within ttl + interval.
 */
export class LeaderLoop {
  #timer: NodeJS.Timeout | undefined;
  #watchdog: NodeJS.Timeout | undefined;
  #running = false;
  #leading = false;
  #abort: AbortController | undefined;
  #tick: Promise<void> = Promise.resolve();
  #transition: Promise<void> = Promise.resolve();

  constructor(
    private readonly lease: Lease,
    private readonly task: LeaderTask,
    private readonly opts: LeaderLoopOptions,
  ) {}

  /** True while this instance leads: the lease is held and the task runs. */
  isLeader(): boolean {
    return this.#leading && this.lease.isHeld();
  }

  /** An abort signal for the current leadership term (already aborted when not leading). */
  get signal(): AbortSignal {
    return this.#abort?.signal ?? AbortSignal.abort();
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#schedule(0);
    // Between ticks, the local deadline may pass (renewals hanging): check it often.
    this.#watchdog = setInterval(
      () => {
        if (this.#leading && !this.lease.isHeld()) void this.#demote("lease deadline passed");
      },
      Math.max(50, Math.floor(this.opts.intervalMs / 4)),
    );
    this.#watchdog.unref();
  }

  /** Stops trying, stops the task (waiting for its cycle) and releases the lease. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#watchdog) clearInterval(this.#watchdog);
    this.#timer = undefined;
    this.#watchdog = undefined;
    await this.#tick;
    await this.#demote("stopping");
    await this.#transition;
    await this.lease.release();
  }

  #schedule(ms: number): void {
    if (!this.#running) return;
    this.#timer = setTimeout(() => {
      this.#tick = this.#step().finally(() => this.#schedule(this.opts.intervalMs));
    }, ms);
    this.#timer.unref();
  }

  async #step(): Promise<void> {
    try {
      if (this.#leading) {
        const ok = await this.lease.renew();
        if (!ok || !this.#running) await this.#demote(ok ? "stopping" : "lease lost");
      } else {
        const ok = await this.lease.acquire();
        if (ok && this.#running) await this.#elect();
        else if (ok) await this.lease.release();
      }
    } catch (err) {
      this.opts.logger?.warn({ err: String(err) }, "Lease step failed");
      if (this.#leading) await this.#demote("lease error");
    }
  }

  #elect(): Promise<void> {
    this.#transition = this.#transition.then(async () => {
      if (this.#leading) return;
      this.#leading = true;
      this.#abort = new AbortController();
      this.opts.logger?.info({ lease: this.lease.kind }, "Leader: started polling the panels");
      this.opts.onChange?.(true);
      try {
        await this.task.start(this.#abort.signal);
      } catch (err) {
        this.opts.logger?.error({ err: String(err) }, "Leader task failed to start");
      }
    });
    return this.#transition;
  }

  #demote(reason: string): Promise<void> {
    if (!this.#leading) return this.#transition;
    // Abort synchronously: the task sees it before its next send batch.
    this.#leading = false;
    this.#abort?.abort(new Error(reason));
    this.#transition = this.#transition.then(async () => {
      this.opts.logger?.info({ reason }, "Leader: stopped polling the panels");
      this.opts.onChange?.(false);
      try {
        await this.task.stop();
      } catch (err) {
        this.opts.logger?.error({ err: String(err) }, "Leader task failed to stop");
      }
    });
    return this.#transition;
  }
}
