/**
 * Order tracking: the poller (checks tracked orders and refills in batches) and the notifier (one
 * coalesced message per chat, Telegram's limits respected).
 *
 * @example main.ts (run it only where this process leads, e.g. under a LeaderLoop)
 * const tracking = createTracking(deps);
 * tracking.poller.start(signal);   // LeaderTask.start
 * await tracking.poller.stop();    // LeaderTask.stop: waits for the cycle in flight
 */
import type { Api } from "grammy";
import { createNotifierApi, Notifier, type NotifierApiOptions, type NotifierOptions } from "./notifier.js";
import { Poller, type PollerDeps, type PollerOptions } from "./poller.js";

export * from "./notifier.js";
export * from "./poller.js";
export { Limiter, forEachLimit } from "./limiter.js";

export interface CreateTrackingOptions extends PollerOptions {
  /** Bot API client for notifications (default: createNotifierApi(config, apiOptions)). */
  api?: Api;
  apiOptions?: NotifierApiOptions;
  notifier?: NotifierOptions;
}

/** The poller and its notifier, wired with the bot's services. Nothing runs until `poller.start()`. */
export function createTracking(deps: PollerDeps, options: CreateTrackingOptions = {}): { poller: Poller; notifier: Notifier } {
  const { api, apiOptions, notifier: notifierOptions, ...pollerOptions } = options;
  const now = options.now ?? deps.now;
  const notifier = new Notifier(deps, api ?? createNotifierApi(deps.config, apiOptions), {
    ...(now ? { now } : {}),
    ...notifierOptions,
  });
  return { poller: new Poller(deps, notifier, pollerOptions), notifier };
}
