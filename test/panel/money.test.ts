import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDecimal,
  compareDecimal,
  divideBy1000,
  divideDecimal,
  formatDecimal,
  formatMoney,
  isDecimal,
  multiplyDecimal,
  decimalToString,
  normalizeDecimal,
  parseDecimal,
  orderCost,
  roundDecimal,
  subtractDecimal,
  sumDecimals,
} from "../../src/panel/money.js";

describe("money", () => {
  it("normalises a string already in normal form to itself, like the full parse does for every string", () => {
    const digits = fc.string({ unit: fc.constantFrom("0", "1", "5", "9"), maxLength: 8 });
    const text = fc
      .tuple(fc.constantFrom("", "-", "+", " "), digits, fc.constantFrom("", "."), digits, fc.constantFrom("", "e2", " "))
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => {
        let slow: string | undefined;
        try {
          slow = decimalToString(parseDecimal(s));
        } catch {
          slow = undefined;
        }
        let fast: string | undefined;
        try {
          fast = normalizeDecimal(s);
        } catch {
          fast = undefined;
        }
        expect(fast).toBe(slow);
      }),
      { numRuns: 3000 },
    );
    expect(normalizeDecimal("0.42")).toBe("0.42");
    expect(normalizeDecimal("0.420")).toBe("0.42");
    expect(normalizeDecimal("00")).toBe("0");
    for (const [raw, normal] of <Array<[string, string]>>[
      ["1.50", "1.5"],
      ["0.00", "0"],
      ["10.0", "10"],
      ["5.", "5"],
      ["0.0100", "0.01"],
      ["100", "100"],
    ])
      expect(normalizeDecimal(raw)).toBe(normal);
  });

  it("normalises decimals from strings and numbers", () => {
    expect(normalizeDecimal("0.90")).toBe("0.9");
    expect(normalizeDecimal("100.84292")).toBe("100.84292");
    expect(normalizeDecimal("007")).toBe("7");
    expect(normalizeDecimal(" 8 ")).toBe("8");
    expect(normalizeDecimal("-0.000")).toBe("0");
    expect(normalizeDecimal(".5")).toBe("0.5");
    expect(normalizeDecimal("5.")).toBe("5");
    expect(normalizeDecimal(0.0045)).toBe("0.0045");
    expect(normalizeDecimal(1e-7)).toBe("0.0000001");
    expect(normalizeDecimal("1.5e3")).toBe("1500");
    expect(normalizeDecimal(12n)).toBe("12");
    expect(() => normalizeDecimal("abc")).toThrow(RangeError);
    expect(() => normalizeDecimal("1,5")).toThrow(RangeError);
    expect(() => normalizeDecimal(Number.NaN)).toThrow(RangeError);
    expect(isDecimal("0.27819")).toBe(true);
    expect(isDecimal("")).toBe(false);
    expect(isDecimal(null)).toBe(false);
  });

  it("computes exact order costs", () => {
    expect(orderCost("0.0045", 1000)).toBe("0.0045");
    expect(divideBy1000(multiplyDecimal("0.0045", 1000))).toBe("0.0045");
    expect(orderCost("0.90", 1234)).toBe("1.1106");
    expect(orderCost("8", 15)).toBe("0.12");
    expect(orderCost("1.2", 500, 3)).toBe("1.8");
    expect(orderCost("0.0045", 1)).toBe("0.0000045");
    expect(orderCost("0.1", 3)).toBe("0.0003");
  });

  it("adds, subtracts, sums and compares without float error", () => {
    expect(addDecimal("0.1", "0.2")).toBe("0.3");
    expect(subtractDecimal("100", "98.8894")).toBe("1.1106");
    expect(subtractDecimal("1", "2.5")).toBe("-1.5");
    expect(sumDecimals(["0.1", "0.2", 0.3, "1e-1"])).toBe("0.7");
    expect(sumDecimals([])).toBe("0");
    expect(compareDecimal("0.90", "0.9")).toBe(0);
    expect(compareDecimal("0.0045", "0.005")).toBe(-1);
    expect(compareDecimal("10", "9.99999")).toBe(1);
    expect(compareDecimal("-1", "0")).toBe(-1);
  });

  it("rounds and divides", () => {
    expect(roundDecimal("1.23456", 2)).toBe("1.23");
    expect(roundDecimal("1.235", 2)).toBe("1.24");
    expect(roundDecimal("-1.235", 2)).toBe("-1.24");
    expect(roundDecimal("1.231", 2, "up")).toBe("1.24");
    expect(roundDecimal("1.239", 2, "down")).toBe("1.23");
    expect(divideDecimal("1", "3", 4)).toBe("0.3333");
    expect(divideDecimal("2", "3", 4)).toBe("0.6667");
    expect(divideDecimal("1.1106", "-0.9", 6)).toBe("-1.234");
    expect(() => divideDecimal("1", "0")).toThrow(RangeError);
  });

  it("formats for display keeping significant decimals", () => {
    expect(formatDecimal("0.9")).toBe("0.90");
    expect(formatDecimal("0.0045")).toBe("0.0045");
    expect(formatDecimal("100")).toBe("100.00");
    expect(formatDecimal("1.123456789", { maxDecimals: 4 })).toBe("1.1235");
    expect(formatDecimal("1234567.5", { groupSeparator: "," })).toBe("1,234,567.50");
    expect(formatDecimal("-0.0000001", { maxDecimals: 2 })).toBe("0.00");
    expect(formatMoney("1.1106", "USD")).toBe("$1.1106");
    expect(formatMoney("100", "EUR")).toBe("100.00 EUR");
    expect(formatMoney("100", "EUR", { currencyStyle: "symbol" })).toBe("€100.00");
    expect(formatMoney("1.5", "USD", { currencyStyle: "code" })).toBe("1.50 USD");
    expect(formatMoney("-2.5", "usd")).toBe("-$2.50");
    expect(formatMoney("12.5", "RUB", { currencyStyle: "symbol" })).toBe("12.50 ₽");
    expect(formatMoney("12.5", "rub")).toBe("12.50 RUB");
    expect(formatMoney("3", "PKR")).toBe("3.00 PKR");
    expect(formatMoney("3", "")).toBe("3.00");
    expect(formatMoney("3")).toBe("3.00");
  });
});
