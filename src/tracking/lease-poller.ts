/**
 * The order-tracking poller as the leader's task: started when this instance takes the polling
 * lease, stopped when it loses or gives it up.
 *
 * The lease's abort signal is handed to `Poller.start(signal)`: when the lease is lost the poller
 * sends nothing more (the rest of the cycle's changes are kept for the next leader, whose first
 * cycle sends them), and `stop()` waits for the cycle in flight before the lease is released.
 */
import type { Deps } from "../bot/deps.js";
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
