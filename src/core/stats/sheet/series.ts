/**
 * Reading a series (a column or row of counts) for the series functions: missing values
 * are skipped and counted, never read as 0.
 */
import { readCell } from "../../numbers/readCell";
import { asMatrix } from "../../grid/broadcast";
import { errorCodeOf, sheetError, type SheetError } from "../../grid/sheetError";
import { FUNCTION_MESSAGES } from "../../messages/functionMessages";

/** The cells of a range in order, each a number or undefined for a missing value. */
export interface SeriesReading {
  readonly values: ReadonlyArray<number | undefined>;
  /** How many cells were missing (blank, "—", "/", …). */
  readonly missing: number;
  /** Whether the range was a row (the results spill along a row too). */
  readonly isRow: boolean;
}

/**
 * Reads a range as a series: numbers, with missing cells kept as undefined; text that is
 * not a number, a boolean or an error value makes the whole series an error.
 *
 * @param input the range as Excel passed it
 * @param oneLine whether it must be a single row or column (true for TREND and OUTLIERS)
 * @returns the values in row-major order, or the error
 * @example readSeries([[3], ["—"], [5]], true) // { values: [3, undefined, 5], missing: 1, isRow: false }
 */
export function readSeries(input: unknown, oneLine: boolean): SeriesReading | SheetError {
  const m = asMatrix(input);
  const rows = m.length;
  const columns = m[0]?.length ?? 0;
  if (oneLine && rows > 1 && columns > 1) return sheetError("value", FUNCTION_MESSAGES.oneRowOrColumn);
  const values: Array<number | undefined> = [];
  let missing = 0;
  for (const row of m) {
    for (const cell of row) {
      const reading = typeof cell === "number" && Number.isFinite(cell) ? ({ kind: "number", value: cell } as const) : readCell(cell);
      switch (reading.kind) {
        case "number":
          values.push(reading.value);
          break;
        case "missing":
          values.push(undefined);
          missing++;
          break;
        case "error":
          return sheetError(errorCodeOf(reading.error), FUNCTION_MESSAGES.inputIsError(reading.error));
        case "boolean":
          return sheetError("value", FUNCTION_MESSAGES.booleanNotNumber(reading.value));
        case "text":
          return sheetError("value", FUNCTION_MESSAGES.textNotNumber(reading.text));
      }
    }
  }
  return { values, missing, isRow: rows === 1 && columns > 1 };
}

/**
 * The #N/A for a series too short for its method, saying how many points it needs.
 *
 * @param method the method's name, English and Chinese
 * @param needed the fewest points it works with
 * @param got how many usable points there are
 * @param missing how many were skipped as missing
 * @returns the error value
 * @example tooShort(["trend", "趋势分析"], 3, 2, 0) // #N/A "trend needs at least 3 points, got 2 / 趋势分析至少需要3个数据点，现有2个"
 */
export function tooShort(method: readonly [string, string], needed: number, got: number, missing: number): SheetError {
  return sheetError("na", FUNCTION_MESSAGES.tooFewPoints(method, needed, got, missing));
}
