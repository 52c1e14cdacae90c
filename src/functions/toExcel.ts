/**
 * The one place where the Office-free results of `src/core/` become what Excel accepts
 * from a custom function: `SheetError` → `CustomFunctions.Error`, and never NaN,
 * Infinity, undefined or null (Excel shows a returned null as 0).
 *
 * Shared by `functions.ts` and `statsFunctions.ts`.
 */
import { isSheetError, type SheetError, type SheetErrorCode } from "../core/grid/sheetError";
import type { ResultCell, ResultMatrix } from "../core/grid/broadcast";

/** What a cell of a custom function's result may hold. */
export type ExcelCell = number | string | boolean | CustomFunctions.Error;

/** Excel's error codes by our names. Excel refuses #NAME? and #REF! as outputs, so they become #VALUE!. */
const ERROR_CODE: Readonly<Record<SheetErrorCode, string>> = {
  value: "#VALUE!",
  na: "#N/A",
  num: "#NUM!",
  div0: "#DIV/0!",
  ref: "#VALUE!",
  name: "#VALUE!",
  null: "#NULL!",
};

/** Only #VALUE! and #N/A may carry a custom message (CustomFunctions.ErrorCode docs). */
const CARRIES_MESSAGE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

/**
 * Turns an error value into Excel's error object, keeping the message where Excel can show it.
 *
 * @param error the error value from the core
 * @returns a `CustomFunctions.Error` (#NUM!, #DIV/0! and #NULL! lose their message: Excel cannot show one)
 * @example toExcelError(sheetError("na", "missing value / 缺少数值")) // #N/A with that message
 */
export function toExcelError(error: SheetError): CustomFunctions.Error {
  const code = ERROR_CODE[error.code] ?? "#VALUE!";
  const errorCode = code as unknown as CustomFunctions.ErrorCode;
  return CARRIES_MESSAGE.has(code) ? new CustomFunctions.Error(errorCode, error.message) : new CustomFunctions.Error(errorCode);
}

/**
 * Turns one result element into a value Excel accepts.
 *
 * @param cell the element
 * @returns the same number, text or boolean; an error object for an error value or for
 *   anything Excel would misshow (NaN, ±Infinity → #NUM!; undefined, null → "")
 * @example toExcelCell(-0) // 0
 */
export function toExcelCell(cell: ResultCell | null | undefined): ExcelCell {
  switch (typeof cell) {
    case "number":
      if (Number.isFinite(cell)) return cell === 0 ? 0 : cell;
      return new CustomFunctions.Error("#NUM!" as unknown as CustomFunctions.ErrorCode);
    case "string":
    case "boolean":
      return cell;
    default:
      if (isSheetError(cell)) return toExcelError(cell);
      return "";
  }
}

/** Whether Excel takes a cell as it is: a finite number other than −0, text or a boolean. */
function isPlain(cell: unknown): boolean {
  const kind = typeof cell;
  if (kind === "number") return (cell as number) - (cell as number) === 0 && !Object.is(cell, -0);
  return kind === "string" || kind === "boolean";
}

/**
 * Turns a function's whole result into the 2-D array a custom function returns. A
 * single error for the whole call becomes a 1×1 array holding that error, so the cell
 * shows the error with its message instead of the function throwing.
 *
 * For speed over 100,000-row results the matrix is converted in place (only cells Excel
 * cannot take are replaced), so pass a matrix the caller owns, as the core functions return.
 *
 * @param result the core result: a matrix or one error
 * @returns a non-empty, rectangular 2-D array of Excel values
 * @example toExcelMatrix([[0.15, ""]]) // [[0.15, ""]]
 */
export function toExcelMatrix(result: ResultMatrix | SheetError | null | undefined): ExcelCell[][] {
  if (!Array.isArray(result) || result.length === 0) {
    return [[isSheetError(result) ? toExcelError(result) : ""]];
  }
  let width = 0;
  for (const row of result) if (Array.isArray(row) && row.length > width) width = row.length;
  if (width === 0) return [[""]];
  const out = result as unknown as ExcelCell[][];
  for (let r = 0; r < out.length; r++) {
    let row = out[r] as unknown[];
    if (!Array.isArray(row)) row = out[r] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (!isPlain(cell)) row[c] = c < row.length ? toExcelCell(cell as ResultCell) : "";
    }
  }
  return out;
}

/**
 * Runs a core computation so that nothing escapes but Excel values: a thrown exception
 * becomes #VALUE! with its message.
 *
 * @param compute the core call
 * @returns the Excel result
 * @example excelCall(() => yoy([[23]], [[20]])) // [[0.15]]
 */
export function excelCall(compute: () => ResultMatrix | SheetError): ExcelCell[][] {
  try {
    return toExcelMatrix(compute());
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    try {
      return [[new CustomFunctions.Error("#VALUE!" as unknown as CustomFunctions.ErrorCode, `cannot compute: ${message} / 无法计算`)]];
    } catch {
      return [["#VALUE!"]];
    }
  }
}
