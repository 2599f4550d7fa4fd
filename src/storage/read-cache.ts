/**
 * Recently read per-chat records kept in memory, for a database that only this process writes
 * (SQLite: "SQLite is for one process").
 *
 * Every update reads its chat's preferences, delivery state and conversation state (one multi-key
 * read, src/bot/middleware/prefetch.ts). For a chat that talks to the bot again, those values are
 * the ones this process read or wrote last — unless something else wrote the database, which on
 * SQLite nothing does while the bot runs. {@link ReadCacheBackend} keeps the raw stored strings
 * of chosen namespaces (and the fact that a key is absent: most chats have no conversation state)
 * for the most recently used keys, and answers `get`/`getMany` from them. Every write of this
 * process goes through it first (write-through), so a read never returns a value older than the
 * last write that finished.
 *
 * Reads and writes in flight at the same time: a read that started before a write to the same key
 * finished may have read the old value; it must not put that value in the cache after the write
 * put the new one. Each write "touches" its keys when it starts and when it ends (a counter, the
 * epoch); a read keeps what it read only if none of its keys was touched after the read started.
 * A read that lands while a write is in flight may keep what it read (old or new): the write, when
 * it ends, puts its own value — or drops the key when it failed (the database may hold either
 * value) or when another write of the key, or a deletePrefix over it, overlapped it (the database
 * may have applied them in either order). A dropped key is read from the database next time.
 *
 * What it holds is what the database holds (secret namespaces: ciphertext). Expiry is checked by
 * the readers (Keyv's envelope), as for a value read from the database.
 *
 * Not for Redis or PostgreSQL: other instances write them, and nothing would tell this process.
 */
import type { Backend, BackendEntry, ScanOptions, StorageKind } from "./backend.js";

/** Options of {@link ReadCacheBackend}. */
export interface ReadCacheOptions {
  /** Full-key prefixes (`namespace:`) whose values are kept; other keys pass through. */
  prefixes: readonly string[];
  /** Most keys kept (the least recently used go first). */
  maxEntries: number;
  /** Most characters of keys and values kept in all (default 4,000,000). */
  maxChars?: number;
  /** A longer value is not kept (default 16,384 characters). */
  maxValueChars?: number;
}

/** Hits and misses of a {@link ReadCacheBackend} (for tests and benchmarks). */
export interface ReadCacheStats {
  hits: number;
  misses: number;
  entries: number;
  chars: number;
}

/** Stored for a key read absent. */
const ABSENT = null;

/** A {@link Backend} answering reads of some namespaces from memory; see the module's comment. */
export class ReadCacheBackend implements Backend {
  readonly kind: StorageKind;
  readonly #inner: Backend;
  readonly #prefixes: readonly string[];
  readonly #maxEntries: number;
  readonly #maxChars: number;
  readonly #maxValueChars: number;
  /** Key → raw value, or ABSENT; in least-recently-used-first order. */
  readonly #entries = new Map<string, string | typeof ABSENT>();
  #chars = 0;
  /** Counts every start and end of a write. */
  #epoch = 0;
  /** Key → epoch of its last touch, for keys touched since {@link #floor}. */
  readonly #touched = new Map<string, number>();
  /** Every key was last touched at or before this epoch, or as {@link #touched} says. */
  #floor = 0;
  /** Keys with writes in flight: how many, and whether two overlapped (then none of them knows the final value). */
  readonly #writing = new Map<string, { count: number; overlapped: boolean }>();
  /** Reads of the database in flight. */
  #reads = 0;
  #hits = 0;
  #misses = 0;

  constructor(inner: Backend, options: ReadCacheOptions) {
    this.kind = inner.kind;
    this.#inner = inner;
    this.#prefixes = [...options.prefixes];
    this.#maxEntries = Math.max(0, Math.floor(options.maxEntries));
    this.#maxChars = options.maxChars ?? 4_000_000;
    this.#maxValueChars = options.maxValueChars ?? 16_384;
  }

  get stats(): ReadCacheStats {
    return { hits: this.#hits, misses: this.#misses, entries: this.#entries.size, chars: this.#chars };
  }

  #cacheable(key: string): boolean {
    for (const p of this.#prefixes) if (key.startsWith(p)) return true;
    return false;
  }

  /** The kept value (moved to most recently used), or undefined when none is kept. */
  #hit(key: string): string | typeof ABSENT | undefined {
    const v = this.#entries.get(key);
    if (v === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, v);
    return v;
  }

  #put(key: string, value: string | undefined): void {
    this.#drop(key);
    if (this.#maxEntries === 0) return;
    const v = value ?? ABSENT;
    if (v !== ABSENT && v.length > this.#maxValueChars) return;
    const chars = key.length + (v === ABSENT ? 0 : v.length);
    this.#entries.set(key, v);
    this.#chars += chars;
    for (const first of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries && this.#chars <= this.#maxChars) break;
      this.#drop(first);
    }
  }

  #drop(key: string): void {
    const old = this.#entries.get(key);
    if (old === undefined) return;
    this.#entries.delete(key);
    this.#chars -= key.length + (old === ABSENT ? 0 : old.length);
  }

  #lastTouch(key: string): number {
    const t = this.#touched.get(key);
    return t === undefined || t < this.#floor ? this.#floor : t;
  }

  /** Keeps what a read that started at `start` found, unless a write touched the key since. */
  #fill(key: string, value: string | undefined, start: number): void {
    if (this.#lastTouch(key) <= start) this.#put(key, value);
  }

  #readEnded(): void {
    this.#reads--;
    // With no read in flight, no read can start before the touches recorded: forget them.
    if (this.#reads === 0 && this.#touched.size > 0) {
      this.#touched.clear();
      this.#floor = this.#epoch;
    }
  }

  #touch(key: string): void {
    const epoch = ++this.#epoch;
    if (this.#touched.size >= 4096) {
      // Bounded: forgetting the touches means "every key was touched now" (no read in flight keeps what it read).
      this.#touched.clear();
      this.#floor = epoch;
    } else {
      this.#touched.set(key, epoch);
    }
  }

  /** A write of `key` starts: the key is dropped until the write ends. */
  #writeStarts(key: string): void {
    this.#touch(key);
    const w = this.#writing.get(key);
    if (w) {
      w.count++;
      w.overlapped = true;
    } else {
      this.#writing.set(key, { count: 1, overlapped: false });
    }
    this.#drop(key);
  }

  /**
   * A write of `key` ended: with `ok` its value is kept — unless another write of the key (or a
   * deletePrefix over it) overlapped it: the database may have applied them in either order, so
   * the key is dropped (the next read asks the database).
   */
  #writeEnds(key: string, ok: boolean, value: string | undefined): void {
    this.#touch(key);
    const w = this.#writing.get(key)!;
    if (--w.count === 0) this.#writing.delete(key);
    if (ok && !w.overlapped) this.#put(key, value);
    else this.#drop(key);
  }

  async get(key: string): Promise<string | undefined> {
    if (!this.#cacheable(key)) return this.#inner.get(key);
    const hit = this.#hit(key);
    if (hit !== undefined) {
      this.#hits++;
      return hit ?? undefined;
    }
    this.#misses++;
    const start = this.#epoch;
    this.#reads++;
    try {
      const value = await this.#inner.get(key);
      this.#fill(key, value, start);
      return value;
    } finally {
      this.#readEnded();
    }
  }

  async getMany(keys: string[]): Promise<Array<string | undefined>> {
    const out = new Array<string | undefined>(keys.length);
    let missing: number[] | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const hit = this.#cacheable(key) ? this.#hit(key) : undefined;
      if (hit === undefined) (missing ??= []).push(i);
      else out[i] = hit ?? undefined;
    }
    if (!missing) {
      this.#hits += keys.length;
      return out;
    }
    this.#hits += keys.length - missing.length;
    this.#misses += missing.length;
    const start = this.#epoch;
    this.#reads++;
    try {
      const read = await this.#inner.getMany(missing.length === keys.length ? keys : missing.map((i) => keys[i]!));
      for (let j = 0; j < missing.length; j++) {
        const i = missing[j]!;
        const key = keys[i]!;
        out[i] = read[j];
        if (this.#cacheable(key)) this.#fill(key, read[j], start);
      }
      return out;
    } finally {
      this.#readEnded();
    }
  }

  /**
   * Runs `write`, a write of the kept keys `keys` (`values[i]`: what `keys[i]` holds after it,
   * undefined for deleted), between their marks (see {@link #writeStarts} and {@link #writeEnds}).
   */
  async #write<T>(keys: readonly string[], values: ReadonlyArray<string | undefined>, write: () => Promise<T>): Promise<T> {
    for (const k of keys) this.#writeStarts(k);
    let ok = false;
    try {
      const result = await write();
      ok = true;
      return result;
    } finally {
      keys.forEach((k, i) => this.#writeEnds(k, ok, values[i]));
    }
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    if (!this.#cacheable(key)) return this.#inner.set(key, value, ttlMs);
    return this.#write([key], [value], () => this.#inner.set(key, value, ttlMs));
  }

  async delete(key: string): Promise<boolean> {
    if (!this.#cacheable(key)) return this.#inner.delete(key);
    return this.#write([key], [undefined], () => this.#inner.delete(key));
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    const mine = keys.filter((k) => this.#cacheable(k));
    if (mine.length === 0) return this.#inner.deleteMany(keys);
    return this.#write(mine, [], () => this.#inner.deleteMany(keys));
  }

  async setMany(entries: BackendEntry[]): Promise<void> {
    const mine = entries.filter((e) => this.#cacheable(e.key));
    if (mine.length === 0) return this.#inner.setMany(entries);
    return this.#write(
      mine.map((e) => e.key),
      mine.map((e) => e.value),
      () => this.#inner.setMany(entries),
    );
  }

  /** Whether a key exists; a kept key answers from memory. */
  async has(key: string): Promise<boolean> {
    const hit = this.#cacheable(key) ? this.#hit(key) : undefined;
    if (hit !== undefined) return hit !== ABSENT;
    return this.#inner.has(key);
  }

  hasMany(keys: string[]): Promise<boolean[]> {
    return this.#inner.hasMany(keys);
  }

  scan(prefix: string, options?: ScanOptions): AsyncGenerator<[key: string, value: string], void> {
    return this.#inner.scan(prefix, options);
  }

  async deletePrefix(prefix: string): Promise<void> {
    const affects = this.#prefixes.some((p) => p.startsWith(prefix) || prefix.startsWith(p));
    if (!affects) return this.#inner.deletePrefix(prefix);
    const forget = () => {
      // Every key may be touched: no read in flight keeps what it read, no write in flight under
      // the prefix keeps its value (the delete may come before or after it).
      this.#touched.clear();
      this.#floor = ++this.#epoch;
      for (const key of [...this.#entries.keys()]) if (key.startsWith(prefix)) this.#drop(key);
      for (const [key, w] of this.#writing) if (key.startsWith(prefix)) w.overlapped = true;
    };
    // A write that starts and ends while the delete is in flight is dropped by its end.
    forget();
    try {
      await this.#inner.deletePrefix(prefix);
    } finally {
      forget();
    }
  }

  async close(): Promise<void> {
    this.#entries.clear();
    this.#chars = 0;
    await this.#inner.close();
  }
}
