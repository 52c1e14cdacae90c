/**
 * Merged areas and hidden rows read cell by cell, where WPS cannot save a copy: a row whose
 * MergeCells is false has none (one call), otherwise each cell's MergeCells and MergeArea are
 * read; hidden rows come from the visible cells' areas (SpecialCells(xlCellTypeVisible)), a few
 * calls in all. Bounded by a call budget: beyond it the rest is read as unmerged, with a note.
 */
import type { Message } from "../core/messages";
import { WPS_MESSAGES } from "../core/messages/wpsMessages";
import type { MergedArea } from "../core/model/snapshot";
import type { EtRange, EtWorksheet } from "./facade";
import type { SheetLayout } from "./fileCopy";

/** xlCellTypeVisible. */
const VISIBLE_CELLS = 12;
/** Calls one sheet's merge scan may make. */
export const SCAN_CALL_BUDGET = 20000;

/**
 * A sheet's merged areas whose top-left cell lies in A1 to (bottom, right), and its hidden rows in
 * top..bottom, read through the sheet's cells.
 *
 * @param sheet the worksheet
 * @param area the rows and columns that hold values (0-based)
 * @param notes receives a note when the budget ran out
 * @returns the layout
 */
export function layoutFromCells(sheet: EtWorksheet, area: MergedArea, notes: Message[]): SheetLayout {
  const sheetName = sheet.Name;
  const bottom = area.row + area.rowCount - 1;
  const right = area.column + area.columnCount - 1;
  const merges: MergedArea[] = [];
  let calls = 0;
  const scope = sheet.Range(sheet.Cells.Item(1, 1), sheet.Cells.Item(bottom + 1, right + 1));
  if (scope.MergeCells !== false) {
    const covered = new Set<number>();
    for (let r = 0; r <= bottom; r++) {
      if (calls > SCAN_CALL_BUDGET) {
        notes.push(WPS_MESSAGES.mergesCut(sheetName, r + 1));
        break;
      }
      calls++;
      const row = scope.Rows.Item(r + 1);
      if (row.MergeCells === false) continue;
      for (let c = 0; c <= right; c++) {
        if (covered.has(r * 16384 + c)) continue;
        calls += 2;
        const cell = row.Item(1, c + 1);
        if (cell.MergeCells !== true) continue;
        const m = cell.MergeArea;
        const found = { row: m.Row - 1, column: m.Column - 1, rowCount: m.Rows.Count, columnCount: m.Columns.Count };
        calls += 4;
        for (let i = 0; i < found.rowCount; i++) for (let j = 0; j < found.columnCount; j++) covered.add((found.row + i) * 16384 + found.column + j);
        if (found.row === r && found.column === c) merges.push(found);
      }
    }
    notes.push(WPS_MESSAGES.mergesCellByCell(sheetName));
  }
  return { merges, hiddenRows: hiddenRows(sheet, area) };
}

function hiddenRows(sheet: EtWorksheet, area: MergedArea): number[] {
  const rows = sheet.Range(sheet.Cells.Item(area.row + 1, 1), sheet.Cells.Item(area.row + area.rowCount, 1));
  if (rows.EntireRow.Hidden === false) return [];
  let visible: EtRange;
  try {
    visible = rows.SpecialCells(VISIBLE_CELLS);
  } catch {
    // "No cells were found": every row is hidden.
    return Array.from({ length: area.rowCount }, (_, i) => area.row + i);
  }
  const shown = new Set<number>();
  const areas = visible.Areas;
  for (let i = 1; i <= areas.Count; i++) {
    const a = areas.Item(i);
    const first = a.Row - 1;
    const count = a.Rows.Count;
    for (let r = first; r < first + count; r++) shown.add(r);
  }
  const hidden: number[] = [];
  for (let r = area.row; r < area.row + area.rowCount; r++) if (!shown.has(r)) hidden.push(r);
  return hidden;
}
