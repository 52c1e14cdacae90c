/**
 * The typed model of what the reader found in a workbook: the contract between the reader
 * (`src/core/reader/`), the summary plan (`src/core/summary/`), the task pane and the
 * command line. Everything here is plain, serialisable data (it is saved in document
 * settings and crosses to the task pane), so there are no functions and no classes.
 *
 * Coordinates are 0-based sheet coordinates; addresses are A1 text without the sheet.
 */
import type { AccidentBreakdowns, HazardBreakdowns } from "../ledger/breakdownTypes";
import type { ParsedPeriod } from "../periods/period";
import type { RowLevel } from "../facts/breakdown";
import type { MeasureKind } from "../facts/measure";
import type { OtherField } from "./otherFields";

/** Text shown to a user, in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A cell of the source workbook. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** A1 address without the sheet, e.g. "B5". */
  readonly address: string;
}

/** The area an indicator belongs to. */
/**
 * The area an indicator belongs to. Fires (火灾, the fire services' statistic) and forest fires
 * (森林火灾) are areas of their own: a fire's deaths and losses are never an accident's or a disaster's.
 */
export type IndicatorDomain = "accident" | "disaster" | "hazard" | "enforcement" | "fire" | "forest_fire" | "other";

/** What a table column means with respect to time. */
export type ColumnRole =
  | "current" // 本期 / 2024年1—6月
  | "previous" // 去年同期 / 2023年1-6月 / 去年同月
  | "previous_period" // 上月: the base of 环比, never of 同比
  | "change_abs" // 增减 / 同比增减数 (stated)
  | "change_pct" // 同比增减幅度(%) / ±% (stated, in percent units: 15 means 15%)
  | "value" // a single-period value (no comparison in the table)
  | "rate" // a stated rate such as 整改率(%) (in percent units unless `percentAsFraction`)
  | "key" // the row label column (县（市）, 行业)
  | "category" // a second label column (灾种)
  | "code" // 序号 / 代码
  | "ignored";

/** What one column of a table means. */
export interface ColumnMeaning {
  readonly column: number;
  /** The header cells above it, outermost first, cleaned (no line breaks or inner spaces). */
  readonly headerPath: readonly string[];
  /** The registry id of the indicator (accident_count, loss_agri …), if recognised. */
  readonly indicator?: string;
  readonly role: ColumnRole;
  /** The unit found in the header or the unit row (万元, 人, %), if any. */
  readonly unit?: string;
  /** Multiply a cell by this to get the indicator's base unit (元 → 万元: 0.0001). */
  readonly unitFactor: number;
  /** The period label as written, for current/previous columns ("2024年1—6月", "本期"). */
  readonly periodLabel?: string;
  /**
   * The period the column's figures cover, as src/core/periods parses it, where the header names
   * one (a period column, a month of a months-across table). A 累计 column of a months-across table
   * is resolved to January up to the last month with figures (1—4月 when May to December are empty).
   */
  readonly period?: ParsedPeriod;
  /** For stated change columns: "previous_period" when the change is 环比 (against 上月), absent for 同比. */
  readonly comparison?: "previous_period";
  /**
   * In a table read turned: the column of an 其中 row under a period row (8月 | 其中：较大事故): its
   * figures are the part named here ("较大事故") of the period column before it, same period and group.
   */
  readonly ofWhich?: string;
  /** 0 to 1: how sure the match is. */
  readonly confidence: number;
  /** The alias that matched, and whether it was a known misspelling or a fuzzy match. */
  readonly matchedAlias?: string;
  readonly resolvedTypo?: boolean;
  /**
   * For change_pct and rate columns whose cells hold fractions (0.15) rather than percents (15).
   * The reader has already multiplied those values by 100: `values` are always in percent units.
   */
  readonly percentAsFraction?: boolean;
  /**
   * The group a column counts when the header names one below the indicator (layout D:
   * 事故起数/采矿 → "采矿"); its paired ±% column carries the same group.
   */
  readonly industry?: string;
  /**
   * In a monthly report with both column groups: which one this column belongs to, the month
   * (当月 | 去年同月 | 增减幅度) or the year to date (1—6月累计 | 去年同期 | 增减幅度). See docs/sections.md.
   */
  readonly periodGroup?: "month" | "cumulative";
  /**
   * What kind of number the column holds (a count, an amount, a rate, a share, an index, a
   * denominator such as GDP or population, an identifier, a measurement such as rainfall), from
   * the header's words, the indicator and the values. Only counts and amounts are ever added up.
   */
  readonly measure?: MeasureKind;
}

/** What one row of a table is. */
export type RowRole =
  | "data" // a region, industry or category row: add it up
  | "total" // 合计 / 总计 / 全州合计
  | "subtotal" // 小计
  | "of_which" // 其中：… a part of the row above or of the total; never added again
  | "sublevel" // a row one level below the table's data rows (a township under its county): a part of `partOf`, never added to the data rows
  | "blank";

/** One body row of a table. */
export interface RowMeaning {
  readonly row: number;
  /** The key cell's text, cleaned (spaces removed) for matching; forward-filled from a merged cell where needed. */
  readonly label: string;
  /** The key cell's text exactly as written, where it differs from `label` ("Chuxiong City", "\u200B=1"): what outputs show. */
  readonly text?: string;
  readonly role: RowRole;
  /** The canonical region name for region rows (楚雄市, 楚雄高新区, 市直). */
  readonly region?: string;
  /** The text of the category column, where the table has one (灾种: 旱灾). */
  readonly category?: string;
  /** For of_which and sublevel rows: the sheet row of the row they are part of, if known. */
  readonly partOf?: number;
  /**
   * The administrative level of the row where the table shows levels (indentation, codes such as
   * 410000 / 410100 / 410102, a 省 | 市 | 区县 column triple); "group" for a 小计. Totals are taken
   * at one level only: the data rows'.
   */
  readonly level?: RowLevel;
  /** The places above the row as the table's coarser columns write them (陕西省, 西安市), outermost first. */
  readonly within?: readonly string[];
  /** For tables keyed by indicator (指标 | 本期 | 去年同期): the registry id the row label names. */
  readonly indicator?: string;
  /** For tables keyed by indicator: the unit the row states (in its label or a 单位 column), values being in the base unit. */
  readonly unit?: string;
  /**
   * In a table read turned (`transposed`) whose indicators each have a 同比 / 增减 column beside them
   * (期间 | 事故起数 | 同比(%) | 死亡人数 | 同比(%)): the row of such a column states the change of its
   * `indicator` in each period, not a figure of it.
   */
  readonly change?: "change_abs" | "change_pct";
  /** For change rows: "previous_period" when the change is 环比. */
  readonly comparison?: "previous_period";
}

/** One numeric cell as read. */
export interface ReadValue {
  /** The number in the indicator's base unit, or null when the cell is missing ("—", blank). */
  readonly value: number | null;
  /** The raw cell, for messages. */
  readonly raw: unknown;
  /** The marker when missing ("—", "/", "" …). */
  readonly missingMarker?: string;
}

/** A table keyed by region, industry or indicator (layouts A, C and D). */
export interface TableModel {
  readonly kind: "table";
  readonly id: string;
  readonly sheet: string;
  /** The whole table's address, header included, e.g. "A3:J15". */
  readonly address: string;
  /** Sheet rows of the header block, first and last. */
  readonly headerRows: readonly [number, number];
  /** What the rows are keyed by. */
  readonly keyKind: "region" | "industry" | "indicator" | "other";
  readonly keyColumn: number;
  readonly columns: readonly ColumnMeaning[];
  readonly rows: readonly RowMeaning[];
  /** values[i][j] is rows[i] × columns[j]; null for key/label columns. */
  readonly values: readonly (readonly (ReadValue | null)[])[];
  /** The period labels as written in the table, where found. */
  readonly periods: { readonly current?: string; readonly previous?: string };
  /** The title above the table (merged title row), if any. */
  readonly title?: string;
  /**
   * Periods in rows (当月 | 去年同月 | 同比 … or 2024年 | 2023年 down the side, indicators across):
   * the table is read turned, keyed by indicator, so `rows[i].row` is the sheet COLUMN of row i's
   * cells and `columns[j].column` the sheet ROW of column j's cells. Build addresses with
   * `tableCell` (src/core/reader/tableCell.ts), never from row.row and column.column directly.
   */
  readonly transposed?: true;
  /**
   * The table's period where the table itself names one outside its period columns: the title, a
   * 统计时间 / 截至 line, the sheet name or the file name, in that order (docs/periods.md).
   */
  readonly period?: { readonly period: ParsedPeriod; readonly from: "title" | "line" | "sheet" | "file" };
  /** Whether the figures are preliminary (初步统计, 快报) or final (经核定), where the title or the notes under the table say so (reader/figuresStatus.ts). */
  readonly status?: "preliminary" | "final";
  /** The area the title names (…自然灾害… → disaster), which decides an indicator its columns leave open. */
  readonly domain?: IndicatorDomain;
  /** Another field's statistics (GDP, population …) its words name, when no emergency indicator was recognised (reader/otherFields.ts). */
  readonly otherField?: OtherField;
  /**
   * What the whole table is about beyond its rows: the county its sheet stands for in a group of
   * sheets of one form (sheetGroups.ts), the level or field its title narrows it to (…较大事故情况,
   * 工矿商贸…（按行业）: titleScope.ts). Every figure of the table is keyed by these as well.
   */
  readonly scope?: readonly ScopeKey[];
  /** 0 to 1. */
  readonly confidence: number;
}

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
  /**
   * false: no 同比 — the ledger has no record within `previous` (a week's list, a year alone) or is an
   * archive of many years (2005—2018年, summarised by year); `previous` is then only the same dates a
   * year earlier. Absent: compared (ledger/ledgerWindows.ts).
   */
  readonly compare?: false;
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
    /** The current window in each year the ledger covers, oldest first; only when there are 3 or more (for a trend). */
    readonly byYear?: readonly { readonly period: DateRange; readonly totals: AccidentTotals }[];
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

/** A ledger row the summary names rather than counts silently: a date that cannot be read. */
export interface LedgerRowNote {
  /** Sheet row, 0-based. */
  readonly row: number;
  /** The date cell. */
  readonly cell: string;
  /** The cell as written ("" when blank). */
  readonly text: string;
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

/** Kinds of arithmetic findings (核对). */
export type FindingKind =
  | "total_mismatch" // county rows do not add up to the 合计 row
  | "parts_mismatch" // 其中 parts do not add up to their total
  | "stated_change_mismatch" // a stated 增减幅度(%) differs from the recomputed one
  | "stated_delta_mismatch" // a stated 增减 differs from current − previous
  | "stated_rate_mismatch" // a stated 整改率 differs from the recomputed rate
  | "unit_slip" // a value about 10,000 times its neighbours (元 typed into a 万元 column)
  | "impossible_value" // rectified > found, a negative count …
  | "ledger_table_mismatch" // a ledger's count for a county or industry differs from a table's for the same period
  | "ledger_text_dates" // counted ledger rows with text dates: the ledger summary is written as values, not formulas
  | "ledger_undated" // a ledger row whose date cannot be read: in no period, so not counted
  | "overflow" // figures or their sum pass the largest number: the check cannot be made, and says so
  | "not_checked" // a check failed inside (a bug): that part is reported unchecked, never as consistent
  | "rounding" // a total that differs from its parts by no more than the unit's rounding (0.01 万元): said, never a slip
  | "level_mismatch" // a row of one level (a county) differs from the sum of its rows at the level below (its townships)
  | "period_name_mismatch"; // the file name and the sheet name (or title) name different periods

/** One arithmetic finding with the cells behind it. */
export interface Finding {
  readonly kind: FindingKind;
  /** error: a slip; warning: probably one; info: said for completeness, not a slip (a rounding difference). */
  readonly severity: "error" | "warning" | "info";
  readonly sheet: string;
  /** The cell whose stated figure is checked (the 合计 cell, the stated % cell …). */
  readonly cell: string;
  /** The cells the recomputed figure comes from, as an A1 range or list. */
  readonly sources: readonly string[];
  readonly stated: number | null;
  readonly recomputed: number | null;
  readonly message: Bilingual;
}

/** Kinds of things the reader normalised or could not use. */
export type AnomalyKind =
  | "text-number"
  | "thousands-separator"
  | "full-width"
  | "whitespace"
  | "apostrophe"
  | "percent"
  | "unit-in-cell"
  | "wan-multiplier"
  | "resolved-typo"
  | "fuzzy-match"
  | "skipped-row"
  | "error-cell"
  | "unreadable-cell"
  | "date-text"
  | "hidden-row"
  | "forward-filled";

/** One cell-level anomaly, with its address. */
export interface Anomaly {
  readonly kind: AnomalyKind;
  readonly sheet: string;
  readonly cell: string;
  readonly message: Bilingual;
}

/** Why a sheet, or part of one, could not be read. */
export interface Diagnostic {
  readonly severity: "error" | "warning" | "info";
  readonly sheet: string;
  /** Where, if it concerns a place. */
  readonly address?: string;
  /** What was expected and what was found. */
  readonly message: Bilingual;
}

/** Everything read from a workbook. */
/** What one sheet of a group stands for: a county (涡阳县) or another reporting unit (市安委会成员单位). */
export interface SheetKey {
  readonly dimension: "region" | "other";
  readonly key: string;
}

/** A key that holds for a whole table: from its sheet (a county of a group) or its title (较大, 工矿商贸). */
export interface ScopeKey {
  readonly dimension: "region" | "industry" | "level" | "other";
  readonly key: string;
  readonly from: "sheet" | "title";
}

/**
 * Tables of one form on several sheets, one per county, and the sheet of the whole when there is
 * one: together one table by county, the parts checked against the whole (checks/sheetGroups.ts).
 */
export interface SheetGroup {
  /** The parts' tables (ids) in sheet order, each with what its sheet stands for. */
  readonly parts: readonly (SheetKey & { readonly table: string })[];
  /** The table (id) of the sheet for the whole (全市, 汇总), if the workbook has one. */
  readonly total?: string;
}

export interface WorkbookModel {
  readonly tables: readonly TableModel[];
  readonly ledgers: readonly LedgerModel[];
  /** Sheets of one form that are one table by county (absent when there are none). */
  readonly sheetGroups?: readonly SheetGroup[];
  readonly findings: readonly Finding[];
  readonly anomalies: readonly Anomaly[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Corrections a user made in the task pane; remembered per workbook and applied on the next read. */
export interface ReaderOverrides {
  /** By table id: column → indicator id and role. */
  readonly columns?: Readonly<Record<string, readonly { readonly column: number; readonly indicator?: string; readonly role?: ColumnRole }[]>>;
  /** By table id: the sheet row of the total row. */
  readonly totalRow?: Readonly<Record<string, number>>;
  /** By ledger id: the current period (the previous one is the same dates a year earlier). */
  readonly ledgerPeriod?: Readonly<Record<string, { readonly start: string; readonly end: string }>>;
  /** Sheets to skip. */
  readonly skipSheets?: readonly string[];
}
