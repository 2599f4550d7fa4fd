/** Tracked orders: metadata (user-owned), TrackState (poller-owned) and a per-chat index. */
import type { Keyv } from "keyv";
import type { OrderRepo, TrackedOrder, TrackState } from "../types.js";
import type { ChangeFeed } from "./changes.js";
import { DEFAULT_INDEX_CAP, TrackedItems, type IndexEntry } from "./tracked.js";

/** {@link OrderRepo} over three Keyv namespaces (orders, orderstate, orderindex). */
export class KeyvOrderRepo implements OrderRepo {
  readonly #items: TrackedItems<TrackedOrder, TrackState>;
  readonly iteratesByChat: boolean;

  /**
   * @param indexCap most orders listed per chat; tracking more untracks the oldest.
   * @param iteratesByChat whether the backend scans in key order (not Redis), see OrderRepo.
   */
  constructor(
    meta: Keyv<TrackedOrder>,
    state: Keyv<TrackState>,
    index: Keyv<IndexEntry[]>,
    indexCap = DEFAULT_INDEX_CAP,
    iteratesByChat = false,
    feed?: ChangeFeed,
  ) {
    this.#items = new TrackedItems(
      meta,
      state,
      index,
      (o) => ({ chatId: o.chatId, panelId: o.panelId, id: o.orderId }),
      indexCap,
      feed && { feed, kind: "order" },
    );
    this.iteratesByChat = iteratesByChat;
  }

  /** Adds or replaces the order and puts it first in the chat's index. A new order starts without state. */
  async track(order: TrackedOrder): Promise<void> {
    await this.#items.track(order);
  }

  async untrack(chatId: number, panelId: string, orderId: string): Promise<boolean> {
    return this.#items.untrack(chatId, panelId, orderId);
  }

  async get(chatId: number, panelId: string, orderId: string): Promise<TrackedOrder | undefined> {
    return this.#items.get(chatId, panelId, orderId);
  }

  /** Newest first; `limit` omitted = all. Index entries whose metadata is missing are skipped. */
  async listByChat(
    chatId: number,
    opts?: { offset?: number; limit?: number },
  ): Promise<{ total: number; items: Array<{ order: TrackedOrder; state?: TrackState }> }> {
    const { total, items } = await this.#items.listByChat(chatId, opts);
    return { total, items: items.map(({ item, state }) => (state ? { order: item, state } : { order: item })) };
  }

  iterate(): AsyncIterable<TrackedOrder> {
    return this.#items.iterate();
  }

  async getState(chatId: number, panelId: string, orderId: string): Promise<TrackState | undefined> {
    return this.#items.getState(chatId, panelId, orderId);
  }

  async getMany(keys: Array<{ chatId: number; panelId: string; orderId: string }>): Promise<Array<TrackedOrder | undefined>> {
    return this.#items.getMany(keys.map((k) => ({ chatId: k.chatId, panelId: k.panelId, id: k.orderId })));
  }

  async getStates(keys: Array<{ chatId: number; panelId: string; orderId: string }>): Promise<Array<TrackState | undefined>> {
    return this.#items.getStates(keys.map((k) => ({ chatId: k.chatId, panelId: k.panelId, id: k.orderId })));
  }

  /** No-op when the order is not tracked (any more): state is never re-created after untrack. */
  async setState(chatId: number, panelId: string, orderId: string, state: TrackState): Promise<void> {
    await this.#items.setState(chatId, panelId, orderId, state);
  }

  /** Batched {@link setState}: untracked orders are skipped. */
  async setStates(entries: ReadonlyArray<{ chatId: number; panelId: string; orderId: string; state: TrackState }>): Promise<void> {
    await this.#items.setStates(entries.map((e) => ({ ref: { chatId: e.chatId, panelId: e.panelId, id: e.orderId }, state: e.state })));
  }

  /** Tells the polling leader these were looked at (or their state written elsewhere): re-read, polled at full rate. */
  async touch(keys: ReadonlyArray<{ chatId: number; panelId: string; orderId: string }>): Promise<void> {
    await this.#items.touch(keys.map((k) => ({ chatId: k.chatId, panelId: k.panelId, id: k.orderId })));
  }
}
