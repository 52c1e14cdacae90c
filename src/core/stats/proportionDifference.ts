/**
 * The difference between two rates (this year's 整改率 against last year's, one county
 * against another) in percentage points, with its interval and p-value.
 */
import { twoSidedNormalP } from "./normal";
import { wilsonInterval } from "./wilsonInterval";

/** A difference of two proportions in percentage points. */
export interface ProportionDifference {
  /** (x1/n1 − x2/n2) × 100. */
  readonly difference: number;
  readonly low: number;
  readonly high: number;
  /** Two-sided p-value of the two-sample z test (χ² without continuity correction). */
  readonly p: number;
}

/**
 * The difference x1/n1 − x2/n2 in percentage points, with Newcombe's hybrid score interval
 * (Newcombe 1998, method 10: built from the two Wilson intervals) and the p-value of
 * R's `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)`, the pooled two-sample z test.
 * When both rates are 0 or both are 1 the pooled variance is 0 and R gives no p-value;
 * the difference is then exactly 0 and we report p = 1.
 *
 * @param x1 successes in the first group, 0 ≤ x1 ≤ n1
 * @param n1 size of the first group, > 0
 * @param x2 successes in the second group, 0 ≤ x2 ≤ n2
 * @param n2 size of the second group, > 0
 * @param confidence the confidence level, default 0.95
 * @returns the difference, its interval and the p-value
 * @throws RangeError when a group is empty or a count lies outside [0, n]
 * @example proportionDifference(56, 70, 48, 80) // { difference: 20, low: 5.24…, high: 33.39…, p: 0.00805… }
 */
export function proportionDifference(x1: number, n1: number, x2: number, n2: number, confidence = 0.95): ProportionDifference {
  const first = wilsonInterval(x1, n1, confidence);
  const second = wilsonInterval(x2, n2, confidence);
  const d = first.estimate - second.estimate;
  const low = d - Math.sqrt((first.estimate - first.low) ** 2 + (second.high - second.estimate) ** 2);
  const high = d + Math.sqrt((first.high - first.estimate) ** 2 + (second.estimate - second.low) ** 2);
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  const p = variance > 0 ? twoSidedNormalP(d / Math.sqrt(variance)) : 1;
  return { difference: d * 100, low: low * 100, high: high * 100, p };
}
