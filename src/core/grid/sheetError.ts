/**
 * Spreadsheet error values, free of Office.js: the functions layer turns them into
 * `CustomFunctions.Error`, the summary writes them as Excel error text.
 */

/** The error kinds a BUREAU function returns, by Excel's names. */
export type SheetErrorCode = "value" | "na" | "num" | "div0" | "ref" | "name" | "null";

/** An error result with a message for the user (English / 中文). */
export interface SheetError {
  readonly kind: "sheet-error";
  readonly code: SheetErrorCode;
  readonly message: string;
}

/** The text Excel shows for each error code. */
export const ERROR_TEXT: Readonly<Record<SheetErrorCode, string>> = {
  value: "#VALUE!",
  na: "#N/A",
  num: "#NUM!",
  div0: "#DIV/0!",
  ref: "#REF!",
  name: "#NAME?",
  null: "#NULL!",
};

/**
 * Makes an error value.
 *
 * @param code Excel's error kind
 * @param message what went wrong, in English and Chinese
 * @returns the error value
 * @example sheetError("na", "missing value / 缺少数值")
 */
export function sheetError(code: SheetErrorCode, message: string): SheetError {
  return { kind: "sheet-error", code, message };
}

/**
 * Whether a value is an error value made by {@link sheetError}.
 *
 * @param x anything
 * @returns true for a SheetError
 * @example isSheetError(sheetError("num", "x")) // true
 */
export function isSheetError(x: unknown): x is SheetError {
  return typeof x === "object" && x !== null && (x as SheetError).kind === "sheet-error";
}

/**
 * The error code for Excel's error text as a cell shows it.
 *
 * @param text such as "#N/A" or "#DIV/0!"
 * @returns the code; "value" for anything unknown
 * @example errorCodeOf("#DIV/0!") // "div0"
 */
export function errorCodeOf(text: string): SheetErrorCode {
  const entry = Object.entries(ERROR_TEXT).find(([, t]) => t === text.toUpperCase());
  return entry ? (entry[0] as SheetErrorCode) : "value";
}

/** The one message for an element whose inputs are partly missing. */
export const MISSING_MESSAGE = "missing value / 缺少数值";
