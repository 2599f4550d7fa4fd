/**
 * Property-based hostile panel data (issue 12): service names, categories, descriptions, order
 * statuses and panel errors full of tags, `&`, quotes, 5,000 characters, right-to-left and
 * zero-width characters, emoji and lone surrogates, driven through /services (categories, lists,
 * service cards), the order wizard's header and summary, /status (one and several), /orders,
 * inline answers, panel errors and notifications — against the strict fake Bot API, which refuses
 * what Telegram refuses (markup, lengths). Every case must end with 0 refused calls and every
 * invariant of invariants.ts.
 *
 * Cases are cheap (one bot, one panel, one chat reused; a case changes only what it drives), so
 * that many run: HOSTILE_RUNS (default below) cases in all; FUZZ_SCALE multiplies it, FUZZ_SEED /
 * FUZZ_PATH replay a failure. The figure is printed at the end.
 */
import fc from "fast-check";
import { Api } from "grammy";
import type { Message } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALICE } from "../helpers/harness.js";
import type { Service } from "../../src/panel/types.js";
import type { OrderChange } from "../../src/tracking/sender.js";
import { TelegramNotificationSender } from "../../src/bot/notifications/sender.js";
import { callProblems, FLUENT_IDS, LEAK_RE } from "./invariants.js";
import { FuzzRig } from "./rig.js";

const KEY = "HOSTILEkey-0a1b2c3d4e5f6789";
const SCALE = Math.max(0.01, Number(process.env.FUZZ_SCALE ?? 1) || 1);
/** Cases in all (see the module comment). */
const RUNS = Math.max(1, Math.round(Number(process.env.HOSTILE_RUNS ?? 10000) * SCALE));
const GENERIC_ERROR = /Something went wrong on my side/;
const TOLERATED = /message is not modified|message to edit not found|message can't be edited|message to delete not found/;
const seedParams = (): Partial<fc.Parameters<unknown>> => {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  return seed !== undefined ? { seed, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) } : {};
};

// ── hostile text ────────────────────────────────────────────────────────────────────────────

const PIECES = [
  "<b>",
  "</b>",
  "<i>x</i>",
  "<script>alert(1)</script>",
  "<a href='javascript:x'>y</a>",
  "<tg-spoiler>",
  "<",
  ">",
  "&",
  "&amp;",
  "&lt;b&gt;",
  "&#0;",
  "&#x1F600;",
  "&bogus;",
  '"',
  "'",
  "`code`",
  "*bold*",
  "\u202eevil\u202c",
  "\u200f",
  "\u200e",
  "\u200b",
  "\u2060",
  "\ufeff",
  "\u0000",
  "\u0007",
  "🏳️‍🌈",
  "👨‍👩‍👧‍👦",
  "🎉",
  "\ud800",
  "\udc00",
  "x\u0301\u0301\u0301",
  "\n",
  "\r\n",
  "\t",
  " ",
  "مرحبا",
  "שלום",
  "Ὀδυσσεύς",
  "https://example.com/?a=1&b=<2>",
  "@panel_test_bot",
  "/start",
];

/** Text no reply may contain on its own (see invariants.ts): never generated. */
const usable = (s: string): boolean =>
  s.trim().length > 0 && !LEAK_RE.test(s) && !/null/i.test(s) && !s.split("\n").some((l) => FLUENT_IDS.has(l.trim()));

const hostileText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 6, arbitrary: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((a) => a.join("")) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 40 }) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(300, 1500, 5000)).map(([p, n]) => p.repeat(n).slice(0, n)) },
    { weight: 1, arbitrary: fc.constantFrom("Pending", "In progress", "Completed", "Partial", "Canceled") },
  )
  .filter(usable);

// ── the rig ─────────────────────────────────────────────────────────────────────────────────

let rig: FuzzRig;
let sender: TelegramNotificationSender;
let orderId = "";
let otherOrderId = "";
const panelId = (): string => rig.deps.config.panels[0]!.id;
let cases = 0;
let calls = 0;
const perSurface = new Map<string, number>();
const msPerSurface = new Map<string, number>();

/** A sane service next to the hostile one (the categories screen lists two). */
const SANE: Service = {
  id: "100",
  name: "Instagram Followers",
  type: "Default",
  category: "Instagram",
  rate: "1.20",
  min: 10,
  max: 10000,
  refill: true,
  cancel: true,
  dripfeed: false,
};

beforeAll(async () => {
  rig = await FuzzRig.create();
  const panel = rig.h.panel!;
  panel.addAccount(KEY, "1000.00", "USD");
  orderId = panel.seedOrder(KEY, { service: "100" }).id;
  otherOrderId = panel.seedOrder(KEY, { service: "100" }).id;
  rig.api.sendText(ALICE, "/start");
  await rig.pump();
  await rig.deps.storage.accounts.add(`u:${ALICE.id}`, {
    panelId: panelId(),
    apiKey: KEY,
    currency: "USD",
    connectedAt: 1,
    connectedBy: ALICE.id,
  });
  sender = new TelegramNotificationSender(rig.deps, new Api(rig.api.token, { apiRoot: rig.api.url, fetch: rig.fetch }));
}, 60_000);

afterAll(async () => {
  console.log(
    `hostile panel data: ${cases} cases, ${calls} Bot API calls checked, 0 refused (${[...perSurface].map(([k, n]) => `${k} ${n} in ${Math.round(msPerSurface.get(k) ?? 0)} ms`).join(", ")})`,
  );
  await rig?.close();
});

type Surface = "catalogue" | "search" | "wizard" | "status" | "statuses" | "orders" | "inline" | "error" | "notification";
const SURFACES: Surface[] = ["catalogue", "search", "wizard", "status", "statuses", "orders", "inline", "error", "notification"];

interface World {
  surface: Surface;
  name: string;
  category: string;
  description: string | undefined;
  status: string;
  previous: string;
  error: string;
  link: string;
  count: number;
  pick: number;
  rtl: boolean;
}

const world: fc.Arbitrary<World> = fc.record({
  surface: fc.constantFrom(...SURFACES),
  name: hostileText,
  category: hostileText,
  description: fc.option(hostileText, { nil: undefined }),
  status: hostileText,
  previous: hostileText,
  error: hostileText,
  link: fc.oneof(hostileText, fc.constant("https://instagram.com/p/abc")),
  count: fc.integer({ min: 1, max: 40 }),
  pick: fc.nat(50),
  rtl: fc.boolean(),
});

let language: string | undefined;
async function setLanguage(rtl: boolean): Promise<void> {
  const want = rtl ? "ar" : undefined;
  if (want === language) return;
  language = want;
  await rig.deps.storage.prefs.update(ALICE.id, { language: want });
}

/** Alice types `text` (commands get their entity). */
function say(text: string): void {
  const m = /^\/[A-Za-z0-9_]+/.exec(text);
  rig.api.sendText(ALICE, text, undefined, m ? { entities: [{ type: "bot_command", offset: 0, length: m[0].length }] } : {});
}

/** The bot's last message with buttons (from the calls of the last step: the fake's history grows with every case). */
let lastKeyboard: Message | undefined;

/** Presses the `pick`-th button of the bot's last keyboard (false when there is none). */
function press(pick: number, filter: (data: string) => boolean = () => true): boolean {
  const kb = lastKeyboard;
  const all = (kb?.reply_markup?.inline_keyboard ?? [])
    .flat()
    .flatMap((b) => ("callback_data" in b && b.callback_data ? [b.callback_data] : []));
  const data = all.filter(filter);
  if (!kb || data.length === 0) return false;
  rig.api.pressButton(ALICE, kb, data[pick % data.length]!);
  return true;
}

/** Runs what is queued and checks every call; throws with the details. */
async function check(w: World, what: string): Promise<void> {
  const made = await rig.pump();
  calls += made.length;
  lastKeyboard = undefined;
  for (const c of made) {
    const result = c.response?.ok ? (c.response.result as Message | true | undefined) : undefined;
    if (typeof result === "object" && result.reply_markup?.inline_keyboard.some((row) => row.length > 0)) lastKeyboard = result;
  }
  if (process.env.HOSTILE_SHOW)
    for (const c of made)
      console.log(`${w.surface}/${what}: ${c.method} ${JSON.stringify(c.params.text ?? c.params.results ?? "").slice(0, 300)}`);
  const problems: string[] = [];
  for (const c of made) {
    problems.push(...callProblems(c.method, c.params, [KEY]));
    const r = c.response;
    if (r && !r.ok && !TOLERATED.test(r.description)) problems.push(`${c.method} refused: ${r.error_code} ${r.description}`);
    if (typeof c.params.text === "string" && GENERIC_ERROR.test(c.params.text)) problems.push(`${c.method}: generic error reply`);
  }
  problems.push(...rig.problems.splice(0).map((p) => p.text));
  if (problems.length > 0) {
    const shown = made.map((c) => `  ${c.method} ${JSON.stringify(c.params).slice(0, 500)} → ${JSON.stringify(c.response).slice(0, 200)}`);
    throw new Error(
      `${w.surface} (${what}) with ${JSON.stringify(w).slice(0, 1500)}\nproblems:\n  ${problems.join("\n  ")}\ncalls:\n${shown.join("\n")}`,
    );
  }
}

async function setCatalogue(w: World): Promise<void> {
  const hostile: Service = {
    id: "9001",
    name: `Zq ${w.name}`,
    type: "Default",
    category: w.category,
    rate: "0.50",
    min: 10,
    max: 1000,
    refill: false,
    cancel: true,
    dripfeed: false,
    ...(w.description !== undefined ? { description: w.description } : {}),
  };
  rig.h.panel!.setCatalogue([SANE, hostile]);
  await rig.deps.catalogue.invalidate(panelId());
}

async function runCase(w: World): Promise<void> {
  const t0 = performance.now();
  try {
    await runSurface(w);
  } finally {
    msPerSurface.set(w.surface, (msPerSurface.get(w.surface) ?? 0) + performance.now() - t0);
  }
}

async function runSurface(w: World): Promise<void> {
  cases += 1;
  perSurface.set(w.surface, (perSurface.get(w.surface) ?? 0) + 1);
  await setLanguage(w.rtl);
  const panel = rig.h.panel!;
  switch (w.surface) {
    case "catalogue":
      await setCatalogue(w);
      say("/services");
      await check(w, "/services");
      // A category, then a service in it (its card).
      if (press(w.pick, (d) => !/noop/.test(d))) await check(w, "category");
      if (press(w.pick, (d) => !/noop/.test(d))) await check(w, "service");
      return;
    case "search":
      await setCatalogue(w);
      say("/services zq");
      await check(w, "/services zq");
      if (press(w.pick, (d) => !/noop/.test(d))) await check(w, "search result");
      return;
    case "wizard": {
      await setCatalogue(w);
      await rig.deps.storage.secretAdapter<unknown>("conversations").delete(String(ALICE.id));
      say("/order 9001");
      await check(w, "/order 9001");
      say("https://instagram.com/p/abc");
      await check(w, "link");
      say("100");
      await check(w, "quantity → summary");
      say("/cancel");
      await check(w, "/cancel");
      return;
    }
    case "status":
      panel.setOrder(orderId, { status: w.status, link: w.link });
      say(`/status ${orderId}`);
      await check(w, "/status");
      return;
    case "statuses":
      panel.setOrder(orderId, { status: w.status });
      panel.setOrder(otherOrderId, { status: w.previous });
      say(`/status ${orderId} ${otherOrderId} 99999999`);
      await check(w, "/status several");
      return;
    case "orders":
      panel.setOrder(orderId, { status: w.status });
      await rig.deps.storage.orders.track({
        chatId: ALICE.id,
        owner: `u:${ALICE.id}`,
        panelId: panelId(),
        orderId,
        source: "bot",
        createdAt: 1,
        serviceName: w.name,
        link: w.link,
        quantity: 1000,
        currency: "USD",
      });
      say("/orders");
      await check(w, "/orders");
      return;
    case "inline":
      panel.setOrder(orderId, { status: w.status });
      rig.api.inlineQuery(ALICE, orderId);
      await check(w, "inline");
      return;
    case "error":
      panel.setFault({ mode: "answer", answer: { json: { error: w.error } }, actions: ["status", "balance", "services"] });
      await rig.deps.catalogue.invalidate(panelId());
      say([`/status ${orderId}`, "/balance", "/services", `/status ${orderId} ${otherOrderId}`][w.pick % 4]!);
      try {
        await check(w, "panel error");
      } finally {
        panel.setFault("none");
      }
      return;
    case "notification": {
      const changes: OrderChange[] = Array.from({ length: w.count }, (_, i) => ({
        kind: "order",
        order: {
          chatId: ALICE.id,
          owner: `u:${ALICE.id}`,
          panelId: panelId(),
          orderId: String(50000 + i),
          source: "bot",
          createdAt: 1,
          serviceName: w.name,
          link: w.link,
          quantity: 1000,
          currency: "USD",
          refillable: true,
          cancellable: true,
          serviceId: "9001",
        },
        previous: { status: w.previous, at: 1 },
        current: { status: i % 2 ? w.status : "Completed", at: 2, charge: "1.50", remains: 10, startCount: 5, currency: "USD" },
      }));
      const notification = { kind: "changes" as const, chatId: ALICE.id, language, changes };
      const parts = await sender.split(notification);
      expect(parts.flat()).toEqual(changes);
      for (const [i, part] of parts.entries()) {
        const result = await sender.send({ ...notification, changes: part, part: { index: i + 1, of: parts.length, total: changes.length } });
        if (result.kind !== "sent")
          throw new Error(`notification part ${i + 1}: ${JSON.stringify(result)} with ${JSON.stringify(w).slice(0, 1500)}`);
      }
      await check(w, "notification");
      return;
    }
  }
}

describe("hostile panel data", { timeout: 600_000 }, () => {
  it(`reaches Telegram as data within its limits: 0 refused sends over ${RUNS} cases`, async () => {
    const t0 = Date.now();
    await fc.assert(
      fc.asyncProperty(world, async (w) => runCase(w)),
      { numRuns: RUNS, ...seedParams() },
    );
    console.log(`hostile panel data: ${RUNS} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });
});
