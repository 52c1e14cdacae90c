/**
 * The laid-out sheet while a long table's header rows are copied above the pages it runs onto
 * (headerRepeat.ts decides where). Each copy moves the table's cells below it down, with their
 * styles, merges, row heights and the charts' sources; the charts' data blocks to the right of the
 * tables stay where they are.
 *
 * A table of 10,000 counties prints on some 200 pages. Rebuilding the sheet and rewriting every
 * formula below each copy made that O(pages × cells): 180 s for a consolidation of 10,000 returns
 * (issue 28). Here the tables' columns are kept apart from the columns to their right, so a copy is
 * one splice of row references, and each formula is rewritten once, when the sheet is finished,
 * with every copy above its references counted at once. The result is the one the copies made one
 * at a time gave (tests/summary/headerCopies.test.ts compares them).
 */
import { cellAddress, parseCellAddress, rangeAddress } from "../model/address";
import { moveLocalRows } from "../model/formulaReferences";
import { DATA_TOP } from "./charts";
import { mergeArea, mergeText, type LaidOutSheet, type MergeArea } from "./headerRepeat";
import type { ChartPlan, PlanCell, StyledArea } from "./plan";

/** A run of rows of the sheet (a section with what follows it). */
interface Rows {
  readonly firstRow: number;
  readonly lastRow: number;
}

/** One copy: the header rows copied and the row the copy starts at, as the sheet was when it went in. */
export interface HeaderCopy {
  readonly at: number;
  readonly header: readonly [number, number];
}

/** The sheet as copies go in, and the sheet finished with them. */
export interface HeaderCopier<B extends Rows> {
  /** The sheet as headerRepeat.headerToRepeat reads it: `cells` holds the tables' columns only. */
  readonly view: LaidOutSheet<B>;
  /** A row's height in points where the plan sets one. */
  heightAt(row: number): number | undefined;
  /** Copies the header rows to `at`, moving everything of the tables from `at` down below the copy. */
  insert(copy: HeaderCopy): void;
  /** The sheet with every copy in, each formula moved once. */
  finish(): LaidOutSheet<B>;
}

const NULL_CELL = (): PlanCell => ({ value: null });
const isFilled = (cell: PlanCell | undefined) => cell !== undefined && cell.value !== null && cell.value !== "";
const corners = (range: string) => range.split(":").map((a) => parseCellAddress(a)!);

/**
 * Starts copying header rows into a laid-out sheet (the input is not changed).
 *
 * @param sheet the laid-out sheet
 * @param width the tables' width in columns: only these columns move
 * @returns the copier
 * @example const c = headerCopier(sheet, 10); c.insert({ at: 40, header: [22, 23] }); c.finish().cells[40] // row 22's cells
 */
export function headerCopier<B extends Rows>(sheet: LaidOutSheet<B>, width: number): HeaderCopier<B> {
  // The tables' columns of each row (they move) and the columns to their right (they never do).
  const left: PlanCell[][] = sheet.cells.map((row) => row.slice(0, width));
  const right: (PlanCell[] | undefined)[] = sheet.cells.map((row) => (row.length > width ? row.slice(width) : undefined));
  let length = sheet.cells.length;
  let columns = Math.max(0, ...sheet.cells.map((r) => r.length));
  const heights: (number | undefined)[] = [];
  for (const h of sheet.rowHeights) heights[h.row] = h.height;
  let areas: MergeArea[] = sheet.merges.map(mergeArea);
  const state = {
    styles: [...sheet.styles],
    columnWidths: [...sheet.columnWidths],
    charts: [...sheet.charts],
    blocks: [...sheet.blocks],
  };
  // Each copy as it moved the rows, and each formula cell made on the way with the copies it already follows.
  const moves: { at: number; by: number }[] = [];
  const bornAfter = new Map<PlanCell, number>();

  const cellAt = (r: number, c: number): PlanCell | undefined => (c < width ? left[r]?.[c] : right[r]?.[c - width]);
  const setCell = (r: number, c: number, cell: PlanCell) => {
    if (c < width) (left[r] = [...(left[r] ?? [])])[c] = cell;
    else (right[r] = right[r] ?? [])[c - width] = cell;
  };
  const rowFilled = (r: number, count: number) => {
    for (let c = 0; c < count; c++) if (isFilled(cellAt(r, c))) return true;
    return false;
  };

  /** A chart whose source rows now hold a header copy, drawn from a data block right of everything, the copy left out. */
  const chartOffTable = (chart: ChartPlan, rows: [number, number], cols: [number, number], copy: [number, number]): ChartPlan => {
    const leftmost = columns + 1;
    const sourceRows: number[] = [];
    for (let r = rows[0]; r <= rows[1]; r++) if (r < copy[0] || r > copy[1]) sourceRows.push(r);
    const span = cols[1] - cols[0] + 1;
    length = Math.max(length, DATA_TOP + sourceRows.length);
    sourceRows.forEach((r, i) => {
      for (let j = 0; j < span; j++) {
        const from = cellAt(r, cols[0] + j) ?? NULL_CELL();
        const cell: PlanCell = {
          formula: `=${cellAddress(r, cols[0] + j)}`,
          value: from.value,
          ...(from.numberFormat ? { numberFormat: from.numberFormat } : {}),
        };
        setCell(DATA_TOP + i, leftmost + j, cell);
        bornAfter.set(cell, moves.length);
      }
    });
    columns = leftmost + span;
    while (state.columnWidths.length < leftmost) state.columnWidths.push(2);
    while (state.columnWidths.length < columns) state.columnWidths.push(14);
    state.styles.push({ row: DATA_TOP, column: leftmost, rowCount: sourceRows.length, columnCount: span, style: "note" });
    return { ...chart, source: rangeAddress(DATA_TOP, leftmost, sourceRows.length, span) };
  };

  const insert = ({ at, header }: HeaderCopy) => {
    const k = header[1] - header[0] + 1;
    const moved = (r: number) => (r >= at ? r + k : r);
    const copyOf = (r: number) => at + r - header[0];
    const inHeader = (r: number) => r >= header[0] && r <= header[1];

    // Cells: the tables' columns from `at` down move below the copy; rows left empty at the end go.
    while (left.length < at) left.push([]);
    left.splice(at, 0, ...left.slice(header[0], header[1] + 1));
    const before = length;
    length += k;
    while (length > before && !rowFilled(length - 1, columns)) length--;
    left.length = Math.min(left.length, length);
    moves.push({ at, by: k });

    const styles: StyledArea[] = [];
    for (const s of state.styles) {
      const last = s.row + s.rowCount - 1;
      if (s.column >= width || last < at) styles.push(s);
      else if (s.row >= at) styles.push({ ...s, row: s.row + k });
      else styles.push({ ...s, rowCount: at - s.row }, { ...s, row: at + k, rowCount: last - at + 1 });
    }
    for (const s of state.styles) {
      const top = Math.max(s.row, header[0]);
      const bottom = Math.min(s.row + s.rowCount - 1, header[1]);
      if (s.column < width && top <= bottom) styles.push({ ...s, row: copyOf(top), rowCount: bottom - top + 1 });
    }
    state.styles = styles;

    // Merged areas move by their corners; their text is written once, when the sheet is finished.
    const merges: MergeArea[] = [];
    const copiedMerges: MergeArea[] = [];
    for (const m of areas) {
      if (m.fromColumn >= width) {
        merges.push(m);
        continue;
      }
      merges.push({ fromRow: moved(m.fromRow), fromColumn: m.fromColumn, toRow: moved(m.toRow), toColumn: m.toColumn });
      if (inHeader(m.fromRow) && inHeader(m.toRow))
        copiedMerges.push({ fromRow: copyOf(m.fromRow), fromColumn: m.fromColumn, toRow: copyOf(m.toRow), toColumn: m.toColumn });
    }
    areas = [...merges, ...copiedMerges];

    while (heights.length < at) heights.push(undefined);
    heights.splice(at, 0, ...heights.slice(header[0], header[1] + 1));

    state.blocks = state.blocks.map((b) => ({ ...b, firstRow: moved(b.firstRow), lastRow: b.lastRow >= at ? b.lastRow + k : b.lastRow }));
    const charts: ChartPlan[] = [];
    for (const chart of state.charts) {
      const [a, b] = corners(chart.source);
      if (a.column >= width || b.row < at) charts.push(chart);
      else if (a.row >= at) charts.push({ ...chart, source: `${cellAddress(a.row + k, a.column)}:${cellAddress(b.row + k, b.column)}` });
      else charts.push(chartOffTable(chart, [a.row, b.row + k], [a.column, b.column], [at, at + k - 1]));
    }
    state.charts = charts;
  };

  /** Where a row a formula made after `after` copies pointed at lies once every copy is in. */
  const rowMaps = new Map<number, Map<number, number>>();
  const finalRow = (after: number, row: number) => {
    const known = rowMaps.get(after) ?? rowMaps.set(after, new Map()).get(after)!;
    let r = known.get(row);
    if (r === undefined) {
      r = row;
      for (let i = after; i < moves.length; i++) if (r >= moves[i].at) r += moves[i].by;
      known.set(row, r);
    }
    return r;
  };

  const finish = (): LaidOutSheet<B> => {
    if (moves.length === 0) return sheet;
    const movedCells = new Map<PlanCell, PlanCell>();
    const finished = (cell: PlanCell): PlanCell => {
      if (!cell.formula) return cell;
      let out = movedCells.get(cell);
      if (!out) {
        const after = bornAfter.get(cell) ?? 0;
        out = { ...cell, formula: moveLocalRows(cell.formula, width, (r) => finalRow(after, r)) };
        movedCells.set(cell, out);
      }
      return out;
    };
    const cells: PlanCell[][] = [];
    for (let r = 0; r < length; r++) {
      const row: PlanCell[] = [];
      for (let c = 0; c < columns; c++) row.push(finished(cellAt(r, c) ?? NULL_CELL()));
      cells.push(row);
    }
    const rowHeights: { row: number; height: number }[] = [];
    heights.forEach((height, row) => {
      if (height !== undefined) rowHeights.push({ row, height });
    });
    return {
      cells,
      styles: state.styles,
      merges: areas.map(mergeText),
      rowHeights,
      columnWidths: state.columnWidths,
      charts: state.charts,
      blocks: state.blocks,
    };
  };

  return {
    get view() {
      return {
        cells: left,
        styles: state.styles,
        get merges() {
          return areas.map(mergeText);
        },
        mergeAreas: areas,
        rowHeights: [],
        columnWidths: state.columnWidths,
        charts: state.charts,
        blocks: state.blocks,
      };
    },
    heightAt: (row) => heights[row],
    insert,
    finish,
  };
}
