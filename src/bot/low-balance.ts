/**
 * The low-balance alert: a chat may set a threshold in /settings (off by default). Whenever the
 * bot reads the balance for that chat (/balance, the order summary) and it is below the threshold,
 * the chat is told — at most once a day (the time of the last alert is kept in the cache).
 */
import { compareDecimal, isDecimal } from "../panel/money.js";
import type { Deps } from "../deps.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const alertKey = (chatId: number): string => `lowbal:${chatId}`;

/** Threshold presets offered by /settings (in the account's currency); "0" = off. */
export const LOW_BALANCE_PRESETS = ["0", "5", "10", "25", "50", "100"] as const;
export type LowBalancePreset = (typeof LOW_BALANCE_PRESETS)[number];

/** The preset after this one (cycling back to off). */
export function nextLowBalancePreset(current: string | undefined): LowBalancePreset {
  const i = LOW_BALANCE_PRESETS.indexOf((current ?? "0") as LowBalancePreset);
  return LOW_BALANCE_PRESETS[(i + 1) % LOW_BALANCE_PRESETS.length]!;
}

/**
 * Whether to warn this chat now about this balance: a threshold is set, the balance is below it,
 * and no alert went out in the last 24 hours (recorded when it returns the threshold). Never throws.
 */
export async function lowBalanceAlert(deps: Deps, chatId: number, balance: string): Promise<string | undefined> {
  try {
    const threshold = (await deps.storage.prefs.get(chatId)).lowBalance;
    if (!threshold || !isDecimal(threshold) || !isDecimal(balance)) return undefined;
    if (compareDecimal(balance, threshold) >= 0) return undefined;
    const last = await deps.storage.cache.get<number>(alertKey(chatId));
    const now = deps.now();
    if (last !== undefined && now - last < DAY_MS) return undefined;
    await deps.storage.cache.set(alertKey(chatId), now, DAY_MS);
    return threshold;
  } catch (err) {
    deps.logger.debug({ err: String(err) }, "low-balance check failed");
    return undefined;
  }
}
