/**
 * The order-tracking poller: checks every tracked order and refill in batches and notifies chats
 * of changes.
 *
 * One cycle (`runCycle`) streams through the tracked refills, then the orders. The refills (few)
 * are all checked before the order scan starts; their changes wait per chat and group, and go out
 * in that chat's order message (one message per chat and group per cycle), or at the end of the
 * cycle for chats without an order change:
 * 1. Items of chats marked blocked are skipped. States are read 500 items at a time and final items
 *    dropped. The rest wait per panel + owner (the account whose key checks them) until 100
 *    distinct IDs are collected: that batch is checked (one `status` / `refill_status` call) while
 *    the scan goes on; what is left is checked when the scan ends. A group costs exactly
 *    ceil(IDs / 100) calls, and only batches waiting for their call or their messages are held.
 * 2. Panels are independent; panels in backoff are skipped. Every HTTP call goes through a per-host
 *    limiter (`concurrencyPerHost`). Each owner's account is loaded once per cycle.
 * 3. A panel that answers `unavailable` / `rate_limited` stops being called for the rest of the
 *    cycle and is skipped for the next 1, 2, 4 … cycles (capped); other panels are not slowed.
 *    `invalid_key` skips the owner (its chats are told once).
 * 4. Changes (status vs. the last notified snapshot; start count / remains too when the chat's
 *    `progress` preference is on) are coalesced into one message per chat and group, sent once all
 *    the group's batches are checked (the Bot API throttler queues them). States of items with
 *    nothing to tell are written per batch with one `setStates` (two queries per batch, not two
 *    per item).
 *
 * Delivery guarantees: the states of a chat's message are written (one `setStates`) right after
 * its successful send; a temporary failure leaves `notified` unchanged (and the item not final) so
 * the next cycle sends it again; a crash between the send and the write can repeat that one
 * message, nothing is lost. Only the poller writes TrackState; `setStates` never re-creates the
 * state of an item untracked meanwhile, and items tracked during a cycle may wait for the next one.
 *
 * Leadership lost (the `signal` aborts): nothing new starts — no panel call, no send, no write of
 * a state nobody saw — but a message already handed to Telegram is let finish and its states are
 * written, so the next leader does not send it again.
 *
 * A baseline: a bot-placed order (or a refill) without a notified snapshot is compared with
 * "Pending" (what the chat was told when it was placed); an order added with /track starts from
 * its first observed state silently (the /track reply just showed it).
 */
import type { Deps } from "../deps.js";
import type { PanelClient } from "../panel/client.js";
import { MAX_IDS_PER_CALL } from "../panel/client.js";
import { PanelError } from "../panel/errors.js";
import { isFinalOrderStatus, isFinalRefillStatus, statusSlug } from "../panel/status.js";
import type { BatchItem, OrderStatus } from "../panel/types.js";
import type {
  Account,
  ChatPrefs,
  OrderSnapshot,
  OwnerKey,
  RefillSnapshot,
  RefillState,
  TrackedOrder,
  TrackedRefill,
  TrackState,
} from "../storage/types.js";
import { Limiter } from "./limiter.js";
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
  /** State write batches at once (whole poller). Default 16. */
  writeConcurrency?: number;
  /**
   * Batches of one panel being checked or waiting for their call; the scan waits for room beyond
   * that, which bounds what a cycle holds in memory. Default 2 × concurrencyPerHost.
   */
  batchesAhead?: number;
}

export type PollerDeps = Pick<Deps, "config" | "logger" | "storage" | "panels"> & { now?: () => number };

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

/** A state to write for an order (the shape of `OrderRepo.setStates` entries). */
interface OrderStateEntry {
  chatId: number;
  panelId: string;
  orderId: string;
  state: TrackState;
}

/** A state to write for a refill (the shape of `RefillRepo.setStates` entries). */
interface RefillStateEntry {
  chatId: number;
  panelId: string;
  refillId: string;
  state: RefillState;
}

type StateEntry = OrderStateEntry | RefillStateEntry;

/**
 * A change waiting for the outcome of its chat's message. The state to write is built from it
 * then (see {@link stateAfter}): kept small, since changes wait for the rest of their group.
 */
interface PendingChange {
  change: Change;
  /** The stored state the change was found against. */
  before: TrackState | RefillState | undefined;
  final: boolean;
}

/**
 * The state to write for a change once its message's outcome is known: `seen` (sent, dropped or
 * muted) → notified = current; otherwise (retry, blocked) notified unchanged, and nothing at all
 * when the stored state already says so.
 */
function stateAfter(pending: PendingChange, seen: boolean): StateEntry | undefined {
  const { change, final } = pending;
  if (change.kind === "order") {
    const before = pending.before as TrackState | undefined;
    const at = { chatId: change.order.chatId, panelId: change.order.panelId, orderId: change.order.orderId };
    if (seen) return { ...at, state: { last: change.current, notified: change.current, final } };
    if (before && sameOrderSnapshot(before.last, change.current)) return undefined;
    return { ...at, state: { ...(before?.notified ? { notified: before.notified } : {}), last: change.current, final: false } };
  }
  const before = pending.before as RefillState | undefined;
  const at = { chatId: change.refill.chatId, panelId: change.refill.panelId, refillId: change.refill.refillId };
  if (seen) return { ...at, state: { last: change.current, notified: change.current, final } };
  if (before && sameRefillSnapshot(before.last, change.current)) return undefined;
  return { ...at, state: { ...(before?.notified ? { notified: before.notified } : {}), last: change.current, final: false } };
}

/** A panel during one cycle. */
interface PanelRun {
  id: string;
  /** Not polled this cycle (in backoff, or not configured): its groups count as failed. */
  skipped: boolean;
  client: PanelClient | undefined;
  name: string;
  limiter: Limiter | undefined;
  /** First `unavailable` / `rate_limited` answer: no more calls this cycle, then backoff. */
  failed: PanelError | undefined;
  succeeded: boolean;
  /** Batches being checked or waiting for their call. */
  batches: number;
  /** The scan, waiting for `batches` to drop below the limit. */
  waiting: Array<() => void>;
}

/** A panel + owner group during one cycle. */
interface GroupRun {
  panel: PanelRun;
  owner: OwnerKey;
  /** Chats with items of this group (told when the key is rejected). */
  chats: Set<number>;
  account: Promise<Account | undefined> | undefined;
  /** Not (fully) checked this cycle; counted once in `failedGroups`. Its later items are skipped. */
  failed: boolean;
  /** The account whose key the panel rejected (its chats are told once the group is done). */
  rejected: Account | undefined;
  /** Items waiting for a full batch of IDs. */
  orders: Array<{ order: TrackedOrder; state: TrackState | undefined }>;
  orderIds: Set<string>;
  refills: Array<{ refill: TrackedRefill; state: RefillState | undefined }>;
  refillIds: Set<string>;
  /** Batches being checked. */
  inFlight: number;
  /**
   * The scan has gone past this group's items (key-ordered scans: a chat's items come together):
   * its last batch is dispatched, and its messages go out as soon as its checks are done.
   */
  closed: boolean;
  /** The cycle is over for this group (rejected-key notice sent). */
  done: boolean;
  /** Changes per chat, sent once the group's batches are checked (one message per chat). */
  perChat: Map<number, PendingChange[]>;
  /**
   * Refill changes per chat (refills are checked before the orders): merged into the chat's order
   * message when it is sent, else sent on their own once the group is done.
   */
  heldRefills: Map<number, PendingChange[]>;
}

/** Everything one cycle keeps. */
interface CycleRun {
  stats: CycleStats;
  signal: AbortSignal | undefined;
  /** True until the scan has seen every item. */
  scanning: boolean;
  /** Whether the scan in progress yields each chat's items together (see OrderRepo.iteratesByChat). */
  byChat: boolean;
  /** In such a scan, the group of the last item: moving to another group closes it. */
  current: GroupRun | undefined;
  blocked: Map<number, boolean>;
  prefs: Map<number, Promise<ChatPrefs>>;
  panels: Map<string, PanelRun>;
  groups: Map<string, GroupRun>;
  tasks: TaskSet;
}

/** Promises in flight, awaited together; settled ones are dropped at once (no growing array). */
class TaskSet {
  readonly #set = new Set<Promise<void>>();

  /** `task` must not reject. */
  add(task: Promise<void>): void {
    this.#set.add(task);
    const drop = () => void this.#set.delete(task);
    task.then(drop, drop);
  }

  /** Resolves once every task, including those added meanwhile, has settled. */
  async drain(): Promise<void> {
    while (this.#set.size > 0) await Promise.all(this.#set);
  }
}

/** Tracked items whose states are read in one query. */
const STATE_READ_CHUNK = 500;
/** Consecutive "unknown order" answers after which an order stops being polled. */
const MAX_UNKNOWN_FAILURES = 20;

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export class Poller {
  readonly #deps: PollerDeps;
  readonly #sender: ChangeSender;
  readonly #now: () => number;
  readonly #perHost: number;
  readonly #maxBackoff: number;
  readonly #writes: Limiter;
  readonly #batchesAhead: number;
  readonly #hostLimiters = new Map<string, Limiter>();
  readonly #backoff = new Map<string, PanelBackoff>();
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #inFlight: Promise<unknown> | undefined;
  #signal: AbortSignal | undefined;

  constructor(deps: PollerDeps, notifier: ChangeSender, options: PollerOptions = {}) {
    this.#deps = deps;
    this.#sender = notifier;
    this.#now = options.now ?? deps.now ?? Date.now;
    this.#perHost = Math.max(1, Math.floor(options.concurrencyPerHost ?? 4));
    this.#maxBackoff = Math.max(1, Math.floor(options.maxBackoffCycles ?? 16));
    this.#writes = new Limiter(Math.max(1, Math.floor(options.writeConcurrency ?? 16)));
    this.#batchesAhead = Math.max(1, Math.floor(options.batchesAhead ?? this.#perHost * 2));
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
   * previous cycle). `signal` (e.g. a leader lease's) stops the loop and anything new of the cycle
   * in flight (see the module comment).
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
        .catch((err) => this.#deps.logger.error({ err: errorText(err) }, "Tracking cycle failed"))
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
    const run: CycleRun = {
      stats: { orders: 0, refills: 0, statusCalls: 0, refillStatusCalls: 0, changes: 0, notified: 0, failedGroups: 0, durationMs: 0 },
      signal,
      scanning: true,
      byChat: false,
      current: undefined,
      blocked: new Map(),
      prefs: new Map(),
      panels: new Map(),
      groups: new Map(),
      tasks: new TaskSet(),
    };
    try {
      await this.#scanRefills(run);
      await this.#refillsChecked(run);
      await this.#scanOrders(run);
    } finally {
      // What is left in each group is checked now; groups already complete send their messages.
      run.scanning = false;
      for (const group of run.groups.values()) {
        this.#dispatchOrders(run, group);
        this.#dispatchRefills(run, group);
        this.#groupProgress(run, group);
      }
      await run.tasks.drain();
    }

    for (const panel of run.panels.values()) {
      if (panel.failed) {
        const b = this.#backoff.get(panel.id) ?? { failures: 0, skip: 0 };
        b.failures += 1;
        b.skip = Math.min(2 ** (b.failures - 1), this.#maxBackoff);
        this.#backoff.set(panel.id, b);
        this.#deps.logger.warn({ panel: panel.id, kind: panel.failed.kind, skipCycles: b.skip }, "Tracking: panel failing, backing off");
      } else if (panel.succeeded) {
        this.#backoff.delete(panel.id);
      }
    }
    for (const group of run.groups.values()) if (group.failed) run.stats.failedGroups += 1;
    run.stats.durationMs = Math.round(performance.now() - started);
    return run.stats;
  }

  // ── scan ──────────────────────────────────────────────────────────────────────────────────

  /**
   * After the refill scan: checks the refills left in each group and waits for every refill check,
   * so that each chat's refill changes are known before its order message goes out. The order scan
   * then starts afresh (no group closed, no current group).
   */
  async #refillsChecked(run: CycleRun): Promise<void> {
    for (const group of run.groups.values()) this.#dispatchRefills(run, group);
    await run.tasks.drain();
    run.current = undefined;
    for (const group of run.groups.values()) group.closed = false;
  }

  async #scanOrders(run: CycleRun): Promise<void> {
    const { orders } = this.#deps.storage;
    run.byChat = orders.iteratesByChat;
    let batch: TrackedOrder[] = [];
    for await (const order of orders.iterate()) {
      if (run.signal?.aborted) return;
      if (!(await this.#admit(run, order.chatId, order.panelId, order.owner))) continue;
      batch.push(order);
      if (batch.length >= STATE_READ_CHUNK) {
        await this.#takeOrders(run, batch);
        batch = [];
      }
    }
    await this.#takeOrders(run, batch);
    await this.#moveTo(run, undefined);
  }

  async #scanRefills(run: CycleRun): Promise<void> {
    const { refills } = this.#deps.storage;
    run.byChat = refills.iteratesByChat;
    let batch: TrackedRefill[] = [];
    for await (const refill of refills.iterate()) {
      if (run.signal?.aborted) return;
      if (!(await this.#admit(run, refill.chatId, refill.panelId, refill.owner))) continue;
      batch.push(refill);
      if (batch.length >= STATE_READ_CHUNK) {
        await this.#takeRefills(run, batch);
        batch = [];
      }
    }
    await this.#takeRefills(run, batch);
    await this.#moveTo(run, undefined);
  }

  /**
   * Key-ordered scans: the scan reached an item of `group` (undefined: its end). The group of the
   * previous item gets no more items from this scan: it is closed (see GroupRun.closed).
   */
  async #moveTo(run: CycleRun, group: GroupRun | undefined): Promise<void> {
    const previous = run.current;
    if (!run.byChat || previous === group) return;
    run.current = group;
    if (group) group.closed = false;
    if (!previous) return;
    previous.closed = true;
    this.#dispatchOrders(run, previous);
    this.#dispatchRefills(run, previous);
    this.#groupProgress(run, previous);
    await this.#room(previous.panel);
  }

  /** Whether a scanned item goes on to its state read: its chat is not blocked, its group not failed. */
  async #admit(run: CycleRun, chatId: number, panelId: string, owner: OwnerKey): Promise<boolean> {
    let blocked = run.blocked.get(chatId);
    if (blocked === undefined) {
      blocked = (await this.#deps.storage.delivery.get(chatId)).blocked;
      run.blocked.set(chatId, blocked);
    }
    if (blocked) return false;
    const group = this.#group(run, panelId, owner);
    group.chats.add(chatId);
    return !group.failed;
  }

  /** Reads the states of scanned orders (one query) and queues the unfinished ones in their groups. */
  async #takeOrders(run: CycleRun, batch: TrackedOrder[]): Promise<void> {
    if (batch.length === 0 || run.signal?.aborted) return;
    const states = await this.#deps.storage.orders.getStates(batch.map((o) => ({ chatId: o.chatId, panelId: o.panelId, orderId: o.orderId })));
    for (const [i, order] of batch.entries()) {
      const state = states[i];
      const group = this.#group(run, order.panelId, order.owner);
      await this.#moveTo(run, group);
      if (state?.final || group.failed) continue;
      group.orders.push({ order, state });
      group.orderIds.add(order.orderId);
      if (group.orderIds.size >= MAX_IDS_PER_CALL) {
        this.#dispatchOrders(run, group);
        await this.#room(group.panel);
      }
    }
  }

  async #takeRefills(run: CycleRun, batch: TrackedRefill[]): Promise<void> {
    if (batch.length === 0 || run.signal?.aborted) return;
    const states = await this.#deps.storage.refills.getStates(batch.map((r) => ({ chatId: r.chatId, panelId: r.panelId, refillId: r.refillId })));
    for (const [i, refill] of batch.entries()) {
      const state = states[i];
      const group = this.#group(run, refill.panelId, refill.owner);
      await this.#moveTo(run, group);
      if (state?.final || group.failed) continue;
      group.refills.push({ refill, state });
      group.refillIds.add(refill.refillId);
      if (group.refillIds.size >= MAX_IDS_PER_CALL) {
        this.#dispatchRefills(run, group);
        await this.#room(group.panel);
      }
    }
  }

  /**
   * Waits while the panel has `batchesAhead` batches in flight: the scan reads no further than the
   * panels can check, so a cycle holds a few batches, not every tracked item. (A slow panel slows
   * the scan, and so the items of other panels read after its own; a failing one is cut off by its
   * first failed call.)
   */
  async #room(panel: PanelRun): Promise<void> {
    while (panel.batches >= this.#batchesAhead) await new Promise<void>((resolve) => panel.waiting.push(resolve));
  }

  #group(run: CycleRun, panelId: string, owner: OwnerKey): GroupRun {
    const key = `${panelId}\u0000${owner}`;
    let g = run.groups.get(key);
    if (!g) {
      const panel = this.#panel(run, panelId);
      g = {
        panel,
        owner,
        chats: new Set(),
        account: undefined,
        failed: panel.skipped,
        rejected: undefined,
        orders: [],
        orderIds: new Set(),
        refills: [],
        refillIds: new Set(),
        inFlight: 0,
        closed: false,
        done: false,
        perChat: new Map(),
        heldRefills: new Map(),
      };
      run.groups.set(key, g);
    }
    return g;
  }

  /** The panel's state this cycle; the first sight of a panel in backoff uses up one skipped cycle. */
  #panel(run: CycleRun, panelId: string): PanelRun {
    let p = run.panels.get(panelId);
    if (p) return p;
    const backoff = this.#backoff.get(panelId);
    const found = this.#deps.panels.find(panelId);
    let skipped = !found;
    if (backoff && backoff.skip > 0) {
      backoff.skip -= 1;
      skipped = true;
    }
    p = {
      id: panelId,
      skipped,
      client: found?.client,
      name: found?.name ?? panelId,
      limiter: found ? this.#limiterFor(found.url) : undefined,
      failed: undefined,
      succeeded: false,
      batches: 0,
      waiting: [],
    };
    run.panels.set(panelId, p);
    return p;
  }

  // ── checks ────────────────────────────────────────────────────────────────────────────────

  /** Starts checking the orders waiting in a group (a full batch, or what is left at the end). */
  #dispatchOrders(run: CycleRun, group: GroupRun): void {
    if (group.orders.length === 0) return;
    const items = group.orders;
    group.orders = [];
    group.orderIds = new Set();
    this.#track(run, group, () => this.#checkOrders(run, group, items));
  }

  #dispatchRefills(run: CycleRun, group: GroupRun): void {
    if (group.refills.length === 0) return;
    const items = group.refills;
    group.refills = [];
    group.refillIds = new Set();
    this.#track(run, group, () => this.#checkRefills(run, group, items));
  }

  /** Runs one check of a group as a cycle task; the group completes when its last check does. */
  #track(run: CycleRun, group: GroupRun, check: () => Promise<void>): void {
    const { panel } = group;
    group.inFlight += 1;
    panel.batches += 1;
    run.tasks.add(
      check()
        .catch((err) => {
          group.failed = true;
          this.#deps.logger.error({ panel: group.panel.id, owner: group.owner, err: errorText(err) }, "Tracking: checking a group failed");
        })
        .finally(() => {
          group.inFlight -= 1;
          panel.batches -= 1;
          panel.waiting.shift()?.();
          this.#groupProgress(run, group);
        }),
    );
  }

  /**
   * Once a group is closed (or the scan over) and its checks are done: its messages; at the end of
   * the scan, the rejected-key notice.
   */
  #groupProgress(run: CycleRun, group: GroupRun): void {
    if (group.inFlight > 0 || (run.scanning && !group.closed)) return;
    for (const [chatId, pending] of group.perChat) {
      const refills = group.heldRefills.get(chatId);
      if (refills) group.heldRefills.delete(chatId);
      run.tasks.add(this.#deliver(run, chatId, refills ? pending.concat(refills) : pending));
    }
    group.perChat.clear();
    if (run.scanning || group.done) return;
    // No order check of the group is left: refill changes of chats without an order change.
    for (const [chatId, pending] of group.heldRefills) run.tasks.add(this.#deliver(run, chatId, pending));
    group.heldRefills.clear();
    group.done = true;
    const rejected = group.rejected;
    if (rejected) {
      run.tasks.add(
        this.#invalidKey(run, group, rejected).catch((err) =>
          this.#deps.logger.error({ panel: group.panel.id, owner: group.owner, err: errorText(err) }, "Tracking: telling a rejected key failed"),
        ),
      );
    }
  }

  /** The group's account (loaded once); undefined marks the group failed. */
  async #accountOf(group: GroupRun): Promise<Account | undefined> {
    group.account ??= this.#account(group.panel.id, group.owner);
    const account = await group.account;
    if (!account) group.failed = true;
    return group.failed ? undefined : account;
  }

  /** Loads an owner's account; undefined (logged) when missing, undecryptable or on another panel. */
  async #account(panelId: string, owner: OwnerKey): Promise<Account | undefined> {
    let account: Account | undefined;
    try {
      account = await this.#deps.storage.accounts.get(owner);
    } catch (err) {
      this.#deps.logger.warn({ owner, err: err instanceof Error ? err.name : "error" }, "Tracking: account unreadable");
      return undefined;
    }
    if (!account || account.panelId !== panelId) return undefined;
    return account;
  }

  /**
   * One `status` / `refill_status` call through the host limiter. Undefined (the group marked
   * failed) when it was not made or its answer cannot be used: the panel failed this cycle, the
   * key was rejected, or leadership was lost. Any `unavailable` / `rate_limited` item marks the
   * panel failed.
   */
  async #call<T>(
    run: CycleRun,
    group: GroupRun,
    account: Account,
    count: () => void,
    fetch: (client: PanelClient) => Promise<Map<string, BatchItem<T>>>,
  ): Promise<Map<string, BatchItem<T>> | undefined> {
    const { panel } = group;
    const { client, limiter } = panel;
    if (!client || !limiter) return undefined;
    let result: Map<string, BatchItem<T>> | undefined;
    try {
      result = await limiter.run(async () => {
        if (panel.failed || group.failed || run.signal?.aborted) return undefined;
        count();
        return fetch(client);
      });
    } catch (err) {
      if (err instanceof PanelError && err.kind === "invalid_key") {
        group.failed = true;
        group.rejected ??= account;
        return undefined;
      }
      throw err;
    }
    if (!result) {
      group.failed = true;
      return undefined;
    }
    let down: PanelError | undefined;
    for (const item of result.values()) {
      if (!item.ok && (item.error.kind === "unavailable" || item.error.kind === "rate_limited")) down ??= item.error;
      else if (item.ok || item.error.kind === "unknown_order" || item.error.kind === "unknown_refill") panel.succeeded = true;
    }
    if (down) {
      panel.failed ??= down;
      group.failed = true;
      return undefined;
    }
    return result;
  }

  /** Checks one batch of a group's orders, writes the quiet states and queues the changes per chat. */
  async #checkOrders(run: CycleRun, group: GroupRun, items: Array<{ order: TrackedOrder; state: TrackState | undefined }>): Promise<void> {
    const account = await this.#accountOf(group);
    if (!account) return;
    const { stats } = run;
    stats.orders += items.length;
    const ids = [...new Set(items.map((x) => x.order.orderId))];
    const results = await this.#call(run, group, account, () => (stats.statusCalls += 1), (client) =>
      client.statuses(account.apiKey, ids, { concurrency: 1 }),
    );
    if (!results) return;

    const now = this.#now();
    const quiet: OrderStateEntry[] = [];
    for (const { order, state } of items) {
      const item = results.get(order.orderId);
      if (!item) continue;
      const at = { chatId: order.chatId, panelId: order.panelId, orderId: order.orderId };
      if (!item.ok) {
        if (item.error.kind !== "unknown_order") continue;
        // The panel no longer knows it (deleted, or another account's): give up after a while.
        const failures = (state?.failures ?? 0) + 1;
        const gaveUp = failures >= MAX_UNKNOWN_FAILURES;
        if (gaveUp) this.#deps.logger.info({ panel: order.panelId, order: order.orderId }, "Tracking: order unknown to the panel; stopped");
        quiet.push({ ...at, state: { ...state, final: gaveUp, failures } });
        continue;
      }
      const current = orderSnapshot(item.value, now);
      const final = isFinalOrderStatus(current.status);
      const prefs = await this.#prefsOf(run, order.chatId);
      const { notify, previous } = detectOrderChange(order, state?.notified, current, prefs.progress);
      if (!notify) {
        if (!state || !sameOrderSnapshot(state.last, current) || state.final !== final || !state.notified || state.failures) {
          quiet.push({ ...at, state: { last: current, notified: state?.notified ?? current, final } });
        }
        continue;
      }
      stats.changes += 1;
      this.#queueChange(group.perChat, order.chatId, { change: { kind: "order", order, current, ...(previous ? { previous } : {}) }, before: state, final });
    }
    // In the background: this batch's items and answers need not wait for the write.
    if (!run.signal?.aborted) run.tasks.add(this.#writeStates(quiet));
  }

  /** Same for a batch of refills. */
  async #checkRefills(run: CycleRun, group: GroupRun, items: Array<{ refill: TrackedRefill; state: RefillState | undefined }>): Promise<void> {
    const account = await this.#accountOf(group);
    if (!account) return;
    const { stats } = run;
    stats.refills += items.length;
    const ids = [...new Set(items.map((x) => x.refill.refillId))];
    const results = await this.#call(run, group, account, () => (stats.refillStatusCalls += 1), (client) =>
      client.refillStatuses(account.apiKey, ids, { concurrency: 1 }),
    );
    if (!results) return;

    const now = this.#now();
    const quiet: RefillStateEntry[] = [];
    for (const { refill, state } of items) {
      const item = results.get(refill.refillId);
      if (!item || !item.ok) continue;
      const at = { chatId: refill.chatId, panelId: refill.panelId, refillId: refill.refillId };
      const current: RefillSnapshot = { status: item.value.status, at: now };
      const final = isFinalRefillStatus(current.status);
      const { notify, previous } = detectRefillChange(refill, state?.notified, current);
      if (!notify) {
        if (!state || !sameRefillSnapshot(state.last, current) || state.final !== final || !state.notified) {
          quiet.push({ ...at, state: { last: current, notified: state?.notified ?? current, final } });
        }
        continue;
      }
      stats.changes += 1;
      this.#queueChange(group.heldRefills, refill.chatId, { change: { kind: "refill", refill, current, previous }, before: state, final });
    }
    if (!run.signal?.aborted) run.tasks.add(this.#writeStates(quiet));
  }

  #queueChange(perChat: Map<number, PendingChange[]>, chatId: number, pending: PendingChange): void {
    const list = perChat.get(chatId);
    if (list) list.push(pending);
    else perChat.set(chatId, [pending]);
  }

  #prefsOf(run: CycleRun, chatId: number): Promise<ChatPrefs> {
    let p = run.prefs.get(chatId);
    if (!p) {
      p = this.#deps.storage.prefs.get(chatId);
      run.prefs.set(chatId, p);
    }
    return p;
  }

  /** The language of a chat's notifications: its choice, else its Telegram language, else the default. */
  #locale(prefs: ChatPrefs): string {
    return prefs.language ?? prefs.detectedLanguage ?? this.#deps.config.defaultLocale;
  }

  // ── delivery ──────────────────────────────────────────────────────────────────────────────

  /**
   * Sends a chat's message, then writes the states its outcome calls for (one batch). Never
   * throws. Once leadership is lost nothing new is sent or written, but a send that was already
   * made is let finish and its `notified` states are written (the next leader then has nothing to
   * repeat).
   */
  async #deliver(run: CycleRun, chatId: number, pending: PendingChange[]): Promise<void> {
    const { signal, stats } = run;
    try {
      const prefs = await this.#prefsOf(run, chatId);
      if (signal?.aborted) return;
      let outcome: SendOutcome | "muted";
      if (!prefs.notifications) outcome = "muted";
      else
        outcome = await this.#sender.notify(
          chatId,
          pending.map((p) => p.change),
          this.#locale(prefs),
          signal,
        );
      if (outcome === "sent") stats.notified += 1;
      // After the abort, only a message that went out is recorded: another leader may be writing.
      if (signal?.aborted && outcome !== "sent") return;
      const seen = outcome === "sent" || outcome === "dropped" || outcome === "muted";
      const entries: StateEntry[] = [];
      for (const p of pending) {
        const entry = stateAfter(p, seen);
        if (entry) entries.push(entry);
      }
      await this.#writeStates(entries);
    } catch (err) {
      this.#deps.logger.error({ chatId, err: errorText(err) }, "Tracking: delivering a notification failed");
    }
  }

  /** Writes states in batches (`setStates`) through the poller's write limiter; never throws. */
  async #writeStates(entries: StateEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const orders: OrderStateEntry[] = [];
    const refills: RefillStateEntry[] = [];
    for (const e of entries) {
      if ("orderId" in e) orders.push(e);
      else refills.push(e);
    }
    const { storage } = this.#deps;
    try {
      await this.#writes.run(async () => {
        if (orders.length > 0) await storage.orders.setStates(orders);
        if (refills.length > 0) await storage.refills.setStates(refills);
      });
    } catch (err) {
      this.#deps.logger.error({ states: entries.length, err: errorText(err) }, "Tracking: writing states failed");
    }
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

  /** invalid_key: tell each of the owner's chats once per connected key (when notifications are on). */
  async #invalidKey(run: CycleRun, group: GroupRun, account: Account): Promise<void> {
    const { storage, logger } = this.#deps;
    const panelId = group.panel.id;
    logger.warn({ panel: panelId, owner: group.owner }, "Tracking: the panel rejects the owner's key; skipped");
    for (const chatId of group.chats) {
      if (run.signal?.aborted) return;
      const cacheKey = `tracking:invalid-key:${group.owner}:${panelId}:${account.connectedAt}:${chatId}`;
      if (await storage.cache.get<boolean>(cacheKey)) continue;
      const prefs = await this.#prefsOf(run, chatId);
      if (!prefs.notifications) continue;
      const outcome = await this.#sender.notifyInvalidKey(chatId, group.panel.name, this.#locale(prefs), run.signal);
      if (outcome !== "retry") await storage.cache.set(cacheKey, true, 30 * 24 * 3600 * 1000);
    }
  }
}
