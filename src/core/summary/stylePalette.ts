/**
 * How each named style of a summary plan looks: the one table of the summary sheet's look — fonts,
 * fills, borders and alignment — read by every writer of a summary sheet (Office.js in src/excel, the
 * ET object model in src/wps, the .summary.xlsx's styles part in src/xlsx/summary/cellStyles.ts), so
 * the hosts and the file draw the same sheet. Number formats are the plan's, cell by cell
 * (`PlanCell.numberFormat`). Colours are "#RRGGBB"; a writer converts them to what its host takes (WPS
 * wants BGR numbers, a styles part ARGB).
 */
import type { SummaryStyle } from "./plan";

/** The size the small texts of a sheet printed scaled down are set at (五号): 10.5 × 0.82 = 8.6 pt printed. */
export const LEGIBLE_POINTS = 10.5;

/** The look of one style; absent properties are left as the host's default. */
export interface StyleFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  /** Font colour, "#RRGGBB". */
  readonly color?: string;
  /** Fill colour, "#RRGGBB". */
  readonly fill?: string;
  readonly horizontalAlignment?: "Center" | "Left" | "Right";
  readonly verticalAlignment?: "Top" | "Center";
  readonly wrapText?: boolean;
  /** Thin continuous lines on every edge and between cells. */
  readonly borders?: boolean;
}

/** The formats of each named style. */
export const STYLE_FORMATS: Readonly<Record<SummaryStyle, StyleFormat>> = {
  title: { bold: true, size: 16, horizontalAlignment: "Center", verticalAlignment: "Center" },
  // Row 2's note is a paragraph: wrapped in a row as tall as its lines (the plan's height), never cut at both ends.
  subtitle: { italic: true, color: "#595959", size: 9, horizontalAlignment: "Left", verticalAlignment: "Top", wrapText: true },
  section: { bold: true, size: 12, fill: "#FCE4D6" },
  // A header of two rows (县（市） merged down beside 事故起数 | 本期 去年同期) is centred both ways.
  header: { bold: true, fill: "#D9E1F2", horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true, borders: true },
  // Figures (and the "—" of a missing one) to the right; text columns are "label" cells. A table's cells sit
  // centred in their row, as a statistician's table does, beside a tall cell (a wrapped 显著性 or label): never at the bottom.
  body: { borders: true, horizontalAlignment: "Right", verticalAlignment: "Center" },
  total: { bold: true, fill: "#F2F2F2", borders: true, verticalAlignment: "Center" },
  narrative: { wrapText: true, verticalAlignment: "Top" },
  note: { italic: true, color: "#7F7F7F", size: 9 },
  label: { borders: true, verticalAlignment: "Center" },
  // A 核对 slip: a row of the bordered table under its header (or the losses' sum row beside its bordered parts), red,
  // its long message wrapped and its sheet and cell at the top beside it.
  check: { color: "#C00000", borders: true, wrapText: true, verticalAlignment: "Top" },
  // A 识别说明 row: bordered like a table's, its long note wrapped, its sheet and cell at the top beside the note.
  remark: { borders: true, wrapText: true, verticalAlignment: "Top" },
  // Laid over another style where a text is wider than its cell (textFit.ts): only turns wrapping on.
  wrap: { wrapText: true },
  // Laid over the small texts (row 2, the notes: 9 pt) of a sheet that prints scaled down (printLayout.ts): 五号, 10.5 pt,
  // prints at 8.6 pt or more at the smallest scale a sheet prints at (82 %), where 9 pt printed at 7.4.
  legible: { size: LEGIBLE_POINTS },
};

/**
 * Styles laid one over another, property by property, as a host applies them in turn: a later style
 * sets what it names and keeps the rest ("wrap" over "header" keeps the header's centring).
 *
 * @param under the look so far, if any
 * @param over the style laid over it
 * @returns the look of the cell
 * @example overlay(STYLE_FORMATS.header, STYLE_FORMATS.wrap).horizontalAlignment // "Center"
 */
export function overlay(under: StyleFormat | undefined, over: StyleFormat): StyleFormat {
  return under ? { ...under, ...over } : over;
}

/** The edges a bordered style draws, by their Office.js names. */
export const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** A border edge's name. */
export type BorderEdge = (typeof BORDER_EDGES)[number];

/**
 * Runs of one number format down each column of a plan's cells: each run is written in one call
 * rather than one call per cell. "General" and unformatted cells make no run.
 *
 * @param cells the plan's cells, rows of columns
 * @param rowCount rows in the plan
 * @param columnCount columns in the plan
 * @returns runs as { row, column, rowCount, format }
 * @example numberFormatRuns([[{ value: 1, numberFormat: "0.0%" }], [{ value: 2, numberFormat: "0.0%" }]], 2, 1) // [{ row: 0, column: 0, rowCount: 2, format: "0.0%" }]
 */
export function numberFormatRuns(
  cells: readonly (readonly { readonly numberFormat?: string }[])[],
  rowCount: number,
  columnCount: number,
): { row: number; column: number; rowCount: number; format: string }[] {
  const runs: { row: number; column: number; rowCount: number; format: string }[] = [];
  for (let c = 0; c < columnCount; c++) {
    let start = 0;
    for (let r = 1; r <= rowCount; r++) {
      const format = cells[start]?.[c]?.numberFormat;
      if (r < rowCount && cells[r]?.[c]?.numberFormat === format) continue;
      if (format && format !== "General") runs.push({ row: start, column: c, rowCount: r - start, format });
      start = r;
    }
  }
  return runs;
}
