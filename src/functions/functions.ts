/**
 * The BUREAU custom functions: thin wrappers that hand Excel's arguments to the pure
 * functions in `src/core/functions/` and turn their results into values Excel accepts
 * (see `toExcel.ts`). Nothing but a result matrix leaves these functions: no exception,
 * NaN, Infinity, undefined or null.
 *
 * The JSDoc tags are the source of `functions.json` (custom-functions-metadata); its loader
 * appends `CustomFunctions.associate("YOY", yoyFunction)` for each of them. Chinese
 * descriptions live in `functions.zh-CN.json`. `helpUrl` and `allowErrorForDataTypeAny` are added by
 * the build (scripts/functions/finishMetadata.js); `fromExcel` turns the error objects Excel then
 * passes into the values the core reads.
 */
import { breakdown, change, pctText, ppChange, rectRate, share, sumGap, yoy, yoyText } from "../core/functions";
import { fromExcel } from "./fromExcel";
import { excelCall } from "./toExcel";

// custom-functions-metadata reads the TypeScript types too and accepts only its own
// vocabulary (any[][], string, number), hence `any` here.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Year-on-year change as a fraction: (current − previous) / previous; "—" when the previous value is 0.
 * @customfunction YOY
 * @param {any[][]} current This period's value: a cell or a range.
 * @param {any[][]} previous The same period last year: a cell or a range.
 * @returns {any[][]} The change as a fraction (0.15 for +15%), spilled with the shape of the inputs.
 */
export function yoyFunction(current: any[][], previous: any[][]): any[][] {
  return excelCall(() => yoy(fromExcel(current), fromExcel(previous)));
}

/**
 * Absolute change current − previous, computed exactly on decimal values.
 * @customfunction CHANGE
 * @param {any[][]} current This period's value: a cell or a range.
 * @param {any[][]} previous The comparison value: a cell or a range.
 * @returns {any[][]} The difference, spilled with the shape of the inputs.
 */
export function changeFunction(current: any[][], previous: any[][]): any[][] {
  return excelCall(() => change(fromExcel(current), fromExcel(previous)));
}

/**
 * Change between two rates in percentage points: 92% against 88.5% is 3.5.
 * @customfunction PPCHANGE
 * @param {any[][]} rate_now This period's rate, as a fraction (0.92) or percent text ("92%").
 * @param {any[][]} rate_before The comparison rate, as a fraction or percent text.
 * @returns {any[][]} The change in percentage points.
 */
export function ppChangeFunction(rate_now: any[][], rate_before: any[][]): any[][] {
  return excelCall(() => ppChange(fromExcel(rate_now), fromExcel(rate_before)));
}

/**
 * Share of a part in its total: part ÷ total; "—" when the total is 0.
 * @customfunction SHARE
 * @param {any[][]} part The part: a cell or a range.
 * @param {any[][]} total The total: one cell for all parts, or a range.
 * @returns {any[][]} The share as a fraction.
 */
export function shareFunction(part: any[][], total: any[][]): any[][] {
  return excelCall(() => share(fromExcel(part), fromExcel(total)));
}

/**
 * Rectification rate: hazards rectified ÷ hazards found; "—" when none were found.
 * @customfunction RECTRATE
 * @param {any[][]} rectified Hazards rectified: a cell or a range.
 * @param {any[][]} found Hazards found: a cell or a range.
 * @returns {any[][]} The rate as a fraction; #NUM! when more were rectified than found or a count is negative.
 */
export function rectRateFunction(rectified: any[][], found: any[][]): any[][] {
  return excelCall(() => rectRate(fromExcel(rectified), fromExcel(found)));
}

/**
 * Report text for a year-on-year change: 23 against 20 with unit 起 gives 增加3起、上升15%.
 * @customfunction YOYTEXT
 * @param {any[][]} current This period's value: a cell or a range.
 * @param {any[][]} previous The same period last year: a cell or a range.
 * @param {string} [unit] The unit after the absolute change, such as 起 or 人. None by default.
 * @param {number} [decimals] Decimals of the percent, 1 by default.
 * @param {string} [style] "default" (净增加 from a zero base), "delta_x100", "dash" or "en" (English).
 * @returns {any[][]} The phrase, such as 增加3起、上升15%.
 */
export function yoyTextFunction(current: any[][], previous: any[][], unit?: string, decimals?: number, style?: string): any[][] {
  return excelCall(() => yoyText(fromExcel(current), fromExcel(previous), unit, decimals, style));
}

/**
 * A fraction as percent text: 0.2380952 gives 23.8%, 0.9197 gives 92%.
 * @customfunction PCTTEXT
 * @param {any[][]} value The fraction: a cell or a range.
 * @param {number} [decimals] Decimals to keep, 1 by default; trailing zeros are dropped.
 * @returns {any[][]} The percent text.
 */
export function pctTextFunction(value: any[][], decimals?: number): any[][] {
  return excelCall(() => pctText(fromExcel(value), decimals));
}

/**
 * Stated total minus the exact sum of its parts: 0 when a breakdown adds up.
 * @customfunction SUMGAP
 * @param {any[][]} total The stated total: one cell, a column of totals (one row of parts each) or a row of totals (one column of parts each).
 * @param {any[][]} parts The parts: a range.
 * @returns {any[][]} The gap: total minus the sum of the parts.
 */
export function sumGapFunction(total: any[][], parts: any[][]): any[][] {
  return excelCall(() => sumGap(fromExcel(total), fromExcel(parts)));
}

/**
 * Breakdown table: label, value and share of each part, then a 合计 row.
 * @customfunction BREAKDOWN
 * @param {any[][]} values The parts: one row or one column.
 * @param {any[][]} [labels] Their names, as many as the values; 项目1, 项目2 … when omitted.
 * @returns {any[][]} Rows of label, value and share, with a 合计 row at the end.
 */
export function breakdownFunction(values: any[][], labels?: any[][]): any[][] {
  return excelCall(() => breakdown(fromExcel(values), fromExcel(labels)));
}
