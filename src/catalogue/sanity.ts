/**
 * Catalogue sanity (issue 12, item 7): a services list entry the bot cannot order safely — limits
 * that cannot hold (min > max, negative, zero max), a rate that is negative, unreadable ("1,20")
 * or absurd (1e308) — stays listed but is kept out of ordering, with a reason: its card says it
 * is unavailable and the order wizard refuses it. Duplicate service IDs (the first entry wins)
 * and unavailable entries are logged once per catalogue load, with counts.
 */
import type { Service } from "../panel/types.js";

/** Highest believable price per 1000 units (anything above is a panel bug, not a price). */
export const MAX_SANE_RATE = 1_000_000_000;

const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

/** Why a service cannot be ordered (English, for logs), or undefined when it can. */
export function serviceProblem(s: Service): string | undefined {
  const rate = String(s.rate);
  if (!DECIMAL_RE.test(rate)) return `unreadable rate "${rate.replace(/^\?/, "").slice(0, 40)}"`;
  if (rate.startsWith("-")) return `negative rate ${rate}`;
  const whole = rate.split(".")[0]!.replace(/^0+/, "");
  if (whole.length > String(MAX_SANE_RATE).length - 1 || Number(whole) > MAX_SANE_RATE) return `implausible rate ${rate.slice(0, 20)}…`;
  if (!Number.isSafeInteger(s.min) || !Number.isSafeInteger(s.max)) return "unreadable limits";
  if (s.min < 0 || s.max < 0) return `negative limits (${s.min}–${s.max})`;
  if (s.max === 0) return "maximum quantity is 0";
  if (s.min > s.max) return `minimum ${s.min} is above maximum ${s.max}`;
  return undefined;
}

/** What a catalogue load found wrong. */
export interface SanityReport {
  /** Entries listing an id seen before (dropped: the first wins). */
  duplicates: number;
  /** Service id → reason, for entries kept out of ordering. */
  unavailable: Map<string, string>;
}

export function checkCatalogue(services: readonly Service[]): SanityReport {
  const seen = new Set<string>();
  let duplicates = 0;
  const unavailable = new Map<string, string>();
  for (const s of services) {
    if (seen.has(s.id)) {
      duplicates++;
      continue;
    }
    seen.add(s.id);
    const problem = serviceProblem(s);
    if (problem) unavailable.set(s.id, problem);
  }
  return { duplicates, unavailable };
}

/** One log line's fields for a report (a few examples, never the whole list). */
export function reportFields(report: SanityReport): Record<string, unknown> {
  return {
    duplicates: report.duplicates,
    unavailable: report.unavailable.size,
    examples: [...report.unavailable].slice(0, 5).map(([id, reason]) => `${id}: ${reason}`),
  };
}
