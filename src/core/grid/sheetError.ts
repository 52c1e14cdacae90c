/**
 * Spreadsheet error values, free of Office.js: the functions layer turns them into
 * `CustomFunctions.Error`, the summary writes them as Excel error text.
 */

/** The error kinds a BUREAU function returns, by Excel's names. */
export type SheetErrorCode = "value" | "na" | "num" | "div0" | "ref" | "name" | "null";

import { inlineText, MessageError, type Message } from "../messages/message";
import { FUNCTION_MESSAGES } from "../messages/functionMessages";

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
 * @param message what went wrong, from the message catalogue
 * @returns the error value, its message as "English / 中文"
 * @example sheetError("na", FUNCTION_MESSAGES.missingValue).message // "missing value / 缺少数值"
 */
export function sheetError(code: SheetErrorCode, message: Message): SheetError {
  return { kind: "sheet-error", code, message: inlineText(message) };
}

/**
 * The error value for an exception a pure function threw: its own bilingual message when it is a
 * {@link MessageError}, else "cannot compute" with the exception's text.
 *
 * @example errorFromException("num", new MessageError(STATS_MESSAGES.noRegions)).message // "no regions / 没有地区数据"
 */
export function errorFromException(code: SheetErrorCode, error: unknown): SheetError {
  if (error instanceof MessageError) return sheetError(code, error.bilingual);
  return sheetError(code, FUNCTION_MESSAGES.cannotCompute(error instanceof Error ? error.message : String(error)));
}

/**
 * Whether a value is an error value made by {@link sheetError}.
 *
 * @param x anything
 * @returns true for a SheetError
 * @example isSheetError(sheetError("num", FUNCTION_MESSAGES.notFinite)) // true
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
