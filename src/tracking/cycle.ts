/**
 * One tracking cycle: streams through the tracked refills, then the orders, checks them in batches
 * and hands each chat's changes to delivery.
 *
 * The refills (few) are all checked before the order scan starts; their changes wait per chat and
 * group, and go out in that chat's order message (one message per chat and group per cycle), or
 * at the end of the cycle for chats without an order change:
 * 1. Items of chats marked blocked are skipped. States are read 500 items at a time and final items
 *    dropped. The rest wait per panel + owner (the account whose key checks them) until 100
 *    distinct IDs are collected: that batch is checked (one `status` / `refill_status` call) while
 *    the scan goes on; what is left is checked when the scan ends. A group costs exactly
 *    ceil(IDs / 100) calls, and only batches waiting for their call or their messages are held.
 * 2. Panels are independent; panels in backoff are skipped. Every HTTP call goes through a per-host
 *    limiter. Each owner's account is loaded once per cycle.
 * 3. A panel that answers `unavailable` / `rate_limited` stops being called for the rest of the
 *    cycle and backs off (see backoff.ts). A key the panel rejects (`invalid_key`), or one that
 *    cannot be decrypted, marks the account as needing reconnection: its items are paused, and its
 *    chats are told once (see reconnect.ts).
 * 4. Changes (status vs. the last notified snapshot; start count / remains too when the chat's
 *    `progress` preference is on; see changes.ts) are coalesced into one message per chat (several
 *    when they do not fit one), sent once all the group's batches are checked (delivery.ts) — or,
 *    for a chat whose owner has several accounts (groups), at the end of the cycle. States of items with
 *    nothing to tell are written per batch with one `setStates` (two queries per batch, not two
 *    per item).
 *
 * Only the poller writes TrackState; `setStates` never re-creates the state of an item untracked
 * meanwhile, and items tracked during a cycle may wait for the next one.
 *
 * Leadership lost (the `signal` aborts): nothing new starts — no panel call, no send, no write of
 * a state nobody saw — but a message already handed to the sender is let finish and its states
 * are written, so the next leader does not send it again.
 *
 * Shards (several instances, see shards.ts): the same per chat, with the chat's shard lease. An
 * item is asked about only while its shard is held (checked right before the call), its answer is
 * used, its state written and its chat's message sent only while it still is (the send gets the
 * shard's signal).
 */
import { MAX_IDS_PER_CALL, type PanelClient } from "../panel/client.js";
import { PanelError } from "../panel/errors.js";
import type { BatchItem, OrderStatus } from "../panel/types.js";
import type { Account, ChatPrefs, OwnerKey } from "../storage/types.js";
import { nextPollAt, RIDE_AHEAD_CYCLES, type AdaptivePolicy } from "./adaptive.js";
import type { PanelBackoff } from "./backoff.js";
import { ordersOutcome, refillsOutcome, type BatchOutcome, type PendingChange, type StateEntry } from "./changes.js";
import { errorText, type Delivery } from "./delivery.js";
import type { TrackingDeps } from "./deps.js";
import type { HostLimiter } from "./limiter.js";
import { Mark, orderFingerprint, type MemGroup, type TrackedSource, type TrackingView } from "./memory.js";
import type { Reconnect, ReconnectGuard } from "./reconnect.js";

/** Figures of one cycle. */
export interface CycleStats {
  /** Tracked orders checked (not final, chat not blocked, panel not in backoff). */
  orders: number;
  /** Tracked refills checked. */
  refills: number;
  /** Unfinished orders and refills not due this cycle (adaptive polling, see adaptive.ts). */
  deferred: number;
  /** `status` calls made (100 IDs each). */
  statusCalls: number;
  /** `refill_status` calls made. */
  refillStatusCalls: number;
  /** Changes found (notified or, with notifications off, recorded silently). */
  changes: number;
  /** Messages sent (changes; reconnect notices are not counted). */
  notified: number;
  /**
   * Panel + owner groups not checked: panel failing or in backoff, account missing, or needing
   * reconnection (key rejected or undecryptable).
   */
  failedGroups: number;
  durationMs: number;
}

/** What a cycle uses of the poller (kept across cycles). */
export interface CycleContext {
  deps: TrackingDeps;
  delivery: Delivery;
  backoff: PanelBackoff;
  reconnect: ReconnectGuard;
  /** The limiter of a panel URL's host. */
  limiterFor(url: string): HostLimiter;
  /** Batches of one panel being checked or waiting for their call (see Cycle.room). */
  batchesAhead: number;
  now: () => number;
  /** The tracked items, their states and per-chat data, in memory (synced before the cycle). */
  view: TrackingView;
  adaptive: AdaptivePolicy;
}

/** A panel during one cycle. */
interface PanelRun {
  id: string;
  /** Not polled this cycle (in backoff, or not configured): its groups count as failed. */
  skipped: boolean;
  client: PanelClient | undefined;
  name: string;
  limiter: HostLimiter | undefined;
  /** First `unavailable` / `rate_limited` answer: no more calls this cycle, then backoff. */
  failed: PanelError | undefined;
  succeeded: boolean;
  /** Batches being checked or waiting for their call. */
  batches: number;
  /** The scan, waiting for `batches` to drop below the limit. */
  waiting: Array<() => void>;
}

/** A panel + owner's account group during one cycle. */
interface GroupRun {
  panel: PanelRun;
  owner: OwnerKey;
  accountId: string;
  /** Chats with items of this group (told when the account needs reconnecting). */
  chats: Set<number>;
  account: Promise<Account | undefined> | undefined;
  /** Not (fully) checked this cycle; counted once in `failedGroups`. Its later items are skipped. */
  failed: boolean;
  /** The account needs reconnecting (its chats are told once the group is done). */
  reconnect: Reconnect | undefined;
  /** The account's orders and refills in memory (their slots are what the batches below hold). */
  orderMem: MemGroup | undefined;
  refillMem: MemGroup | undefined;
  /** Slots waiting for a full batch of IDs. */
  orders: number[];
  orderIds: Set<string>;
  /** Slots due soon (adaptive polling): they top up the group's last call if it has room. */
  spareOrders: number[];
  spareRefills: number[];
  refills: number[];
  refillIds: Set<string>;
  /** Batches being checked. */
  inFlight: number;
  /**
   * The scan has gone past this group's items (key-ordered scans: a chat's items come together):
   * its last batch is dispatched, and its messages go out as soon as its checks are done.
   */
  closed: boolean;
  /** The cycle is over for this group (reconnect notices handed over). */
  done: boolean;
  /** Changes per chat, sent once the group's batches are checked (one message per chat). */
  perChat: Map<number, PendingChange[]>;
  /**
   * Refill changes per chat (refills are checked before the orders): merged into the chat's order
   * message when it is sent, else sent on their own once the group is done.
   */
  heldRefills: Map<number, PendingChange[]>;
}

/** What {@link Cycle.#scan} walks (the orders or the refills) and where their items go in a group. */
interface ScanLane {
  groups: ReadonlyMap<string, MemGroup>;
  /** The group run's memory of this kind. */
  bind(group: GroupRun, mem: MemGroup): void;
  /** Keeps a slot due soon for the group's last call (when there is room). */
  spare(group: GroupRun, slot: number): void;
  /** Queues a due slot; returns how many distinct IDs the group's batch holds now. */
  queue(group: GroupRun, slot: number): number;
  dispatch(group: GroupRun): void;
}

/**
 * Adds a slot to a batch (`slots`, and `ids`, its distinct ids, kept only while the group has an
 * id held by two chats: see MemGroup.sharesIds). Returns how many distinct ids the batch holds.
 */
function addToBatch(mem: MemGroup, slots: number[], ids: Set<string>, slot: number): number {
  slots.push(slot);
  return mem.sharesIds ? ids.add(mem.idOf(slot)).size : slots.length;
}

/** Tops a batch up with spare slots (due soon) while its call has room; returns how many it took. */
function topUp(mem: MemGroup, slots: number[], ids: Set<string>, spares: number[]): number {
  let taken = 0;
  while ((mem.sharesIds ? ids.size : slots.length) < MAX_IDS_PER_CALL && spares.length > 0) {
    const slot = spares.pop()!;
    if (mem.dead(slot) || slots.includes(slot)) continue;
    addToBatch(mem, slots, ids, slot);
    taken += 1;
  }
  return taken;
}

/**
 * The ids a batch asks about: its items still tracked whose shard is held right now (always,
 * unsharded), each id once (an id tracked by two chats is asked once; see MemGroup.sharesIds).
 */
function askable(mem: MemGroup, slots: readonly number[], view: TrackingView): string[] {
  const ids: string[] = [];
  const seen = mem.sharesIds ? new Set<string>() : undefined;
  for (const s of slots) {
    if (mem.dead(s) || !view.alive(mem.chatOf(s))) continue;
    const id = mem.idOf(s);
    if (seen) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    ids.push(id);
  }
  return ids;
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

export class Cycle {
  readonly stats: CycleStats = {
    orders: 0,
    refills: 0,
    deferred: 0,
    statusCalls: 0,
    refillStatusCalls: 0,
    changes: 0,
    notified: 0,
    failedGroups: 0,
    durationMs: 0,
  };
  /** True until the scan has seen every item. */
  #scanning = true;
  /** The group of the last item scanned: moving to another group closes it. */
  #current: GroupRun | undefined;
  /** Start of the cycle: items due before it are polled. */
  #start = 0;
  /** Items due before this may ride along in a call with room. */
  #soon = 0;
  readonly #panels = new Map<string, PanelRun>();
  readonly #groups = new Map<string, GroupRun>();
  readonly #tasks = new TaskSet();

  constructor(
    private readonly ctx: CycleContext,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /**
   * Changes of chats whose owner has several accounts with tracked items: the groups (one per
   * account) finish at different times, so these chats get one message at the end of the cycle
   * (the others as soon as their group is done).
   */
  readonly #multiAccount = new Map<number, PendingChange[]>();

  /** One full pass over every tracked order and refill. */
  async run(): Promise<CycleStats> {
    const started = performance.now();
    this.#start = this.ctx.now();
    this.#soon = this.#start + RIDE_AHEAD_CYCLES * this.ctx.deps.config.pollIntervalMs;
    try {
      await this.#scanRefills();
      await this.#refillsChecked();
      await this.#scanOrders();
    } finally {
      // What is left in each group is checked now; groups already complete send their messages.
      this.#scanning = false;
      for (const group of this.#groups.values()) {
        this.#dispatchOrders(group);
        this.#dispatchRefills(group);
        this.#groupProgress(group);
      }
      await this.#tasks.drain();
      for (const [chatId, pending] of this.#multiAccount) this.#tasks.add(this.#deliver(chatId, pending));
      this.#multiAccount.clear();
      await this.#tasks.drain();
    }

    const { backoff, deps } = this.ctx;
    for (const panel of this.#panels.values()) {
      if (panel.failed) {
        const skip = backoff.failed(panel.id);
        deps.logger.warn({ panel: panel.id, kind: panel.failed.kind, skipCycles: skip }, "Tracking: panel failing, backing off");
      } else if (panel.succeeded) {
        backoff.succeeded(panel.id);
      }
    }
    for (const group of this.#groups.values()) if (group.failed) this.stats.failedGroups += 1;
    this.stats.durationMs = Math.round(performance.now() - started);
    return this.stats;
  }

  // ── scan ──────────────────────────────────────────────────────────────────────────────────

  /**
   * After the refill scan: checks the refills left in each group and waits for every refill check,
   * so that each chat's refill changes are known before its order message goes out. The order scan
   * then starts afresh (no group closed, no current group).
   */
  async #refillsChecked(): Promise<void> {
    for (const group of this.#groups.values()) this.#dispatchRefills(group);
    await this.#tasks.drain();
    this.#current = undefined;
    for (const group of this.#groups.values()) group.closed = false;
  }

  /**
   * Walks the orders (or refills) in memory, group by group (no storage read, no per-order await):
   * due items of chats not blocked are queued in their group; a full batch is dispatched, and the
   * walk waits for room when the panel has enough batches ahead. Items due soon are kept as spares
   * that top up the group's last call.
   */
  async #scan(lane: ScanLane): Promise<void> {
    for (const mem of lane.groups.values()) {
      if (this.signal?.aborted) return;
      const group = this.#group(mem);
      lane.bind(group, mem);
      await this.#moveTo(group);
      // Slots stay valid through the cycle (removed items leave dead slots; see memory.ts).
      const slots = mem.slots;
      for (let slot = 0; slot < slots; slot++) {
        if (mem.dead(slot)) continue;
        const nextAt = mem.nextAtOf(slot);
        if (nextAt > this.#start) {
          this.stats.deferred += 1;
          if (nextAt <= this.#soon) lane.spare(group, slot);
          continue;
        }
        // Known flags answer at once: no await (no microtask) per item.
        let admitted = this.#admit(mem.chatOf(slot), group);
        if (typeof admitted !== "boolean") admitted = await admitted;
        if (!admitted) {
          if (group.failed) break;
          continue;
        }
        if (lane.queue(group, slot) >= MAX_IDS_PER_CALL) {
          lane.dispatch(group);
          await this.#room(group.panel);
          if (this.signal?.aborted) return;
        }
      }
    }
    await this.#moveTo(undefined);
  }

  #scanOrders(): Promise<void> {
    return this.#scan({
      groups: this.ctx.view.orders.groups,
      bind: (group, mem) => void (group.orderMem = mem),
      spare: (group, slot) => {
        if (group.spareOrders.length < MAX_IDS_PER_CALL - 1) group.spareOrders.push(slot);
      },
      queue: (group, slot) => addToBatch(group.orderMem!, group.orders, group.orderIds, slot),
      dispatch: (group) => this.#dispatchOrders(group),
    });
  }

  #scanRefills(): Promise<void> {
    return this.#scan({
      groups: this.ctx.view.refills.groups,
      bind: (group, mem) => void (group.refillMem = mem),
      spare: (group, slot) => {
        if (group.spareRefills.length < MAX_IDS_PER_CALL - 1) group.spareRefills.push(slot);
      },
      queue: (group, slot) => addToBatch(group.refillMem!, group.refills, group.refillIds, slot),
      dispatch: (group) => this.#dispatchRefills(group),
    });
  }

  /**
   * The scan reached the items of `group` (undefined: its end). The group of the previous items
   * gets no more items from this scan: it is closed (see GroupRun.closed).
   */
  async #moveTo(group: GroupRun | undefined): Promise<void> {
    const previous = this.#current;
    if (previous === group) return;
    this.#current = group;
    if (group) group.closed = false;
    if (!previous) return;
    previous.closed = true;
    this.#dispatchOrders(previous);
    this.#dispatchRefills(previous);
    this.#groupProgress(previous);
    await this.#room(previous.panel);
  }

  /** Whether an item goes on to its check: its chat is not blocked, its group not failed (sync when the flag is known). */
  #admit(chatId: number, group: GroupRun): boolean | Promise<boolean> {
    if (group.failed || !this.ctx.view.alive(chatId)) return false;
    const blocked = this.ctx.view.blocked(chatId);
    if (typeof blocked === "boolean") {
      if (blocked) return false;
      group.chats.add(chatId);
      return true;
    }
    return blocked.then((b) => {
      if (b) return false;
      group.chats.add(chatId);
      return !group.failed;
    });
  }

  /**
   * Waits while the panel has `batchesAhead` batches in flight: the scan reads no further than the
   * panels can check, so a cycle holds a few batches, not every tracked item. (A slow panel slows
   * the scan, and so the items of other panels read after its own; a failing one is cut off by its
   * first failed call.)
   */
  async #room(panel: PanelRun): Promise<void> {
    while (panel.batches >= this.ctx.batchesAhead) await new Promise<void>((resolve) => panel.waiting.push(resolve));
  }

  #group(mem: MemGroup): GroupRun {
    let g = this.#groups.get(mem.key);
    if (!g) {
      const panel = this.#panel(mem.panelId);
      g = {
        panel,
        owner: mem.owner,
        accountId: mem.accountId,
        chats: new Set(),
        account: undefined,
        failed: panel.skipped,
        reconnect: undefined,
        orderMem: undefined,
        refillMem: undefined,
        orders: [],
        orderIds: new Set(),
        spareOrders: [],
        spareRefills: [],
        refills: [],
        refillIds: new Set(),
        inFlight: 0,
        closed: false,
        done: false,
        perChat: new Map(),
        heldRefills: new Map(),
      };
      this.#groups.set(mem.key, g);
    }
    return g;
  }

  /** The panel's state this cycle; the first sight of a panel in backoff uses up one skipped cycle. */
  #panel(panelId: string): PanelRun {
    let p = this.#panels.get(panelId);
    if (p) return p;
    const found = this.ctx.deps.panels.find(panelId);
    const inBackoff = this.ctx.backoff.skipsCycle(panelId);
    p = {
      id: panelId,
      skipped: !found || inBackoff,
      client: found?.client,
      name: found?.name ?? panelId,
      limiter: found ? this.ctx.limiterFor(found.url) : undefined,
      failed: undefined,
      succeeded: false,
      batches: 0,
      waiting: [],
    };
    this.#panels.set(panelId, p);
    return p;
  }

  // ── checks ────────────────────────────────────────────────────────────────────────────────

  /** Starts checking the orders waiting in a group (a full batch, or what is left at the end). */
  #dispatchOrders(group: GroupRun): void {
    if (group.orders.length === 0) return;
    // Room left in the call: items due soon ride along (at the group's end, when the call is partial).
    if (!this.#scanning || group.closed) this.stats.deferred -= topUp(group.orderMem!, group.orders, group.orderIds, group.spareOrders);
    const items = group.orders;
    group.orders = [];
    group.orderIds.clear();
    this.#track(group, () => this.#checkOrders(group, items));
  }

  #dispatchRefills(group: GroupRun): void {
    if (group.refills.length === 0) return;
    if (!this.#scanning || group.closed) this.stats.deferred -= topUp(group.refillMem!, group.refills, group.refillIds, group.spareRefills);
    const items = group.refills;
    group.refills = [];
    group.refillIds.clear();
    this.#track(group, () => this.#checkRefills(group, items));
  }

  /** Runs one check of a group as a cycle task; the group completes when its last check does. */
  #track(group: GroupRun, check: () => Promise<void>): void {
    const { panel } = group;
    group.inFlight += 1;
    panel.batches += 1;
    this.#tasks.add(
      check()
        .catch((err) => {
          group.failed = true;
          this.ctx.deps.logger.error({ panel: group.panel.id, owner: group.owner, err: errorText(err) }, "Tracking: checking a group failed");
        })
        .finally(() => {
          group.inFlight -= 1;
          panel.batches -= 1;
          panel.waiting.shift()?.();
          this.#groupProgress(group);
        }),
    );
  }

  /**
   * Once a group is closed (or the scan over) and its checks are done: its messages; at the end of
   * the scan, the reconnect notices.
   */
  #groupProgress(group: GroupRun): void {
    if (group.inFlight > 0 || (this.#scanning && !group.closed)) return;
    for (const [chatId, pending] of group.perChat) {
      const refills = group.heldRefills.get(chatId);
      if (refills) group.heldRefills.delete(chatId);
      this.#deliverOrHold(group, chatId, refills ? pending.concat(refills) : pending);
    }
    group.perChat.clear();
    if (this.#scanning || group.done) return;
    // No order check of the group is left: refill changes of chats without an order change.
    for (const [chatId, pending] of group.heldRefills) this.#deliverOrHold(group, chatId, pending);
    group.heldRefills.clear();
    group.done = true;
    if (group.reconnect) {
      const chats = this.ctx.view.sharded ? new Set([...group.chats].filter((c) => this.ctx.view.alive(c))) : group.chats;
      const target = { panelId: group.panel.id, panelName: group.panel.name, owner: group.owner, accountId: group.accountId, chats };
      this.#tasks.add(this.ctx.reconnect.tell(target, group.reconnect, (chatId) => this.#prefsOf(chatId), this.signal));
    }
  }

  /** A group's changes for a chat: sent now, or held for the chat's one message (see #multiAccount). */
  #deliverOrHold(group: GroupRun, chatId: number, pending: PendingChange[]): void {
    if (this.ctx.view.accountsOf(group.owner) < 2) {
      this.#tasks.add(this.#deliver(chatId, pending));
      return;
    }
    const held = this.#multiAccount.get(chatId);
    if (held) held.push(...pending);
    else this.#multiAccount.set(chatId, pending);
  }

  /** The group's account (loaded once); undefined marks the group failed (paused: told when done). */
  async #accountOf(group: GroupRun): Promise<Account | undefined> {
    group.account ??= this.ctx.reconnect.check(group.panel.id, group.owner, group.accountId, this.signal).then((check) => {
      if (check.kind === "paused") group.reconnect ??= check.reconnect;
      return check.kind === "ready" ? check.account : undefined;
    });
    const account = await group.account;
    if (!account) group.failed = true;
    return group.failed ? undefined : account;
  }

  /**
   * One `status` / `refill_status` call through the host limiter. Undefined (the group marked
   * failed) when it was not made or its answer cannot be used: the panel failed this cycle, the
   * key was rejected, or leadership was lost. Any `unavailable` / `rate_limited` item marks the
   * panel failed.
   */
  async #call<T>(
    group: GroupRun,
    account: Account,
    count: () => void,
    /** The call; undefined when nothing is left to ask (its items' shards were lost). */
    fetch: (client: PanelClient) => Promise<Map<string, BatchItem<T>>> | undefined,
  ): Promise<Map<string, BatchItem<T>> | undefined> {
    const { panel } = group;
    const { client, limiter } = panel;
    if (!client || !limiter) return undefined;
    let result: Map<string, BatchItem<T>> | undefined;
    try {
      result = await limiter.run(async () => {
        if (panel.failed || group.failed || this.signal?.aborted) return undefined;
        const call = fetch(client);
        if (!call) return new Map<string, BatchItem<T>>();
        count();
        return call;
      });
    } catch (err) {
      if (err instanceof PanelError && err.kind === "invalid_key") {
        group.failed = true;
        this.ctx.reconnect.forgetOne(group.panel.id, group.owner, group.accountId);
        group.reconnect ??= this.ctx.reconnect.fresh("rejected", account.connectedAt);
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
      if (!item.ok && (item.error.kind === "unavailable" || item.error.kind === "rate_limited")) {
        down ??= item.error;
        // 429 + Retry-After: every account on the host waits (the host's limiter is shared).
        if (item.error.kind === "rate_limited" && item.error.retryAfterMs !== undefined) limiter.pause(item.error.retryAfterMs);
      } else if (item.ok || item.error.kind === "unknown_order" || item.error.kind === "unknown_refill") panel.succeeded = true;
    }
    if (down) {
      panel.failed ??= down;
      group.failed = true;
      return undefined;
    }
    return result;
  }

  /**
   * Checks one batch of a group's orders. An answer equal to a clean state's marks is settled in
   * memory (see memory.ts); the other items are read from storage (metadata and state, one
   * multi-key read each) and decided there: quiet states written, changes queued per chat.
   */
  async #checkOrders(group: GroupRun, slots: number[]): Promise<void> {
    const mem = group.orderMem!;
    const account = await this.#accountOf(group);
    if (!account) return;
    const { stats } = this;
    stats.orders += slots.length;
    const { view } = this.ctx;
    const results = await this.#call(
      group,
      account,
      () => (stats.statusCalls += 1),
      (client) => {
        const ids = askable(mem, slots, view);
        return ids.length > 0 ? client.statuses(account.apiKey, ids, { concurrency: 1 }) : undefined;
      },
    );
    if (!results) return;
    if (view.sharded) slots = slots.filter((s) => view.alive(mem.chatOf(s)));

    const now = this.ctx.now();
    // Each chat's preferences once per batch (not one await per order).
    const progress = new Map<number, boolean>();
    for (const s of slots) {
      const chatId = mem.chatOf(s);
      if (!progress.has(chatId)) progress.set(chatId, (await this.#prefsOf(chatId)).progress);
    }
    const { statuses } = view.orders;
    const slow: number[] = [];
    // Adaptive polling: what moved is polled at the full rate; the rest a little less often.
    const moved = new Set<number>();
    for (const s of slots) {
      if (mem.dead(s)) continue;
      const item = results.get(mem.idOf(s));
      if (!item) continue;
      if (!item.ok) {
        if (item.error.kind === "unknown_order") slow.push(s);
        continue;
      }
      const flags = mem.flagsOf(s);
      const same =
        (flags & Mark.HasLast) !== 0 &&
        mem.statusOf(s) === statuses.peek(item.value.status) &&
        mem.fingerprintOf(s) === orderFingerprint(item.value);
      if (!same) moved.add(s);
      // Nothing to tell nor to write (the usual case): no storage read, no allocation.
      if (same && (flags & Mark.Clean) !== 0 && ((flags & Mark.ProgressClean) !== 0 || !progress.get(mem.chatOf(s)))) continue;
      slow.push(s);
    }
    if (slow.length > 0) await this.#decideOrders(group, mem, slow, results, now, progress, moved);
    for (const s of slots) this.#reschedule(mem, s, moved.has(s), now);
  }

  /** The orders of a batch not settled in memory: read from storage and decided (changes.ts). */
  async #decideOrders(
    group: GroupRun,
    mem: MemGroup,
    slots: number[],
    results: ReadonlyMap<string, BatchItem<OrderStatus>>,
    now: number,
    progress: ReadonlyMap<number, boolean>,
    moved: Set<number>,
  ): Promise<void> {
    const read = await this.#read(this.ctx.view.orders.source, mem, slots);
    const items = [...read].map(([order, { state }]) => ({ order, state }));
    const outcome = await ordersOutcome(items, results, now, (chatId) => progress.get(chatId) ?? false);
    for (const order of outcome.gaveUp)
      this.ctx.deps.logger.info({ panel: order.panelId, order: order.orderId }, "Tracking: order unknown to the panel; stopped");
    this.#queue(group.perChat, outcome);
    for (const { pending } of outcome.changes) {
      const slot = pending.change.kind === "order" ? read.get(pending.change.order)?.slot : undefined;
      if (slot !== undefined) moved.add(slot);
    }
    // Part of the batch's check: the scan's backpressure (#room) then also waits for the writes,
    // so a first cycle writing every baseline does not pile up writes in memory.
    if (!this.signal?.aborted) await this.ctx.delivery.writeStates(this.#held(outcome.quiet));
  }

  /**
   * The metadata and state of a batch's unsettled slots, from storage (one multi-key read each),
   * by metadata object; items untracked meanwhile are left out (the change feed drops them from memory).
   */
  async #read<M extends object, S>(
    source: TrackedSource<M, S>,
    mem: MemGroup,
    slots: number[],
  ): Promise<Map<M, { state: S | undefined; slot: number }>> {
    const refs = slots.map((s) => ({ chatId: mem.chatOf(s), panelId: mem.panelId, id: mem.idOf(s) }));
    const [metas, states] = await Promise.all([source.getMany(refs), source.getStates(refs)]);
    const read = new Map<M, { state: S | undefined; slot: number }>();
    metas.forEach((meta, j) => {
      if (meta) read.set(meta, { state: states[j], slot: slots[j]! });
    });
    return read;
  }

  /** Same for a batch of refills (no progress; an error leaves a refill as it is). */
  async #checkRefills(group: GroupRun, slots: number[]): Promise<void> {
    const mem = group.refillMem!;
    const account = await this.#accountOf(group);
    if (!account) return;
    const { stats } = this;
    stats.refills += slots.length;
    const { view } = this.ctx;
    const results = await this.#call(
      group,
      account,
      () => (stats.refillStatusCalls += 1),
      (client) => {
        const ids = askable(mem, slots, view);
        return ids.length > 0 ? client.refillStatuses(account.apiKey, ids, { concurrency: 1 }) : undefined;
      },
    );
    if (!results) return;
    if (view.sharded) slots = slots.filter((s) => view.alive(mem.chatOf(s)));

    const now = this.ctx.now();
    const { statuses } = view.refills;
    const slow: number[] = [];
    const moved = new Set<number>();
    for (const s of slots) {
      if (mem.dead(s)) continue;
      const item = results.get(mem.idOf(s));
      if (!item || !item.ok) continue;
      const flags = mem.flagsOf(s);
      const same = (flags & Mark.HasLast) !== 0 && mem.statusOf(s) === statuses.peek(item.value.status);
      if (!same) moved.add(s);
      if (same && (flags & Mark.Clean) !== 0) continue;
      slow.push(s);
    }
    if (slow.length > 0) {
      const read = await this.#read(view.refills.source, mem, slow);
      const items = [...read].map(([refill, { state }]) => ({ refill, state }));
      const outcome = refillsOutcome(items, results, now);
      this.#queue(group.heldRefills, outcome);
      for (const { pending } of outcome.changes) {
        const slot = pending.change.kind === "refill" ? read.get(pending.change.refill)?.slot : undefined;
        if (slot !== undefined) moved.add(slot);
      }
      if (!this.signal?.aborted) await this.ctx.delivery.writeStates(this.#held(outcome.quiet));
    }
    for (const s of slots) this.#reschedule(mem, s, moved.has(s), now);
  }

  /** The entries whose chat's shard is still held (all, unsharded). */
  #held<E extends { chatId: number }>(entries: E[]): E[] {
    const { view } = this.ctx;
    return view.sharded ? entries.filter((e) => view.alive(e.chatId)) : entries;
  }

  /** Counts a batch's changes and queues them per chat. */
  #queue(perChat: Map<number, PendingChange[]>, outcome: BatchOutcome<StateEntry>): void {
    this.stats.changes += outcome.changes.length;
    for (const { chatId, pending } of outcome.changes) {
      const list = perChat.get(chatId);
      if (list) list.push(pending);
      else perChat.set(chatId, [pending]);
    }
  }

  #prefsOf(chatId: number): Promise<ChatPrefs> {
    return this.ctx.view.prefs(chatId);
  }

  /** Next due time of a checked item: a change restarts the full rate (see adaptive.ts). */
  #reschedule(mem: MemGroup, slot: number, moved: boolean, now: number): void {
    if (mem.dead(slot)) return;
    const lastChange = moved ? now : mem.lastChangeOf(slot);
    mem.schedule(slot, lastChange, nextPollAt(this.ctx.adaptive, now, lastChange, this.ctx.deps.config.pollIntervalMs));
  }

  // ── delivery ──────────────────────────────────────────────────────────────────────────────

  /** A chat's message (see delivery.ts); never throws. */
  async #deliver(chatId: number, pending: PendingChange[]): Promise<void> {
    try {
      const prefs = await this.#prefsOf(chatId);
      const signal = this.ctx.view.signalOf(chatId) ?? this.signal;
      const sent = await this.ctx.delivery.changes(chatId, pending, prefs, signal);
      this.stats.notified += sent; // after the await: chats are delivered concurrently
    } catch (err) {
      this.ctx.deps.logger.error({ chatId, err: errorText(err) }, "Tracking: delivering a notification failed");
    }
  }
}
