/**
 * Customer paths (issue 15), CPU time per operation (process.cpuUsage, user + system, median):
 * - /mass preview: 100 lines checked against a 10,000-service catalogue (src/orders/mass.ts) and
 *   rendered as the preview's messages (target < 20 ms);
 * - Repeat: 🔂 on an order card → the wizard's summary, through bot.handleUpdate with the real bot,
 *   SQLite storage and the mock panel in this process (services list cached; the summary's balance
 *   call is answered by the in-process mock panel, so its CPU is counted too) (target < 10 ms).
 *
 *   npx tsx bench/customer.ts
 */
import { pathToFileURL } from "node:url";
import type { User } from "grammy/types";
import type { BenchRow } from "./types.js";
import { CatalogueIndex } from "../src/catalogue/catalogue-index.js";
import { generateCatalogue } from "../src/dev/catalogue.js";
import { checkMassText } from "../src/orders/mass.js";
import { createI18n, createTranslator } from "../src/bot/i18n.js";
import { previewTexts } from "../src/bot/features/mass.js";
import { newPlacementId } from "../src/bot/conversations/order-place.js";
import type { MassLine } from "../src/storage/repos/mass.js";
import { Harness } from "../test/helpers/harness.js";

const round = (n: number) => Math.round(n * 1000) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function cpuMs<T>(fn: () => Promise<T> | T): Promise<number> {
  const before = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

async function massPreview(): Promise<BenchRow[]> {
  const services = generateCatalogue(10_000);
  const index = new CatalogueIndex(services);
  const usable = services.filter((s) => s.type === "Default");
  const lines = Array.from({ length: 100 }, (_, i) => {
    const s = usable[(i * 97) % usable.length]!;
    return i % 10 === 9 ? `${s.id} | not a link | ${s.min}` : `${s.id} | https://instagram.com/p/bench${i} | ${s.min}`;
  }).join("\n");
  const i18n = createI18n("en");
  const t = { t: createTranslator(i18n, "en", "en"), locale: "en" } as Parameters<typeof previewTexts>[0];
  const once = () => {
    const check = checkMassText(index, lines);
    const stored: MassLine[] = check.lines.map((l) =>
      l.reason
        ? { n: l.n, text: l.text, reason: { key: `mass-reason-${l.reason.code}` } }
        : {
            n: l.n,
            text: l.text,
            serviceId: l.service!.id,
            input: { link: l.link!, quantity: l.quantity! },
            ...(l.price ? { price: l.price } : {}),
            placementId: newPlacementId(),
          },
    );
    return previewTexts(t, { lines: stored, currency: "USD" }, check.total, { balance: "100.00", currency: "USD" }, check.over);
  };
  for (let i = 0; i < 20; i++) once(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < 50; i++) samples.push(await cpuMs(once));
  return [
    { group: "customer", name: "/mass preview, 100 lines vs 10,000 services (CPU)", value: round(median(samples)), unit: "ms", target: "< 20" },
  ];
}

async function repeat(): Promise<BenchRow[]> {
  const h = await Harness.create();
  try {
    const user: User = { id: 70_001, is_bot: false, first_name: "R", language_code: "en" };
    await h.connect(user, "bench-repeat-0001", "100000.00");
    const panelId = h.deps.config.panels[0]!.id;
    // One order placed through the wizard, to repeat.
    await h.text(user, "/order 1448");
    await h.text(user, "https://instagram.com/p/bench");
    await h.text(user, "1000");
    const summary = await h.press(user, "ow:drip:0");
    const confirm = Harness.buttons(summary).find((b) => b.data?.startsWith("ow:ok:"))!.data!;
    const placed = Harness.texts(await h.press(user, confirm)).join();
    const orderId = /Order (\d+)/.exec(placed)![1]!;
    const data = `rp:${panelId}:${orderId}`;
    const run = async () => {
      const calls = await h.press(user, data);
      if (!Harness.texts(calls).some((x) => x.includes("Please check your order"))) throw new Error("no summary");
    };
    for (let i = 0; i < 10; i++) await run(); // warm-up (catalogue cached, JIT)
    const samples: number[] = [];
    for (let i = 0; i < 40; i++) samples.push(await cpuMs(run));
    return [
      { group: "customer", name: "Repeat: button → summary (CPU, services cached)", value: round(median(samples)), unit: "ms", target: "< 10" },
    ];
  } finally {
    await h.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  return [...(await massPreview()), ...(await repeat())];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await run();
  console.table(rows.map((r) => ({ group: r.group, name: r.name, value: r.value, unit: r.unit, target: r.target ?? "" })));
}
