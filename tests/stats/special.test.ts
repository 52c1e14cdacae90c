/**
 * The special functions under every p-value. Reference values: R 4.2 (Debian r-base-core),
 * printed by scripts/reference/stats-reference.R with 17 digits.
 */
import { logGamma, logChoose } from "../../src/core/stats/logGamma";
import { regularizedGammaP, regularizedGammaQ } from "../../src/core/stats/regularizedGamma";
import { normalQuantile, normalUpperTail, twoSidedNormalP } from "../../src/core/stats/normal";
import { expectClose } from "./close";

describe("logGamma", () => {
  test("matches R's lgamma(c(0.1, 1.5, 10, 1000.5)) to 1e-13", () => {
    const expected = [2.25271265173420598, -0.12078223763524518, 12.80182748008146909, 5908.67417584867780533];
    [0.1, 1.5, 10, 1000.5].forEach((x, i) => expectClose(logGamma(x), expected[i], 1e-13));
  });
  test("gives ln 24 for 5 and exact binomial coefficients", () => {
    expectClose(logGamma(5), Math.log(24), 1e-14);
    expect(Math.round(Math.exp(logChoose(10, 3)))).toBe(120);
    expect(logChoose(7, 0)).toBe(0);
  });
  test("is NaN outside its domain", () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1)).toBeNaN();
  });
});

describe("regularized incomplete gamma", () => {
  test("matches R's pgamma(c(0.5, 5, 50), c(2, 5, 40), lower = FALSE) to 1e-12", () => {
    expectClose(regularizedGammaQ(2, 0.5), 0.909795989568950136, 1e-12);
    expectClose(regularizedGammaQ(5, 5), 0.440493285065212459, 1e-12);
    expectClose(regularizedGammaQ(40, 50), 0.064570368921132992, 1e-12);
  });
  test("P and Q add up to 1, and P(1, x) = 1 − e^−x", () => {
    expectClose(regularizedGammaP(1, 1), 1 - Math.exp(-1), 1e-14);
    expectClose(regularizedGammaP(3.5, 2) + regularizedGammaQ(3.5, 2), 1, 1e-14);
  });
});

describe("normal distribution", () => {
  test("quantiles match R's qnorm(c(0.975, 0.995, 0.95, 1e-10)) to 1e-14", () => {
    const expected = [1.9599639845400536, 2.5758293035488999, 1.6448536269514715, -6.3613409024040557];
    [0.975, 0.995, 0.95, 1e-10].forEach((p, i) => expectClose(normalQuantile(p), expected[i], 1e-14));
  });
  test("upper tails match R's pnorm(-c(1, 3, 8, 20)) to 1e-12, far into the tail", () => {
    const expected = [1.5865525393145705e-1, 1.3498980316300946e-3, 6.2209605742717849e-16, 2.7536241186062337e-89];
    [1, 3, 8, 20].forEach((z, i) => expectClose(normalUpperTail(z), expected[i], 1e-12));
  });
  test("two-sided p of ±1.96 is 0.05 and the quantile inverts the tail", () => {
    expectClose(twoSidedNormalP(-1.959963984540054), 0.05, 1e-12);
    expectClose(normalUpperTail(-normalQuantile(0.0123)), 0.0123, 1e-12);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(2)).toBeNaN();
  });
});
