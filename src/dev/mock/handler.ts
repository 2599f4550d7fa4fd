/**
 * One API call of the mock panel: authentication, the action, and the answer in the current
 * dialect (dialects.ts) bent by the quirks (other panels' encodings and missing actions).
 */
import { formatDecimal } from "../../panel/money.js";
import { FIELD_INFO, type AddField, fieldsForType } from "../../panel/service-types.js";
import type { AddOrderInput, Decimal } from "../../panel/types.js";
import type { Dialect, Json, Rendered } from "./dialects.js";
import { isFailure, type MockFailure, type MockState } from "./state.js";
import type { MockOrder, MockQuirks } from "./types.js";

export type Reply = { status: number; body: string; headers?: Record<string, string> };

export const jsonReply = (value: Json, status = 200): Reply => ({
  status,
  body: JSON.stringify(value),
  headers: { "content-type": "application/json; charset=utf-8" },
});

export interface HandlerContext {
  state: MockState;
  quirks: MockQuirks;
  dialect: Dialect;
  maxIds: number;
}

/** Carries out one API call (auth included). */
export function handle(ctx: HandlerContext, params: Record<string, string>): Reply {
  const { state, quirks, dialect } = ctx;

  // Encoding helpers (quirks).
  /** A value the standard sends as a JSON number (order IDs, refill IDs, service IDs). */
  const num = (v: string | number): string | number => (quirks.stringNumbers || !/^\d+$/.test(String(v)) ? String(v) : Number(v));
  /** A value the standard sends as a string (rates, charges, counts). */
  const str = (v: string | number): string | number => (quirks.stringNumbers ? Number(v) : String(v));
  const bool = (v: boolean): boolean | number => (quirks.stringNumbers ? (v ? 1 : 0) : v);
  const money = (v: Decimal): string => formatDecimal(v, { minDecimals: 2, maxDecimals: 5 });

  const top = (f: MockFailure, action: string): Reply => {
    if (quirks.statusMessageErrors && dialect.name === "standard") return jsonReply({ status: "error", message: dialect.text(f, action) });
    const r: Rendered = dialect.error(f, action);
    return jsonReply(r.json, r.status);
  };
  const item = (f: MockFailure, action: string): Json => (quirks.bareStringErrors ? dialect.text(f, action) : dialect.itemError(f, action));
  const lacking = (action: string): Reply => {
    const r = dialect.lackingAnswer ?? dialect.error({ code: "action" }, action);
    return jsonReply(r.json, r.status);
  };

  const statusOf = (order: MockOrder): Json => {
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
  };

  const idList = (value: string | undefined): string[] | undefined =>
    value === undefined
      ? undefined
      : value
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s.length > 0);

  const key = params.key ?? "";
  const action = params.action ?? "";
  const account = state.accounts.get(key);
  if (!account) return top({ code: "key" }, action);
  if (state.suspended.has(key)) return top({ code: "suspended" }, action);
  if (dialect.lacks.has(action)) return lacking(action);
  switch (action) {
    case "balance":
      return jsonReply(dialect.balance(str(money(account.balance)), account.currency));
    case "services":
      if (state.catalogue.length === 0) return jsonReply(dialect.emptyCatalogue);
      return jsonReply(
        state.catalogue.map((s) => ({
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
          ...(s.averageTime ? { average_time: s.averageTime } : {}),
        })),
      );
    case "add": {
      const result = state.add(key, account, params, inputFromParams(params));
      if (isFailure(result)) return top(result, action);
      return jsonReply(dialect.added(num(result.id)));
    }
    case "status": {
      const many = idList(params.orders);
      if (many) {
        if (many.length > ctx.maxIds) return top({ code: "request" }, action);
        if (dialect.multiStatus === "list") {
          const found = many.map((id) => state.ownOrder(key, id)).filter((o): o is MockOrder => o !== undefined);
          return jsonReply(found.map((o) => ({ order: num(o.id), ...(statusOf(o) as object) })));
        }
        const out: Record<string, Json> = {};
        for (const id of many) {
          const order = state.ownOrder(key, id);
          out[id] = order ? statusOf(order) : item({ code: "order" }, action);
        }
        return jsonReply(out);
      }
      const order = state.ownOrder(key, params.order ?? "");
      return order ? jsonReply(statusOf(order)) : top({ code: "order" }, action);
    }
    case "refill": {
      if (quirks.noRefill) return top({ code: "request" }, action);
      const many = idList(params.orders);
      if (many) {
        if (many.length > ctx.maxIds) return top({ code: "request" }, action);
        return jsonReply(
          many.map((id) => {
            const r = state.refillOne(key, id);
            return { order: num(id), refill: "refill" in r ? num(r.refill) : item(r, action) };
          }),
        );
      }
      const r = state.refillOne(key, params.order ?? "");
      return "refill" in r ? jsonReply({ refill: quirks.stringNumbers ? Number(r.refill) : r.refill }) : top(r, action);
    }
    case "refill_status": {
      if (quirks.noRefill) return top({ code: "request" }, action);
      const many = idList(params.refills);
      if (many) {
        if (many.length > ctx.maxIds) return top({ code: "request" }, action);
        return jsonReply(
          many.map((id) => {
            const r = state.ownRefill(key, id);
            return { refill: num(id), status: r ? r.status : item({ code: "refill" }, action) };
          }),
        );
      }
      const r = state.ownRefill(key, params.refill ?? "");
      return r ? jsonReply({ status: r.status }) : top({ code: "refill" }, action);
    }
    case "cancel": {
      if (quirks.noCancel) return top({ code: "request" }, action);
      const many = idList(params.orders);
      if (many && quirks.singleCancel) return top({ code: "order" }, action);
      if (many) {
        if (many.length > ctx.maxIds) return top({ code: "request" }, action);
        return jsonReply(
          many.map((id) => {
            const r = state.cancelOne(key, id);
            return { order: num(id), cancel: "ok" in r ? 1 : item(r, action) };
          }),
        );
      }
      const r = state.cancelOne(key, params.order ?? "");
      return "ok" in r ? jsonReply({ cancel: 1 }) : top(r, action);
    }
    default:
      return top({ code: "action" }, action);
  }
}

/** Turns `add` form fields back into an `AddOrderInput` (lists split on new lines). */
export function inputFromParams(params: Record<string, string>): AddOrderInput {
  const input: Record<string, unknown> = { service: (params.service ?? "").trim() };
  for (const info of Object.values(FIELD_INFO)) {
    const raw = params[info.param];
    if (raw === undefined || raw.trim() === "") continue;
    const field: AddField = info.field;
    if (info.kind === "lines")
      input[field] = raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    else if (info.kind === "integer" || info.kind === "choice") input[field] = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
    else input[field] = raw.trim();
  }
  return input as unknown as AddOrderInput;
}
