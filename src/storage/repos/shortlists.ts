/**
 * Per chat and panel: the services the chat starred (⭐ on the service card) and the services it
 * ordered recently, so the first screen of /order can offer them above the categories.
 * Written only by that chat's handlers (user-owned). Key: `<chatId>:<panelId>`.
 */
import type { Keyv } from "keyv";
import { chatKey } from "./keys.js";

export interface Shortlist {
  /** Starred service ids, newest first. */
  favourites: string[];
  /** Recently ordered service ids, newest first. */
  recent: string[];
}

export interface ShortlistRepo {
  get(chatId: number, panelId: string): Promise<Shortlist>;
  /** Stars the service, or unstars it when it is starred; returns whether it is starred now. */
  toggleFavourite(chatId: number, panelId: string, serviceId: string): Promise<boolean>;
  /** Puts the service first in the recent list. */
  addRecent(chatId: number, panelId: string, serviceId: string): Promise<void>;
}

export const MAX_FAVOURITES = 20;
export const MAX_RECENT = 10;

const key = (chatId: number, panelId: string): string => `${chatKey(chatId)}:${panelId}`;

/** {@link ShortlistRepo} over the "shortlists" namespace. */
export class KeyvShortlistRepo implements ShortlistRepo {
  constructor(private readonly keyv: Keyv<Shortlist>) {}

  async get(chatId: number, panelId: string): Promise<Shortlist> {
    const stored = await this.keyv.get(key(chatId, panelId));
    return { favourites: stored?.favourites ?? [], recent: stored?.recent ?? [] };
  }

  async toggleFavourite(chatId: number, panelId: string, serviceId: string): Promise<boolean> {
    const list = await this.get(chatId, panelId);
    const starred = list.favourites.includes(serviceId);
    const favourites = starred ? list.favourites.filter((id) => id !== serviceId) : [serviceId, ...list.favourites].slice(0, MAX_FAVOURITES);
    await this.keyv.set(key(chatId, panelId), { ...list, favourites });
    return !starred;
  }

  async addRecent(chatId: number, panelId: string, serviceId: string): Promise<void> {
    const list = await this.get(chatId, panelId);
    const recent = [serviceId, ...list.recent.filter((id) => id !== serviceId)].slice(0, MAX_RECENT);
    await this.keyv.set(key(chatId, panelId), { ...list, recent });
  }
}
