/**
 * The summary plan: a host-independent description of the summary sheet. `planSummary`
 * (src/core/summary/planSummary.ts) builds it from what the reader found; the Office.js writer
 * (src/excel/writeSummary.ts) and the command line (src/cli/) write it. Plain data only.
 *
 * Coordinates are 0-based rows and columns of the new sheet; addresses are A1 text on it.
 */
import type { Finding } from "../reader/model";

/** A cell computed by a native Excel formula, with the engine's own result for it. */
export interface FormulaCell {
  /** A formula using Excel's built-in functions only, e.g. "='事故分县统计'!B5". */
  readonly formula: string;
  /** What the engine computed for it: the value Excel should show (cached result in a file). */
  readonly result: number | string | boolean;
}

/** One cell of the plan: a plain value, a formula, or null for blank. */
export type PlanCell = string | number | boolean | null | FormulaCell;

/**
 * Whether a plan cell is a formula cell.
 *
 * @param cell a plan cell
 * @returns true for `{ formula, result }`
 * @example isFormulaCell({ formula: "=1+1", result: 2 }) // true
 */
export function isFormulaCell(cell: PlanCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** A rectangle of cells written at once. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  /** Rows of equal length. */
  readonly cells: readonly (readonly PlanCell[])[];
}

/** Named styles; writers map them to fonts, fills and borders. */
export type StyleName =
  | "title" // the merged title row
  | "subtitle" // period and source line under the title
  | "section" // a section heading (一、生产安全事故)
  | "header" // a table's column headers
  | "body" // table body cells (borders)
  | "total" // a total row (bold)
  | "narrative" // the 综述 paragraph (wrapped, merged across the table width)
  | "note" // footnotes ("—" 表示去年同期为零…)
  | "finding" // a 核对 finding row
  | "ok"; // a check that passed

/** A style applied to a range. */
export interface StyledRange {
  readonly address: string;
  readonly style: StyleName;
}

/** A number format applied to a range. */
export interface FormattedRange {
  readonly address: string;
  /** An Excel number format such as "0", "0.00", "0.0%". */
  readonly numberFormat: string;
}

/** A native Excel chart bound to cells of the summary sheet. */
export interface ChartPlan {
  /** Office.js chart type names. */
  readonly type: "ColumnClustered" | "BarClustered" | "Doughnut" | "Pie" | "Line";
  /** The source range on the summary sheet, headers included, e.g. "A5:C8". */
  readonly source: string;
  readonly seriesBy: "Columns" | "Rows";
  readonly title: string;
  readonly categoryAxisTitle?: string;
  /** With its unit, e.g. "起 / 人". */
  readonly valueAxisTitle?: string;
  readonly seriesNames?: readonly string[];
  /** Where it sits: top-left and bottom-right cells on the summary sheet. */
  readonly anchor: { readonly start: string; readonly end: string };
}

/** Page setup for printing. */
export interface PrintSetup {
  readonly orientation: "Portrait" | "Landscape";
  readonly paperSize: "A4";
  readonly fitToWidth: boolean;
  /** Rows repeated on every printed page, e.g. "$1:$2". */
  readonly titleRows?: string;
}

/** The sections a summary can have. */
export type SectionId = "accidents" | "byRegion" | "byIndustry" | "losses" | "hazards" | "narrative" | "checks" | "charts";

/** The whole summary sheet. */
export interface SummaryPlan {
  /** The preferred sheet name ("汇总" or "Summary"); the writer makes it unique. */
  readonly sheetBaseName: string;
  readonly language: "zh" | "en";
  readonly blocks: readonly CellBlock[];
  readonly numberFormats: readonly FormattedRange[];
  readonly styles: readonly StyledRange[];
  /** Merged areas as A1 ranges ("A1:F1"). */
  readonly merges: readonly string[];
  /** Column widths in points, from column A. */
  readonly columnWidths: readonly number[];
  /** Row heights in points where not the default (the narrative row). */
  readonly rowHeights: readonly { readonly row: number; readonly points: number }[];
  readonly frozenRows: number;
  readonly print: PrintSetup;
  readonly charts: readonly ChartPlan[];
  /** The narrative paragraphs, as written into the sheet (for the task pane's copy button). */
  readonly narrative: readonly string[];
  /** The reader's findings listed in the 核对 section. */
  readonly findings: readonly Finding[];
  /** Which sections the plan holds, in order. */
  readonly sections: readonly SectionId[];
  /** Rows × columns the plan covers (for sizing and chunking). */
  readonly extent: { readonly rows: number; readonly columns: number };
}
