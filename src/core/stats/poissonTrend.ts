/**
 * The average percent change per period of a series of counts, from a log-linear Poisson
 * regression: log E[y] = α + β·t, so each period multiplies the expected count by exp(β).
 */
import { normalQuantile, twoSidedNormalP } from "./normal";
import { MessageError } from "../messages/message";
import { STATS_MESSAGES } from "../messages/statsMessages";

/** The fitted trend of a series of counts. */
export interface PoissonTrend {
  /** The regression slope β on the log scale. */
  readonly slope: number;
  /** Its standard error from the Fisher information. */
  readonly standardError: number;
  /** exp(β) − 1: the average change per period as a fraction (0.05 for +5% a period). */
  readonly percentChange: number;
  /** exp(β − z·se) − 1, the Wald interval's lower end. */
  readonly low: number;
  /** exp(β + z·se) − 1, the Wald interval's upper end. */
  readonly high: number;
  /** Two-sided Wald p-value of β = 0 (R's `summary(glm(...))` "Pr(>|z|)"). */
  readonly p: number;
  /** IRLS iterations used. */
  readonly iterations: number;
}

/** The fewest points a trend is fitted to. */
export const TREND_MINIMUM_POINTS = 3;

/**
 * Fits R's `glm(y ~ t, family = poisson)` by iteratively reweighted least squares and
 * reports the slope as a percent change per period with its Wald interval and p-value.
 *
 * @param counts the counts, non-negative (whole numbers in practice)
 * @param periods the period of each count (1, 2, 3 … by default; years such as 2019 … 2024 also work)
 * @param confidence the confidence level, default 0.95
 * @returns the fitted trend
 * @throws RangeError for fewer than 3 points, negative counts, equal periods, or when no
 *   finite fit exists (all counts 0, or every non-zero count at the first or last period)
 * @example poissonTrend([20, 31, 45]).percentChange // 0.4997… (R: exp(coef(glm(c(20,31,45) ~ c(1,2,3), family = poisson))[2]) − 1)
 */
export function poissonTrend(counts: readonly number[], periods?: readonly number[], confidence = 0.95): PoissonTrend {
  const n = counts.length;
  if (n < TREND_MINIMUM_POINTS) throw new MessageError(STATS_MESSAGES.atLeastPoints(TREND_MINIMUM_POINTS));
  const t = periods ? [...periods] : counts.map((_, i) => i + 1);
  if (t.length !== n) throw new MessageError(STATS_MESSAGES.countsPeriodsLength);
  if (counts.some((y) => !(y >= 0) || !Number.isFinite(y))) throw new MessageError(STATS_MESSAGES.countsNonNegative);
  if (new Set(t).size !== n) throw new MessageError(STATS_MESSAGES.periodsDiffer);
  const tMin = Math.min(...t);
  const tMax = Math.max(...t);
  const positive = t.filter((_, i) => counts[i] > 0);
  if (positive.length === 0 || positive.every((x) => x === tMin) || positive.every((x) => x === tMax)) {
    throw new MessageError(STATS_MESSAGES.noFiniteTrend);
  }
  // Centring t changes only the intercept, and keeps the normal equations well conditioned.
  const centre = t.reduce((a, b) => a + b, 0) / n;
  const x = t.map((v) => v - centre);
  let mu = counts.map((y) => y + 0.1); // R's starting values (family$initialize)
  let intercept = 0;
  let slope = 0;
  let iterations = 0;
  let information = [0, 0, 0];
  for (; iterations < 100; iterations++) {
    let sw = 0;
    let swx = 0;
    let swxx = 0;
    let swz = 0;
    let swxz = 0;
    for (let i = 0; i < n; i++) {
      const w = mu[i];
      const z = Math.log(mu[i]) + (counts[i] - mu[i]) / mu[i];
      sw += w;
      swx += w * x[i];
      swxx += w * x[i] * x[i];
      swz += w * z;
      swxz += w * x[i] * z;
    }
    const determinant = sw * swxx - swx * swx;
    const nextSlope = (sw * swxz - swx * swz) / determinant;
    const nextIntercept = (swz - nextSlope * swx) / sw;
    const change = Math.abs(nextSlope - slope) + Math.abs(nextIntercept - intercept);
    slope = nextSlope;
    intercept = nextIntercept;
    mu = x.map((v) => Math.exp(intercept + slope * v));
    if (iterations > 0 && change < 1e-12 * (1 + Math.abs(slope) + Math.abs(intercept))) break;
  }
  // The Fisher information at the fitted means.
  information = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    information[0] += mu[i];
    information[1] += mu[i] * x[i];
    information[2] += mu[i] * x[i] * x[i];
  }
  const variance = information[0] / (information[0] * information[2] - information[1] * information[1]);
  const standardError = Math.sqrt(variance);
  if (!Number.isFinite(slope) || !Number.isFinite(standardError)) throw new MessageError(STATS_MESSAGES.trendNotConverged);
  const z = normalQuantile((1 + confidence) / 2);
  return {
    slope,
    standardError,
    percentChange: Math.expm1(slope),
    low: Math.expm1(slope - z * standardError),
    high: Math.expm1(slope + z * standardError),
    p: twoSidedNormalP(slope / standardError),
    iterations: iterations + 1,
  };
}
