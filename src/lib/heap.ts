/**
 * V8's heap growing factor for this long-running process (HEAP_GROWING_PERCENT).
 *
 * After each full collection V8 lets the heap grow to a multiple of what survived before the next
 * one; by default that multiple is large (up to 4×) when memory looks plentiful. The poller makes
 * a lot of short-lived garbage (panel answers) that survives a few young collections while its
 * call is in flight, so the heap kept growing to 150–190 MB with ~36 MB alive (bench:scale,
 * 100,000 orders per instance). With a growing factor of 1 + 20 % the heap stays near what is
 * alive, for the same CPU in that bench (see README, "At scale"). 0 keeps V8's own policy.
 *
 * V8 reads this flag at every full collection, so setting it at start-up takes effect (Node's
 * `v8.setFlagsFromString`; the flag cannot be given in NODE_OPTIONS).
 */
import v8 from "node:v8";

/** HEAP_GROWING_PERCENT's default. */
export const DEFAULT_HEAP_GROWING_PERCENT = 20;

export function tuneHeap(growingPercent: number): void {
  if (growingPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${Math.round(growingPercent)}`);
}
