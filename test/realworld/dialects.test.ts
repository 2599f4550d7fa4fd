/**
 * The whole bot against each dialect of the mock panel (src/dev/mock/dialects.ts): balance, an order
 * placed through the wizard, its status, a refusal, a bad key — the user gets the same meaning
 * whatever the panel's script.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MockDialect } from "../../src/dev/mock-panel.js";
import { ALICE, Harness } from "../helpers/harness.js";
import { WizardDriver } from "../order/helpers.js";

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(async () => {
  await h.close();
});

const LINK = "https://instagram.com/p/abc123";
const all = (calls: Awaited<ReturnType<Harness["text"]>>): string => Harness.texts(calls).join("\n");

async function toSummary(quantity: string): Promise<WizardDriver> {
  const w = new WizardDriver(h, ALICE);
  await w.start("/order 1448");
  await w.run([LINK, quantity, { press: "ow:drip:0" }]);
  expect(Harness.texts(w.last).at(-1)).toContain("Please check your order");
  return w;
}

const DIALECTS: MockDialect[] = ["standard", "perfectpanel", "smartpanel", "laravel", "socpanel", "cmsnt"];

describe.each(DIALECTS)("dialect %s", (dialect) => {
  beforeEach(() => {
    h.panel!.setDialect(dialect);
  });

  it("balance, an order placed, its status", async () => {
    await h.connect(ALICE, "dialect-key-0001", "25.00");
    expect(all(await h.text(ALICE, "/balance"))).toMatch(/25\.00/);
    const w = await toSummary("1000");
    await w.step({ press: /^ow:ok:/ });
    const [order] = [...h.panel!.orders.values()];
    expect(order).toBeDefined();
    expect(Harness.texts(w.last).join("\n")).toContain(`Order ${order!.id} placed`);
    expect(all(await h.text(ALICE, `/status ${order!.id}`))).toMatch(/Pending/);
  });

  it("a refusal is read as one and nothing is placed (quantity below the minimum)", async () => {
    await h.connect(ALICE);
    const w = await toSummary("100");
    h.panel!.setCatalogue(h.panel!.catalogue.map((s) => (s.id === "1448" ? { ...s, min: 500 } : s)));
    await w.step({ press: /^ow:ok:/ });
    const out = Harness.texts(w.last).join("\n");
    expect(out).toMatch(/quantity/i);
    expect(out).not.toMatch(/don't know whether it was placed/);
    expect(h.panel!.orders.size).toBe(0);
  });

  it("not enough funds is said as such", async () => {
    await h.connect(ALICE, "poor-key-0001", "0.01");
    const w = await toSummary("1000");
    await w.step({ press: /^ow:ok:/ });
    expect(Harness.texts(w.last).join("\n")).toMatch(/Not enough funds/);
    expect(h.panel!.orders.size).toBe(0);
  });

  it("a bad key asks to reconnect", async () => {
    await h.connect(ALICE);
    h.panel!.accounts.delete("test-key-0001");
    expect(all(await h.text(ALICE, "/balance"))).toMatch(/rejected the API key[\s\S]*\/connect/);
  });

  it("a suspended account asks to sort it out and reconnect", async () => {
    await h.connect(ALICE);
    h.panel!.suspendAccount("test-key-0001");
    const out = all(await h.text(ALICE, "/balance"));
    // SmartPanel says the same for both ("API is Disable for this user or User Not Found!").
    expect(out).toMatch(dialect === "smartpanel" ? /rejected the API key[\s\S]*\/connect/ : /suspended or inactive[\s\S]*\/connect/);
  });

  it("an active order on the same link is refused with its own message", async () => {
    await h.connect(ALICE);
    h.panel!.setDuplicateLinks(true);
    const first = await toSummary("1000");
    await first.step({ press: /^ow:ok:/ });
    const second = await toSummary("1000");
    await second.step({ press: /^ow:ok:/ });
    const out = Harness.texts(second.last).join("\n");
    expect(h.panel!.orders.size).toBe(1);
    expect(out).not.toMatch(/don't know whether it was placed/);
    expect(out).toMatch(/already has an active order for this link/);
  });
});

describe("dialect cloudflare", () => {
  it("every call meets the wall: the user is told that retrying will not help", async () => {
    await h.connect(ALICE);
    h.panel!.setDialect("cloudflare");
    expect(all(await h.text(ALICE, "/balance"))).toMatch(/anti-bot protection[\s\S]*Retrying will not help/);
    expect(all(await h.text(ALICE, "/status 23501"))).toMatch(/anti-bot protection/);
  });
});
