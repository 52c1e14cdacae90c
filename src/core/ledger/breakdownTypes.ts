/**
 * The breakdowns of an accident ledger (事故台账) as the reader's model carries them: by county,
 * industry, accident type, level and month, each this period against the same period last year,
 * and what a summary needs to write them as live formulas over the ledger's own columns.
 * Plain serialisable data, like the rest of the model. See docs/ledger-summary.md.
 */
import type { AccidentTotals, DateRange } from "../reader/model";

/** One group of a breakdown: this period and the same period last year. */
export interface LedgerGroup {
  /** The county, industry, type or level as the summary shows it ("楚雄市", "较大"). */
  readonly key: string;
  readonly current: AccidentTotals;
  readonly previous: AccidentTotals;
}

/** One month of the current period against the same month last year, alone (当月) and to date (累计). */
export interface LedgerMonth {
  /** 1 to 12. */
  readonly month: number;
  /** "1月" … "12月". */
  readonly label: string;
  /** The month's days within the current period, and the same days a year earlier. */
  readonly current: DateRange;
  readonly previous: DateRange;
  readonly monthly: { readonly current: AccidentTotals; readonly previous: AccidentTotals };
  /** From the start of the period to this month's end (累计). */
  readonly cumulative: { readonly current: AccidentTotals; readonly previous: AccidentTotals };
}

/** The ledger columns a formula may count over, and the keys it may match exactly. */
export interface LedgerFormulaBasis {
  readonly sheet: string;
  /** Sheet column (0-based) of the date. */
  readonly dateColumn: number;
  /**
   * Whether every counted record (included, dated in either period) has a real date cell, so
   * COUNTIFS/SUMIFS over the date column count exactly the engine's records.
   */
  readonly datesLive: boolean;
  /** Counted records whose date is text: how many, and the first 20 cells ("B7"). */
  readonly textDates: { readonly count: number; readonly cells: readonly string[] };
  /** The 是否纳入统计 column and the texts that exclude a record in it ("否"). */
  readonly included?: { readonly column: number; readonly excludedTexts: readonly string[] };
  /** Figure columns (deaths, injured …) whose counted cells are all numbers or non-numbers SUMIFS skips as the engine does. */
  readonly figureColumns: Readonly<Partial<Record<"deaths" | "missing" | "injured" | "serious_injured" | "direct_loss", number>>>;
  /** Key columns, and the keys whose every counted cell holds exactly the key (a COUNTIFS criterion matches them all). */
  readonly keyColumns: Readonly<
    Partial<Record<"region" | "industry" | "accident_type" | "level", { readonly column: number; readonly keys: readonly string[] }>>
  >;
}

/** Everything the ledger summary shows. */
export interface AccidentBreakdowns {
  /** Every region of either period: the registry's order for known prefectures, then the rest as first seen. */
  readonly byRegion: readonly LedgerGroup[];
  /** Industries, types: most accidents this period first (then last period, then first seen). */
  readonly byIndustry: readonly LedgerGroup[];
  readonly byType: readonly LedgerGroup[];
  /** The four levels, most serious first, then any other stated level. */
  readonly byLevel: readonly LedgerGroup[];
  /** Each month of the current period. */
  readonly byMonth: readonly LedgerMonth[];
  readonly formulaBasis: LedgerFormulaBasis;
}
