/**
 * DESCRIBE: the usual summary of a range, with labels.
 */
import type { MatrixInput, ResultCell, ResultMatrix } from "../../grid/broadcast";
import { isSheetError, sheetError, type SheetError } from "../../grid/sheetError";
import { describe, DESCRIPTION_ROWS } from "../describe";
import { readLanguage } from "./settings";
import { readSeries, tooShort } from "./series";
import { FUNCTION_MESSAGES } from "../../messages/functionMessages";

/**
 * DESCRIBE(values, [language]): spills label and value rows for n, mean, median, sample
 * standard deviation, minimum, first quartile, third quartile (R type 7 = Excel's
 * QUARTILE.INC), maximum, and the number of missing cells skipped. One value gives
 * #DIV/0! for the standard deviation, as STDEV.S does; no values give #N/A.
 *
 * @param values any range; missing cells are skipped and counted
 * @param language "zh" (default) or "en" for the labels
 * @returns nine rows of [label, value]
 * @example describeValues([[1], [2], [3], [4]]) // [["个数", 4], ["均值", 2.5], …, ["缺失值（已跳过）", 0]]
 */
export function describeValues(values: MatrixInput, language?: unknown): ResultMatrix | SheetError {
  const style = readLanguage(language);
  if (isSheetError(style)) return style;
  const series = readSeries(values, false);
  if (isSheetError(series)) return series;
  const numbers = series.values.filter((v): v is number => v !== undefined);
  if (numbers.length === 0) return tooShort(["DESCRIBE", "描述统计"], 1, 0, series.missing);
  const d = describe(numbers);
  const rows: ResultMatrix = DESCRIPTION_ROWS.map((row) => {
    const value = d[row.key];
    // A -0 minimum would show as "-0" in some hosts; the contract allows plain 0 only.
    let cell: ResultCell = value === 0 ? 0 : value;
    if (Number.isNaN(value)) cell = sheetError("div0", FUNCTION_MESSAGES.atLeastTwoValues);
    else if (!Number.isFinite(value)) cell = sheetError("num", FUNCTION_MESSAGES.valuesTooLarge);
    return [style === "en" ? row.en : row.zh, cell];
  });
  rows.push([style === "en" ? "missing (skipped)" : "缺失值（已跳过）", series.missing]);
  return rows;
}
