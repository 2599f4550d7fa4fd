/**
 * A mock SMM panel ("API v2") over real HTTP, for tests, benchmarks and local development.
 *
 * It implements every action (balance, services, add, status single/multi, refill single/multi,
 * refill_status single/multi, cancel) over in-memory state, accepts form-urlencoded and JSON
 * bodies, answers with the real panels' error texts, and can imitate other panels' quirks and
 * failures (5xx, HTML pages, bad JSON, hangs, connection resets, 429, redirects).
 *
 * Orders move Pending → In progress → Completed (or Partial) when tests call `advance()`, or on
 * a timer (`autoProgressMs`, used by the CLI). Links containing "partial" end as Partial.
 *
 * @example
 * const mock = await startMockPanel();
 * mock.addAccount("k1", "10.00");
 * const client = new PanelClient({ url: mock.url });
 * const { order } = await client.add("k1", { service: "1448", link: "https://instagram.com/x", quantity: 100 });
 * mock.advance(order); // In progress
 * await mock.close();
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  addDecimal,
  compareDecimal,
  formatDecimal,
  orderCost,
  subtractDecimal,
  normalizeDecimal,
} from "../panel/money.js";
import {
  FIELD_INFO,
  estimateCost,
  fieldsForType,
  validateAddInput,
  type AddField,
  type AddInputProblem,
} from "../panel/service-types.js";
import type { AddOrderInput, Decimal, Service } from "../panel/types.js";
import { defaultCatalogue } from "./catalogue.js";

/** A panel account. */
export interface MockAccount {
  key: string;
  balance: Decimal;
  currency: string;
}

/** An order in the mock's memory. `status` is sent as is (set "Cancelled" to test normalisation). */
export interface MockOrder {
  id: string;
  key: string;
  service: string;
  type: string;
  link?: string;
  quantity: number;
  charge: Decimal;
  startCount: number;
  remains: number;
  status: string;
  currency: string;
  /** Drip-feed: number of runs and minutes between them. */
  runs?: number;
  interval?: number;
  /** Drip-feed runs / subscription posts created so far. */
  children?: string[];
  /** Subscriptions. */
  posts?: number;
  expiry?: string;
  /** The form fields of the `add` call (without the key). */
  params: Record<string, string>;
  createdAt: number;
}

export interface MockRefill {
  id: string;
  orderId: string;
  key: string;
  status: string;
}

/** A request as received (the key included: this is a test tool). */
export interface RecordedRequest {
  action: string;
  params: Record<string, string>;
  path: string;
  contentType: "form" | "json" | "none";
}

export type FaultMode = "none" | "http500" | "html" | "badjson" | "timeout" | "reset" | "http429" | "redirect";

/** A failure to imitate. */
export interface FaultConfig {
  mode: FaultMode;
  /** Delay before answering (also with mode "none"). */
  latencyMs?: number;
  /** Only these actions are affected (default: all). */
  actions?: string[];
  /** Only the next N matching requests are affected, then the fault clears (default: all). */
  times?: number;
  /** Retry-After seconds for "http429" (default 1). */
  retryAfterSec?: number;
  /**
   * Carry out the action before failing (for "http500", "timeout", "reset", "html", "badjson"):
   * the order is placed but the client gets no answer — the `unknown_outcome` case.
   */
  applyAction?: boolean;
}

/** Behaviours of other panels. */
export interface MockQuirks {
  /**
   * Swap encodings: what the standard sends as numbers (IDs, refill IDs) comes as strings and
   * what it sends as strings (rates, charges, counts, min/max) comes as numbers; booleans as 1/0.
   */
  stringNumbers: boolean;
  /** Multi answers give unknown IDs a bare string ("Incorrect order ID") instead of {error}. */
  bareStringErrors: boolean;
  /** Top-level errors as {"status": "error", "message": ...} instead of {"error": ...}. */
  statusMessageErrors: boolean;
  /** No cancel action: every cancel call answers "Incorrect request". */
  noCancel: boolean;
  /** No refill: refill and refill_status answer "Incorrect request". */
  noRefill: boolean;
  /** cancel only takes a single `order` (with `orders` it answers "Incorrect order ID"). */
  singleCancel: boolean;
}

export interface MockPanelOptions {
  /** Port (default 0: a free one). */
  port?: number;
  /** Host to bind (default 127.0.0.1). */
  host?: string;
  /** Services (default: `defaultCatalogue()`). */
  catalogue?: Service[];
  /** Accounts to create at start. */
  accounts?: Array<{ key: string; balance?: Decimal; currency?: string }>;
  /** Advance every order and refill one step this often (ms). Off by default. */
  autoProgressMs?: number;
  quirks?: Partial<MockQuirks>;
  /** IDs accepted per multi call (default 100; more → "Incorrect request"). */
  maxIdsPerCall?: number;
  /** First order ID (default 23501). */
  firstOrderId?: number;
}

export interface MockPanel {
  /** API URL, e.g. http://127.0.0.1:41234/api/v2 */
  readonly url: string;
  /** Every request received, in order (mutated in place; `resetRequests()` empties it). */
  readonly requests: RecordedRequest[];
  readonly orders: Map<string, MockOrder>;
  readonly refills: Map<string, MockRefill>;
  readonly accounts: Map<string, MockAccount>;
  /** The services served (replace with `setCatalogue`). */
  readonly catalogue: readonly Service[];
  /** Creates or replaces an account. */
  addAccount(key: string, balance?: Decimal, currency?: string): MockAccount;
  setCatalogue(services: Service[]): void;
  resetRequests(): void;
  /** Sets (or clears with "none") the current fault. */
  setFault(fault: FaultConfig | FaultMode): void;
  setQuirks(quirks: Partial<MockQuirks>): void;
  /**
   * Moves one order (or every unfinished order and refill) one step: Pending → In progress →
   * Completed/Partial; drip-feed parents add a run per step; subscriptions add a post per step.
   */
  advance(orderId?: string, outcome?: "Completed" | "Partial"): void;
  /** Moves one refill (or all) one step: Pending → In progress → Completed. */
  advanceRefill(refillId?: string): void;
  /** Patches an order (throws for an unknown ID). */
  setOrder(id: string, patch: Partial<Omit<MockOrder, "id">>): MockOrder;
  /** Patches a refill (throws for an unknown ID). */
  setRefill(id: string, patch: Partial<Omit<MockRefill, "id">>): MockRefill;
  /** Completes every unfinished order and refill. */
  completeAll(): void;
  /** Places an order directly (no HTTP, no charge), e.g. to seed tests. */
  seedOrder(key: string, order: Partial<Omit<MockOrder, "id" | "key">> & { service?: string }): MockOrder;
  /** Stops the server, destroying open connections (hung requests included). */
  close(): Promise<void>;
}

const API_PATH = "/api/v2";
const ERR = {
  key: "Invalid API key",
  funds: "Not enough funds on balance",
  order: "Incorrect order ID",
  refill: "Refill not found",
  service: "Incorrect service ID",
  link: "Incorrect link",
  dripfeed: "This services does not support Dripfeed feature!",
  refillDisabled: "Refill is disabled for this service",
  refillNotEligible: "Order not eligible for refill",
  cancelDisabled: "Cancel is disabled for this service",
  cancelRefused: "This order cannot be canceled",
  request: "Incorrect request",
} as const;

const ACTIVE_STATUSES = new Set(["Pending", "In progress", "Processing", "Awaiting", "Queued", "Active"]);
const FINAL_REFILL = new Set(["Completed", "Rejected", "Canceled", "Cancelled"]);

type Json = unknown;
type Reply = { status: number; body: string; headers?: Record<string, string> };

const json = (value: Json, status = 200): Reply => ({
  status,
  body: JSON.stringify(value),
  headers: { "content-type": "application/json; charset=utf-8" },
});

const HTML_PAGE = `<!DOCTYPE html>
<html><head><title>Maintenance | Panel</title></head>
<body><div class="cf-wrapper"><h1>We'll be back soon</h1><p>The panel is under maintenance.</p></div></body></html>`;

/** Starts the mock panel on 127.0.0.1 (a free port unless `port` is given). */
export async function startMockPanel(options: MockPanelOptions = {}): Promise<MockPanel> {
  const accounts = new Map<string, MockAccount>();
  const orders = new Map<string, MockOrder>();
  const refills = new Map<string, MockRefill>();
  const requests: RecordedRequest[] = [];
  let catalogue: Service[] = options.catalogue ?? defaultCatalogue();
  let servicesById = new Map(catalogue.map((s) => [s.id, s]));
  let fault: FaultConfig = { mode: "none" };
  const quirks: MockQuirks = {
    stringNumbers: false,
    bareStringErrors: false,
    statusMessageErrors: false,
    noCancel: false,
    noRefill: false,
    singleCancel: false,
    ...options.quirks,
  };
  const maxIds = options.maxIdsPerCall ?? 100;
  let nextOrderId = options.firstOrderId ?? 23501;
  let nextRefillId = 1;
  const pendingTimers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  let closed = false;

  for (const a of options.accounts ?? []) addAccount(a.key, a.balance, a.currency);

  function addAccount(key: string, balance: Decimal = "100.00", currency = "USD"): MockAccount {
    const account = { key, balance: normalizeDecimal(balance), currency };
    accounts.set(key, account);
    return account;
  }

  // ---------------------------------------------------------------------------------------------
  // Encoding helpers (quirks)

  /** A value the standard sends as a JSON number (order IDs, refill IDs, service IDs). */
  const num = (v: string | number): string | number => (quirks.stringNumbers ? String(v) : Number(v));
  /** A value the standard sends as a string (rates, charges, counts). */
  const str = (v: string | number): string | number => (quirks.stringNumbers ? Number(v) : String(v));
  const bool = (v: boolean): boolean | number => (quirks.stringNumbers ? (v ? 1 : 0) : v);
  const money = (v: Decimal): string => formatDecimal(v, { minDecimals: 2, maxDecimals: 5 });

  const topError = (message: string): Reply =>
    json(quirks.statusMessageErrors ? { status: "error", message } : { error: message });
  const itemError = (message: string): Json => (quirks.bareStringErrors ? message : { error: message });

  // ---------------------------------------------------------------------------------------------
  // Orders

  function createOrder(key: string, service: Service, input: AddOrderInput, params: Record<string, string>, charge: Decimal): MockOrder {
    const id = String(nextOrderId++);
    const spec = fieldsForType(service.type);
    const quantity =
      spec.quantityFrom !== undefined
        ? (input[spec.quantityFrom]?.length ?? 0)
        : spec.pricing === "subscription"
          ? (input.max ?? 0)
          : (input.quantity ?? (spec.pricing === "package" ? 1 : 0));
    const order: MockOrder = {
      id,
      key,
      service: service.id,
      type: spec.type,
      quantity,
      charge,
      startCount: (Number(id) * 37) % 5000,
      remains: quantity,
      status: "Pending",
      currency: accounts.get(key)?.currency ?? "USD",
      params,
      createdAt: Date.now(),
    };
    if (input.link !== undefined) order.link = input.link;
    if (input.runs !== undefined) {
      order.runs = input.runs;
      order.interval = input.interval ?? 0;
      order.children = [];
    }
    if (spec.pricing === "subscription") {
      order.children = [];
      if (input.posts !== undefined) order.posts = input.posts;
      if (input.expiry !== undefined) order.expiry = input.expiry;
    }
    orders.set(id, order);
    return order;
  }

  function childOrder(parent: MockOrder, quantity: number): string {
    const id = String(nextOrderId++);
    const rate = servicesById.get(parent.service)?.rate ?? "0";
    orders.set(id, {
      id,
      key: parent.key,
      service: parent.service,
      type: "Default",
      ...(parent.link !== undefined ? { link: parent.link } : {}),
      quantity,
      charge: orderCost(rate, quantity),
      startCount: (Number(id) * 37) % 5000,
      remains: 0,
      status: "Completed",
      currency: parent.currency,
      params: {},
      createdAt: Date.now(),
    });
    return id;
  }

  function refund(order: MockOrder, amount: Decimal): void {
    const account = accounts.get(order.key);
    if (account) account.balance = addDecimal(account.balance, amount);
    order.charge = subtractDecimal(order.charge, amount);
  }

  function finish(order: MockOrder, outcome: "Completed" | "Partial"): void {
    if (outcome === "Partial" && order.quantity > 1) {
      const remains = Math.max(1, Math.floor(order.quantity / 4));
      const rate = servicesById.get(order.service)?.rate ?? "0";
      const back = orderCost(rate, remains, order.runs ?? 1);
      refund(order, compareDecimal(back, order.charge) > 0 ? order.charge : back);
      order.remains = remains;
      order.status = "Partial";
    } else {
      order.remains = 0;
      order.status = "Completed";
    }
  }

  function advanceOrder(order: MockOrder, outcome?: "Completed" | "Partial"): void {
    const final = outcome ?? (order.link?.toLowerCase().includes("partial") ? "Partial" : "Completed");
    const isSub = fieldsForType(order.type).pricing === "subscription";
    switch (order.status) {
      case "Pending":
      case "Awaiting":
      case "Queued":
        if (isSub) {
          order.status = "Active";
        } else {
          order.status = "In progress";
          order.remains = Math.ceil(order.quantity / 2);
          if (order.runs !== undefined) order.children?.push(childOrder(order, order.quantity));
        }
        return;
      case "In progress":
      case "Processing":
        if (order.runs !== undefined && order.children && order.children.length < order.runs && final === "Completed") {
          order.children.push(childOrder(order, order.quantity));
          if (order.children.length < order.runs) return;
        }
        finish(order, final);
        return;
      case "Active":
        order.children?.push(childOrder(order, order.quantity));
        if (order.posts !== undefined && (order.children?.length ?? 0) >= order.posts) order.status = "Completed";
        return;
      default:
        return;
    }
  }

  function advanceRefillOne(refill: MockRefill): void {
    if (refill.status === "Pending") refill.status = "In progress";
    else if (refill.status === "In progress") refill.status = "Completed";
  }

  // ---------------------------------------------------------------------------------------------
  // Answers

  function statusOf(order: MockOrder): Json {
    if (fieldsForType(order.type).pricing === "subscription") {
      return {
        status: order.status,
        expiry: order.expiry ?? null,
        posts: order.posts !== undefined ? str(order.posts) : null,
        orders: (order.children ?? []).map(num),
      };
    }
    if (order.runs !== undefined) {
      return { status: order.status, runs: str(order.runs), orders: (order.children ?? []).map(num) };
    }
    return {
      charge: str(money(order.charge)),
      start_count: str(order.startCount),
      status: order.status,
      remains: str(order.remains),
      currency: order.currency,
    };
  }

  const ownOrder = (key: string, id: string): MockOrder | undefined => {
    const order = orders.get(id.trim());
    return order && order.key === key ? order : undefined;
  };

  function refillOne(key: string, id: string): { refill: string } | { error: string } {
    const order = ownOrder(key, id);
    if (!order) return { error: ERR.order };
    const service = servicesById.get(order.service);
    if (!service?.refill) return { error: ERR.refillDisabled };
    if (order.status !== "Completed" && order.status !== "Partial") return { error: ERR.refillNotEligible };
    const active = [...refills.values()].some((r) => r.orderId === order.id && !FINAL_REFILL.has(r.status));
    if (active) return { error: ERR.refillNotEligible };
    const refill: MockRefill = { id: String(nextRefillId++), orderId: order.id, key, status: "Pending" };
    refills.set(refill.id, refill);
    return { refill: refill.id };
  }

  function cancelOne(key: string, id: string): { ok: true } | { error: string } {
    const order = ownOrder(key, id);
    if (!order) return { error: ERR.order };
    const service = servicesById.get(order.service);
    if (!service?.cancel) return { error: ERR.cancelDisabled };
    if (!ACTIVE_STATUSES.has(order.status) || order.status === "Active") return { error: ERR.cancelRefused };
    const rate = service.rate;
    const back = order.status === "Pending" ? order.charge : orderCost(rate, order.remains, order.runs ?? 1);
    refund(order, compareDecimal(back, order.charge) > 0 ? order.charge : back);
    order.status = "Canceled";
    return { ok: true };
  }

  const idList = (value: string | undefined): string[] | undefined =>
    value === undefined ? undefined : value.split(",").map((s) => s.trim()).filter((s) => s.length > 0);

  function handleAdd(key: string, account: MockAccount, params: Record<string, string>): Reply {
    const service = servicesById.get((params.service ?? "").trim());
    if (!service) return topError(ERR.service);
    const input = inputFromParams(params);
    const problems = validateAddInput(input, service);
    if (problems.length > 0) return topError(panelTextFor(problems[0] as AddInputProblem));
    const charge = estimateCost(service, input) ?? "0";
    if (compareDecimal(account.balance, charge) < 0) return topError(ERR.funds);
    account.balance = subtractDecimal(account.balance, charge);
    const { key: _key, action: _action, ...rest } = params;
    const order = createOrder(key, service, input, rest, charge);
    return json({ order: num(order.id) });
  }

  /** Carries out one API call (auth included). */
  function handle(params: Record<string, string>): Reply {
    const key = params.key ?? "";
    const account = accounts.get(key);
    if (!account) return topError(ERR.key);
    switch (params.action) {
      case "balance":
        return json({ balance: str(money(account.balance)), currency: account.currency });
      case "services":
        return json(
          catalogue.map((s) => ({
            service: num(s.id),
            name: s.name,
            type: s.type,
            category: s.category,
            rate: str(s.rate),
            min: str(s.min),
            max: str(s.max),
            refill: bool(s.refill),
            cancel: bool(s.cancel),
            dripfeed: bool(s.dripfeed),
            ...(s.description ? { desc: s.description } : {}),
          })),
        );
      case "add":
        return handleAdd(key, account, params);
      case "status": {
        const many = idList(params.orders);
        if (many) {
          if (many.length > maxIds) return topError(ERR.request);
          const out: Record<string, Json> = {};
          for (const id of many) {
            const order = ownOrder(key, id);
            out[id] = order ? statusOf(order) : itemError(ERR.order);
          }
          return json(out);
        }
        const order = ownOrder(key, params.order ?? "");
        return order ? json(statusOf(order)) : topError(ERR.order);
      }
      case "refill": {
        if (quirks.noRefill) return topError(ERR.request);
        const many = idList(params.orders);
        if (many) {
          if (many.length > maxIds) return topError(ERR.request);
          return json(
            many.map((id) => {
              const r = refillOne(key, id);
              return { order: num(id), refill: "refill" in r ? num(r.refill) : itemError(r.error) };
            }),
          );
        }
        const r = refillOne(key, params.order ?? "");
        return "refill" in r ? json({ refill: quirks.stringNumbers ? Number(r.refill) : r.refill }) : topError(r.error);
      }
      case "refill_status": {
        if (quirks.noRefill) return topError(ERR.request);
        const own = (id: string): MockRefill | undefined => {
          const r = refills.get(id.trim());
          return r && r.key === key ? r : undefined;
        };
        const many = idList(params.refills);
        if (many) {
          if (many.length > maxIds) return topError(ERR.request);
          return json(
            many.map((id) => {
              const r = own(id);
              return { refill: num(id), status: r ? r.status : itemError(ERR.refill) };
            }),
          );
        }
        const r = own(params.refill ?? "");
        return r ? json({ status: r.status }) : topError(ERR.refill);
      }
      case "cancel": {
        if (quirks.noCancel) return topError(ERR.request);
        const many = idList(params.orders);
        if (many && quirks.singleCancel) return topError(ERR.order);
        if (many) {
          if (many.length > maxIds) return topError(ERR.request);
          return json(
            many.map((id) => {
              const r = cancelOne(key, id);
              return { order: num(id), cancel: "ok" in r ? 1 : itemError(r.error) };
            }),
          );
        }
        const r = cancelOne(key, params.order ?? "");
        return "ok" in r ? json({ cancel: 1 }) : topError(r.error);
      }
      default:
        return topError(ERR.request);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP

  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          pendingTimers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      pendingTimers.add(entry);
    });

  function takeFault(action: string): FaultConfig | undefined {
    const f = fault;
    if (f.mode === "none" && !f.latencyMs) return undefined;
    if (f.actions && !f.actions.includes(action)) return undefined;
    if (f.times !== undefined) {
      if (f.times <= 0) return undefined;
      f.times -= 1;
      if (f.times === 0) fault = { mode: "none" };
    }
    return f;
  }

  const send = (res: http.ServerResponse, reply: Reply): void => {
    if (res.destroyed) return;
    res.writeHead(reply.status, { ...reply.headers, "content-length": Buffer.byteLength(reply.body) });
    res.end(reply.body);
  };

  async function onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://mock");
    let raw: string;
    try {
      raw = await readBody(req, 1024 * 1024);
    } catch {
      send(res, { status: 413, body: "Payload Too Large" });
      return;
    }
    const ctype = (req.headers["content-type"] ?? "").toLowerCase();
    const contentType: RecordedRequest["contentType"] = ctype.includes("json")
      ? "json"
      : ctype.includes("x-www-form-urlencoded")
        ? "form"
        : "none";
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    if (contentType === "json") {
      try {
        Object.assign(params, flattenJson(JSON.parse(raw || "{}")));
      } catch {
        send(res, topError(ERR.request));
        return;
      }
    } else if (raw) {
      Object.assign(params, Object.fromEntries(new URLSearchParams(raw)));
    }
    const action = params.action ?? "";
    requests.push({ action, params, path: url.pathname, contentType });

    if (url.pathname !== API_PATH) {
      send(res, { status: 404, body: "Not Found", headers: { "content-type": "text/plain" } });
      return;
    }
    if (req.method !== "POST" && req.method !== "GET") {
      send(res, { status: 405, body: "Method Not Allowed" });
      return;
    }

    const f = takeFault(action);
    if (f?.latencyMs) await delay(f.latencyMs);
    if (closed) return;
    const mode = f?.mode ?? "none";
    if (mode === "none") return send(res, handle(params));
    if (f?.applyAction) handle(params);
    switch (mode) {
      case "http500":
        return send(res, { status: 500, body: "Internal Server Error", headers: { "content-type": "text/plain" } });
      case "html":
        return send(res, { status: 200, body: HTML_PAGE, headers: { "content-type": "text/html; charset=utf-8" } });
      case "badjson":
        return send(res, { status: 200, body: '{"balance": "1.00", "curr', headers: { "content-type": "application/json" } });
      case "timeout":
        return; // never answer; close() destroys the socket
      case "reset":
        req.socket.destroy();
        return;
      case "http429":
        return send(res, {
          status: 429,
          body: JSON.stringify({ error: "Too many requests" }),
          headers: { "content-type": "application/json", "retry-after": String(f?.retryAfterSec ?? 1) },
        });
      case "redirect":
        return send(res, { status: 302, body: "", headers: { location: `${API_PATH}/moved` } });
    }
  }

  const server = http.createServer((req, res) => {
    onRequest(req, res).catch(() => {
      if (!res.headersSent) send(res, { status: 500, body: "Internal Server Error" });
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}${API_PATH}`;

  const advanceAll = (): void => {
    for (const order of [...orders.values()]) if (ACTIVE_STATUSES.has(order.status)) advanceOrder(order);
    for (const refill of refills.values()) advanceRefillOne(refill);
  };
  const autoTimer = options.autoProgressMs ? setInterval(advanceAll, options.autoProgressMs) : undefined;
  autoTimer?.unref();

  const mock: MockPanel = {
    url,
    requests,
    orders,
    refills,
    accounts,
    get catalogue() {
      return catalogue;
    },
    addAccount,
    setCatalogue(services) {
      catalogue = services;
      servicesById = new Map(services.map((s) => [s.id, s]));
    },
    resetRequests() {
      requests.length = 0;
    },
    setFault(f) {
      fault = typeof f === "string" ? { mode: f } : { ...f };
    },
    setQuirks(q) {
      Object.assign(quirks, q);
    },
    advance(orderId, outcome) {
      if (orderId === undefined) return advanceAll();
      const order = orders.get(orderId);
      if (!order) throw new Error(`mock panel: no order ${orderId}`);
      advanceOrder(order, outcome);
    },
    advanceRefill(refillId) {
      if (refillId === undefined) {
        for (const r of refills.values()) advanceRefillOne(r);
        return;
      }
      const refill = refills.get(refillId);
      if (!refill) throw new Error(`mock panel: no refill ${refillId}`);
      advanceRefillOne(refill);
    },
    setOrder(id, patch) {
      const order = orders.get(id);
      if (!order) throw new Error(`mock panel: no order ${id}`);
      return Object.assign(order, patch);
    },
    setRefill(id, patch) {
      const refill = refills.get(id);
      if (!refill) throw new Error(`mock panel: no refill ${id}`);
      return Object.assign(refill, patch);
    },
    completeAll() {
      for (const order of orders.values()) {
        if (ACTIVE_STATUSES.has(order.status)) {
          order.status = "Completed";
          order.remains = 0;
        }
      }
      for (const refill of refills.values()) if (!FINAL_REFILL.has(refill.status)) refill.status = "Completed";
    },
    seedOrder(key, partial) {
      const serviceId = partial.service ?? catalogue[0]?.id ?? "1";
      const service = servicesById.get(serviceId);
      const id = String(nextOrderId++);
      const quantity = partial.quantity ?? 1000;
      const order: MockOrder = {
        id,
        key,
        service: serviceId,
        type: partial.type ?? service?.type ?? "Default",
        link: "https://instagram.com/seeded",
        quantity,
        charge: service ? orderCost(service.rate, quantity) : "0",
        startCount: (Number(id) * 37) % 5000,
        remains: quantity,
        status: "Pending",
        currency: accounts.get(key)?.currency ?? "USD",
        params: {},
        createdAt: Date.now(),
        ...partial,
      };
      orders.set(id, order);
      return order;
    },
    async close() {
      if (closed) return;
      closed = true;
      if (autoTimer) clearInterval(autoTimer);
      for (const t of pendingTimers) {
        clearTimeout(t.timer);
        t.resolve();
      }
      pendingTimers.clear();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await done;
    },
  };
  return mock;
}

/** Turns `add` form fields back into an `AddOrderInput` (lists split on new lines). */
function inputFromParams(params: Record<string, string>): AddOrderInput {
  const input: Record<string, unknown> = { service: (params.service ?? "").trim() };
  for (const info of Object.values(FIELD_INFO)) {
    const raw = params[info.param];
    if (raw === undefined || raw.trim() === "") continue;
    const field: AddField = info.field;
    if (info.kind === "lines") input[field] = raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    else if (info.kind === "integer" || info.kind === "choice") input[field] = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
    else input[field] = raw.trim();
  }
  return input as unknown as AddOrderInput;
}

/** The error text a real panel gives for the first problem found. */
function panelTextFor(problem: AddInputProblem): string {
  if (problem.field === "link" || problem.field === "media" || problem.field === "referringUrl") return ERR.link;
  if (problem.code === "not_supported" && (problem.field === "runs" || problem.field === "interval")) return ERR.dripfeed;
  const counted = ["quantity", "comments", "usernames", "min", "max"].includes(problem.field);
  if (counted && problem.code === "too_small" && problem.limit !== undefined) return `Quantity less than minimal ${problem.limit}`;
  if (counted && problem.code === "too_large" && problem.limit !== undefined) return `Quantity more than maximal ${problem.limit}`;
  if (problem.field === "quantity") return "Incorrect quantity";
  return ERR.request;
}

/** JSON body → flat string params (lists joined with new lines, like the form). */
function flattenJson(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.map(String).join(k === "orders" || k === "refills" ? "," : "\n") : String(v);
  }
  return out;
}

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new Error("too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
