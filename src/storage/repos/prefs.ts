/** Per-chat preferences. */
import type { Keyv } from "keyv";
import type { ChatPrefs, PrefsRepo } from "../types.js";
import type { ChangeFeed } from "./changes.js";
import { chatKey } from "./keys.js";

/** Preferences of a chat that never changed them. */
export const DEFAULT_PREFS: Readonly<ChatPrefs> = Object.freeze({ notifications: true, progress: false });

/** The preferences a stored record gives (defaults filled in; none stored: the defaults). */
export function prefsFromStored(stored: Partial<ChatPrefs> | null | undefined): ChatPrefs {
  return { ...DEFAULT_PREFS, ...stored };
}

/** {@link PrefsRepo} over the "prefs" namespace. */
export class KeyvPrefsRepo implements PrefsRepo {
  constructor(
    private readonly keyv: Keyv<Partial<ChatPrefs>>,
    /** Notes the chat for the polling leader, which keeps its preferences across cycles. */
    private readonly feed?: ChangeFeed,
  ) {}

  /** The chat's preferences, defaults filled in. */
  async get(chatId: number): Promise<ChatPrefs> {
    return prefsFromStored(await this.keyv.get(chatKey(chatId)));
  }

  /**
   * Merges `patch` into the chat's preferences and returns the result. A field given as
   * `undefined` is reset (language: none; flags: their default).
   */
  async update(chatId: number, patch: Partial<ChatPrefs>): Promise<ChatPrefs> {
    const key = chatKey(chatId);
    const merged: Partial<ChatPrefs> = { ...(await this.keyv.get(key)), ...patch };
    for (const k of Object.keys(merged) as Array<keyof ChatPrefs>) {
      if (merged[k] === undefined) delete merged[k];
    }
    await this.keyv.set(key, merged);
    await this.feed?.note([{ kind: "chat", chatId }]);
    return { ...DEFAULT_PREFS, ...merged };
  }
}
