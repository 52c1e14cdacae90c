/**
 * The data a recorded chart shows: its source range read from the sheet it belongs to, split
 * into categories and series as Excel does for a range whose first column holds the labels
 * and whose first row holds the series names.
 */
import { parseCellAddress } from "../core/model/address";

/** A chart ready to draw. */
export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

function parseRange(address: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.replace(/\$/g, "").split(":");
  const start = parseCellAddress(a);
  const end = parseCellAddress(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/**
 * Reads a chart's source range from a sheet's values.
 *
 * @param values the sheet's values grid (0-based from A1)
 * @param source the chart's source address, e.g. "A3:C6" (a sheet prefix is ignored)
 * @param seriesBy "Columns" (default, each column a series) or "Rows"
 * @returns categories and numeric series (non-numbers count as 0)
 * @example chartData([["", "本期"], ["事故", 23]], "A1:B2").series[0].values // [23]
 */
export function chartData(values: readonly (readonly unknown[])[], source: string, seriesBy = "Columns"): ChartData {
  const rect = parseRange(source);
  if (!rect) return { categories: [], series: [] };
  const cell = (r: number, c: number) => values[r]?.[c];
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
  const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));
  if (seriesBy.toLowerCase() === "rows") {
    const categories = [];
    for (let c = rect.left + 1; c <= rect.right; c++) categories.push(text(cell(rect.top, c)));
    const series = [];
    for (let r = rect.top + 1; r <= rect.bottom; r++) {
      const vals = [];
      for (let c = rect.left + 1; c <= rect.right; c++) vals.push(num(cell(r, c)));
      series.push({ name: text(cell(r, rect.left)), values: vals });
    }
    return { categories, series };
  }
  const categories = [];
  for (let r = rect.top + 1; r <= rect.bottom; r++) categories.push(text(cell(r, rect.left)));
  const series = [];
  for (let c = rect.left + 1; c <= rect.right; c++) {
    const vals = [];
    for (let r = rect.top + 1; r <= rect.bottom; r++) vals.push(num(cell(r, c)));
    series.push({ name: text(cell(rect.top, c)), values: vals });
  }
  return { categories, series };
}
