/**
 * The poller's in-memory view of what it tracks: every unfinished tracked order and refill, grouped
 * by the account that checks them, plus per-chat flags (blocked, preferences). A cycle walks this
 * view instead of scanning storage.
 *
 * Compact: only what polling needs is held, ~80 bytes per item (bench/view-memory.ts), mostly in
 * typed arrays outside the JS heap (see MemGroup), so a million orders take ~80 MB. Per item: its
 * id, chat, when it last changed and is next due (adaptive polling), and marks of its stored
 * state: the interned status of `last`, a 53-bit fingerprint of `last`'s other compared fields
 * (charge, start count, remains, currency) and flags saying whether an unchanged answer leaves the
 * state as it is. An answer equal to the marks of a "clean" state is settled in memory (nothing
 * to tell, nothing to write: the usual case); any other one makes the cycle read the item's
 * metadata and state from storage (one multi-key read per batch) and decide as before
 * (changes.ts). Names, links and snapshots stay in storage. A fingerprint collision (2⁻⁵³ per
 * comparison) could hide a change of charge, start count or remains until the next one; a status
 * change is compared exactly.
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
 * Slots: a group keeps its items in numbered slots. A removed item leaves a dead slot until the next
 * {@link TrackingView.sync} compacts the group, so slot numbers held by a cycle (which runs after the
 * sync and before the next) stay valid.
 *
 * Shards (several instances, see shards.ts): with a shard count, the view holds only the items of
 * the chats in the shards this instance holds. A shard taken is loaded at the next sync (one scan
 * for all shards taken meanwhile); a shard lost leaves at once (its items, its chats' data). Notes
 * of the change feed are consumed only by the holder of their chat's shard (the others leave them).
 */
import type { ChangeSubject } from "../storage/repos/changes.js";
import { isFinalOrderStatus, isFinalRefillStatus } from "../panel/status.js";
import {
  accountIdOf,
  type ChatPrefs,
  type OrderSnapshot,
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
  /** Metadata in the order of `refs` (undefined where not tracked), in one round trip. */
  getMany(refs: Ref[]): Promise<Array<M | undefined>>;
  getStates(refs: Ref[]): Promise<Array<S | undefined>>;
}

// ── state marks ───────────────────────────────────────────────────────────────────────────────

/** Flags of an item's stored state (low byte of its marks). */
export const enum Mark {
  /** The state has a `last` snapshot (its status and fingerprint are in the marks). */
  HasLast = 1,
  /**
   * An answer equal to `last` changes nothing: `last` and `notified` exist with the same status,
   * no failures, not final (and `last`'s status is not final).
   */
  Clean = 2,
  /** `notified` has `last`'s start count and remains (progress notifications: nothing new either). */
  ProgressClean = 4,
  /** A removed item's slot (until the group is compacted). */
  Dead = 8,
}

/** Marks are `status index × 256 + flags`. */
const FLAG_BITS = 256;

/**
 * Statuses as small numbers (compared exactly). Shared by orders and refills; bounded, so a panel
 * inventing statuses cannot grow it without limit (a status beyond it is never "clean": its items
 * are decided from storage).
 */
export class StatusTable {
  readonly #ids = new Map<string, number>();
  readonly #names: string[] = [];
  constructor(private readonly cap = 65_535) {}

  /** The index of a stored status (0: none, or the table is full). */
  id(status: string): number {
    let id = this.#ids.get(status);
    if (id === undefined) {
      if (this.#names.length >= this.cap) return 0;
      this.#names.push(status);
      id = this.#names.length;
      this.#ids.set(status, id);
    }
    return id;
  }

  /** The status of an index (undefined for 0 or unknown). */
  nameOf(id: number): string | undefined {
    return id > 0 ? this.#names[id - 1] : undefined;
  }

  /** The index of an answer's status, without adding it (-1: never stored). */
  peek(status: string): number {
    return this.#ids.get(status) ?? -1;
  }
}

// A 53-bit fingerprint, two 32-bit FNV-style lanes fed one code at a time (no allocation).
let laneA = 0;
let laneB = 0;
const feed = (code: number): void => {
  laneA = Math.imul(laneA ^ code, 0x01000193);
  laneB = Math.imul(laneB ^ code, 0x5bd1e995);
  laneB ^= laneB >>> 15;
};
const feedText = (field: number, s: string | undefined): void => {
  if (s === undefined) return feed(0x20000 + field);
  feed(0x10000 + field);
  for (let i = 0; i < s.length; i++) feed(s.charCodeAt(i));
};
const feedNumber = (field: number, n: number | undefined): void => {
  if (n === undefined) return feed(0x20000 + field);
  if (Number.isSafeInteger(n)) {
    feed(0x30000 + field);
    feed(n >>> 0);
    feed(Math.floor(n / 0x1_0000_0000) | 0);
  } else feedText(field, String(n));
};

/** The fingerprint of an order snapshot's compared fields other than the status (see sameOrderSnapshot). */
export function orderFingerprint(s: Pick<OrderSnapshot, "charge" | "startCount" | "remains" | "currency">): number {
  laneA = 0x811c9dc5;
  laneB = 0x2f8a3b1d;
  feedText(0, s.charge);
  feedNumber(1, s.startCount);
  feedNumber(2, s.remains);
  feedText(3, s.currency);
  return (laneA >>> 0) * 0x20_0000 + ((laneB >>> 0) >>> 11);
}

/** How a kind of item's state is marked (orders and refills). */
export interface StateMarker<S> {
  /** Flags and status index of a stored state. */
  marks(state: S | undefined, statuses: StatusTable): number;
  /** Fingerprint of a stored state's `last` (0 when it has none, or none is used). */
  fingerprint(state: S | undefined): number;
}

export const orderMarker: StateMarker<TrackState> = {
  marks(state, statuses) {
    const last = state?.last;
    if (!state || !last) return 0;
    const status = statuses.id(last.status);
    if (status === 0) return 0;
    let flags = Mark.HasLast;
    const { notified } = state;
    if (notified && notified.status === last.status && !state.failures && !state.final && !isFinalOrderStatus(last.status)) {
      flags |= Mark.Clean;
      if (notified.startCount === last.startCount && notified.remains === last.remains) flags |= Mark.ProgressClean;
    }
    return status * FLAG_BITS + flags;
  },
  fingerprint: (state) => (state?.last ? orderFingerprint(state.last) : 0),
};

export const refillMarker: StateMarker<RefillState> = {
  marks(state, statuses) {
    const last = state?.last;
    if (!state || !last) return 0;
    const status = statuses.id(last.status);
    if (status === 0) return 0;
    const { notified } = state;
    const clean = notified && notified.status === last.status && !state.final && !isFinalRefillStatus(last.status);
    return status * FLAG_BITS + (clean ? Mark.HasLast | Mark.Clean | Mark.ProgressClean : Mark.HasLast);
  },
  fingerprint: () => 0,
};

// ── groups ────────────────────────────────────────────────────────────────────────────────────

/**
 * An item id as held in memory: a plain decimal id of up to 15 digits (the usual panel order id)
 * as a number (no string object), any other id as it is.
 */
type HeldId = string | number;

function holdId(id: string): HeldId {
  const n = id.length;
  if (n === 0 || n > 15 || id.charCodeAt(0) === 48) return id;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return id;
    v = v * 10 + d;
  }
  return v;
}

/** Numbers per slot in {@link MemGroup}'s array. */
const STRIDE = 6;
const ID = 0;
const CHAT = 1;
const LAST_CHANGE = 2;
const NEXT_AT = 3;
const PRINT = 4;
const MARKS = 5;

/** Hash of a held id (32 bits). */
function hashId(id: HeldId): number {
  let h: number;
  if (typeof id === "number") {
    h = Math.imul((id >>> 0) ^ Math.imul(Math.floor(id / 0x1_0000_0000) | 0, 0x9e3779b1), 0x85ebca6b);
  } else {
    h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** An empty cell of the index; a removed item's cell. */
const EMPTY = 0;
const REMOVED = -1;

/**
 * The items one account checks, in slots of six numbers in one Float64Array (outside the JS heap:
 * the collector neither walks nor copies it): item id (NaN for an id that is not a plain number,
 * kept in a side map), chat id, last change, next due time, fingerprint, marks. The index is an
 * open-addressing hash table in an Int32Array (slot + 1 per cell, linear probing; an id tracked by
 * two chats has two cells), also outside the heap: ~8 bytes per item instead of a Map's ~40.
 */
export class MemGroup {
  #num = new Float64Array(STRIDE * 4);
  #slots = 0;
  /** Ids that are not plain numbers, by slot. */
  #text: Map<number, string> | undefined;
  /** Live items. */
  size = 0;
  #cells = new Int32Array(8);
  /** Cells holding a slot or REMOVED (a table fuller than half is rebuilt twice as big). */
  #used = 0;
  /**
   * Some id is (or was, until the next rebuild of the index) held by two chats' slots: a batch then
   * counts its distinct ids with a set (see cycle.ts); otherwise its slots are its distinct ids.
   */
  sharesIds = false;

  constructor(
    readonly key: string,
    readonly panelId: string,
    readonly owner: OwnerKey,
    readonly accountId: string,
  ) {}

  /** Slots, dead ones included (a cycle walks 0 … slots − 1). */
  get slots(): number {
    return this.#slots;
  }

  #held(slot: number): HeldId {
    const id = this.#num[slot * STRIDE + ID]!;
    return Number.isNaN(id) ? this.#text!.get(slot)! : id;
  }

  /** The item id of a slot. */
  idOf(slot: number): string {
    const id = this.#num[slot * STRIDE + ID]!;
    return Number.isNaN(id) ? this.#text!.get(slot)! : String(id);
  }
  chatOf(slot: number): number {
    return this.#num[slot * STRIDE + CHAT]!;
  }
  lastChangeOf(slot: number): number {
    return this.#num[slot * STRIDE + LAST_CHANGE]!;
  }
  nextAtOf(slot: number): number {
    return this.#num[slot * STRIDE + NEXT_AT]!;
  }
  fingerprintOf(slot: number): number {
    return this.#num[slot * STRIDE + PRINT]!;
  }
  /** The flags of a slot's marks ({@link Mark}). */
  flagsOf(slot: number): number {
    return this.#num[slot * STRIDE + MARKS]! % FLAG_BITS;
  }
  /** The status index of a slot's `last` (0: none). */
  statusOf(slot: number): number {
    return Math.floor(this.#num[slot * STRIDE + MARKS]! / FLAG_BITS);
  }
  dead(slot: number): boolean {
    return (this.flagsOf(slot) & Mark.Dead) !== 0;
  }

  /** Sets when a slot is next due, and when it last changed. */
  schedule(slot: number, lastChange: number, nextAt: number): void {
    if (this.dead(slot)) return;
    this.#num[slot * STRIDE + LAST_CHANGE] = lastChange;
    this.#num[slot * STRIDE + NEXT_AT] = nextAt;
  }

  /** The live slot of an item, or -1. */
  find(chatId: number, id: string): number {
    const held = holdId(id);
    const cell = this.#cellOf(held, chatId);
    return cell < 0 ? -1 : this.#cells[cell]! - 1;
  }

  /** The index cell of a live item, or -1. */
  #cellOf(held: HeldId, chatId: number): number {
    const cells = this.#cells;
    const mask = cells.length - 1;
    for (let i = hashId(held) & mask; ; i = (i + 1) & mask) {
      const c = cells[i]!;
      if (c === EMPTY) return -1;
      if (c === REMOVED) continue;
      const slot = c - 1;
      if (this.chatOf(slot) === chatId && this.#held(slot) === held) return i;
    }
  }

  /** Makes room in the index for one more item: at most half its cells in use. */
  #reserve(): void {
    if ((this.#used + 1) * 2 <= this.#cells.length) return;
    let capacity = 8;
    while ((this.size + 1) * 3 > capacity) capacity *= 2;
    this.#rehash(capacity);
  }

  /** Adds a slot to the index (room was made). */
  #index(slot: number, held: HeldId): void {
    const cells = this.#cells;
    const mask = cells.length - 1;
    let i = hashId(held) & mask;
    // The same id of another chat lies on this probe path (same hash, inserted earlier).
    for (let c = cells[i]!; c !== EMPTY; c = cells[i]!) {
      if (c !== REMOVED && !this.sharesIds && this.#held(c - 1) === held) this.sharesIds = true;
      i = (i + 1) & mask;
    }
    cells[i] = slot + 1;
    this.#used += 1;
  }

  /** Rebuilds the index with `capacity` cells (a power of two), from the live slots. */
  #rehash(capacity: number): void {
    this.#cells = new Int32Array(capacity);
    this.#used = 0;
    this.sharesIds = false;
    for (let slot = 0; slot < this.#slots; slot++) if (!this.dead(slot)) this.#index(slot, this.#held(slot));
  }

  /** Sets an item's marks and schedule (a new slot when it is not here). Returns its slot. */
  set(chatId: number, id: string, marks: number, print: number, lastChange: number, nextAt: number): number {
    let slot = this.find(chatId, id);
    if (slot < 0) {
      this.#reserve();
      slot = this.#slots++;
      if (this.#slots * STRIDE > this.#num.length) {
        const grown = new Float64Array(this.#num.length * 2);
        grown.set(this.#num);
        this.#num = grown;
      }
      this.#num[slot * STRIDE + CHAT] = chatId;
      this.#place(slot, holdId(id));
      this.size += 1;
    }
    const base = slot * STRIDE;
    this.#num[base + LAST_CHANGE] = lastChange;
    this.#num[base + NEXT_AT] = nextAt;
    this.#num[base + PRINT] = print;
    this.#num[base + MARKS] = marks;
    return slot;
  }

  /** Writes a new slot's id (its chat is written) and indexes it. */
  #place(slot: number, held: HeldId): void {
    if (typeof held === "number") this.#num[slot * STRIDE + ID] = held;
    else {
      this.#num[slot * STRIDE + ID] = NaN;
      (this.#text ??= new Map()).set(slot, held);
    }
    this.#index(slot, held);
  }

  /** Updates a live slot's state marks. */
  mark(slot: number, marks: number, print: number): void {
    this.#num[slot * STRIDE + PRINT] = print;
    this.#num[slot * STRIDE + MARKS] = marks;
  }

  /** Marks a slot dead (its number stays valid until {@link compact}). */
  kill(slot: number): void {
    if (this.dead(slot)) return;
    const cell = this.#cellOf(this.#held(slot), this.chatOf(slot));
    if (cell >= 0) this.#cells[cell] = REMOVED;
    this.#num[slot * STRIDE + MARKS] = Mark.Dead;
    this.size -= 1;
  }

  /** Drops the dead slots (renumbers the live ones). Never while a cycle holds slot numbers. */
  compact(): void {
    if (this.size === this.#slots) return;
    const old = this.#num;
    const text = this.#text;
    const count = this.#slots;
    let capacity = 4;
    while (capacity < this.size) capacity *= 2;
    this.#num = new Float64Array(capacity * STRIDE);
    this.#text = undefined;
    this.#cells = new Int32Array(capacity * 2);
    this.#used = 0;
    this.sharesIds = false;
    this.#slots = 0;
    for (let slot = 0; slot < count; slot++) {
      const base = slot * STRIDE;
      if ((old[base + MARKS]! % FLAG_BITS) & Mark.Dead) continue;
      const fresh = this.#slots++;
      this.#num.set(old.subarray(base, base + STRIDE), fresh * STRIDE);
      const id = old[base + ID]!;
      // The copied slot already holds its chat (the index compares it).
      this.#place(fresh, Number.isNaN(id) ? text!.get(slot)! : id);
    }
  }
}

/** One live item of the view, as tests and diagnostics see it. */
export interface EntryView {
  chatId: number;
  id: string;
  lastChange: number;
  nextAt: number;
  /** Its stored `last` status (undefined: none yet). */
  status: string | undefined;
  flags: number;
}

/** Items per storage round trip while loading. */
const LOAD_CHUNK = 1000;

export class TrackedMemory<M extends Groupable, S extends { final: boolean }> {
  readonly groups = new Map<string, MemGroup>();
  /** Chat + panel → its groups (an item found from a state write or a note: one or two groups to look in). */
  readonly #byChat = new Map<string, MemGroup[]>();
  /** Groups per owner (an owner with several accounts holding items has several). */
  readonly #ownerGroups = new Map<OwnerKey, number>();
  #size = 0;

  constructor(
    readonly source: TrackedSource<M, S>,
    private readonly groupKey: GroupKeyFn,
    private readonly marker: StateMarker<S>,
    readonly statuses: StatusTable,
  ) {}

  get size(): number {
    return this.#size;
  }

  clear(): void {
    this.groups.clear();
    this.#byChat.clear();
    this.#ownerGroups.clear();
    this.#size = 0;
  }

  /** How many of the owner's accounts have items here. */
  groupsOf(owner: OwnerKey): number {
    return this.#ownerGroups.get(owner) ?? 0;
  }

  /** Every live item (tests, diagnostics). */
  *entries(): Iterable<EntryView> {
    for (const group of this.groups.values()) {
      for (let slot = 0; slot < group.slots; slot++) {
        if (group.dead(slot)) continue;
        yield {
          chatId: group.chatOf(slot),
          id: group.idOf(slot),
          lastChange: group.lastChangeOf(slot),
          nextAt: group.nextAtOf(slot),
          status: this.statuses.nameOf(group.statusOf(slot)),
          flags: group.flagsOf(slot),
        };
      }
    }
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

  /** Re-reads noted items from storage: added, replaced or dropped; they are due at once. */
  async refresh(refs: Ref[], now: number): Promise<void> {
    for (let i = 0; i < refs.length; i += LOAD_CHUNK) {
      const part = refs.slice(i, i + LOAD_CHUNK);
      const [items, states] = await Promise.all([this.source.getMany(part), this.source.getStates(part)]);
      part.forEach((ref, j) => {
        const item = items[j];
        if (item) this.put(item, states[j], now, true);
        else this.remove(ref);
      });
    }
  }

  /** Adds or replaces an item (a final one is dropped). `fresh`: it changed or was looked at now. */
  put(item: M, state: S | undefined, now: number, fresh: boolean): void {
    const ref = this.source.refOf(item);
    const found = this.#find(ref);
    if (state?.final) {
      if (found) this.#kill(found.group, found.slot);
      return;
    }
    const gk = this.groupKey(item);
    const marks = this.marker.marks(state, this.statuses);
    const print = marks === 0 ? 0 : this.marker.fingerprint(state);
    if (found?.group.key === gk) {
      if (fresh) found.group.set(ref.chatId, ref.id, marks, print, now, 0);
      else found.group.mark(found.slot, marks, print);
      return;
    }
    if (found) this.#kill(found.group, found.slot);
    let group = this.groups.get(gk);
    if (!group) {
      group = new MemGroup(gk, item.panelId, item.owner, accountIdOf(item));
      this.groups.set(gk, group);
      this.#ownerGroups.set(item.owner, this.groupsOf(item.owner) + 1);
    }
    const ck = chatPanel(ref.chatId, ref.panelId);
    const list = this.#byChat.get(ck);
    if (!list) this.#byChat.set(ck, [group]);
    else if (!list.includes(group)) list.push(group);
    group.set(ref.chatId, ref.id, marks, print, now, 0);
    this.#size += 1;
  }

  /** Drops every item of the chats `chat` matches (a shard lost). */
  removeChats(chat: (chatId: number) => boolean): void {
    for (const group of [...this.groups.values()]) {
      for (let slot = 0; slot < group.slots; slot++) if (!group.dead(slot) && chat(group.chatOf(slot))) this.#kill(group, slot);
    }
  }

  remove(ref: Ref): void {
    const found = this.#find(ref);
    if (found) this.#kill(found.group, found.slot);
  }

  /** The poller wrote this state (write-through); a final state drops the item. */
  setState(ref: Ref, state: S): void {
    const found = this.#find(ref);
    if (!found) return;
    if (state.final) this.#kill(found.group, found.slot);
    else {
      const marks = this.marker.marks(state, this.statuses);
      found.group.mark(found.slot, marks, marks === 0 ? 0 : this.marker.fingerprint(state));
    }
  }

  /** Drops dead slots (before a cycle: never while one holds slot numbers). */
  compact(): void {
    for (const group of this.groups.values()) group.compact();
  }

  #find(ref: Ref): { group: MemGroup; slot: number } | undefined {
    const list = this.#byChat.get(chatPanel(ref.chatId, ref.panelId));
    if (!list) return undefined;
    for (const group of list) {
      const slot = group.find(ref.chatId, ref.id);
      if (slot >= 0) return { group, slot };
    }
    return undefined;
  }

  #kill(group: MemGroup, slot: number): void {
    group.kill(slot);
    this.#size -= 1;
    if (group.size > 0 || this.groups.get(group.key) !== group) return;
    // The group's last item: it leaves, and the chat lists that name it (its slots, dead, still
    // say which chats it had).
    this.groups.delete(group.key);
    const left = this.groupsOf(group.owner) - 1;
    if (left > 0) this.#ownerGroups.set(group.owner, left);
    else this.#ownerGroups.delete(group.owner);
    const seen = new Set<number>();
    for (let s = 0; s < group.slots; s++) {
      const chatId = group.chatOf(s);
      if (seen.has(chatId)) continue;
      seen.add(chatId);
      const ck = chatPanel(chatId, group.panelId);
      const list = this.#byChat.get(ck)?.filter((g) => g !== group);
      if (list?.length) this.#byChat.set(ck, list);
      else this.#byChat.delete(ck);
    }
  }
}

const chatPanel = (chatId: number, panelId: string): string => `${chatId}\u0000${panelId}`;

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
    const statuses = new StatusTable();
    const orderKeys = (refs: Ref[]) => refs.map((r) => ({ chatId: r.chatId, panelId: r.panelId, orderId: r.id }));
    const refillKeys = (refs: Ref[]) => refs.map((r) => ({ chatId: r.chatId, panelId: r.panelId, refillId: r.id }));
    this.orders = new TrackedMemory<TrackedOrder, TrackState>(
      {
        refOf: (o) => ({ chatId: o.chatId, panelId: o.panelId, id: o.orderId }),
        iterate: () => orders.iterate(),
        getMany: (refs) => orders.getMany(orderKeys(refs)),
        getStates: (refs) => orders.getStates(orderKeys(refs)),
      },
      groupKey,
      orderMarker,
      statuses,
    );
    this.refills = new TrackedMemory<TrackedRefill, RefillState>(
      {
        refOf: (r) => ({ chatId: r.chatId, panelId: r.panelId, id: r.refillId }),
        iterate: () => refills.iterate(),
        getMany: (refs) => refills.getMany(refillKeys(refs)),
        getStates: (refs) => refills.getStates(refillKeys(refs)),
      },
      groupKey,
      refillMarker,
      statuses,
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
    // No cycle runs now: the slots of removed items can go.
    this.orders.compact();
    this.refills.compact();
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
