/**
 * Adaptive polling: how often an unfinished item is checked.
 *
 * Final statuses are never polled again (they leave the poller's memory). An item that moved (or
 * was tracked, or looked at by a user: /status, /orders, a refresh button — see OrderRepo.touch)
 * is polled every cycle for `fullRateMs`; once it has been quiet that long, the pause between two
 * checks grows with its quiet time (`quiet × growth`), up to `maxIntervalMs`. Any change, or a
 * touch, brings it back to the full rate.
 *
 * Rationale: an order that has not moved for an hour is unlikely to move in the next minute, and a
 * user who wants to know looks at it (which resets it); the ceiling bounds the delay of a change
 * nobody is waiting for. A key's last call of a cycle is topped up with its items due soon (up to
 * 100 IDs): they ride for free. `maxIntervalMs: 0` turns it off (every item every cycle, the fixed schedule).
 */
export interface AdaptivePolicy {
  /** Polled every cycle while quiet for less than this. */
  fullRateMs: number;
  /** Longest pause between two checks (0: adaptive polling off). */
  maxIntervalMs: number;
  /** Pause = quiet time × growth (between the poll interval and the ceiling). */
  growth: number;
}

/** Measured with bench/adaptive.ts: about half the calls, p50 delay unchanged, p95 ≈ 2 min (see README). */
export const DEFAULT_ADAPTIVE: AdaptivePolicy = { fullRateMs: 60 * 60_000, maxIntervalMs: 3 * 60_000, growth: 0.25 };

/**
 * Items not yet due but due within this many poll intervals may ride along in a call that has room
 * (a call costs the same with 1 or 100 IDs).
 */
export const RIDE_AHEAD_CYCLES = 2;

/**
 * When an item checked at `now`, last changed at `lastChange`, is next due. Half a cycle is taken
 * off so that the cycle's ±10 % jitter never pushes a due item one cycle further.
 */
export function nextPollAt(policy: AdaptivePolicy, now: number, lastChange: number, pollIntervalMs: number): number {
  if (policy.maxIntervalMs <= 0) return 0;
  const quiet = now - lastChange;
  if (quiet < policy.fullRateMs) return 0;
  const pause = Math.min(policy.maxIntervalMs, quiet * policy.growth);
  if (pause <= pollIntervalMs) return 0;
  return now + pause - pollIntervalMs / 2;
}
