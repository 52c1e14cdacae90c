/**
 * A descriptive summary of a list of values, with labels for a report.
 */
import { mean, median, sampleStandardDeviation } from "simple-statistics";
import { MessageError } from "../messages/message";
import { STATS_MESSAGES } from "../messages/statsMessages";

/** The summary of a list of values. */
export interface Description {
  readonly n: number;
  readonly mean: number;
  readonly median: number;
  /** The sample standard deviation (n − 1); NaN for a single value. */
  readonly sd: number;
  readonly min: number;
  readonly q1: number;
  readonly q3: number;
  readonly max: number;
}

/**
 * The quantile of sorted values by R's type 7 rule, which is Excel's QUARTILE.INC and
 * PERCENTILE.INC: h = (n − 1)·p, interpolating between the neighbours of h.
 *
 * @param sorted the values in ascending order, at least one
 * @param p the probability in [0, 1]
 * @returns the quantile
 * @example quantileType7([1, 2, 3, 4], 0.25) // 1.75 (Excel: =QUARTILE.INC({1,2,3,4},1))
 */
export function quantileType7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/**
 * n, mean, median, sample standard deviation, minimum, quartiles (type 7 = QUARTILE.INC)
 * and maximum of the values.
 *
 * @param values the numbers, at least one
 * @returns the description
 * @throws RangeError for no values
 * @example describe([1, 2, 3, 4]).q1 // 1.75
 */
export function describe(values: readonly number[]): Description {
  if (values.length === 0) throw new MessageError(STATS_MESSAGES.atLeastOneValue);
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    mean: mean(sorted),
    median: median(sorted),
    sd: sorted.length > 1 ? sampleStandardDeviation(sorted) : NaN,
    min: sorted[0],
    q1: quantileType7(sorted, 0.25),
    q3: quantileType7(sorted, 0.75),
    max: sorted[sorted.length - 1],
  };
}

/** The row labels of a description in report order, with the field each row shows. */
export const DESCRIPTION_ROWS: ReadonlyArray<{
  readonly key: keyof Description;
  readonly zh: string;
  readonly en: string;
}> = [
  { key: "n", zh: "个数", en: "n" },
  { key: "mean", zh: "均值", en: "mean" },
  { key: "median", zh: "中位数", en: "median" },
  { key: "sd", zh: "标准差（样本）", en: "standard deviation (sample)" },
  { key: "min", zh: "最小值", en: "minimum" },
  { key: "q1", zh: "下四分位数（Q1）", en: "first quartile (Q1)" },
  { key: "q3", zh: "上四分位数（Q3）", en: "third quartile (Q3)" },
  { key: "max", zh: "最大值", en: "maximum" },
];
