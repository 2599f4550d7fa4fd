/**
 * The zod-free reader of services entries (readStandardService, used by parseServices) must agree
 * with serviceSchema wherever it answers, and answer the usual shapes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseServices, readStandardService, serviceSchema } from "../../src/panel/schemas.js";

const text = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "  Instagram  Likes ",
    "Sledilci — Všečki",
    "Default",
    "Custom Comments",
    "1.5",
    "0.0042",
    " 12 ",
    "3.00",
    "-4",
    "+5",
    "1e3",
    "0x10",
    "abc",
    "12.5.1",
    "157.0",
    "9007199254740993",
    "true",
    "yes",
    "0",
    "1",
    "on",
  ),
  fc.string({ maxLength: 8 }),
);
const num = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 1.5, 157, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, 2 ** 53 + 2, 1e21, 0.1),
  fc.integer(),
  fc.double(),
);
const field = fc.oneof(text, num, fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constant({}), fc.constant([1]));
const id = fc.oneof(
  fc.nat(),
  fc.nat().map(String),
  fc.nat().map((n) => ` ${n} `),
  field,
);

const usual = fc.record(
  {
    service: id,
    name: fc.oneof(text, field),
    type: fc.oneof(text, field),
    category: fc.oneof(text, field),
    rate: fc.oneof(fc.constantFrom("0.5", "12", "0.00042", 3, 1.25), field),
    min: fc.oneof(fc.constantFrom("10", 100, "1.0"), field),
    max: fc.oneof(fc.constantFrom("10000", 5000), field),
    refill: field,
    cancel: field,
    dripfeed: field,
    desc: field,
    description: field,
    average_time: field,
    avg_time: field,
    "average time": field,
    averageTime: field,
    other: field,
  },
  { requiredKeys: ["service", "name", "rate"] },
);
const any = fc.record(
  {
    service: field,
    name: field,
    type: field,
    category: field,
    rate: field,
    min: field,
    max: field,
    refill: field,
    cancel: field,
    dripfeed: field,
    desc: field,
    description: field,
  },
  { requiredKeys: [] },
);

describe("readStandardService", () => {
  it("agrees with serviceSchema wherever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.oneof(usual, any, field), (value) => {
        const fast = readStandardService(value);
        if (fast === undefined) return;
        answered += 1;
        const r = serviceSchema.safeParse(value);
        expect(r.success).toBe(true);
        expect(fast).toStrictEqual(r.data);
        expect(Object.keys(fast)).toEqual(Object.keys(r.data!));
      }),
      { numRuns: 8000 },
    );
    expect(answered).toBeGreaterThan(200);
  });

  it("answers the usual shapes and leaves the rest to the schema", () => {
    expect(
      readStandardService({
        service: 1448,
        name: " Instagram Likes ",
        type: "Default",
        category: "Instagram",
        rate: "0.90",
        min: "50",
        max: "10000",
        refill: true,
        cancel: 1,
        dripfeed: "0",
        desc: "fast",
      }),
    ).toEqual({
      id: "1448",
      name: "Instagram Likes",
      type: "Default",
      category: "Instagram",
      rate: "0.9",
      min: 50,
      max: 10000,
      refill: true,
      cancel: true,
      dripfeed: false,
      description: "fast",
    });
    expect(readStandardService({ service: "7", name: "X", rate: 2 })).toEqual({
      id: "7",
      name: "X",
      type: "Default",
      category: "",
      rate: "2",
      min: 1,
      max: Number.MAX_SAFE_INTEGER,
      refill: false,
      cancel: false,
      dripfeed: false,
    });
    expect(readStandardService({ service: "7a", name: "X", rate: 2 })).toBeUndefined();
    expect(readStandardService({ service: 7, name: 2024, rate: 2 })).toBeUndefined(); // the schema reads it
    expect(readStandardService({ service: 7, name: "X", rate: "abc" })).toBeUndefined();
    expect(readStandardService([1])).toBeUndefined();
  });

  it("parseServices gives the schema's result for a mixed list", () => {
    const list = [
      { service: 1, name: "A", rate: "1.5", category: "C" },
      { service: 2, name: 2024, rate: 1 }, // read by the schema
      { service: "not an id", name: "bad", rate: 1 }, // unreadable (IDs are opaque but have no spaces): skipped
      { service: 3, name: "B", rate: "0.001", min: "", max: null, refill: "yes" },
    ];
    const parsed = parseServices(list);
    expect(parsed.type).toBe("ok");
    if (parsed.type !== "ok") return;
    expect(parsed.value.skipped).toBe(1);
    expect(parsed.value.services).toStrictEqual(
      list.flatMap((item) => {
        const r = serviceSchema.safeParse(item);
        return r.success ? [r.data] : [];
      }),
    );
  });
});
