/**
 * The Mann-Kendall test for a monotonic trend: a second opinion on short series that
 * assumes no distribution, only order.
 */
import { twoSidedNormalP } from "./normal";
import { MessageError } from "../messages/message";
import { STATS_MESSAGES } from "../messages/statsMessages";

/** The outcome of a Mann-Kendall test. */
export interface MannKendall {
  /** S = Σ_{i<j} sign(y_j − y_i): positive for a rising series. */
  readonly s: number;
  /** Var(S) under no trend, corrected for ties in the values. */
  readonly variance: number;
  /** Two-sided p-value. */
  readonly p: number;
  /** "exact" (no ties, n ≤ 33) or "normal" (normal approximation, no continuity correction). */
  readonly method: "exact" | "normal";
}

/** The fewest points the test is computed for. */
export const MANN_KENDALL_MINIMUM_POINTS = 3;

/** Up to this length a series without ties gets the exact null distribution (as SciPy's default). */
const EXACT_LIMIT = 33;

/**
 * The Mann-Kendall test of a series in time order. Its p-value is that of Kendall's τ
 * between the values and time, as SciPy's `kendalltau(t, y)` computes it by default: exact
 * (Kendall 1970) when there are no ties and n ≤ 33, otherwise the normal approximation with
 * the tie-corrected variance and no continuity correction (which is also R's
 * `cor.test(t, y, method = "kendall", exact = FALSE)`).
 *
 * @param values the series in time order, at least 3 values
 * @returns S, its variance, the p-value and the method used
 * @throws RangeError for fewer than 3 values
 * @example mannKendall([20, 31, 45]).p // 0.3333 (exact: 2 of 3! orderings are as extreme)
 */
export function mannKendall(values: readonly number[]): MannKendall {
  const n = values.length;
  if (n < MANN_KENDALL_MINIMUM_POINTS) {
    throw new MessageError(STATS_MESSAGES.atLeastPoints(MANN_KENDALL_MINIMUM_POINTS));
  }
  let s = 0;
  let discordant = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.sign(values[j] - values[i]);
      s += d;
      if (d < 0) discordant++;
    }
  }
  const tieGroups = new Map<number, number>();
  for (const v of values) tieGroups.set(v, (tieGroups.get(v) ?? 0) + 1);
  let tieTerm = 0;
  for (const size of tieGroups.values()) tieTerm += size * (size - 1) * (2 * size + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const hasTies = tieGroups.size < n;
  if (!hasTies && n <= EXACT_LIMIT) {
    return { s, variance, p: exactKendallP(n, discordant), method: "exact" };
  }
  const p = variance > 0 ? twoSidedNormalP(s / Math.sqrt(variance)) : 1;
  return { s, variance, p, method: "normal" };
}

/**
 * The exact two-sided p-value for `discordant` discordant pairs among n untied values:
 * twice the probability that a random ordering has no more inversions than the smaller of
 * `discordant` and its mirror image (the Mahonian distribution, Kendall 1970).
 *
 * @param n the number of values
 * @param discordant the number of discordant pairs
 * @returns the p-value in [0, 1]
 * @example exactKendallP(4, 0) // 2/24 = 0.0833
 */
export function exactKendallP(n: number, discordant: number): number {
  const pairs = (n * (n - 1)) / 2;
  const c = Math.min(discordant, pairs - discordant);
  // probabilities[k] = P(k inversions) for a random ordering of the first m values, built up one value at a time.
  let probabilities = [1];
  for (let m = 2; m <= n; m++) {
    const next = new Array<number>(Math.min(c, (m * (m - 1)) / 2) + 1).fill(0);
    for (let k = 0; k < probabilities.length; k++) {
      for (let added = 0; added < m && k + added < next.length; added++) next[k + added] += probabilities[k] / m;
    }
    probabilities = next;
  }
  let tail = 0;
  for (let k = 0; k <= c && k < probabilities.length; k++) tail += probabilities[k];
  return Math.min(1, 2 * tail);
}
