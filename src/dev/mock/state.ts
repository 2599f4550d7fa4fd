/**
 * The mock panel's memory and business rules: accounts, the catalogue, orders and refills, how
 * orders move (Pending → In progress → Completed/Partial, drip-feed runs, subscription posts), and
 * what `add`, `refill` and `cancel` do. No HTTP and no wire format here: results are meanings
 * (an order, or an error code), rendered by a dialect (dialects.ts).
 */
import { addDecimal, compareDecimal, orderCost, subtractDecimal, normalizeDecimal } from "../../panel/money.js";
import { estimateCost, fieldsForType, validateAddInput, type AddInputProblem } from "../../panel/service-types.js";
import type { AddOrderInput, Decimal, Service } from "../../panel/types.js";
import { defaultCatalogue } from "../catalogue.js";
import type { MockAccount, MockOrder, MockRefill } from "./types.js";

/** What went wrong, as a meaning; each dialect has its own words for it (dialects.ts). */
export type ErrorCode =
  | "key"
  | "suspended"
  | "funds"
  | "order"
  | "refill"
  | "service"
  | "link"
  | "dripfeed"
  | "quantityMin"
  | "quantityMax"
  | "quantity"
  | "duplicate"
  | "refillDisabled"
  | "refillNotEligible"
  | "cancelDisabled"
  | "cancelRefused"
  | "request"
  | "action";

/** An error meaning, with the limit for quantity errors. */
export interface MockFailure {
  code: ErrorCode;
  limit?: number;
}

export const ACTIVE_STATUSES = new Set(["Pending", "In progress", "Processing", "Awaiting", "Queued", "Active"]);
export const FINAL_REFILL = new Set(["Completed", "Rejected", "Canceled", "Cancelled"]);

/** The ID of the n-th order: digits, or (for dialects with opaque IDs) a prefix and digits. */
export type IdFormat = (n: number) => string;
export const digitIds: IdFormat = (n) => String(n);

export class MockState {
  readonly accounts = new Map<string, MockAccount>();
  readonly orders = new Map<string, MockOrder>();
  readonly refills = new Map<string, MockRefill>();
  catalogue: Service[];
  servicesById: Map<string, Service>;
  /** Accounts whose key exists but which the panel has suspended. */
  readonly suspended = new Set<string>();
  /** Refuse a second active order for the same link (Perfect Panel's link_duplicate). */
  duplicateLinks = false;
  orderIds: IdFormat = digitIds;
  private nextOrderId: number;
  private nextRefillId = 1;

  constructor(options: { catalogue?: Service[]; firstOrderId?: number } = {}) {
    this.catalogue = options.catalogue ?? defaultCatalogue();
    this.servicesById = new Map(this.catalogue.map((s) => [s.id, s]));
    this.nextOrderId = options.firstOrderId ?? 23501;
  }

  setCatalogue(services: Service[]): void {
    this.catalogue = services;
    this.servicesById = new Map(services.map((s) => [s.id, s]));
  }

  addAccount(key: string, balance: Decimal = "100.00", currency = "USD"): MockAccount {
    const account = { key, balance: normalizeDecimal(balance), currency };
    this.accounts.set(key, account);
    return account;
  }

  private newOrderId(): string {
    return this.orderIds(this.nextOrderId++);
  }

  /** A stable pseudo start count for an order. */
  private startCount(id: string): number {
    const n = Number(id.replace(/\D/g, "") || "0");
    return (n * 37) % 5000;
  }

  ownOrder(key: string, id: string): MockOrder | undefined {
    const order = this.orders.get(id.trim());
    return order && order.key === key ? order : undefined;
  }

  ownRefill(key: string, id: string): MockRefill | undefined {
    const r = this.refills.get(id.trim());
    return r && r.key === key ? r : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // add

  /** Validates and places an order: the order, or why not. */
  add(key: string, account: MockAccount, params: Record<string, string>, input: AddOrderInput): MockOrder | MockFailure {
    const service = this.servicesById.get((params.service ?? "").trim());
    if (!service) return { code: "service" };
    const problems = validateAddInput(input, service);
    if (problems.length > 0) return failureFor(problems[0] as AddInputProblem);
    if (this.duplicateLinks && input.link !== undefined) {
      const busy = [...this.orders.values()].some((o) => o.key === key && o.link === input.link && ACTIVE_STATUSES.has(o.status));
      if (busy) return { code: "duplicate" };
    }
    const charge = estimateCost(service, input) ?? "0";
    if (compareDecimal(account.balance, charge) < 0) return { code: "funds" };
    account.balance = subtractDecimal(account.balance, charge);
    const { key: _key, action: _action, ...rest } = params;
    return this.createOrder(key, service, input, rest, charge);
  }

  createOrder(key: string, service: Service, input: AddOrderInput, params: Record<string, string>, charge: Decimal): MockOrder {
    const id = this.newOrderId();
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
      startCount: this.startCount(id),
      remains: quantity,
      status: "Pending",
      currency: this.accounts.get(key)?.currency ?? "USD",
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
    this.orders.set(id, order);
    return order;
  }

  /** Places an order directly (no charge), e.g. to seed tests. */
  seedOrder(key: string, partial: Partial<Omit<MockOrder, "id" | "key">> & { service?: string }): MockOrder {
    const serviceId = partial.service ?? this.catalogue[0]?.id ?? "1";
    const service = this.servicesById.get(serviceId);
    const id = this.newOrderId();
    const quantity = partial.quantity ?? 1000;
    const order: MockOrder = {
      id,
      key,
      service: serviceId,
      type: partial.type ?? service?.type ?? "Default",
      link: "https://instagram.com/seeded",
      quantity,
      charge: service ? orderCost(service.rate, quantity) : "0",
      startCount: this.startCount(id),
      remains: quantity,
      status: "Pending",
      currency: this.accounts.get(key)?.currency ?? "USD",
      params: {},
      createdAt: Date.now(),
      ...partial,
    };
    this.orders.set(id, order);
    return order;
  }

  private childOrder(parent: MockOrder, quantity: number): string {
    const id = this.newOrderId();
    const rate = this.servicesById.get(parent.service)?.rate ?? "0";
    this.orders.set(id, {
      id,
      key: parent.key,
      service: parent.service,
      type: "Default",
      ...(parent.link !== undefined ? { link: parent.link } : {}),
      quantity,
      charge: orderCost(rate, quantity),
      startCount: this.startCount(id),
      remains: 0,
      status: "Completed",
      currency: parent.currency,
      params: {},
      createdAt: Date.now(),
    });
    return id;
  }

  // -------------------------------------------------------------------------------------------
  // Progress

  private refund(order: MockOrder, amount: Decimal): void {
    const account = this.accounts.get(order.key);
    if (account) account.balance = addDecimal(account.balance, amount);
    order.charge = subtractDecimal(order.charge, amount);
  }

  private finish(order: MockOrder, outcome: "Completed" | "Partial"): void {
    if (outcome === "Partial" && order.quantity > 1) {
      const remains = Math.max(1, Math.floor(order.quantity / 4));
      const rate = this.servicesById.get(order.service)?.rate ?? "0";
      const back = orderCost(rate, remains, order.runs ?? 1);
      this.refund(order, compareDecimal(back, order.charge) > 0 ? order.charge : back);
      order.remains = remains;
      order.status = "Partial";
    } else {
      order.remains = 0;
      order.status = "Completed";
    }
  }

  advanceOrder(order: MockOrder, outcome?: "Completed" | "Partial"): void {
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
          if (order.runs !== undefined) order.children?.push(this.childOrder(order, order.quantity));
        }
        return;
      case "In progress":
      case "Processing":
        if (order.runs !== undefined && order.children && order.children.length < order.runs && final === "Completed") {
          order.children.push(this.childOrder(order, order.quantity));
          if (order.children.length < order.runs) return;
        }
        this.finish(order, final);
        return;
      case "Active":
        order.children?.push(this.childOrder(order, order.quantity));
        if (order.posts !== undefined && (order.children?.length ?? 0) >= order.posts) order.status = "Completed";
        return;
      default:
        return;
    }
  }

  advanceRefill(refill: MockRefill): void {
    if (refill.status === "Pending") refill.status = "In progress";
    else if (refill.status === "In progress") refill.status = "Completed";
  }

  advanceAll(): void {
    for (const order of [...this.orders.values()]) if (ACTIVE_STATUSES.has(order.status)) this.advanceOrder(order);
    for (const refill of this.refills.values()) this.advanceRefill(refill);
  }

  completeAll(): void {
    for (const order of this.orders.values()) {
      if (ACTIVE_STATUSES.has(order.status)) {
        order.status = "Completed";
        order.remains = 0;
      }
    }
    for (const refill of this.refills.values()) if (!FINAL_REFILL.has(refill.status)) refill.status = "Completed";
  }

  // -------------------------------------------------------------------------------------------
  // refill and cancel

  refillOne(key: string, id: string): { refill: string } | MockFailure {
    const order = this.ownOrder(key, id);
    if (!order) return { code: "order" };
    const service = this.servicesById.get(order.service);
    if (!service?.refill) return { code: "refillDisabled" };
    if (order.status !== "Completed" && order.status !== "Partial") return { code: "refillNotEligible" };
    const active = [...this.refills.values()].some((r) => r.orderId === order.id && !FINAL_REFILL.has(r.status));
    if (active) return { code: "refillNotEligible" };
    const refill: MockRefill = { id: String(this.nextRefillId++), orderId: order.id, key, status: "Pending" };
    this.refills.set(refill.id, refill);
    return { refill: refill.id };
  }

  cancelOne(key: string, id: string): { ok: true } | MockFailure {
    const order = this.ownOrder(key, id);
    if (!order) return { code: "order" };
    const service = this.servicesById.get(order.service);
    if (!service?.cancel) return { code: "cancelDisabled" };
    if (!ACTIVE_STATUSES.has(order.status) || order.status === "Active") return { code: "cancelRefused" };
    const back = order.status === "Pending" ? order.charge : orderCost(service.rate, order.remains, order.runs ?? 1);
    this.refund(order, compareDecimal(back, order.charge) > 0 ? order.charge : back);
    order.status = "Canceled";
    return { ok: true };
  }
}

/** The error meaning for the first problem `validateAddInput` found. */
function failureFor(problem: AddInputProblem): MockFailure {
  if (problem.field === "link" || problem.field === "media" || problem.field === "referringUrl") return { code: "link" };
  if (problem.code === "not_supported" && (problem.field === "runs" || problem.field === "interval")) return { code: "dripfeed" };
  const counted = ["quantity", "comments", "usernames", "min", "max"].includes(problem.field);
  if (counted && problem.code === "too_small" && problem.limit !== undefined) return { code: "quantityMin", limit: problem.limit };
  if (counted && problem.code === "too_large" && problem.limit !== undefined) return { code: "quantityMax", limit: problem.limit };
  if (problem.field === "quantity") return { code: "quantity" };
  return { code: "request" };
}

export const isFailure = (v: object): v is MockFailure => "code" in v;
