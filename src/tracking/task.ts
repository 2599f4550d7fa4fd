/**
 * The order-tracking poller as the leader's task: started when this instance takes the polling
 * lease, stopped when it loses or gives it up.
 *
 * The lease's abort signal is handed to `Poller.start(signal)`: when the lease is lost the poller
 * starts nothing more — no panel call, no new message (the rest of the cycle's changes are left to
 * the next leader, whose first cycle sends them) — while a message already handed to the sender is
 * let finish and recorded, so it is not sent twice; `stop()` waits for that before the lease is
 * released.
 */
import type { TrackingDeps } from "./deps.js";
import type { LeaderTask } from "./lease.js";
import { Poller, type PollerOptions } from "./poller.js";
import type { NotificationSender } from "./sender.js";
import type { ShardTask } from "./shards.js";

export function createPollerTask(deps: TrackingDeps, sender: NotificationSender, options?: PollerOptions): LeaderTask {
  const poller = new Poller(deps, sender, options);
  return {
    start: (signal) => poller.start(signal),
    stop: () => poller.stop(),
  };
}

/**
 * The poller as the task of a shard loop (several instances, see shards.ts): one poller for the
 * instance's life, polling the shards held; a shard lost aborts its work through its own signal.
 */
export function createShardedPollerTask(
  deps: TrackingDeps,
  sender: NotificationSender,
  shards: number,
  options?: Omit<PollerOptions, "shards">,
): ShardTask & { poller: Poller } {
  const poller = new Poller(deps, sender, { ...options, shards });
  return {
    poller,
    start: (signal) => poller.start(signal),
    add: (shard, signal) => poller.addShard(shard, signal),
    remove: (shard) => poller.removeShard(shard),
    stop: () => poller.stop(),
  };
}
