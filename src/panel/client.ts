/**
 * The panel API client ("API v2"), on undici.
 *
 * - One keep-alive connection pool per client (per panel URL); `close()` releases it.
 * - POST `application/x-www-form-urlencoded` with `key` and `action`; redirects are never followed
 *   (the key is in the body) and a 3xx answer is `unavailable`.
 * - Every attempt has a deadline (`timeoutMs`) covering connection, headers and body.
 * - Read-only actions (balance, services, status, refill_status) are retried with exponential
 *   backoff and jitter on `unavailable` / `rate_limited`. `add`, `refill` and `cancel` are never
 *   retried: when they were sent but no definite answer came back (timeout, reset, 5xx, garbage),
 *   the error is `unknown_outcome` — the action may have happened.
 * - Batch methods chunk IDs by 100 per call, run chunks with limited concurrency and return one
 *   `BatchItem` per requested ID. Panels that only take a single `order`/`refill` are detected
 *   (the multi call answers a whole-call error) and served one ID at a time.
 * - The key never appears in an error, a log or a thrown object.
 */
import { Pool, type Dispatcher } from "undici";
import { PanelError, classifyPanelMessage, panelErrorFromMessage, type PanelErrorKind } from "./errors.js";
import {
  errorMessageOf,
  parseAddResult,
  parseBalance,
  parseCancelSingle,
  parseCancels,
  parseOrderStatus,
  parseOrderStatuses,
  parseRefillCreated,
  parseRefillStatus,
  parseRefillStatuses,
  parseRefillsCreated,
  parseServices,
  type MultiParsed,
  type Parsed,
} from "./schemas.js";
import { buildAddParams, validateAddInput, type ServiceInfo } from "./service-types.js";
import type {
  AddOrderInput,
  AddOrderResult,
  Balance,
  BatchItem,
  OrderStatus,
  RefillStatus,
  Service,
} from "./types.js";

/** Actions that change nothing on the panel: safe to retry. */
const READ_ONLY_ACTIONS: ReadonlySet<string> = new Set(["balance", "services", "status", "refill_status"]);

/** IDs per multi call (the panels' limit). */
export const MAX_IDS_PER_CALL = 100;

export interface PanelClientOptions {
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
  /** Keep-alive connections of the own pool. Default 8. */
  connections?: number;
  /** Largest answer accepted, in bytes (a 10,000-service catalogue is a few MB). Default 32 MiB. */
  maxResponseBytes?: number;
  /** Called before every HTTP request (every attempt): the action and how many IDs it carries. */
  onRequest?: (action: string, ids: number) => void;
}

export interface BatchOptions {
  /** How many chunk calls run at once. Default 2 (1 for refill/cancel). */
  concurrency?: number;
}

type Params = Record<string, string>;

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

/**
 * Client of one panel. Methods take the API key as first argument (one client serves every
 * account on that panel). All failures are `PanelError`s.
 */
export class PanelClient {
  /** The panel URL (no secrets: the key travels in the body). */
  readonly url: string;
  private readonly origin: string;
  private readonly path: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly maxResponseBytes: number;
  private readonly userAgent: string;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly onRequest: ((action: string, ids: number) => void) | undefined;
  private requests = 0;
  private closed = false;
  /** Multi actions this panel only serves one ID at a time (learned from its answers). */
  private readonly singleOnly = new Set<string>();

  constructor(options: PanelClientOptions) {
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
    if (options.dispatcher) {
      this.dispatcher = options.dispatcher;
      this.ownsDispatcher = false;
    } else {
      this.dispatcher = new Pool(this.origin, {
        connections: options.connections ?? 8,
        keepAliveTimeout: 4_000,
        keepAliveMaxTimeout: 60_000,
        // Below the attempt deadline, so a hung connect is reported as "not sent".
        connect: { timeout: Math.max(1, Math.min(10_000, Math.floor(this.timeoutMs * 0.8))) },
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

  /** Waits for in-flight requests and closes the own connection pool (not a given dispatcher). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  // -------------------------------------------------------------------------------------------
  // Actions

  /** `balance`: the account balance and currency. */
  async balance(key: string): Promise<Balance> {
    const json = await this.call(key, "balance", {}, 0);
    return this.read(parseBalance(json), key, "balance");
  }

  /** `services`: the catalogue (entries the panel sends malformed are skipped). */
  async services(key: string): Promise<Service[]> {
    const json = await this.call(key, "services", {}, 0);
    return this.read(parseServices(json), key, "services").services;
  }

  /**
   * `add`: places an order and returns its ID. With `service`, the input is validated first (an
   * `invalid_input` error with reason "fields" and `problems` is thrown without calling the panel)
   * and only the fields of the service's type are sent. Never retried: a timeout, reset or 5xx
   * after sending is `unknown_outcome` (the order may exist: check the orders before retrying).
   */
  async add(key: string, input: AddOrderInput, service?: ServiceInfo): Promise<AddOrderResult> {
    if (!/^\d+$/.test(String(input.service).trim())) {
      throw new PanelError("invalid_input", "Not a service ID", { reason: "service", action: "add" });
    }
    if (service) {
      const problems = validateAddInput(input, service);
      if (problems.length > 0) {
        throw new PanelError("invalid_input", `Order input refused: ${problems.map((p) => p.message).join("; ")}`, {
          reason: "fields",
          action: "add",
          problems,
        });
      }
    }
    const json = await this.call(key, "add", buildAddParams(input, service), 0);
    return this.read(parseAddResult(json), key, "add");
  }

  /** `status` of one order. */
  async status(key: string, id: string): Promise<OrderStatus> {
    const order = checkId(id, "status");
    const json = await this.call(key, "status", { order }, 1);
    const single = parseOrderStatus(json);
    if (single.type === "malformed") {
      // Some panels answer a single status in the multi shape.
      const multi = parseOrderStatuses(json);
      const item = multi.type === "ok" ? multi.value.get(order) : undefined;
      if (item) return item.ok ? item.value : this.throwMessage(item.message, key, "status");
    }
    return this.read(single, key, "status");
  }

  /**
   * `status` of many orders: chunked by 100 IDs per call, `concurrency` calls at a time. Every
   * requested ID gets an entry: the status, or its error (`unknown_order` for IDs the panel
   * reports as unknown or leaves out; the call's error if a whole chunk failed). Only
   * `invalid_key` is thrown, as it concerns every ID.
   */
  async statuses(key: string, ids: readonly string[], options: BatchOptions = {}): Promise<Map<string, BatchItem<OrderStatus>>> {
    return this.batch(key, ids, {
      action: "status",
      multiParam: "orders",
      singleParam: "order",
      concurrency: options.concurrency ?? 2,
      parseMulti: parseOrderStatuses,
      parseSingle: parseOrderStatus,
      missing: () => new PanelError("unknown_order", "The panel did not return this order", { action: "status" }),
    });
  }

  /** `refill` of one order: returns the refill ID. Never retried (see `unknown_outcome`). */
  async refill(key: string, id: string): Promise<string> {
    const order = checkId(id, "refill");
    const json = await this.call(key, "refill", { order }, 1);
    return this.read(parseRefillCreated(json), key, "refill");
  }

  /**
   * `refill` of many orders: the refill ID or an error per order (chunked by 100, never retried;
   * a failed call gives its chunk `unknown_outcome`). Only `invalid_key` is thrown.
   */
  async refills(key: string, ids: readonly string[], options: BatchOptions = {}): Promise<Map<string, BatchItem<string>>> {
    return this.batch(key, ids, {
      action: "refill",
      multiParam: "orders",
      singleParam: "order",
      concurrency: options.concurrency ?? 1,
      parseMulti: parseRefillsCreated,
      parseSingle: parseRefillCreated,
      missing: () =>
        new PanelError("unknown_outcome", "The panel's answer did not mention this order: check it before retrying", {
          action: "refill",
        }),
    });
  }

  /** `refill_status` of one refill. */
  async refillStatus(key: string, refillId: string): Promise<RefillStatus> {
    const refill = checkId(refillId, "refill_status");
    const json = await this.call(key, "refill_status", { refill }, 1);
    return this.read(parseRefillStatus(json), key, "refill_status");
  }

  /**
   * `refill_status` of many refills (action=refill_status with `refills`), chunked by 100:
   * a status or an error per refill (`unknown_refill` when unknown or left out). Only
   * `invalid_key` is thrown.
   */
  async refillStatuses(
    key: string,
    ids: readonly string[],
    options: BatchOptions = {},
  ): Promise<Map<string, BatchItem<RefillStatus>>> {
    return this.batch(key, ids, {
      action: "refill_status",
      multiParam: "refills",
      singleParam: "refill",
      concurrency: options.concurrency ?? 2,
      parseMulti: parseRefillStatuses,
      parseSingle: parseRefillStatus,
      missing: () => new PanelError("unknown_refill", "The panel did not return this refill", { action: "refill_status" }),
    });
  }

  /**
   * `cancel` of one or more orders (action=cancel with `orders`). Panels that only take a single
   * `order` are served one ID at a time; panels without cancel give every ID an `invalid_input`
   * error with reason "unsupported". Never retried (a failed call gives its chunk
   * `unknown_outcome`). Only `invalid_key` is thrown.
   */
  async cancel(key: string, ids: readonly string[], options: BatchOptions = {}): Promise<Map<string, BatchItem<true>>> {
    return this.batch(key, ids, {
      action: "cancel",
      multiParam: "orders",
      singleParam: "order",
      concurrency: options.concurrency ?? 1,
      parseMulti: parseCancels,
      parseSingle: parseCancelSingle,
      missing: () =>
        new PanelError("unknown_outcome", "The panel's answer did not mention this order: check it before retrying", {
          action: "cancel",
        }),
    });
  }

  // -------------------------------------------------------------------------------------------
  // Batches

  private async batch<T>(key: string, ids: readonly string[], spec: BatchSpec<T>): Promise<Map<string, BatchItem<T>>> {
    checkKey(key, spec.action);
    const result = new Map<string, BatchItem<T>>();
    const valid: string[] = [];
    const seen = new Set<string>();
    for (const raw of ids) {
      const id = String(raw).trim();
      if (seen.has(id)) continue;
      seen.add(id);
      if (/^\d{1,30}$/.test(id)) valid.push(id);
      else {
        const kind: PanelErrorKind = spec.action === "refill_status" ? "unknown_refill" : "unknown_order";
        result.set(id, { ok: false, error: new PanelError(kind, "Not a valid ID", { action: spec.action }) });
      }
    }
    const chunks: string[][] = [];
    for (let i = 0; i < valid.length; i += MAX_IDS_PER_CALL) chunks.push(valid.slice(i, i + MAX_IDS_PER_CALL));

    let next = 0;
    let fatal: unknown;
    const worker = async (): Promise<void> => {
      while (fatal === undefined && next < chunks.length) {
        const chunk = chunks[next++] as string[];
        try {
          const items = await this.runChunk(key, chunk, spec);
          for (const [id, item] of items) result.set(id, item);
        } catch (e) {
          fatal ??= e;
        }
      }
    };
    const workers = Math.max(1, Math.min(spec.concurrency, chunks.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (fatal !== undefined) throw fatal;
    // Keep the caller's order.
    const ordered = new Map<string, BatchItem<T>>();
    for (const raw of ids) {
      const id = String(raw).trim();
      const item = result.get(id);
      if (item && !ordered.has(id)) ordered.set(id, item);
    }
    return ordered;
  }

  /** One chunk: the multi call, falling back to single calls for panels that need them. */
  private async runChunk<T>(key: string, chunk: string[], spec: BatchSpec<T>): Promise<Map<string, BatchItem<T>>> {
    if (this.singleOnly.has(spec.action)) return this.runSingles(key, chunk, spec);
    const out = new Map<string, BatchItem<T>>();
    let json: unknown;
    try {
      json = await this.call(key, spec.action, { [spec.multiParam]: chunk.join(",") }, chunk.length);
    } catch (e) {
      if (!(e instanceof PanelError) || e.kind === "invalid_key") throw e;
      for (const id of chunk) out.set(id, { ok: false, error: e });
      return out;
    }
    const parsed = spec.parseMulti(json);
    if (parsed.type === "ok" && parsed.value.size > 0) {
      for (const id of chunk) {
        const item = parsed.value.get(id);
        if (!item) out.set(id, { ok: false, error: spec.missing() });
        else if (item.ok) out.set(id, { ok: true, value: item.value });
        else out.set(id, { ok: false, error: panelErrorFromMessage(item.message, { secret: key, action: spec.action }) });
      }
      return out;
    }
    // A single-order shape for a one-ID chunk ({"refill": "5"}, {"cancel": 1}, a bare status).
    if (chunk.length === 1) {
      const single = spec.parseSingle(json);
      if (single.type === "ok") {
        out.set(chunk[0] as string, { ok: true, value: single.value });
        return out;
      }
    }
    if (parsed.type === "error") {
      const cls = classifyPanelMessage(parsed.message);
      if (cls.kind === "invalid_key") throw panelErrorFromMessage(parsed.message, { secret: key, action: spec.action });
      if (cls.kind === "rate_limited" || cls.kind === "unavailable" || cls.kind === "insufficient_funds") {
        const e = panelErrorFromMessage(parsed.message, { secret: key, action: spec.action });
        for (const id of chunk) out.set(id, { ok: false, error: e });
        return out;
      }
      // A panel that understands `orders` answers per ID; a whole-call refusal means it wants one ID.
      return this.runSingles(key, chunk, spec, true);
    }
    if (parsed.type === "ok") {
      // Empty answer: nothing mentioned.
      for (const id of chunk) out.set(id, { ok: false, error: spec.missing() });
      return out;
    }
    const e = this.malformedError(spec.action);
    for (const id of chunk) out.set(id, { ok: false, error: e });
    return out;
  }

  /** Serves IDs one call each (sequential for actions that change things). */
  private async runSingles<T>(
    key: string,
    chunk: string[],
    spec: BatchSpec<T>,
    probing = false,
  ): Promise<Map<string, BatchItem<T>>> {
    const out = new Map<string, BatchItem<T>>();
    const readOnly = READ_ONLY_ACTIONS.has(spec.action);
    let stop: PanelError | undefined;
    const one = async (id: string): Promise<void> => {
      if (stop) {
        out.set(id, { ok: false, error: stop });
        return;
      }
      try {
        const json = await this.call(key, spec.action, { [spec.singleParam]: id }, 1);
        out.set(id, { ok: true, value: this.read(spec.parseSingle(json), key, spec.action) });
      } catch (e) {
        if (!(e instanceof PanelError) || e.kind === "invalid_key") throw e;
        out.set(id, { ok: false, error: e });
        if (e.kind === "unavailable" || e.kind === "rate_limited" || e.kind === "unknown_outcome") {
          stop ??= new PanelError(e.kind === "rate_limited" ? "rate_limited" : "unavailable", "Not sent: the panel stopped answering", {
            action: spec.action,
          });
        }
      }
    };
    const [first, ...rest] = chunk;
    if (first === undefined) return out;
    await one(first);
    const firstItem = out.get(first);
    if (probing) {
      if (firstItem && !firstItem.ok && firstItem.error.kind === "invalid_input" && firstItem.error.reason === "generic") {
        // Neither form is understood: the panel does not offer this action.
        const e = new PanelError("invalid_input", `The panel does not support ${spec.action}`, {
          reason: "unsupported",
          action: spec.action,
          ...(firstItem.error.panelMessage !== undefined ? { panelMessage: firstItem.error.panelMessage } : {}),
        });
        for (const id of chunk) out.set(id, { ok: false, error: e });
        return out;
      }
    }
    if (readOnly) {
      let i = 0;
      const worker = async (): Promise<void> => {
        while (i < rest.length) await one(rest[i++] as string);
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(spec.concurrency, rest.length)) }, worker));
    } else {
      for (const id of rest) await one(id);
    }
    // The multi form was refused but single calls work: remember it for this panel.
    if (probing && [...out.values()].some((item) => item.ok)) this.singleOnly.add(spec.action);
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Transport

  /** Turns a parsed answer into its value or the matching `PanelError`. */
  private read<T>(parsed: Parsed<T>, key: string, action: string): T {
    if (parsed.type === "ok") return parsed.value;
    if (parsed.type === "error") return this.throwMessage(parsed.message, key, action);
    throw this.malformedError(action);
  }

  private throwMessage(message: string, key: string, action: string): never {
    throw panelErrorFromMessage(message, { secret: key, action });
  }

  private malformedError(action: string): PanelError {
    return READ_ONLY_ACTIONS.has(action)
      ? new PanelError("unavailable", "The panel sent an answer we could not read", { action })
      : unknownOutcome(action, "an answer we could not read");
  }

  /** One API call with retries for read-only actions. Resolves to the parsed JSON body. */
  private async call(key: string, action: string, params: Params, ids: number): Promise<unknown> {
    checkKey(key, action);
    const retryable = READ_ONLY_ACTIONS.has(action);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(key, action, params, ids);
      } catch (e) {
        if (!retryable || attempt >= this.retries || !(e instanceof PanelError)) throw e;
        if (e.kind !== "unavailable" && e.kind !== "rate_limited") throw e;
        const base = this.backoffMs * 2 ** attempt;
        let delay = base * (0.5 + Math.random());
        if (e.retryAfterMs !== undefined) {
          if (e.retryAfterMs > this.maxRetryAfterMs) throw e;
          delay = Math.max(delay, e.retryAfterMs);
        }
        if (this.closed) throw e;
        await sleep(delay);
      }
    }
  }

  /** One HTTP request. Never lets the key or the body into an error. */
  private async attempt(key: string, action: string, params: Params, ids: number): Promise<unknown> {
    const unsafe = !READ_ONLY_ACTIONS.has(action);
    if (this.closed) throw new PanelError("unavailable", "The panel client is closed", { action });
    this.requests += 1;
    this.onRequest?.(action, ids);
    const body = new URLSearchParams({ ...params, key, action }).toString();
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
        await res.body.dump().catch(() => undefined);
        throw new PanelError("unavailable", `The panel answered with a redirect (HTTP ${status}); redirects are not followed`, {
          status,
          action,
        });
      }
      if (status === 429) {
        await res.body.dump().catch(() => undefined);
        const retryAfterMs = parseRetryAfter(res.headers["retry-after"]);
        throw new PanelError("rate_limited", "The panel is rate-limiting requests (HTTP 429)", {
          status,
          action,
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        });
      }
      if (status >= 500) {
        await res.body.dump().catch(() => undefined);
        throw unsafe
          ? unknownOutcome(action, `HTTP ${status}`, status)
          : new PanelError("unavailable", `The panel is unavailable (HTTP ${status})`, { status, action });
      }
      let text: string;
      try {
        text = await readText(res.body, this.maxResponseBytes);
      } catch (e) {
        if (e instanceof PanelError) throw unsafe ? unknownOutcome(action, "an oversized answer", status) : e;
        throw this.transportError(e, action, unsafe, timedOut, true);
      }
      if (status >= 400) {
        // Some panels put a JSON error behind a 4xx.
        const message = errorMessageOf(safeJson(text));
        if (message !== undefined) throw panelErrorFromMessage(message, { secret: key, action, status });
        throw new PanelError("unavailable", `The panel refused the request (HTTP ${status})`, { status, action });
      }
      const json = safeJson(text);
      if (json === undefined) {
        const what = text.trim() === "" ? "an empty answer" : looksLikeHtml(text) ? "an HTML page" : "invalid JSON";
        throw unsafe
          ? unknownOutcome(action, what, status)
          : new PanelError("unavailable", `The panel sent ${what} instead of JSON`, { status, action });
      }
      return json;
    } finally {
      clearTimeout(timer);
    }
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

interface BatchSpec<T> {
  action: string;
  multiParam: string;
  singleParam: string;
  concurrency: number;
  parseMulti: (json: unknown) => MultiParsed<T>;
  parseSingle: (json: unknown) => Parsed<T>;
  missing: () => PanelError;
}

function unknownOutcome(action: string, what: string, status?: number): PanelError {
  const verb = action === "add" ? "the order may or may not have been placed" : `the ${action} may or may not have happened`;
  return new PanelError(
    "unknown_outcome",
    `No definite answer from the panel to "${action}" (${what}): ${verb}. Check on the panel before trying again`,
    { action, ...(status !== undefined ? { status } : {}) },
  );
}

function checkKey(key: string, action: string): void {
  if (typeof key !== "string" || key.trim() === "") throw new PanelError("invalid_key", "No API key given", { action });
}

function checkId(id: string, action: string): string {
  const s = String(id).trim();
  if (!/^\d{1,30}$/.test(s)) {
    throw new PanelError(action === "refill_status" ? "unknown_refill" : "unknown_order", "Not a valid ID", { action });
  }
  return s;
}

function safeJson(text: string): unknown {
  const t = text.replace(/^\uFEFF/, "").trim();
  if (t === "") return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
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
