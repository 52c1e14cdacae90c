/**
 * The printed summary (A4, one page wide). Bureaus print it; with the charts beside the tables and
 * the charts' helper columns in the print range, fit-to-width shrank table text to about 5.5 pt. Here:
 * the print area is the tables' columns only, so the tables print at their own size; the charts sit
 * below the tables, inside that width, two abreast where the tables are wide; the helper columns
 * ("图表数据") lie to the right, outside the print area; and a page break goes before a section (or a
 * band of charts) that would otherwise be cut across two pages. The title rows repeat on every page,
 * and a table taller than a page repeats its own header rows on each page it runs onto.
 */
import { cellAddress, parseCellAddress } from "../model/address";
import { POINTS_PER_CHARACTER, type ChartPlan, type PlanCell, type StyledArea, type SummaryPlan } from "./plan";
import { headerCopier } from "./headerCopies";
import { headerToRepeat, pageStartAt, type LaidOutSheet } from "./headerRepeat";
import { mergedGroups, pagesAcross, wideEdges, withinPage } from "./pageColumns";
import { LEGIBLE_POINTS, STYLE_FORMATS } from "./stylePalette";
import { DEFAULT_ROW_HEIGHT, fitColumnWidths, fitText, mergeRowHeights, TIGHT_LIMITS } from "./textFit";

/** A4 in points. */
const A4 = { width: 595.28, height: 841.89 };

/** Page margins in inches: Excel's "Normal" and, for a table too wide for it, its "Narrow" sides. */
export type Margins = { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
export const NORMAL_MARGINS: Margins = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
export const NARROW_MARGINS: Margins = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75 };

/** The smallest size table text (11 pt) may print at. */
export const READABLE_POINTS = 9;

/** The smallest size any text may print at: the 9 pt notes of a sheet printed below 94 % are set larger ("legible"). */
export const MIN_PRINTED_POINTS = 8.5;

/**
 * The "legible" areas laid over the texts that would print below {@link MIN_PRINTED_POINTS} at a scale: row 2 and
 * the notes (9 pt) of a sheet printed at 82–94 %. Those beyond the tables' columns (the charts' data) do not print.
 *
 * @param styles the sheet's styled areas
 * @param tableColumns the columns that print
 * @param scale the scale the sheet prints at
 * @returns the areas to lay over them, none at 94 % or more
 * @example legibleAreas([{ row: 1, column: 0, rowCount: 1, columnCount: 12, style: "subtitle" }], 60, 0.82).length // 1
 */
export function legibleAreas(styles: readonly StyledArea[], tableColumns: number, scale: number): StyledArea[] {
  return styles.flatMap((area) => {
    const size = STYLE_FORMATS[area.style].size ?? 11;
    return area.column < tableColumns && size < LEGIBLE_POINTS && size * scale < MIN_PRINTED_POINTS ? [{ ...area, style: "legible" as const }] : [];
  });
}

/** Rows of one band of charts (15 pt each: 210 pt, so two bands fit a landscape page). */
export const CHART_BAND_ROWS = 14;

/** The printable area of a page, in points. */
export function printableArea(orientation: "Portrait" | "Landscape", margins: Margins = NORMAL_MARGINS): { width: number; height: number } {
  const [w, h] = orientation === "Landscape" ? [A4.height, A4.width] : [A4.width, A4.height];
  return { width: w - 72 * (margins.left + margins.right), height: h - 72 * (margins.top + margins.bottom) };
}

/**
 * The scale fit-to-width prints the first `columns` columns at.
 *
 * @param columnWidths widths in character units
 * @param columns how many columns the print area spans
 * @param orientation the page's
 * @returns 1 when they fit at full size, else the factor (Excel rounds it down to a whole percent)
 * @example printScale([22, 13, 13], 3, "Portrait") // 1
 */
export function printScale(columnWidths: readonly number[], columns: number, orientation: "Portrait" | "Landscape", margins: Margins = NORMAL_MARGINS): number {
  const width = columnWidths.slice(0, columns).reduce((sum, w) => sum + w * POINTS_PER_CHARACTER, 0);
  return Math.min(1, Math.floor((100 * printableArea(orientation, margins).width) / Math.max(1, width)) / 100);
}

/**
 * Places the charts below the tables, in bands of one or two within the tables' width.
 *
 * @param charts the charts, in the order the sections gave them
 * @param top the first free row under the tables
 * @param columns the tables' width in columns
 * @returns the charts with their positions, and each band's first and last row
 * @example placeChartsBelow(charts, 80, 10).bands[0] // [80, 93]
 */
export function placeChartsBelow(charts: readonly ChartPlan[], top: number, columns: number): { charts: ChartPlan[]; bands: [number, number][] } {
  const perBand = columns >= 8 ? 2 : 1;
  const bands: [number, number][] = [];
  const placed: ChartPlan[] = [];
  for (let i = 0; i < charts.length; i += perBand) {
    const band = charts.slice(i, i + perBand);
    const first = bands.length ? bands[bands.length - 1][1] + 2 : top;
    const rows = Math.max(...band.map(chartRows));
    bands.push([first, first + rows - 1]);
    band.forEach((chart, slot) => {
      const left = perBand === 1 ? 0 : slot === 0 ? 0 : Math.ceil(columns / 2);
      const right = perBand === 1 ? columns - 1 : slot === 0 ? Math.ceil(columns / 2) - 1 : columns - 1;
      placed.push({ ...chart, position: { start: cellAddress(first, left), end: cellAddress(first + rows - 1, right) } });
    });
  }
  return { charts: placed, bands };
}

/**
 * Rows a chart needs: a band's, or for bars across (one per county) a row and a half per bar and
 * room for the title, axis and legend, so no program leaves out every other county's name.
 */
function chartRows(chart: ChartPlan): number {
  if (chart.type !== "BarClustered") return CHART_BAND_ROWS;
  const [from, to] = chart.source.split(":").map((a) => parseCellAddress(a));
  const categories = from && to ? (chart.seriesBy === "Columns" ? to.row - from.row : to.column - from.column) : 0;
  return Math.max(CHART_BAND_ROWS, Math.ceil(categories * 1.5) + 9);
}

/** A run of rows that should stay on one page: a section with what follows it, or a band of charts. */
export interface PrintBlock {
  readonly firstRow: number;
  readonly lastRow: number;
}

/**
 * A table taller than what is left of a page is split at most this far down the page, so that the
 * program's own page break (from the real row heights) does not come before ours.
 */
const FLOW_FILL = 0.95;

/**
 * A table taller than a page starts under the section before it, as printed reports do, when at
 * least this share of the page is left for it; its header is repeated on the pages it runs onto.
 */
const TALL_START = 0.25;

/**
 * Where pages break: before a block that would otherwise be cut across two pages (a block taller
 * than a page only when little of the page is left), and at the given
 * rows (where a table's header is copied, headerRepeat.ts); and where a block taller than a page
 * fills one, the first row that does not fit (`overflows`: the program breaks there on its own).
 *
 * @param blocks the blocks in sheet order
 * @param heightOf a row's height in points
 * @param page the page's printable height in points, and the scale the sheet prints at
 * @param titleRows the rows repeated at the top of every page
 * @param forced rows that start a new page whatever the space left (a header copy's first row)
 * @returns the 0-based rows that start a new page, and the rows where a tall block overflows one
 * @example pageBreaks([{ firstRow: 2, lastRow: 40 }, { firstRow: 41, lastRow: 60 }], () => 15, { height: 487, scale: 1 }, 2).breaks // [41]
 */
export function pageBreaks(
  blocks: readonly PrintBlock[],
  heightOf: (row: number) => number,
  page: { height: number; scale: number },
  titleRows: number,
  forced: readonly number[] = [],
): { breaks: number[]; overflows: number[] } {
  const capacity = page.height / page.scale;
  let title = 0;
  for (let r = 0; r < titleRows; r++) title += heightOf(r);
  const body = Math.max(1, capacity - title);
  const forcedRows = new Set(forced);
  const breaks: number[] = [];
  const overflows: number[] = [];
  let used = 0;
  let next = titleRows;
  for (const block of [...blocks].sort((a, b) => a.firstRow - b.firstRow)) {
    if (block.firstRow < next) continue;
    let height = 0;
    // Rows between blocks (blank spacers) go with the block that follows them.
    for (let r = next; r <= block.lastRow; r++) height += heightOf(r);
    let first = next;
    const tallStartsHere = height > body && body - used >= body * TALL_START;
    if (used > 0 && used + height > body && !tallStartsHere) {
      breaks.push(block.firstRow);
      first = block.firstRow;
      used = 0;
    }
    const fits = used + height <= body;
    for (let r = first; r <= block.lastRow; r++) {
      const h = heightOf(r);
      if (forcedRows.has(r) && used > 0) {
        breaks.push(r);
        used = 0;
      } else if (!fits && used > 0 && used + h > body * FLOW_FILL) {
        overflows.push(r);
        used = 0;
      }
      used += h;
    }
    next = block.lastRow + 1;
  }
  return { breaks, overflows };
}

/**
 * Each block with the rows after it up to the next block; the last one down to the tables' last row,
 * so the notes under the tables stay with the last section instead of spilling alone onto a page.
 *
 * @param blocks the sections
 * @param lastRow the tables' last row
 * @returns the blocks in sheet order, none overlapping
 * @example withWhatFollows([{ firstRow: 2, lastRow: 5 }, { firstRow: 8, lastRow: 9 }], 12) // [{2, 7}, {8, 12}]
 */
export function withWhatFollows(blocks: readonly PrintBlock[], lastRow: number): PrintBlock[] {
  const sorted = [...blocks].sort((a, b) => a.firstRow - b.firstRow);
  return sorted.map((block, i) => ({ firstRow: block.firstRow, lastRow: Math.max(block.lastRow, (sorted[i + 1]?.firstRow ?? lastRow + 1) - 1) }));
}

/**
 * The row heights of a sheet as a lookup, Excel's default where none is set.
 *
 * @param rowHeights the heights the plan sets
 * @returns a row → points function
 */
export function heightLookup(rowHeights: readonly { row: number; height: number }[]): (row: number) => number {
  const heights = new Map(rowHeights.map((h) => [h.row, h.height]));
  return (row) => heights.get(row) ?? DEFAULT_ROW_HEIGHT;
}

/** A finished sheet, before its print setup. */
export interface SheetForPrint<B extends PrintBlock = PrintBlock> {
  readonly cells: readonly (readonly PlanCell[])[];
  readonly styles: readonly StyledArea[];
  readonly merges: readonly string[];
  readonly rowHeights: readonly { row: number; height: number }[];
  readonly columnWidths: readonly number[];
  readonly charts: readonly ChartPlan[];
  /** Runs of rows to keep on one page (the summary's sections); none for a plain table sheet. */
  readonly blocks: readonly B[];
}

/** At most this many header copies on one sheet (a table of a thousand rows prints on some 30 pages). */
const MAX_HEADER_COPIES = 200;

/**
 * The sheet with a copy of its header above each page a table runs onto (headerRepeat.ts), and
 * the rows where those copies start: each is also a page break. The pages are laid out again after
 * each copy, from the row heights alone; the cells and formulas move once, at the end (headerCopies.ts).
 */
function repeatHeaders<B extends PrintBlock>(
  sheet: LaidOutSheet<B>,
  columns: { table: number; text: number },
  page: { height: number; scale: number },
  titleRows: number,
) {
  const tableColumns = columns.table;
  const copier = headerCopier(sheet, tableColumns);
  const heightOf = (row: number) => copier.heightAt(row) ?? DEFAULT_ROW_HEIGHT;
  let rows = tableRowCount(sheet.cells, tableColumns);
  const copies: number[] = [];
  const copyRows: number[] = [];
  const declined = new Set<number>();
  for (let n = 0; n < MAX_HEADER_COPIES; n++) {
    const view = copier.view;
    const blocks = withWhatFollows(view.blocks, rows - 1);
    const { overflows } = pageBreaks(blocks, heightOf, page, titleRows, [...copies, ...wideEdges(view.cells, blocks, tableColumns, columns.text)]);
    const row = overflows.find((r) => !declined.has(r));
    if (row === undefined) break;
    const block = blocks.find((b) => row >= b.firstRow && row <= b.lastRow)!;
    const split = headerToRepeat(view, row, block, tableColumns);
    if (!split) {
      declined.add(row);
      continue;
    }
    copier.insert(split);
    // The copy goes above a filled row of the table (headerToRepeat), so the tables' last row moves down with it.
    rows += split.header[1] - split.header[0] + 1;
    copies.push(split.at);
    for (let r = split.header[0]; r <= split.header[1]; r++) copyRows.push(split.at + r - split.header[0]);
  }
  return { laid: copier.finish(), copies, copyRows };
}

/** How many rows the tables take: down to the last with something in the tables' columns. */
function tableRowCount(cells: readonly (readonly PlanCell[])[], tableColumns: number): number {
  return cells.reduce((last, row, r) => (row.slice(0, tableColumns).some((c) => c.value !== null && c.value !== "") ? r + 1 : last), 0);
}

/**
 * The last pass over a sheet: texts fitted to their cells (textFit.ts), a long table's header
 * repeated on each page it runs onto (headerRepeat.ts), the charts placed below the tables, page
 * breaks where a block would be cut, and the print area over the tables' columns.
 *
 * @param sheet the finished sheet
 * @param tableColumns the columns the tables span (what prints)
 * @param titleRows rows repeated on every page (the title and row 2)
 * @returns what the plan carries: cells (with any header copies), styles and merges with the pass's added, row heights, placed charts, the print setup, and the blocks where they now are
 * @example finishForPrint(sheet, 10, 2).print.area // "A1:J112"
 */
export function finishForPrint<B extends PrintBlock>(
  sheet: SheetForPrint<B>,
  tableColumns: number,
  titleRows: number,
): {
  cells: PlanCell[][];
  styles: StyledArea[];
  merges: string[];
  rowHeights: { row: number; height: number }[];
  columnWidths: number[];
  charts: ChartPlan[];
  blocks: B[];
  print: SummaryPlan["print"];
} {
  const orientation = tableColumns > 7 ? "Landscape" : "Portrait";
  // Columns only as wide as their figures, narrow side margins and then tighter columns only where
  // the tables would otherwise print below 9 pt; then texts wrapped to those widths.
  const readable = (widths: readonly number[], m: Margins) => 11 * printScale(widths, tableColumns, orientation, m) >= READABLE_POINTS;
  let columnWidths = fitColumnWidths(sheet, tableColumns);
  const usual = columnWidths;
  if (!readable(columnWidths, NARROW_MARGINS)) columnWidths = fitColumnWidths(sheet, tableColumns, TIGHT_LIMITS);
  const margins = readable(columnWidths, NORMAL_MARGINS) ? NORMAL_MARGINS : NARROW_MARGINS;
  // Still below 9 pt one page wide: the tables print across pages at a readable scale, the texts within the first (pageColumns.ts).
  const across = readable(columnWidths, margins)
    ? undefined
    : pagesAcross(usual, tableColumns, printableArea(orientation, margins).width, mergedGroups(sheet, tableColumns));
  if (across) columnWidths = usual;
  const textColumns = across?.firstPageColumns ?? tableColumns;
  const scale = across?.scale ?? printScale(columnWidths, tableColumns, orientation, margins);
  const within = across ? withinPage(sheet, tableColumns, textColumns) : sheet;
  // Printed scaled down, the 9 pt notes are set at 10.5 pt so that they print at 8.5 pt or more, and fitted at that size.
  const kept = { ...within, styles: [...within.styles, ...legibleAreas(within.styles, tableColumns, scale)] };
  const fit = fitText({ ...sheet, ...kept, columnWidths, columns: tableColumns, textColumns });
  const page = { height: printableArea(orientation, margins).height, scale };
  const { laid, copies, copyRows } = repeatHeaders(
    {
      cells: sheet.cells.map((row) => [...row]),
      styles: [...kept.styles, ...fit.styles],
      merges: [...kept.merges, ...fit.merges],
      rowHeights: mergeRowHeights(sheet.rowHeights, fit.rowHeights),
      columnWidths: [...columnWidths],
      charts: [...sheet.charts],
      blocks: [...sheet.blocks],
    },
    { table: tableColumns, text: textColumns },
    page,
    titleRows,
  );
  const tableRows = tableRowCount(laid.cells, tableColumns);
  const placed = placeChartsBelow(laid.charts, tableRows + 1, textColumns);
  const bands = placed.bands.map(([firstRow, lastRow]) => ({ firstRow, lastRow }));
  const sections = withWhatFollows(laid.blocks, tableRows - 1);
  const forced = [...copies, ...wideEdges(laid.cells, sections, tableColumns, textColumns)];
  const { breaks, overflows } = pageBreaks([...sections, ...bands], heightLookup(laid.rowHeights), page, titleRows, forced);
  // Where a tall block fills a page with no header to repeat (a long 综述, the 核对), the break is
  // ours too, so the sections after it start where the plan counted them (headerRepeat.ts: pageStartAt).
  const filledAt = overflows.map((r) => pageStartAt(laid, r, tableColumns));
  const rowBreaks = [...new Set([...breaks, ...filledAt.filter((r) => r < tableRows)])].sort((a, b) => a - b);
  const lastRow = Math.max(tableRows - 1, ...placed.bands.map(([, last]) => last), 0);
  return {
    cells: laid.cells,
    styles: laid.styles,
    merges: laid.merges,
    rowHeights: laid.rowHeights,
    columnWidths: laid.columnWidths,
    charts: placed.charts,
    blocks: laid.blocks,
    print: {
      paperSize: "A4",
      orientation,
      fitToWidth: !across,
      titleRows: `$1:$${Math.max(1, titleRows)}`,
      margins,
      area: `A1:${cellAddress(lastRow, Math.max(1, tableColumns) - 1)}`,
      ...(across
        ? { scale: Math.round(across.scale * 100), titleColumns: "$A:$A", columnBreaks: across.columnBreaks, pageOrder: "overThenDown" as const }
        : {}),
      ...(rowBreaks.length ? { rowBreaks } : {}),
      ...(copyRows.length ? { headerCopies: copyRows } : {}),
    },
  };
}
