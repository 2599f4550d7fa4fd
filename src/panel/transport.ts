/**
 * The HTTP side of the panel client: one request, its deadline, retries of read-only actions, and
 * the reading of the answer's envelope (status code, HTML, anti-bot pages, BOM, JSON).
 *
 * - One keep-alive connection pool per transport (per panel URL); `close()` releases it.
 * - POST `application/x-www-form-urlencoded` with `key` and `action`; redirects are never followed
 *   (the key is in the body) and a 3xx answer is `unavailable`.
 * - Every attempt has a deadline (`timeoutMs`) covering connection, headers and body.
 * - Read-only actions (balance, services, status, refill_status) are retried with exponential
 *   backoff and jitter on `unavailable` / `rate_limited` — except an anti-bot wall (`blocked`),
 *   which retrying cannot get through. `add`, `refill` and `cancel` are never retried: when they
 *   were sent but no definite answer came back (timeout, reset, 5xx, garbage), the error is
 *   `unknown_outcome` — the action may have happened.
 * - A JSON error behind a 4xx is the panel's refusal (classified like any error text).
 * - The key never appears in an error, a log or a thrown object.
 */
import { Pool, type Dispatcher } from "undici";
import { PanelError, panelErrorFromMessage } from "./errors.js";
import { errorMessageOf } from "./schemas.js";
import { pinnedLookup, type ResolvedAddress } from "./ssrf.js";

/** Actions that change nothing on the panel: safe to retry. */
export const READ_ONLY_ACTIONS: ReadonlySet<string> = new Set(["balance", "services", "status", "refill_status"]);

export interface TransportOptions {
  /** The panel's API URL, e.g. "https://pica-smm.com/api2/v2" (http or https). */
  url: string;
  /** Deadline of one attempt (connect + headers + body), in ms. Default 15000. */
  timeoutMs?: number;
  /** Extra attempts for read-only actions on `unavailable` / `rate_limited`. Default 2. */
  retries?: number;
  /** Base backoff before a retry, doubled each attempt, with ±50 % jitter. Default 300 ms. */
  backoffMs?: number;
  /** Honour a 429's Retry-After up to this long (ms); longer waits fail at once. Default 10000. */
  maxRetryAfterMs?: number;
  /**
   * Use this undici dispatcher (Agent, MockAgent, ProxyAgent…) instead of the client's own pool.
   * It is not closed by `close()`.
   */
  dispatcher?: Dispatcher;
  /** User-Agent header. Default "smm-panel-bot/1.0". */
  userAgent?: string;
  /**
   * Connect the own pool to this address only (a vetted, user-supplied panel: see ssrf.ts): no
   * DNS lookup is made, TLS still checks the URL's host name.
   */
  pinned?: ResolvedAddress;
  /** Keep-alive connections of the own pool. Default 8. */
  connections?: number;
  /** Largest answer accepted, in bytes (a 10,000-service catalogue is a few MB). Default 32 MiB. */
  maxResponseBytes?: number;
  /** Called before every HTTP request (every attempt): the action and how many IDs it carries. */
  onRequest?: (action: string, ids: number) => void;
}

type Params = Record<string, string>;

/** What application/x-www-form-urlencoded leaves as it is. */
const FORM_SAFE = /^[A-Za-z0-9*._-]*$/;
/** An id list ("1,2,3"): only its commas need escaping. */
const ID_LIST = /^[0-9,]*$/;

/**
 * `new URLSearchParams(params).toString()`, byte for byte, without its character-by-character
 * encoder for the usual values (names, keys, id lists): a status call's body is built for every
 * 100 orders polled. test/panel/form-body.test.ts checks both agree on any input.
 */
export function formBody(params: Params): string {
  let body = "";
  for (const name in params) {
    const value = params[name]!;
    const pair =
      FORM_SAFE.test(name) && FORM_SAFE.test(value)
        ? `${name}=${value}`
        : FORM_SAFE.test(name) && ID_LIST.test(value)
          ? `${name}=${value.replace(/,/g, "%2C")}`
          : new URLSearchParams([[name, value]]).toString();
    body = body ? `${body}&${pair}` : pair;
  }
  return body;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Error codes meaning the request never left this machine (safe to call it "not sent"). */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_CLOSED",
  "UND_ERR_DESTROYED",
  "UND_ERR_INVALID_ARG",
]);

function errorCode(e: unknown): string | undefined {
  for (let cur = e, depth = 0; cur && typeof cur === "object" && depth < 4; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string") return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

const isTlsCode = (code: string): boolean => code.startsWith("ERR_TLS") || code.includes("CERT") || code.startsWith("ERR_SSL");

/** Parses Retry-After (seconds or HTTP date) into ms. */
function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const looksLikeHtml = (text: string): boolean => /^\s*</.test(text) && /<(!doctype|html|head|body|title|div|p)\b/i.test(text);

const header = (headers: Dispatcher.ResponseData["headers"], name: string): string => {
  const v = headers[name];
  return (Array.isArray(v) ? v.join(",") : (v ?? "")).toLowerCase();
};

/**
 * True for the page of an anti-bot wall (Cloudflare's challenge or block page, DDoS-Guard, Sucuri,
 * a "checking your browser" interstitial): the request was stopped before it reached the panel's
 * API, so nothing was done and retrying will not get through. Only these walls: Cloudflare's 5xx
 * error pages (520–526: origin down or slow) are not walls, the request may have reached the panel.
 */
export function isAntiBotPage(status: number, headers: Dispatcher.ResponseData["headers"], body: string): boolean {
  if (header(headers, "cf-mitigated") === "challenge") return true;
  if (status !== 403 && status !== 503 && status !== 429 && status !== 200) return false;
  if (!looksLikeHtml(body)) return false;
  const head = body.slice(0, 20_000);
  return (
    /<title>\s*(just a moment\.\.\.|attention required! \| cloudflare|ddos-guard|sucuri website firewall[^<]*)\s*<\/title>/i.test(head) ||
    /\b(cf-browser-verification|cf_chl_opt|challenge-platform|cf-challenge)\b/i.test(head) ||
    /(checking your browser before accessing|sorry, you have been blocked|enable javascript and cookies to continue)/i.test(head) ||
    // Cloudflare's block page ("Why have I been blocked? … the Cloudflare Ray ID").
    (/why have i been blocked\?/i.test(head) && /\bcloudflare\b|\bcf-(wrapper|error|section)\b/i.test(head))
  );
}

/** The `unknown_outcome` error of an action that was sent without a definite answer. */
export function unknownOutcome(action: string, what: string, status?: number): PanelError {
  const verb = action === "add" ? "the order may or may not have been placed" : `the ${action} may or may not have happened`;
  return new PanelError(
    "unknown_outcome",
    `No definite answer from the panel to "${action}" (${what}): ${verb}. Check on the panel before trying again`,
    { action, ...(status !== undefined ? { status } : {}) },
  );
}

export function checkKey(key: string, action: string): void {
  if (typeof key !== "string" || key.trim() === "") throw new PanelError("invalid_key", "No API key given", { action });
}

/** PHP's HTML warnings and notices that some panels print before their JSON. */
const PHP_NOTICE = /<br\s*\/?>\s*<b>(?:Warning|Notice|Deprecated|Strict Standards)<\/b>:[\s\S]*?\bon line\s*<b>\d+<\/b>\s*(?:<br\s*\/?>)?/gi;

/**
 * The answer's JSON, or undefined when it is not JSON. A BOM, surrounding whitespace and PHP
 * warnings printed before the JSON are ignored (the JSON after them is the panel's answer; a fatal
 * error leaves no JSON, so it stays unreadable).
 */
export function safeJson(text: string): unknown {
  const parse = (t: string): unknown => {
    if (t === "") return undefined;
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return undefined;
    }
  };
  const t = text.replace(/^\uFEFF/, "").trim();
  const direct = parse(t);
  if (direct !== undefined || !PHP_NOTICE.test(t)) return direct;
  PHP_NOTICE.lastIndex = 0;
  return parse(
    t
      .replace(PHP_NOTICE, "")
      .replace(/^\uFEFF/, "")
      .trim(),
  );
}

/** Reads a body as UTF-8, refusing more than `max` bytes. */
async function readText(body: Dispatcher.ResponseData["body"], max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > max) {
      body.destroy();
      throw new PanelError("unavailable", "The panel's answer is too large");
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The HTTP transport of one panel. */
export class PanelTransport {
  readonly url: string;
  readonly timeoutMs: number;
  private readonly origin: string;
  private readonly path: string;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly maxResponseBytes: number;
  private readonly userAgent: string;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly onRequest: ((action: string, ids: number) => void) | undefined;
  private requests = 0;
  private closedFlag = false;

  constructor(options: TransportOptions) {
    let parsed: URL;
    try {
      parsed = new URL(options.url);
    } catch {
      throw new TypeError("PanelClient: invalid panel URL");
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw new TypeError("PanelClient: the panel URL must be http(s)");
    }
    if (parsed.username || parsed.password) throw new TypeError("PanelClient: the panel URL must not hold credentials");
    this.url = parsed.toString();
    this.origin = parsed.origin;
    this.path = `${parsed.pathname}${parsed.search}`;
    this.timeoutMs = Math.max(1, options.timeoutMs ?? 15_000);
    this.retries = Math.max(0, Math.floor(options.retries ?? 2));
    this.backoffMs = Math.max(0, options.backoffMs ?? 300);
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 10_000;
    this.maxResponseBytes = options.maxResponseBytes ?? 32 * 1024 * 1024;
    this.userAgent = options.userAgent ?? "smm-panel-bot/1.0";
    this.onRequest = options.onRequest;
    if (options.dispatcher && options.pinned) throw new TypeError("PanelClient: a pinned address needs the client's own pool");
    if (options.dispatcher) {
      this.dispatcher = options.dispatcher;
      this.ownsDispatcher = false;
    } else {
      this.dispatcher = new Pool(this.origin, {
        connections: options.connections ?? 8,
        keepAliveTimeout: 4_000,
        keepAliveMaxTimeout: 60_000,
        // Below the attempt deadline, so a hung connect is reported as "not sent".
        connect: {
          timeout: Math.max(1, Math.min(10_000, Math.floor(this.timeoutMs * 0.8))),
          ...(options.pinned ? { lookup: pinnedLookup(options.pinned) } : {}),
        },
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      this.ownsDispatcher = true;
    }
  }

  /** Number of HTTP requests made so far (every attempt counts). */
  get callCount(): number {
    return this.requests;
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** Waits for in-flight requests and closes the own connection pool (not a given dispatcher). */
  async close(): Promise<void> {
    if (this.closedFlag) return;
    this.closedFlag = true;
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  /** One API call with retries for read-only actions. Resolves to the parsed JSON body. */
  async call(key: string, action: string, params: Params, ids: number): Promise<unknown> {
    checkKey(key, action);
    const retryable = READ_ONLY_ACTIONS.has(action);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(key, action, params, ids);
      } catch (e) {
        if (!retryable || attempt >= this.retries || !(e instanceof PanelError)) throw e;
        if (e.kind !== "unavailable" && e.kind !== "rate_limited") throw e;
        if (e.problem === "blocked") throw e; // an anti-bot wall does not open by asking again
        const base = this.backoffMs * 2 ** attempt;
        let delay = base * (0.5 + Math.random());
        if (e.retryAfterMs !== undefined) {
          if (e.retryAfterMs > this.maxRetryAfterMs) throw e;
          delay = Math.max(delay, e.retryAfterMs);
        }
        if (this.closedFlag) throw e;
        await sleep(delay);
      }
    }
  }

  /** One HTTP request. Never lets the key or the body into an error. */
  private async attempt(key: string, action: string, params: Params, ids: number): Promise<unknown> {
    const unsafe = !READ_ONLY_ACTIONS.has(action);
    if (this.closedFlag) throw new PanelError("unavailable", "The panel client is closed", { action });
    this.requests += 1;
    this.onRequest?.(action, ids);
    const body = formBody({ ...params, key, action });
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      let res: Dispatcher.ResponseData;
      try {
        res = await this.dispatcher.request({
          origin: this.origin,
          path: this.path,
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
            "user-agent": this.userAgent,
          },
          body,
          headersTimeout: this.timeoutMs,
          bodyTimeout: this.timeoutMs,
          signal: controller.signal,
        });
      } catch (e) {
        throw this.transportError(e, action, unsafe, timedOut, false);
      }
      const status = res.statusCode;
      if (status >= 300 && status < 400) {
        await res.body.dump().catch(() => undefined); // discarding the body; the redirect is the error
        throw new PanelError("unavailable", `The panel answered with a redirect (HTTP ${status}); redirects are not followed`, {
          status,
          action,
        });
      }
      // Anti-bot walls come as 403, 503 or even 429/200 pages: read the body to tell them apart.
      let text: string;
      try {
        text = await readText(res.body, this.maxResponseBytes);
      } catch (e) {
        if (e instanceof PanelError) throw unsafe ? unknownOutcome(action, "an oversized answer", status) : e;
        if (status >= 500) throw this.serverError(action, unsafe, status);
        throw this.transportError(e, action, unsafe, timedOut, true);
      }
      if (isAntiBotPage(status, res.headers, text)) {
        throw new PanelError("unavailable", `The panel's anti-bot protection blocked the API request (HTTP ${status}); retrying will not help`, {
          status,
          action,
          problem: "blocked",
        });
      }
      if (status === 429) {
        const retryAfterMs = parseRetryAfter(res.headers["retry-after"]);
        throw new PanelError("rate_limited", "The panel is rate-limiting requests (HTTP 429)", {
          status,
          action,
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        });
      }
      if (status >= 500) throw this.serverError(action, unsafe, status);
      if (status >= 400) {
        // Many panels put a JSON error behind a 4xx: that is the panel's readable refusal.
        const message = errorMessageOf(safeJson(text));
        if (message !== undefined) throw panelErrorFromMessage(message, { secret: key, action, status });
        throw new PanelError("unavailable", `The panel refused the request (HTTP ${status})`, { status, action });
      }
      const json = safeJson(text);
      if (json === undefined) {
        const html = looksLikeHtml(text);
        const what = text.trim() === "" ? "an empty answer" : html ? "an HTML page" : "invalid JSON";
        if (unsafe) throw unknownOutcome(action, what, status);
        const maintenance = html && /\b(maintenance|we'?ll be back|be right back)\b/i.test(text.slice(0, 20_000));
        throw new PanelError("unavailable", `The panel sent ${what} instead of JSON`, {
          status,
          action,
          ...(maintenance ? { problem: "maintenance" as const } : {}),
        });
      }
      return json;
    } finally {
      clearTimeout(timer);
    }
  }

  private serverError(action: string, unsafe: boolean, status: number): PanelError {
    return unsafe
      ? unknownOutcome(action, `HTTP ${status}`, status)
      : new PanelError("unavailable", `The panel is unavailable (HTTP ${status})`, { status, action });
  }

  /** Classifies a network-level failure (never includes the original error object). */
  private transportError(e: unknown, action: string, unsafe: boolean, timedOut: boolean, afterHeaders: boolean): PanelError {
    if (e instanceof PanelError) return e;
    const code = errorCode(e);
    const timeout = timedOut || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT";
    if (timeout) {
      const what = `no answer within ${this.timeoutMs} ms`;
      return unsafe ? unknownOutcome(action, what) : new PanelError("unavailable", `The panel gave ${what}`, { action });
    }
    const notSent = !afterHeaders && code !== undefined && (NOT_SENT_CODES.has(code) || isTlsCode(code));
    if (notSent) {
      return new PanelError("unavailable", `Could not reach the panel (${code})`, { action });
    }
    const what = `the connection failed (${code ?? "network error"})`;
    return unsafe ? unknownOutcome(action, what) : new PanelError("unavailable", `The panel is unreachable: ${what}`, { action });
  }
}
