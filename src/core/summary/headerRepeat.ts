/**
 * A long table's header rows at the top of each printed page it runs onto. Excel keeps one range of
 * print titles per sheet (the summary's title row) and the summary holds many tables, so where a
 * table runs over a page its header rows are copied onto the next page, with a page break above
 * the copy (printLayout.ts decides where). The copy is our own sheet's text: the table's cells below
 * it move down, and their formulas, styles, merges, row heights and the charts' sources with them;
 * the charts' data blocks to the right of the tables stay where they are. A chart drawn from the
 * table's own rows gets a data block of its own, so the copied header is never one of its categories.
 * The report reads the tables without the copies (SummaryPlan.print.headerCopies).
 */
import { cellAddress, parseCellAddress, rangeAddress } from "../model/address";
import { shiftLocalRows } from "../model/formulaReferences";
import { DATA_TOP } from "./charts";
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
}

const filled = (row: readonly PlanCell[] | undefined, width: number) => !!row?.slice(0, width).some((c) => c.value !== null && c.value !== "");

const corners = (range: string) => range.split(":").map((a) => parseCellAddress(a)!);

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
  for (const m of sheet.merges) {
    const [a, b] = corners(m);
    if (a.column < width && a.row < at && b.row >= at) at = a.row;
  }
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

/**
 * The sheet with a copy of the header rows inserted at `at` in the tables' columns, everything of
 * the tables from `at` down moved below it.
 *
 * @param sheet the laid-out sheet
 * @param at the row the copy goes at
 * @param header the first and last header rows
 * @param width the tables' width in columns
 * @returns the new sheet (the input is not changed)
 */
export function insertHeaderCopy<B extends Rows>(sheet: LaidOutSheet<B>, at: number, header: [number, number], width: number): LaidOutSheet<B> {
  const k = header[1] - header[0] + 1;
  const moved = (r: number) => (r >= at ? r + k : r);
  const copyOf = (r: number) => at + r - header[0];
  const inHeader = (r: number) => r >= header[0] && r <= header[1];
  const columnCount = Math.max(0, ...sheet.cells.map((r) => r.length));
  const cells: PlanCell[][] = [];
  for (let r = 0; r < sheet.cells.length + k; r++) {
    const row: PlanCell[] = [];
    for (let c = 0; c < columnCount; c++) {
      const from = c >= width || r < at ? r : r < at + k ? header[0] + r - at : r - k;
      const cell = sheet.cells[from]?.[c] ?? { value: null };
      row.push(cell.formula ? { ...cell, formula: shiftLocalRows(cell.formula, at, k, width) } : cell);
    }
    cells.push(row);
  }
  while (cells.length > sheet.cells.length && !filled(cells[cells.length - 1], columnCount)) cells.pop();

  const styles: StyledArea[] = [];
  for (const s of sheet.styles) {
    const last = s.row + s.rowCount - 1;
    if (s.column >= width || last < at) styles.push(s);
    else if (s.row >= at) styles.push({ ...s, row: s.row + k });
    else styles.push({ ...s, rowCount: at - s.row }, { ...s, row: at + k, rowCount: last - at + 1 });
  }
  for (const s of sheet.styles) {
    const top = Math.max(s.row, header[0]);
    const bottom = Math.min(s.row + s.rowCount - 1, header[1]);
    if (s.column < width && top <= bottom) styles.push({ ...s, row: copyOf(top), rowCount: bottom - top + 1 });
  }

  const merges: string[] = [];
  const copiedMerges: string[] = [];
  for (const m of sheet.merges) {
    const [a, b] = corners(m);
    if (a.column >= width) {
      merges.push(m);
      continue;
    }
    merges.push(`${cellAddress(moved(a.row), a.column)}:${cellAddress(moved(b.row), b.column)}`);
    if (inHeader(a.row) && inHeader(b.row)) copiedMerges.push(`${cellAddress(copyOf(a.row), a.column)}:${cellAddress(copyOf(b.row), b.column)}`);
  }

  const rowHeights = [
    ...sheet.rowHeights.map((h) => ({ row: moved(h.row), height: h.height })),
    ...sheet.rowHeights.filter((h) => inHeader(h.row)).map((h) => ({ row: copyOf(h.row), height: h.height })),
  ].sort((x, y) => x.row - y.row);

  const out: LaidOutSheet<B> = {
    cells,
    styles,
    merges: [...merges, ...copiedMerges],
    rowHeights,
    columnWidths: [...sheet.columnWidths],
    charts: [],
    blocks: sheet.blocks.map((b) => ({ ...b, firstRow: moved(b.firstRow), lastRow: b.lastRow >= at ? b.lastRow + k : b.lastRow })),
  };
  for (const chart of sheet.charts) {
    const [a, b] = corners(chart.source);
    if (a.column >= width || b.row < at) out.charts.push(chart);
    else if (a.row >= at) out.charts.push({ ...chart, source: `${cellAddress(a.row + k, a.column)}:${cellAddress(b.row + k, b.column)}` });
    else out.charts.push(chartOffTable(out, chart, [a.row, b.row + k], [a.column, b.column], [at, at + k - 1]));
  }
  return out;
}

/**
 * A chart whose source rows now hold a header copy, drawn instead from a data block to the right of
 * everything on the sheet: live references to its rows, the copy left out (outside the print area).
 */
function chartOffTable<B extends Rows>(
  sheet: LaidOutSheet<B>,
  chart: ChartPlan,
  rows: [number, number],
  columns: [number, number],
  copy: [number, number],
): ChartPlan {
  const left = Math.max(0, ...sheet.cells.map((r) => r.length)) + 1;
  const sourceRows: number[] = [];
  for (let r = rows[0]; r <= rows[1]; r++) if (r < copy[0] || r > copy[1]) sourceRows.push(r);
  const span = columns[1] - columns[0] + 1;
  while (sheet.cells.length < DATA_TOP + sourceRows.length) sheet.cells.push([]);
  for (const row of sheet.cells) while (row.length < left + span) row.push({ value: null });
  sourceRows.forEach((r, i) => {
    for (let j = 0; j < span; j++) {
      const from = sheet.cells[r][columns[0] + j];
      sheet.cells[DATA_TOP + i][left + j] = {
        formula: `=${cellAddress(r, columns[0] + j)}`,
        value: from.value,
        ...(from.numberFormat ? { numberFormat: from.numberFormat } : {}),
      };
    }
  });
  for (const row of sheet.cells) while (row.length < left + span) row.push({ value: null });
  const width = Math.max(...sheet.cells.map((r) => r.length));
  for (const row of sheet.cells) while (row.length < width) row.push({ value: null });
  while (sheet.columnWidths.length < left) sheet.columnWidths.push(2);
  while (sheet.columnWidths.length < width) sheet.columnWidths.push(14);
  sheet.styles.push({ row: DATA_TOP, column: left, rowCount: sourceRows.length, columnCount: span, style: "note" });
  return { ...chart, source: rangeAddress(DATA_TOP, left, sourceRows.length, span) };
}
