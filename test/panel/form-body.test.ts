/** The panel request body: formBody is URLSearchParams' serialisation, byte for byte. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formBody } from "../../src/panel/transport.js";

const reference = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe("formBody", () => {
  it("encodes the usual calls as URLSearchParams does", () => {
    const cases: Array<Record<string, string>> = [
      { key: "abc123DEF", action: "status", orders: "1,2,3,1000000" },
      { key: "k", action: "add", service: "10", link: "https://instagram.com/p/x?a=1&b=2 #c", quantity: "1000" },
      { key: "k-._*", action: "balance" },
      { key: "k", action: "add", comments: "nice!\nwow 😀 ünïcødé + 100% (ok) ~'x'" },
      { key: "k", action: "status", order: "" },
      { orders: ",,1," },
      {},
    ];
    for (const params of cases) expect(formBody(params)).toBe(reference(params));
  });

  it("agrees with URLSearchParams on any names and values (lone surrogates included)", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.stringMatching(/^[0-9,]{0,20}$/),
      fc.stringMatching(/^[A-Za-z0-9*._-]{0,20}$/),
    );
    fc.assert(
      fc.property(fc.dictionary(text, text, { maxKeys: 6 }), (params) => {
        expect(formBody(params)).toBe(reference(params));
      }),
      { numRuns: 2000 },
    );
  });
});
