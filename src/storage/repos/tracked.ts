/**
 * The storage pattern shared by tracked orders and tracked refills.
 *
 * Three namespaces, each with one kind of writer (see types.ts):
 * - metadata, key `chatId:panelId:id` — user-owned (track / untrack);
 * - state, same key — poller-owned (setState);
 * - per-chat index, key `chatId` — user-owned: `[panelId, id]` pairs, newest first, capped.
 *
 * The poller writes states in batches (`setStates`): one existence check of the metadata keys and
 * one multi-key write per batch, instead of two queries per item.
 *
 * Write order keeps a crash harmless: track writes the metadata before the index (an order can be
 * tracked but not yet listed, never listed without metadata), untrack deletes the metadata first.
 * Index entries whose metadata is gone are skipped when listing.
 */
import type { Keyv } from "keyv";
import type { ChangeFeed } from "./changes.js";
import { chatKey, itemKey } from "./keys.js";

/** An index entry: panel id and item id. */
export type IndexEntry = [panelId: string, id: string];

/** Where a tracked item lives. */
export interface ItemRef {
  chatId: number;
  panelId: string;
  id: string;
}

/** Items per round trip of {@link TrackedItems.setStates} (bigger batches are split). */
export const STATE_WRITE_BATCH = 1000;

/** Default cap of a chat's index: tracking more evicts (untracks) the oldest. */
export const DEFAULT_INDEX_CAP = 1000;

/** Generic tracked-item storage; see the module comment. */
export class TrackedItems<M, S> {
  constructor(
    private readonly meta: Keyv<M>,
    private readonly state: Keyv<S>,
    private readonly index: Keyv<IndexEntry[]>,
    private readonly refOf: (item: M) => ItemRef,
    private readonly cap: number = DEFAULT_INDEX_CAP,
    /** Where track / untrack / touch / setState are noted for the polling leader (see changes.ts). */
    private readonly feed?: { feed: ChangeFeed; kind: "order" | "refill" },
  ) {
    if (!Number.isSafeInteger(cap) || cap < 1) throw new RangeError(`Index cap must be a positive integer, got ${cap}`);
  }

  /**
   * Adds or replaces an item and puts it first in its chat's index. A first-time item starts
   * without state (any state left over from an earlier tracking of the same id is dropped).
   * Returns the items evicted from the index by the cap (they are untracked).
   */
  async track(item: M): Promise<ItemRef[]> {
    const ref = this.refOf(item);
    const key = itemKey(ref.chatId, ref.panelId, ref.id);
    if (!(await this.meta.has(key))) await this.state.delete(key);
    await this.meta.set(key, item);

    const ck = chatKey(ref.chatId);
    const entries = ((await this.index.get(ck)) ?? []).filter(([p, id]) => !(p === ref.panelId && id === ref.id));
    entries.unshift([ref.panelId, ref.id]);
    const evicted = entries.splice(this.cap);
    await this.index.set(ck, entries);
    if (evicted.length === 0) {
      await this.#note([ref]);
      return [];
    }
    const keys = evicted.map(([p, id]) => itemKey(ref.chatId, p, id));
    await this.meta.deleteMany(keys);
    await this.state.deleteMany(keys);
    const refs = evicted.map(([panelId, id]) => ({ chatId: ref.chatId, panelId, id }));
    await this.#note([ref, ...refs]);
    return refs;
  }

  /** Notes items for the polling leader (after the data is written). */
  async #note(refs: ItemRef[]): Promise<void> {
    if (!this.feed) return;
    const { feed, kind } = this.feed;
    await feed.note(refs.map((r) => ({ kind, chatId: r.chatId, panelId: r.panelId, id: r.id })));
  }

  /**
   * Tells the polling leader that someone looked at these items (or wrote their state outside the
   * poller): it re-reads them and polls them at the full rate again (see tracking/memory.ts).
   */
  async touch(refs: ItemRef[]): Promise<void> {
    await this.#note(refs);
  }

  /** Removes an item, its state and its index entry. False when it was not tracked. */
  async untrack(chatId: number, panelId: string, id: string): Promise<boolean> {
    const key = itemKey(chatId, panelId, id);
    const removed = await this.meta.delete(key);
    await this.state.delete(key);
    const ck = chatKey(chatId);
    const entries = await this.index.get(ck);
    if (entries) {
      const kept = entries.filter(([p, i]) => !(p === panelId && i === id));
      if (kept.length !== entries.length) {
        if (kept.length > 0) await this.index.set(ck, kept);
        else await this.index.delete(ck);
      }
    }
    await this.#note([{ chatId, panelId, id }]);
    return removed;
  }

  async get(chatId: number, panelId: string, id: string): Promise<M | undefined> {
    return this.meta.get(itemKey(chatId, panelId, id));
  }

  /** Metadata in the order of `refs` (undefined where not tracked), in one round trip. */
  async getMany(refs: ItemRef[]): Promise<Array<M | undefined>> {
    if (refs.length === 0) return [];
    const values = await this.meta.getMany(refs.map((r) => itemKey(r.chatId, r.panelId, r.id)));
    return values.map((v) => (v === null ? undefined : v));
  }

  /** The chat's items, newest first. `total` counts the index; omitted `limit` means all. */
  async listByChat(
    chatId: number,
    opts: { offset?: number; limit?: number } = {},
  ): Promise<{ total: number; items: Array<{ item: M; state?: S }> }> {
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const limit = opts.limit === undefined ? Infinity : Math.max(0, Math.floor(opts.limit));
    const entries = (await this.index.get(chatKey(chatId))) ?? [];
    const page = entries.slice(offset, offset + limit);
    if (page.length === 0) return { total: entries.length, items: [] };
    const keys = page.map(([p, id]) => itemKey(chatId, p, id));
    const [metas, states] = await Promise.all([this.meta.getMany(keys), this.state.getMany(keys)]);
    const items: Array<{ item: M; state?: S }> = [];
    metas.forEach((item, i) => {
      if (item === undefined || item === null) return;
      const state = states[i];
      items.push(state === undefined || state === null ? { item } : { item, state });
    });
    return { total: entries.length, items };
  }

  /** Every item of every chat (metadata namespace scan), in no particular order. */
  async *iterate(): AsyncGenerator<M, void> {
    const iterator = this.meta.iterator;
    if (!iterator) throw new Error("This storage backend cannot iterate");
    for await (const [, value] of iterator(undefined) as AsyncGenerator<[string, M]>) {
      yield value;
    }
  }

  async getState(chatId: number, panelId: string, id: string): Promise<S | undefined> {
    return this.state.get(itemKey(chatId, panelId, id));
  }

  /** States in the order of `refs` (undefined where none), in one round trip. */
  async getStates(refs: ItemRef[]): Promise<Array<S | undefined>> {
    if (refs.length === 0) return [];
    const values = await this.state.getMany(refs.map((r) => itemKey(r.chatId, r.panelId, r.id)));
    return values.map((v) => (v === null ? undefined : v));
  }

  /**
   * Writes the state of a tracked item. Does nothing (returns false) when the item is not, or no
   * longer, tracked, so the poller never re-creates state for an untracked item.
   */
  async setState(chatId: number, panelId: string, id: string, state: S): Promise<boolean> {
    const key = itemKey(chatId, panelId, id);
    if (!(await this.meta.has(key))) return false;
    await this.state.set(key, state);
    await this.#note([{ chatId, panelId, id }]);
    return true;
  }

  /**
   * Writes the states of several items: per batch of {@link STATE_WRITE_BATCH}, one existence check
   * of their metadata and one multi-key write (a transaction on SQLite and PostgreSQL, one MSET on
   * Redis). Like {@link setState}, items not (or no longer) tracked are skipped; an item given twice
   * keeps its last state. Returns how many states were written.
   */
  async setStates(entries: ReadonlyArray<{ ref: ItemRef; state: S }>): Promise<number> {
    let written = 0;
    for (let i = 0; i < entries.length; i += STATE_WRITE_BATCH) {
      const part = entries.slice(i, i + STATE_WRITE_BATCH);
      const keys = part.map(({ ref }) => itemKey(ref.chatId, ref.panelId, ref.id));
      const tracked = await this.meta.hasMany(keys);
      const writes: Array<{ key: string; value: S }> = [];
      part.forEach(({ state }, j) => {
        if (tracked[j]) writes.push({ key: keys[j]!, value: state });
      });
      if (writes.length === 0) continue;
      await this.state.setMany(writes);
      written += writes.length;
    }
    return written;
  }
}
