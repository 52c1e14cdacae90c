import fc from "fast-check";
import { exactSum, toDecimal } from "../../src/core/numbers/decimal";

/** The reference: every value as a BigInt decimal, summed, and read back by Number(). */
function bigIntSum(values: readonly number[]): number {
  const decimals = values.map(toDecimal);
  const scale = Math.max(0, ...decimals.map((d) => d.scale));
  let total = BigInt(0);
  for (const d of decimals) total += d.coefficient * BigInt(10) ** BigInt(scale - d.scale);
  const negative = total < BigInt(0);
  const digits = (negative ? -total : total).toString().padStart(scale + 1, "0");
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return Number((negative ? "-" : "") + text);
}

describe("exactSum's float-integer fast path", () => {
  it("gives the same float as summing BigInt decimals, for money-like values with up to 4 decimals", () => {
    const money = fc.integer({ min: -1e9, max: 1e9 }).chain((units) => fc.constantFrom(0, 1, 2, 3, 4).map((scale) => units / 10 ** scale));
    fc.assert(fc.property(fc.array(money, { maxLength: 40 }), (values) => exactSum(values) === bigIntSum(values)));
  });

  it("adds 0.1 + 0.2 to exactly 0.3 (the float sum is 0.30000000000000004)", () => {
    expect(exactSum([0.1, 0.2])).toBe(0.3);
  });

  it("falls back to BigInt when the total leaves the safe integers (9007199254740991 + 2)", () => {
    expect(exactSum([Number.MAX_SAFE_INTEGER, 2])).toBe(9007199254740993);
  });
});
