/**
 * A cell's value as Excel displays it through its number format: percent, fixed and optional
 * decimals ("0.00", "0.##"), thousands separators, and dates and times (a ledger's 事故发生时间 is
 * a serial number under "yyyy-mm-dd hh:mm"; the grid showed 44927). Dates go through numfmt, a
 * library that reads Excel's date and time codes as Excel does; number formats other than these
 * show the value itself. The workbench grid and the report's tables both show cells this way.
 */
import { format as formatWithPattern, isDateFormat } from "numfmt";

/**
 * The display text of a cell.
 *
 * @param value the cell's value as `Range.values` gives it
 * @param numberFormat its number format ("General", "0.0%", "#,##0.00", "0.##" …)
 * @returns the text to show
 * @example displayText(0.15, "0.0%") // "15.0%"
 * @example displayText(12.5, "0.##") // "12.5"
 */
export function displayText(value: unknown, numberFormat: string | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  if (!Number.isFinite(value)) return "#NUM!";
  if (numberFormat && isDate(numberFormat)) return dateText(value, numberFormat);
  const shown = shownFormat(numberFormat ?? "General");
  if (!shown) return String(Math.round(value * 1e10) / 1e10);
  const text = shown.digits.format(shown.percent ? value * 100 : value);
  return shown.percent ? `${text}%` : text;
}

/** How a number format shows a number; undefined for General (the value itself). */
interface ShownFormat {
  readonly percent: boolean;
  readonly digits: Intl.NumberFormat;
}

/**
 * Each number format read once: a sheet has a handful of formats and thousands of cells, and making
 * a number formatter costs a hundred times more than using one (the summary's column fitting and
 * the workbench grid show every cell).
 */
const SHOWN = new Map<string, ShownFormat | undefined>();
const SHOWN_LIMIT = 1024;

function shownFormat(numberFormat: string): ShownFormat | undefined {
  if (SHOWN.has(numberFormat)) return SHOWN.get(numberFormat);
  const format = numberFormat
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "");
  let shown: ShownFormat | undefined;
  if (format !== "General" && format !== "@" && format !== "") {
    const decimals = /\.([0#]+)/.exec(format)?.[1] ?? "";
    const required = decimals.replace(/#/g, "").length;
    shown = {
      percent: format.includes("%"),
      digits: new Intl.NumberFormat("en-US", { minimumFractionDigits: required, maximumFractionDigits: decimals.length, useGrouping: format.includes(",") }),
    };
  }
  if (SHOWN.size < SHOWN_LIMIT) SHOWN.set(numberFormat, shown);
  return shown;
}

/** Whether a number format shows a date or time, each format asked once. */
const DATES = new Map<string, boolean>();

function isDate(numberFormat: string): boolean {
  let date = DATES.get(numberFormat);
  if (date === undefined) {
    try {
      date = isDateFormat(numberFormat);
    } catch {
      date = false;
    }
    if (DATES.size < SHOWN_LIMIT) DATES.set(numberFormat, date);
  }
  return date;
}

/** A serial date through its format ("yyyy-mm-dd hh:mm" → "2023-01-01 11:06"); Excel shows ##### for a date before 1900 or past 9999, and so does this. */
function dateText(value: number, numberFormat: string): string {
  if (value < 0 || value >= 2958466) return "#####";
  try {
    return formatWithPattern(numberFormat, value);
  } catch {
    return String(value);
  }
}
