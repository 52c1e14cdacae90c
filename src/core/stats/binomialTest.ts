/**
 * The exact two-sided binomial test, computed as R's `binom.test` computes it.
 */
import { binomialDensity } from "./saddlePoint";

/** R's tolerance for "as probable as the observed count": d(i) ≤ d(x)·(1 + 1e-7). */
const RELATIVE_ERROR = 1 + 1e-7;

/** How many steps the tail sums take by the ratio of neighbouring terms before computing a term afresh. */
const REANCHOR_STEPS = 1024;

/**
 * The binomial probability P(X = k) for X ~ Binomial(n, p), by Loader's saddle-point
 * expansion (R's `dbinom`): accurate to a few units in the last place at any n up to 10⁹.
 *
 * @param k the count, 0 ≤ k ≤ n (an integer)
 * @param n the number of trials
 * @param p the success probability in [0, 1]
 * @returns the probability
 * @example binomialProbability(3, 10, 0.5) // 120 / 1024 = 0.1171875
 */
export function binomialProbability(k: number, n: number, p: number): number {
  return binomialDensity(k, n, p, 1 - p);
}

// Sums the probabilities from `from` outward (step −1 or +1) until they stop mattering:
// beyond the mode the terms fall geometrically, so the tail converges quickly. Each term comes
// from the previous one by the ratio of neighbours; every REANCHOR_STEPS steps it is computed
// afresh, so rounding cannot pile up over the hundred thousand terms of a tail at n = 10⁹.
function tailFrom(from: number, step: 1 | -1, n: number, p: number): number {
  if (from < 0 || from > n) return 0;
  let term = binomialProbability(from, n, p);
  let sum = term;
  const odds = p / (1 - p);
  for (let i = from, steps = 1; step === 1 ? i < n : i > 0; i += step, steps++) {
    term = steps % REANCHOR_STEPS === 0 ? binomialProbability(i + step, n, p) : term * (step === 1 ? ((n - i) / (i + 1)) * odds : i / (n - i + 1) / odds);
    sum += term;
    if (term <= sum * 1e-17) break;
  }
  return sum;
}

/**
 * The lower tail P(X ≤ k) of Binomial(n, p), by direct summation.
 *
 * @param k the count
 * @param n the number of trials
 * @param p the success probability in [0, 1]
 * @returns the probability in [0, 1]
 * @example binomialLowerTail(2, 10, 0.5) // 56 / 1024 = 0.0546875
 */
export function binomialLowerTail(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  // Below the mean the terms fall towards 0; above it, sum the smaller upper side instead.
  if (k <= n * p) return Math.min(1, tailFrom(k, -1, n, p));
  return Math.max(0, 1 - tailFrom(k + 1, 1, n, p));
}

/**
 * The upper tail P(X ≥ k) of Binomial(n, p).
 *
 * @param k the count
 * @param n the number of trials
 * @param p the success probability in [0, 1]
 * @returns the probability in [0, 1]
 * @example binomialUpperTail(8, 10, 0.5) // 56 / 1024 = 0.0546875
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  if (k >= n * p) return Math.min(1, tailFrom(k, 1, n, p));
  return Math.max(0, 1 - tailFrom(k - 1, -1, n, p));
}

/**
 * The two-sided p-value of the exact binomial test of x successes in n trials against
 * success probability p, by R's rule: the probability of every outcome no more probable
 * than the one observed, with a relative tolerance of 1e-7 (R's `binom.test`).
 *
 * @param x the successes, an integer 0 ≤ x ≤ n
 * @param n the trials, a non-negative integer
 * @param p the hypothesised probability in [0, 1]
 * @returns the p-value in [0, 1]
 * @example binomialTestTwoSided(7, 20, 0.5) // 0.2631760 (R: binom.test(7, 20)$p.value)
 */
export function binomialTestTwoSided(x: number, n: number, p: number): number {
  if (p === 0) return x === 0 ? 1 : 0;
  if (p === 1) return x === n ? 1 : 0;
  const m = n * p;
  if (x === m) return 1;
  const threshold = binomialProbability(x, n, p) * RELATIVE_ERROR;
  let pValue: number;
  if (x < m) {
    // On [ceil(m), n] the probabilities never rise: find the first one at or below the threshold.
    let low = Math.ceil(m);
    let high = n + 1;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (binomialProbability(mid, n, p) <= threshold) high = mid;
      else low = mid + 1;
    }
    pValue = binomialLowerTail(x, n, p) + binomialUpperTail(low, n, p);
  } else {
    // On [0, floor(m)] the probabilities never fall: find the last one at or below the threshold.
    let low = -1;
    let high = Math.floor(m);
    while (low < high) {
      const mid = Math.floor((low + high + 1) / 2);
      if (binomialProbability(mid, n, p) <= threshold) low = mid;
      else high = mid - 1;
    }
    pValue = binomialLowerTail(low, n, p) + binomialUpperTail(x, n, p);
  }
  return Math.min(1, pValue);
}
