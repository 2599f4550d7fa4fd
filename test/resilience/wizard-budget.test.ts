/**
 * Issue 12, item 5, for the order wizard: the catalogue it loads for a user's step is waited for
 * within the same per-update budget as other panel calls (REPLY_BUDGET_SECONDS). With a slow
 * `services` answer, /help and /cancel are answered meanwhile, "typing" and "still waiting" show
 * after 3 s, and the step ends with a clear "the panel is slow" answer within the budget.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const ms = (t0: number): number => Date.now() - t0;
const pause = (n: number) => new Promise((r) => setTimeout(r, n));
const GENERIC = /Something went wrong/;

describe("the order wizard's catalogue load within the reply budget", () => {
  it("answers /help while the catalogue loads slowly, and ends the step with 'the panel is slow' within the budget", async () => {
    h = await Harness.create({ env: { REPLY_BUDGET_SECONDS: "1.5" }, panelTimeoutMs: 20_000 });
    await h.connect(ALICE);
    h.panel!.resetRequests();
    h.panel!.setFault({ mode: "none", latencyMs: 3000, actions: ["services"] });
    const t0 = Date.now();
    const order = h.text(ALICE, "/order");
    await pause(50);
    const help = await h.text(ALICE, "/help");
    expect(ms(t0)).toBeLessThan(700);
    expect(Harness.texts(help).join("\n")).toMatch(/\/balance/);

    const answered = Harness.texts(await order);
    expect(ms(t0)).toBeLessThan(2100);
    expect(h.panel!.requests.some((r) => r.action === "services")).toBe(true);
    expect(answered.join("\n")).toMatch(/panel/i);
    expect(answered.join("\n")).not.toMatch(GENERIC);
    // No category keyboard: the step ended.
    expect((await order).some((c) => c.payload.reply_markup?.inline_keyboard?.length)).toBe(false);
  });

  it("shows 'typing' and 'still waiting' after 3 s; a bare /cancel is answered at once and ends the wizard quietly", async () => {
    h = await Harness.create({ env: { REPLY_BUDGET_SECONDS: "20" }, panelTimeoutMs: 20_000 });
    await h.connect(ALICE);
    h.panel!.setFault({ mode: "none", latencyMs: 8000, actions: ["services"] });
    const t0 = Date.now();
    const order = h.text(ALICE, "/order");
    await pause(3300);
    expect(h.calls.some((c) => c.method === "sendMessage" && /still waiting/.test(String(c.payload.text)))).toBe(true);
    expect(h.calls.some((c) => c.method === "sendChatAction" && c.payload.action === "typing")).toBe(true);

    const cancel = await h.text(ALICE, "/cancel");
    expect(ms(t0)).toBeLessThan(4000);
    expect(Harness.texts(cancel).join("\n")).toMatch(/Stopped waiting/);
    const after = Harness.texts(await order).filter((t) => !/still waiting|Stopped waiting/.test(t)); // (the /cancel ran meanwhile)
    expect(ms(t0)).toBeLessThan(4500);
    expect(after).toEqual([]); // nothing more from the cancelled step: no "panel is slow", no categories
    // The wizard is over: a word typed now is not taken as a catalogue search.
    h.panel!.setFault("none");
    const word = await h.text(ALICE, "followers");
    expect(Harness.texts(word).join("\n")).not.toMatch(/Choose a category|services found|No service/i);
  }, 20_000);
});
