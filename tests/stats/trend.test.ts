/**
 * Trends of counts. Reference values: R 4.2, `summary(glm(y ~ t, family = poisson,
 * control = glm.control(epsilon = 1e-14)))$coefficients[2, c(1, 2, 4)]` and
 * `cor.test(t, y, method = "kendall")$p.value`, printed by scripts/reference/stats-reference.R;
 * the Kendall p-values agree with SciPy 1.10 `kendalltau(t, y).pvalue` (Debian python3-scipy)
 * to 1e-15. Tolerance: 1e-8 relative for the regression, 1e-12 for Mann-Kendall.
 */
import { poissonTrend } from "../../src/core/stats/poissonTrend";
import { mannKendall, exactKendallP } from "../../src/core/stats/mannKendall";
import { normalQuantile } from "../../src/core/stats/normal";
import { expectClose } from "./close";

// [counts, periods or undefined, slope, se, p]
const R_GLM: ReadonlyArray<[number[], number[] | undefined, number, number, number]> = [
  [[20, 31, 45], undefined, 0.4010113941951207184, 0.1300364530080178049, 0.0020434863012597309],
  [[45, 42, 39, 41, 36, 30], undefined, -0.067138695741364621, 0.038519916568946273, 0.081340502566028622],
  [[3, 0, 2, 5, 1, 4, 6], undefined, 0.19652951738592087, 0.1143620171985425, 0.08570801880057545],
  [[12, 15, 11, 18, 20, 17, 25, 22, 30, 28], undefined, 0.10021611591818575804, 0.02536861147370800956, 0.00007802129320865922],
  [[30, 28, 25, 27, 21], [2019, 2020, 2021, 2023, 2024], -0.052449793810125267, 0.047638913384799628, 0.270902593966258931],
];

describe("poissonTrend", () => {
  test.each(R_GLM)("glm(%j ~ t) gives R's slope, standard error and p-value", (y, t, slope, se, p) => {
    const fit = poissonTrend(y, t);
    expectClose(fit.slope, slope, 1e-8);
    expectClose(fit.standardError, se, 1e-8);
    expectClose(fit.p, p, 1e-7);
    expectClose(fit.percentChange, Math.expm1(slope), 1e-8);
    const z = normalQuantile(0.975);
    expectClose(fit.low, Math.expm1(slope - z * se), 1e-8);
    expectClose(fit.high, Math.expm1(slope + z * se), 1e-8);
  });
  test("a flat series has slope 0, p = 1 and R's standard error 0.0447", () => {
    const fit = poissonTrend([100, 100, 100, 100]);
    expect(Math.abs(fit.slope)).toBeLessThan(1e-12);
    expectClose(fit.standardError, 0.044721359549993005, 1e-8);
    expectClose(fit.p, 1, 1e-9);
  });
  test("zeros at both ends with a peak in the middle still fit (R: slope 0, se 0.7071)", () => {
    const fit = poissonTrend([0, 3, 0]);
    expect(Math.abs(fit.slope)).toBeLessThan(1e-9);
    expectClose(fit.standardError, 0.7071067313641467, 1e-6);
  });
  test("refuses fewer than 3 points, all zeros, non-zero counts at one end only, and repeated periods", () => {
    expect(() => poissonTrend([3, 4])).toThrow(/at least 3/);
    expect(() => poissonTrend([0, 0, 0])).toThrow(RangeError);
    expect(() => poissonTrend([0, 0, 5])).toThrow(/one end/);
    expect(() => poissonTrend([4, 0, 0])).toThrow(/one end/);
    expect(() => poissonTrend([1, 2, 3], [2020, 2020, 2021])).toThrow(RangeError);
  });
});

// [series, p] from cor.test(seq_along(y), y, method = "kendall")$p.value
const R_KENDALL: ReadonlyArray<[number[], number, "exact" | "normal"]> = [
  [[20, 31, 45], 0.33333333333333326, "exact"],
  [[45, 42, 39, 41, 36, 30], 0.016666666666666666, "exact"],
  [[12, 15, 11, 18, 20, 17, 25, 22, 30, 28], 0.0022128527336859882, "exact"],
  [[3, 0, 2, 5, 1, 4, 6], 0.23888888888888893, "exact"],
  [[5, 5, 6, 7, 7, 7, 9, 4], 0.1991834291115625, "normal"],
  [[1, 2, 2, 3], 0.070951492427305668, "normal"],
];

describe("mannKendall", () => {
  test.each(R_KENDALL)("%j gives the Kendall p-value of R and SciPy", (y, p, method) => {
    const mk = mannKendall(y);
    expectClose(mk.p, p, 1e-12);
    expect(mk.method).toBe(method);
  });
  test("S counts rising minus falling pairs and the variance corrects for ties", () => {
    expect(mannKendall([20, 31, 45]).s).toBe(3);
    const tied = mannKendall([1, 2, 2, 3]);
    expect(tied.s).toBe(5);
    expect(tied.variance).toBeCloseTo((4 * 3 * 13 - 2 * 1 * 9) / 18, 12);
  });
  test("a 40-point series uses the normal approximation (SciPy kendalltau: 4.068589717640538e-15)", () => {
    const y = Array.from({ length: 40 }, (_, i) => i);
    [y[3], y[30]] = [y[30], y[3]];
    const mk = mannKendall(y);
    expect(mk.method).toBe("normal");
    expectClose(mk.p, 4.068589717640538e-15, 1e-9);
  });
  test("the exact distribution: 2/n! for a perfect order, 1 at the centre", () => {
    expectClose(exactKendallP(4, 0), 2 / 24, 1e-15);
    expectClose(exactKendallP(5, 10), 2 / 120, 1e-15);
    expect(exactKendallP(4, 3)).toBe(1);
  });
  test("needs at least 3 points", () => {
    expect(() => mannKendall([1, 2])).toThrow(/at least 3/);
  });
});
