/**
 * Memory held by the poller's in-memory view (src/tracking/memory.ts) per tracked order: N minimal
 * orders (as bench/tracking.ts seeds them) with a typical state (last = notified, In progress,
 * charge, start count, remains) are loaded from a fake source; the JS heap plus array buffers (the
 * view's slots live in Float64Arrays) after a full GC, before and after, divided by N. Run alone: `node dist-bench/bench/view-memory.js`.
 */
import { TrackingView } from "../src/tracking/memory.js";
import type { TrackedOrder, TrackState } from "../src/storage/types.js";
import type { TrackingStorage } from "../src/tracking/deps.js";
import v8 from "node:v8";
import vm from "node:vm";
import type { BenchRow } from "./types.js";

/** A full garbage collection (the flag set at run time: `npm run bench` runs every module in one process). */
function fullGc(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

function fakeStorage(n: number, perKey: number): TrackingStorage {
  const order = (i: number): TrackedOrder => {
    const user = 1_000_000 + Math.floor(i / perKey);
    return { chatId: user, owner: `u:${user}`, panelId: `p${user % 20}`, orderId: String(50_000_000 + i), source: "bot", createdAt: 1 };
  };
  const state = (i: number): TrackState => {
    const snap = () => ({
      status: "In progress",
      charge: "0.2781",
      startCount: 1000 + (i % 977),
      remains: 500 + (i % 313),
      currency: "USD",
      at: 1_700_000_000_000,
    });
    return JSON.parse(JSON.stringify({ last: snap(), notified: snap(), final: false })) as TrackState;
  };
  const orders = {
    async *iterate() {
      for (let i = 0; i < n; i++) yield JSON.parse(JSON.stringify(order(i))) as TrackedOrder;
    },
    async getStates(keys: Array<{ orderId: string }>) {
      return keys.map((k) => state(Number(k.orderId) - 50_000_000));
    },
    async get() {
      return undefined;
    },
    async getMany(keys: unknown[]) {
      return keys.map(() => undefined);
    },
  };
  const refills = {
    async *iterate() {},
    async getStates() {
      return [];
    },
    async get() {
      return undefined;
    },
    async getMany() {
      return [];
    },
  };
  const changes = { read: async () => [], consume: async () => undefined };
  return { orders, refills, changes } as unknown as TrackingStorage;
}

export async function run(): Promise<BenchRow[]> {
  const n = Number(process.env.BENCH_VIEW_ORDERS) || 200_000;
  const gc = fullGc();
  const view = new TrackingView(fakeStorage(n, 100));
  gc();
  gc();
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  await view.sync(1);
  gc();
  gc();
  const after = used();
  if (view.orders.size !== n) throw new Error(`view holds ${view.orders.size} of ${n}`);
  const per = (after - before) / n;
  return [
    {
      group: "tracking",
      name: `in-memory view: memory per tracked order (heap + array buffers) (${n.toLocaleString("en-US")} orders)`,
      value: Math.round(per),
      unit: "bytes",
      target: "< 200",
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(`${row.name}: ${row.value} ${row.unit}${row.target ? ` (target ${row.target})` : ""}`);
}
