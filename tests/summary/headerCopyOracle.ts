/**
 * The header copies as main made them until issue 28 (d191205, summary/headerRepeat.ts
 * insertHeaderCopy and formulaReferences.ts shiftLocalRows): one copy at a time, the whole sheet
 * rebuilt and every formula below rewritten for each. Kept here only as the reference the one-pass
 * copier (src/core/summary/headerCopies.ts) is compared with.
 */
import { cellAddress, parseCellAddress, rangeAddress } from "../../src/core/model/address";
import { FORMULA_REFERENCE } from "../../src/core/model/formulaReferences";
import { DATA_TOP } from "../../src/core/summary/charts";
import type { LaidOutSheet } from "../../src/core/summary/headerRepeat";
import type { ChartPlan, PlanCell, StyledArea } from "../../src/core/summary/plan";

interface Rows {
  readonly firstRow: number;
  readonly lastRow: number;
}

const STRING_LITERAL = /"(?:[^"]|"")*"/g;
const filled = (row: readonly PlanCell[] | undefined, width: number) => !!row?.slice(0, width).some((c) => c.value !== null && c.value !== "");
const corners = (range: string) => range.split(":").map((a) => parseCellAddress(a)!);

/** A formula's own-sheet references at or below `at` in the first `columns` columns moved down `by` rows. */
function shiftLocalRows(formula: string, at: number, by: number, columns: number): string {
  const moveCell = (cell: string): string => {
    const parsed = parseCellAddress(cell);
    if (!parsed || parsed.column >= columns || parsed.row < at) return cell;
    const [, column, dollar] = /^(\$?[A-Za-z]{1,3})(\$?)/.exec(cell)!;
    return `${column}${dollar}${parsed.row + by + 1}`;
  };
  const moveCode = (code: string) =>
    code.replace(FORMULA_REFERENCE, (match, _quoted, _bare, qualifiedFirst: string | undefined, _q2, first: string | undefined, second: string | undefined) =>
      qualifiedFirst !== undefined || first === undefined ? match : second ? `${moveCell(first)}:${moveCell(second)}` : moveCell(first),
    );
  // Literals are kept; only the code between them moves.
  let out = "";
  let last = 0;
  for (const m of formula.matchAll(STRING_LITERAL)) {
    out += moveCode(formula.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + moveCode(formula.slice(last));
}

/** The sheet with one copy of the header rows inserted at `at`, everything of the tables from `at` down moved below it. */
export function insertHeaderCopyOneByOne<B extends Rows>(sheet: LaidOutSheet<B>, at: number, header: [number, number], width: number): LaidOutSheet<B> {
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
