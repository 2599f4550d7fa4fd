/**
 * Several instances share the polling: the tracked items are cut into `TRACKING_SHARDS` shards by a
 * stable hash of their chat id, and each shard has a lease (shard-leases.ts). A {@link ShardLoop}
 * per instance holds a fair share of the shards and runs the poller on theirs only.
 *
 * Every interval (ttl/3) the loop:
 * 1. announces this instance (heartbeat living one ttl) and counts the live instances `n`;
 * 2. renews every shard it holds; a shard whose renewal fails is lost: its work is aborted at once
 *    (its abort signal fires before anything else runs), its items leave the poller's memory;
 * 3. with `share = ceil(shards / n)`: gives up the shards beyond its share (their work is aborted
 *    first, and the lease is released only once nothing of theirs is in flight, i.e. after the
 *    poller's current cycle, so the next holder cannot repeat a message being sent), and takes free
 *    shards up to its share (their items are loaded from storage before the next cycle).
 * A watchdog aborts a shard as soon as its local lease deadline passes between two renewals.
 *
 * So: an instance joining takes over its share within two intervals plus the others' current
 * cycle; an instance that dies stops renewing (Redis: its keys expire after one ttl; PostgreSQL:
 * its connection closes and the locks with it) and its heartbeat expires after one ttl, so the
 * others' share grows and they take its shards within ttl + one interval. A shard is polled only
 * while its lease is held (checked right before each panel call and each send), and a lease has one
 * holder at a time: no order is polled by two instances at once.
 *
 * Instances must agree on the shard count: an instance that sees a live instance announcing a
 * smaller count holds nothing until that one is gone (a rolling change of TRACKING_SHARDS never
 * has two instances poll the same chat; the smaller count rules while both run).
 */
import type { Logger } from "../logger.js";
import type { ShardLeases } from "./shard-leases-types.js";

/** The shard of a chat: FNV-1a of its decimal id, mod `count` (stable across processes and versions). */
export function shardOf(chatId: number, count: number): number {
  if (count <= 1) return 0;
  const s = String(chatId);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

/** What runs on the shards held (the order-tracking poller). */
export interface ShardTask {
  /** Once, when the loop starts; `signal` aborts when the loop stops. */
  start(signal: AbortSignal): void;
  /** A shard was taken: its work starts (its items are loaded); `signal` aborts when it is lost or given up. */
  add(shard: number, signal: AbortSignal): void;
  /** A shard was lost or is given up (its signal already aborted): resolves once none of its work is in flight. */
  remove(shard: number): Promise<void>;
  /** Stops the work and waits for what is in flight. */
  stop(): Promise<void>;
}

export interface ShardLoopOptions {
  /** How often to heartbeat, renew, acquire and release. Default ttl/3. */
  intervalMs: number;
  /** This instance's id (the shard it tries first is derived from it, to spread simultaneous starts). */
  ownerId: string;
  logger?: Pick<Logger, "info" | "warn" | "error">;
  /** Called whenever the held shards change (tests, health). */
  onChange?: (held: number[]) => void;
}

export class ShardLoop {
  readonly #held = new Map<number, AbortController>();
  /** Given up, waiting for their work to end before the release. */
  readonly #releasing = new Set<number>();
  readonly #loop = new AbortController();
  #timer: NodeJS.Timeout | undefined;
  #watchdog: NodeJS.Timeout | undefined;
  #running = false;
  #started = false;
  #tick: Promise<void> = Promise.resolve();
  #live = 0;
  #share = 0;
  #mismatch = false;
  #leading = false;

  constructor(
    private readonly leases: ShardLeases,
    private readonly task: ShardTask,
    private readonly opts: ShardLoopOptions,
  ) {}

  get shards(): number {
    return this.leases.shards;
  }

  /** The shards held now, in order. */
  held(): number[] {
    return [...this.#held.keys()].filter((s) => this.leases.isHeld(s)).sort((a, b) => a - b);
  }

  /** Live instances counted at the last heartbeat, and this one's share. */
  status(): { live: number; share: number; held: number[] } {
    return { live: this.#live, share: this.#share, held: this.held() };
  }

  /** True while this instance holds at least one shard (it polls). */
  isLeader(): boolean {
    return this.held().length > 0;
  }

  start(): void {
    if (this.#running || this.#loop.signal.aborted) return;
    this.#running = true;
    if (!this.#started) {
      this.#started = true;
      this.task.start(this.#loop.signal);
    }
    this.#schedule(0);
    this.#watchdog = setInterval(
      () => {
        for (const s of [...this.#held.keys()]) if (!this.leases.isHeld(s)) this.#lose(s, "lease deadline passed");
      },
      Math.max(50, Math.floor(this.opts.intervalMs / 4)),
    );
    this.#watchdog.unref();
  }

  /** Stops taking shards, stops the work (waiting for its cycle) and releases every shard. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#watchdog) clearInterval(this.#watchdog);
    this.#timer = undefined;
    this.#watchdog = undefined;
    await this.#tick;
    const had = this.#held.size > 0;
    for (const c of this.#held.values()) c.abort(new Error("stopping"));
    this.#loop.abort(new Error("stopping"));
    const all = [...this.#held.keys(), ...this.#releasing];
    this.#held.clear();
    if (had) this.#changed("stopping");
    if (this.#started)
      await this.task.stop().catch((err: unknown) => this.opts.logger?.error({ err: String(err) }, "Shard task failed to stop"));
    await this.leases.release(all);
  }

  #schedule(ms: number): void {
    if (!this.#running) return;
    this.#timer = setTimeout(() => {
      this.#tick = this.#step()
        .catch((err: unknown) => this.opts.logger?.warn({ err: String(err) }, "Shard step failed"))
        .finally(() => this.#schedule(this.opts.intervalMs));
    }, ms);
    this.#timer.unref();
  }

  async #step(): Promise<void> {
    const S = this.leases.shards;
    let counts: number[] | undefined;
    try {
      counts = await this.leases.heartbeat();
    } catch (err) {
      this.opts.logger?.warn({ err: String(err) }, "Shard heartbeat failed");
    }
    // 1. Renew what is held (and what waits for its release).
    const mine = [...this.#held.keys(), ...this.#releasing];
    if (mine.length > 0) {
      const still = await this.leases.renew(mine);
      for (const s of [...this.#held.keys()]) if (!still.has(s)) this.#lose(s, "lease lost");
      for (const s of [...this.#releasing]) if (!still.has(s)) this.#releasing.delete(s);
    }
    if (!this.#running || !counts) return; // membership unknown: keep what is held, take nothing
    // 2. The share: instances with another shard count do not count; a smaller count rules.
    const smaller = counts.some((c) => c < S);
    if (smaller !== this.#mismatch) {
      this.#mismatch = smaller;
      if (smaller)
        this.opts.logger?.error(
          { shards: S, announced: counts },
          "Another instance runs with fewer TRACKING_SHARDS: this one polls nothing until it is gone",
        );
    }
    this.#live = Math.max(1, counts.filter((c) => c === S).length);
    this.#share = smaller ? 0 : Math.ceil(S / this.#live);
    // 3. Give up extras (the last ones first), take free ones up to the share.
    const extra = this.#held.size - this.#share;
    if (extra > 0) {
      const give = [...this.#held.keys()].sort((a, b) => b - a).slice(0, extra);
      for (const s of give) this.#giveUp(s);
      this.#changed("over share");
    }
    const need = this.#share - this.#held.size - this.#releasing.size;
    if (need > 0) {
      const start = shardOf(hashSeed(this.opts.ownerId), S);
      const candidates: number[] = [];
      for (let i = 0; i < S; i++) {
        const s = (start + i) % S;
        if (!this.#held.has(s) && !this.#releasing.has(s)) candidates.push(s);
      }
      const got = await this.leases.acquire(candidates, need);
      if (!this.#running) {
        await this.leases.release(got);
        return;
      }
      for (const s of got) {
        const c = new AbortController();
        this.#held.set(s, c);
        this.task.add(s, c.signal);
      }
      if (got.length > 0) this.#changed("taken");
    }
  }

  /** The lease of a shard is gone: abort its work now. */
  #lose(s: number, reason: string): void {
    const c = this.#held.get(s);
    if (!c) return;
    this.#held.delete(s);
    c.abort(new Error(reason));
    this.opts.logger?.warn({ shard: s, reason }, "Shard lost: its work is aborted");
    void this.task.remove(s).catch((err: unknown) => this.opts.logger?.error({ err: String(err) }, "Shard task failed to drop a shard"));
    this.#changed(reason);
  }

  /** Over the share: abort the shard's work, release the lease once none of it is in flight. */
  #giveUp(s: number): void {
    const c = this.#held.get(s);
    if (!c) return;
    this.#held.delete(s);
    this.#releasing.add(s);
    c.abort(new Error("given up"));
    void this.task
      .remove(s)
      .catch((err: unknown) => this.opts.logger?.error({ err: String(err) }, "Shard task failed to drop a shard"))
      .then(async () => {
        if (this.#releasing.delete(s)) await this.leases.release([s]);
      });
  }

  #changed(reason: string): void {
    const held = [...this.#held.keys()].sort((a, b) => a - b);
    this.opts.logger?.info({ held, shards: this.leases.shards, live: this.#live, share: this.#share, reason }, "Shards held");
    // The same lines as the single leader's (operators and tests read them): polling or not at all.
    if (held.length > 0 !== this.#leading) {
      this.#leading = held.length > 0;
      if (this.#leading) this.opts.logger?.info({ lease: this.leases.kind, held }, "Leader: started polling the panels");
      else this.opts.logger?.info({ reason }, "Leader: stopped polling the panels");
    }
    this.opts.onChange?.(held);
  }
}

/** A number from an owner id (only to pick where the search for free shards starts). */
function hashSeed(ownerId: string): number {
  let h = 0;
  for (let i = 0; i < ownerId.length; i++) h = (Math.imul(h, 31) + ownerId.charCodeAt(i)) | 0;
  return h;
}
