/**
 * Reading the scalar settings of the statistics functions (alpha, confidence, level, style,
 * language). Excel passes an omitted argument as null or undefined, a blank cell as null
 * or "", and a one-cell range as a 1×1 array.
 */
import { readCell } from "../../numbers/readCell";
import { isSheetError, sheetError, type SheetError } from "../../grid/sheetError";
import { FUNCTION_MESSAGES } from "../../messages/functionMessages";

/**
 * The one value of a setting, unwrapping a 1×1 range.
 *
 * @param raw the argument as Excel passed it
 * @returns the value, undefined when omitted or blank, or #VALUE! for a larger range
 * @example settingValue([[0.05]]) // 0.05
 */
export function settingValue(raw: unknown): unknown | SheetError {
  let value = raw;
  if (Array.isArray(value)) {
    const rows = value as unknown[];
    if (rows.length !== 1) return sheetError("value", FUNCTION_MESSAGES.settingNotRange);
    value = rows[0];
    if (Array.isArray(value)) {
      if (value.length !== 1) return sheetError("value", FUNCTION_MESSAGES.settingNotRange);
      value = value[0];
    }
  }
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return undefined;
  return value;
}

/**
 * Whether an optional range argument was left out (omitted, or one blank cell).
 *
 * @param raw the argument as Excel passed it
 * @returns true when there is nothing to use
 * @example isOmittedRange([[null]]) // true
 */
export function isOmittedRange(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (Array.isArray(raw) && raw.length === 1) {
    const row = raw[0];
    const cell = Array.isArray(row) ? (row.length === 1 ? row[0] : "not blank") : row;
    return cell === null || cell === undefined || cell === "";
  }
  return false;
}

/**
 * Reads a probability setting such as alpha or a confidence level: a number strictly
 * between 0 and 1, or percent text ("95%"); the default when omitted.
 *
 * @param raw the argument as Excel passed it
 * @param fallback the default
 * @param name the parameter's name for the message, English and Chinese
 * @returns the probability, or #VALUE! naming the problem
 * @example readProbability("95%", 0.95, ["confidence", "置信水平"]) // 0.95
 */
export function readProbability(raw: unknown, fallback: number, name: readonly [string, string]): number | SheetError {
  const value = settingValue(raw);
  if (isSheetError(value)) return value;
  if (value === undefined) return fallback;
  const reading = readCell(value);
  if (reading.kind === "number" && reading.value > 0 && reading.value < 1) return reading.value;
  return sheetError("value", FUNCTION_MESSAGES.probabilitySetting(name[1], name[0]));
}

/**
 * Reads a language or style setting: "zh" (default, also "中文", "cn") or "en".
 *
 * @param raw the argument as Excel passed it
 * @returns "zh" or "en", or #VALUE! listing the choices
 * @example readLanguage("EN") // "en"
 */
export function readLanguage(raw: unknown): "zh" | "en" | SheetError {
  const value = settingValue(raw);
  if (isSheetError(value)) return value;
  if (value === undefined) return "zh";
  const name = String(value).trim().toLowerCase();
  if (name === "en" || name === "english" || name === "英文") return "en";
  if (name === "zh" || name === "cn" || name === "zh-cn" || name === "default" || name === "中文") return "zh";
  return sheetError("value", FUNCTION_MESSAGES.languageStyle);
}
