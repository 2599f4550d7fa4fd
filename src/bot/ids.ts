/** Parsing of order / refill ID lists typed by users: "1 2,3\n4". */

export interface ParsedIds {
  /** Valid IDs (digits), de-duplicated, in the order given. */
  ids: string[];
  /** Tokens that are not IDs (letters, signs), as typed (cut to 32 chars). */
  invalid: string[];
}

/** Splits on spaces, commas, semicolons and new lines; an ID is 1–20 digits (a leading # is allowed). */
export function parseIds(text: string | undefined): ParsedIds {
  const ids: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const raw of (text ?? "").split(/[\s,;]+/)) {
    if (!raw) continue;
    const token = raw.replace(/^#/, "");
    if (/^\d{1,20}$/.test(token)) {
      const id = token.replace(/^0+(?=\d)/, "");
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    } else invalid.push(raw.slice(0, 32));
  }
  return { ids, invalid };
}
