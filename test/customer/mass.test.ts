/** /mass: preview, refused lines with reasons, exactly-once placement (double tap, resume after a crash). */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { addRequests, answers, buttonData, texts } from "../order/helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
  await h.connect(ALICE, "mass-key-0001", "100000.00");
});
afterEach(async () => {
  await h.close();
});

const BAD: Array<[string, RegExp]> = [
  ["9999 | https://instagram.com/p/x | 100", /no service 9999/],
  ["1448 | not a link | 100", /expected: service \| link \| quantity/],
  ["1448 | https://instagram.com/p/y | 5", /quantity must be 50–10,000/],
  ["1452 | https://facebook.com/p/1 | 10", /Custom Comments service needs more answers/],
  ["1448 https://instagram.com/p/z", /expected: service \| link \| quantity/],
  ["1448 ; https://instagram.com/p/w ; lots", /not a whole number/],
  ["1463 | ftp://instagram.com/p/v | 100", /Mentions service needs more answers|link does not look right/],
];

function massText(): { text: string; badAt: number[] } {
  const lines: string[] = [];
  const badAt: number[] = [];
  let bad = 0;
  for (let i = 1; i <= 100; i++) {
    if (i % 14 === 0 && bad < BAD.length) {
      lines.push(BAD[bad++]![0]);
      badAt.push(i);
      continue;
    }
    const sep = i % 3 === 0 ? " | " : i % 3 === 1 ? ", " : " ";
    lines.push(["1449", `https://instagram.com/p/post${i}`, String(100 + i)].join(sep));
  }
  return { text: lines.join("\n"), badAt };
}

describe("/mass", () => {
  it("100 lines with 7 bad ones: a preview with reasons, then 93 orders placed exactly once", async () => {
    const { text, badAt } = massText();
    expect(badAt).toHaveLength(7);
    const ask = await h.text(ALICE, "/mass");
    expect(texts(ask)).toContain("service | link | quantity");
    const previewCalls = await h.text(ALICE, text);
    const preview = texts(previewCalls);
    expect(preview).toContain("93 ready, 7 refused");
    for (const [, reason] of BAD) expect(preview).toMatch(reason);
    expect(preview).toContain("Total:");
    expect(preview).toMatch(/Balance: \$100,?000/);
    for (const call of previewCalls) if (call.method === "sendMessage") expect(String(call.payload.text).length).toBeLessThanOrEqual(4096);
    expect(addRequests(h)).toHaveLength(0);

    const confirm = buttonData(previewCalls, /^mass:ok:/);
    const placed = await h.press(ALICE, confirm);
    const adds = addRequests(h);
    expect(adds).toHaveLength(93);
    expect(new Set(adds.map((a) => a.link)).size).toBe(93);
    const table = texts(placed);
    expect(table).toContain("93 placed of 100 lines");
    for (const n of badAt) expect(table).toMatch(new RegExp(`\\n${n}\\. ❌ `));
    expect(table.match(/✅ order <code>\d+<\/code>/g)).toHaveLength(93);
    // One progress message, edited in place.
    expect(placed.filter((c) => c.method === "sendMessage" && /Placing orders/.test(String(c.payload.text)))).toHaveLength(1);
    expect(placed.some((c) => c.method === "editMessageText" && /Done: 93 of 93/.test(String(c.payload.text)))).toBe(true);

    // Tracked like wizard orders.
    expect((await h.deps.storage.orders.listByChat(ALICE.id)).total).toBe(93);

    // A double tap (or a redelivered update) sends nothing again.
    const again = await h.press(ALICE, confirm);
    expect(answers(again).join()).toMatch(/nothing was sent again/);
    expect(addRequests(h)).toHaveLength(93);
  });

  it("after a crash in the middle, Confirm again places only the lines never sent", async () => {
    const lines = Array.from({ length: 10 }, (_, i) => `1449 | https://instagram.com/p/c${i} | 200`).join("\n");
    const previewCalls = await h.text(ALICE, `/mass ${lines}`);
    const confirm = buttonData(previewCalls, /^mass:ok:/);
    const batchId = confirm.split(":")[2]!;
    const batch = (await h.deps.storage.mass.get(batchId))!;
    // The state a SIGKILL leaves: confirmed; lines 1–4 placed, line 5 sent without an answer.
    const panelId = batch.panelId;
    for (const l of batch.lines.slice(0, 4)) {
      await h.deps.storage.placements.set(l.placementId!, {
        state: "placed",
        orderId: `9000${l.n}`,
        chatId: ALICE.id,
        owner: `u:${ALICE.id}`,
        panelId,
        serviceId: "1449",
        at: Date.now(),
      });
    }
    await h.deps.storage.placements.set(batch.lines[4]!.placementId!, {
      state: "sending",
      chatId: ALICE.id,
      owner: `u:${ALICE.id}`,
      panelId,
      serviceId: "1449",
      at: Date.now(),
    });
    await h.deps.storage.mass.set(batchId, { ...batch, confirmedAt: Date.now() });

    const resumed = await h.press(ALICE, confirm);
    expect(texts(resumed)).toContain("Resuming");
    const adds = addRequests(h);
    expect(adds.map((a) => a.link)).toEqual(Array.from({ length: 5 }, (_, i) => `https://instagram.com/p/c${i + 5}`));
    const table = texts(resumed);
    expect(table).toContain("1. ✅ order <code>90001</code>");
    expect(table).toMatch(/5\. ❓ no answer from the panel/);
    expect(table).toContain("9 placed of 10 lines");
  });

  it("Cancel drops the preview", async () => {
    const calls = await h.text(ALICE, "/mass 1449 | https://instagram.com/p/q | 200");
    const cancelled = await h.press(ALICE, buttonData(calls, /^mass:no:/));
    expect(texts(cancelled)).toContain("Nothing was ordered");
    const late = await h.press(ALICE, buttonData(calls, /^mass:ok:/));
    expect(answers(late).join()).toMatch(/expired|no longer/i);
    expect(addRequests(h)).toHaveLength(0);
  });
});
