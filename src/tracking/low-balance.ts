/**
 * The low-balance alert's rules (a chat sets a threshold in /settings; off by default):
 * - whenever the bot reads the balance for a chat (/balance, the order summary), the bot asks
 *   {@link claimLowBalanceAlert} whether to warn;
 * - once a day the poller checks the balance of every account that has tracked orders, for the
 *   chats of those orders that set a threshold ({@link LowBalanceWatch}), and hands an alert to the
 *   sender (the bot renders it, like any notification).
 * Either way a chat is warned at most once a day: the time of its last alert is kept in the cache
 * (`lowbal:<chatId>`), shared by both paths and by every instance.
 */
import { compareDecimal, isDecimal } from "../panel/money.js";
import type { ChatPrefs, OwnerKey } from "../storage/types.js";
import type { TrackingDeps, TrackingStorage } from "./deps.js";
import type { NotificationSender } from "./sender.js";

export const LOW_BALANCE_DAY_MS = 24 * 60 * 60 * 1000;
const alertKey = (chatId: number): string => `lowbal:${chatId}`;
/** When the daily check last ran (any instance). */
const DAILY_KEY = "lowbal:daily";

/** The threshold when `balance` is below it, else undefined (no threshold, or not decimals). */
export function belowThreshold(threshold: string | undefined, balance: string): string | undefined {
  if (!threshold || !isDecimal(threshold) || !isDecimal(balance)) return undefined;
  return compareDecimal(balance, threshold) < 0 ? threshold : undefined;
}

/** Whether the chat was warned in the last 24 hours. */
async function warnedToday(storage: Pick<TrackingStorage, "cache">, chatId: number, now: number): Promise<boolean> {
  const last = await storage.cache.get<number>(alertKey(chatId));
  return last !== undefined && now - last < LOW_BALANCE_DAY_MS;
}

async function markWarned(storage: Pick<TrackingStorage, "cache">, chatId: number, now: number): Promise<void> {
  await storage.cache.set(alertKey(chatId), now, LOW_BALANCE_DAY_MS);
}

/**
 * Whether to warn this chat now about this balance: a threshold is set, the balance is below it,
 * and no alert went out in the last 24 hours (recorded when it returns the threshold).
 */
export async function claimLowBalanceAlert(
  storage: Pick<TrackingStorage, "prefs" | "cache">,
  now: number,
  chatId: number,
  balance: string,
): Promise<string | undefined> {
  const threshold = belowThreshold((await storage.prefs.get(chatId)).lowBalance, balance);
  if (!threshold || (await warnedToday(storage, chatId, now))) return undefined;
  await markWarned(storage, chatId, now);
  return threshold;
}

/** What the daily check did. */
export interface LowBalanceRun {
  /** Accounts whose balance was read. */
  accounts: number;
  /** Alerts handed to the sender and delivered. */
  alerts: number;
}

/** An account with tracked orders, and the chats that follow them. */
export interface WatchedAccount {
  panelId: string;
  owner: OwnerKey;
  accountId: string;
  chatIds: Iterable<number>;
}

/**
 * The daily part: at most once per 24 hours (across restarts and instances: the last run is kept
 * in the cache), reads the balance of each account with tracked orders whose chats set a
 * threshold, and alerts the chats below theirs that were not warned today. Never throws.
 */
export class LowBalanceWatch {
  /** Not due before this time (kept in memory: the cache is read once per due time, not every cycle). */
  #dueAt = 0;

  constructor(
    private readonly deps: TrackingDeps,
    private readonly sender: NotificationSender,
    private readonly now: () => number,
  ) {}

  /** Runs the check when it is due; undefined when it was not. */
  async runIfDue(
    accounts: () => Iterable<WatchedAccount>,
    prefs: (chatId: number) => Promise<ChatPrefs>,
    signal?: AbortSignal,
  ): Promise<LowBalanceRun | undefined> {
    const { storage, logger } = this.deps;
    const now = this.now();
    if (now < this.#dueAt) return undefined;
    try {
      const last = await storage.cache.get<number>(DAILY_KEY);
      if (last !== undefined && now - last < LOW_BALANCE_DAY_MS) {
        this.#dueAt = last + LOW_BALANCE_DAY_MS; // another instance (or an earlier term) ran it
        return undefined;
      }
      await storage.cache.set(DAILY_KEY, now, LOW_BALANCE_DAY_MS);
      this.#dueAt = now + LOW_BALANCE_DAY_MS;
      return await this.run(accounts(), prefs, signal);
    } catch (err) {
      logger.warn({ err: err instanceof Error ? err.message : String(err) }, "daily low-balance check failed");
      return undefined;
    }
  }

  private async run(
    accounts: Iterable<WatchedAccount>,
    prefs: (chatId: number) => Promise<ChatPrefs>,
    signal?: AbortSignal,
  ): Promise<LowBalanceRun> {
    const { storage, panels, logger } = this.deps;
    const out: LowBalanceRun = { accounts: 0, alerts: 0 };
    for (const watched of accounts) {
      if (signal?.aborted) break;
      // Only the chats that set a threshold cost a balance call.
      const chats: Array<{ chatId: number; prefs: ChatPrefs }> = [];
      for (const chatId of watched.chatIds) {
        const p = await prefs(chatId);
        if (p.lowBalance && isDecimal(p.lowBalance)) chats.push({ chatId, prefs: p });
      }
      if (chats.length === 0) continue;
      let balance: { balance: string; currency: string };
      try {
        const account = await storage.accounts.get(watched.owner, watched.accountId);
        const panel = account && account.panelId === watched.panelId ? panels.find(account.panelId) : undefined;
        if (!account || !panel) continue;
        out.accounts++;
        balance = await panel.client.balance(account.apiKey);
      } catch (err) {
        // An unreadable key or a failing panel: tracking reports those; no alert today.
        logger.debug({ owner: watched.owner, err: err instanceof Error ? err.message : String(err) }, "low-balance check: no balance");
        continue;
      }
      for (const { chatId, prefs: p } of chats) {
        const threshold = belowThreshold(p.lowBalance, balance.balance);
        if (!threshold || signal?.aborted) continue;
        const now = this.now();
        if (await warnedToday(storage, chatId, now)) continue;
        const result = await this.sender.send(
          {
            kind: "low-balance",
            chatId,
            language: p.language ?? p.detectedLanguage,
            balance: balance.balance,
            currency: balance.currency,
            threshold,
          },
          signal,
        );
        if (result.kind === "sent") {
          await markWarned(storage, chatId, now);
          out.alerts++;
        }
      }
    }
    return out;
  }
}
