/** /export: CSV columns and escaping (commas, quotes, new lines, formula-leading characters). */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALICE, Harness } from "../helpers/harness.js";
import { csvField, ordersCsv } from "../../src/orders/csv.js";
import type { TrackedOrder } from "../../src/storage/types.js";

const base: TrackedOrder = {
  chatId: 1,
  owner: "u:1",
  panelId: "main",
  orderId: "23501",
  source: "bot",
  createdAt: Date.UTC(2026, 10, 30, 4, 5, 6),
  serviceName: "Followers, real",
  link: "https://instagram.com/p/abc",
  quantity: 1000,
  price: "0.90",
  currency: "USD",
};

describe("CSV", () => {
  it("has the columns in order and one row per order", () => {
    const csv = ordersCsv(
      [
        {
          order: base,
          state: { final: true, last: { status: "Partial", charge: "0.45", startCount: 100, remains: 500, currency: "USD", at: 0 } },
        },
      ],
      () => "Main Panel",
    );
    const [header, row, end] = csv.split("\r\n");
    expect(header).toBe("id,date,account,service,link,quantity,charge,currency,status,start_count,remains");
    expect(row).toBe('23501,2026-11-30T04:05:06.000Z,Main Panel,"Followers, real",https://instagram.com/p/abc,1000,0.45,USD,Partial,100,500');
    expect(end).toBe("");
  });

  it("escapes commas, quotes and new lines, and neutralises formulas", () => {
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField("+1+2")).toBe("'+1+2");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField("\rx")).toBe(`"'\rx"`);
    expect(csvField(undefined)).toBe("");
    const csv = ordersCsv([{ order: { ...base, serviceName: "=cmd|' /C calc'!A0", link: "-1+1" } }], (id) => id);
    expect(csv).toContain(",'=cmd|' /C calc'!A0,'-1+1,1000,0.90,USD,,,");
  });
});

describe("/export", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await Harness.create();
    await h.connect(ALICE);
  });
  afterEach(async () => {
    await h.close();
  });

  it("sends the chat's orders as a document, or says there are none", async () => {
    expect(Harness.texts(await h.text(ALICE, "/export")).join()).toMatch(/no orders|not following/i);
    await h.deps.storage.orders.track({ ...base, chatId: ALICE.id, owner: `u:${ALICE.id}`, panelId: h.deps.config.panels[0]!.id });
    const calls = await h.text(ALICE, "/export");
    expect(calls.some((c) => c.method === "sendDocument")).toBe(true);
  });
});
