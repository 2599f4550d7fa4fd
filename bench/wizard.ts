/**
 * Wizard benchmark: latency (p50/p99) and throughput of one ordering-wizard step through
 * bot.handleUpdate, with the real bot, SQLite storage (conversation state encrypted in Keyv), a
 * recording transformer answering the Bot API locally (the test harness) and the mock panel over
 * HTTP. Each simulated user runs a whole order: /order 1448 → link → quantity → drip-feed no →
 * summary (balance call) → confirm (add call). Sequential first, then users in parallel.
 *
 * Note: the recording transformer sits above the conversations plugin's replay layer, so API calls
 * made before the current step are answered again on each replay (local, cheap); a real Bot API
 * transformer chain would replay them from the stored state instead.
 *
 *   npx tsx bench/wizard.ts
 */
import { pathToFileURL } from "node:url";
import type { User } from "grammy/types";
import type { BenchRow } from "./types.js";
import { Harness } from "../test/helpers/harness.js";

const SEQUENTIAL_USERS = 40;
const PARALLEL_USERS = 40;
const PARALLEL = 8;

function percentile(samples: number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

const round = (n: number) => Math.round(n * 100) / 100;

const STEP_NAMES = ["/order", "link", "quantity", "drip-feed → summary", "confirm"];
const perStep: number[][] = STEP_NAMES.map(() => []);

async function order(h: Harness, user: User, samples: number[]): Promise<void> {
  let step = 0;
  const timed = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    const ms = performance.now() - t0;
    samples.push(ms);
    perStep[step]?.push(ms);
    step++;
  };
  let last: Awaited<ReturnType<Harness["text"]>> = [];
  await timed(async () => (last = await h.text(user, "/order 1448")));
  await timed(async () => (last = await h.text(user, "https://instagram.com/p/bench")));
  await timed(async () => (last = await h.text(user, "100")));
  await timed(async () => (last = await h.press(user, "ow:drip:0")));
  // Calls of other users running at the same time interleave: keep this chat's.
  const mine = (calls: typeof last) => calls.filter((c) => c.payload.chat_id === user.id);
  const confirm = Harness.buttons(mine(last)).find((b) => b.data?.startsWith("ow:ok:"))?.data;
  if (!confirm) throw new Error("no summary");
  await timed(async () => (last = await h.press(user, confirm)));
  if (!Harness.texts(mine(last)).some((t) => t.includes("placed"))) throw new Error("order not placed");
}

export async function run(): Promise<BenchRow[]> {
  const h = await Harness.create();
  try {
    const users: User[] = Array.from({ length: SEQUENTIAL_USERS + PARALLEL_USERS + 1 }, (_, i) => ({
      id: 50_000 + i,
      is_bot: false,
      first_name: `U${i}`,
      language_code: "en",
    }));
    for (const u of users) await h.connect(u, `bench-key-${u.id}`, "1000.00");
    await order(h, users[0]!, []); // warm-up (catalogue load, JIT)

    const seq: number[] = [];
    for (const p of perStep) p.length = 0;
    const t0 = performance.now();
    for (const u of users.slice(1, 1 + SEQUENTIAL_USERS)) await order(h, u, seq);
    const seqSeconds = (performance.now() - t0) / 1000;
    const stepRows = STEP_NAMES.map((name, i) => ({
      group: "wizard",
      name: `step "${name}" p50 (sequential)`,
      value: round(percentile(perStep[i]!, 0.5)),
      unit: "ms",
    }));

    const par: number[] = [];
    const queue = users.slice(1 + SEQUENTIAL_USERS);
    const t1 = performance.now();
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let u = queue.shift(); u; u = queue.shift()) await order(h, u, par);
      }),
    );
    const parSeconds = (performance.now() - t1) / 1000;

    const g = "wizard";
    return [
      { group: g, name: "step latency p50 (sequential)", value: round(percentile(seq, 0.5)), unit: "ms", target: "< 50" },
      { group: g, name: "step latency p99 (sequential)", value: round(percentile(seq, 0.99)), unit: "ms" },
      { group: g, name: "steps/s (sequential)", value: round(seq.length / seqSeconds), unit: "updates/s" },
      { group: g, name: `step latency p50 (${PARALLEL} users at once)`, value: round(percentile(par, 0.5)), unit: "ms" },
      { group: g, name: `step latency p99 (${PARALLEL} users at once)`, value: round(percentile(par, 0.99)), unit: "ms" },
      { group: g, name: `steps/s (${PARALLEL} users at once)`, value: round(par.length / parSeconds), unit: "updates/s" },
      ...stepRows,
    ];
  } finally {
    await h.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await run();
  console.table(rows.map((r) => ({ group: r.group, name: r.name, value: r.value, unit: r.unit, target: r.target ?? "" })));
}
