/**
 * Reading the optional settings of a BUREAU function (decimals, unit, style). Excel passes an
 * omitted optional argument as null or undefined, a blank cell as null or "", and a range
 * as a 2-D array; a setting is one value, so a range of one cell is taken as that cell.
 */
import { readCell } from "../numbers/readCell";
import { sheetError, type SheetError } from "../grid/sheetError";
import type { ZeroBaseStyle } from "../text/changeText";
import { FUNCTION_MESSAGES } from "../messages/functionMessages";

/** The largest number of decimals a function writes. */
export const MAX_DECIMALS = 10;

function single(raw: unknown): unknown | SheetError {
  if (!Array.isArray(raw)) return raw;
  const rows = raw as unknown[];
  if (rows.length === 1 && (!Array.isArray(rows[0]) || (rows[0] as unknown[]).length === 1)) {
    return Array.isArray(rows[0]) ? (rows[0] as unknown[])[0] : rows[0];
  }
  return sheetError("value", FUNCTION_MESSAGES.settingNotRange);
}

function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Reads a number of decimals: a whole number from 0 to 10, or the default when omitted.
 *
 * @param raw the argument as Excel passed it
 * @param fallback the default, 1 for percents
 * @returns the number of decimals, or #VALUE! naming the problem
 * @example readDecimals(undefined, 1) // 1
 * @example readDecimals(2, 1) // 2
 */
export function readDecimals(raw: unknown, fallback: number): number | SheetError {
  const value = single(raw);
  if (typeof value === "object" && value !== null && (value as SheetError).kind === "sheet-error") return value as SheetError;
  if (isOmitted(value)) return fallback;
  const reading = readCell(value);
  if (reading.kind === "number" && Number.isInteger(reading.value) && reading.value >= 0 && reading.value <= MAX_DECIMALS) {
    return reading.value;
  }
  return sheetError("value", FUNCTION_MESSAGES.decimalsRange(MAX_DECIMALS));
}

/**
 * Reads a unit classifier such as 起, 人 or 万元; "" when omitted.
 *
 * @param raw the argument as Excel passed it
 * @returns the unit text (numbers are taken as their text), or #VALUE! for a range
 * @example readUnit("起") // "起"
 */
export function readUnit(raw: unknown): string | SheetError {
  const value = single(raw);
  if (typeof value === "object" && value !== null && (value as SheetError).kind === "sheet-error") return value as SheetError;
  if (isOmitted(value)) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return sheetError("value", FUNCTION_MESSAGES.unitNotText);
}

/** How YOYTEXT writes: a zero-base style for Chinese, or English. */
export interface TextStyle {
  readonly zeroBase: ZeroBaseStyle;
  readonly language: "zh" | "en";
}

const STYLES: Readonly<Record<string, TextStyle>> = {
  default: { zeroBase: "net_increase", language: "zh" },
  net_increase: { zeroBase: "net_increase", language: "zh" },
  delta_x100: { zeroBase: "delta_x100", language: "zh" },
  dash: { zeroBase: "dash", language: "zh" },
  en: { zeroBase: "net_increase", language: "en" },
};

/** The style names YOYTEXT accepts. */
export const STYLE_NAMES: readonly string[] = Object.keys(STYLES);

/**
 * Reads a YOYTEXT style name (case and surrounding spaces ignored); the default when omitted.
 *
 * @param raw the argument as Excel passed it
 * @returns the style, or #VALUE! listing the known names
 * @example readStyle("en") // { zeroBase: "net_increase", language: "en" }
 */
export function readStyle(raw: unknown): TextStyle | SheetError {
  const value = single(raw);
  if (typeof value === "object" && value !== null && (value as SheetError).kind === "sheet-error") return value as SheetError;
  if (isOmitted(value)) return STYLES.default;
  const name = typeof value === "string" ? value.trim().toLowerCase().replace(/-/g, "_") : "";
  const style = Object.prototype.hasOwnProperty.call(STYLES, name) ? STYLES[name] : undefined;
  if (style) return style;
  const known = STYLE_NAMES.map((n) => `"${n}"`).join(", ");
  return sheetError("value", FUNCTION_MESSAGES.unknownStyle(known));
}
