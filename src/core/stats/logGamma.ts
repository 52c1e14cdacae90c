/**
 * The natural logarithm of the gamma function, for binomial and Poisson probabilities of
 * counts too large for factorials.
 */

// Lanczos coefficients for g = 7, n = 9 (Numerical Recipes 3rd ed., Press et al. 2007 §6.1);
// relative error below 1e-15 for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * ln Γ(x) for x > 0, by the Lanczos approximation.
 *
 * @param x a positive number
 * @returns ln Γ(x); NaN for x ≤ 0 or NaN
 * @example logGamma(5) // ln 24 = 3.1780538303479458
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return NaN;
  if (x < 0.5) {
    // Reflection keeps the approximation in its accurate range: Γ(x)Γ(1−x) = π / sin(πx).
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < 9; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln k! for k below this bound is computed once and kept: binomial tails ask for it millions of times. */
const FACTORIAL_CACHE_SIZE = 100000;
const logFactorials = new Float64Array(FACTORIAL_CACHE_SIZE).fill(-1);

/**
 * ln k! for a whole number k ≥ 0 (ln Γ(k + 1)), cached for k < 100,000.
 *
 * @param k a non-negative whole number
 * @returns ln k!
 * @example logFactorial(4) // ln 24
 */
export function logFactorial(k: number): number {
  if (k < FACTORIAL_CACHE_SIZE && Number.isInteger(k) && k >= 0) {
    const cached = logFactorials[k];
    if (cached >= 0) return cached;
    return (logFactorials[k] = k < 2 ? 0 : logGamma(k + 1));
  }
  return logGamma(k + 1);
}

/**
 * ln of the binomial coefficient C(n, k).
 *
 * @param n the number of trials
 * @param k the number of successes, 0 ≤ k ≤ n
 * @returns ln C(n, k)
 * @example Math.exp(logChoose(10, 3)) // 120 (to 1e-12)
 */
export function logChoose(n: number, k: number): number {
  if (k === 0 || k === n) return 0;
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
