/**
 * The exact conditional test of two Poisson counts. Reference values: R 4.2,
 * `poisson.test(c(x1, x2), c(t1, t2))$p.value` and `binom.test(...)$p.value`, printed by
 * scripts/reference/stats-reference.R. Tolerance 1e-9 relative.
 */
import { poissonRateTest } from "../../src/core/stats/poissonRateTest";
import { binomialTestTwoSided } from "../../src/core/stats/binomialTest";
import { formatP } from "../../src/core/stats/formatP";
import { verdictText } from "../../src/core/stats/verdict";
import { expectClose } from "./close";

// [x1, x2, t1, t2, R's p-value]
const R_POISSON_TEST: ReadonlyArray<[number, number, number, number, number]> = [
  [11, 6, 1, 1, 0.33230590820312517], // injuries 2024H1 vs 2023H1 (docs/layouts.md)
  [23, 20, 1, 1, 0.76079164256134568], // accidents H1
  [42, 45, 1, 1, 0.83037300968575345], // accidents full year
  [0, 0, 1, 1, 1],
  [5, 0, 1, 1, 0.0625],
  [0, 5, 1, 1, 0.0625],
  [29, 32, 8, 6, 0.15429567001179539], // Jan–Aug 2024 against a six-month period
  [45, 20, 1, 1, 0.0026263768106840517],
  [3, 15, 1, 1, 0.0075378417968750061],
  [120, 80, 1, 1, 0.0056851559967503245],
  [1000, 1100, 1, 1, 0.030720707864242414],
  [7, 2, 1, 3, 0.0013427734375],
  [0, 1, 1, 1, 1],
  [60, 30, 2, 1, 1],
  [2, 2, 1, 1, 1],
  [250, 300, 1.2, 1, 2.1452035746288397e-5],
];

describe("poissonRateTest", () => {
  test.each(R_POISSON_TEST)("poisson.test(c(%d, %d), c(%d, %d)) gives R's p-value %d", (x1, x2, t1, t2, expected) => {
    expectClose(poissonRateTest(x1, x2, t1 / t2).p, expected, 1e-9);
  });
  test("zero against zero is p = 1 and flat", () => {
    expect(poissonRateTest(0, 0)).toMatchObject({ p: 1, direction: "flat" });
  });
  test("the direction compares rates, not raw counts, when exposures differ", () => {
    expect(poissonRateTest(29, 32, 8 / 6).direction).toBe("down");
    expect(poissonRateTest(60, 30, 2).direction).toBe("flat");
    expect(poissonRateTest(11, 6).rateRatio).toBeCloseTo(11 / 6, 12);
  });
  test("rejects negative or fractional counts and a non-positive exposure ratio", () => {
    expect(() => poissonRateTest(-1, 3)).toThrow(RangeError);
    expect(() => poissonRateTest(2.5, 3)).toThrow(RangeError);
    expect(() => poissonRateTest(2, 3, 0)).toThrow(RangeError);
  });
});

describe("binomialTestTwoSided", () => {
  test("matches R's binom.test for p = 0.5, at the mean, and in both skewed tails", () => {
    expectClose(binomialTestTwoSided(7, 20, 0.5), 0.26317596435546875, 1e-12);
    expect(binomialTestTwoSided(3, 10, 0.3)).toBe(1);
    expectClose(binomialTestTwoSided(1, 30, 0.2), 0.020015612508648268, 1e-9);
    expectClose(binomialTestTwoSided(28, 30, 0.75), 0.018775062714801213, 1e-9);
  });
});

describe("formatP and verdictText", () => {
  test("p-values read with 3 significant digits, trailing zeros dropped, or p<0.001", () => {
    expect(formatP(0.76079164256134568)).toBe("p=0.761");
    expect(formatP(0.0026263768106840517)).toBe("p=0.00263");
    expect(formatP(0.002)).toBe("p=0.002");
    expect(formatP(0.76)).toBe("p=0.76");
    expect(formatP(1)).toBe("p=1");
    expect(formatP(0.000999)).toBe("p<0.001");
  });
  test("a significant rise or fall is named, anything else is 变化不显著", () => {
    expect(verdictText("up", 0.0026263768106840517)).toBe("显著上升（p=0.00263）");
    expect(verdictText("down", 0.0075378417968750061)).toBe("显著下降（p=0.00754）");
    expect(verdictText("up", 0.76)).toBe("变化不显著（p=0.76）");
    expect(verdictText("flat", 0)).toBe("变化不显著（p<0.001）");
    expect(verdictText("up", 0.03, 0.01)).toBe("变化不显著（p=0.03）");
  });
  test("English style says the same in English", () => {
    expect(verdictText("up", 0.002, 0.05, "en")).toBe("significant rise (p=0.002)");
    expect(verdictText("down", 0.0001, 0.05, "en")).toBe("significant fall (p<0.001)");
    expect(verdictText("down", 0.76, 0.05, "en")).toBe("no significant change (p=0.76)");
  });
});
