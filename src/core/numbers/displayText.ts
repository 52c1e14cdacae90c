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
  const format = (numberFormat ?? "General")
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (format === "General" || format === "@" || format === "") {
    return String(Math.round(value * 1e10) / 1e10);
  }
  const percent = format.includes("%");
  const scaled = percent ? value * 100 : value;
  const decimals = /\.([0#]+)/.exec(format)?.[1] ?? "";
  const required = decimals.replace(/#/g, "").length;
  const grouping = format.includes(",");
  const text = scaled.toLocaleString("en-US", { minimumFractionDigits: required, maximumFractionDigits: decimals.length, useGrouping: grouping });
  return percent ? `${text}%` : text;
}
