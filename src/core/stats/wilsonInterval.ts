/**
 * The Wilson score interval of a proportion such as 整改率 (rectified ÷ found).
 */
import { normalQuantile } from "./normal";
import { MessageError } from "../messages/message";
import { STATS_MESSAGES } from "../messages/statsMessages";

/** A confidence interval around an estimate. */
export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

// z for the usual 95% level, computed once: a range call asks for it 100,000 times.
const Z_95 = normalQuantile(0.975);

/**
 * The Wilson score interval (Wilson 1927) of x successes in n trials: the interval of
 * R's `prop.test(x, n, correct = FALSE)$conf.int`. It stays inside [0, 1] and is valid at
 * rates of 0 and 1, where the textbook Wald interval collapses to a point.
 *
 * @param x the successes, 0 ≤ x ≤ n
 * @param n the trials, > 0
 * @param confidence the confidence level in (0, 1), default 0.95
 * @returns the proportion x/n with its interval
 * @throws RangeError for n ≤ 0, x outside [0, n] or a confidence outside (0, 1)
 * @example wilsonInterval(92, 100) // { estimate: 0.92, low: 0.8498…, high: 0.9588… }
 */
export function wilsonInterval(x: number, n: number, confidence = 0.95): Interval {
  if (!(n > 0) || !(x >= 0) || x > n) throw new MessageError(STATS_MESSAGES.wilsonCounts);
  if (!(confidence > 0 && confidence < 1)) throw new MessageError(STATS_MESSAGES.confidenceBetween);
  const z = confidence === 0.95 ? Z_95 : normalQuantile((1 + confidence) / 2);
  const z2 = z * z;
  const estimate = x / n;
  const centre = (x + z2 / 2) / (n + z2);
  const half = (z / (n + z2)) * Math.sqrt((x * (n - x)) / n + z2 / 4);
  // At x = 0 or x = n the interval touches the bound exactly; rounding must not push it past.
  const low = x === 0 ? 0 : Math.max(0, Math.min(estimate, centre - half));
  const high = x === n ? 1 : Math.min(1, Math.max(estimate, centre + half));
  return { estimate, low, high };
}
