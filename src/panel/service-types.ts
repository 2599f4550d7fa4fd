/**
 * What an `add` call needs for each service type, as data, plus validation and form building.
 *
 * The ordering wizard should be driven entirely by this module:
 *
 * 1. `fieldsForService(service, input)` → the fields to ask for (required first, then optional),
 *    resolved for this service (drip-feed only if the service allows it, Web Traffic's keyword /
 *    referrer depending on the traffic type chosen so far).
 * 2. `FIELD_INFO[field]` → how to ask: input kind (url, integer, lines, choice, date, text), the
 *    choices for `delay` / `device` / `typeOfTraffic`, an English label.
 * 3. `splitLines(text)` turns a user's message into a list for the "one per line" fields.
 * 4. `validateAddInput(input, service)` → problems (empty list = OK) with machine-readable codes
 *    for localised messages; `effectiveQuantity` / `estimateCost` for the confirmation screen.
 * 5. `PanelClient.add(key, input, service)` validates again and sends `buildAddParams(...)`.
 */
import { normalizeDecimal, orderCost } from "./money.js";
import type { AddOrderInput, Decimal, Service } from "./types.js";

/** A field of an `add` call (the keys of `AddOrderInput` besides `service`). */
export type AddField = Exclude<keyof AddOrderInput, "service">;

/** How a field is entered and validated. */
export type FieldKind =
  /** a link: http(s) URL, bare domain with optional path, or t.me-style handle */
  | "url"
  /** a positive (or non-negative, see `min`) integer */
  | "integer"
  /** a single line of text */
  | "text"
  /** a list, one item per line (sent joined with "\n") */
  | "lines"
  /** one of `choices` (numeric values) */
  | "choice"
  /** a date as d/m/Y */
  | "date";

export interface FieldChoice {
  value: number;
  label: string;
}

export interface FieldInfo {
  field: AddField;
  /** The form field name sent to the panel. */
  param: string;
  kind: FieldKind;
  /** Short English label (the bot localises by `field`). */
  label: string;
  /** Smallest accepted value for integers (default 1). */
  min?: number;
  choices?: readonly FieldChoice[];
}

/** Subscriptions `delay` choices, in minutes. */
export const SUBSCRIPTION_DELAYS: readonly number[] = [0, 5, 10, 15, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 360, 420, 480, 540, 600];

/** Web Traffic `device` choices. */
export const WEB_TRAFFIC_DEVICES: readonly FieldChoice[] = [
  { value: 1, label: "Desktop" },
  { value: 2, label: "Android" },
  { value: 3, label: "iOS" },
  { value: 4, label: "Mixed mobile" },
  { value: 5, label: "Mixed" },
];

/** Web Traffic `type_of_traffic` choices (1 needs `googleKeyword`, 2 needs `referringUrl`). */
export const WEB_TRAFFIC_TYPES: readonly FieldChoice[] = [
  { value: 1, label: "Google keyword" },
  { value: 2, label: "Custom referrer" },
  { value: 3, label: "Blank referrer" },
];

/** Every `add` field: its form name, input kind and label. */
export const FIELD_INFO: Readonly<Record<AddField, FieldInfo>> = {
  link: { field: "link", param: "link", kind: "url", label: "Link" },
  quantity: { field: "quantity", param: "quantity", kind: "integer", label: "Quantity" },
  runs: { field: "runs", param: "runs", kind: "integer", label: "Drip-feed runs", min: 1 },
  interval: { field: "interval", param: "interval", kind: "integer", label: "Interval between runs (minutes)", min: 1 },
  keywords: { field: "keywords", param: "keywords", kind: "lines", label: "Keywords (one per line)" },
  comments: { field: "comments", param: "comments", kind: "lines", label: "Comments (one per line)" },
  usernames: { field: "usernames", param: "usernames", kind: "lines", label: "Usernames (one per line)" },
  hashtags: { field: "hashtags", param: "hashtags", kind: "lines", label: "Hashtags (one per line)" },
  hashtag: { field: "hashtag", param: "hashtag", kind: "text", label: "Hashtag" },
  username: { field: "username", param: "username", kind: "text", label: "Username" },
  media: { field: "media", param: "media", kind: "url", label: "Media link" },
  answerNumber: { field: "answerNumber", param: "answer_number", kind: "integer", label: "Answer number", min: 1 },
  groups: { field: "groups", param: "groups", kind: "lines", label: "Groups (one per line)" },
  min: { field: "min", param: "min", kind: "integer", label: "Minimum per post", min: 1 },
  max: { field: "max", param: "max", kind: "integer", label: "Maximum per post", min: 1 },
  posts: { field: "posts", param: "posts", kind: "integer", label: "New posts", min: 1 },
  oldPosts: { field: "oldPosts", param: "old_posts", kind: "integer", label: "Old posts", min: 0 },
  delay: {
    field: "delay",
    param: "delay",
    kind: "choice",
    label: "Delay (minutes)",
    choices: SUBSCRIPTION_DELAYS.map((value) => ({ value, label: value === 0 ? "No delay" : `${value} min` })),
  },
  expiry: { field: "expiry", param: "expiry", kind: "date", label: "Expiry (d/m/Y)" },
  country: { field: "country", param: "country", kind: "text", label: "Country" },
  device: { field: "device", param: "device", kind: "choice", label: "Device", choices: WEB_TRAFFIC_DEVICES },
  typeOfTraffic: {
    field: "typeOfTraffic",
    param: "type_of_traffic",
    kind: "choice",
    label: "Type of traffic",
    choices: WEB_TRAFFIC_TYPES,
  },
  googleKeyword: { field: "googleKeyword", param: "google_keyword", kind: "text", label: "Google keyword" },
  referringUrl: { field: "referringUrl", param: "referring_url", kind: "url", label: "Referring URL" },
};

/** How a type's order is priced (used by `estimateCost`). */
export type Pricing =
  /** rate × quantity / 1000 (× runs) */
  | "per1000"
  /** the rate is the price of the package */
  | "package"
  /** rate × max / 1000 per post (a per-post ceiling; the panel charges as posts come) */
  | "subscription";

/** The `add` requirements of one service type. */
export interface ServiceTypeSpec {
  /** Canonical type name as in the spec ("Default", "Custom Comments", …). */
  type: string;
  /** Fields that must be given. */
  required: readonly AddField[];
  /** Fields that may be given (drip-feed fields only when the service allows drip-feed). */
  optional: readonly AddField[];
  /**
   * When set, the quantity is the number of lines of this field: `quantity` is not asked nor sent,
   * and the line count is checked against the service's min..max.
   */
  quantityFrom?: "comments" | "usernames";
  /** Drip-feed (`runs` + `interval`) is possible for this type (still needs `service.dripfeed`). */
  dripfeed: boolean;
  pricing: Pricing;
}

const spec = (
  type: string,
  required: AddField[],
  optional: AddField[] = [],
  extra: Partial<Pick<ServiceTypeSpec, "quantityFrom" | "dripfeed" | "pricing">> = {},
): ServiceTypeSpec => ({
  type,
  required,
  optional,
  dripfeed: extra.dripfeed ?? false,
  pricing: extra.pricing ?? "per1000",
  ...(extra.quantityFrom ? { quantityFrom: extra.quantityFrom } : {}),
});

/** The per-type table of the spec. */
export const SERVICE_TYPES: readonly ServiceTypeSpec[] = [
  spec("Default", ["link", "quantity"], ["runs", "interval"], { dripfeed: true }),
  spec("Package", ["link"], [], { pricing: "package" }),
  spec("SEO", ["link", "quantity", "keywords"]),
  spec("Custom Comments", ["link", "comments"], [], { quantityFrom: "comments" }),
  spec("Custom Comments Package", ["link", "comments"], [], { pricing: "package" }),
  spec("Mentions", ["link", "quantity", "usernames"]),
  spec("Mentions with Hashtags", ["link", "quantity", "usernames", "hashtags"]),
  spec("Mentions Custom List", ["link", "usernames"], [], { quantityFrom: "usernames" }),
  spec("Mentions Hashtag", ["link", "quantity", "hashtag"]),
  spec("Mentions User Followers", ["link", "quantity", "username"]),
  spec("Mentions Media Likers", ["link", "quantity", "media"]),
  spec("Comment Likes", ["link", "quantity", "username"]),
  spec("Comment Replies", ["link", "username", "comments"], [], { quantityFrom: "comments" }),
  spec("Poll", ["link", "quantity", "answerNumber"]),
  spec("Invites from Groups", ["link", "quantity", "groups"]),
  spec("Subscriptions", ["username", "min", "max"], ["posts", "oldPosts", "delay", "expiry"], {
    pricing: "subscription",
  }),
  spec("Web Traffic", ["link", "quantity", "country", "device", "typeOfTraffic"], ["googleKeyword", "referringUrl", "runs", "interval"], {
    dripfeed: true,
  }),
];

const typeKey = (type: string): string =>
  type
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
const BY_TYPE = new Map(SERVICE_TYPES.map((s) => [typeKey(s.type), s]));
const DEFAULT_SPEC = SERVICE_TYPES[0] as ServiceTypeSpec;

/**
 * The spec of a service type, matched case- and spacing-insensitively ("custom_comments" works).
 * Unknown types fall back to Default, as the panels do.
 */
export function fieldsForType(type: string | undefined): ServiceTypeSpec {
  return (type && BY_TYPE.get(typeKey(type))) || DEFAULT_SPEC;
}

/** True if the type is one of the spec's table (otherwise it is treated as Default). */
export function isKnownServiceType(type: string): boolean {
  return BY_TYPE.has(typeKey(type));
}

/** The service properties this module needs. */
export type ServiceInfo = Pick<Service, "id" | "type" | "min" | "max" | "dripfeed"> & Partial<Pick<Service, "rate">>;

/** Fields resolved for one service (and the answers given so far). */
export interface ResolvedFields {
  spec: ServiceTypeSpec;
  required: AddField[];
  optional: AddField[];
}

/**
 * The fields to ask for this service, given what was answered so far: drip-feed fields only when
 * both the type and the service allow it; for Web Traffic, `googleKeyword` becomes required when
 * `typeOfTraffic` is 1 and `referringUrl` when it is 2 (the other one is dropped).
 */
export function fieldsForService(service: ServiceInfo, input: Partial<AddOrderInput> = {}): ResolvedFields {
  const s = fieldsForType(service.type);
  const required = [...s.required];
  let optional = s.optional.filter((f) => !((f === "runs" || f === "interval") && !(s.dripfeed && service.dripfeed)));
  if (s.type === "Web Traffic") {
    optional = optional.filter((f) => f !== "googleKeyword" && f !== "referringUrl");
    if (input.typeOfTraffic === 1) required.push("googleKeyword");
    if (input.typeOfTraffic === 2) required.push("referringUrl");
  }
  return { spec: s, required, optional };
}

/** Splits a user's text into trimmed, non-empty lines (for keywords, comments, usernames…). */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

const cleanList = (list: readonly string[] | undefined): string[] => (list ?? []).flatMap((item) => splitLines(String(item)));

/**
 * The quantity an order will have: the `quantity` field, or the line count of `comments` /
 * `usernames` for types whose quantity is derived from lines. Undefined when not applicable
 * (packages, subscriptions) or not given yet.
 */
export function effectiveQuantity(input: Partial<AddOrderInput>, type: string | undefined): number | undefined {
  const s = fieldsForType(type);
  if (s.quantityFrom) {
    const n = cleanList(input[s.quantityFrom]).length;
    return n > 0 ? n : undefined;
  }
  if (!s.required.includes("quantity")) return undefined;
  return input.quantity;
}

/**
 * Estimated cost of an order in the account currency (exact decimal string), or undefined when it
 * cannot be known yet. per1000: rate × quantity / 1000 × runs; package: the rate; subscription:
 * rate × max / 1000 × posts (the ceiling; undefined without `posts`).
 */
export function estimateCost(service: ServiceInfo & Pick<Service, "rate">, input: Partial<AddOrderInput>): Decimal | undefined {
  const s = fieldsForType(service.type);
  switch (s.pricing) {
    case "package":
      return normalizeDecimal(service.rate);
    case "subscription":
      return input.max !== undefined && input.posts !== undefined ? orderCost(service.rate, input.max, input.posts) : undefined;
    case "per1000": {
      const q = effectiveQuantity(input, service.type);
      if (q === undefined) return undefined;
      const runs = s.dripfeed && service.dripfeed && input.runs !== undefined ? input.runs : 1;
      return orderCost(service.rate, q, runs);
    }
  }
}

/** Why a field value is refused (stable codes for localised messages). */
export type ProblemCode =
  /** a required field is missing or empty */
  | "required"
  /** not a valid value for the field's kind (bad link, not an integer, bad date…) */
  | "invalid"
  /** below the minimum (`limit` holds it) */
  | "too_small"
  /** above the maximum (`limit` holds it) */
  | "too_large"
  /** not one of the field's choices */
  | "not_a_choice"
  /** the service does not support it (drip-feed on a service without it) */
  | "not_supported"
  /** `input.service` is not the service given */
  | "mismatch";

export interface AddInputProblem {
  field: AddField | "service";
  code: ProblemCode;
  /** The bound for too_small / too_large. */
  limit?: number;
  /** English explanation (for logs and as a fallback). */
  message: string;
}

const MAX_LINK_LENGTH = 2000;
const HANDLE_RE = /^@[A-Za-z0-9_.]{2,64}$/;
/** Dotted host name whose last label is alphabetic (or punycode, as URL() gives for IDN domains). */
const HOST_RE = /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/**
 * Whether a link looks acceptable to send: an http(s) URL with a real host, a bare domain with an
 * optional path ("instagram.com/p/xyz", "t.me/channel"), or a Telegram-style "@handle". No spaces,
 * no other schemes. The panel has the last word (it answers "Bad Link").
 */
export function isValidLink(link: string): boolean {
  const text = link.trim();
  if (text.length === 0 || text.length > MAX_LINK_LENGTH || /\s/.test(text)) return false;
  if (HANDLE_RE.test(text)) return true;
  let candidate = text;
  if (!/^https?:\/\//i.test(candidate)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(candidate) && !/^[^/:]+:\d+(\/|$)/.test(candidate)) return false; // other scheme
    if (candidate.startsWith("/")) return false;
    candidate = `https://${candidate}`;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.hostname.replace(/\.$/, "");
  return host === "localhost" || HOST_RE.test(host) || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);

/** Parses a d/m/Y date (day and month may have 1 or 2 digits). Undefined if invalid. */
export function parseExpiry(text: string): Date | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date;
}

/** Formats a date as the panels' d/m/Y ("05/01/2026"). */
export function formatExpiry(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

function isPresent(input: Partial<AddOrderInput>, field: AddField): boolean {
  const v = input[field];
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return cleanList(v).length > 0;
  if (typeof v === "string") return v.trim().length > 0;
  return true;
}

export interface ValidateOptions {
  /** "Today" for the expiry check (default: now). */
  now?: Date;
}

/**
 * Checks an `add` input against a service: required fields, quantity (or line count) within the
 * service's min..max, link shape, integer ranges, choices, drip-feed availability, Subscriptions'
 * min ≤ max and expiry date. Returns all problems found (empty when the input is fine).
 */
export function validateAddInput(input: Partial<AddOrderInput>, service: ServiceInfo, options: ValidateOptions = {}): AddInputProblem[] {
  const problems: AddInputProblem[] = [];
  const add = (field: AddInputProblem["field"], code: ProblemCode, message: string, limit?: number): void => {
    problems.push(limit === undefined ? { field, code, message } : { field, code, limit, message });
  };
  if (input.service !== undefined && String(input.service).trim() !== String(service.id)) {
    add("service", "mismatch", `The input is for service ${input.service}, not ${service.id}`);
  }
  const { spec: s, required, optional } = fieldsForService(service, input);

  for (const field of required) {
    if (!isPresent(input, field)) add(field, "required", `${FIELD_INFO[field].label} is required`);
  }

  // Drip-feed.
  const wantsDrip = input.runs !== undefined || input.interval !== undefined;
  if (wantsDrip && !optional.includes("runs")) {
    add("runs", "not_supported", "This service does not support drip-feed");
  } else if (wantsDrip) {
    if (input.runs === undefined) add("runs", "required", "Drip-feed needs the number of runs");
    if (input.interval === undefined) add("interval", "required", "Drip-feed needs the interval");
  }

  // Per-field checks for every field that applies and is present.
  const applicable = new Set<AddField>([...required, ...optional]);
  for (const field of applicable) {
    if (!isPresent(input, field)) continue;
    const info = FIELD_INFO[field];
    const value = input[field];
    switch (info.kind) {
      case "url":
        if (typeof value !== "string" || !isValidLink(value)) add(field, "invalid", `${info.label} is not a valid link`);
        break;
      case "text":
        if (typeof value !== "string" || /[\r\n]/.test(value.trim())) add(field, "invalid", `${info.label} must be one line`);
        break;
      case "lines":
        if (!Array.isArray(value) || cleanList(value).length === 0) {
          add(field, "required", `${info.label} is required`);
        }
        break;
      case "integer": {
        const min = info.min ?? 1;
        if (!isInt(value)) add(field, "invalid", `${info.label} must be a whole number`);
        else if (value < min) add(field, "too_small", `${info.label} must be at least ${min}`, min);
        break;
      }
      case "choice":
        if (!isInt(value) || !info.choices?.some((c) => c.value === value)) {
          add(field, "not_a_choice", `${info.label} must be one of ${(info.choices ?? []).map((c) => c.value).join(", ")}`);
        }
        break;
      case "date": {
        const date = typeof value === "string" ? parseExpiry(value) : undefined;
        if (!date) {
          add(field, "invalid", `${info.label} must be a date as d/m/Y`);
        } else {
          const now = options.now ?? new Date();
          const yesterday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1);
          if (date.getTime() < yesterday) add(field, "invalid", `${info.label} is in the past`);
        }
        break;
      }
    }
  }

  // Quantity bounds (per run for drip-feed), or the line count for derived quantities.
  const bound = (field: AddField, n: number, what: string): void => {
    if (n < service.min) add(field, "too_small", `${what} must be at least ${service.min}`, service.min);
    else if (n > service.max) add(field, "too_large", `${what} must be at most ${service.max}`, service.max);
  };
  if (s.quantityFrom) {
    const n = cleanList(input[s.quantityFrom]).length;
    if (n > 0) bound(s.quantityFrom, n, `The number of ${s.quantityFrom}`);
  } else if (required.includes("quantity") && isInt(input.quantity) && input.quantity >= 1) {
    bound("quantity", input.quantity, "Quantity");
  }

  // Subscriptions: min/max per post within the service bounds, min ≤ max.
  if (s.type === "Subscriptions" && isInt(input.min) && isInt(input.max) && input.min >= 1 && input.max >= 1) {
    if (input.min > input.max) add("max", "too_small", "Maximum must not be below minimum", input.min);
    bound("min", input.min, "Minimum");
    bound("max", input.max, "Maximum");
  }
  return problems;
}

/**
 * The exact form fields of an `add` call (besides `key` and `action`), in a stable order.
 *
 * With a service, only the fields of its type are sent (extra ones are dropped), lists are
 * cleaned and joined with "\n", and `quantity` is omitted for line-derived types. Without a
 * service, every field present is sent as is (the caller knows the type).
 */
export function buildAddParams(input: AddOrderInput, service?: Pick<Service, "type"> & Partial<ServiceInfo>): Record<string, string> {
  const params: Record<string, string> = { service: String(input.service).trim() };
  let fields: AddField[];
  if (service) {
    const resolved = fieldsForService({ id: input.service, min: 0, max: Number.MAX_SAFE_INTEGER, dripfeed: true, ...service }, input);
    fields = [...resolved.required, ...resolved.optional];
    // Keep drip-feed fields when the caller gave them and the type allows it; the panel decides.
    if (resolved.spec.dripfeed) {
      for (const f of ["runs", "interval"] as const) if (!fields.includes(f)) fields.push(f);
    }
  } else {
    fields = Object.keys(FIELD_INFO) as AddField[];
  }
  const order = Object.keys(FIELD_INFO) as AddField[];
  for (const field of order) {
    if (!fields.includes(field) || !isPresent(input, field)) continue;
    const value = input[field];
    const param = FIELD_INFO[field].param;
    if (Array.isArray(value)) params[param] = cleanList(value).join("\n");
    else params[param] = String(value).trim();
  }
  return params;
}
