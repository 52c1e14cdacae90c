/**
 * Whether two Poisson counts (this year's accidents against last year's) have the same
 * rate: the exact conditional test of R's `poisson.test(c(x1, x2), c(t1, t2))`.
 */
import { binomialTestTwoSided } from "./binomialTest";
import { MessageError } from "../messages/message";
import { STATS_MESSAGES } from "../messages/statsMessages";

/** The largest total count the exact test handles (it sums binomial tails term by term). */
export const MAX_COUNT = 1e9;

/** The outcome of comparing two counts. */
export interface PoissonRateTest {
  /** Two-sided p-value. */
  readonly p: number;
  /** The ratio of the two rates, (x1/t1)/(x2/t2); Infinity when x2 = 0 < x1, NaN when both are 0. */
  readonly rateRatio: number;
  /** Whether the current rate is higher, lower or equal. */
  readonly direction: "up" | "down" | "flat";
}

/**
 * Tests whether two counts come from Poisson processes with the same rate. Given the total
 * x1 + x2, x1 is binomial with p = t1/(t1 + t2) when the rates are equal; the test is R's
 * exact binomial test of that (Przyborowski & Wileński 1940).
 *
 * @param current the current count x1, a non-negative integer
 * @param previous the previous count x2, a non-negative integer
 * @param exposureRatio t1/t2, the current period's exposure relative to the previous one
 *   (8 months against 6 → 8/6); default 1
 * @returns the p-value, the rate ratio and the direction
 * @throws RangeError for negative or non-integer counts, counts above 1e9 in total, or a non-positive exposure ratio
 * @example poissonRateTest(11, 6).p // 0.3317871 (R: poisson.test(c(11, 6))$p.value)
 */
export function poissonRateTest(current: number, previous: number, exposureRatio = 1): PoissonRateTest {
  if (!isCount(current) || !isCount(previous)) {
    throw new MessageError(STATS_MESSAGES.countsWholeNonNegative);
  }
  if (current + previous > MAX_COUNT) throw new MessageError(STATS_MESSAGES.countsTooLargeExact);
  if (!(exposureRatio > 0) || !Number.isFinite(exposureRatio)) {
    throw new MessageError(STATS_MESSAGES.exposureRatioPositive);
  }
  const p = binomialTestTwoSided(current, current + previous, exposureRatio / (1 + exposureRatio));
  const rateRatio = current / exposureRatio / previous;
  const scaledCurrent = current / exposureRatio;
  const direction = scaledCurrent > previous ? "up" : scaledCurrent < previous ? "down" : "flat";
  return { p, rateRatio, direction };
}

/**
 * Whether a number is a count: a finite, non-negative whole number.
 *
 * @param x any number
 * @returns true for 0, 1, 2, …
 * @example isCount(3) // true
 */
export function isCount(x: number): boolean {
  return Number.isInteger(x) && x >= 0;
}
