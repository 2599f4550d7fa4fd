/**
 * Adaptive polling vs the fixed schedule: a simulation (no panel, no storage) driven by the
 * poller's own policy (src/tracking/adaptive.ts `nextPollAt`, the same due rule and batch top-up
 * as cycle.ts).
 *
 * The change model (synthetic, seeded, explicit):
 * - 1,000 unfinished orders at all times on 2 keys (500 each): an order that finishes is replaced by
 *   a new one (a steady population); the poll interval is 60 s; 36 simulated hours, the first 6
 *   not measured.
 * - Each order: Pending → In progress after an exponential time (mean 10 min), then a final status
 *   after a time drawn from a mixture: 60 % fast (exponential, mean 30 min), 30 % slow (mean 6 h),
 *   10 % very slow (mean 48 h).
 * - Users look at their orders (/status, /orders, a refresh): each order is looked at on average
 *   once every 12 h (Poisson), which makes it due at once (touch).
 * - A status change is noticed at the first check of the order after it; its delay is the time
 *   between the change and that check (the message follows within the same cycle).
 * - A `status` call carries up to 100 IDs: a key's due orders cost ceil(due / 100) calls, and a
 *   call with room is topped up with that key's orders due within two cycles (they ride for free).
 *
 * The policy is a trade-off (a change nobody waits for is seen later): the default (full rate for
 * an hour after the last change, then every 3 minutes) is reported next to a conservative one (full
 * rate for 2 hours, then every 2 minutes) and the fixed schedule.
 *
 * Figures: status calls per hour per 1,000 tracked orders, and p50 / p95 of the delay from a change
 * on the panel to its notification, for both schedules.
 */
import { prng } from "../src/dev/catalogue.js";
import { DEFAULT_ADAPTIVE, nextPollAt, RIDE_AHEAD_CYCLES, type AdaptivePolicy } from "../src/tracking/adaptive.js";
import type { BenchRow } from "./types.js";

const group = "tracking (adaptive)";
const POLL_MS = 60_000;
const ORDERS = 1000;
const KEYS = 2;
const HOURS = 36;
const WARMUP_H = 6;
const LOOK_MEAN_MS = 12 * 3600_000;

interface SimOrder {
  key: number;
  /** Times of its status changes (the last one final). */
  changes: number[];
  /** Index of the next change not yet noticed. */
  next: number;
  /** Next time a user looks at it. */
  lookAt: number;
  lastChange: number;
  nextAt: number;
}

export interface SimResult {
  callsPerHourPer1000: number;
  p50Ms: number;
  p95Ms: number;
  changes: number;
}

export function simulate(policy: AdaptivePolicy, seed = 17): SimResult {
  const rand = prng(seed);
  const exp = (mean: number) => -Math.log(1 - rand()) * mean;
  const newOrder = (now: number, key: number): SimOrder => {
    const started = now + exp(10 * 60_000);
    const r = rand();
    const mean = r < 0.6 ? 30 * 60_000 : r < 0.9 ? 6 * 3600_000 : 48 * 3600_000;
    return { key, changes: [started, started + exp(mean)], next: 0, lookAt: now + exp(LOOK_MEAN_MS), lastChange: now, nextAt: 0 };
  };
  const orders: SimOrder[] = Array.from({ length: ORDERS }, (_, i) => newOrder(-exp(3600_000), i % KEYS));
  const delays: number[] = [];
  let calls = 0;
  const end = HOURS * 3600_000;
  const warm = WARMUP_H * 3600_000;
  for (let now = 0; now < end; now += POLL_MS) {
    const measured = now >= warm;
    for (let k = 0; k < KEYS; k++) {
      const mine = orders.filter((o) => o.key === k);
      for (const o of mine) {
        // A look since the last cycle makes the order due (touch).
        while (o.lookAt <= now) {
          o.lastChange = o.lookAt;
          o.nextAt = 0;
          o.lookAt += exp(LOOK_MEAN_MS);
        }
      }
      const due = mine.filter((o) => o.nextAt <= now);
      if (due.length === 0) continue;
      const batches = Math.ceil(due.length / 100);
      if (measured) calls += batches;
      // Room left in the last call: orders due within RIDE_AHEAD_CYCLES ride along (as cycle.ts:
      // the first 99 such met in the walk are kept, the last kept ride first).
      const room = batches * 100 - due.length;
      const spare = mine.filter((o) => o.nextAt > now && o.nextAt <= now + RIDE_AHEAD_CYCLES * POLL_MS).slice(0, 99);
      const riders = room > 0 ? spare.slice(-room) : [];
      for (const o of [...due, ...riders]) {
        let moved = false;
        while (o.next < o.changes.length && o.changes[o.next]! <= now) {
          if (measured) delays.push(now - o.changes[o.next]!);
          o.next += 1;
          moved = true;
        }
        if (o.next >= o.changes.length) {
          // Final: replaced by a new order of the same key.
          Object.assign(o, newOrder(now, k));
          continue;
        }
        if (moved) o.lastChange = now;
        o.nextAt = nextPollAt(policy, now, o.lastChange, POLL_MS);
      }
    }
  }
  delays.sort((a, b) => a - b);
  const q = (p: number) => delays[Math.min(delays.length - 1, Math.floor(p * delays.length))] ?? 0;
  return {
    callsPerHourPer1000: Math.round((calls / (HOURS - WARMUP_H)) * (1000 / ORDERS)),
    p50Ms: Math.round(q(0.5)),
    p95Ms: Math.round(q(0.95)),
    changes: delays.length,
  };
}

export function run(): Promise<BenchRow[]> {
  const fixed = simulate({ ...DEFAULT_ADAPTIVE, maxIntervalMs: 0 });
  const adaptive = simulate(DEFAULT_ADAPTIVE);
  const conservative = simulate({ fullRateMs: 120 * 60_000, maxIntervalMs: 2 * 60_000, growth: 0.25 });
  const s = (ms: number) => Math.round(ms / 100) / 10;
  const saved = Math.round((1 - adaptive.callsPerHourPer1000 / fixed.callsPerHourPer1000) * 100);
  return Promise.resolve([
    { group, name: "status calls per hour per 1,000 tracked orders, fixed schedule", value: fixed.callsPerHourPer1000, unit: "calls/h" },
    {
      group,
      name: "status calls per hour per 1,000 tracked orders, adaptive",
      value: adaptive.callsPerHourPer1000,
      unit: "calls/h",
      target: `< ${fixed.callsPerHourPer1000}`,
    },
    { group, name: "calls saved by adaptive polling", value: saved, unit: "%" },
    { group, name: "change → message delay p50, fixed schedule", value: s(fixed.p50Ms), unit: "s" },
    { group, name: "change → message delay p50, adaptive (1 h full rate, then every 3 min)", value: s(adaptive.p50Ms), unit: "s" },
    { group, name: "change → message delay p95, fixed schedule", value: s(fixed.p95Ms), unit: "s" },
    { group, name: "change → message delay p95, adaptive (ceiling 3 min)", value: s(adaptive.p95Ms), unit: "s", target: "<= 180" },
    {
      group,
      name: "status calls per hour per 1,000 orders, conservative (2 h full rate, then 2 min)",
      value: conservative.callsPerHourPer1000,
      unit: "calls/h",
    },
    { group, name: "change → message delay p95, conservative", value: s(conservative.p95Ms), unit: "s" },
  ]);
}

if (process.argv[1]?.endsWith("adaptive.js") || process.argv[1]?.endsWith("adaptive.ts")) {
  void run().then((rows) => console.table(rows));
}
