/**
 * The order-tracking poller: runs a cycle (cycle.ts) every `pollIntervalMs` ±10 %, and keeps what
 * lasts across cycles: the panels' backoff, the per-host limiters, the state-write limiter.
 *
 * Jobs of the tracking layer, one module each: cycle.ts (the scan and the batching of status
 * calls), changes.ts (change detection), backoff.ts (failing panels), reconnect.ts (accounts that
 * need reconnecting), delivery.ts (handing messages to the sender and recording what was seen).
 * Tracking renders nothing: it hands notifications to a {@link NotificationSender}
 * (src/bot/notifications implements it with the Bot API).
 */
import { PanelBackoff } from "./backoff.js";
import { Cycle, type CycleStats } from "./cycle.js";
import { Delivery, errorText } from "./delivery.js";
import type { TrackingDeps } from "./deps.js";
import { DEFAULT_ADAPTIVE, type AdaptivePolicy } from "./adaptive.js";
import { HostLimiter, Limiter, type HostLimits } from "./limiter.js";
import { defaultGroupKey, TrackingView, type GroupKeyFn } from "./memory.js";
import { ReconnectGuard, ReconnectMarks } from "./reconnect.js";
import type { NotificationSender } from "./sender.js";
import { LowBalanceWatch, type WatchedAccount } from "./low-balance.js";

export type { CycleStats } from "./cycle.js";

export interface PollerOptions {
  /** HTTP calls at once per panel host. Default 4 (deps.config.panelHostLimits wins when set). */
  concurrencyPerHost?: number;
  /** Limits of a host (calls at once, calls per second); default: concurrencyPerHost, no rate limit. */
  hostLimits?: (host: string) => HostLimits;
  /** Clock (snapshots' `at`, blockedAt). Default deps.now or Date.now. */
  now?: () => number;
  /** Longest backoff of a failing panel, in cycles. Default 16. */
  maxBackoffCycles?: number;
  /** State write batches at once (whole poller). Default 16. */
  writeConcurrency?: number;
  /**
   * Batches of one panel being checked or waiting for their call; the scan waits for room beyond
   * that, which bounds what a cycle holds in memory. Default 2 × concurrencyPerHost.
   */
  batchesAhead?: number;
  /** Adaptive polling (see adaptive.ts); `{ maxIntervalMs: 0 }` polls every item every cycle. */
  adaptive?: Partial<AdaptivePolicy>;
  /** The group of a tracked item (items checked with one key). Default panel + owner. */
  groupKey?: GroupKeyFn;
  /**
   * Number of shards (several instances share the polling, see shards.ts): the poller then polls
   * only the shards given with addShard. Unset: everything.
   */
  shards?: number;
}

export class Poller {
  readonly #deps: TrackingDeps;
  readonly #now: () => number;
  readonly #perHost: number;
  readonly #batchesAhead: number;
  readonly #backoff: PanelBackoff;
  readonly #delivery: Delivery;
  readonly #reconnect: ReconnectGuard;
  readonly #hostLimiters = new Map<string, HostLimiter>();
  readonly #hostLimits: (host: string) => HostLimits;
  readonly #view: TrackingView;
  readonly #adaptive: AdaptivePolicy;
  readonly #adaptiveConfig: Partial<AdaptivePolicy> | undefined;
  readonly #lowBalance: LowBalanceWatch;
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #inFlight: Promise<unknown> | undefined;
  #signal: AbortSignal | undefined;

  constructor(deps: TrackingDeps, sender: NotificationSender, options: PollerOptions = {}) {
    this.#deps = deps;
    this.#now = options.now ?? deps.now ?? Date.now;
    const configured = deps.config.panelHostLimits;
    this.#perHost = Math.max(1, Math.floor(options.concurrencyPerHost ?? configured?.default.concurrency ?? 4));
    this.#hostLimits =
      options.hostLimits ??
      ((host) => configured?.hosts[host.toLowerCase()] ?? { concurrency: this.#perHost, ratePerSecond: configured?.default.ratePerSecond ?? 0 });
    this.#adaptiveConfig = deps.config.adaptive;
    this.#backoff = new PanelBackoff(Math.max(1, Math.floor(options.maxBackoffCycles ?? 16)));
    const writes = new Limiter(Math.max(1, Math.floor(options.writeConcurrency ?? 16)));
    this.#delivery = new Delivery(deps, sender, writes, this.#now);
    this.#reconnect = new ReconnectGuard(
      deps,
      new ReconnectMarks(deps.storage.cache, () => deps.storage.accounts.bump()),
      this.#delivery,
      this.#now,
    );
    this.#batchesAhead = Math.max(1, Math.floor(options.batchesAhead ?? this.#perHost * 2));
    this.#adaptive = { ...DEFAULT_ADAPTIVE, ...this.#adaptiveConfig, ...options.adaptive };
    this.#view = new TrackingView(deps.storage, options.groupKey ?? defaultGroupKey, options.shards);
    this.#lowBalance = new LowBalanceWatch(deps, sender, this.#now);
    // Write-through: the view follows the poller's own state writes.
    this.#delivery.onWritten = (entries) => {
      for (const e of entries) {
        if ("orderId" in e) this.#view.orders.setState({ chatId: e.chatId, panelId: e.panelId, id: e.orderId }, e.state);
        else this.#view.refills.setState({ chatId: e.chatId, panelId: e.panelId, id: e.refillId }, e.state);
      }
    };
  }

  /** Items in memory (unfinished orders and refills), for diagnostics and benchmarks. */
  get tracked(): { orders: number; refills: number } {
    return { orders: this.#view.orders.size, refills: this.#view.refills.size };
  }

  /** Shards polled (sharded poller). */
  get shards(): number[] {
    return this.#view.shards;
  }

  /** Sharded: a shard taken (its items are loaded before the next cycle); `signal` aborts when it is lost. */
  addShard(shard: number, signal: AbortSignal): void {
    if (!this.#view.sharded) throw new Error("Not a sharded poller");
    this.#view.addShard(shard, signal);
    // Idle between cycles: the next one starts now (a taken-over shard is polled without waiting an interval).
    if (this.#running && this.#timer && !this.#inFlight) {
      clearTimeout(this.#timer);
      this.#schedule(0);
    }
  }

  /**
   * Sharded: a shard lost or given up (its signal aborted): its items leave memory now; resolves
   * once the cycle in flight (the only one that can still have its work in flight) has ended.
   */
  async removeShard(shard: number): Promise<void> {
    this.#view.removeShard(shard);
    await this.#inFlight;
  }

  /** True between start() and stop(). */
  get running(): boolean {
    return this.#running;
  }

  /** Cycles to skip for a panel now (0 when it is healthy). For diagnostics and tests. */
  backoffOf(panelId: string): { failures: number; skip: number } {
    return this.#backoff.of(panelId);
  }

  /**
   * Starts polling: a cycle now, then one every `pollIntervalMs` ±10 % (counted from the end of the
   * previous cycle). `signal` (e.g. the shard loop's, aborted when it stops) stops the loop and anything new of the cycle
   * in flight (see cycle.ts).
   */
  start(signal?: AbortSignal): void {
    if (this.#running) return;
    if (signal?.aborted) return;
    this.#running = true;
    this.#signal = signal;
    // A new term: the view is loaded afresh (another instance may have written meanwhile).
    this.#view.drop();
    this.#reconnect.forget();
    signal?.addEventListener("abort", () => void this.stop(), { once: true });
    this.#schedule(0);
  }

  /** Stops the loop and waits for the cycle in flight. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    // The cycle promise never rejects: its failure is logged where it is scheduled.
    await this.#inFlight;
    this.#view.drop();
    this.#reconnect.forget();
  }

  #schedule(ms: number): void {
    if (!this.#running) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const cycle = this.runCycle(this.#signal)
        .then((stats) => this.#deps.logger.debug({ ...stats }, "Tracking cycle done"))
        .catch((err) => this.#deps.logger.error({ err: errorText(err) }, "Tracking cycle failed"))
        .finally(() => {
          if (this.#inFlight === cycle) this.#inFlight = undefined;
          const base = this.#deps.config.pollIntervalMs;
          this.#schedule(Math.round(base * (0.9 + Math.random() * 0.2)));
        });
      this.#inFlight = cycle;
    }, ms);
  }

  /** The cycle running or last run: cycles run one at a time (a sync compacts the view's slots, which a running cycle holds). */
  #serial: Promise<unknown> = Promise.resolve();

  /**
   * One full pass over every tracked order and refill due (the view is synced with storage first).
   * A call while another cycle runs waits for it.
   */
  runCycle(signal?: AbortSignal): Promise<CycleStats> {
    const run = this.#serial.then(() => this.#runCycle(signal));
    this.#serial = run.catch(() => undefined);
    return run;
  }

  async #runCycle(signal?: AbortSignal): Promise<CycleStats> {
    await this.#view.sync(this.#now());
    await this.#reconnect.beginCycle();
    const cycle = new Cycle(
      {
        deps: this.#deps,
        delivery: this.#delivery,
        backoff: this.#backoff,
        reconnect: this.#reconnect,
        limiterFor: (url) => this.#limiterFor(url),
        batchesAhead: this.#batchesAhead,
        now: this.#now,
        view: this.#view,
        adaptive: this.#adaptive,
      },
      signal,
    );
    const stats = await cycle.run();
    // Once a day: the balance of the accounts with tracked orders, against their chats' thresholds.
    if (!signal?.aborted) {
      const run = await this.#lowBalance.runIfDue(
        () => this.#watchedAccounts(),
        (chatId) => this.#view.prefs(chatId),
        signal,
      );
      if (run) this.#deps.logger.debug({ ...run }, "Daily low-balance check done");
    }
    return stats;
  }

  /** The accounts of the tracked orders in memory, each with the chats that follow its orders. */
  *#watchedAccounts(): Iterable<WatchedAccount> {
    for (const group of this.#view.orders.groups.values()) {
      const chatIds = new Set<number>();
      for (let slot = 0; slot < group.slots; slot++) if (!group.dead(slot)) chatIds.add(group.chatOf(slot));
      yield { panelId: group.panelId, owner: group.owner, accountId: group.accountId, chatIds };
    }
  }

  #limiterFor(url: string): HostLimiter {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      host = url;
    }
    let l = this.#hostLimiters.get(host);
    if (!l) {
      l = new HostLimiter(this.#hostLimits(host), this.#now);
      this.#hostLimiters.set(host, l);
    }
    return l;
  }
}
