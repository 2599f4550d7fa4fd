/**
 * Zod schemas for the panels' answers, tolerant of every quirk in the spec, producing the clean
 * types of types.ts.
 *
 * Quirks handled: IDs and numbers as strings or numbers; booleans as true/1/"1"/"true"/"yes";
 * missing, null or "" optional fields; errors as `{"error": "..."}`, `{"status": "error",
 * "message": "..."}`, `{"error": true, "message": "..."}` or a bare string inside a multi answer;
 * drip-feed `{status, runs, orders}` and subscription `{status, expiry, posts, orders}` status
 * shapes; "Cancelled" → "Canceled"; service lists as an array, an ID-keyed object or
 * `{services: [...]}`; multi answers as an array or an ID-keyed object.
 *
 * The `parse*` functions never throw: they return `Parsed<T>` and the client turns errors and
 * malformed answers into `PanelError`s.
 */
import { z } from "zod";
import { classifyPanelMessage, isKeyLikeMessage } from "./errors.js";
import { panelIdOf } from "./ids.js";
import { normalizeDecimal } from "./money.js";
import type { Balance, Decimal, OrderStatus, OrderStatusName, RefillStatus, RefillStatusName, Service } from "./types.js";

// ---------------------------------------------------------------------------------------------
// Results

/** Outcome of reading one answer (or one item of a multi answer). */
export type Parsed<T> =
  | { type: "ok"; value: T }
  /** The panel answered an error; `message` is its text. */
  | { type: "error"; message: string }
  /** The answer is not a shape we understand; `detail` says what was wrong (no panel data). */
  | { type: "malformed"; detail: string };

/** Outcome of one ID in a multi answer. */
export type ItemParsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ type: "ok", value });
const err = (message: string): Parsed<never> => ({ type: "error", message });
const malformed = (detail: string): Parsed<never> => ({ type: "malformed", detail });

// ---------------------------------------------------------------------------------------------
// Status names

const ORDER_STATUS: Readonly<Record<string, OrderStatusName>> = {
  pending: "Pending",
  inprogress: "In progress",
  processing: "Processing",
  completed: "Completed",
  complete: "Completed",
  partial: "Partial",
  canceled: "Canceled",
  cancelled: "Canceled",
  refunded: "Refunded",
  active: "Active",
  awaiting: "Awaiting",
  queued: "Queued",
  fail: "Fail",
  failed: "Fail",
  error: "Error",
};

const REFILL_STATUS: Readonly<Record<string, RefillStatusName>> = {
  pending: "Pending",
  inprogress: "In progress",
  processing: "In progress",
  completed: "Completed",
  complete: "Completed",
  rejected: "Rejected",
  canceled: "Canceled",
  cancelled: "Canceled",
};

const KNOWN_REFILL_STATUSES: ReadonlySet<string> = new Set(Object.values(REFILL_STATUS));

const squash = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, "");

/**
 * Canonical spelling of an order status: case and spacing are ignored, "Cancelled" becomes
 * "Canceled", "Failed" becomes "Fail". Unknown names are kept as sent (trimmed).
 */
export function normalizeOrderStatus(status: string): OrderStatusName {
  // A panel sends a handful of spellings: each is worked out once (bounded, names are data).
  const known = orderStatusSeen.get(status);
  if (known !== undefined) return known;
  const trimmed = status.trim();
  const key = squash(trimmed);
  // Own names only: "constructor" is no status.
  const name = Object.hasOwn(ORDER_STATUS, key) ? ORDER_STATUS[key]! : trimmed;
  if (orderStatusSeen.size < 256 && status.length <= 64) orderStatusSeen.set(status, name);
  return name;
}

/** Spellings already normalised (see normalizeOrderStatus). */
const orderStatusSeen = new Map<string, OrderStatusName>();

/** Canonical spelling of a refill status ("Cancelled" → "Canceled"); unknown names kept trimmed. */
export function normalizeRefillStatus(status: string): RefillStatusName {
  const trimmed = status.trim();
  const key = squash(trimmed);
  return Object.hasOwn(REFILL_STATUS, key) ? REFILL_STATUS[key]! : trimmed;
}

// ---------------------------------------------------------------------------------------------
// Scalars

/** An ID sent as a number or a string → its opaque string (see ids.ts: 1–32 of A–Z a–z 0–9 _ -). */
export const idSchema = z.union([z.string(), z.number()]).transform((v, ctx): string => {
  const s = panelIdOf(v);
  if (s === undefined) {
    ctx.addIssue({ code: "custom", message: "not an ID" });
    return z.NEVER;
  }
  return s;
});

/** "1,234.50" → "1234.50"; anything else as sent (thousands separators only in the standard grouping). */
function stripThousands(v: string | number): string | number {
  return typeof v === "string" && /^\s*-?\d{1,3}(,\d{3})+(\.\d+)?\s*$/.test(v) ? v.replace(/,/g, "") : v;
}

/** Money or rate as string or number → normalised decimal string. */
export const decimalSchema = z.union([z.string(), z.number()]).transform((v, ctx): Decimal => {
  try {
    return normalizeDecimal(stripThousands(v));
  } catch {
    ctx.addIssue({ code: "custom", message: "not a decimal" });
    return z.NEVER;
  }
});

/** An integer as number or string ("3572", "157.0") → number. */
export const intSchema = z.union([z.string(), z.number()]).transform((v, ctx): number => {
  const n = typeof v === "number" ? v : /^\s*[+-]?\d+(\.0*)?\s*$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(n)) {
    ctx.addIssue({ code: "custom", message: "not an integer" });
    return z.NEVER;
  }
  return n;
});

/** A boolean as true/false, 1/0, "1"/"0", "true"/"false", "yes"/"no" (anything else is false). */
export const boolSchema = z
  .unknown()
  .optional()
  .transform((v): boolean => {
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return v === 1;
    if (typeof v === "string") return /^(1|true|yes|on)$/i.test(v.trim());
    return false;
  });

/** Text that may come as a number (names like 2024). */
const textSchema = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

/** Optional and lenient: null, "" and unreadable values become undefined instead of failing. */
const lenient = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v), schema.optional()).catch(undefined);

/** Drops keys whose value is undefined (clean objects compare and log nicely). */
function compact<T extends object>(obj: T): T {
  for (const k of Object.keys(obj) as (keyof T)[]) if (obj[k] === undefined) delete obj[k];
  return obj;
}

// ---------------------------------------------------------------------------------------------
// Errors

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The first non-empty text among `values` (strings only). */
function firstText(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === "string" && v.trim() !== "") return v.trim();
  return undefined;
}

/** `status` / `success` / `ok` values meaning "this is an error". */
const failed = (value: Record<string, unknown>): boolean => {
  const st = value.status;
  if (st === false || (typeof st === "string" && /^(error|false)$/i.test(st.trim()))) return true;
  const su = value.success;
  return su === false || su === 0 || su === "false" || value.ok === false;
};

/**
 * The error text of an error-shaped answer, or undefined if `value` is not an error:
 * `{"error": "..."}`, `{"error": {"message": "..."}}`, `{"error": true, "message": "..."}`,
 * `{"status": "error", "message"|"msg": "..."}`, `{"success": false, "message"|"msg"|"error": "..."}`.
 * A raw key in `error` next to a human text (`{"status":"error","msg":"Số lượng tối thiểu là 100",
 * "error":"neworder.error.min_quantity"}`) gives both: "Số lượng tối thiểu là 100 (neworder.error.min_quantity)".
 * With `allowBareString`, a bare string is an error too (multi answers of some panels).
 */
export function errorMessageOf(value: unknown, allowBareString = false): string | undefined {
  if (typeof value === "string") return allowBareString ? value.trim() || "Unknown error" : undefined;
  if (!isRecord(value)) return undefined;
  const e = value.error ?? value.errors;
  const isFailed = failed(value);
  if (e === undefined && !isFailed) return undefined; // the usual success object: nothing more to look at
  const human = firstText(value.message, value.msg, value.error_message, value.errorMessage);
  let text: string | undefined;
  if (typeof e === "string" && e.trim() !== "") text = e.trim();
  else if (isRecord(e)) text = firstText(e.message, e.msg) ?? (isFailed || human === undefined ? "Unknown error" : undefined);
  else if (Array.isArray(e) && typeof e[0] === "string" && e[0].trim() !== "") text = e[0].trim();
  if (text !== undefined) {
    if (isKeyLikeMessage(text) && human !== undefined && !isKeyLikeMessage(human)) return `${human} (${text})`;
    return text;
  }
  if ((e === true || e === 1 || e === "1") && human !== undefined) return human;
  // Laravel's validation answer: {"message": "The order field is required.", "errors": {"order": [...]}}.
  if (isRecord(value.errors) && human !== undefined) return human;
  if (isFailed && (human !== undefined || e !== undefined)) return human ?? "Unknown error";
  if (isFailed && typeof value.data === "string" && value.data.trim() !== "") return value.data.trim();
  return undefined;
}

/**
 * The object that carries an answer's fields: the answer itself, or its `data` object when the
 * answer wraps it (`{"status": "success", "data": {"order": 1}}`) and lacks `field` itself.
 */
function payload(json: unknown, field: string): unknown {
  if (isRecord(json) && !(field in json) && isRecord(json.data)) return json.data;
  return json;
}

// ---------------------------------------------------------------------------------------------
// Answer schemas

/** `balance`: `{"balance": "100.84292", "currency": "USD"}`. A missing currency becomes "". */
export const balanceSchema = z
  .object({ balance: decimalSchema, currency: lenient(textSchema) })
  .transform((b): Balance => ({ balance: b.balance, currency: (b.currency ?? "").toUpperCase() }));

/** One service of `services`. Missing type → "Default", missing flags → false. */
export const serviceSchema = z
  .object({
    service: idSchema,
    name: textSchema,
    type: lenient(textSchema),
    category: lenient(textSchema),
    rate: decimalSchema.catch((c) => `?${String(c.input).slice(0, 40)}`), // kept, unorderable: catalogue/sanity.ts
    min: lenient(intSchema),
    max: lenient(intSchema),
    refill: boolSchema,
    cancel: boolSchema,
    dripfeed: boolSchema,
    desc: lenient(textSchema),
    description: lenient(textSchema),
    average_time: lenient(textSchema),
    avg_time: lenient(textSchema),
    "average time": lenient(textSchema),
    averageTime: lenient(textSchema),
  })
  .transform((s): Service =>
    compact({
      id: s.service,
      name: s.name,
      type: s.type || "Default",
      category: s.category ?? "",
      rate: s.rate,
      min: s.min ?? 1,
      max: s.max ?? Number.MAX_SAFE_INTEGER,
      refill: s.refill,
      cancel: s.cancel,
      dripfeed: s.dripfeed,
      description: s.desc ?? s.description,
      averageTime: s.average_time ?? s.avg_time ?? s["average time"] ?? s.averageTime,
    }),
  );

/** `add`: `{"order": 23501}` or `{"order_id": "23501"}` (a `data` wrapper is unwrapped first). */
export const addResultSchema = z
  .union([z.object({ order: idSchema }), z.object({ order_id: idSchema })])
  .transform((r) => ({ order: "order" in r ? r.order : r.order_id }));

/** Child order IDs: an array of IDs, or a comma-separated string. */
const idListSchema = z.union([z.array(z.unknown()), z.string(), z.number()]).transform((v): string[] => {
  const items = Array.isArray(v) ? v : String(v).split(/[\s,]+/);
  return items.flatMap((item) => {
    const r = idSchema.safeParse(item);
    return r.success ? [r.data] : [];
  });
});

/**
 * One order status: the standard `{charge, start_count, status, remains, currency}`, drip-feed
 * `{status, runs, orders}` and subscription `{status, expiry, posts, orders}` shapes.
 */
export const orderStatusSchema = z
  .object({
    status: textSchema.refine((s) => s.length > 0, "empty status"),
    charge: lenient(decimalSchema),
    start_count: lenient(intSchema),
    remains: lenient(intSchema),
    currency: lenient(textSchema),
    runs: lenient(intSchema),
    orders: lenient(idListSchema),
    posts: lenient(intSchema),
    expiry: lenient(textSchema),
  })
  .transform((s): OrderStatus =>
    compact({
      status: normalizeOrderStatus(s.status),
      charge: s.charge,
      startCount: s.start_count,
      remains: s.remains,
      currency: s.currency?.toUpperCase(),
      runs: s.runs,
      orders: s.orders,
      posts: s.posts,
      expiry: s.expiry,
    }),
  );

/** `refill_status` (single): `{"status": "Completed"}`. */
export const refillStatusSchema = z
  .object({ status: textSchema.refine((s) => s.length > 0, "empty status") })
  .transform((r): RefillStatus => ({ status: normalizeRefillStatus(r.status) }));

// ---------------------------------------------------------------------------------------------
// Parsers for whole answers

function parseWith<T>(schema: z.ZodType<T>, json: unknown, what: string): Parsed<T> {
  const e = errorMessageOf(json);
  if (e !== undefined) return err(e);
  const r = schema.safeParse(json);
  return r.success ? ok(r.data) : malformed(`unexpected ${what} answer`);
}

/** Reads a `balance` answer (`{"balance": "1,234.50", "currency": "USD"}`, maybe under `data`). */
export const parseBalance = (json: unknown): Parsed<Balance> => {
  const e = errorMessageOf(json);
  return e !== undefined ? err(e) : parseWith(balanceSchema, payload(json, "balance"), "balance");
};

/** Reads an `add` answer (`{"order": ...}`, `{"order_id": ...}`, maybe under `data`). */
export const parseAddResult = (json: unknown): Parsed<{ order: string }> => {
  const e = errorMessageOf(json);
  if (e !== undefined) return err(e);
  return parseWith(addResultSchema, isRecord(json) && ("order" in json || "order_id" in json) ? json : payload(json, "order"), "add");
};

/** Reads a single `status` answer. */
export const parseOrderStatus = (json: unknown): Parsed<OrderStatus> => parseWith(orderStatusSchema, json, "status");

/** Reads a single `refill_status` answer (`{"status": "Completed"}` or `{"status": {"error": ...}}`). */
export const parseRefillStatus = (json: unknown): Parsed<RefillStatus> => {
  if (isRecord(json) && isRecord(json.status)) {
    const e = errorMessageOf(json.status);
    if (e !== undefined) return err(e);
  }
  return parseWith(refillStatusSchema, json, "refill status");
};

/** The result of reading a `services` answer: the services, and how many entries were unreadable. */
export interface ParsedServices {
  services: Service[];
  /** Entries skipped because they were not readable services (one bad row must not hide the rest). */
  skipped: number;
}

/** Reads a `services` answer: an array, an ID-keyed object, or `{services: [...]}` / `{data: [...]}`. */
export function parseServices(json: unknown): Parsed<ParsedServices> {
  const e = errorMessageOf(json);
  if (e !== undefined) return err(e);
  let items: unknown[];
  // SmartPanel's empty catalogue: {"status": "success", "data": "Empty Data"}.
  if (isRecord(json) && typeof json.data === "string" && /^\s*(empty(\s+data)?|no\s+(data|services?)(\s+found)?)\s*$/i.test(json.data)) {
    return ok({ services: [], skipped: 0 });
  }
  if (Array.isArray(json)) items = json;
  else if (isRecord(json) && Array.isArray(json.services)) items = json.services;
  else if (isRecord(json) && Array.isArray(json.data)) items = json.data;
  else if (isRecord(json) && Object.values(json).every(isRecord)) {
    items = Object.entries(json).map(([id, v]) => ({ service: id, ...(v as Record<string, unknown>) }));
  } else return malformed("unexpected services answer");
  const services: Service[] = [];
  let skipped = 0;
  for (const item of items) {
    const fast = readStandardService(item);
    if (fast) {
      services.push(fast);
      continue;
    }
    const r = serviceSchema.safeParse(item);
    if (r.success) services.push(r.data);
    else skipped += 1;
  }
  if (services.length === 0 && skipped > 0) return malformed("no readable service in the services answer");
  return ok({ services, skipped });
}

/** Reads a single `refill` answer: `{"refill": "1"}` (or `{"refill": {"error": ...}}`). */
export function parseRefillCreated(json: unknown): Parsed<string> {
  const e = errorMessageOf(json);
  if (e !== undefined) return err(e);
  if (!isRecord(json) || !("refill" in json)) return malformed("unexpected refill answer");
  return refillValue(json.refill, "refill");
}

function refillValue(value: unknown, what: string): Parsed<string> {
  const e = errorMessageOf(value, true);
  const id = idSchema.safeParse(value);
  if (id.success) return ok(id.data);
  if (e !== undefined) return err(e);
  if (value === false || value === 0 || value === null) return err("Refill is not available for this order");
  return malformed(`unexpected ${what} value`);
}

function cancelValue(value: unknown): Parsed<true> {
  if (value === true || value === 1 || (typeof value === "string" && /^(1|true|ok|success|yes)$/i.test(value.trim()))) {
    return ok(true);
  }
  // Some panels answer the ID of the cancel request, or an object describing success.
  if (typeof value === "number" && value > 1) return ok(true);
  if (isRecord(value) && (value.success === true || value.status === "success" || value.cancel === 1)) return ok(true);
  const e = errorMessageOf(value, true);
  if (e !== undefined) return err(e);
  if (value === false || value === 0 || value === "0" || value === null) return err("Order cannot be canceled");
  return malformed("unexpected cancel value");
}

/** Per-ID results of a multi answer; IDs the panel did not mention are absent. */
export type MultiParsed<T> = Parsed<Map<string, ItemParsed<T>>>;

const toItem = <T>(p: Parsed<T>): ItemParsed<T> =>
  p.type === "ok" ? { ok: true, value: p.value } : { ok: false, message: p.type === "error" ? p.message : p.detail };

/**
 * Reads a multi `status` answer: ID → status object, `{"error": ...}` or (quirk) a bare string.
 * Also accepts an array of status objects carrying an `order`/`id` field.
 */
export function parseOrderStatuses(json: unknown): MultiParsed<OrderStatus> {
  const e = errorMessageOf(json);
  if (e !== undefined) return err(e);
  const out = new Map<string, ItemParsed<OrderStatus>>();
  if (Array.isArray(json)) {
    for (const item of json) {
      if (!isRecord(item)) continue;
      const id = idSchema.safeParse(item.order ?? item.order_id ?? item.id);
      if (!id.success) continue;
      out.set(id.data, parseStatusItem(item));
    }
    return ok(out);
  }
  if (!isRecord(json)) return malformed("unexpected multi-status answer");
  // for…in over a parsed JSON object: its own keys, without Object.entries' pair per key.
  for (const key in json) {
    if (!Object.hasOwn(json, key)) continue;
    const value = json[key];
    // Plain digit keys (the usual) are IDs as they are; anything else goes through the schema.
    if (/^\d{1,32}$/.test(key)) {
      out.set(key, parseStatusItem(value));
      continue;
    }
    // Field names of a single answer ("status", "charge") are no IDs: keys must hold a digit.
    const id = /\d/.test(key) ? idSchema.safeParse(key) : undefined;
    if (!id?.success) continue;
    out.set(id.data, parseStatusItem(value));
  }
  return ok(out);
}

/** One entry of a multi-status answer, as its item (one object per entry: the poller reads thousands). */
function parseStatusItem(value: unknown): ItemParsed<OrderStatus> {
  const e = errorMessageOf(value, true);
  if (e !== undefined) return { ok: false, message: e };
  const standard = readStandardStatus(value);
  if (standard) return { ok: true, value: standard };
  const r = orderStatusSchema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, message: "unexpected status entry" };
}

/** Keys of the drip-feed and subscription shapes, left to {@link orderStatusSchema}. */
const NON_STANDARD_STATUS_KEYS = ["runs", "orders", "posts", "expiry"] as const;

/** `lenient(...)`'s first step: null and blank strings are "absent". */
const absent = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * {@link orderStatusSchema} without zod for the common shape `{status, charge, start_count,
 * remains, currency}` with a non-empty string status: the same result, with a fraction of the
 * allocations (the poller reads thousands of these per cycle). Undefined for anything else (then
 * the schema decides). test/panel/schemas-fast.test.ts checks both agree.
 */
export function readStandardStatus(value: unknown): OrderStatus | undefined {
  if (!isRecord(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  if (typeof value.status !== "string") return undefined;
  for (const k of NON_STANDARD_STATUS_KEYS) if (value[k] !== undefined) return undefined;
  const status = value.status.trim();
  if (status === "") return undefined;
  const out: OrderStatus = { status: normalizeOrderStatus(status) };
  const charge = leniently(value.charge, readDecimal);
  if (charge !== undefined) out.charge = charge;
  const startCount = leniently(value.start_count, readInt);
  if (startCount !== undefined) out.startCount = startCount;
  const remains = leniently(value.remains, readInt);
  if (remains !== undefined) out.remains = remains;
  const currency = leniently(value.currency, readTrimmed);
  if (currency !== undefined) out.currency = currency.toUpperCase();
  return out;
}

/**
 * {@link serviceSchema} without zod for the common shape (a plain object with an id of digits, a
 * string name and a readable rate): the same result, a fraction of the time (a 100,000-service
 * list took 650 ms through zod). Undefined for anything else (then the schema decides).
 * test/panel/schemas-fast.test.ts checks both agree.
 */
export function readStandardService(value: unknown): Service | undefined {
  if (!isRecord(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const rawId = value.service;
  let id: string;
  if (typeof rawId === "number") {
    if (!Number.isSafeInteger(rawId) || rawId < 0) return undefined;
    id = String(rawId);
  } else if (typeof rawId === "string") {
    id = rawId.trim();
    if (!/^\d{1,30}$/.test(id)) return undefined;
  } else return undefined;
  if (typeof value.name !== "string") return undefined;
  const rawRate = value.rate;
  if (typeof rawRate !== "string" && !(typeof rawRate === "number" && Number.isFinite(rawRate))) return undefined;
  let rate: Decimal;
  try {
    rate = normalizeDecimal(rawRate);
  } catch {
    return undefined;
  }
  const out: Service = {
    id,
    name: value.name.trim(),
    type: leniently(value.type, text) || "Default",
    category: leniently(value.category, text) ?? "",
    rate,
    min: leniently(value.min, readInt) ?? 1,
    max: leniently(value.max, readInt) ?? Number.MAX_SAFE_INTEGER,
    refill: readBool(value.refill),
    cancel: readBool(value.cancel),
    dripfeed: readBool(value.dripfeed),
  };
  const description = leniently(value.desc, text) ?? leniently(value.description, text);
  if (description !== undefined) out.description = description;
  const averageTime =
    leniently(value.average_time, text) ??
    leniently(value.avg_time, text) ??
    leniently(value["average time"], text) ??
    leniently(value.averageTime, text);
  if (averageTime !== undefined) out.averageTime = averageTime;
  return out;
}

/** A text field as the schema reads it (a number becomes its decimal text). */
const text = (v: string | number): string => (typeof v === "string" ? v.trim() : String(v));

/** {@link boolSchema}'s transform. */
function readBool(v: unknown): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1;
  if (typeof v === "string") return /^(1|true|yes|on)$/i.test(v.trim());
  return false;
}

/** `lenient(z.union([z.string(), z.number()]).transform(read))` without zod: failures are undefined. */
function leniently<T>(v: unknown, read: (v: string | number) => T | undefined): T | undefined {
  if (absent(v)) return undefined;
  if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v))) return undefined;
  try {
    return read(v);
  } catch {
    return undefined;
  }
}

/** Readers for {@link leniently}, made once (not a closure per call). */
const readDecimal = (v: string | number): Decimal => normalizeDecimal(v);
const readTrimmed = (v: string | number): string => String(v).trim();

/** {@link intSchema}'s transform: undefined where it adds an issue. */
function readInt(v: string | number): number | undefined {
  if (typeof v === "string") {
    // The usual "1234": read digit by digit (the poller reads two per order); the rest by the pattern.
    let n = 0;
    let i = 0;
    for (; i < v.length && i < 15; i++) {
      const d = v.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === v.length && i > 0) return n;
  }
  const n = typeof v === "number" ? v : /^\s*[+-]?\d+(\.0*)?\s*$/.test(v) ? Number(v) : Number.NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * Reads a multi answer shaped `[{<idField>: 1, <valueField>: ...}, ...]` (or an ID-keyed object).
 */
function parseMulti<T>(json: unknown, idField: string, valueField: string, readValue: (value: unknown) => Parsed<T>): MultiParsed<T> {
  const e = errorMessageOf(json);
  if (e !== undefined) return err(e);
  const out = new Map<string, ItemParsed<T>>();
  if (Array.isArray(json)) {
    for (const item of json) {
      if (!isRecord(item)) continue;
      const id = idSchema.safeParse(item[idField] ?? item[`${idField}_id`]);
      if (!id.success) continue;
      // An item error may be the whole item: {"order": 3, "error": "Incorrect order ID"}.
      const value = valueField in item ? item[valueField] : item;
      out.set(id.data, toItem(readValue(value)));
    }
    return ok(out);
  }
  if (isRecord(json)) {
    for (const [key, value] of Object.entries(json)) {
      const id = /\d/.test(key) ? idSchema.safeParse(key) : undefined;
      if (!id?.success) continue;
      const inner = isRecord(value) && valueField in value ? value[valueField] : value;
      out.set(id.data, toItem(readValue(inner)));
    }
    if (out.size > 0) return ok(out);
  }
  return malformed(`unexpected multi-${valueField} answer`);
}

/** Reads a multi `refill` answer: `[{"order": 1, "refill": 1}, {"order": 3, "refill": {"error": ...}}]`. */
export const parseRefillsCreated = (json: unknown): MultiParsed<string> => parseMulti(json, "order", "refill", (v) => refillValue(v, "refill"));

/** Reads a multi `refill_status` answer: `[{"refill": 1, "status": "Completed"}, {"refill": 3, "status": {"error": ...}}]`. */
export const parseRefillStatuses = (json: unknown): MultiParsed<RefillStatus> =>
  parseMulti(json, "refill", "status", (v) => {
    const e = errorMessageOf(v, false);
    if (e !== undefined) return err(e);
    if (typeof v === "string" && v.trim() !== "") {
      const status = normalizeRefillStatus(v);
      // A bare string that is no known status but reads like an error ("Refill not found") is one.
      if (!KNOWN_REFILL_STATUSES.has(status) && classifyPanelMessage(v).reason !== "other") return err(v.trim());
      return ok({ status });
    }
    return malformed("unexpected refill status value");
  });

/** Reads a multi `cancel` answer: `[{"order": 9, "cancel": {"error": ...}}, {"order": 2, "cancel": 1}]`. */
export const parseCancels = (json: unknown): MultiParsed<true> => parseMulti(json, "order", "cancel", cancelValue);

/**
 * Reads a single-order `cancel` answer (panels that take `order` instead of `orders`):
 * `{"cancel": 1}`, `{"order": 9, "cancel": 1}` or an error.
 */
export function parseCancelSingle(json: unknown): Parsed<true> {
  const e = errorMessageOf(json);
  if (e !== undefined) return err(e);
  if (isRecord(json) && "cancel" in json) return cancelValue(json.cancel);
  if (isRecord(json) && (json.success === true || json.status === "success" || json.status === "ok")) return ok(true);
  return malformed("unexpected cancel answer");
}
