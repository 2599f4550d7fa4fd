/** Poller-owned per-chat delivery state (blocked flags). */
import type { Keyv } from "keyv";
import type { ChatDeliveryState, DeliveryRepo } from "../types.js";
import type { ChangeFeed } from "./changes.js";
import { chatKey } from "./keys.js";

/** The delivery state a stored record gives (none stored: not blocked). */
export function deliveryFromStored(stored: ChatDeliveryState | null | undefined): ChatDeliveryState {
  return stored ?? { blocked: false };
}

/** {@link DeliveryRepo} over the "delivery" namespace. */
export class KeyvDeliveryRepo implements DeliveryRepo {
  constructor(
    private readonly keyv: Keyv<ChatDeliveryState>,
    /** Notes the chat for the polling leader, which keeps its flags across cycles. */
    private readonly feed?: ChangeFeed,
  ) {}

  /** The chat's state; `{ blocked: false }` when none was stored. */
  async get(chatId: number): Promise<ChatDeliveryState> {
    return deliveryFromStored(await this.keyv.get(chatKey(chatId)));
  }

  /** Stores the state; an unblocked state without details is stored as nothing. */
  async set(chatId: number, state: ChatDeliveryState): Promise<void> {
    const key = chatKey(chatId);
    if (!state.blocked && state.blockedAt === undefined) await this.keyv.delete(key);
    else await this.keyv.set(key, state);
    await this.feed?.note([{ kind: "chat", chatId }]);
  }
}
