/**
 * The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x): the
 * Poisson and chi-square distribution functions, and through them the normal tail.
 */
import { poissonDensity } from "./saddlePoint";

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100000;

/**
 * The lower regularized incomplete gamma function P(a, x) = γ(a, x) / Γ(a).
 *
 * @param a the shape, > 0
 * @param x the argument, ≥ 0
 * @returns P(a, x) in [0, 1]; NaN for invalid arguments
 * @example regularizedGammaP(1, 1) // 1 − e⁻¹ = 0.6321205588285577
 */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  // P(a, x) is the chance that a Poisson(x) count reaches a: its upper tail above a − 1.
  if (nearTheMean(a, x)) return poissonTailAsymptotic(a - 1, x, false);
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/**
 * The upper regularized incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), computed
 * directly (not as 1 − P) so that small tails keep their relative accuracy.
 *
 * @param a the shape, > 0
 * @param x the argument, ≥ 0
 * @returns Q(a, x) in [0, 1]; NaN for invalid arguments
 * @example regularizedGammaQ(0.5, 2) // erfc(√2) = 0.04550026389635842
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (nearTheMean(a, x)) return poissonTailAsymptotic(a - 1, x, true);
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

// Where the series and the continued fraction would need about √a terms (x within about 20 % of a
// large a), R's pgamma switches to an asymptotic expansion; the same bounds are used here, so the
// series always has terms falling by 0.8 or faster and the continued fraction converges as fast.
function nearTheMean(a: number, x: number): boolean {
  if (x < 1) return false;
  if (x <= a - 1 && x < 0.8 * (a + 50)) return false;
  if (a - 1 < x && a < 0.8 * (x + 50)) return false;
  return true;
}

// Coefficients of the asymptotic expansion of the Poisson distribution function (Temme's uniform
// expansion, as tabulated in R's pgamma.c, ppois_asymp); index 0 is unused.
const COEFFICIENTS_A = [0, 2 / 3, -4 / 135, 8 / 2835, 16 / 8505, -8992 / 12629925, -334144 / 492567075, 698752 / 1477701225];
const COEFFICIENTS_B = [0, 1 / 12, 1 / 288, -139 / 51840, -571 / 2488320, 163879 / 209018880, 5246819 / 75246796800, -534703531 / 902961561600];

// P(X ≤ k) (lowerTail) or P(X > k) for X ~ Poisson(mean), k large and near the mean: a normal
// tail at the signed root of the deviance, corrected by a series in 1/k.
function poissonTailAsymptotic(k: number, mean: number, lowerTail: boolean): number {
  const offset = mean - k;
  const pt = -logOnePlusMinus(offset / k);
  const root = offset < 0 ? -Math.sqrt(2 * k * pt) : Math.sqrt(2 * k * pt);
  let sum = 0;
  let first = Math.sqrt(k);
  let firstTerm = first;
  let second = root;
  let secondTerm = root;
  for (let i = 1; i < 8; i++) {
    sum += first * COEFFICIENTS_A[i] + second * COEFFICIENTS_B[i];
    firstTerm *= pt / i;
    secondTerm *= (2 * pt) / (2 * i + 1);
    first = first / k + firstTerm;
    second = second / k + secondTerm;
  }
  let scale = k;
  let power = 1;
  for (let i = 1; i < 8; i++) {
    scale += power * COEFFICIENTS_B[i];
    power /= k;
  }
  const correction = sum / (lowerTail ? scale : -scale);
  const normalTail = lowerTail ? normalAbove(root) : normalAbove(-root);
  return normalTail + (correction * Math.exp((-root * root) / 2)) / Math.sqrt(2 * Math.PI);
}

// P(Z > z) for a standard normal Z, as ½·Q(½, z²/2), each tail computed directly.
function normalAbove(z: number): number {
  const x = (z * z) / 2;
  const q = x === 0 ? 1 : x < 1.5 ? 1 - gammaSeries(0.5, x) : gammaContinuedFraction(0.5, x);
  return z >= 0 ? 0.5 * q : 1 - 0.5 * q;
}

// ln(1 + x) − x, keeping its accuracy for small x: with r = x / (2 + x), ln(1 + x) = 2 artanh r,
// so ln(1 + x) − x = r·(2r² Σ r²ʲ / (2j + 3) − x).
function logOnePlusMinus(x: number): number {
  if (x > 1 || x < -0.79149064) return Math.log1p(x) - x;
  const r = x / (2 + x);
  const y = r * r;
  let sum = 0;
  let power = 1;
  for (let j = 0; j < 200; j++) {
    const term = power / (2 * j + 3);
    sum += term;
    if (term < sum * 1e-17) break;
    power *= y;
  }
  return r * (2 * y * sum - x);
}

// Series for P (Numerical Recipes 3rd ed. §6.2, gser), converges fast for x < a + 1.
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * prefactor(a, x);
}

// Continued fraction for Q by the modified Lentz method (Numerical Recipes §6.2, gcf), for x ≥ a + 1.
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return prefactor(a, x) * h;
}

// xᵃ e⁻ˣ / Γ(a) = a · xᵃ e⁻ˣ / Γ(a + 1): the Poisson probability of a at mean x, by Loader's
// saddle-point form, as R's pgamma computes it. Written as exp(a ln x − x − ln Γ(a)) it would
// lose about eight digits at a = 10⁸, where each of the three terms is near 10⁹.
function prefactor(a: number, x: number): number {
  return a * poissonDensity(a, x);
}
