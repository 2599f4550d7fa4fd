/**
 * Issue 12, item 7: nonsense catalogue entries are kept out of ordering (the wizard says the
 * service is unavailable instead of asking for "a number from 100 to 10"), shown as unavailable
 * on their card, and an unreadable rate or a duplicate id is logged, not dropped silently.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { defaultCatalogue } from "../../src/dev/catalogue.js";
import { Catalogue } from "../../src/catalogue/catalogue.js";
import { PanelClient } from "../../src/panel/client.js";
import type { Service } from "../../src/panel/types.js";
import { allButtons, buttonData } from "../order/helpers.js";

const base = defaultCatalogue()[0]!;
const bad: Service[] = [
  { ...base, id: "9001", name: "Min above max", min: 100, max: 10 },
  { ...base, id: "9002", name: "Negative rate", rate: "-1" },
  { ...base, id: "9003", name: "Comma rate", rate: "1,20" },
  { ...base, id: "9004", name: "Huge rate", rate: "1e308" },
  { ...base, id: "9005", name: "Negative min", min: -5 },
];

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
  h.panel!.setCatalogue([...defaultCatalogue(), ...bad, { ...base, name: "Duplicate of the first" }]);
  await h.connect(ALICE);
});
afterEach(async () => {
  await h.close();
});

const text = (calls: Awaited<ReturnType<Harness["text"]>>) => Harness.texts(calls).join("\n");

describe("catalogue sanity", () => {
  it("keeps impossible entries out of the order wizard", async () => {
    for (const s of bad) {
      const out = text(await h.text(ALICE, `/order ${s.id}`));
      expect(out, s.name).toMatch(/unavailable/);
      expect(out, s.name).not.toMatch(/from 100 to 10|Something went wrong|no longer/);
      await h.text(ALICE, "/cancel");
    }
    // A sane service still works.
    expect(text(await h.text(ALICE, `/order ${base.id}`))).not.toMatch(/unavailable/);
  });

  it("lists them (no silent drop) and shows them as unavailable on their card, without an Order button", async () => {
    const out = await h.text(ALICE, "/services Comma");
    const card = await h.press(ALICE, buttonData(out, /Comma rate/));
    expect(text(card)).toMatch(/unavailable/);
    expect(allButtons(card).some((b) => /^sv:o|order/i.test(b.data ?? "") && /Order/.test(b.text))).toBe(false);
  });

  it("logs duplicates and unorderable entries once per load, with counts", async () => {
    const warnings: Array<{ obj: any; msg: string }> = [];
    const logger = { warn: (obj: any, msg: string) => warnings.push({ obj, msg }) } as any;
    const client = new PanelClient({ url: h.panel!.url, retries: 0 });
    const catalogue = new Catalogue({ cache: h.deps.storage.cache, panels: { find: () => ({ client }) }, ttlMs: 60_000, logger });
    const index = await catalogue.refresh("x", "test-key-0001");
    await catalogue.get("x", "test-key-0001");
    await client.close();
    const lines = warnings.filter((w) => /cannot be ordered/.test(w.msg));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.obj).toMatchObject({ duplicates: 1, unavailable: bad.length });
    expect(lines[0]!.obj.examples.join("\n")).toMatch(/9001: minimum 100 is above maximum 10/);
    for (const s of bad) expect(index.problem(s.id), s.name).toBeDefined();
    expect(index.problem(base.id)).toBeUndefined();
  });
});
