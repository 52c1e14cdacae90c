/**
 * What the reader found in one ledger (台账): its columns, periods, totals and how every row was used
 * (part of the reader's model, src/core/reader/model.ts, which re-exports it). Plain, serialisable data.
 */
import type { AccidentBreakdowns, HazardBreakdowns } from "../ledger/breakdownTypes";
import type { ScopeKey } from "./tableModel";

/** The fields a ledger column can have. */
export type LedgerField =
  | "date"
  | "region"
  | "town"
  | "unit_name" // 事故发生单位 / 企业名称
  | "industry"
  | "industry_sub"
  | "accident_type"
  | "level" // 事故等级 / 隐患等级
  | "deaths"
  | "missing"
  | "injured"
  | "serious_injured"
  | "direct_loss"
  | "included" // 是否纳入统计
  | "status" // 整改状态
  | "deadline" // 整改期限
  | "done_date" // 完成日期
  | "funds" // 整改资金
  | "listed" // 挂牌督办
  | "description"
  | "serial"
  | "other";

/** Totals of an accident ledger for one period and one group. */
export interface AccidentTotals {
  readonly accidents: number;
  readonly deaths: number;
  readonly missing: number;
  readonly injured: number;
  readonly seriousInjured: number;
  /** 万元 */
  readonly directLoss: number;
  /** Accidents of level 较大 or above (given or derived from the thresholds). */
  readonly largerOrAbove: number;
}

/** Totals of a hazard ledger for one group. */
export interface HazardTotals {
  readonly found: number;
  readonly rectified: number;
  readonly inProgress: number;
  readonly notStarted: number;
  /** Deadline before the report date and not rectified. */
  readonly overdue: number;
  readonly majorFound: number;
  readonly majorRectified: number;
  /** 万元 */
  readonly funds: number;
}

/** A period as a closed date range (ISO dates, yyyy-mm-dd). */
export interface DateRange {
  readonly start: string;
  readonly end: string;
  /** As a report writes it: "2024年1—6月". */
  readonly label: string;
}

/** A ledger (台账): one row per accident or per hazard (layout B). */
export interface LedgerModel {
  readonly kind: "ledger";
  readonly id: string;
  readonly subtype: "accident" | "hazard";
  readonly sheet: string;
  readonly address: string;
  readonly headerRow: number;
  readonly columns: readonly { readonly column: number; readonly header: string; readonly field: LedgerField; readonly confidence: number }[];
  /** Sheet rows of the records. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly recordCount: number;
  /** Records left out of the statistics (是否纳入统计 = 否). */
  readonly excludedCount: number;
  readonly current: DateRange;
  readonly previous: DateRange;
  /** Where the periods come from: the records' dates ("inferred"), the title or 统计时间 line above the header, or the user. */
  readonly periodSource: "inferred" | "title" | "user";
  /** The latest record's date (ISO): a period the user gives after it is one the ledger does not reach (no "未发生" from it). */
  readonly latestRecord?: string;
  /** The texts above the header, as written (楚雄州2024年1—6月生产安全事故台账): its place and region word are the workbook's as a table's title's are. */
  readonly title?: string;
  /** The period words of the texts above the header, as written (一周事故及安全警示（2021年第34期） → 2021年第34期). */
  readonly titlePeriodWords?: readonly string[];
  /**
   * false: no 同比 — the ledger has no record within `previous` (a week's list, a year alone) or is an
   * archive of many years (2005—2018年, summarised by year); `previous` is then only the same dates a
   * year earlier. Absent: compared (ledger/ledgerWindows.ts).
   */
  readonly compare?: false;
  /**
   * The level or field the title narrows the ledger to (2024年1月至5月全省较大事故 → 较大): its records are
   * of that scope only, so its totals are never told as all accidents (reader/titleScope.ts).
   */
  readonly scope?: readonly ScopeKey[];
  /** How every row under the header was used: counted, left out, not dated (named), or a 合计 row. */
  readonly accounting?: LedgerAccounting;
  /** Accident ledgers: totals this period and last, overall and by group. */
  readonly accidents?: {
    readonly current: AccidentTotals;
    readonly previous: AccidentTotals;
    readonly byRegion: readonly { readonly key: string; readonly current: AccidentTotals; readonly previous: AccidentTotals }[];
    readonly byIndustry: readonly { readonly key: string; readonly current: AccidentTotals; readonly previous: AccidentTotals }[];
    readonly byType: readonly { readonly key: string; readonly current: AccidentTotals; readonly previous: AccidentTotals }[];
    readonly byLevel: readonly { readonly key: string; readonly current: AccidentTotals; readonly previous: AccidentTotals }[];
    /**
     * The current window in each year the ledger covers, oldest first; only when there are 3 or more (for a trend).
     * `complete: false` on a window that starts before the month of the ledger's first record: the ledger may not cover it all.
     */
    readonly byYear?: readonly { readonly period: DateRange; readonly totals: AccidentTotals; readonly complete?: false }[];
    /** The month before, when the current window is one calendar month the ledger's records reach back past: the base of 环比. */
    readonly monthBefore?: { readonly period: DateRange; readonly totals: AccidentTotals };
    /** By county, industry, type, level and month, and what live formulas over the ledger may rely on (src/core/ledger/breakdowns.ts). */
    readonly breakdowns?: AccidentBreakdowns;
  };
  /** Hazard ledgers: totals as of the report date, overall and by region. */
  readonly hazards?: {
    readonly reportDate: string;
    readonly total: HazardTotals;
    readonly byRegion: readonly { readonly key: string; readonly totals: HazardTotals }[];
    /** By county and category, 重大 alone, the overdue list, and what live formulas may rely on (src/core/ledger/hazardBreakdowns.ts). */
    readonly breakdowns?: HazardBreakdowns;
  };
  readonly confidence: number;
}

/** A ledger cell the summary names rather than uses silently: a date that cannot be read, a figure of words. */
export interface LedgerRowNote {
  /** Sheet row, 0-based. */
  readonly row: number;
  /** The cell. */
  readonly cell: string;
  /** The cell as written ("" when blank). */
  readonly text: string;
  /** The column's header as written, where the note names it (a figure: 受伤（人）). */
  readonly header?: string;
  /** For a figure of words: the record's field (injured) and date, so the 综述 can say which period's figure leaves it out. */
  readonly field?: string;
  readonly date?: string;
}

/**
 * Every non-blank row under a ledger's header, accounted for:
 * rows = counted + excluded + undated + totals (the property tests/ledger/ledgerAccounting.test.ts checks).
 */
export interface LedgerAccounting {
  /** Non-blank rows under the header, up to the ledger's end. */
  readonly rows: number;
  /** Records with a readable date and not left out: the ones the figures count. */
  readonly counted: number;
  /** Records left out by 是否纳入统计 = 否. */
  readonly excluded: number;
  /** Records whose date cannot be read: in no period, not counted, each named in the 核对. */
  readonly undated: number;
  /** 合计 / 小计 rows inside the ledger: recognised, never counted as records. */
  readonly totals: number;
  /** The undated rows' date cells, the first 200. */
  readonly unreadable: readonly LedgerRowNote[];
  /** The total rows of an accident ledger (the first 200), each stated figure set beside the records it totals. */
  readonly totalRows?: readonly LedgerTotalRow[];
  /** Counted records' figure cells that hold words (个别轻微伤): read as 0, each named in the 核对 (the first 200 cells). */
  readonly wordFigures?: { readonly count: number; readonly cells: readonly LedgerRowNote[] };
  /** Counted records with a blank region cell: in the 合计 and under （未填） by county, named in the 核对 (the first 200 cells). */
  readonly blankRegions?: { readonly count: number; readonly cells: readonly string[]; readonly header: string };
  /** Counted records whose stated level is below the one their figures meet (3 dead written 一般): each named in the 核对 (the first 200). */
  readonly levelsBelowFigures?: { readonly count: number; readonly cells: readonly LedgerLevelNote[] };
  /** Counted records with no direct loss filled in (blank, "—", "无"): the loss totals count them as 0, said in the note and the 核对 (the first 200 cells). */
  readonly missingLoss?: {
    readonly count: number;
    readonly cells: readonly string[];
    readonly header: string;
    /** How many by date (YYYY-MM-DD), every one of them: the loss of a window says how many it counted as 0. */
    readonly byDate?: Readonly<Record<string, number>>;
  };
}

/** A record whose stated level is below the level its figures meet (《生产安全事故报告和调查处理条例》 Art. 3). */
export interface LedgerLevelNote {
  /** The level cell. */
  readonly cell: string;
  /** The record's date (YYYY-MM-DD): the figures of its window say it is to be verified. */
  readonly date?: string;
  /** The level as the ledger states it, without 事故 ("一般"). */
  readonly stated: string;
  /** The level the figures meet. */
  readonly met: "特别重大" | "重大" | "较大";
  /** That level's least deaths (with the missing), serious injuries and direct loss (万元): any one is enough. */
  readonly threshold: { readonly deaths: number; readonly seriousInjuries: number; readonly directLoss: number };
  readonly deaths: number;
  readonly missing: number;
  readonly seriousInjuries: number;
  /** 万元. */
  readonly directLoss: number;
}

/** A 合计 / 小计 row of a ledger and its stated figures beside the sum of the records above it (ledger/totalRows.ts). */
export interface LedgerTotalRow {
  /** Sheet row, 0-based. */
  readonly row: number;
  /** The label as written (合计, 小计 …). */
  readonly label: string;
  readonly figures: readonly {
    /** The stated figure's cell (the label's cell for a count written in it: 合计8起). */
    readonly cell: string;
    readonly stated: number;
    /** The sum of every record since the total row before (a 合计: since the 合计 before, 小计 rows included). */
    readonly recomputed: number;
    /** The records' cells in that column ("" when there were none). */
    readonly rows: string;
    /** Whether the stated figure is the sum of the records it may total (since the last total row, the last 合计 or the start; all records or the included ones). */
    readonly agrees: boolean;
  }[];
}
