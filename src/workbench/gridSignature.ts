/**
 * What the workbench's grid shows of a sheet (its size, and a signature of every drawn cell), so
 * the page draws the grid again only when what it shows changed.
 */
import type { HostSheet, HostWorkbook } from "../host/state";

const MIN_ROWS = 20;
const MIN_COLUMNS = 8;
const MAX_COLUMNS = 40;

/**
 * How many rows and columns the grid has: every row of the sheet (it draws only a window of them,
 * gridWindow.ts), at least 20 × 8, at most 40 columns.
 *
 * @param sheet the sheet
 * @returns rows and columns
 */
export function gridSize(sheet: HostSheet): { rows: number; columns: number } {
  return { rows: Math.max(sheet.values.length, MIN_ROWS), columns: Math.min(MAX_COLUMNS, Math.max(sheet.values[0]?.length ?? 0, MIN_COLUMNS)) };
}

/** The rows drawn, [start, end). */
export interface DrawnRows {
  readonly start: number;
  readonly end: number;
}

/**
 * Everything the grid draws of a sheet, as one text: the host changes its cells in place, so the
 * page tells a changed grid from an unchanged one by what it would draw, not by object identity.
 * Reading the drawn cells is cheap; drawing them again is a React render of thousands of cells
 * after every batch the pane runs (Detect writes nothing on the sheet shown).
 *
 * @param workbook the host's workbook (the selection)
 * @param sheet the sheet shown
 * @param drawn the rows drawn
 * @returns a text that changes whenever the grid would draw something else
 */
export function gridSignature(workbook: HostWorkbook, sheet: HostSheet, drawn: DrawnRows): string {
  const { rows, columns } = gridSize(sheet);
  const parts: unknown[] = [
    sheet.name,
    rows,
    columns,
    drawn.start,
    drawn.end,
    isSelectedAddress(workbook, sheet),
    JSON.stringify(sheet.merges),
    sheet.columnWidths.slice(0, columns).join(),
  ];
  for (let r = drawn.start; r < drawn.end; r++) {
    const values = sheet.values[r];
    const formulas = sheet.formulas[r];
    const formats = sheet.numberFormats[r];
    for (let c = 0; c < columns; c++) {
      const value = values?.[c];
      parts.push(typeof value === "number" ? value : JSON.stringify(value ?? ""), formulas?.[c] ?? "", formats?.[c] ?? "");
    }
  }
  for (const [key, format] of sheet.formats) {
    const [r, c] = key.split(",").map(Number);
    if (r >= drawn.start && r < drawn.end && c < columns)
      parts.push(key, format.fill ?? "", format.fontColor ?? "", format.bold ? 1 : 0, format.wrapText ? 1 : 0);
  }
  for (const [r, points] of sheet.rowHeights) if (r >= drawn.start && r < drawn.end) parts.push(`h${r}`, points);
  return parts.join("\u0001");
}

/** The selected cell of the sheet, as the grid outlines it, or "" when the selection is elsewhere. */
function isSelectedAddress(workbook: HostWorkbook, sheet: HostSheet): string {
  const sel = workbook.selection;
  return sel && sel.sheet === sheet.name ? sel.address : "";
}
