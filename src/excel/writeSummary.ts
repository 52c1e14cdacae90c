/**
 * Writing a summary plan into the open workbook through Office.js.
 *
 * Two syncs for a summary of ordinary size: one to learn the sheet names and which sheets the
 * add-in made before, one that creates the new sheet and writes everything (values and formulas
 * as whole blocks, formats in bulk, charts) with calculation suspended. A very large plan is
 * written in row chunks, one sync each, each request under the byte budget. The new sheet is
 * written under a fresh name first; only at the end of the last sync is the previous summary
 * deleted (if asked) and the new one given its name, so a failure leaves the old one in place.
 * On any failure the partial sheet is deleted. Sheets the add-in did not create are never
 * written, renamed or deleted.
 */
import { POINTS_PER_CHARACTER, type PlanCell, type SummaryPlan } from "../core/summary/plan";
import { BORDER_EDGES, numberFormatRuns, STYLE_FORMATS, type StyleFormat } from "../core/summary/stylePalette";
import { sheetInventory, summarySlot, type SheetInventory } from "../core/summary/sheetInventory";
import { SHEET_MARK_KEY, sheetMarkValue, type SheetMarkKind } from "../core/summary/sheetMark";
import { asText } from "../core/text/textStaysText";
import { assertExcelFloor } from "./requirements";

/** The custom property that marks a sheet the add-in created (src/core/summary/sheetMark.ts). */
export const CREATED_BY_KEY = SHEET_MARK_KEY;

export type { SheetInventory } from "../core/summary/sheetInventory";

/**
 * Lists the sheets and finds those the add-in created, in two syncs.
 *
 * @param context the request context
 * @returns the inventory and the syncs it took; rejects with a bilingual BelowFloorError
 *   on an Excel below ExcelApi 1.12
 * @example const { inventory } = await inspectSheets(context)
 */
export async function inspectSheets(context: Excel.RequestContext): Promise<{ inventory: SheetInventory; syncs: number }> {
  // Below the floor (no custom properties), say so in both languages before touching anything.
  assertExcelFloor(context);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  const marks = sheets.items.map((s) => {
    const mark = s.customProperties.getItemOrNullObject(CREATED_BY_KEY);
    mark.load("value");
    return { name: s.name, visibility: s.visibility, mark };
  });
  await context.sync();
  return {
    inventory: sheetInventory(
      marks.map(({ name, visibility, mark }) => ({ name, visible: visibility === "Visible", mark: mark.isNullObject ? undefined : mark.value })),
    ),
    syncs: 2,
  };
}

/** How to write. */
export interface WriteOptions {
  /** The sheets as `inspectSheets` found them in this batch; inspected anew when absent. */
  readonly inventory?: SheetInventory;
  /** Delete the latest summary sheet the add-in made before (and take its name). */
  readonly replacePrevious: boolean;
  /** Bytes one request may carry (default 4.5 MB, under Excel on the web's 5 MB). */
  readonly budgetBytes?: number;
  /** Called with the writing progress, 0 to 1. */
  readonly onProgress?: (fraction: number) => void;
  /**
   * What the sheet's mark says it is (default "summary"). A consolidation's sheets get their own,
   * so "replace the previous summary" never deletes them.
   */
  readonly mark?: SheetMarkKind;
}

/** What the write did. */
export interface WriteResult {
  readonly sheetName: string;
  /** The sheet it replaced, if any. */
  readonly replaced?: string;
  readonly syncs: number;
}

/**
 * Writes a plan into a new sheet.
 *
 * @param context the request context
 * @param plan the summary plan
 * @param options replace or add, byte budget, progress
 * @returns the new sheet's name and the number of syncs; rejects with a bilingual Error after
 *   deleting the partial sheet when anything fails
 * @example await runExcel((context) => writeSummary(context, plan, { replacePrevious: true }))
 */
export async function writeSummary(context: Excel.RequestContext, plan: SummaryPlan, options: WriteOptions): Promise<WriteResult> {
  assertExcelFloor(context);
  let syncs = 0;
  const sheets = context.workbook.worksheets;
  let inventory = options.inventory;
  if (!inventory) {
    const inspected = await inspectSheets(context);
    inventory = inspected.inventory;
    syncs += inspected.syncs;
  }
  // Only a sheet the add-in marked may be replaced, and only at the end.
  const { finalName, workingName, replaces: previous } = summarySlot(plan.sheetName, inventory, options.replacePrevious);

  const budget = options.budgetBytes ?? 4.5 * 1024 * 1024;
  const batches = splitBlocks([{ row: 0, column: 0, cells: plan.cells }], budget);
  try {
    const sheet = sheets.add(workingName);
    sheet.customProperties.add(SHEET_MARK_KEY, sheetMarkValue(options.mark ?? "summary", Date.now()));
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (let i = 0; i < batches.length; i++) {
      for (const block of batches[i]) writeBlock(sheet, block);
      if (i === batches.length - 1) {
        writeFormats(sheet, plan);
        writeCharts(sheet, plan);
        if (previous) {
          sheets.getItem(previous).delete();
          sheet.name = finalName;
        }
        sheet.activate();
        // Calculation was suspended for the writes, and a workbook in manual mode would not
        // recalculate at all: recalculate once after the last write (ExcelApi 1.1).
        context.workbook.application.calculate(RECALCULATE);
      }
      if (i < batches.length - 1) {
        // Only very large plans have more than one batch: each request must stay under 5 MB.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        syncs++;
        context.workbook.application.suspendApiCalculationUntilNextSync();
      }
      options.onProgress?.((i + 1) / batches.length);
    }
    await context.sync();
    syncs++;
  } catch (error) {
    await deletePartial(context, workingName);
    throw new Error(
      `写入汇总表失败，已删除未完成的工作表，原有工作表未改动（${describe(error)}）/ Writing the summary sheet failed; the partial sheet was deleted and your sheets are unchanged (${describe(error)})`,
    );
  }
  return { sheetName: finalName, replaced: previous, syncs };
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return [e?.code, e?.message].filter(Boolean).join(": ") || String(error);
}

async function deletePartial(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const partial = context.workbook.worksheets.getItemOrNullObject(name);
    partial.load("name");
    await context.sync();
    if (!partial.isNullObject) {
      // Only our own working sheet: its name was free before this write began.
      partial.delete();
      await context.sync();
    }
  } catch {
    // Nothing more can be done; the error already tells the user.
  }
}

/** Groups blocks into syncs whose requests stay under the budget, splitting a large block by rows. */
function splitBlocks(blocks: readonly CellBlock[], budget: number): CellBlock[][] {
  const batches: CellBlock[][] = [[]];
  let bytes = 0;
  for (const block of blocks) {
    let pieceStart = 0;
    block.cells.forEach((row, i) => {
      // UTF-8 of CJK text is up to 3 bytes a character: count JSON length × 3 to stay safe.
      const rowBytes = JSON.stringify(row.map(toFormula)).length * 3;
      if (bytes + rowBytes > budget && (i > pieceStart || batches[batches.length - 1].length > 0)) {
        if (i > pieceStart) batches[batches.length - 1].push({ row: block.row + pieceStart, column: block.column, cells: block.cells.slice(pieceStart, i) });
        batches.push([]);
        bytes = 0;
        pieceStart = i;
      }
      bytes += rowBytes;
    });
    if (pieceStart < block.cells.length) {
      batches[batches.length - 1].push({ row: block.row + pieceStart, column: block.column, cells: block.cells.slice(pieceStart) });
    }
  }
  return batches;
}

/** A rectangle of plan cells written at once. */
interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly PlanCell[])[];
}

/** What a plan cell becomes in a `formulas` array: the formula, or the value ("" for blank). */
function toFormula(cell: PlanCell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (cell.value === null) return "";
  return typeof cell.value === "string" ? asText(cell.value) : cell.value;
}

/** Excel.CalculationType.recalculate, as its string value (the Excel enums are not loaded outside Office). */
const RECALCULATE = "Recalculate" as Excel.CalculationType;

function writeBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  if (block.cells.length === 0 || block.cells[0].length === 0) return;
  const range = sheet.getRangeByIndexes(block.row, block.column, block.cells.length, block.cells[0].length);
  range.formulas = block.cells.map((row) => row.map(toFormula)) as unknown as string[][];
}

function writeFormats(sheet: Excel.Worksheet, plan: SummaryPlan): void {
  // Number formats as runs down each column: a handful of requests, not one entry per cell.
  for (const run of numberFormatRuns(plan.cells, plan.rowCount, plan.columnCount)) {
    sheet.getRangeByIndexes(run.row, run.column, run.rowCount, 1).numberFormat = Array.from({ length: run.rowCount }, () => [run.format]);
  }
  for (const m of plan.merges) sheet.getRange(m).merge(false);
  for (const s of plan.styles) applyStyle(sheet.getRangeByIndexes(s.row, s.column, s.rowCount, s.columnCount), STYLE_FORMATS[s.style]);
  plan.columnWidths.forEach((characters, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = Math.round(characters * POINTS_PER_CHARACTER);
  });
  for (const { row, height } of plan.rowHeights) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
  if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows);
  sheet.pageLayout.orientation = plan.print.orientation as Excel.PageOrientation;
  sheet.pageLayout.paperSize = plan.print.paperSize as unknown as Excel.PaperType;
  if (plan.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (plan.print.titleRows) sheet.pageLayout.setPrintTitleRows(plan.print.titleRows);
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

function writeCharts(sheet: Excel.Worksheet, plan: SummaryPlan): void {
  for (const c of plan.charts) {
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
  }
}
