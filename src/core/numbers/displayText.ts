/**
 * A cell's value as Excel displays it through its number format: percent, fixed and optional
 * decimals ("0.00", "0.##"), thousands separators. Only the formats bureau workbooks and the
 * summary use are understood; others show the value itself. The workbench grid and the report's
 * tables both show cells this way.
 */

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
