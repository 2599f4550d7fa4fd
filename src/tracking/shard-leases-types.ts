/**
 * The shard lease contract (see shard-leases.ts for the factory and the semantics), in its own
 * module so that the backends need not import the factory that imports them.
 */
import type { Logger } from "../logger.js";

export interface ShardLeases {
  readonly kind: "redis" | "postgres" | "memory";
  /** Number of shards (the same on every instance; see heartbeat). */
  readonly shards: number;
  /**
   * Announces this instance (a heartbeat living `ttlMs`) and returns the shard counts announced by
   * the live instances, this one included. Throws when the backend cannot be reached.
   */
  heartbeat(): Promise<number[]>;
  /** Tries to take up to `want` of `candidates`, in their order; returns those taken. Never throws. */
  acquire(candidates: number[], want: number): Promise<number[]>;
  /** Renews these shards; returns those still held (the others are lost). Never throws. */
  renew(shards: number[]): Promise<Set<number>>;
  /** Gives these shards up (only those still ours). Never throws. */
  release(shards: number[]): Promise<void>;
  /** True while the shard is held and its local deadline has not passed. */
  isHeld(shard: number): boolean;
  /** Releases everything, leaves the members and closes the connection. Idempotent. */
  close(): Promise<void>;
}

export interface ShardLeaseOptions {
  /** Name shared by the competing instances (include any namespace prefix). */
  name: string;
  shards: number;
  ttlMs: number;
  ownerId: string;
  logger?: Pick<Logger, "warn">;
}

/** Local deadlines of held shards, shared by the backends. */
export class Deadlines {
  readonly #until = new Map<number, number>();

  constructor(private readonly ttlMs: number) {}

  /** Held from an acquire/renew that started at `started`. */
  hold(shard: number, started: number): void {
    this.#until.set(shard, started + this.ttlMs);
  }

  lose(shard: number): void {
    this.#until.delete(shard);
  }

  loseAll(): void {
    this.#until.clear();
  }

  /** Held, deadline passed or not (what to renew or release). */
  has(shard: number): boolean {
    return this.#until.has(shard);
  }

  isHeld(shard: number): boolean {
    const until = this.#until.get(shard);
    return until !== undefined && Date.now() < until;
  }

  held(): number[] {
    return [...this.#until.keys()];
  }
}
