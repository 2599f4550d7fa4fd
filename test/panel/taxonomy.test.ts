/**
 * The error taxonomy (issue 11): the phrasings named in the issue, Perfect Panel keys, details read
 * from the text, unknown texts, and the transport's reading of envelopes (anti-bot walls vs. error
 * pages, PHP warnings before JSON, a BOM) — with money safety for `add`.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PanelClient } from "../../src/panel/client.js";
import { PanelError, classifyPanelMessage, isKeyLikeMessage, isUnknownActionMessage, panelErrorFromMessage } from "../../src/panel/errors.js";
import { PANEL_ID_PATTERN, isPanelId, panelIdOf } from "../../src/panel/ids.js";
import { isAntiBotPage, safeJson } from "../../src/panel/transport.js";
import { parseIds } from "../../src/bot/ids.js";
import { panelError } from "./helpers.js";

describe("classification of the issue's phrasings", () => {
  const table: Array<[string, string, Record<string, unknown>?]> = [
    ["neworder.error.not_enough_funds", "funds"],
    ["neworder.error.link_duplicate", "duplicate_link"],
    ["error.incorrect_service_id", "service"],
    ["neworder.error.min_quantity", "quantity"],
    ["The selected key is invalid.", "bad_key"],
    ["Your account has been suspended.", "bad_key", { suspended: true }],
    ["Your account is not active", "bad_key", { suspended: true }],
    ["You don't have sufficient balance.", "funds"],
    ["The selected service is invalid.", "service"],
    ["The selected order id is invalid.", "order_not_found"],
    ["The selected refill id is invalid.", "refill_not_found"],
    ["You are not eligible to send refill request.", "refill_refused", { refill: "not_eligible" }],
    ["Refill days are over", "refill_refused", { refill: "period_over" }],
    ["The refill task is not completed", "refill_refused", { refill: "already_requested" }],
    ["Refill Request Not found", "refill_not_found"],
    ["Refill is disabled for this service", "refill_refused", { refill: "disabled" }],
    ["You can request a refill after 24 hours", "refill_refused", { refill: "too_early" }],
    ["Unauthenticated.", "bad_key"],
    ["Minimum order is 250", "quantity", { min: 250 }],
    ["Insufficient balance. Required: 12.50 USD, Available: 3.00 USD", "funds", { required: "12.50", available: "3.00", currency: "USD" }],
    ["Quantity must to be less than or equal to maximum amount 10000", "quantity", { max: 10000 }],
    ["Under maintenance", "maintenance"],
  ];
  it.each(table)("%s → %s", (text, problem, details) => {
    const c = classifyPanelMessage(text);
    expect(c.problem).toBe(problem);
    if (details) expect(c.details).toMatchObject(details);
    expect(panelErrorFromMessage(text).problem).toBe(problem);
  });

  it("texts about something else are not taken for a bad key or an order error", () => {
    expect(classifyPanelMessage("Service is not active").problem).toBe("service");
    expect(classifyPanelMessage("Bad link instagram.com/p/x").problem).toBe("link");
    expect(classifyPanelMessage("Something completely different").problem).toBe("refused");
  });

  it("an unreadable refusal of a refill or a cancel is a refusal of that order's refill or cancel", () => {
    expect(panelErrorFromMessage("Order not completed yet", { action: "refill" })).toMatchObject({
      problem: "refill_refused",
      reason: "refill_refused",
    });
    expect(panelErrorFromMessage("Đơn hàng đang xử lý", { action: "cancel" })).toMatchObject({
      problem: "cancel_refused",
      reason: "cancel_refused",
    });
    expect(panelErrorFromMessage("Incorrect request", { action: "refill" }).reason).toBe("generic");
    expect(panelErrorFromMessage("Order not completed yet", { action: "add" }).problem).toBe("refused");
  });

  it("unknown actions and raw keys are recognised", () => {
    for (const t of ["Invalid action", "This action is Invalid", "The selected action is invalid."])
      expect(isUnknownActionMessage(t)).toBe(true);
    for (const t of ["Incorrect request", "Invalid API key", "Incorrect order ID"]) expect(isUnknownActionMessage(t)).toBe(false);
    expect(isKeyLikeMessage("neworder.error.comment")).toBe(true);
    expect(isKeyLikeMessage("Order not found.")).toBe(false);
  });

  it("a PanelError rebuilt from stored parts gets its problem and details back", () => {
    const e = new PanelError("insufficient_funds", undefined, { panelMessage: "Insufficient balance. Required: $2.00, Available: $0.50" });
    expect(e.problem).toBe("funds");
    expect(e.details).toMatchObject({ required: "2.00", available: "0.50", currency: "$" });
    expect(new PanelError("unavailable", undefined, { panelMessage: "Site is under maintenance" }).problem).toBe("maintenance");
    expect(new PanelError("invalid_input", undefined, { reason: "unsupported", action: "cancel" }).problem).toBe("cancel_unsupported");
  });
});

describe("IDs", () => {
  it("one pattern for every layer", () => {
    expect(isPanelId("23501")).toBe(true);
    expect(isPanelId("ord_01HG9X7KJP4N")).toBe(true);
    expect(isPanelId("a".repeat(32))).toBe(true);
    expect(isPanelId("a".repeat(33))).toBe(false);
    expect(isPanelId("12 3")).toBe(false);
    expect(PANEL_ID_PATTERN.test("x/y")).toBe(false);
    // eslint-disable-next-line no-loss-of-precision -- on purpose: a JSON number beyond 2^53, as a panel may send
    expect(panelIdOf(12345678901234567890)).toBeDefined();
    expect(panelIdOf(1.5)).toBeUndefined();
  });

  it("IDs typed by users: digits and real opaque IDs; slips are named back", () => {
    expect(parseIds("#0042 ord_01HG9X7KJP4N 12x x1 abc 42")).toEqual({ ids: ["42", "ord_01HG9X7KJP4N"], invalid: ["12x", "x1", "abc"] });
  });
});

describe("envelopes", () => {
  it("anti-bot walls, and what is not one", () => {
    const cf = "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>";
    expect(isAntiBotPage(403, {}, cf)).toBe(true);
    expect(isAntiBotPage(503, {}, cf)).toBe(true);
    expect(isAntiBotPage(403, { "cf-mitigated": "challenge" }, "")).toBe(true);
    // Cloudflare's own 5xx pages: the origin may have done the work.
    const timeout = "<!DOCTYPE html><html><head><title>example.com | 524: A timeout occurred</title></head><body>cloudflare</body></html>";
    expect(isAntiBotPage(524, { server: "cloudflare" }, timeout)).toBe(false);
    expect(isAntiBotPage(403, {}, "<html><head><title>403 Forbidden</title></head><body>nginx</body></html>")).toBe(false);
    expect(isAntiBotPage(200, {}, '{"error":"Just a moment..."}')).toBe(false);
  });

  it("PHP warnings before the JSON and a BOM are ignored; a fatal error stays unreadable", () => {
    const warning = '<br />\n<b>Warning</b>:  Undefined array key "dripfeed" in <b>/home/panel/api.php</b> on line <b>41</b><br />\n';
    expect(safeJson(`${warning}{"order":991}`)).toEqual({ order: 991 });
    expect(safeJson(`\uFEFF {"balance":"1.00"} \n`)).toEqual({ balance: "1.00" });
    expect(safeJson("<br />\n<b>Fatal error</b>:  Uncaught Error in <b>/home/panel/api.php</b> on line <b>9</b><br />")).toBeUndefined();
  });
});

describe("money safety of add over real envelopes", () => {
  let answer: { status: number; body: string; headers?: Record<string, string> } = { status: 200, body: "{}" };
  let adds = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      adds += 1;
      res.writeHead(answer.status, { "content-type": "text/html", ...answer.headers });
      res.end(answer.body);
    });
  });
  let client: PanelClient;
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    client = new PanelClient({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`, retries: 3, backoffMs: 1 });
  });
  afterAll(async () => {
    await client.close();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
  const add = async () => {
    adds = 0;
    const e = await panelError(client.add("k3y-abcdef-0123", { service: "1", link: "https://x.com/a", quantity: 100 }));
    expect(adds).toBe(1); // never retried
    return e;
  };

  it("a Cloudflare wall is a definite 'not placed'", async () => {
    answer = {
      status: 503,
      body: "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser before accessing</body></html>",
    };
    expect(await add()).toMatchObject({ kind: "unavailable", problem: "blocked" });
  });

  it("Cloudflare's 524 (origin timeout) and a bare success without an ID are unknown outcomes", async () => {
    answer = {
      status: 524,
      body: "<!DOCTYPE html><html><head><title>524: A timeout occurred</title></head></html>",
      headers: { server: "cloudflare" },
    };
    expect((await add()).kind).toBe("unknown_outcome");
    answer = { status: 200, body: '{"status":"success"}' };
    expect((await add()).kind).toBe("unknown_outcome");
  });

  it("a readable refusal after a PHP warning is 'not placed'", async () => {
    answer = {
      status: 200,
      body: '<br />\n<b>Notice</b>:  Undefined index: runs in <b>/var/www/api.php</b> on line <b>77</b><br />\n{"error":"Not enough funds on balance"}',
    };
    expect(await add()).toMatchObject({ kind: "insufficient_funds", problem: "funds" });
  });

  it("a read-only call behind a wall is not retried", async () => {
    answer = { status: 403, body: "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head></html>" };
    adds = 0;
    const e = await panelError(client.balance("k3y-abcdef-0123"));
    expect(e.problem).toBe("blocked");
    expect(adds).toBe(1);
  });
});
