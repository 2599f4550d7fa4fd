/**
 * The failures the mock panel can imitate: slow answers, 5xx, HTML pages, cut JSON, hangs,
 * connection resets, 429, redirects, a Cloudflare wall, or any canned answer — for chosen actions,
 * a number of times, optionally after carrying out the action (the `unknown_outcome` case).
 */
import { CLOUDFLARE_PAGE } from "./dialects.js";
import type { Reply } from "./handler.js";
import type { FaultConfig, FaultMode } from "./types.js";

export const API_PATH = "/api/v2";

export const HTML_PAGE = `<!DOCTYPE html>
<html><head><title>Maintenance | Panel</title></head>
<body><div class="cf-wrapper"><h1>We'll be back soon</h1><p>The panel is under maintenance.</p></div></body></html>`;

/** What to do instead of (or after) answering normally. */
export type FaultOutcome = { kind: "reply"; reply: Reply } | { kind: "hang" } | { kind: "reset" };

export class Faults {
  private fault: FaultConfig = { mode: "none" };

  set(f: FaultConfig | FaultMode): void {
    this.fault = typeof f === "string" ? { mode: f } : { ...f };
  }

  /** The fault for this request (counting it down), or undefined. */
  take(action: string): FaultConfig | undefined {
    const f = this.fault;
    if (f.mode === "none" && !f.latencyMs) return undefined;
    if (f.actions && !f.actions.includes(action)) return undefined;
    if (f.times !== undefined) {
      if (f.times <= 0) return undefined;
      f.times -= 1;
      if (f.times === 0) this.fault = { mode: "none" };
    }
    return f;
  }
}

/** The answer of a fault mode other than "none". */
export function faultOutcome(f: FaultConfig): FaultOutcome {
  switch (f.mode) {
    case "http500":
      return { kind: "reply", reply: { status: 500, body: "Internal Server Error", headers: { "content-type": "text/plain" } } };
    case "html":
      return { kind: "reply", reply: { status: 200, body: HTML_PAGE, headers: { "content-type": "text/html; charset=utf-8" } } };
    case "badjson":
      return { kind: "reply", reply: { status: 200, body: '{"balance": "1.00", "curr', headers: { "content-type": "application/json" } } };
    case "timeout":
      return { kind: "hang" }; // never answer; close() destroys the socket
    case "reset":
      return { kind: "reset" };
    case "http429":
      return {
        kind: "reply",
        reply: {
          status: 429,
          body: JSON.stringify({ error: "Too many requests" }),
          headers: { "content-type": "application/json", "retry-after": String(f.retryAfterSec ?? 1) },
        },
      };
    case "redirect":
      return { kind: "reply", reply: { status: 302, body: "", headers: { location: `${API_PATH}/moved` } } };
    case "cloudflare":
      return { kind: "reply", reply: cloudflareReply() };
    case "answer": {
      const a = f.answer ?? {};
      const body = a.body ?? JSON.stringify(a.json ?? null);
      const isJson = a.body === undefined;
      return {
        kind: "reply",
        reply: { status: a.status ?? 200, body, headers: { ...(isJson ? { "content-type": "application/json" } : {}), ...a.headers } },
      };
    }
    case "none":
      throw new Error("faultOutcome: no fault");
  }
}

export const cloudflareReply = (): Reply => ({
  status: 403,
  body: CLOUDFLARE_PAGE,
  headers: { "content-type": "text/html; charset=UTF-8", server: "cloudflare", "cf-mitigated": "challenge" },
});
