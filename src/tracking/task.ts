/**
 * The order-tracking poller as the task of a shard loop (several instances, see shards.ts): one
 * poller for the instance's life, polling the shards held. Each shard's lease gives its own abort
 * signal: when the shard is lost the poller starts nothing more for its chats — no panel call, no
 * new message (the rest of the cycle's changes are left to the next holder, whose first cycle sends
 * them) — while a message already handed to the sender is let finish and recorded, so it is not
 * sent twice; `remove` waits for that before the shard's lease is released.
 */
import type { TrackingDeps } from "./deps.js";
import { Poller, type PollerOptions } from "./poller.js";
import type { NotificationSender } from "./sender.js";
import type { ShardTask } from "./shards.js";

/** The poller as a shard loop's task (`poller` is exposed for inspection). */
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
