/**
 * Mass orders (domain, no UI): reading the lines of a /mass message — `service | link | quantity`,
 * also with spaces, commas or semicolons between the three — and checking each against the
 * catalogue. A line is refused with a reason code (the bot turns it into words); a valid line gets
 * its price. Pure: the caller gives the catalogue index, nothing is read or written here.
 */
import type { CatalogueIndex } from "../catalogue/catalogue-index.js";
import { estimateCost, fieldsForService, isValidLink, validateAddInput } from "../panel/service-types.js";
import { sumDecimals } from "../panel/money.js";
import type { Decimal, Service } from "../panel/types.js";

/** Most lines one mass order takes. */
export const MASS_MAX_LINES = 100;

export type MassReason =
  | { code: "format" }
  | { code: "unknown-service"; id: string }
  | { code: "needs-fields"; type: string }
  | { code: "bad-link" }
  | { code: "bad-quantity" }
  | { code: "quantity-range"; min: number; max: number }
  | { code: "invalid" };

export interface CheckedLine {
  /** 1-based number among the non-empty lines. */
  n: number;
  text: string;
  service?: Service;
  link?: string;
  quantity?: number;
  price?: Decimal;
  reason?: MassReason;
}

export interface MassCheck {
  lines: CheckedLine[];
  valid: number;
  /** Sum of the valid lines' prices. */
  total: Decimal;
  /** Non-empty lines beyond MASS_MAX_LINES (ignored). */
  over: number;
}

/** Splits one line into its parts: on "|" if present, else ";", else spaces and commas. */
export function splitMassLine(line: string): string[] {
  const sep = line.includes("|") ? /\s*\|\s*/ : line.includes(";") ? /\s*;\s*/ : /[\s,]+/;
  return line
    .trim()
    .split(sep)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Checks one line against the catalogue. */
export function checkMassLine(index: CatalogueIndex, n: number, text: string): CheckedLine {
  const out: CheckedLine = { n, text };
  const parts = splitMassLine(text);
  if (parts.length !== 3) return { ...out, reason: { code: "format" } };
  const [id, link, qty] = parts as [string, string, string];
  const service = index.service(id.replace(/^#/, ""));
  if (!service) return { ...out, reason: { code: "unknown-service", id: id.slice(0, 24) } };
  out.service = service;
  const { required } = fieldsForService(service);
  if (!required.every((f) => f === "link" || f === "quantity") || !required.includes("quantity")) {
    return { ...out, reason: { code: "needs-fields", type: service.type } };
  }
  if (!isValidLink(link)) return { ...out, reason: { code: "bad-link" } };
  out.link = link;
  const digits = qty.replace(/[\s_.,'’]/g, "");
  if (!/^\d{1,12}$/.test(digits)) return { ...out, reason: { code: "bad-quantity" } };
  const quantity = Number(digits);
  if (quantity < service.min || quantity > service.max)
    return { ...out, reason: { code: "quantity-range", min: service.min, max: service.max } };
  out.quantity = quantity;
  const input = { service: service.id, link, quantity };
  if (validateAddInput(input, service).length > 0) return { ...out, reason: { code: "invalid" } };
  const price = estimateCost(service, input);
  return price !== undefined ? { ...out, price } : out;
}

/** Checks every non-empty line of a message (at most MASS_MAX_LINES). */
export function checkMassText(index: CatalogueIndex, text: string): MassCheck {
  const raw = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const taken = raw.slice(0, MASS_MAX_LINES);
  const lines = taken.map((l, i) => checkMassLine(index, i + 1, l));
  const valid = lines.filter((l) => !l.reason);
  return { lines, valid: valid.length, total: sumDecimals(valid.map((l) => l.price ?? "0")), over: raw.length - taken.length };
}
