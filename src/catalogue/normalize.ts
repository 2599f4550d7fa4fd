/**
 * Search normalisation: case- and accent-insensitive text ("Sledilci Všečki" → "sledilci vsecki").
 * NFD + strip combining marks + lower-case, plus the few Latin letters NFD does not decompose.
 */

/** Letters that carry no combining mark after NFD but are commonly typed without their stroke. */
const EXTRA: Readonly<Record<string, string>> = {
  ł: "l",
  đ: "d",
  ø: "o",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ı: "i",
  þ: "th",
  ð: "d",
  ħ: "h",
};
const EXTRA_RE = /[łđøßæœıþðħ]/g;
const MARKS_RE = /\p{M}+/gu;
const SPACE_RE = /\s+/g;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, on purpose
const ASCII_RE = /^[\x00-\x7f]*$/;

/** Lower-case, accent-free, single-spaced form of a text (for matching, never for display). */
export function normalizeSearchText(text: string): string {
  if (ASCII_RE.test(text)) return text.toLowerCase().replace(SPACE_RE, " ").trim();
  return text
    .normalize("NFD")
    .replace(MARKS_RE, "")
    .toLowerCase()
    .replace(EXTRA_RE, (c) => EXTRA[c] ?? c)
    .replace(SPACE_RE, " ")
    .trim();
}

/** The words of a search query, normalised (empty for a blank query). */
export function searchTokens(query: string): string[] {
  const n = normalizeSearchText(query);
  return n ? n.split(" ") : [];
}

/**
 * `normalizeSearchText(`${a} ${b}`)` from `a` and `b` already normalised (the catalogue
 * normalises each category once, not once per service).
 */
export function joinSearchText(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}
