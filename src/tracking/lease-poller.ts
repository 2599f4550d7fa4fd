/**
 * The order-tracking poller as the leader's task: started when this instance takes the polling
 * lease, stopped when it loses or gives it up.
 *
 * The lease's abort signal is handed to `Poller.start(signal)`: when the lease is lost the poller
 * starts nothing more — no panel call, no new message (the rest of the cycle's changes are left to
 * the next leader, whose first cycle sends them) — while a message already handed to Telegram is
 * let finish and recorded, so it is not sent twice; `stop()` waits for that before the lease is
 * released.
 */
import type { Deps } from "../deps.js";
import type { LeaderTask } from "./lease.js";
import { createNotifierApi, Notifier } from "./notifier.js";
import { Poller } from "./poller.js";

export function createPollerTask(deps: Deps): LeaderTask {
  const notifier = new Notifier(deps, createNotifierApi(deps.config));
  const poller = new Poller(deps, notifier);
  return {
    start: (signal) => poller.start(signal),
    stop: () => poller.stop(),
  };
}
