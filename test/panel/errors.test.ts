import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { PanelError, classifyPanelMessage, isPanelError, panelErrorFromMessage, scrubSecret } from "../../src/panel/errors.js";

describe("classifyPanelMessage", () => {
  const table: Array<[string, string, string | undefined]> = [
    ["Invalid API key", "invalid_key", undefined],
    ["Incorrect API key", "invalid_key", undefined],
    ["API key is incorrect", "invalid_key", undefined],
    ["User Not Found", "invalid_key", undefined],
    ["invalid key", "invalid_key", undefined],
    ["Not enough funds on balance", "insufficient_funds", undefined],
    ["You have insufficient balance", "insufficient_funds", undefined],
    ["Incorrect order ID", "unknown_order", undefined],
    ["Order not found.", "unknown_order", undefined],
    ["Refill not found", "unknown_refill", undefined],
    ["Incorrect service ID", "invalid_input", "service"],
    ["Service ID does not exists", "invalid_input", "service"],
    ["Quantity less than minimal 50", "invalid_input", "quantity"],
    ["Quantity must to be greater than or equal to minimum amount 100", "invalid_input", "quantity"],
    ["Bad Link", "invalid_input", "link"],
    ["Incorrect link", "invalid_input", "link"],
    ["This services does not support Dripfeed feature!", "invalid_input", "dripfeed"],
    ["Order not eligible for refill", "invalid_input", "refill_refused"],
    ["Refill is disabled for this service", "invalid_input", "refill_refused"],
    ["This order cannot be canceled", "invalid_input", "cancel_refused"],
    ["Cancel is disabled for this service", "invalid_input", "cancel_refused"],
    ["You have active order with this link. Please wait until order being completed.", "invalid_input", "active_order"],
    ["Incorrect request", "invalid_input", "generic"],
    ["Too many requests", "rate_limited", undefined],
    ["Site is under maintenance, try again later", "unavailable", undefined],
    ["Something completely different", "invalid_input", "other"],
  ];
  it.each(table)("%s → %s/%s", (text, kind, reason) => {
    const c = classifyPanelMessage(text);
    expect(c.kind).toBe(kind);
    expect(c.reason).toBe(reason);
    // Case-insensitive.
    expect(classifyPanelMessage(text.toUpperCase()).kind).toBe(kind);
  });
});

describe("PanelError", () => {
  const key = "a1b2c3d4e5f6a7b8c9d0";

  it("scrubs the key in every form", () => {
    expect(scrubSecret(`key=${key}`, key)).toBe("key=[redacted]");
    expect(scrubSecret(`KEY ${key.toUpperCase()}`, key)).toBe("KEY [redacted]");
    expect(scrubSecret("body: x=a+b%2Bc&y=1", "a b+c")).toBe("body: x=[redacted]&y=1"); // form-encoded
    const odd = "ké y/+=&";
    expect(scrubSecret(`x ${encodeURIComponent(odd)} y ${odd}`, odd)).toBe("x [redacted] y [redacted]");
    expect(scrubSecret("abc", "ab")).toBe("abc"); // too short to scrub safely
    expect(scrubSecret("text", undefined)).toBe("text");
  });

  it("never carries the key, even when the panel echoes it", () => {
    const e = panelErrorFromMessage(`Invalid API key ${key}`, { secret: key, action: "balance", status: 200 });
    expect(e.kind).toBe("invalid_key");
    expect(e.panelMessage).toBe("Invalid API key [redacted]");
    for (const text of [e.message, String(e), e.stack ?? "", JSON.stringify(e), inspect(e, { depth: 5 })]) {
      expect(text).not.toContain(key);
    }
    expect(e.action).toBe("balance");
    expect(e.status).toBe(200);
    expect(isPanelError(e)).toBe(true);
    expect(isPanelError(e, "invalid_key")).toBe(true);
    expect(isPanelError(e, "unavailable")).toBe(false);
    expect(isPanelError(new Error("x"))).toBe(false);
  });

  it("has defaults and serialises", () => {
    const e = new PanelError("unknown_outcome");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("PanelError");
    expect(e.outcomeUnknown).toBe(true);
    expect(e.message).toMatch(/may or may not/);
    const json = JSON.parse(JSON.stringify(new PanelError("rate_limited", "slow", { retryAfterMs: 1000 })));
    expect(json).toMatchObject({ kind: "rate_limited", message: "slow", retryAfterMs: 1000 });
    expect(new PanelError("invalid_input", "x", { panelMessage: "y".repeat(1000) }).panelMessage?.length).toBe(300);
  });
});
