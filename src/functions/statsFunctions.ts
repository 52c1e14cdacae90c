/**
 * The BUREAU statistics functions (issue 6): thin wrappers that hand Excel's arguments to
 * the Office-free functions in `src/core/stats/sheet/` and turn their results into values
 * Excel accepts (`toExcel.ts`). Nothing but a result matrix leaves them.
 *
 * The JSDoc tags are the source of `functions.json` (custom-functions-metadata); Chinese
 * descriptions live in `functions.zh-CN.json`.
 */
import { describeValues, outliers, rateCi, rateDiff, trend, yoySig, yoyTest } from "../core/stats/sheet";
import { fromExcel } from "./fromExcel";
import { excelCall } from "./toExcel";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Exact test that two counts of independent events (accidents) have the same Poisson rate (R's poisson.test): the two-sided p-value. Not for deaths or injuries: they cluster within accidents.
 * @customfunction YOYTEST
 * @param {any[][]} current This period's count: a cell or a range of whole numbers.
 * @param {any[][]} previous The comparison period's count: a cell or a range.
 * @param {any[][]} [exposure_ratio] This period's exposure over the previous one's (8 months against 6: 8/6); 1 by default.
 * @returns {any[][]} The p-value, spilled with the shape of the inputs; 1 for 0 against 0.
 */
export function yoyTestFunction(current: any[][], previous: any[][], exposure_ratio?: any[][]): any[][] {
  return excelCall(() => yoyTest(fromExcel(current), fromExcel(previous), fromExcel(exposure_ratio)));
}

/**
 * Verdict of the exact count test as report text: 显著上升（p=0.00263）, 变化不显著（p=0.761）. For counts of independent events (accidents), not deaths or injuries.
 * @customfunction YOYSIG
 * @param {any[][]} current This period's count: a cell or a range of whole numbers.
 * @param {any[][]} previous The comparison period's count: a cell or a range.
 * @param {any} [alpha] Significance level, 0.05 by default.
 * @param {any} [style] "zh" (default) or "en" for English text.
 * @returns {any[][]} The verdict text, spilled with the shape of the inputs.
 */
export function yoySigFunction(current: any[][], previous: any[][], alpha?: any, style?: any): any[][] {
  return excelCall(() => yoySig(fromExcel(current), fromExcel(previous), fromExcel(alpha), fromExcel(style)));
}

/**
 * Wilson score confidence interval of a rate such as the rectification rate: spills low and high.
 * @customfunction RATECI
 * @param {any[][]} numerator The numerator, e.g. hazards rectified: a cell, a column or a row.
 * @param {any[][]} denominator The denominator, e.g. hazards found; "—" when it is 0.
 * @param {any} [confidence] Confidence level, 0.95 by default.
 * @returns {any[][]} Low and high as fractions, beside each rate (below it for a row).
 */
export function rateCiFunction(numerator: any[][], denominator: any[][], confidence?: any): any[][] {
  return excelCall(() => rateCi(fromExcel(numerator), fromExcel(denominator), fromExcel(confidence)));
}

/**
 * Difference of two rates in percentage points with Newcombe's 95% interval and the z-test p-value.
 * @customfunction RATEDIFF
 * @param {any[][]} x1 This year's (or this county's) numerator.
 * @param {any[][]} n1 Its denominator.
 * @param {any[][]} x2 The comparison numerator.
 * @param {any[][]} n2 The comparison denominator.
 * @returns {any[][]} Difference, low, high (percentage points) and p.
 */
export function rateDiffFunction(x1: any[][], n1: any[][], x2: any[][], n2: any[][]): any[][] {
  return excelCall(() => rateDiff(fromExcel(x1), fromExcel(n1), fromExcel(x2), fromExcel(n2)));
}

// Named COUNTTREND, not TREND: TREND is an Excel built-in (Microsoft's naming guidance).
/**
 * Average percent change per period of a series of counts (Poisson regression), with a Mann-Kendall test.
 * @customfunction COUNTTREND
 * @param {any[][]} counts The counts in time order: one row or one column; missing values are skipped.
 * @param {any[][]} [periods] The period of each count (years, months); 1, 2, 3 … by default.
 * @returns {any[][]} One row: change per period, low, high, p, Mann-Kendall p, and n.
 */
export function trendFunction(counts: any[][], periods?: any[][]): any[][] {
  return excelCall(() => trend(fromExcel(counts), fromExcel(periods)));
}

/**
 * Flags regions whose counts fall outside Poisson funnel-plot limits (95% and 99.8%).
 * @customfunction OUTLIERS
 * @param {any[][]} counts The count of each region: one row or one column.
 * @param {any[][]} [exposures] Each region's exposure (population, enterprises); against the mean count when omitted.
 * @param {any} [level] One limit level such as 0.95 or 0.998; both by default.
 * @param {any} [style] "zh" (default) or "en".
 * @returns {any[][]} One flag per region: 偏高, 偏低 or 正常 with the limit broken.
 */
export function outliersFunction(counts: any[][], exposures?: any[][], level?: any, style?: any): any[][] {
  return excelCall(() => outliers(fromExcel(counts), fromExcel(exposures), fromExcel(level), fromExcel(style)));
}

/**
 * Descriptive statistics with labels: n, mean, median, standard deviation, minimum, quartiles, maximum.
 * @customfunction DESCRIBE
 * @param {any[][]} values The values: any range; missing cells are skipped and counted.
 * @param {any} [language] "zh" (default) or "en" for the labels.
 * @returns {any[][]} Rows of label and value; quartiles as Excel's QUARTILE.INC.
 */
export function describeFunction(values: any[][], language?: any): any[][] {
  return excelCall(() => describeValues(fromExcel(values), fromExcel(language)));
}
