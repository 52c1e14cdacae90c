/**
 * A long table's header rows at the top of each printed page it runs onto. Excel keeps one range of
 * print titles per sheet (the summary's title row) and the summary holds many tables, so where a
 * table runs over a page its header rows are copied onto the next page, with a page break above
 * the copy (printLayout.ts decides where). The copy is our own sheet's text: the table's cells below
 * it move down, and their formulas, styles, merges, row heights and the charts' sources with them;
 * the charts' data blocks to the right of the tables stay where they are. A chart drawn from the
 * table's own rows gets a data block of its own, so the copied header is never one of its categories.
 * The report reads the tables without the copies (SummaryPlan.print.headerCopies). This file finds
 * where a copy goes; headerCopies.ts puts the copies in.
 */
import { cellAddress, parseCellAddress } from "../model/address";
import type { ChartPlan, PlanCell, StyledArea } from "./plan";

/** A run of rows of the sheet (a section with what follows it). */
interface Rows {
  readonly firstRow: number;
  readonly lastRow: number;
}

/** The sheet as printLayout.ts lays it out: texts fitted, charts not yet placed. */
export interface LaidOutSheet<B extends Rows> {
  readonly cells: PlanCell[][];
  readonly styles: StyledArea[];
  readonly merges: string[];
  readonly rowHeights: { row: number; height: number }[];
  readonly columnWidths: number[];
  readonly charts: ChartPlan[];
  readonly blocks: B[];
  /** The merged areas with their corners already read (the header copier keeps them so); read from `merges` when absent. */
  readonly mergeAreas?: readonly MergeArea[];
}

const corners = (range: string) => range.split(":").map((a) => parseCellAddress(a)!);

/**
 * A merged area by its corners, as `merges` writes it ("A3:B4": from A3 to B4). The header copier
 * moves areas by these numbers and writes their text once, at the end; `text` is the area as the
 * sheet wrote it, while it has not moved.
 */
export interface MergeArea {
  readonly fromRow: number;
  readonly fromColumn: number;
  readonly toRow: number;
  readonly toColumn: number;
  readonly text?: string;
}

/**
 * A merged area read from its text.
 *
 * @example mergeArea("B2:C3") // { fromRow: 1, fromColumn: 1, toRow: 2, toColumn: 2, text: "B2:C3" }
 */
export function mergeArea(range: string): MergeArea {
  const [a, b] = corners(range);
  return { fromRow: a.row, fromColumn: a.column, toRow: b.row, toColumn: b.column, text: range };
}

/**
 * A merged area's text: as the sheet wrote it while it has not moved, else from its corners.
 *
 * @example mergeText({ fromRow: 1, fromColumn: 1, toRow: 2, toColumn: 2 }) // "B2:C3"
 */
export function mergeText(area: MergeArea): string {
  return area.text ?? `${cellAddress(area.fromRow, area.fromColumn)}:${cellAddress(area.toRow, area.toColumn)}`;
}

const filled = (row: readonly PlanCell[] | undefined, width: number) => !!row?.slice(0, width).some((c) => c.value !== null && c.value !== "");

/**
 * Where a page that fills at `row` can break with the header copied above the rest of the table:
 * `row` itself, or the top of a merged cell it would cut; and the header rows of the table it is a
 * body row of. Undefined when it is no table's body row (a heading, a note, a spacer), or when no
 * body row would stay under the header on the page before.
 *
 * @param sheet the laid-out sheet
 * @param row the first row that does not fit the page
 * @param block the section it lies in
 * @param width the tables' width in columns
 * @returns the row the copy goes at, and the first and last header rows
 * @example headerToRepeat(sheet, 40, { firstRow: 20, lastRow: 90 }, 10) // { at: 40, header: [22, 23] }
 */
export function headerToRepeat<B extends Rows>(
  sheet: LaidOutSheet<B>,
  row: number,
  block: Rows,
  width: number,
): { at: number; header: [number, number] } | undefined {
  let at = row;
  for (const m of sheet.mergeAreas ?? sheet.merges.map(mergeArea)) if (m.fromColumn < width && m.fromRow < at && m.toRow >= at) at = m.fromRow;
  const headerRows = new Set<number>();
  for (const s of sheet.styles)
    if (s.style === "header" && s.column === 0) for (let r = s.row; r < s.row + s.rowCount; r++) if (r >= block.firstRow && r < at) headerRows.add(r);
  if (!headerRows.size) return undefined;
  const end = Math.max(...headerRows);
  let start = end;
  while (headerRows.has(start - 1)) start--;
  if (at <= end + 1) return undefined;
  for (let r = end + 1; r <= at; r++) if (!filled(sheet.cells[r], width)) return undefined;
  return { at, header: [start, end] };
}

/** Styles of rows that lead into what follows them: a section's heading, a table's header, a source line. */
const LEADING_STYLES = new Set(["section", "header", "note"]);

/**
 * Where a page that fills at `row` without a header to repeat (a long 综述, the 核对, a table's
 * first rows) had best break: past blank rows, which stay on the page before, and above the
 * heading, header or source line that leads into the row, which go with it.
 *
 * @param sheet the laid-out sheet
 * @param row the first row that does not fit the page
 * @param width the tables' width in columns
 * @returns the row to break at (the sheet's row count when only blank rows follow)
 * @example pageStartAt(sheet, 48, 10) // 49: row 49 is blank, row 50 the next table's header
 */
export function pageStartAt<B extends Rows>(sheet: LaidOutSheet<B>, row: number, width: number): number {
  let r = row;
  while (r < sheet.cells.length && !filled(sheet.cells[r], width)) r++;
  const leads = (x: number) => sheet.styles.some((s) => s.column === 0 && LEADING_STYLES.has(s.style) && x >= s.row && x < s.row + s.rowCount);
  const start = r;
  while (r - 1 > 0 && filled(sheet.cells[r - 1], width) && leads(r - 1) && start - r < 6) r--;
  return r;
}
