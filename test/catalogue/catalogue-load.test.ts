/**
 * The fast catalogue load (issue 17): the search text built per part equals the text of
 * "name category" normalised at once; the index answers like a plain scan of the list (first id
 * wins, categories sorted, search in panel order); the version tag covers every field.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CatalogueIndex, catalogueHash, catalogueVersion, sameServices } from "../../src/catalogue/catalogue-index.js";
import { joinSearchText, normalizeSearchText } from "../../src/catalogue/normalize.js";
import { generateCatalogue } from "../../src/dev/catalogue.js";
import type { Service } from "../../src/panel/types.js";

const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 12, unit: "grapheme" }),
  fc.constantFrom("", " ", "  ", "\u0301", "ΑΣ", "Σ", "İstanbul", "Všečki", "ŁÓDŹ ", " straße", "\u00a0x", "Ǆ", "ﬁ", "—"),
);

describe("catalogue load", () => {
  it("builds the search text per part like normalising the whole", () => {
    fc.assert(
      fc.property(piece, piece, (name, category) => {
        expect(joinSearchText(normalizeSearchText(name), normalizeSearchText(category))).toBe(normalizeSearchText(`${name} ${category}`));
      }),
      { numRuns: 5000 },
    );
  });

  it("indexes like a plain scan of the list", () => {
    const list: Service[] = generateCatalogue(3000, 7);
    // Duplicated ids (the first wins) and categories differing only by spaces.
    list.push({ ...list[10]!, name: "Duplicate of 10" }, { ...list[20]!, id: "999999", category: `  ${list[20]!.category} ` });
    const index = new CatalogueIndex(list);
    const first = new Map<string, Service>();
    for (const s of list) if (!first.has(s.id)) first.set(s.id, s);
    expect(index.size).toBe(first.size);
    for (const [id, s] of first) {
      expect(index.service(id)).toBe(s);
      const c = index.categoryOf(id)!;
      expect(index.category(c)!.name).toBe(s.category.trim() || "—");
      expect(index.servicesIn(c)).toContain(s);
    }
    expect(index.service("Duplicate")).toBeUndefined();
    expect(index.servicesIn(index.categoryOf(list[10]!.id)!)!.some((s) => s.name === "Duplicate of 10")).toBe(false);
    const names = index.categories.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(index.categories.reduce((n, c) => n + c.count, 0)).toBe(first.size);
    for (const query of ["instagram", "seguidores brasil", "views", "ł", list[5]!.id]) {
      const tokens = normalizeSearchText(query).split(" ");
      const exact = first.get(query);
      const expected = [...first.values()].filter(
        (s) => s !== exact && tokens.every((t) => normalizeSearchText(`${s.name} ${s.category}`).includes(t)),
      );
      expect(index.search(query, { cache: false })).toEqual(exact ? [exact, ...expected] : expected);
    }
  });

  it("keeps the digests of earlier versions (stored catalogues are keyed by them)", () => {
    // Recorded with the chunked implementation (1 MB strings hashed whole) before it streamed
    // each service's pieces into the hash: the byte stream must not change.
    const base = generateCatalogue(60, 7);
    const odd = base.slice(0, 6).map((s, i) => ({ ...s, id: String(900 + i) }));
    odd[0]!.description = "Real followers ✅ <b>fast</b>\n& more";
    odd[1]!.averageTime = "1 hour 35 minutes";
    odd[2]!.name = "Half an emoji \ud83d";
    odd[3]!.category = "\udc00 low first";
    odd[4]!.description = "";
    odd[4]!.averageTime = "95";
    odd[5]!.name = "";
    expect(catalogueHash(base)).toBe("i-sQQnacSHZCTLfgEAaNQ8VoiH0");
    expect(catalogueHash([...base, ...odd])).toBe("K7I7l3BAvB5WfdVeOWKwGI2jDpk");
    expect(catalogueHash([])).toBe("2jmj7l5rSw0yVb_vlWAYkK_YBwk");
  });

  it("changes the version with any field", () => {
    const base = generateCatalogue(50, 3);
    const a = catalogueVersion(base);
    expect(catalogueVersion(generateCatalogue(50, 3))).toBe(a);
    const edits: Array<(s: Service) => void> = [
      (s) => (s.id = `${s.id}1`),
      (s) => (s.name += "x"),
      (s) => (s.type = "Package"),
      (s) => (s.category += " "),
      (s) => (s.rate = `${s.rate}1`),
      (s) => (s.min += 1),
      (s) => (s.max -= 1),
      (s) => (s.refill = !s.refill),
      (s) => (s.cancel = !s.cancel),
      (s) => (s.dripfeed = !s.dripfeed),
      (s) => (s.description = s.description === undefined ? "" : undefined),
    ];
    for (const edit of edits) {
      const copy = base.map((s) => ({ ...s }));
      edit(copy[7]!);
      expect(catalogueVersion(copy)).not.toBe(a);
      // The field-by-field comparison covers the same fields as the hash.
      expect(sameServices(copy, base)).toBe(false);
    }
    expect(
      sameServices(
        base.map((s) => ({ ...s })),
        base,
      ),
    ).toBe(true);
    expect(sameServices(base.slice(1), base)).toBe(false);
    expect(catalogueHash(base)).toMatch(/^[\w-]{27}$/);
    // Moving text between fields is a change too (fields are length-prefixed).
    const x = [{ ...base[0]!, name: "ab", category: "c" }];
    const y = [{ ...base[0]!, name: "a", category: "bc" }];
    expect(catalogueVersion(x)).not.toBe(catalogueVersion(y));
  });
});
