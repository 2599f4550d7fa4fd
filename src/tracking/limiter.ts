/** A tiny counting semaphore: at most `limit` tasks run at once; the others wait in FIFO order. */
export class Limiter {
  #active = 0;
  readonly #queue: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Limiter: limit must be a positive integer, got ${limit}`);
  }

  /** Runs `task` when a slot is free. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.limit) await new Promise<void>((resolve) => this.#queue.push(resolve));
    else this.#active += 1;
    try {
      return await task();
    } finally {
      const next = this.#queue.shift();
      // The slot passes straight to the next waiter (active stays the same).
      if (next) next();
      else this.#active -= 1;
    }
  }
}

/** Limits of one panel host (see config: PANEL_HOST_CONCURRENCY, PANEL_HOST_RATE, PANEL_HOST_LIMITS). */
export interface HostLimits {
  /** Calls at once. */
  concurrency: number;
  /** Calls started per second (0: no limit). */
  ratePerSecond: number;
}

/**
 * The limiter of a panel host, shared by every account (and every panel id) on that host: at most
 * `concurrency` calls at once, calls started at most `ratePerSecond` per second (evenly spaced), and
 * a pause shared by all when the host answers 429 with Retry-After.
 */
export class HostLimiter extends Limiter {
  #nextStart = 0;
  #pausedUntil = 0;
  readonly #spacingMs: number;

  constructor(
    limits: HostLimits,
    private readonly clock: () => number = Date.now,
  ) {
    super(Math.max(1, Math.floor(limits.concurrency)));
    this.#spacingMs = limits.ratePerSecond > 0 ? 1000 / limits.ratePerSecond : 0;
  }

  /** The host asked to wait (429 + Retry-After): no call starts before then, whoever makes it. */
  pause(ms: number): void {
    if (!(ms > 0)) return;
    this.#pausedUntil = Math.max(this.#pausedUntil, this.clock() + Math.min(ms, 10 * 60_000));
  }

  /** Until when calls wait (0 when not paused). */
  get pausedUntil(): number {
    return this.#pausedUntil > this.clock() ? this.#pausedUntil : 0;
  }

  override run<T>(task: () => Promise<T>): Promise<T> {
    return super.run(async () => {
      for (;;) {
        const now = this.clock();
        const start = Math.max(now, this.#pausedUntil, this.#nextStart);
        if (start <= now) break;
        await new Promise((resolve) => setTimeout(resolve, start - now));
      }
      if (this.#spacingMs > 0) this.#nextStart = Math.max(this.clock(), this.#nextStart) + this.#spacingMs;
      return task();
    });
  }
}

/** Runs `fn` over `items` with at most `concurrency` at once; resolves when all are done. */
export async function forEachLimit<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}
