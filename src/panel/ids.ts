/**
 * Order and refill IDs as the panels give them: opaque strings.
 *
 * Most panels count with digits ("23501"), but some scripts hand out IDs such as
 * "ord_01HG9X7KJP4N" or a transaction code. An ID is therefore kept as the panel sent it, as long as
 * it is 1–32 characters of `A–Z a–z 0–9 _ -`. The bound keeps every callback payload that carries an
 * ID within Telegram's 64 bytes: the longest one, `o:X:<panel id, ≤24>:<ID>`, is 4 + 24 + 1 + 32 = 61.
 *
 * Use {@link PANEL_ID_PATTERN} to test a whole string and {@link PANEL_ID_SOURCE} to embed the ID in a
 * larger regular expression (e.g. a callback-data pattern).
 */

/** Longest ID accepted. */
export const PANEL_ID_MAX_LENGTH = 32;

/** The character class and length of an ID, for building other regular expressions. */
export const PANEL_ID_SOURCE = `[A-Za-z0-9_-]{1,${PANEL_ID_MAX_LENGTH}}`;

/** A whole string that is a panel ID. */
export const PANEL_ID_PATTERN: RegExp = new RegExp(`^${PANEL_ID_SOURCE}$`);

/** True for a string that is a valid panel ID (no trimming). */
export function isPanelId(value: string): boolean {
  return PANEL_ID_PATTERN.test(value);
}

/**
 * An ID as sent by a panel (a JSON number or string) → its canonical string, or undefined when it is
 * not an ID. Numbers must be non-negative integers (large ones keep every digit via BigInt); strings
 * are trimmed.
 */
export function panelIdOf(value: unknown): string | undefined {
  let s: string;
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0) return undefined;
    s = BigInt(value).toString();
  } else if (typeof value === "string") {
    s = value.trim();
  } else {
    return undefined;
  }
  return PANEL_ID_PATTERN.test(s) ? s : undefined;
}
