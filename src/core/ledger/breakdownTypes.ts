/**
 * The breakdowns of an accident ledger (事故台账) as the reader's model carries them: by county,
 * industry, accident type, level and month, each this period against the same period last year,
 * and what a summary needs to write them as live formulas over the ledger's own columns.
 * Plain serialisable data, like the rest of the model. See docs/ledger-summary.md.
 */
import type { AccidentTotals, DateRange, HazardTotals } from "../reader/model";

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

/** One group of a hazard ledger (a county, a category). */
export interface HazardGroup {
  readonly key: string;
  readonly totals: HazardTotals;
}

/** One overdue hazard (逾期未整改): its deadline has passed at the report date and it is not rectified. */
export interface OverdueHazard {
  /** Sheet row, 0-based. */
  readonly row: number;
  /** The deadline cell ("H12"): where to look in the ledger. */
  readonly cell: string;
  readonly region: string;
  /** The unit (企业名称), as written; "" when the ledger has none. */
  readonly unit: string;
  /** yyyy-mm-dd */
  readonly deadline: string;
  /** The status as written ("整改中"), or "" for a blank cell. */
  readonly status: string;
  readonly major: boolean;
}

/** What a live formula over a hazard ledger may rely on. */
export interface HazardFormulaBasis {
  readonly sheet: string;
  readonly dateColumn: number;
  /** Every counted record's date is a real date cell (found is COUNTIFS up to the report date). */
  readonly datesLive: boolean;
  readonly included?: { readonly column: number; readonly excludedTexts: readonly string[] };
  /** The status column, when every counted record's status is exactly 已整改, 整改中 or 未整改 (已整改 is then an exact criterion). */
  readonly statusColumn?: number;
  /** The deadline column, when every counted record that is not rectified has a real date deadline. */
  readonly deadlineColumn?: number;
  /** The level column, when every counted record's level is exactly 重大 or 一般 (or blank for 一般). */
  readonly levelColumn?: number;
  /** The funds column, when no counted cell is a number typed as text or an error. */
  readonly fundsColumn?: number;
  /** The region column and the keys every counted cell holds exactly. */
  readonly region?: { readonly column: number; readonly keys: readonly string[] };
  readonly category?: { readonly column: number; readonly keys: readonly string[] };
}

/** The depth of a hazard ledger's summary. */
export interface HazardBreakdowns {
  /** Every region, registry order for known prefectures, then as first seen. */
  readonly byRegion: readonly HazardGroup[];
  /** By the category column (行业 / 隐患类别), most hazards first; empty without one. */
  readonly byCategory: readonly HazardGroup[];
  /** 重大隐患 alone, by region (only regions with one). */
  readonly majorByRegion: readonly HazardGroup[];
  /** The overdue hazards, in sheet order (the first 200), and how many there are in all. */
  readonly overdue: readonly OverdueHazard[];
  readonly overdueCount: number;
  readonly formulaBasis: HazardFormulaBasis;
}
