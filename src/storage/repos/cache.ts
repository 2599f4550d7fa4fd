/** A small TTL cache (services lists, admin lists). */
import type { Keyv } from "keyv";
import type { CacheRepo } from "../types.js";

/** {@link CacheRepo} over the "cache" namespace. */
export class KeyvCacheRepo implements CacheRepo {
  constructor(private readonly keyv: Keyv) {}

  /** The value, or undefined when missing or expired. */
  async get<T>(key: string): Promise<T | undefined> {
    return (await this.keyv.get(key)) ?? undefined;
  }

  /**
   * Stores `value` (JSON-serialisable) for `ttlMs` milliseconds.
   * @throws RangeError unless `ttlMs` is a positive finite number.
   */
  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`Cache TTL must be a positive number of ms, got ${ttlMs}`);
    await this.keyv.set(key, value, Math.ceil(ttlMs));
  }

  async delete(key: string): Promise<void> {
    await this.keyv.delete(key);
  }

  /**
   * (Beyond CacheRepo.) Deletes expired entries. Redis expires keys itself; SQLite and PostgreSQL
   * only drop an expired entry when it is read, so call this now and then if keys vary a lot.
   * Returns the number of live entries.
   */
  async prune(): Promise<number> {
    let live = 0;
    const iterator = this.keyv.iterator;
    if (!iterator) return 0;
    // Keyv's iterator deletes the expired entries it meets and yields the others.
    for await (const _ of iterator(undefined)) live++;
    return live;
  }
}
