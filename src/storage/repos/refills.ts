/** Tracked refills: metadata (user-owned), RefillState (poller-owned) and a per-chat index. */
import type { Keyv } from "keyv";
import type { RefillRepo, RefillState, TrackedRefill } from "../types.js";
import type { ChangeFeed } from "./changes.js";
import { DEFAULT_INDEX_CAP, TrackedItems, type IndexEntry } from "./tracked.js";

/** {@link RefillRepo} over three Keyv namespaces (refills, refillstate, refillindex). */
export class KeyvRefillRepo implements RefillRepo {
  readonly #items: TrackedItems<TrackedRefill, RefillState>;
  readonly iteratesByChat: boolean;

  /**
   * @param indexCap most refills listed per chat; tracking more untracks the oldest.
   * @param iteratesByChat whether the backend scans in key order (not Redis), see RefillRepo.
   */
  constructor(
    meta: Keyv<TrackedRefill>,
    state: Keyv<RefillState>,
    index: Keyv<IndexEntry[]>,
    indexCap = DEFAULT_INDEX_CAP,
    iteratesByChat = false,
    feed?: ChangeFeed,
  ) {
    this.#items = new TrackedItems(
      meta,
      state,
      index,
      (r) => ({ chatId: r.chatId, panelId: r.panelId, id: r.refillId }),
      indexCap,
      feed && { feed, kind: "refill" },
    );
    this.iteratesByChat = iteratesByChat;
  }

  /** Adds or replaces the refill and puts it first in the chat's index. A new refill starts without state. */
  async track(refill: TrackedRefill): Promise<void> {
    await this.#items.track(refill);
  }

  async untrack(chatId: number, panelId: string, refillId: string): Promise<boolean> {
    return this.#items.untrack(chatId, panelId, refillId);
  }

  async get(chatId: number, panelId: string, refillId: string): Promise<TrackedRefill | undefined> {
    return this.#items.get(chatId, panelId, refillId);
  }

  /** The chat's refills, newest first; `limit` omitted = all. */
  async listByChat(
    chatId: number,
    opts?: { offset?: number; limit?: number },
  ): Promise<{ total: number; items: Array<{ refill: TrackedRefill; state?: RefillState }> }> {
    const { total, items } = await this.#items.listByChat(chatId, opts);
    return { total, items: items.map(({ item, state }) => (state ? { refill: item, state } : { refill: item })) };
  }

  iterate(): AsyncIterable<TrackedRefill> {
    return this.#items.iterate();
  }

  async getState(chatId: number, panelId: string, refillId: string): Promise<RefillState | undefined> {
    return this.#items.getState(chatId, panelId, refillId);
  }

  /** States in the order of `keys`, in one round trip. */
  async getMany(keys: Array<{ chatId: number; panelId: string; refillId: string }>): Promise<Array<TrackedRefill | undefined>> {
    return this.#items.getMany(keys.map((k) => ({ chatId: k.chatId, panelId: k.panelId, id: k.refillId })));
  }

  async getStates(keys: Array<{ chatId: number; panelId: string; refillId: string }>): Promise<Array<RefillState | undefined>> {
    return this.#items.getStates(keys.map((k) => ({ chatId: k.chatId, panelId: k.panelId, id: k.refillId })));
  }

  /** No-op when the refill is not tracked (any more): state is never re-created after untrack. */
  async setState(chatId: number, panelId: string, refillId: string, state: RefillState): Promise<void> {
    await this.#items.setState(chatId, panelId, refillId, state);
  }

  /** Batched {@link setState}: untracked refills are skipped. */
  async setStates(entries: ReadonlyArray<{ chatId: number; panelId: string; refillId: string; state: RefillState }>): Promise<void> {
    await this.#items.setStates(entries.map((e) => ({ ref: { chatId: e.chatId, panelId: e.panelId, id: e.refillId }, state: e.state })));
  }

  /** Tells the polling leader these were looked at (or their state written elsewhere): re-read, polled at full rate. */
  async touch(keys: ReadonlyArray<{ chatId: number; panelId: string; refillId: string }>): Promise<void> {
    await this.#items.touch(keys.map((k) => ({ chatId: k.chatId, panelId: k.panelId, id: k.refillId })));
  }
}
