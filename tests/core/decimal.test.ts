import {
  exactDiff,
  exactSum,
  formatDecimal,
  relativeChange,
  roundDecimal,
  roundedPercentChange,
  roundedRatio,
  toDecimal,
} from "../../src/core/numbers/decimal";

describe("toDecimal", () => {
  it("reads a float as the shortest decimal that prints as it", () => {
    expect(toDecimal(12322.34)).toEqual({ coefficient: BigInt(1232234), scale: 2 });
    expect(toDecimal(0.1)).toEqual({ coefficient: BigInt(1), scale: 1 });
    expect(toDecimal(-5)).toEqual({ coefficient: BigInt(-5), scale: 0 });
  });

  it("reads numbers in exponent notation", () => {
    expect(toDecimal(1e-7)).toEqual({ coefficient: BigInt(1), scale: 7 });
    expect(toDecimal(1.5e21)).toEqual({ coefficient: BigInt("1500000000000000000000"), scale: 0 });
  });

  it("refuses NaN and Infinity", () => {
    expect(() => toDecimal(NaN)).toThrow(RangeError);
    expect(() => toDecimal(Infinity)).toThrow(RangeError);
  });
});

describe("exact sums and differences", () => {
  // Figures: docs/layouts.md (the seed's loss parts) and §2.5 (Guangxi fines).
  it("finds that the seed's five loss categories add up to 12322.34 exactly", () => {
    expect(exactSum([126.59, 11810.23, 100, 265.76, 19.76])).toBe(12322.34);
    expect(exactDiff(12322.34, exactSum([126.59, 11810.23, 100, 265.76, 19.76]))).toBe(0);
  });

  it("gives exactly 0 for 13099.92 − (4226.97 + 8872.95), where floats give 1.8e-12", () => {
    expect(13099.92 - (4226.97 + 8872.95)).not.toBe(0);
    expect(exactDiff(13099.92, exactSum([4226.97, 8872.95]))).toBe(0);
  });

  it("gives −1 for the 州级 plans stated as 83 whose parts 1 + 17 + 66 add to 84", () => {
    expect(exactDiff(83, exactSum([1, 17, 66]))).toBe(-1);
  });

  it("subtracts decimals without float noise", () => {
    expect(exactDiff(0.3, 0.1)).toBe(0.2);
    expect(exactDiff(1e-7, 1e-8)).toBe(9e-8);
  });
});

describe("relative change", () => {
  it("is 0.15 for 23 against 20 (seed, docs/layouts.md)", () => {
    expect(relativeChange(23, 20)).toBe(0.15);
  });

  it("is exact for decimals: 0.3 against 0.1 is 2", () => {
    expect(relativeChange(0.3, 0.1)).toBe(2);
  });
});

describe("rounding half-up on the decimal value", () => {
  it("rounds 103 against 80 (+28.75%) to 28.8, where toFixed gives 28.7", () => {
    expect(((23 / 80) * 100).toFixed(1)).toBe("28.7");
    expect(formatDecimal(roundedPercentChange(103, 80, 1))).toBe("28.8");
  });

  it("rounds 601 against 400 (+50.25%) to 50.3", () => {
    expect(formatDecimal(roundedPercentChange(601, 400, 1))).toBe("50.3");
  });

  it("rounds 17 against 16 (6.25%) to 6.3, not the banker's 6.2 (docs/numbers.md)", () => {
    expect(formatDecimal(roundedPercentChange(17, 16, 1))).toBe("6.3");
  });

  it("truncates 37 against 45 to −17.77 in the Chizhou style (docs/numbers.md)", () => {
    expect(formatDecimal(roundedPercentChange(37, 45, 2, "truncate"))).toBe("-17.77");
    expect(formatDecimal(roundedPercentChange(37, 45, 2))).toBe("-17.78");
  });

  it("rounds halves away from zero for negative values, as Excel's ROUND does", () => {
    expect(formatDecimal(roundDecimal(-2.5, 0))).toBe("-3");
    expect(formatDecimal(roundDecimal(2.675, 2))).toBe("2.68");
  });

  it("computes 378 / 411 as 91.97% and 92% at 0 decimals (seed, docs/layouts.md)", () => {
    expect(formatDecimal(roundedRatio(378, 411, 100, 2))).toBe("91.97");
    expect(formatDecimal(roundedRatio(378, 411, 100, 0))).toBe("92");
  });
});

describe("formatDecimal", () => {
  it("drops trailing zeros by default and keeps them when asked", () => {
    expect(formatDecimal({ coefficient: BigInt(150), scale: 1 })).toBe("15");
    expect(formatDecimal({ coefficient: BigInt(150), scale: 1 }, false)).toBe("15.0");
    expect(formatDecimal({ coefficient: BigInt(5), scale: 3 })).toBe("0.005");
  });

  it("never writes a negative zero", () => {
    expect(formatDecimal({ coefficient: BigInt(0), scale: 1 }, false)).toBe("0.0");
  });
});
