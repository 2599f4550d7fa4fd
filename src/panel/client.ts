/**
 * The panel API client ("API v2"): the façade over the transport (transport.ts: HTTP, deadlines,
 * retries, envelopes) and the batcher (batch.ts: chunking, one-ID-per-call fallback, learned
 * capabilities). Answers are read by schemas.ts; failures are classified by errors.ts.
 *
 * - Read-only actions (balance, services, status, refill_status) are retried; `add`, `refill` and
 *   `cancel` never are. When they were sent but no definite answer came back (timeout, reset, 5xx,
 *   garbage), the error is `unknown_outcome` — the action may have happened. Any readable refusal
 *   (a JSON error, with any HTTP status, or an anti-bot wall that stopped the request) is a
 *   definite "not done".
 * - IDs are opaque strings (ids.ts): digits and the common ID alphabets, at most 32 characters.
 * - What the panel does not offer (no cancel, no refill) is learned from its answers and exposed
 *   (`supportsCancel`, `supportsRefill`) so the bot can hide those buttons for that panel.
 * - The key never appears in an error, a log or a thrown object.
 */
import { PanelCapabilities, runBatch, unsupportedError, type BatchHost, type BatchOptions } from "./batch.js";
import { PanelError, isUnknownActionMessage, panelErrorFromMessage } from "./errors.js";
import { isPanelId } from "./ids.js";
import {
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
  type Parsed,
} from "./schemas.js";
import { buildAddParams, validateAddInput, type ServiceInfo } from "./service-types.js";
import { PanelTransport, READ_ONLY_ACTIONS, unknownOutcome, type TransportOptions } from "./transport.js";
import type { AddOrderInput, AddOrderResult, Balance, BatchItem, OrderStatus, RefillStatus, Service } from "./types.js";

export { MAX_IDS_PER_CALL, type BatchOptions } from "./batch.js";

/** Options of a client (see transport.ts for each). */
export type PanelClientOptions = TransportOptions;

/**
 * Client of one panel. Methods take the API key as first argument (one client serves every
 * account on that panel). All failures are `PanelError`s.
 */
export class PanelClient implements BatchHost {
  /** The panel URL (no secrets: the key travels in the body). */
  readonly url: string;
  /** What this panel was seen to understand. */
  readonly capabilities = new PanelCapabilities();
  private readonly transport: PanelTransport;

  constructor(options: PanelClientOptions) {
    this.transport = new PanelTransport(options);
    this.url = this.transport.url;
  }

  /** Number of HTTP requests made so far (every attempt counts). */
  get callCount(): number {
    return this.transport.callCount;
  }

  /** False once this panel has answered that it has no `cancel` action: hide cancel buttons. */
  get supportsCancel(): boolean {
    return this.capabilities.supports("cancel");
  }

  /** False once this panel has answered that it has no `refill` action (refills are still sent: the panel decides). */
  get supportsRefill(): boolean {
    return this.capabilities.supports("refill");
  }

  /** Waits for in-flight requests and closes the own connection pool (not a given dispatcher). */
  async close(): Promise<void> {
    await this.transport.close();
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
   * after sending is `unknown_outcome` (the order may exist: check the orders before retrying);
   * any readable refusal means the order was not placed.
   */
  async add(key: string, input: AddOrderInput, service?: ServiceInfo): Promise<AddOrderResult> {
    if (!isPanelId(String(input.service).trim())) {
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
      if (item) {
        if (item.ok) return item.value;
        throw panelErrorFromMessage(item.message, { secret: key, action: "status" });
      }
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
    return runBatch(this, key, ids, {
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
    const json = await this.callOffered(key, "refill", { order });
    return this.read(parseRefillCreated(json), key, "refill");
  }

  /**
   * `refill` of many orders: the refill ID or an error per order (chunked by 100, never retried;
   * a failed call gives its chunk `unknown_outcome`). Only `invalid_key` is thrown.
   */
  async refills(key: string, ids: readonly string[], options: BatchOptions = {}): Promise<Map<string, BatchItem<string>>> {
    return runBatch(this, key, ids, {
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
    const single = parseRefillStatus(json);
    if (single.type === "malformed") {
      // Some panels answer a single refill status in the multi shape ([{"refill": 1, "status": …}]).
      const multi = parseRefillStatuses(json);
      const item = multi.type === "ok" ? multi.value.get(refill) : undefined;
      if (item) {
        if (item.ok) return item.value;
        throw panelErrorFromMessage(item.message, { secret: key, action: "refill_status" });
      }
    }
    return this.read(single, key, "refill_status");
  }

  /**
   * `refill_status` of many refills (action=refill_status with `refills`), chunked by 100:
   * a status or an error per refill (`unknown_refill` when unknown or left out). Only
   * `invalid_key` is thrown.
   */
  async refillStatuses(key: string, ids: readonly string[], options: BatchOptions = {}): Promise<Map<string, BatchItem<RefillStatus>>> {
    return runBatch(this, key, ids, {
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
   * error with reason "unsupported" (problem `cancel_unsupported`), and `supportsCancel` turns
   * false. Never retried (a failed call gives its chunk `unknown_outcome`). Only `invalid_key` is
   * thrown.
   */
  async cancel(key: string, ids: readonly string[], options: BatchOptions = {}): Promise<Map<string, BatchItem<true>>> {
    return runBatch(this, key, ids, {
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
  // BatchHost

  /** One API call (see PanelTransport.call). */
  call(key: string, action: string, params: Record<string, string>, ids: number): Promise<unknown> {
    return this.transport.call(key, action, params, ids);
  }

  /** Turns a parsed answer into its value or the matching `PanelError`. */
  read<T>(parsed: Parsed<T>, key: string, action: string): T {
    if (parsed.type === "ok") return parsed.value;
    if (parsed.type === "error") {
      if (action !== "add" && isUnknownActionMessage(parsed.message) && OPTIONAL_ACTIONS.has(action)) {
        this.capabilities.markUnsupported(action);
        throw unsupportedError(action, parsed.message);
      }
      throw panelErrorFromMessage(parsed.message, { secret: key, action });
    }
    throw this.malformedError(action);
  }

  malformedError(action: string): PanelError {
    return READ_ONLY_ACTIONS.has(action)
      ? new PanelError("unavailable", "The panel sent an answer we could not read", { action })
      : unknownOutcome(action, "an answer we could not read");
  }

  /** A call of an action some panels lack: a 4xx "unknown action" marks it unsupported. */
  private async callOffered(key: string, action: string, params: Record<string, string>): Promise<unknown> {
    try {
      return await this.call(key, action, params, 1);
    } catch (e) {
      if (e instanceof PanelError && e.panelMessage !== undefined && e.status !== undefined && isUnknownActionMessage(e.panelMessage)) {
        this.capabilities.markUnsupported(action);
        throw unsupportedError(action, e.panelMessage);
      }
      throw e;
    }
  }
}

/** Actions a panel may not offer. */
const OPTIONAL_ACTIONS: ReadonlySet<string> = new Set(["refill", "refill_status", "cancel"]);

function checkId(id: string, action: string): string {
  const s = String(id).trim();
  if (!isPanelId(s)) {
    throw new PanelError(action === "refill_status" ? "unknown_refill" : "unknown_order", "Not a valid ID", { action });
  }
  return s;
}
