/**
 * Property-based bad-input tests: random text, IDs, links, commands, deep links, callback data and
 * inline queries are fed to the real bot (every feature and conversation) through
 * bot.handleUpdate, in this process (rig.ts: the harness's real storage and mock panel over HTTP;
 * Bot API calls answered by the in-process fake Bot API, which parses HTML and enforces one answer
 * per callback query like Telegram).
 *
 * After every update:
 * - no error reached bot.catch, nothing was logged at error level, no unhandled rejection;
 * - no generic "something went wrong" reply;
 * - every outgoing call is translated and valid for Telegram and never carries an API key
 *   (see invariants.ts); every callback query and inline query is answered exactly once.
 *
 * Runs are bounded (a few hundred updates per property). A failure prints the fast-check seed and
 * path; replay with FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/fuzz. FUZZ_SCALE=<n> runs n
 * times as many cases; FUZZ_STATS=1 prints which replies were reached.
 */
import fc from "fast-check";
import type { Message, MessageEntity } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ALICE, BOB, GROUP } from "../helpers/harness.js";
import type { GroupInput, UserInput } from "../support/fake-bot-api.js";
import { callbackData, inlineQuery, messageText } from "./arbitraries.js";
import { callProblems } from "./invariants.js";
import { FuzzRig } from "./rig.js";

const KEY = "FUZZSECRETkey-0a1b2c3d4e5f";
const GROUP_KEY = "GROUPSECRETkey-9z8y7x6w5v";
const SECRETS = [KEY, GROUP_KEY];
const GENERIC_ERROR = /Something went wrong on my side|Pri meni je šlo nekaj narobe/;

/** FUZZ_SCALE=4 runs four times as many cases (longer local hunts). */
const SCALE = Math.max(0.1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

const seedParams = (): Partial<fc.Parameters<unknown>> => {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  return seed !== undefined ? { seed, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) } : {};
};

let rig: FuzzRig;
const rejections: string[] = [];
const onRejection = (reason: unknown) => rejections.push(reason instanceof Error ? (reason.stack ?? reason.message) : String(reason));
const GROUP_INPUT: GroupInput = { id: GROUP.id, type: "supergroup", title: GROUP.title };
/** Failed Bot API calls that are harmless (the user sees what they should). */
const TOLERATED = /message is not modified|message to edit not found|message can't be edited|message to delete not found/;

beforeAll(async () => {
  rig = await FuzzRig.create();
  // Orders in every state, for both accounts (IDs from 23501 on).
  for (const key of SECRETS) {
    for (const status of ["Pending", "In progress", "Completed", "Partial", "Canceled"]) rig.h.panel!.seedOrder(key, { status });
  }
  await rig.setUp([ALICE, BOB], GROUP_INPUT, [ALICE]);
  // Alice connects her recognisable key through the real /connect wizard.
  rig.h.panel!.addAccount(KEY, "1000000.00", "USD");
  rig.api.sendText(ALICE, "/connect", undefined, { entities: [{ type: "bot_command", offset: 0, length: 8 }] });
  rig.api.sendText(ALICE, KEY);
  const calls = await rig.pump();
  expect(calls.some((c) => c.method === "deleteMessage")).toBe(true);
  expect(rig.lastMessage(ALICE.id)?.text).toMatch(/Connected/);
  for (const c of calls) expect(callProblems(c.method, c.params, SECRETS)).toEqual([]);
  process.on("unhandledRejection", onRejection);
}, 60_000);

const stats = new Map<string, number>();
afterAll(async () => {
  if (process.env.FUZZ_STATS)
    console.log(
      [...stats]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${n}\t${k}`)
        .join("\n"),
    );
  process.off("unhandledRejection", onRejection);
  await rig?.close();
});

/** Forget conversations, accounts and settings changed by earlier runs: each run starts the same way. */
async function resetState(language?: string): Promise<void> {
  const { storage, config } = rig.deps;
  const conv = storage.secretAdapter<unknown>("conversations");
  for (const u of [ALICE, BOB]) {
    await conv.delete(String(u.id));
    await conv.delete(`${GROUP.id}:${u.id}`);
  }
  const panelId = config.panels[0]!.id;
  await storage.accounts.add(`u:${ALICE.id}`, { panelId, apiKey: KEY, currency: "USD", connectedAt: 1, connectedBy: ALICE.id });
  await storage.accounts.add(`g:${GROUP.id}`, { panelId, apiKey: GROUP_KEY, currency: "USD", connectedAt: 1, connectedBy: ALICE.id });
  await storage.accounts.delete(`u:${BOB.id}`);
  for (const id of [ALICE.id, BOB.id, GROUP.id]) {
    await storage.prefs.update(id, { language, notifications: undefined, progress: undefined });
  }
  const panel = rig.h.panel!;
  panel.addAccount(KEY, "1000000.00", "USD");
  panel.addAccount(GROUP_KEY, "1000000.00", "USD");
  panel.setFault("none");
}

type Who = 0 | 1;
type Action =
  | { kind: "text"; who: Who; group: boolean; text: string }
  | { kind: "edit"; who: Who; group: boolean; text: string }
  | { kind: "press"; who: Who; group: boolean; pick: number }
  | { kind: "forge"; who: Who; group: boolean; data: string }
  | { kind: "answer"; who: Who; group: boolean; pick: number }
  | { kind: "inline"; who: Who; query: string; offset: string };

const who = fc.constantFrom<Who>(0, 0, 0, 1);
const group = fc.constantFrom(false, false, false, true);
const textAction = fc.record({ kind: fc.constant("text" as const), who, group, text: messageText });
const editAction = fc.record({ kind: fc.constant("edit" as const), who, group, text: messageText });
const pressAction = fc.record({ kind: fc.constant("press" as const), who, group, pick: fc.nat(40) });
const forgeAction = fc.record({ kind: fc.constant("forge" as const), who, group, data: callbackData });
const inlineAction = fc.record({
  kind: fc.constant("inline" as const),
  who,
  query: inlineQuery,
  offset: fc.oneof(fc.constant(""), fc.stringMatching(/^\d{1,3}$/), fc.string({ maxLength: 10 })),
});

const singleAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: textAction },
  { weight: 1, arbitrary: editAction },
  { weight: 3, arbitrary: forgeAction },
  { weight: 2, arbitrary: inlineAction },
);

/** Answers a wizard step may accept: links, quantities, lists, search words. */
const plausible = fc.constantFrom(
  "https://instagram.com/p/abc123",
  "https://instagram.com/partial-post",
  "https://t.me/some_channel",
  "100",
  "1000",
  "10",
  "5000",
  "2",
  "15",
  "first comment\nsecond comment\nthird",
  "user_one\nuser_two",
  "#tag",
  "followers",
  "likes",
  "1452",
  "23501",
  "23501 23502 23503",
);
const plausibleAction = fc.record({ kind: fc.constant("text" as const), who, group, text: plausible });
/** A guided answer to the bot's last question in the chat (see answerFor). */
const answerAction = fc.record({ kind: fc.constant("answer" as const), who, group, pick: fc.nat(1000) });

/**
 * An answer the current wizard step may accept (or just miss): numbers inside and at the edges
 * of the asked range, links, lines within the asked count, dates, countries…
 */
function answerFor(prompt: string, pick: number): string {
  const range = /from ([\d,.]+) to ([\d,.]+)|between ([\d,.]+) and ([\d,.]+)/.exec(prompt);
  const num = (s: string | undefined) => Number((s ?? "0").replace(/[,.]/g, ""));
  const min = range ? num(range[1] ?? range[3]) : 1;
  const max = range ? num(range[2] ?? range[4]) : 100;
  const inRange = [min, max, Math.floor((min + max) / 2), min - 1, max + 1, min + (pick % Math.max(1, max - min + 1))][pick % 6]!;
  if (/one per line/i.test(prompt)) {
    const n = Math.max(1, Math.min(range ? inRange : 3, 60));
    return Array.from({ length: n }, (_, i) => `line ${i + 1} nice post`).join("\n");
  }
  if (/link|URL/i.test(prompt))
    return ["https://instagram.com/p/abc123", "https://instagram.com/partial-x", "not a link", "https://t.me/x"][pick % 4]!;
  if (/\d/.test(prompt) && range) return String(inRange);
  if (/runs|minutes|number/i.test(prompt)) return ["2", "5", "30", "0", "-1", "abc"][pick % 6]!;
  if (/date|day\/month/i.test(prompt)) return ["31/12/2030", "1/1/2000", "32/13/2030", "tomorrow"][pick % 4]!;
  if (/country/i.test(prompt)) return ["US", "United States", "Slovenia", "XX"][pick % 4]!;
  if (/hashtag/i.test(prompt)) return ["#tag", "tag", "#"][pick % 3]!;
  if (/username/i.test(prompt)) return ["someone", "@someone", "two words"][pick % 3]!;
  if (/keyword/i.test(prompt)) return "running shoes";
  if (/API key/i.test(prompt)) return ["wrong-key-12345678", "short"][pick % 2]!;
  return ["followers", "likes", "1452", "100", "23501"][pick % 5]!;
}

const stepAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: textAction },
  { weight: 2, arbitrary: plausibleAction },
  { weight: 5, arbitrary: answerAction },
  { weight: 7, arbitrary: pressAction },
  { weight: 2, arbitrary: forgeAction },
  { weight: 1, arbitrary: editAction },
  { weight: 1, arbitrary: inlineAction },
);

/** Openers that lead into every wizard and menu. */
const opener = fc.constantFrom(
  "/order",
  "/order",
  "/connect",
  "/services",
  "/services followers",
  "/orders",
  "/settings",
  "/language",
  "/refill",
  "/cancel",
  "/track",
  "/status",
  "/help",
);

const userOf = (who: Who): UserInput => (who === 0 ? ALICE : BOB);

/** The chats' language for a run: the users' own (en, sl), or Russian or Arabic (issue 14). */
const language = fc.constantFrom<string | undefined>(undefined, undefined, "ru", "ar");

/** Entities a Telegram client adds to a text starting with a command. */
function commandEntities(text: string): MessageEntity[] {
  const m = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  return m ? [{ type: "bot_command", offset: 0, length: m[0].length }] : [];
}

interface Done {
  describe: string;
  callbackId?: string;
  inlineId?: string;
}

/** Sends a text as `user` in a private chat or the group (in the group as a reply to the bot, like wizard answers). */
function sendText(user: UserInput, text: string, inGroup: boolean): Message {
  const entities = commandEntities(text);
  if (!inGroup) return rig.api.sendText(user, text, undefined, entities.length ? { entities } : {});
  const last = rig.lastMessage(GROUP.id);
  const replyTo = entities.length === 0 && last ? { replyTo: last.message_id } : {};
  return rig.api.sendText(user, text, GROUP_INPUT, { ...(entities.length ? { entities } : {}), ...replyTo });
}

/** Makes the update(s) of one action in the fake; the caller pumps them into the bot. */
function enqueue(a: Action): Done {
  if (a.kind === "inline") {
    const q = rig.api.inlineQuery(userOf(a.who), a.query, a.offset);
    return { describe: `inline ${JSON.stringify(a.query)} offset ${JSON.stringify(a.offset)}`, inlineId: q.id };
  }
  const user = userOf(a.who);
  const chatId = a.group ? GROUP.id : user.id;
  const where = `${user.first_name}@${a.group ? "group" : "private"}`;
  switch (a.kind) {
    case "text":
      sendText(user, a.text, a.group);
      return { describe: `${where} text ${JSON.stringify(a.text.slice(0, 300))}` };
    case "answer": {
      const text = answerFor(rig.lastMessage(chatId)?.text ?? "", a.pick);
      sendText(user, text, a.group);
      return { describe: `${where} answered ${JSON.stringify(text.slice(0, 300))}` };
    }
    case "edit": {
      const msg = sendText(user, "first version", a.group);
      const entities = commandEntities(a.text);
      rig.api.pushUpdate({
        edited_message: {
          ...msg,
          text: a.text,
          edit_date: Math.floor(Date.now() / 1000),
          ...(entities.length ? { entities } : { entities: undefined }),
        } as never,
      });
      return { describe: `${where} edited a message to ${JSON.stringify(a.text.slice(0, 300))}` };
    }
    case "forge": {
      const target = rig.lastMessage(chatId) ?? {
        message_id: 999_999,
        chat: { id: chatId, type: a.group ? "supergroup" : "private" } as Message["chat"],
      };
      const q = rig.api.pressButton(user, target, a.data, { force: true });
      return { describe: `${where} forged button ${JSON.stringify(a.data)} on message ${target.message_id}`, callbackId: q.id };
    }
    case "press": {
      const kb = rig.lastKeyboard(chatId);
      const all = (kb?.reply_markup?.inline_keyboard ?? [])
        .flat()
        .flatMap((b) => ("callback_data" in b && b.callback_data ? [b.callback_data] : []));
      // Mostly move forward: Cancel only now and then; a question with only Cancel gets an answer.
      const forward = all.filter((d) => d !== "conv:cancel");
      const cancelNow = a.pick % 9 === 0;
      if (!kb || all.length === 0 || (!cancelNow && forward.length === 0))
        return enqueue({ kind: "answer", who: a.who, group: a.group, pick: a.pick });
      const choices = cancelNow ? all : forward;
      const data = choices[a.pick % choices.length]!;
      const q = rig.api.pressButton(user, kb, data);
      return { describe: `${where} pressed ${JSON.stringify(data)} on message ${kb.message_id}`, callbackId: q.id };
    }
  }
}

/** Runs one action and checks every invariant; throws with the details. */
async function step(a: Action, history: string[]): Promise<void> {
  const problemsBefore = rig.problems.length;
  const rejectionsBefore = rejections.length;
  let done: Done;
  try {
    done = enqueue(a);
  } catch (err) {
    // The fake refused to make the update (e.g. an empty message): not something Telegram sends.
    history.push(`(skipped: ${(err as Error).message.slice(0, 120)})`);
    return;
  }
  history.push(done.describe);
  const calls = await rig.pump();
  await new Promise((resolve) => setImmediate(resolve)); // let stray promises of this update surface
  if (process.env.FUZZ_STATS) {
    for (const c of calls) {
      const label = `${c.method} ${String(c.params.text ?? "")
        .slice(0, 40)
        .replace(/\d+/g, "#")}`;
      stats.set(label, (stats.get(label) ?? 0) + 1);
    }
  }
  const problems: string[] = [];
  for (const c of calls) problems.push(...callProblems(c.method, c.params, SECRETS));
  for (const c of calls) {
    const r = c.response;
    if (r && !r.ok && !TOLERATED.test(r.description)) problems.push(`${c.method} failed: ${r.error_code} ${r.description}`);
    const results = Array.isArray(c.params.results) ? (c.params.results as Array<{ input_message_content?: { message_text?: string } }>) : [];
    const texts = [c.params.text, ...results.map((x) => x.input_message_content?.message_text)];
    if (texts.some((t) => typeof t === "string" && GENERIC_ERROR.test(t))) problems.push(`${c.method}: generic error reply`);
  }
  if (done.callbackId !== undefined) {
    const n = calls.filter((c) => c.method === "answerCallbackQuery" && String(c.params.callback_query_id) === done.callbackId).length;
    if (n !== 1) problems.push(`the button press was answered ${n} times (want exactly 1)`);
  }
  if (done.inlineId !== undefined) {
    const n = calls.filter((c) => c.method === "answerInlineQuery" && String(c.params.inline_query_id) === done.inlineId).length;
    if (n !== 1) problems.push(`the inline query was answered ${n} times (want exactly 1)`);
  }
  problems.push(
    ...rig.problems.slice(problemsBefore).map((p) => p.text),
    ...rejections.slice(rejectionsBefore).map((x) => `unhandled rejection: ${x}`),
  );
  if (problems.length > 0) {
    const shown = calls
      .map((c) => `  ${c.method} ${JSON.stringify(c.params).slice(0, 400)} → ${c.response?.ok ? "ok" : JSON.stringify(c.response)}`)
      .join("\n");
    throw new Error(`after:\n  ${history.join("\n  ")}\nproblems:\n  ${problems.join("\n  ")}\ncalls:\n${shown}`);
  }
}

describe("bad input reaches every handler without harm", { timeout: 180_000 * SCALE }, () => {
  beforeEach(async () => {
    await resetState();
  });

  it("single updates: text, commands, edits, forged buttons, inline queries", async () => {
    await fc.assert(
      fc.asyncProperty(singleAction, async (a) => {
        await resetState();
        await step(a, []);
      }),
      { numRuns: runs(250), ...seedParams() },
    );
  });

  it("sequences through the wizards: real and forged buttons, text at every step", async () => {
    await fc.assert(
      fc.asyncProperty(
        opener,
        group,
        who,
        fc.array(stepAction, { minLength: 1, maxLength: 12 }),
        language,
        async (open, inGroup, opener_who, actions, lang) => {
          await resetState(lang);
          const history: string[] = lang ? [`language ${lang}`] : [];
          await step({ kind: "text", who: opener_who, group: inGroup, text: open }, history);
          for (const a of actions) await step(a, history);
        },
      ),
      { numRuns: runs(150), ...seedParams() },
    );
  });

  it("guided walks to the end of the order wizard (every service type), with a wrong answer now and then", async () => {
    const guided: fc.Arbitrary<Action> = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({ kind: fc.constant("press" as const), who: fc.constant<Who>(0), group: fc.constant(false), pick: fc.nat(1000) }),
      },
      {
        weight: 4,
        arbitrary: fc.record({ kind: fc.constant("answer" as const), who: fc.constant<Who>(0), group: fc.constant(false), pick: fc.nat(1000) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant("text" as const), who: fc.constant<Who>(0), group: fc.constant(false), text: messageText }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant("forge" as const), who: fc.constant<Who>(0), group: fc.constant(false), data: callbackData }),
      },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/order", "/services"),
        fc.array(guided, { minLength: 4, maxLength: 14 }),
        language,
        async (open, actions, lang) => {
          await resetState(lang);
          const history: string[] = lang ? [`language ${lang}`] : [];
          await step({ kind: "text", who: 0, group: false, text: open }, history);
          for (const a of actions) await step(a, history);
        },
      ),
      { numRuns: runs(50), ...seedParams() },
    );
  });

  it("the same with the panel failing (5xx, HTML, bad JSON, resets, 429, redirects)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("http500", "html", "badjson", "reset", "http429", "redirect"),
        fc.option(fc.constantFrom(["add"], ["status"], ["services"], ["balance"], ["refill", "cancel", "refill_status"]), { nil: undefined }),
        opener,
        fc.array(stepAction, { minLength: 1, maxLength: 8 }),
        async (mode, actions, open, steps) => {
          await resetState();
          rig.h.panel!.setFault({ mode, ...(actions ? { actions: [...actions] } : {}) });
          const history: string[] = [`panel fault ${mode} on ${actions?.join(",") ?? "every action"}`];
          await step({ kind: "text", who: 0, group: false, text: open }, history);
          for (const a of steps) await step(a, history);
        },
      ),
      { numRuns: runs(60), ...seedParams() },
    );
  });

  it("the checks themselves catch what they are meant to", () => {
    expect(callProblems("sendMessage", { chat_id: 1, text: `x ${KEY}` }, SECRETS)).not.toEqual([]);
    expect(callProblems("sendMessage", { chat_id: 1, text: "connect-done" }, SECRETS).join()).toMatch(/raw Fluent id/);
    expect(callProblems("sendMessage", { chat_id: 1, text: "Order { $id }" }, SECRETS).join()).toMatch(/\{ \$id \}/);
    expect(callProblems("sendMessage", { chat_id: 1, text: "<b>x", parse_mode: "HTML" }, SECRETS).join()).toMatch(/refuse/);
    expect(callProblems("sendMessage", { chat_id: 1, text: "Balance: NaN USD" }, SECRETS).join()).toMatch(/NaN/);
  });
});
