/**
 * A plain table sheet as a SummaryPlan (the shape every writer renders): a title, header rows,
 * body rows, widths and print setup. The consolidation's own sheets are built with it.
 */
import { rangeAddress } from "../model/address";
import type { SummaryPlan } from "../summary/plan";
import type { SheetBuilder } from "../summary/sheetBuilder";
import { finishForPrint } from "../summary/printLayout";

/**
 * Finishes a sheet: dense cells, the given column widths (14 characters where none is given),
 * the title rows frozen and repeated on printed pages.
 */
export function finishSheet(b: SheetBuilder, sheetName: string, columnWidths: readonly number[], frozenRows: number): SummaryPlan {
  const columnCount = Math.max(1, ...b.rows.map((r) => r.length));
  const cells = b.rows.map((r) => Array.from({ length: columnCount }, (_, j) => r[j] ?? { value: null }));
  const widths = Array.from({ length: columnCount }, (_, j) => columnWidths[j] ?? 14);
  // Texts fitted to their cells, the print area and its title rows (src/core/summary/printLayout.ts).
  const printed = finishForPrint(
    { cells, styles: b.styles, merges: b.merges, rowHeights: b.rowHeights, columnWidths: widths, charts: [], blocks: [] },
    columnCount,
    frozenRows,
  );
  return {
    sheetName,
    rowCount: printed.cells.length,
    columnCount,
    cells: printed.cells,
    styles: printed.styles,
    merges: printed.merges,
    rowHeights: printed.rowHeights,
    columnWidths: printed.columnWidths,
    frozenRows,
    print: printed.print,
    charts: [],
    sections: [],
    narrative: [],
    notes: [],
  };
}

/** A title merged over the sheet's width, in row 0. */
export function writeSheetTitle(b: SheetBuilder, title: string, width: number): void {
  b.set(0, 0, { value: title });
  b.merges.push(rangeAddress(0, 0, 1, width));
  b.style(0, 0, 1, width, "title");
}

/** Row 2's note merged over the sheet's width, so it wraps across the table instead of down column A. */
export function writeSheetNote(b: SheetBuilder, note: string, width: number): void {
  b.set(1, 0, { value: note });
  b.merges.push(rangeAddress(1, 0, 1, width));
  b.style(1, 0, 1, width, "subtitle");
}
