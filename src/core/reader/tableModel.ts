/**
 * What the reader found in one table: its columns, rows and values (part of the reader's model,
 * src/core/reader/model.ts, which re-exports it). Plain, serialisable data; 0-based sheet coordinates.
 */
import type { ParsedPeriod, PeriodSpan } from "../periods/period";
import type { RowLevel } from "../facts/breakdown";
import type { MeasureKind } from "../facts/measure";
import type { OtherField } from "./otherFields";
import type { IndicatorDomain } from "./modelBasics";
import type { DisasterEvent } from "./eventPeriod";

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
   * A column comparing, in percent, with the mean of earlier years ("较近5年同期均值(%)", "与近三年平均值相比(%)"):
   * the words of its base ("近5年同期均值") and the indicator its header names, if it names one (a table keyed by
   * indicator names it in the row). Its role is "ignored" (it is no figure and no 同比: never summed, never
   * checked, since the table holds no earlier years); its values are kept for the 综述 (facts/fromTable.ts).
   */
  readonly meanOf?: { readonly words: string; readonly indicator?: string };
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
  /** For a subtotal whose rows could not be told (rows above and under it, neither adding up): never checked (reader/subtotalGroups.ts). */
  readonly partsUnknown?: true;
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
  /**
   * In a period matrix (2024年 | 2023年 down the side, 1—2月 … 12月 | 累计 across; reader/periodMatrix.ts):
   * the span this row's 累计 covers, January to the row's own last month with figures, without a
   * year (the row's label gives it). Last year's row may hold the whole year while this year's stops in March.
   */
  readonly seriesSpan?: PeriodSpan;
}

/** One numeric cell as read. */
export interface ReadValue {
  /** The number in the indicator's base unit, or null when the cell is missing ("—", blank). */
  readonly value: number | null;
  /** The raw cell, for messages. */
  readonly raw: unknown;
  /** The marker when missing ("—", "/", "" …). */
  readonly missingMarker?: string;
  /** A stated percent's decimals as its cell shows them (−3 under "0.0" → 1: "3.0%"; reader/shownDecimals.ts). */
  readonly decimals?: number;
}

/** A table keyed by region, industry or indicator (layouts A, C and D). */
/** A report period as a year and its months (1–12 for a whole year). */
export interface ReportMonths {
  readonly year: number;
  readonly startMonth: number;
  readonly endMonth: number;
}

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
   * The sheet's title above it where that is another row than the table's own title: the tables of
   * a sheet titled by section headings (一、事故起数) share the place and period it names once at the top.
   */
  readonly sheetTitle?: string;
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
  readonly period?: {
    readonly period: ParsedPeriod;
    readonly from: "title" | "line" | "sheet" | "file";
    /** The disaster event a system export's line names (灾种名称, 灾害发生时间): the period is its day (reader/eventPeriod.ts). */
    readonly event?: DisasterEvent;
  };
  /**
   * The report period as a year and its months, where the table's title or the user (`--period`, the
   * pane's 报告期) names one (reader/reportYear.ts): a series of years down the side that the reader did not
   * turn takes that year as its current row, as a series across takes it as its current column (facts/rowPeriods.ts).
   */
  readonly reportMonths?: ReportMonths;
  /** Whether the figures are preliminary (初步统计, 快报) or final (经核定), where the title or the notes under the table say so (reader/figuresStatus.ts). */
  readonly status?: "preliminary" | "final";
  /** The indicators whose figures the notes under the table call approximate ("直接经济损失为约数": approximateFigures.ts). */
  readonly approximate?: readonly string[];
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

/**
 * A key that holds for a whole table: from its sheet (a county of a group), its title (较大, 工矿商贸),
 * or, for a ledger, the level column every counted record states alike (ledger/oneLevel.ts).
 */
export interface ScopeKey {
  readonly dimension: "region" | "industry" | "level" | "other";
  readonly key: string;
  readonly from: "sheet" | "title" | "column";
}
