/**
 * Binomial and Poisson probabilities by Loader's saddle-point expansion (C. Loader, "Fast and
 * accurate computation of binomial probabilities", 2000), the method of R's `dbinom` and `dpois`.
 *
 * Differences of log-gamma values lose about ten digits once the counts reach 10⁸ (each term is
 * near 10⁹ while the result is near 10); this form never subtracts large numbers: the error of
 * Stirling's formula (`stirlingError`) and the deviance term (`deviance`) are small in themselves.
 * See docs/statistics.md.
 */
import { logGamma } from "./logGamma";

/** ln √(2π). */
const LN_SQRT_2PI = 0.9189385332046728;
/** ln 2π. */
const LN_2PI = 1.8378770664093456;
/** The smallest normal double (C's DBL_MIN; Number.MIN_VALUE is the smallest subnormal). */
const DBL_MIN = 2.2250738585072014e-308;

// Stirling's error at n = 0, 0.5, 1, …, 15: ln Γ(n + 1) − (n + ½) ln n + n − ln √(2π),
// computed to 40 digits with mpmath (the entry for 0 is a placeholder: no caller asks for it).
const HALVES = [
  0, 0.15342640972002736, 0.08106146679532726, 0.05481412105191765, 0.0413406959554093, 0.03316287351993629, 0.02767792568499834, 0.023746163656297496,
  0.020790672103765093, 0.018488450532673187, 0.016644691189821193, 0.015134973221917378, 0.013876128823070748, 0.012810465242920227, 0.01189670994589177,
  0.011104559758206917, 0.010411265261972096, 0.009799416126158804, 0.009255462182712733, 0.008768700134139386, 0.00833056343336287, 0.00793411456431402,
  0.007573675487951841, 0.007244554301320383, 0.00694284010720953, 0.006665247032707682, 0.006408994188004207, 0.006171712263039458, 0.0059513701127588475,
  0.0057462165130101155, 0.005554733551962801,
];

// The coefficients of the asymptotic series 1/(12n) − 1/(360n³) + 1/(1260n⁵) − 1/(1680n⁷) + 1/(1188n⁹).
const S0 = 1 / 12;
const S1 = 1 / 360;
const S2 = 1 / 1260;
const S3 = 1 / 1680;
const S4 = 1 / 1188;

/**
 * The error of Stirling's formula, ln n! − [(n + ½) ln n − n + ln √(2π)]: exact values up to 15,
 * then the asymptotic series with as many terms as the size of n needs (R's `stirlerr`).
 *
 * @param n a non-negative number (whole or half-whole below 15 to use the exact table)
 * @returns the error, about 1/(12n)
 * @example stirlingError(20) // 0.004166319691996…
 */
export function stirlingError(n: number): number {
  if (n <= 15) {
    const twice = n + n;
    if (Number.isInteger(twice)) return HALVES[twice];
    return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  }
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/**
 * The deviance term x ln(x/m) + m − x, summed as a series when x is near m so that it keeps
 * its relative accuracy where the direct form would cancel (R's `bd0`).
 *
 * @param x a non-negative number
 * @param m a positive mean
 * @returns the deviance, ≥ 0
 * @example deviance(10, 10) // 0
 */
export function deviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let sum = (x - m) * v;
    if (Math.abs(sum) < DBL_MIN) return sum;
    let term = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
  }
  return x * Math.log(x / m) + m - x;
}

/**
 * P(X = x) for X ~ Binomial(n, p), with q = 1 − p passed separately so that p near 1 keeps
 * its accuracy (R's `dbinom_raw`).
 *
 * @param x the count, a whole number
 * @param n the number of trials, a whole number
 * @param p the success probability in [0, 1]
 * @param q 1 − p
 * @returns the probability
 * @example binomialDensity(3, 10, 0.5, 0.5) // 0.1171875
 */
export function binomialDensity(x: number, n: number, p: number, q: number): number {
  if (x < 0 || x > n) return 0;
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x === 0) {
    if (n === 0) return 1;
    return Math.exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q));
  }
  if (x === n) return Math.exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p));
  const lc = stirlingError(n) - stirlingError(x) - stirlingError(n - x) - deviance(x, n * p) - deviance(n - x, n * q);
  const lf = LN_2PI + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}

/**
 * P(X = x) for X ~ Poisson(mean), x ≥ 0 (R's `dpois_raw`; x need not be whole, which gives
 * the density of the gamma distribution's prefactor xᵐ e⁻ˣ / Γ(m + 1) with roles swapped).
 *
 * @param x the count
 * @param mean the Poisson mean, ≥ 0
 * @returns the probability
 * @example poissonDensity(2, 1) // e⁻¹/2 = 0.18393972058572117
 */
export function poissonDensity(x: number, mean: number): number {
  if (mean === 0) return x === 0 ? 1 : 0;
  if (!Number.isFinite(mean) || x < 0) return 0;
  if (x <= mean * DBL_MIN) return Math.exp(-mean);
  if (mean < x * DBL_MIN) return Math.exp(-mean + x * Math.log(mean) - logGamma(x + 1));
  return Math.exp(-stirlingError(x) - deviance(x, mean)) / Math.sqrt(2 * Math.PI * x);
}
