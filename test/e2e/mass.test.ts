/**
 * End to end (built bot in a child process, fake Bot API, mock panel over HTTP): a 100-line mass
 * order with 7 bad lines, SIGKILLed in the middle of placing; after the restart Confirm again
 * resumes and no line is ever sent twice — 93 `add` requests in all, one per valid line.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, type TestContext } from "vitest";
import { ensureBuilt } from "./build.js";
import { secretKey, until, World } from "./driver.js";

let w: World;

function dumpOnFailure(ctx: TestContext): void {
  ctx.onTestFailed(() => {
    console.error(`\n===== e2e diagnostics: ${ctx.task.name} =====\n${w?.diagnostics() ?? "(no world)"}\n`);
  });
}

beforeAll(async () => {
  await ensureBuilt();
}, 300_000);

const BAD = [
  "9999 | https://instagram.com/p/x | 100",
  "1448 | not a link | 100",
  "1448 | https://instagram.com/p/y | 5",
  "1452 | https://facebook.com/p/1 | 10",
  "1448 https://instagram.com/p/z",
  "1448 ; https://instagram.com/p/w ; lots",
  "1463 | https://instagram.com/p/v | 100",
];

describe("e2e: /mass across a SIGKILL", () => {
  beforeAll(async () => {
    w = await World.start({ env: { LEASE_TTL_SECONDS: "3", POLL_INTERVAL_SECONDS: "1" } });
  }, 90_000);
  afterAll(async () => {
    w.panel.setFault("none");
    await w?.close();
  });
  beforeEach(dumpOnFailure);

  it("93 of 100 lines placed exactly once, each bad line with its reason", async () => {
    const user = w.user(4101, "Mia");
    const key = secretKey("Mia4101");
    expect((await w.connect(user, key, "100000.00")).text).toMatch(/Connected/);
    const lines: string[] = [];
    let bad = 0;
    for (let i = 1; i <= 100; i++) {
      if (i % 14 === 0 && bad < BAD.length) lines.push(BAD[bad++]!);
      else lines.push(`1449 | https://instagram.com/p/m${i} | ${100 + i}`);
    }
    w.send(user, `/mass ${lines.join("\n")}`);
    const preview = await w.expectMessage(user.id, (m) => w.buttons(m).some((b) => b.data?.startsWith("mass:ok:")));
    const all = [...preview.skipped, preview].map((m) => m.text ?? "").join("\n");
    expect(all).toContain("93 ready, 7 refused");
    expect(all).toMatch(/no service 9999/);
    expect(all).toMatch(/quantity must be 50–10,000/);
    expect(all).toMatch(/not a whole number/);
    expect(all).toMatch(/Custom Comments service needs more answers/);
    const confirm = w.buttons(preview).find((b) => b.data?.startsWith("mass:ok:"))!.data!;

    const adds = () => w.panel.requests.filter((r) => r.action === "add" && r.params.key === key);
    w.panel.setFault({ mode: "none", latencyMs: 60, actions: ["add"] });
    w.press(user, preview, confirm);
    await until(() => adds().length >= 30, "30 lines to be sent", 60_000);
    await w.bot.kill();
    const sentBefore = adds().length;
    expect(sentBefore).toBeLessThan(93);
    w.panel.setFault("none");
    await w.bot.start();

    // Confirm again: only the lines never sent are placed.
    w.api.pressButton(user, preview, confirm, { force: true });
    const table = await w.expectMessage(user.id, /Mass order result/, 90_000);
    const links = adds().map((r) => r.params.link);
    expect(links).toHaveLength(93);
    expect(new Set(links).size).toBe(93);
    const text = table.text ?? "";
    expect(text).toMatch(/(92|93) placed of 100 lines/);
    expect(text).toMatch(/14\. ❌ no service 9999/);
    expect(w.bot.errorLines()).toEqual([]);
  }, 180_000);
});
