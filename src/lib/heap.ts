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

/**
 * Node's flags for the bot's process, given on the command line wherever the bot runs (`npm
 * start`, the Docker image's CMD, the end-to-end tests' child processes, the benchmarks' bot
 * processes; test/production/node-flags.test.ts keeps them in step). V8 sizes the young
 * generation at start-up, so unlike the growing factor above this cannot be set from the code.
 *
 * `--max-semi-space-size=8`: a young generation of 2 × 8 MB instead of V8's 2 × 16 MB. The poller
 * makes ~1.5 KB of short-lived garbage per order checked (panel answers in flight): with the
 * larger young generation an instance holding 500,000 orders peaked at 205–208 MB over a run
 * (196–205 MB in the steady cycles), with this one at 191–196 MB (183–190 MB), for roughly 10–20 %
 * more CPU per cycle (more frequent scavenges; README, "At scale").
 * Another size: start node with your own `--max-semi-space-size` instead.
 */
export const NODE_FLAGS: readonly string[] = ["--max-semi-space-size=8"];
