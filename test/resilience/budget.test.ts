/**
 * Issue 12, item 5: a slow panel does not freeze the chat. A /balance whose panel call hangs is
 * answered within REPLY_BUDGET_SECONDS (with a "still waiting" notice after 3 s), and /help or a
 * bare /cancel sent meanwhile are answered at once.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const ms = (t0: number): number => Date.now() - t0;

describe("time budget per update", () => {
  it("answers /help while a hanging /balance runs, and /balance within the budget", async () => {
    h = await Harness.create({ env: { REPLY_BUDGET_SECONDS: "1.5" } });
    await h.connect(ALICE);
    h.panel!.setFault({ mode: "timeout", actions: ["balance"] });
    const t0 = Date.now();
    const balance = h.text(ALICE, "/balance");
    await new Promise((r) => setTimeout(r, 50));
    const help = await h.text(ALICE, "/help");
    expect(ms(t0)).toBeLessThan(700);
    expect(Harness.texts(help).join("\n")).toMatch(/\/balance/);
    const answered = await balance;
    expect(ms(t0)).toBeLessThan(1900);
    expect(Harness.texts(answered).join("\n")).toMatch(/panel/i);
  });

  it("shows 'still waiting' after 3 s, removes it with the answer; /cancel stops the wait", async () => {
    h = await Harness.create({ env: { REPLY_BUDGET_SECONDS: "20" }, panelTimeoutMs: 6000 });
    await h.connect(ALICE);
    h.panel!.setFault({ mode: "timeout", actions: ["balance"] });
    const t0 = Date.now();
    const balance = h.text(ALICE, "/balance");
    await new Promise((r) => setTimeout(r, 3300));
    const notice = h.calls.find((c) => c.method === "sendMessage" && /still waiting/.test(String(c.payload.text)));
    expect(notice).toBeDefined();
    expect(h.calls.some((c) => c.method === "sendChatAction")).toBe(true);
    const cancel = await h.text(ALICE, "/cancel");
    expect(Harness.texts(cancel).join("\n")).toMatch(/Stopped waiting/);
    const after = await balance;
    expect(ms(t0)).toBeLessThan(4500);
    // The cancelled /balance says nothing more.
    expect(Harness.texts(after).filter((t) => !/still waiting/.test(t) && !/Stopped waiting/.test(t))).toEqual([]);
  });
});
