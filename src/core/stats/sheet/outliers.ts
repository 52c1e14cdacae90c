/**
 * OUTLIERS: which regions have more or fewer accidents than chance allows.
 */
import type { MatrixInput, ResultCell, ResultMatrix } from "../../grid/broadcast";
import { readCell } from "../../numbers/readCell";
import { errorFromException, isSheetError, sheetError, type SheetError } from "../../grid/sheetError";
import { FUNNEL_LEVELS, funnelFlagText, funnelOutliers } from "../funnelOutliers";
import { isOmittedRange, readLanguage, settingValue } from "./settings";
import { readSeries, tooShort } from "./series";
import { FUNCTION_MESSAGES } from "../../messages/functionMessages";

/** The fewest regions a comparison makes sense for. */
export const OUTLIERS_MINIMUM_REGIONS = 2;

function readLevels(raw: unknown): readonly number[] | SheetError {
  const value = settingValue(raw);
  if (isSheetError(value)) return value;
  if (value === undefined) return FUNNEL_LEVELS;
  const reading = readCell(value);
  if (reading.kind === "number") {
    const level = reading.value >= 1 && reading.value < 100 ? reading.value / 100 : reading.value;
    if (level > 0 && level < 1) return [level];
  }
  return sheetError("value", FUNCTION_MESSAGES.levelProbability);
}

/**
 * OUTLIERS(counts, [exposures], [level], [style]): one flag per region from Poisson
 * funnel-plot limits (Spiegelhalter 2005): "偏高（超出99.8%控制限）", "偏低（低于95%控制限）"
 * or "正常" ("high (above 99.8% limit)" … with style "en"). Expected counts are the overall
 * rate times each exposure, or the mean count without exposures. By default both the 95%
 * and the 99.8% limits are checked and the strictest one broken is named; a level checks
 * only that one. A missing count leaves its cell blank and the region out; a missing,
 * zero or negative exposure puts #N/A, #DIV/0! or #NUM! in that region's cell.
 *
 * @param counts the counts per region: one row or one column
 * @param exposures population, enterprises … per region, as many as the counts
 * @param level one limit level such as 0.95 or 0.998; both when omitted
 * @param style "zh" (default) or "en"
 * @returns one flag per region, in the shape of the counts
 * @example outliers([[5], [30], [8]], [[100], [120], [90]]) // [["正常"], ["偏高（超出99.8%控制限）"], ["正常"]]
 */
export function outliers(counts: MatrixInput, exposures?: MatrixInput, level?: unknown, style?: unknown): ResultMatrix | SheetError {
  const levels = readLevels(level);
  if (isSheetError(levels)) return levels;
  const language = readLanguage(style);
  if (isSheetError(language)) return language;
  const series = readSeries(counts, true);
  if (isSheetError(series)) return series;
  const n = series.values.length;
  let exposure: ReadonlyArray<number | undefined> | undefined;
  if (!isOmittedRange(exposures)) {
    const given = readSeries(exposures, true);
    if (isSheetError(given)) return given;
    if (given.values.length !== n) return sheetError("value", FUNCTION_MESSAGES.lengthsDiffer("计数与暴露量", "counts and exposures", n, given.values.length));
    exposure = given.values;
  }
  const cells: ResultCell[] = new Array(n);
  const used: number[] = [];
  for (let i = 0; i < n; i++) {
    const count = series.values[i];
    const e = exposure?.[i];
    if (count === undefined) cells[i] = exposure && e !== undefined ? sheetError("na", FUNCTION_MESSAGES.missingValue) : "";
    else if (count < 0) cells[i] = sheetError("num", FUNCTION_MESSAGES.negativeCounts);
    else if (exposure && e === undefined) cells[i] = sheetError("na", FUNCTION_MESSAGES.missingValue);
    else if (exposure && e === 0) cells[i] = sheetError("div0", FUNCTION_MESSAGES.exposureZero);
    else if (exposure && (e as number) < 0) cells[i] = sheetError("num", FUNCTION_MESSAGES.exposureNotPositive);
    else used.push(i);
  }
  if (used.length < OUTLIERS_MINIMUM_REGIONS) return tooShort(["OUTLIERS", "异常值识别"], OUTLIERS_MINIMUM_REGIONS, used.length, series.missing);
  let regions;
  try {
    regions = funnelOutliers(
      used.map((i) => series.values[i] as number),
      exposure ? used.map((i) => exposure[i] as number) : undefined,
      levels,
    );
  } catch (error) {
    return errorFromException("num", error);
  }
  used.forEach((index, k) => (cells[index] = funnelFlagText(regions[k], language)));
  return series.isRow ? [cells] : cells.map((cell) => [cell]);
}
