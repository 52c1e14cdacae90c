/**
 * One precision rule for the 综述 and the tables (issue 22, "Consistency"; docs/report-rules.md rule
 * 17): a percent (增减幅度, 整改率) is rounded half-up to the option's decimals, and with trailing zeros
 * dropped (the house style, 楚雄州: "上升15%", "23.8%") the table cell's number format shows exactly the
 * decimals the text writes — 15.0% is "0%" in the cell and "15%" in the text, 23.8% is "0.0%" in both.
 * Without dropping, both show the option's decimals ("15.0%"). The text and the cell read the same
 * rounded decimal, so they never disagree.
 */
import { exactDiff, formatDecimal, roundDecimal, roundedRatio, type Decimal } from "../numbers/decimal";
import type { SummaryOptions } from "./options";

/**
 * A percent format with this many decimals ("0.0%").
 *
 * @param decimals decimals shown
 * @returns the number format
 * @example percentFormat(1) // "0.0%"
 */
export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
}

/** The decimals the text writes for a rounded figure: all of them, or without trailing zeros. */
function shownDecimals(d: Decimal, strip: boolean): number {
  if (!strip) return d.scale;
  const text = formatDecimal(d, true);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The decimals the text writes for numerator / denominator as a percent; the option's when it cannot be computed. */
function ratioDecimals(numerator: number | null, denominator: number | null, decimals: number, strip: boolean): number {
  if (numerator === null || denominator === null || denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return decimals;
  return shownDecimals(roundedRatio(numerator, denominator, 100, decimals), strip);
}

function unitsFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/**
 * The number format of a cell holding numerator / denominator as a percent: the decimals its text shows.
 *
 * @param numerator e.g. hazards rectified, or a change (current − previous)
 * @param denominator e.g. hazards found, or last year's figure
 * @param decimals the option's decimals (percentDecimals, rateDecimals)
 * @param o whether trailing zeros are dropped
 * @param units "percent" for a fraction shown with % ("0.0%"), "units" for a figure already × 100 ("0.0")
 * @returns the format; the option's decimals when the ratio cannot be computed
 * @example ratioPercentFormat(3, 20, 1, { stripTrailingZeros: true }) // "0%" (15%)
 * @example ratioPercentFormat(5, 21, 1, { stripTrailingZeros: true }) // "0.0%" (23.8%)
 * @example ratioPercentFormat(378, 411, 1, { stripTrailingZeros: true }, "units") // "0" (92)
 */
export function ratioPercentFormat(
  numerator: number | null,
  denominator: number | null,
  decimals: number,
  o: Pick<SummaryOptions, "stripTrailingZeros">,
  units: "percent" | "units" = "percent",
): string {
  const shown = ratioDecimals(numerator, denominator, decimals, o.stripTrailingZeros);
  return units === "percent" ? percentFormat(shown) : unitsFormat(shown);
}

/**
 * The number format of a 增减幅度 cell: the decimals the 综述 writes for (current − previous) / previous.
 *
 * @param current this period
 * @param previous the same period a year earlier
 * @param o percentDecimals and trailing zeros
 * @returns the format
 * @example changePercentFormat(23, 20, resolveSummaryOptions()) // "0%" (上升15%)
 */
export function changePercentFormat(
  current: number | null,
  previous: number | null,
  o: Pick<SummaryOptions, "percentDecimals" | "stripTrailingZeros">,
): string {
  if (current === null || previous === null) return percentFormat(o.percentDecimals);
  return ratioPercentFormat(exactDiff(current, previous), previous, o.percentDecimals, o);
}

/**
 * The number format of a figure the workbook states in percent units (a 整改率 of 92.04): its decimals as the text writes them.
 *
 * @param value the figure, in percent units
 * @param decimals the option's decimals
 * @param o whether trailing zeros are dropped
 * @returns "0.0" or "0"
 * @example statedUnitsFormat(92.04, 1, { stripTrailingZeros: true }) // "0"
 */
export function statedUnitsFormat(value: number | null, decimals: number, o: Pick<SummaryOptions, "stripTrailingZeros">): string {
  return unitsFormat(value === null || !Number.isFinite(value) ? decimals : shownDecimals(roundDecimal(value, decimals), o.stripTrailingZeros));
}
