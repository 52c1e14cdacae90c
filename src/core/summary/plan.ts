/**
 * The summary plan: a host-independent description of the summary sheet. The Office.js writer
 * (`src/excel/writeSummary.ts`) and the command line (`src/cli/`) both carry it out, so what
 * the sheet holds is decided (and tested) here, once.
 */

/**
 * Points per character of column width: plans give widths in Excel's character units, Office.js
 * sets them in points. The Office.js writer and the in-memory host convert with the same factor.
 */
export const POINTS_PER_CHARACTER = 5.6;

/**
 * Named styles; each writer maps them to fonts, fills and borders. "wrap" is laid over another
 * style where a text is wider than its cell (src/core/summary/textFit.ts): it only turns wrapping on.
 */
export type SummaryStyle =
  "title" | "subtitle" | "section" | "header" | "body" | "label" | "total" | "note" | "narrative" | "check" | "remark" | "wrap" | "legible";

/** One cell of the plan. */
export interface PlanCell {
  /** A constant (text or number), or a formula's computed result (the engine's number). */
  readonly value: string | number | null;
  /** A native Excel formula ("=SUM(B5:B14)"), built-in functions only. */
  readonly formula?: string;
  /** Excel number format ("0", "0.00", "0.0%"). */
  readonly numberFormat?: string;
  /**
   * For a constant that stands for source cells (a number the workbook holds as text, written as
   * the engine's number): those cells ("'灾情汇总'!E9"), so the report can trace it. Writers ignore it.
   */
  readonly source?: string;
}

/** A style over a rectangle (0-based, inclusive start, counts). */
export interface StyledArea {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly style: SummaryStyle;
}

/** A native chart bound to a range of the summary sheet. */
export interface ChartPlan {
  /** Excel's chart type names: ColumnClustered, BarClustered, Doughnut, Line (a trend over periods). */
  readonly type: "ColumnClustered" | "BarClustered" | "Doughnut" | "Line";
  /** The source range on the summary sheet, header row and label column included ("A4:C7"). */
  readonly source: string;
  readonly seriesBy: "Columns" | "Rows";
  readonly title: string;
  readonly categoryAxisTitle?: string;
  /** The value axis title carries the unit ("起、人", "万元", "%"). */
  readonly valueAxisTitle?: string;
  readonly seriesNames: readonly string[];
  /**
   * The value axis's bounds where the default (from 0) would hide the spread: 整改率 of 89.6–93.3%
   * on an 85–100% axis. Absent, the program chooses.
   */
  readonly valueAxis?: { readonly minimum?: number; readonly maximum?: number };
  /** Where it sits: top-left and bottom-right cells. */
  readonly position: { readonly start: string; readonly end: string };
}

/** One section's place on the sheet. */
export interface PlanSection {
  readonly id:
    | "accidents"
    | "byRegion"
    | "byIndustry"
    | "losses"
    | "hazards"
    | "narrative"
    | "checks"
    // What the reader could not decide, read by inference or set aside (识别说明), after the 核对.
    | "readerNotes"
    // The accident-ledger breakdowns and the hazard-ledger depth (docs/ledger-summary.md).
    | "ledgerByRegion"
    | "ledgerByIndustry"
    | "ledgerByType"
    | "ledgerByLevel"
    | "ledgerByMonth"
    // A ledger whose period spans several years: each year's totals (an archive of 2005—2018).
    | "ledgerByYear"
    | "hazardLedger"
    // The indicator sections (docs/sections.md): a monthly report's month, disasters, enforcement,
    // training and plans, other indicators, and the diagnostic when no table reached a section.
    | "month"
    | "disasters"
    | "enforcement"
    | "training"
    | "indicators"
    // 控制指标: rates against denominators (GDP, population …) of the report period (controlRates.ts).
    | "controlRates"
    | "diagnostic"
    // Nothing understood: the sheet says so, and that nothing was checked (src/core/facts/verdict.ts).
    | "nothingRecognised";
  readonly title: string;
  /** 0-based sheet rows, first and last. */
  readonly firstRow: number;
  readonly lastRow: number;
}

/** The summary sheet. */
export interface SummaryPlan {
  /** The wanted name (the writer makes it unique: "汇总", "汇总 (2)" …). */
  readonly sheetName: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** cells[row][column], dense. */
  readonly cells: readonly (readonly PlanCell[])[];
  readonly styles: readonly StyledArea[];
  /** Merged areas as A1 ranges ("A1:J1"). */
  readonly merges: readonly string[];
  /** Row heights in points, where a wrapped narrative row needs more than one line. */
  readonly rowHeights: readonly {
    readonly row: number;
    readonly height: number;
  }[];
  /** Column widths in Excel character units. */
  readonly columnWidths: readonly number[];
  /** Rows frozen at the top (title and period line). */
  readonly frozenRows: number;
  readonly print: {
    readonly paperSize: "A4";
    readonly orientation: "Portrait" | "Landscape";
    /** One page wide (the scale the program's fit-to-width gives); false where that would print below 9 pt and the tables print across pages at `scale`. */
    readonly fitToWidth: boolean;
    /** The print scale in percent where the tables print across pages (printLayout.ts, pageColumns.ts). */
    readonly scale?: number;
    /** Columns repeated at the left of every page ("$A:$A", the 区域 / 地区 column) where the tables print across pages. */
    readonly titleColumns?: string;
    /** 0-based columns that start a new page where the tables print across pages. */
    readonly columnBreaks?: readonly number[];
    /** The pages across before the pages down, so the sheet reads in its order (the tables, then the 综述 and the 核对). */
    readonly pageOrder?: "overThenDown";
    /** Rows repeated at the top of every printed page ("$1:$2"). */
    readonly titleRows: string;
    /** Page margins in inches: Excel's "Normal", or "Narrow" sides where a wide table needs them to print at 9 pt. */
    readonly margins?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
    /** What prints: the tables' columns and the charts below them ("A1:J120"); the charts' data to the right stay out. */
    readonly area?: string;
    /** 0-based rows that start a new page, so no table or band of charts is cut across two (printLayout.ts). */
    readonly rowBreaks?: readonly number[];
    /**
     * 0-based rows that copy a long table's header at the top of a page it runs onto (headerRepeat.ts),
     * each with a page break above: writers write them as any row; the report's tables leave them out.
     */
    readonly headerCopies?: readonly number[];
  };
  readonly charts: readonly ChartPlan[];
  readonly sections: readonly PlanSection[];
  /** The narrative paragraphs (also written into the sheet). */
  readonly narrative: readonly string[];
  /** Notes on how cells were filled (text source cells written as numbers, …). */
  readonly notes: readonly string[];
  /**
   * The source ranges the summary was read from ("'事故分县统计'!A3:J15"), so a pane can offer
   * 刷新汇总 when one of them changes after generation (docs/report-rules.md, rule 10).
   */
  readonly sources?: readonly string[];
  /** When it was generated ("YYYY-MM-DDTHH:mm", as the caller passed it), where known. */
  readonly generatedAt?: string;
}
