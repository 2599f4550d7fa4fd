/**
 * The order-tracking poller: checks every tracked order and refill in batches and notifies chats
 * of changes.
 *
 * One cycle (`runCycle`):
 * 1. Scan the tracked orders and refills; skip chats marked blocked and items whose state is final;
 *    group the rest by panel + owner (the account whose key checks them).
 * 2. Panels run in parallel; panels in backoff are skipped. Within a panel, groups run with bounded
 *    concurrency and every HTTP call goes through a per-host limiter (`concurrencyPerHost`). Each
 *    owner's account is loaded once; IDs go 100 per `status` / `refill_status` call, so a group
 *    costs exactly ceil(IDs / 100) calls.
 * 3. A panel that answers `unavailable` / `rate_limited` stops being called for the rest of the
 *    cycle and is skipped for the next 1, 2, 4 … cycles (capped); other panels are not slowed.
 *    `invalid_key` skips the owner (its chats are told once).
 * 4. Changes (status vs. the last notified snapshot; start count / remains too when the chat's
 *    `progress` preference is on) are coalesced into one message per chat and group, sent without
 *    holding up the polling of other groups (the Bot API throttler queues them).
 *
 * Delivery guarantees: `notified` is written right after a successful send; a temporary failure
 * leaves it unchanged (and the item not final) so the next cycle sends it again; a crash between
 * the send and the write can repeat that one message, nothing is lost. Only the poller writes
 * TrackState; `setState` never re-creates the state of an item untracked meanwhile, and items
 * tracked during a cycle are picked up by the next one.
 *
 * A baseline: a bot-placed order (or a refill) without a notified snapshot is compared with
 * "Pending" (what the chat was told when it was placed); an order added with /track starts from
 * its first observed state silently (the /track reply just showed it).
 */
import type { Deps } from "../bot/deps.js";
import type { PanelClient } from "../panel/client.js";
import { MAX_IDS_PER_CALL } from "../panel/client.js";
import { PanelError } from "../panel/errors.js";
import { isFinalOrderStatus, isFinalRefillStatus, statusSlug } from "../panel/status.js";
import type { BatchItem, OrderStatus, RefillStatus } from "../panel/types.js";
import type {
  Account,
  ChatPrefs,
  OrderSnapshot,
  OwnerKey,
  RefillRepo,
  RefillSnapshot,
  RefillState,
  TrackedOrder,
  TrackedRefill,
  TrackState,
} from "../storage/types.js";
import { forEachLimit, Limiter } from "./limiter.js";
import type { Change, ChangeSender, SendOutcome } from "./notifier.js";

/** Figures of one cycle. */
export interface CycleStats {
  /** Tracked orders checked (not final, chat not blocked, panel not in backoff). */
  orders: number;
  /** Tracked refills checked. */
  refills: number;
  /** `status` calls made (100 IDs each). */
  statusCalls: number;
  /** `refill_status` calls made. */
  refillStatusCalls: number;
  /** Changes found (notified or, with notifications off, recorded silently). */
  changes: number;
  /** Messages sent. */
  notified: number;
  /** Panel + owner groups not checked: panel failing or in backoff, key invalid, account missing. */
  failedGroups: number;
  durationMs: number;
}

export interface PollerOptions {
  /** HTTP calls at once per panel host. Default 4. */
  concurrencyPerHost?: number;
  /** Clock (snapshots' `at`, blockedAt). Default deps.now or Date.now. */
  now?: () => number;
  /** Longest backoff of a failing panel, in cycles. Default 16. */
  maxBackoffCycles?: number;
  /** State writes at once (whole poller). Default 16. */
  writeConcurrency?: number;
}

export type PollerDeps = Pick<Deps, "config" | "logger" | "storage" | "panels"> & { now?: () => number };

/** What a group of tracked items is checked with. */
interface Group {
  panelId: string;
  owner: OwnerKey;
  orders: TrackedOrder[];
  refills: TrackedRefill[];
}

interface PanelBackoff {
  failures: number;
  /** Cycles still to skip. */
  skip: number;
}

/** Snapshot fields that matter (everything but `at`). */
function sameOrderSnapshot(a: OrderSnapshot | undefined, b: OrderSnapshot | undefined): boolean {
  if (!a || !b) return a === b;
  return a.status === b.status && a.charge === b.charge && a.startCount === b.startCount && a.remains === b.remains && a.currency === b.currency;
}

function sameRefillSnapshot(a: RefillSnapshot | undefined, b: RefillSnapshot | undefined): boolean {
  if (!a || !b) return a === b;
  return a.status === b.status;
}

export function orderSnapshot(status: OrderStatus, at: number): OrderSnapshot {
  const s: OrderSnapshot = { status: status.status, at };
  if (status.charge !== undefined) s.charge = status.charge;
  if (status.startCount !== undefined) s.startCount = status.startCount;
  if (status.remains !== undefined) s.remains = status.remains;
  if (status.currency !== undefined) s.currency = status.currency;
  return s;
}

/**
 * Whether an order's new snapshot is worth a message, and what the chat saw before.
 * See the module comment for the baseline of orders never notified.
 */
export function detectOrderChange(
  order: Pick<TrackedOrder, "source" | "createdAt">,
  notified: OrderSnapshot | undefined,
  current: OrderSnapshot,
  progress: boolean,
): { notify: boolean; previous?: OrderSnapshot } {
  if (notified) {
    const statusChanged = notified.status !== current.status;
    const progressChanged = progress && (notified.startCount !== current.startCount || notified.remains !== current.remains);
    return { notify: statusChanged || progressChanged, previous: notified };
  }
  if (order.source === "bot") {
    const previous: OrderSnapshot = { status: "Pending", at: order.createdAt };
    return { notify: statusSlug(current.status) !== "pending", previous };
  }
  return { notify: false };
}

/** Same for refills (always requested through the bot: the baseline is "Pending"). */
export function detectRefillChange(
  refill: Pick<TrackedRefill, "createdAt">,
  notified: RefillSnapshot | undefined,
  current: RefillSnapshot,
): { notify: boolean; previous: RefillSnapshot } {
  const previous = notified ?? { status: "Pending", at: refill.createdAt };
  return { notify: previous.status !== current.status, previous };
}

type StateWrite = () => Promise<void>;

/** A change waiting for the outcome of its chat's message, with the states to write for each outcome. */
interface PendingChange {
  change: Change;
  /** State once the chat has seen it (sent, dropped or muted). */
  done: StateWrite;
  /** State when the send must be retried (or the chat is blocked): notified unchanged. */
  keep: StateWrite | undefined;
}

/** RefillRepo with the batch read of the Keyv implementation, when present. */
type RefillRepoWithStates = RefillRepo & {
  getStates?: (keys: Array<{ chatId: number; panelId: string; refillId: string }>) => Promise<Array<RefillState | undefined>>;
};

const STATE_READ_CHUNK = 500;
/** Consecutive "unknown order" answers after which an order stops being polled. */
const MAX_UNKNOWN_FAILURES = 20;

export class Poller {
  readonly #deps: PollerDeps;
  readonly #sender: ChangeSender;
  readonly #now: () => number;
  readonly #perHost: number;
  readonly #maxBackoff: number;
  readonly #writes: Limiter;
  readonly #hostLimiters = new Map<string, Limiter>();
  readonly #backoff = new Map<string, PanelBackoff>();
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #inFlight: Promise<unknown> | undefined;
  #signal: AbortSignal | undefined;
  #cycles = 0;

  constructor(deps: PollerDeps, notifier: ChangeSender, options: PollerOptions = {}) {
    this.#deps = deps;
    this.#sender = notifier;
    this.#now = options.now ?? deps.now ?? Date.now;
    this.#perHost = Math.max(1, Math.floor(options.concurrencyPerHost ?? 4));
    this.#maxBackoff = Math.max(1, Math.floor(options.maxBackoffCycles ?? 16));
    this.#writes = new Limiter(Math.max(1, Math.floor(options.writeConcurrency ?? 16)));
  }

  /** True between start() and stop(). */
  get running(): boolean {
    return this.#running;
  }

  /** Cycles to skip for a panel now (0 when it is healthy). For diagnostics and tests. */
  backoffOf(panelId: string): { failures: number; skip: number } {
    const b = this.#backoff.get(panelId);
    return b ? { ...b } : { failures: 0, skip: 0 };
  }

  /**
   * Starts polling: a cycle now, then one every `pollIntervalMs` ±10 % (counted from the end of the
   * previous cycle). `signal` (e.g. a leader lease's) stops sending at once and stops the loop.
   */
  start(signal?: AbortSignal): void {
    if (this.#running) return;
    if (signal?.aborted) return;
    this.#running = true;
    this.#signal = signal;
    signal?.addEventListener("abort", () => void this.stop(), { once: true });
    this.#schedule(0);
  }

  /** Stops the loop and waits for the cycle in flight. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#inFlight?.catch(() => undefined);
  }

  #schedule(ms: number): void {
    if (!this.#running) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const cycle = this.runCycle(this.#signal)
        .then((stats) => this.#deps.logger.debug({ ...stats }, "Tracking cycle done"))
        .catch((err) => this.#deps.logger.error({ err: err instanceof Error ? err.message : String(err) }, "Tracking cycle failed"))
        .finally(() => {
          if (this.#inFlight === cycle) this.#inFlight = undefined;
          const base = this.#deps.config.pollIntervalMs;
          this.#schedule(Math.round(base * (0.9 + Math.random() * 0.2)));
        });
      this.#inFlight = cycle;
    }, ms);
  }

  /** One full pass over every tracked order and refill. */
  async runCycle(signal?: AbortSignal): Promise<CycleStats> {
    const started = performance.now();
    this.#cycles += 1;
    const stats: CycleStats = {
      orders: 0,
      refills: 0,
      statusCalls: 0,
      refillStatusCalls: 0,
      changes: 0,
      notified: 0,
      failedGroups: 0,
      durationMs: 0,
    };
    const { storage } = this.#deps;

    // 1. Scan and group.
    const blocked = new Map<number, boolean>();
    const isBlocked = async (chatId: number): Promise<boolean> => {
      let b = blocked.get(chatId);
      if (b === undefined) {
        b = (await storage.delivery.get(chatId)).blocked;
        blocked.set(chatId, b);
      }
      return b;
    };
    const groups = new Map<string, Group>();
    const groupOf = (panelId: string, owner: OwnerKey): Group => {
      const key = `${panelId}\u0000${owner}`;
      let g = groups.get(key);
      if (!g) {
        g = { panelId, owner, orders: [], refills: [] };
        groups.set(key, g);
      }
      return g;
    };
    for await (const order of storage.orders.iterate()) {
      if (await isBlocked(order.chatId)) continue;
      groupOf(order.panelId, order.owner).orders.push(order);
    }
    for await (const refill of storage.refills.iterate()) {
      if (await isBlocked(refill.chatId)) continue;
      groupOf(refill.panelId, refill.owner).refills.push(refill);
    }

    // Which panels are polled this cycle.
    const byPanel = new Map<string, Group[]>();
    for (const g of groups.values()) {
      const list = byPanel.get(g.panelId) ?? [];
      list.push(g);
      byPanel.set(g.panelId, list);
    }

    const prefsCache = new Map<number, Promise<ChatPrefs>>();
    const prefsOf = (chatId: number): Promise<ChatPrefs> => {
      let p = prefsCache.get(chatId);
      if (!p) {
        p = storage.prefs.get(chatId);
        prefsCache.set(chatId, p);
      }
      return p;
    };
    // Sends and state writes of checked groups, awaited at the end of the cycle.
    const background: Array<Promise<void>> = [];

    await Promise.all(
      [...byPanel].map(async ([panelId, panelGroups]) => {
        const backoff = this.#backoff.get(panelId);
        if (backoff && backoff.skip > 0) {
          backoff.skip -= 1;
          stats.failedGroups += panelGroups.length;
          return;
        }
        const panel = this.#deps.panels.find(panelId);
        if (!panel) {
          stats.failedGroups += panelGroups.length;
          return;
        }
        const limiter = this.#limiterFor(panel.url);
        const panelState = { failed: undefined as PanelError | undefined, succeeded: false };
        // Groups wait mostly for the host limiter; more of them in flight keeps its slots busy.
        await forEachLimit(panelGroups, this.#perHost * 4, async (group) => {
          if (panelState.failed) {
            stats.failedGroups += 1;
            return;
          }
          try {
            const ok = await this.#checkGroup(group, panel.client, panel.name, limiter, panelState, stats, prefsOf, background, signal);
            if (!ok) stats.failedGroups += 1;
          } catch (err) {
            stats.failedGroups += 1;
            this.#deps.logger.error(
              { panel: panelId, owner: group.owner, err: err instanceof Error ? err.message : String(err) },
              "Tracking: checking a group failed",
            );
          }
        });
        if (panelState.failed) {
          const b = this.#backoff.get(panelId) ?? { failures: 0, skip: 0 };
          b.failures += 1;
          b.skip = Math.min(2 ** (b.failures - 1), this.#maxBackoff);
          this.#backoff.set(panelId, b);
          this.#deps.logger.warn(
            { panel: panelId, kind: panelState.failed.kind, skipCycles: b.skip },
            "Tracking: panel failing, backing off",
          );
        } else if (panelState.succeeded) {
          this.#backoff.delete(panelId);
        }
      }),
    );
    await Promise.all(background);
    stats.durationMs = Math.round(performance.now() - started);
    return stats;
  }

  #limiterFor(url: string): Limiter {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      host = url;
    }
    let l = this.#hostLimiters.get(host);
    if (!l) {
      l = new Limiter(this.#perHost);
      this.#hostLimiters.set(host, l);
    }
    return l;
  }

  /** Loads the owner's account; undefined (logged) when missing, undecryptable or on another panel. */
  async #account(group: Group): Promise<Account | undefined> {
    let account: Account | undefined;
    try {
      account = await this.#deps.storage.accounts.get(group.owner);
    } catch (err) {
      this.#deps.logger.warn({ owner: group.owner, err: err instanceof Error ? err.name : "error" }, "Tracking: account unreadable");
      return undefined;
    }
    if (!account || account.panelId !== group.panelId) return undefined;
    return account;
  }

  /** Checks one panel + owner group. Returns false when the group could not be checked. */
  async #checkGroup(
    group: Group,
    client: PanelClient,
    panelName: string,
    limiter: Limiter,
    panelState: { failed: PanelError | undefined; succeeded: boolean },
    stats: CycleStats,
    prefsOf: (chatId: number) => Promise<ChatPrefs>,
    background: Array<Promise<void>>,
    signal: AbortSignal | undefined,
  ): Promise<boolean> {
    const { storage } = this.#deps;
    // States first: final items are not polled (no account needed for a group of finished items).
    const orderStates: Array<TrackState | undefined> = [];
    for (let i = 0; i < group.orders.length; i += STATE_READ_CHUNK) {
      const part = group.orders.slice(i, i + STATE_READ_CHUNK);
      orderStates.push(...(await storage.orders.getStates(part.map((o) => ({ chatId: o.chatId, panelId: o.panelId, orderId: o.orderId })))));
    }
    const refillStates = await this.#refillStates(group.refills);
    const orders = group.orders.map((order, i) => ({ order, state: orderStates[i] })).filter((x) => !x.state?.final);
    const refills = group.refills.map((refill, i) => ({ refill, state: refillStates[i] })).filter((x) => !x.state?.final);
    if (orders.length === 0 && refills.length === 0) return true;

    const account = await this.#account(group);
    if (!account) return false;
    stats.orders += orders.length;
    stats.refills += refills.length;

    const orderIds = [...new Set(orders.map((x) => x.order.orderId))];
    const refillIds = [...new Set(refills.map((x) => x.refill.refillId))];
    let orderResults: Map<string, BatchItem<OrderStatus>>;
    let refillResults: Map<string, BatchItem<RefillStatus>>;
    try {
      orderResults = await this.#batched(orderIds, limiter, panelState, () => (stats.statusCalls += 1), (ids) =>
        client.statuses(account.apiKey, ids, { concurrency: 1 }),
      );
      refillResults = await this.#batched(refillIds, limiter, panelState, () => (stats.refillStatusCalls += 1), (ids) =>
        client.refillStatuses(account.apiKey, ids, { concurrency: 1 }),
      );
    } catch (err) {
      if (err instanceof PanelError && err.kind === "invalid_key") {
        await this.#invalidKey(group, account, panelName, prefsOf, signal);
        return false;
      }
      throw err;
    }
    if (panelState.failed) return false;

    // 3. Changes, per chat.
    const now = this.#now();
    const perChat = new Map<number, PendingChange[]>();
    const quiet: StateWrite[] = [];
    const orderRepo = storage.orders;
    const refillRepo = storage.refills;

    for (const { order, state } of orders) {
      const item = orderResults.get(order.orderId);
      if (!item) continue;
      if (!item.ok) {
        if (item.error.kind !== "unknown_order") continue;
        // The panel no longer knows it (deleted, or another account's): give up after a while.
        const failures = (state?.failures ?? 0) + 1;
        const gaveUp = failures >= MAX_UNKNOWN_FAILURES;
        if (gaveUp) this.#deps.logger.info({ panel: order.panelId, order: order.orderId }, "Tracking: order unknown to the panel; stopped");
        quiet.push(() => orderRepo.setState(order.chatId, order.panelId, order.orderId, { ...state, final: gaveUp, failures }));
        continue;
      }
      const current = orderSnapshot(item.value, now);
      const final = isFinalOrderStatus(current.status);
      const prefs = await prefsOf(order.chatId);
      const { notify, previous } = detectOrderChange(order, state?.notified, current, prefs.progress);
      const write = (s: TrackState): StateWrite => () => orderRepo.setState(order.chatId, order.panelId, order.orderId, s);
      if (!notify) {
        const next: TrackState = { last: current, notified: state?.notified ?? current, final };
        if (!state || !sameOrderSnapshot(state.last, current) || state.final !== final || !state.notified || state.failures) {
          quiet.push(write(next));
        }
        continue;
      }
      stats.changes += 1;
      const done = write({ last: current, notified: current, final });
      const keepState: TrackState = { ...(state?.notified ? { notified: state.notified } : {}), last: current, final: false };
      const keep = !state || !sameOrderSnapshot(state.last, current) ? write(keepState) : undefined;
      const list = perChat.get(order.chatId) ?? [];
      list.push({ change: { kind: "order", order, current, ...(previous ? { previous } : {}) }, done, keep });
      perChat.set(order.chatId, list);
    }

    for (const { refill, state } of refills) {
      const item = refillResults.get(refill.refillId);
      if (!item || !item.ok) continue;
      const current: RefillSnapshot = { status: item.value.status, at: now };
      const final = isFinalRefillStatus(current.status);
      const { notify, previous } = detectRefillChange(refill, state?.notified, current);
      const write = (s: RefillState): StateWrite => () => refillRepo.setState(refill.chatId, refill.panelId, refill.refillId, s);
      if (!notify) {
        const next: RefillState = { last: current, notified: state?.notified ?? current, final };
        if (!state || !sameRefillSnapshot(state.last, current) || state.final !== final || !state.notified) quiet.push(write(next));
        continue;
      }
      stats.changes += 1;
      const done = write({ last: current, notified: current, final });
      const keepState: RefillState = { ...(state?.notified ? { notified: state.notified } : {}), last: current, final: false };
      const keep = !state || !sameRefillSnapshot(state.last, current) ? write(keepState) : undefined;
      const list = perChat.get(refill.chatId) ?? [];
      list.push({ change: { kind: "refill", refill, current, previous }, done, keep });
      perChat.set(refill.chatId, list);
    }

    // 4. Quiet state writes and one message per chat, in the background: they do not hold up the
    // polling of other groups (the cycle waits for them at its end).
    for (const w of quiet) background.push(this.#write(w));
    for (const [chatId, pending] of perChat) {
      background.push(this.#deliver(chatId, pending, prefsOf, stats, signal));
    }
    return true;
  }

  /** Sends a chat's message and writes the states its outcome calls for. */
  async #deliver(
    chatId: number,
    pending: PendingChange[],
    prefsOf: (chatId: number) => Promise<ChatPrefs>,
    stats: CycleStats,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    try {
      const prefs = await prefsOf(chatId);
      let outcome: SendOutcome | "muted";
      if (!prefs.notifications) outcome = "muted";
      else if (signal?.aborted) outcome = "retry";
      else outcome = await this.#sender.notify(chatId, pending.map((p) => p.change), prefs.language ?? this.#deps.config.defaultLocale, signal);
      if (outcome === "sent") stats.notified += 1;
      const writes = outcome === "sent" || outcome === "dropped" || outcome === "muted" ? pending.map((p) => p.done) : pending.flatMap((p) => (p.keep ? [p.keep] : []));
      await Promise.all(writes.map((w) => this.#write(w)));
    } catch (err) {
      this.#deps.logger.error({ chatId, err: err instanceof Error ? err.message : String(err) }, "Tracking: delivering a notification failed");
    }
  }

  /** One state write through the poller's write limiter (bounded storage concurrency); never throws. */
  async #write(w: StateWrite): Promise<void> {
    try {
      await this.#writes.run(w);
    } catch (err) {
      this.#deps.logger.error({ err: err instanceof Error ? err.message : String(err) }, "Tracking: writing a state failed");
    }
  }

  async #refillStates(refills: TrackedRefill[]): Promise<Array<RefillState | undefined>> {
    if (refills.length === 0) return [];
    const repo = this.#deps.storage.refills as RefillRepoWithStates;
    const out: Array<RefillState | undefined> = [];
    for (let i = 0; i < refills.length; i += STATE_READ_CHUNK) {
      const part = refills.slice(i, i + STATE_READ_CHUNK);
      if (typeof repo.getStates === "function") {
        out.push(...(await repo.getStates(part.map((r) => ({ chatId: r.chatId, panelId: r.panelId, refillId: r.refillId })))));
      } else {
        out.push(...(await Promise.all(part.map((r) => repo.getState(r.chatId, r.panelId, r.refillId)))));
      }
    }
    return out;
  }

  /**
   * Calls `fetch` with 100 IDs at a time, each call through the host limiter, one chunk after the
   * other. A chunk whose IDs all failed with `unavailable` / `rate_limited` marks the panel failed
   * and stops (this group and the panel's others). `invalid_key` is thrown.
   */
  async #batched<T>(
    ids: string[],
    limiter: Limiter,
    panelState: { failed: PanelError | undefined; succeeded: boolean },
    count: () => void,
    fetch: (ids: string[]) => Promise<Map<string, BatchItem<T>>>,
  ): Promise<Map<string, BatchItem<T>>> {
    const out = new Map<string, BatchItem<T>>();
    for (let i = 0; i < ids.length; i += MAX_IDS_PER_CALL) {
      if (panelState.failed) break;
      const chunk = ids.slice(i, i + MAX_IDS_PER_CALL);
      const result = await limiter.run(async () => {
        if (panelState.failed) return undefined;
        count();
        return fetch(chunk);
      });
      if (!result) break;
      let down: PanelError | undefined;
      for (const [id, item] of result) {
        out.set(id, item);
        if (!item.ok && (item.error.kind === "unavailable" || item.error.kind === "rate_limited")) down ??= item.error;
        else if (item.ok || item.error.kind === "unknown_order" || item.error.kind === "unknown_refill") panelState.succeeded = true;
      }
      if (down) {
        panelState.failed ??= down;
        break;
      }
    }
    return out;
  }

  /** invalid_key: tell each of the owner's chats once per connected key (when notifications are on). */
  async #invalidKey(
    group: Group,
    account: Account,
    panelName: string,
    prefsOf: (chatId: number) => Promise<ChatPrefs>,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const { storage, logger } = this.#deps;
    logger.warn({ panel: group.panelId, owner: group.owner }, "Tracking: the panel rejects the owner's key; skipped");
    const chats = new Set([...group.orders.map((o) => o.chatId), ...group.refills.map((r) => r.chatId)]);
    for (const chatId of chats) {
      const cacheKey = `tracking:invalid-key:${group.owner}:${group.panelId}:${account.connectedAt}:${chatId}`;
      if (await storage.cache.get<boolean>(cacheKey)) continue;
      const prefs = await prefsOf(chatId);
      if (!prefs.notifications) continue;
      const outcome = await this.#sender.notifyInvalidKey(chatId, panelName, prefs.language ?? this.#deps.config.defaultLocale, signal);
      if (outcome !== "retry") await storage.cache.set(cacheKey, true, 30 * 24 * 3600 * 1000);
    }
  }
}
