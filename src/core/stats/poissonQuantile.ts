/**
 * The exact quantiles of the Poisson distribution, for funnel-plot limits.
 */
import { regularizedGammaQ } from "./regularizedGamma";
import { normalQuantile } from "./normal";

/**
 * P(X ≤ k) for X ~ Poisson(mean), as Q(k + 1, mean).
 *
 * @param k the count
 * @param mean the Poisson mean, ≥ 0
 * @returns the probability in [0, 1]
 * @example poissonLowerTail(2, 1) // 2.5·e⁻¹ = 0.9196986029286058
 */
export function poissonLowerTail(k: number, mean: number): number {
  if (k < 0) return 0;
  if (mean === 0) return 1;
  return regularizedGammaQ(Math.floor(k) + 1, mean);
}

/**
 * The smallest count k with P(X ≤ k) ≥ probability, for X ~ Poisson(mean): R's `qpois`
 * (with its tolerance of 64 machine epsilons on the probability).
 *
 * @param probability in [0, 1)
 * @param mean the Poisson mean, ≥ 0
 * @returns the quantile, a whole number; NaN for a mean above 1e12 or invalid arguments
 * @example poissonQuantile(0.975, 10) // 17 (R: qpois(0.975, 10))
 */
export function poissonQuantile(probability: number, mean: number): number {
  // Beyond 1e12 the stepping below could not move k by 1 in floating point.
  if (!(mean >= 0) || mean > 1e12 || !(probability >= 0 && probability < 1)) return NaN;
  if (mean === 0 || probability === 0) return 0;
  const target = probability * (1 - 64 * Number.EPSILON);
  // Start near the answer (normal approximation), then step to the exact one.
  let k = Math.max(0, Math.floor(mean + normalQuantile(probability) * Math.sqrt(mean)));
  if (poissonLowerTail(k, mean) >= target) {
    while (k > 0 && poissonLowerTail(k - 1, mean) >= target) k--;
  } else {
    while (poissonLowerTail(k, mean) < target) k++;
  }
  return k;
}
