/**
 * The look of a summary sheet through ET: the plan's named styles from the shared palette
 * (src/core/summary/stylePalette.ts) with ET's numbers — colours as BGR (0xBBGGRR), alignments and
 * border edges as xl… constants —, column widths in characters, row heights in points, frozen
 * rows through the active window, page setup, and native charts placed over the plan's cells.
 */
import { columnLetters } from "../core/model/address";
import type { ChartPlan, SummaryPlan } from "../core/summary/plan";
import { BORDER_EDGES, STYLE_FORMATS, type BorderEdge, type StyleFormat } from "../core/summary/stylePalette";
import type { EtApplication, EtAxis, EtRange, EtWorksheet } from "./facade";

/**
 * "#RRGGBB" as ET's BGR number.
 *
 * @example hexToBgr("#FCE4D6") // 0xD6E4FC
 */
export function hexToBgr(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** XlBordersIndex by edge. */
const EDGE_INDEX: Readonly<Record<BorderEdge, number>> = { EdgeLeft: 7, EdgeTop: 8, EdgeBottom: 9, EdgeRight: 10, InsideVertical: 11, InsideHorizontal: 12 };
const XL_CONTINUOUS = 1;
const XL_CENTER = -4108;
const XL_LEFT = -4131;
const XL_RIGHT = -4152;
/** xlHAlign… by the palette's alignment. */
const HORIZONTAL: Readonly<Record<NonNullable<StyleFormat["horizontalAlignment"]>, number>> = { Center: XL_CENTER, Left: XL_LEFT, Right: XL_RIGHT };
const XL_TOP = -4160;
/** xlVAlign… by the palette's alignment. */
const VERTICAL: Readonly<Record<NonNullable<StyleFormat["verticalAlignment"]>, number>> = { Top: XL_TOP, Center: XL_CENTER };
/** xlChartType by the plan's chart type. */
export const CHART_TYPE: Readonly<Record<ChartPlan["type"], number>> = { ColumnClustered: 51, BarClustered: 57, Doughnut: -4120, Line: 4 };
const XL_ROWS = 1;
const XL_COLUMNS = 2;
const XL_CATEGORY = 1;
const XL_VALUE = 2;
const XL_LANDSCAPE = 2;
const XL_PORTRAIT = 1;
const XL_PAPER_A4 = 9;
/** XlOrder: the pages across before the pages down. */
const XL_OVER_THEN_DOWN = 2;

/**
 * Applies one named style to a range.
 *
 * @param range the cells
 * @param f the style's format
 */
export function applyStyle(range: EtRange, f: StyleFormat): void {
  if (f.bold !== undefined || f.italic !== undefined || f.size !== undefined || f.color !== undefined) {
    const font = range.Font;
    if (f.bold !== undefined) font.Bold = f.bold;
    if (f.italic !== undefined) font.Italic = f.italic;
    if (f.size !== undefined) font.Size = f.size;
    if (f.color !== undefined) font.Color = hexToBgr(f.color);
  }
  if (f.fill !== undefined) range.Interior.Color = hexToBgr(f.fill);
  if (f.horizontalAlignment) range.HorizontalAlignment = HORIZONTAL[f.horizontalAlignment];
  if (f.verticalAlignment) range.VerticalAlignment = VERTICAL[f.verticalAlignment];
  if (f.wrapText !== undefined) range.WrapText = f.wrapText;
  if (f.borders) {
    const borders = range.Borders;
    for (const edge of BORDER_EDGES) borders.Item(EDGE_INDEX[edge]).LineStyle = XL_CONTINUOUS;
  }
}

/** A1 range of a sheet. */
function at(sheet: EtWorksheet, address: string): EtRange {
  return sheet.Range(address);
}

/**
 * Styles, merges, widths, heights and page setup of the plan.
 *
 * @param sheet the new sheet
 * @param plan the plan
 * @param step called after each call that changes the sheet (progress and the write-step count)
 */
export function writeLayout(sheet: EtWorksheet, plan: SummaryPlan, step: () => void): void {
  for (const m of plan.merges) {
    at(sheet, m).Merge();
    step();
  }
  const cells = sheet.Cells;
  for (const s of plan.styles) {
    const origin = cells.Item(s.row + 1, s.column + 1);
    applyStyle(origin.Resize(s.rowCount, s.columnCount), STYLE_FORMATS[s.style]);
    step();
  }
  plan.columnWidths.forEach((characters, column) => {
    // ET takes widths in characters, as the plan gives them (Office.js takes points).
    cells.Item(1, column + 1).ColumnWidth = characters;
    step();
  });
  for (const { row, height } of plan.rowHeights) {
    cells.Item(row + 1, 1).RowHeight = height;
    step();
  }
  const page = sheet.PageSetup;
  page.Orientation = plan.print.orientation === "Landscape" ? XL_LANDSCAPE : XL_PORTRAIT;
  page.PaperSize = XL_PAPER_A4;
  if (plan.print.fitToWidth) {
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  } else page.Zoom = plan.print.scale ?? 100; // a table too wide for one page at 9 pt prints across pages (printLayout.ts)
  if (plan.print.pageOrder) page.Order = XL_OVER_THEN_DOWN;
  if (plan.print.titleRows) page.PrintTitleRows = plan.print.titleRows;
  if (plan.print.titleColumns) page.PrintTitleColumns = plan.print.titleColumns;
  // The tables and the charts below them print; the charts' data to the right do not.
  if (plan.print.area) page.PrintArea = plan.print.area;
  const margins = plan.print.margins;
  if (margins) {
    // ET takes margins in points, as Office.js does.
    page.LeftMargin = margins.left * 72;
    page.RightMargin = margins.right * 72;
    page.TopMargin = margins.top * 72;
    page.BottomMargin = margins.bottom * 72;
  }
  const breaks = sheet.HPageBreaks;
  for (const row of plan.print.rowBreaks ?? []) breaks.Add(sheet.Range(`A${row + 1}`));
  // A vertical break goes to the left of the cell.
  for (const column of plan.print.columnBreaks ?? []) sheet.VPageBreaks.Add(sheet.Range(`${columnLetters(column)}1`));
  step();
}

/**
 * Freezes the plan's top rows: ET freezes through the active window, so the sheet is activated.
 *
 * @param app the application
 * @param sheet the new sheet
 * @param rows rows to freeze
 */
export function freezeRows(app: EtApplication, sheet: EtWorksheet, rows: number): void {
  if (rows <= 0) return;
  sheet.Activate();
  const window = app.ActiveWindow;
  window.SplitColumn = 0;
  window.SplitRow = rows;
  window.FreezePanes = true;
}

/**
 * The plan's native charts, each over its cells (from the start cell's top-left corner to the end
 * cell's bottom-right one, as Office.js's setPosition places them).
 *
 * @param sheet the new sheet
 * @param charts the plan's charts
 * @param step called after each chart
 */
export function writeCharts(sheet: EtWorksheet, charts: readonly ChartPlan[], step: () => void): void {
  for (const c of charts) {
    const start = at(sheet, c.position.start);
    const end = at(sheet, c.position.end);
    const left = Number(start.Left);
    const top = Number(start.Top);
    const width = Number(end.Left) + Number(end.Width) - left;
    const height = Number(end.Top) + Number(end.Height) - top;
    const chart = sheet.Shapes.AddChart2(-1, CHART_TYPE[c.type], left, top, width, height).Chart;
    chart.SetSourceData(at(sheet, c.source), c.seriesBy === "Rows" ? XL_ROWS : XL_COLUMNS);
    chart.HasTitle = true;
    chart.ChartTitle.Text = c.title;
    if (c.type !== "Doughnut") {
      const axes = chart.Axes();
      const category = axes.Item(XL_CATEGORY);
      const value = axes.Item(XL_VALUE);
      axisTitle(category, c.categoryAxisTitle);
      axisTitle(value, c.valueAxisTitle);
      // Every category labelled; a rate axis where the spread shows (ChartPlan.valueAxis), as in Excel.
      category.TickLabelSpacing = 1;
      if (c.valueAxis?.minimum !== undefined) value.MinimumScale = c.valueAxis.minimum;
      if (c.valueAxis?.maximum !== undefined) value.MaximumScale = c.valueAxis.maximum;
    }
    c.seriesNames.forEach((name, i) => {
      (chart.SeriesCollection(i + 1) as { Name: string }).Name = name;
    });
    step();
  }
}

function axisTitle(axis: EtAxis, title: string | undefined): void {
  if (!title) return;
  axis.HasTitle = true;
  axis.AxisTitle.Text = title;
}
