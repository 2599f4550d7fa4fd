/**
 * The poller's in-memory view of what it tracks: every unfinished tracked order and refill
 * with its metadata and last state, grouped by the account that checks them, plus per-chat flags
 * (blocked, preferences). A cycle walks this view instead of scanning storage.
 *
 * - Loaded once when the instance starts polling (or takes a shard), dropped when it stops (or loses
 *   the shard: another instance may write meanwhile).
 * - Written through: the poller's own state writes update it (see Delivery.onWritten); final items
 *   leave it (they are never polled again).
 * - Kept right across instances by the storage's change feed (storage/repos/changes.ts): before each
 *   cycle the poller reads the notes left by track / untrack / touch / setState / prefs / delivery
 *   writes of any instance, re-reads those items and chats from storage, and consumes the notes.
 *
 * Groups: items are grouped by {@link GroupKeyFn} (panel + owner + account id, i.e. whose key checks them);
 * a group's items sit together, so a cycle closes each group as soon as it moves past it and memory
 * stays bounded by what is tracked, whatever the backend's scan order.
 *
 * Adaptive polling: each entry carries when it last changed and when it is next due (see adaptive.ts).
 *
 * Shards (several instances, see shards.ts): with a shard count, the view holds only the items of
 * the chats in the shards this instance holds. A shard taken is loaded at the next sync (one scan
 * for all shards taken meanwhile); a shard lost leaves at once (its items, its chats' data). Notes
 * of the change feed are consumed only by the holder of their chat's shard (the others leave them).
 */
import type { ChangeSubject } from "../storage/repos/changes.js";
import {
  accountIdOf,
  type ChatPrefs,
  type OwnerKey,
  type RefillState,
  type TrackedOrder,
  type TrackedRefill,
  type TrackState,
} from "../storage/types.js";
import type { TrackingStorage } from "./deps.js";
import { shardOf } from "./shards.js";

/** An item's place: chat, panel, item id. */
export interface Ref {
  chatId: number;
  panelId: string;
  id: string;
}

/** One tracked item in memory. */
export interface MemEntry<M, S> {
  item: M;
  state: S | undefined;
  /** When it last changed (or was loaded, tracked or looked at): adaptive polling counts from it. */
  lastChange: number;
  /** Not polled before this time (0: next cycle). */
  nextAt: number;
}

/** The items one account checks. */
export interface MemGroup<M, S> {
  key: string;
  panelId: string;
  owner: OwnerKey;
  accountId: string;
  entries: Map<string, MemEntry<M, S>>;
}

/** What a tracked item needs for grouping. */
export interface Groupable {
  chatId: number;
  panelId: string;
  owner: OwnerKey;
  accountId?: string | undefined;
}

/** The group of an item: the items checked with one key (one account of an owner on one panel). */
export type GroupKeyFn = (item: Groupable) => string;

export const defaultGroupKey: GroupKeyFn = (item) => `${item.panelId}\u0000${item.owner}\u0000${accountIdOf(item)}`;

/** Storage reads of one kind of tracked item. */
export interface TrackedSource<M, S> {
  refOf(item: M): Ref;
  iterate(): AsyncIterable<M>;
  get(ref: Ref): Promise<M | undefined>;
  getStates(refs: Ref[]): Promise<Array<S | undefined>>;
}

const refKey = (r: Ref): string => `${r.chatId}\u0000${r.panelId}\u0000${r.id}`;

/** Items per storage round trip while loading. */
const LOAD_CHUNK = 1000;

export class TrackedMemory<M extends Groupable, S extends { final: boolean }> {
  readonly groups = new Map<string, MemGroup<M, S>>();
  /** Item → its group, to find an entry from a state write or a note. */
  readonly #where = new Map<string, MemGroup<M, S>>();

  constructor(
    private readonly source: TrackedSource<M, S>,
    private readonly groupKey: GroupKeyFn,
  ) {}

  get size(): number {
    return this.#where.size;
  }

  clear(): void {
    this.groups.clear();
    this.#where.clear();
    this.#ownerGroups.clear();
  }

  /** Groups per owner (an owner with several accounts holding items has several). */
  readonly #ownerGroups = new Map<OwnerKey, number>();

  /** How many of the owner's accounts have items here. */
  groupsOf(owner: OwnerKey): number {
    return this.#ownerGroups.get(owner) ?? 0;
  }

  /**
   * Loads every unfinished item from storage (a takeover). With `keep`: adds only the items it
   * keeps, without clearing (shards taken).
   */
  async load(now: number, keep?: (item: M) => boolean): Promise<void> {
    if (!keep) this.clear();
    let chunk: M[] = [];
    const flush = async () => {
      const states = await this.source.getStates(chunk.map((m) => this.source.refOf(m)));
      chunk.forEach((item, i) => {
        if (!keep || keep(item)) this.put(item, states[i], now, false);
      });
      chunk = [];
    };
    for await (const item of this.source.iterate()) {
      if (keep && !keep(item)) continue;
      chunk.push(item);
      if (chunk.length >= LOAD_CHUNK) await flush();
    }
    if (chunk.length > 0) await flush();
  }

  /** Re-reads noted items from storage: added, replaced or dropped; `touched` ones are due at once. */
  async refresh(refs: Ref[], now: number): Promise<void> {
    for (let i = 0; i < refs.length; i += LOAD_CHUNK) {
      const part = refs.slice(i, i + LOAD_CHUNK);
      const [items, states] = await Promise.all([Promise.all(part.map((r) => this.source.get(r))), this.source.getStates(part)]);
      part.forEach((ref, j) => {
        const item = items[j];
        if (item) this.put(item, states[j], now, true);
        else this.remove(ref);
      });
    }
  }

  /** Adds or replaces an item (a final one is dropped). `fresh`: it changed or was looked at now. */
  put(item: M, state: S | undefined, now: number, fresh: boolean): void {
    state = shareSnapshots(state);
    const ref = this.source.refOf(item);
    const key = refKey(ref);
    const old = this.#where.get(key);
    if (state?.final) {
      if (old) this.#drop(old, key);
      return;
    }
    const gk = this.groupKey(item);
    if (old && old.key !== gk) this.#drop(old, key);
    let group = this.groups.get(gk);
    if (!group) {
      group = { key: gk, panelId: item.panelId, owner: item.owner, accountId: accountIdOf(item), entries: new Map() };
      this.groups.set(gk, group);
      this.#ownerGroups.set(item.owner, this.groupsOf(item.owner) + 1);
    }
    const prev = group.entries.get(key);
    if (prev && !fresh) {
      prev.item = item;
      prev.state = state;
    } else group.entries.set(key, { item, state, lastChange: now, nextAt: 0 });
    this.#where.set(key, group);
  }

  /** Drops every item of the chats `chat` matches (a shard lost). */
  removeChats(chat: (chatId: number) => boolean): void {
    for (const group of [...this.groups.values()]) {
      for (const [key, entry] of [...group.entries]) if (chat(this.source.refOf(entry.item).chatId)) this.#drop(group, key);
    }
  }

  remove(ref: Ref): void {
    const key = refKey(ref);
    const group = this.#where.get(key);
    if (group) this.#drop(group, key);
  }

  /** The poller wrote this state (write-through); a final state drops the item. */
  setState(ref: Ref, state: S): void {
    const key = refKey(ref);
    const group = this.#where.get(key);
    const entry = group?.entries.get(key);
    if (!group || !entry) return;
    if (state.final) this.#drop(group, key);
    else entry.state = state;
  }

  #drop(group: MemGroup<M, S>, key: string): void {
    group.entries.delete(key);
    this.#where.delete(key);
    if (group.entries.size === 0 && this.groups.delete(group.key)) {
      const left = this.groupsOf(group.owner) - 1;
      if (left > 0) this.#ownerGroups.set(group.owner, left);
      else this.#ownerGroups.delete(group.owner);
    }
  }
}

/**
 * A state read from storage holds `last` and `notified` as two objects even when they are equal
 * (the usual case: the chat was told the last state): the copy in memory shares one object
 * (~120 bytes less per order). Snapshots are never modified in place.
 */
function shareSnapshots<S>(state: S | undefined): S | undefined {
  const s = state as { last?: object; notified?: object } | undefined;
  if (!s?.last || !s.notified || s.last === s.notified) return state;
  const a = s.last as Record<string, unknown>;
  const b = s.notified as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length || keys.some((k) => a[k] !== b[k])) return state;
  return { ...state, notified: s.last } as S;
}

const ABORTED = AbortSignal.abort(new Error("shard not held"));

/** Per-chat data kept across cycles (re-read when the change feed notes the chat). */
interface ChatData {
  /** Known blocked flag (read once). */
  blocked: boolean | undefined;
  reading: Promise<boolean> | undefined;
  prefs: Promise<ChatPrefs> | undefined;
}

/** The whole view: orders, refills, chats; synced with storage before each cycle. */
export class TrackingView {
  readonly orders: TrackedMemory<TrackedOrder, TrackState>;
  readonly refills: TrackedMemory<TrackedRefill, RefillState>;
  readonly #chats = new Map<number, ChatData>();
  #loaded = false;
  /** Sharded: the shards held (a new object per taking: a load compares it to see the shard was not lost meanwhile). */
  readonly #shards = new Map<number, { signal: AbortSignal; loaded: boolean }>();

  constructor(
    private readonly storage: TrackingStorage,
    groupKey: GroupKeyFn = defaultGroupKey,
    /** Number of shards (several instances); undefined: the view holds everything. */
    private readonly shardCount?: number,
  ) {
    const { orders, refills } = storage;
    this.orders = new TrackedMemory<TrackedOrder, TrackState>(
      {
        refOf: (o) => ({ chatId: o.chatId, panelId: o.panelId, id: o.orderId }),
        iterate: () => orders.iterate(),
        get: (r) => orders.get(r.chatId, r.panelId, r.id),
        getStates: (refs) => orders.getStates(refs.map((r) => ({ chatId: r.chatId, panelId: r.panelId, orderId: r.id }))),
      },
      groupKey,
    );
    this.refills = new TrackedMemory<TrackedRefill, RefillState>(
      {
        refOf: (r) => ({ chatId: r.chatId, panelId: r.panelId, id: r.refillId }),
        iterate: () => refills.iterate(),
        get: (r) => refills.get(r.chatId, r.panelId, r.id),
        getStates: (refs) => refills.getStates(refs.map((r) => ({ chatId: r.chatId, panelId: r.panelId, refillId: r.id }))),
      },
      groupKey,
    );
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** Forgets everything (leadership lost or given up): the next sync loads afresh. */
  drop(): void {
    this.#loaded = false;
    this.orders.clear();
    this.refills.clear();
    this.#chats.clear();
    this.#shards.clear();
  }

  /** True when the view is cut into shards. */
  /**
   * How many of the owner's accounts have tracked items in view (orders or refills): a chat whose
   * owner has several gets its changes of a cycle in one message, not one per account.
   */
  accountsOf(owner: OwnerKey): number {
    return Math.max(this.orders.groupsOf(owner), this.refills.groupsOf(owner));
  }

  get sharded(): boolean {
    return this.shardCount !== undefined;
  }

  /** Shards held (sharded view). */
  get shards(): number[] {
    return [...this.#shards.keys()];
  }

  /** A shard taken: its items are loaded at the next sync; `signal` aborts when it is lost. */
  addShard(shard: number, signal: AbortSignal): void {
    this.#shards.set(shard, { signal, loaded: false });
  }

  /** A shard lost or given up: its items and chats leave the view now. */
  removeShard(shard: number): void {
    this.#shards.delete(shard);
    this.#dropShardItems(shard);
  }

  #dropShardItems(shard: number): void {
    const count = this.shardCount ?? 1;
    const inShard = (chatId: number) => shardOf(chatId, count) === shard;
    this.orders.removeChats(inShard);
    this.refills.removeChats(inShard);
    for (const chatId of [...this.#chats.keys()]) if (inShard(chatId)) this.#chats.delete(chatId);
  }

  /** The abort signal of a chat's shard (aborted when not held); undefined when not sharded. */
  signalOf(chatId: number): AbortSignal | undefined {
    if (this.shardCount === undefined) return undefined;
    return this.#shards.get(shardOf(chatId, this.shardCount))?.signal ?? ABORTED;
  }

  /** Whether this instance may poll and notify a chat now (its shard held; always when not sharded). */
  alive(chatId: number): boolean {
    if (this.shardCount === undefined) return true;
    const held = this.#shards.get(shardOf(chatId, this.shardCount));
    return held !== undefined && !held.signal.aborted;
  }

  /**
   * Before a cycle: the first time (takeover), loads everything and consumes the notes present
   * before the load; afterwards, re-reads what the notes name and consumes them.
   */
  async sync(now: number): Promise<void> {
    if (this.shardCount !== undefined) return this.#syncShards(now, this.shardCount);
    const { changes } = this.storage;
    const notes = await changes.read();
    if (!this.#loaded) {
      this.#chats.clear();
      await this.orders.load(now);
      await this.refills.load(now);
      this.#loaded = true;
    } else {
      const orders: Ref[] = [];
      const refills: Ref[] = [];
      for (const { subject } of notes) if (subject) this.#route(subject, orders, refills);
      await this.orders.refresh(orders, now);
      await this.refills.refresh(refills, now);
    }
    await changes.consume(notes.map((n) => n.key));
  }

  /**
   * Sharded sync: loads the shards taken since the last sync (one scan for all), re-reads what the
   * notes of the other held shards name, and consumes the notes of every held shard (and unreadable
   * ones); the notes of other shards are left to their holders.
   */
  async #syncShards(now: number, count: number): Promise<void> {
    if (this.#shards.size === 0) return;
    const { changes } = this.storage;
    const notes = await changes.read();
    const taking = new Map([...this.#shards].filter(([, h]) => !h.loaded));
    if (taking.size > 0) {
      const keep = (item: { chatId: number }) => {
        const s = shardOf(item.chatId, count);
        return taking.has(s) && this.#shards.get(s) === taking.get(s);
      };
      await this.orders.load(now, keep);
      await this.refills.load(now, keep);
      for (const [s, h] of taking) {
        // Lost (or lost and taken again) during the load: what was loaded may be stale.
        if (this.#shards.get(s) === h) h.loaded = true;
        else this.#dropShardItems(s);
      }
    }
    const orders: Ref[] = [];
    const refills: Ref[] = [];
    const consumed: Array<{ key: string; chatId: number | undefined }> = [];
    for (const { key, subject } of notes) {
      if (!subject) {
        consumed.push({ key, chatId: undefined });
        continue;
      }
      const s = shardOf(subject.chatId, count);
      const held = this.#shards.get(s);
      if (!held) continue;
      consumed.push({ key, chatId: subject.chatId });
      if (!taking.has(s)) this.#route(subject, orders, refills);
    }
    await this.orders.refresh(orders, now);
    await this.refills.refresh(refills, now);
    // Lost meanwhile: what was re-read of it goes, and its notes stay (the next holder loaded or
    // will load after our lease ended, so it sees every write whose note it finds).
    for (const r of orders) if (!this.alive(r.chatId)) this.orders.remove(r);
    for (const r of refills) if (!this.alive(r.chatId)) this.refills.remove(r);
    await changes.consume(consumed.filter((n) => n.chatId === undefined || this.alive(n.chatId)).map((n) => n.key));
  }

  #route(s: ChangeSubject, orders: Ref[], refills: Ref[]): void {
    if (s.kind === "chat") this.#chats.delete(s.chatId);
    else (s.kind === "order" ? orders : refills).push({ chatId: s.chatId, panelId: s.panelId, id: s.id });
  }

  #chat(chatId: number): ChatData {
    let c = this.#chats.get(chatId);
    if (!c) {
      c = { blocked: undefined, reading: undefined, prefs: undefined };
      this.#chats.set(chatId, c);
    }
    return c;
  }

  /**
   * Whether the chat blocked the bot: read once, kept until the feed notes the chat. A plain
   * boolean when known (no await in the cycle's loop).
   */
  blocked(chatId: number): boolean | Promise<boolean> {
    const c = this.#chat(chatId);
    if (c.blocked !== undefined) return c.blocked;
    c.reading ??= this.storage.delivery.get(chatId).then(
      (d) => {
        if (this.#chats.get(chatId) === c) c.blocked = d.blocked;
        c.reading = undefined;
        return d.blocked;
      },
      (err: unknown) => {
        c.reading = undefined;
        throw err;
      },
    );
    return c.reading;
  }

  /** The chat's preferences (read once, kept until the feed notes the chat). */
  prefs(chatId: number): Promise<ChatPrefs> {
    const c = this.#chat(chatId);
    c.prefs ??= this.storage.prefs.get(chatId).then(undefined, (err: unknown) => {
      c.prefs = undefined;
      throw err;
    });
    return c.prefs;
  }
}
