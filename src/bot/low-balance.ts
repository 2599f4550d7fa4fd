/**
 * The low-balance alert: a chat may set a threshold in /settings (off by default). Whenever the
 * bot reads the balance for that chat (/balance, the order summary) and it is below the threshold,
 * the chat is told — at most once a day (the time of the last alert is kept in the cache). The
 * poller also checks once a day (src/tracking/low-balance.ts); the bot renders that alert.
 */
import type { Deps } from "../deps.js";
import { claimLowBalanceAlert } from "../tracking/low-balance.js";

/** Threshold presets offered by /settings (in the account's currency); "0" = off. */
export const LOW_BALANCE_PRESETS = ["0", "5", "10", "25", "50", "100"] as const;
export type LowBalancePreset = (typeof LOW_BALANCE_PRESETS)[number];

/** The preset after this one (cycling back to off). */
export function nextLowBalancePreset(current: string | undefined): LowBalancePreset {
  const i = LOW_BALANCE_PRESETS.indexOf((current ?? "0") as LowBalancePreset);
  return LOW_BALANCE_PRESETS[(i + 1) % LOW_BALANCE_PRESETS.length]!;
}

/**
 * Whether to warn this chat now about this balance (the rules: src/tracking/low-balance.ts, shared
 * with the poller's daily check). Never throws.
 */
export async function lowBalanceAlert(deps: Deps, chatId: number, balance: string): Promise<string | undefined> {
  try {
    return await claimLowBalanceAlert(deps.storage, deps.now(), chatId, balance);
  } catch (err) {
    deps.logger.debug({ err: String(err) }, "low-balance check failed");
    return undefined;
  }
}
