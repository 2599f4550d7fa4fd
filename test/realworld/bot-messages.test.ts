/**
 * From a real panel answer to the user's message: the real bot (test/helpers/harness.ts) talks to
 * the mock panel, which answers with texts from test/realworld/corpus; the test reads what the
 * user is told. Then every problem of the taxonomy is rendered in English and Slovenian by the real
 * i18n, each with its own message.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";
import { panelErrorHtml, panelErrorText } from "../../src/bot/panel-errors.js";
import type { CannedAnswer } from "../../src/dev/mock-panel.js";
import { PANEL_PROBLEMS, PanelError, panelErrorFromMessage, type PanelProblem } from "../../src/panel/errors.js";
import { ALICE, BOB, Harness } from "../helpers/harness.js";
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

/** The panel answers this once to `action`. */
const answerOnce = (action: string, answer: CannedAnswer): void => h.panel!.setFault({ mode: "answer", actions: [action], times: 1, answer });

/** Runs /order 1448 to the summary and confirms while the panel answers `answer` to add. */
async function confirmWith(answer: CannedAnswer, user = ALICE): Promise<string> {
  await h.connect(user);
  const w = new WizardDriver(h, user);
  await w.start("/order 1448");
  await w.run([LINK, "1000", { press: "ow:drip:0" }]);
  expect(Harness.texts(w.last).at(-1)).toMatch(/check your order|Preverite naročilo/i);
  answerOnce("add", answer);
  await w.step({ press: /^ow:ok:/ });
  return all(w.last);
}

describe("the bot tells the user what the panel said, with the next step", () => {
  it("bad key (Laravel 'The selected key is invalid.'): reconnect with /connect", async () => {
    await h.connect(ALICE);
    answerOnce("balance", { status: 422, json: { message: "The selected key is invalid.", errors: { key: ["The selected key is invalid."] } } });
    const out = all(await h.text(ALICE, "/balance"));
    expect(out).toMatch(/rejected the API key/);
    expect(out).toMatch(/\/connect/);
  });

  it("bad key in Slovenian", async () => {
    await h.connect(BOB);
    answerOnce("balance", { json: { error: "API key invalid", status: "102" } });
    expect(all(await h.text(BOB, "/balance"))).toMatch(/zavrnil API-ključ[\s\S]*\/connect/);
  });

  it("suspended account (SocPanel-style 'Your account is inactive')", async () => {
    await h.connect(ALICE);
    answerOnce("balance", { json: { error: "Your account is inactive", status: "103" } });
    expect(all(await h.text(ALICE, "/balance"))).toMatch(/suspended or inactive[\s\S]*\/connect/);
  });

  it("rate limited (HTTP 429)", async () => {
    await h.connect(ALICE);
    answerOnce("balance", { status: 429, json: { error: "Too many requests" } });
    expect(all(await h.text(ALICE, "/balance"))).toMatch(/limiting requests/);
  });

  it("maintenance (CMSNT 'Hệ thống đang bảo trì!')", async () => {
    await h.connect(ALICE);
    h.panel!.setFault({ mode: "answer", actions: ["balance"], answer: { json: { status: "error", msg: "Hệ thống đang bảo trì!" } } });
    expect(all(await h.text(ALICE, "/balance"))).toMatch(/under maintenance/);
  });

  it("anti-bot wall (Cloudflare challenge, 403): retrying will not help", async () => {
    await h.connect(ALICE);
    h.panel!.setDialect("cloudflare");
    const before = h.panel!.requests.length;
    const out = all(await h.text(ALICE, "/balance"));
    expect(out).toMatch(/anti-bot protection/);
    expect(out).toMatch(/Retrying will not help/);
    expect(h.panel!.requests.length - before).toBe(1); // not retried
  });

  it("panel down (HTTP 500)", async () => {
    await h.connect(ALICE);
    h.panel!.setFault({ mode: "http500", actions: ["balance"] });
    expect(all(await h.text(ALICE, "/balance"))).toMatch(/not reachable/);
  });

  it("not enough funds, with price, balance and shortfall (Laravel script's text)", async () => {
    const out = await confirmWith({ status: 422, json: { error: "Insufficient balance. Required: $1,500.00, Available: $250.00" } });
    expect(out).toMatch(/Not enough funds/);
    expect(out).toMatch(/costs \$1500\.00/);
    expect(out).toMatch(/balance is \$250\.00/);
    expect(out).toMatch(/\$1250\.00 is missing/);
    expect(h.panel!.orders.size).toBe(0);
  });

  it("not enough funds (Perfect Panel raw key): never the raw key alone", async () => {
    const out = await confirmWith({ json: { error: "neworder.error.not_enough_funds" } });
    expect(out).toMatch(/Not enough funds[\s\S]*Top up/);
    expect(out).not.toMatch(/The panel said: neworder/);
  });

  it("an active order with the same link (neworder.error.link_duplicate)", async () => {
    expect(await confirmWith({ json: { error: "neworder.error.link_duplicate" } })).toMatch(
      /already has an active order for this link[\s\S]*another link/,
    );
  });

  it("service unknown or disabled (SmartPanel 'Service ID does not exists')", async () => {
    expect(await confirmWith({ json: { error: "Service ID does not exists" } })).toMatch(
      /does not offer this service[\s\S]*Choose another service/,
    );
  });

  it("bad link (SmartPanel 'Bad Link')", async () => {
    expect(await confirmWith({ json: { error: "Bad Link" } })).toMatch(/did not accept the link/);
  });

  it("quantity out of range, with the limits the panel gave (CMSNT Laravel 'Minimum quantity is 100')", async () => {
    expect(await confirmWith({ status: 400, json: { error: "Minimum quantity is 2000" } })).toMatch(/choose at least 2,000/);
  });

  it("drip-feed not allowed", async () => {
    expect(await confirmWith({ json: { error: "This services does not support Dripfeed feature!" } })).toMatch(/does not accept drip-feed/);
  });

  it("an unknown refusal is shown behind a generic prefix (and escaped where HTML is used)", async () => {
    expect(await confirmWith({ status: 422, json: { error: "Failed to place order. Please try again." } })).toMatch(
      /The panel refused the request: Failed to place order\. Please try again\./,
    );
  });

  it("a 5xx to add: the outcome is unknown and nothing is resent", async () => {
    const out = await confirmWith({ status: 502, body: "<html><body>Bad Gateway</body></html>", json: undefined });
    expect(out).toMatch(/don't know whether it was placed/);
    expect(h.panel!.requests.filter((r) => r.action === "add")).toHaveLength(1);
  });

  it("order not found (Laravel 422 'The selected order id is invalid.')", async () => {
    await h.connect(ALICE);
    answerOnce("status", { status: 422, json: { error: "The selected order id is invalid." } });
    expect(all(await h.text(ALICE, "/status 424242"))).toMatch(/424242[\s\S]*not found/);
  });

  it("refill not found (Laravel script's {status: {error}})", async () => {
    await h.connect(ALICE);
    answerOnce("refill_status", { json: { status: { error: "Refill not found" } } });
    expect(all(await h.text(ALICE, "/refills 77"))).toMatch(/77/);
    expect(all(await h.text(ALICE, "/refills 77"))).not.toMatch(/not reachable/);
  });

  it("refill refused (SmartPanel-style texts) reaches the user as a refusal", async () => {
    const key = await h.connect(ALICE);
    const o = h.panel!.seedOrder(key, { service: "1448", status: "Completed" });
    answerOnce("refill", { json: { error: "Refill days are over" } });
    expect(all(await h.text(ALICE, `/refill ${o.id}`))).toMatch(/⛔/);
    expect(h.panel!.refills.size).toBe(0);
  });

  it("cancel refused (Laravel script: 'You are not eligible to cancel this order.')", async () => {
    const key = await h.connect(ALICE);
    const a = h.panel!.seedOrder(key, { service: "1448" });
    const ask = await h.text(ALICE, `/cancel ${a.id}`);
    const yes = Harness.buttons(ask).find((x) => /Yes/.test(x.text))?.data;
    answerOnce("cancel", { json: [{ order: Number(a.id), cancel: { error: "You are not eligible to cancel this order." } }] });
    expect(all(await h.press(ALICE, yes!))).toMatch(/can no longer be cancelled|⛔/);
    expect(h.panel!.orders.get(a.id)!.status).toBe("Pending");
  });

  it("refill not offered by the panel ('Invalid action'): said as such", async () => {
    const key = await h.connect(ALICE);
    const a = h.panel!.seedOrder(key, { service: "1448", status: "Completed" });
    const b = h.panel!.seedOrder(key, { service: "1448", status: "Completed" });
    h.panel!.setFault({ mode: "answer", actions: ["refill"], answer: { json: { error: "Invalid action" } } });
    expect(all(await h.text(ALICE, `/refill ${a.id} ${b.id}`))).toMatch(/does not offer refills/);
    expect(h.deps.panels.supportsRefill(h.deps.config.panels[0]!.id)).toBe(false);
  });

  it("cancel not offered by the panel (SmartPanel 'This action is Invalid'): said once, and remembered", async () => {
    const key = await h.connect(ALICE);
    h.panel!.setDialect("smartpanel");
    const a = h.panel!.seedOrder(key, { service: "1448" });
    const b = h.panel!.seedOrder(key, { service: "1448" });
    const ask = await h.text(ALICE, `/cancel ${a.id} ${b.id}`);
    const yes = Harness.buttons(ask).find((x) => /Yes/.test(x.text))?.data;
    expect(yes).toBeDefined();
    const out = all(await h.press(ALICE, yes!));
    expect(out).toMatch(/does not offer cancelling orders/);
    expect(h.deps.panels.supportsCancel(h.deps.config.panels[0]!.id)).toBe(false);
    expect([...h.panel!.orders.values()].every((o) => o.status !== "Canceled")).toBe(true);
  });
});

describe("every problem has its own message in English and Slovenian", () => {
  const i18n = createI18n("en");
  const ctxFor = (locale: string) =>
    ({ t: (key: string, args?: Record<string, string | number>) => i18n.t(locale, key, args) }) as unknown as Parameters<
      typeof panelErrorText
    >[0];

  const sample: Record<PanelProblem, PanelError> = {
    bad_key: panelErrorFromMessage("The selected key is invalid."),
    funds: panelErrorFromMessage("Not enough funds on balance"),
    duplicate_link: panelErrorFromMessage("neworder.error.link_duplicate"),
    service: panelErrorFromMessage("error.incorrect_service_id"),
    link: panelErrorFromMessage("neworder.error.link"),
    quantity: panelErrorFromMessage("neworder.error.min_quantity"),
    dripfeed: panelErrorFromMessage("This services does not support Dripfeed feature!"),
    refill_refused: panelErrorFromMessage("You are not eligible to send refill request."),
    refill_unsupported: new PanelError("invalid_input", undefined, { reason: "unsupported", action: "refill" }),
    cancel_refused: panelErrorFromMessage("You are not eligible to cancel this order."),
    cancel_unsupported: new PanelError("invalid_input", undefined, { reason: "unsupported", action: "cancel" }),
    order_not_found: panelErrorFromMessage("Incorrect order ID"),
    refill_not_found: panelErrorFromMessage("Refill not found"),
    rate_limited: panelErrorFromMessage("Too many requests"),
    maintenance: panelErrorFromMessage("Site is under maintenance"),
    blocked: new PanelError("unavailable", undefined, { problem: "blocked" }),
    unavailable: new PanelError("unavailable"),
    unknown_outcome: new PanelError("unknown_outcome"),
    fields: new PanelError("invalid_input", "x", { reason: "fields" }),
    refused: panelErrorFromMessage("Something completely different"),
  };

  it.each(["en", "sl"])("%s", (locale) => {
    const ctx = ctxFor(locale);
    const seen = new Map<string, PanelProblem>();
    for (const problem of PANEL_PROBLEMS) {
      const err = sample[problem];
      expect(err.problem, problem).toBe(problem);
      const text = panelErrorText(ctx, err);
      expect(text, problem).not.toMatch(/panel-error-|\{\s*\$/); // a real message, every variable filled
      expect(text.length, problem).toBeGreaterThan(20);
      const first = text.split("\n")[0] as string;
      if (problem !== "fields") {
        expect(seen.has(first), `${problem} shares its message with ${seen.get(first)}`).toBe(false);
        seen.set(first, problem);
      }
    }
  });

  it("refill refusals say why; funds and quantity give the numbers", () => {
    const en = ctxFor("en");
    const sl = ctxFor("sl");
    const why = [
      "Order not eligible for refill",
      "Refill days are over",
      "The refill task is not completed for this order",
      "Refill is disabled for this service",
    ];
    const texts = why.map((w) => panelErrorText(en, panelErrorFromMessage(w)).split("\n")[0]);
    expect(new Set(texts).size).toBe(4);
    expect(panelErrorText(en, panelErrorFromMessage("Too early for refill. Please wait 24 hours"))).toMatch(/too early/i);
    expect(panelErrorText(en, panelErrorFromMessage("Not enough funds on balance"), { price: "12.5", balance: "2", currency: "USD" })).toMatch(
      /costs \$12\.50[\s\S]*\$10\.50 is missing/,
    );
    expect(panelErrorText(sl, panelErrorFromMessage("Not enough funds on balance"), { price: "12.5", balance: "2", currency: "EUR" })).toMatch(
      /dobroimetje/,
    );
    expect(panelErrorText(en, panelErrorFromMessage("Incorrect quantity"), { min: 100, max: 5000 })).toMatch(/from 100 to 5,000/);
    expect(panelErrorText(sl, panelErrorFromMessage("Refill days are over"))).toMatch(/dopolnit/);
  });

  it("a raw key-like code is never shown alone; panel text is escaped for HTML", () => {
    const en = ctxFor("en");
    const code = panelErrorText(en, panelErrorFromMessage("neworder.error.comment"));
    expect(code).toMatch(/^The panel refused the request without an explanation \(its code: neworder\.error\.comment\)/);
    const html = panelErrorHtml(en, panelErrorFromMessage("Link <b>bad</b> & co"));
    expect(html).toContain("&lt;b&gt;");
    expect(html).not.toContain("<b>");
  });
});
