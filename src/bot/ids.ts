/** Parsing of order / refill ID lists typed by users: "1 2,3\n4", "ord_01HG9X7KJP4N". */
import { PANEL_ID_PATTERN } from "../panel/ids.js";

export interface ParsedIds {
  /** Valid IDs, de-duplicated, in the order given. */
  ids: string[];
  /** Tokens that are not IDs (words, signs), as typed (cut to 32 chars). */
  invalid: string[];
}

/**
 * A token the user typed as an ID: digits only, or an ID of the panels' alphabets (src/panel/ids.ts)
 * of at least 6 characters with a digit and a letter ("ord_01HG9X7KJP4N"). Short mixes such as
 * "12x" or "x1" are typing slips, reported back instead of being sent to the panel.
 */
function isTypedId(token: string): boolean {
  if (!PANEL_ID_PATTERN.test(token)) return false;
  if (/^\d+$/.test(token)) return true;
  return token.length >= 6 && /\d/.test(token) && /[A-Za-z]/.test(token);
}

/**
 * Splits on spaces, commas, semicolons and new lines; a leading # is allowed (see isTypedId). IDs of digits only lose their leading zeros; other IDs are
 * kept as typed (panels compare them exactly).
 */
export function parseIds(text: string | undefined): ParsedIds {
  const ids: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const raw of (text ?? "").split(/[\s,;]+/)) {
    if (!raw) continue;
    const token = raw.replace(/^#/, "");
    if (isTypedId(token)) {
      const id = /^\d+$/.test(token) ? token.replace(/^0+(?=\d)/, "") : token;
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    } else invalid.push(raw.slice(0, 32));
  }
  return { ids, invalid };
}
