/**
 * The summary's writes as operations, each with the bytes its request carries, packed into syncs
 * that stay under Excel on the web's 5 MB limit — every sync, the last one included. Cells go
 * first, a row at a time (rows of one sync are written as one range); then the number formats (a
 * run down a column, cut where it alone would pass the budget), merges, styles, widths, heights,
 * print setup and charts. Sizes are counted high: JSON length × 3 for text (UTF-8 of CJK is up to
 * three bytes a character) and about 200 bytes for each property an operation sets, what Office
 * sends per action.
 */
import { columnLetters } from "../core/model/address";
import { POINTS_PER_CHARACTER, type PlanCell, type SummaryPlan } from "../core/summary/plan";
import { BORDER_EDGES, numberFormatRuns, STYLE_FORMATS, type StyleFormat } from "../core/summary/stylePalette";
import { asText } from "../core/text/textStaysText";

/** One write with the bytes of its request. */
export interface WriteOperation {
  readonly bytes: number;
  apply(sheet: Excel.Worksheet): void;
}

/** A row of plan cells to write (rows of one sync are merged into one range). */
export interface RowWrite {
  readonly row: number;
  readonly cells: readonly PlanCell[];
  readonly bytes: number;
}

/** What one sync writes. */
export interface SyncWrites {
  readonly rows: RowWrite[];
  readonly operations: WriteOperation[];
  readonly bytes: number;
}

/** Bytes Office sends for one action that sets one property (its JSON envelope). */
const PER_PROPERTY = 200;

/** What a plan cell becomes in a `formulas` array: the formula, or the value ("" for blank). */
export function toFormula(cell: PlanCell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (cell.value === null) return "";
  return typeof cell.value === "string" ? asText(cell.value) : cell.value;
}

function applyStyle(range: Excel.Range, f: StyleFormat): void {
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.size !== undefined) range.format.font.size = f.size;
  if (f.color !== undefined) range.format.font.color = f.color;
  if (f.fill !== undefined) range.format.fill.color = f.fill;
  if (f.horizontalAlignment) range.format.horizontalAlignment = f.horizontalAlignment as Excel.HorizontalAlignment;
  if (f.verticalAlignment) range.format.verticalAlignment = f.verticalAlignment as Excel.VerticalAlignment;
  if (f.wrapText !== undefined) range.format.wrapText = f.wrapText;
  if (f.borders) {
    for (const edge of BORDER_EDGES) range.format.borders.getItem(edge as Excel.BorderIndex).style = "Continuous" as Excel.BorderLineStyle;
  }
}

/** Properties a style sets (each an action Office sends). */
function styleProperties(f: StyleFormat): number {
  return Object.keys(f).filter((k) => k !== "borders").length + (f.borders ? BORDER_EDGES.length : 0);
}

/** The rows of the plan, each with its bytes. */
export function rowWrites(plan: SummaryPlan): RowWrite[] {
  return plan.cells.map((cells, row) => ({ row, cells, bytes: JSON.stringify(cells.map(toFormula)).length * 3 + PER_PROPERTY }));
}

/** Number formats as runs down each column (stylePalette.ts), a run cut where it alone would pass the budget. */
function numberFormatOperations(plan: SummaryPlan, budget: number): WriteOperation[] {
  const out: WriteOperation[] = [];
  for (const run of numberFormatRuns(plan.cells, plan.rowCount, plan.columnCount)) {
    const rowBytes = (run.format.length + 6) * 3;
    const most = Math.max(1, Math.floor((budget - PER_PROPERTY) / rowBytes));
    for (let from = run.row; from < run.row + run.rowCount; from += most) {
      const count = Math.min(most, run.row + run.rowCount - from);
      out.push({
        bytes: count * rowBytes + PER_PROPERTY,
        apply: (sheet) => (sheet.getRangeByIndexes(from, run.column, count, 1).numberFormat = Array.from({ length: count }, () => [run.format])),
      });
    }
  }
  return out;
}

/** Every format of the sheet: number formats, merges, styles, widths, heights, frozen rows, print setup. */
export function formatOperations(plan: SummaryPlan, budget: number): WriteOperation[] {
  const out = numberFormatOperations(plan, budget);
  for (const m of plan.merges) out.push({ bytes: PER_PROPERTY, apply: (sheet) => sheet.getRange(m).merge(false) });
  for (const s of plan.styles) {
    const f = STYLE_FORMATS[s.style];
    out.push({
      bytes: PER_PROPERTY * styleProperties(f),
      apply: (sheet) => applyStyle(sheet.getRangeByIndexes(s.row, s.column, s.rowCount, s.columnCount), f),
    });
  }
  plan.columnWidths.forEach((characters, column) =>
    out.push({
      bytes: PER_PROPERTY,
      apply: (sheet) => (sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = Math.round(characters * POINTS_PER_CHARACTER)),
    }),
  );
  for (const { row, height } of plan.rowHeights)
    out.push({ bytes: PER_PROPERTY, apply: (sheet) => (sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height) });
  out.push({
    bytes: PER_PROPERTY * (12 + (plan.print.rowBreaks?.length ?? 0) + (plan.print.columnBreaks?.length ?? 0)),
    apply: (sheet) => {
      if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows);
      sheet.pageLayout.orientation = plan.print.orientation as Excel.PageOrientation;
      sheet.pageLayout.paperSize = plan.print.paperSize as unknown as Excel.PaperType;
      if (plan.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      // A table too wide for one page at 9 pt prints across pages at the plan's scale, its key column on each (printLayout.ts).
      else sheet.pageLayout.zoom = { scale: plan.print.scale ?? 100 };
      if (plan.print.pageOrder) sheet.pageLayout.printOrder = "OverThenDown";
      if (plan.print.titleRows) sheet.pageLayout.setPrintTitleRows(plan.print.titleRows);
      if (plan.print.titleColumns) sheet.pageLayout.setPrintTitleColumns(plan.print.titleColumns);
      // The tables and the charts below them print; the charts' data to the right do not.
      if (plan.print.area) sheet.pageLayout.setPrintArea(plan.print.area);
      const margins = plan.print.margins;
      if (margins) {
        // Office.js takes margins in points.
        sheet.pageLayout.leftMargin = margins.left * 72;
        sheet.pageLayout.rightMargin = margins.right * 72;
        sheet.pageLayout.topMargin = margins.top * 72;
        sheet.pageLayout.bottomMargin = margins.bottom * 72;
      }
      for (const row of plan.print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
      // A vertical break goes to the left of the cell.
      for (const column of plan.print.columnBreaks ?? []) sheet.verticalPageBreaks.add(`${columnLetters(column)}1`);
    },
  });
  return out;
}

/** The charts, each with its titles and series names. */
export function chartOperations(plan: SummaryPlan): WriteOperation[] {
  return plan.charts.map((c) => ({
    bytes: PER_PROPERTY * (9 + c.seriesNames.length) + JSON.stringify([c.title, c.categoryAxisTitle, c.valueAxisTitle, c.seriesNames]).length * 3,
    apply: (sheet) => {
      const chart = sheet.charts.add(c.type as Excel.ChartType, sheet.getRange(c.source), c.seriesBy as Excel.ChartSeriesBy);
      chart.title.text = c.title;
      if (c.type !== "Doughnut") {
        if (c.categoryAxisTitle) chart.axes.categoryAxis.title.text = c.categoryAxisTitle;
        if (c.valueAxisTitle) chart.axes.valueAxis.title.text = c.valueAxisTitle;
        // Every category labelled; a rate axis where the spread shows (ChartPlan.valueAxis).
        chart.axes.categoryAxis.tickLabelSpacing = 1;
        if (c.valueAxis?.minimum !== undefined) chart.axes.valueAxis.minimum = c.valueAxis.minimum;
        if (c.valueAxis?.maximum !== undefined) chart.axes.valueAxis.maximum = c.valueAxis.maximum;
      }
      c.seriesNames.forEach((name, i) => {
        chart.series.getItemAt(i).name = name;
      });
      chart.setPosition(c.position.start, c.position.end);
    },
  }));
}

/**
 * Packs the rows and then the operations, in order, into syncs of at most `budget` bytes each (a
 * single item larger than the budget goes alone).
 *
 * @param rows the rows to write
 * @param operations the other writes
 * @param budget bytes one sync may carry
 * @returns the syncs, at least one
 */
export function packIntoSyncs(rows: readonly RowWrite[], operations: readonly WriteOperation[], budget: number): SyncWrites[] {
  const syncs: { rows: RowWrite[]; operations: WriteOperation[]; bytes: number }[] = [{ rows: [], operations: [], bytes: 0 }];
  const room = (bytes: number) => {
    const last = syncs[syncs.length - 1];
    if (last.bytes > 0 && last.bytes + bytes > budget) syncs.push({ rows: [], operations: [], bytes: 0 });
    const current = syncs[syncs.length - 1];
    current.bytes += bytes;
    return current;
  };
  for (const row of rows) room(row.bytes).rows.push(row);
  for (const op of operations) room(op.bytes).operations.push(op);
  return syncs;
}

/**
 * Writes the rows of one sync: each run of consecutive rows as one range.
 *
 * @param sheet the sheet
 * @param rows the rows, in order
 */
export function writeRows(sheet: Excel.Worksheet, rows: readonly RowWrite[]): void {
  for (let i = 0; i < rows.length;) {
    let j = i + 1;
    while (j < rows.length && rows[j].row === rows[j - 1].row + 1 && rows[j].cells.length === rows[i].cells.length) j++;
    const block = rows.slice(i, j);
    const width = block[0].cells.length;
    if (width > 0) {
      const range = sheet.getRangeByIndexes(block[0].row, 0, block.length, width);
      range.formulas = block.map((r) => r.cells.map(toFormula)) as unknown as string[][];
    }
    i = j;
  }
}
