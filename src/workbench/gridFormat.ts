/**
 * How the simulated grid shows a cell: the value through a basic reading of its number
 * format (percent, fixed decimals, thousands separators), as Excel would display it.
 * Only the formats bureau workbooks and the summary use are understood; others show the raw value.
 */

/**
 * The display text of a cell.
 *
 * @param value the cell's value as `Range.values` gives it
 * @param numberFormat its number format ("General", "0.0%", "#,##0.00" …)
 * @returns the text to show
 * @example displayText(0.15, "0.0%") // "15.0%"
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
  const decimalsMatch = /\.([0#]+)/.exec(format);
  const decimals = decimalsMatch ? decimalsMatch[1].length : 0;
  const grouping = format.includes(",");
  const text = scaled.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
  return percent ? `${text}%` : text;
}

/**
 * The A1 column letters of a 0-based column.
 *
 * @param column 0-based column
 * @returns letters
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
