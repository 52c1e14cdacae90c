/**
 * The sources facts come from: a table (either orientation, keyed by region, industry, indicator or
 * period), a ledger (one row per accident or hazard), or a set of consolidated county returns.
 * A source says where it is and what a summary needs to show it as the source does (its title, the
 * header of its key column, its period words, its row order is the order of its facts); it holds no
 * figures — those are facts.
 */
import type { DateRange, ScopeKey } from "../reader/model";
import type { FactPeriod } from "./period";
import type { OtherField } from "../reader/otherFields";

export type { DateRange };

/** What was recognised in a table, whether or not it gave facts (for the "not summarised" lines). */
export interface TableRecognition {
  /** Registry ids named by its columns or rows, in the order found. */
  readonly indicators: readonly string[];
  /** Header texts of value columns no indicator was recognised in (the first few). */
  readonly unrecognisedHeaders: readonly string[];
  /** How many columns name a period (本期, 去年同期, 2024年1—6月). */
  readonly periodColumns: number;
  /** Data and total rows. */
  readonly bodyRows: number;
  /** Every recognised indicator column is split by a group under it (事故起数/采矿) with no total column. */
  readonly splitOnly: boolean;
}

/** A table of the workbook. */
export interface TableSource {
  readonly kind: "table";
  /** "事故分县统计!A3:J15" */
  readonly id: string;
  readonly sheet: string;
  readonly address: string;
  readonly title?: string;
  /** What its rows are keyed by; "indicator" for 指标 | 本期 | 去年同期 tables, "period" for years or months down the side. */
  readonly keyKind: "region" | "industry" | "indicator" | "period" | "other";
  /** The key column's header as written ("县（市）", "市（州）"). */
  readonly keyHeader: string;
  /** The label of its 合计 row as written ("全州合计", "合计"), when it has one. */
  readonly totalLabel?: string;
  /** The period words of its current and previous columns, as written. */
  readonly periodWords: { readonly current?: string; readonly previous?: string };
  /** A monthly report with both the month group and the year-to-date group. */
  readonly monthly: boolean;
  /** Whether its title or the notes under it call the figures preliminary (据初步统计, 快报) or final (经核定): reader/figuresStatus.ts. */
  readonly status?: "preliminary" | "final";
  /** The most decimals its stated rates carry, by indicator (97.28 → 2), where it states rates. */
  readonly statedRateDecimals?: Readonly<Record<string, number>>;
  readonly recognition: TableRecognition;
  /** Another field's statistics its words name (GDP …), as the reader found it. */
  readonly otherField?: OtherField;
  /** A table joined from sheets of one form, one per county (fromSheetGroup.ts): its sheets and the 合计 it leaves open. */
  readonly joined?: JoinedSheets;
  /** Read turned from a table of places across: its rows (the places) lie along sheet columns (tablePlace.ts, tableSource.rowsAlongColumns). */
  readonly rowsAlongColumns?: true;
}

/**
 * The sheets of a table joined from one sheet per county (and the sheet of the whole), and the
 * indicators whose 合计 it leaves open: the whole's sheet does not state them in the same period and
 * unit, and the parts may not be added because some are not counties of the area (they may overlap).
 */
export interface JoinedSheets {
  /** The parts' sheets, in sheet order. */
  readonly parts: readonly string[];
  /** The sheet of the whole (全市), whose stated figures are the 合计 row. */
  readonly whole?: string;
  /** Indicators with no 合计: "—" in the summary, and a note saying why. */
  readonly open: readonly string[];
  /** Parts that are not counties of the area (市安委会成员单位), as their sheets name them. */
  readonly notPlaces: readonly string[];
  /** The whole's sheet's period when it is another than the parts' (its figures are no 合计 of theirs), and the parts'. */
  readonly otherPeriod?: { readonly whole: FactPeriod; readonly parts: FactPeriod };
}

/** One overdue hazard of a hazard ledger (逾期未整改): a row to look at, not a figure. */
export interface OverdueItem {
  /** The deadline cell ("H12") on the ledger's sheet. */
  readonly cell: string;
  readonly region: string;
  readonly unit: string;
  readonly deadline: string;
  readonly status: string;
  readonly major: boolean;
}

/** A ledger (台账). */
export interface LedgerSource {
  readonly kind: "ledger";
  readonly id: string;
  readonly subtype: "accident" | "hazard";
  readonly sheet: string;
  readonly address: string;
  readonly recordCount: number;
  /** Records left out of the statistics (是否纳入统计 = 否). */
  readonly excludedCount: number;
  /** The comparison windows (accident ledgers), from the records' dates ("inferred"), the title above the header, or the user. */
  readonly current: DateRange;
  readonly previous: DateRange;
  readonly periodSource: "inferred" | "title" | "user";
  /** The latest record's date (ISO), where the records are dated (LedgerModel.latestRecord). */
  readonly latestRecord?: string;
  /** false: no 同比 — nothing in `previous` to compare with, or an archive of many years (LedgerModel.compare). */
  readonly compare?: false;
  /** Counted records whose figure cell holds words (个别轻微伤 in 受伤), counted as 0 (the 核对's ledger_figure_words): field, cell, text, date. */
  readonly wordFigures?: readonly { readonly field: string; readonly cell: string; readonly text: string; readonly date: string }[];
  /** The level or field the ledger's title narrows its records to (LedgerModel.scope): its totals are not all accidents. */
  readonly scope?: readonly ScopeKey[];
  /** Hazard ledgers: the date the counts stand at (overdue is judged against it). */
  readonly reportDate?: string;
  /** How the rows under the header were used (LedgerModel.accounting): the 核对 says it in one line. */
  readonly accounting?: LedgerRowCount;
  /** Counted records whose date is text: the ledger's figures are values, not formulas (a note says so). */
  readonly textDates?: { readonly count: number; readonly cells: readonly string[] };
  /** Counted records with no direct loss filled in (blank, "—"): the loss totals count them as 0 (a note says so); how many by date. */
  readonly missingLoss?: { readonly count: number; readonly cells: readonly string[]; readonly byDate?: Readonly<Record<string, number>> };
  /** Counted records whose stated level is below the one their figures meet (the 核对's ledger_level_below_figures): the level counted, the level met, the date. */
  readonly levelsBelow?: readonly { readonly stated: string; readonly met: string; readonly date: string }[];
  /**
   * Accident ledgers with no level column: the levels come from the thresholds (ledger/accidentLevel.ts), and
   * `without` names the criteria it has no column for — a record may meet 较大 by those, unseen.
   */
  readonly levelsDerived?: { readonly without: readonly ("serious_injured" | "direct_loss")[] };
  /** Hazard ledgers: the overdue hazards in sheet order (the first 200) and how many there are. */
  readonly overdue?: { readonly items: readonly OverdueItem[]; readonly count: number };
}

/** Every row under a ledger's header, counted or said why not: rows = counted + excluded + undated + totals. */
export interface LedgerRowCount {
  readonly rows: number;
  readonly counted: number;
  /** Left out by 是否纳入统计 = 否. */
  readonly excluded: number;
  /** A date that cannot be read: each named in the 核对. */
  readonly undated: number;
  /** 合计 / 小计 rows: recognised, never counted as records. */
  readonly totals: number;
  /** The stated figures of those rows that agree with the records they total (the 核对 names the others). */
  readonly totalsAgreeing?: number;
}

/** County returns consolidated into one set of figures (汇总各县报表). */
export interface ReturnsSource {
  readonly kind: "returns";
  readonly id: string;
  /** The form's title without county and period. */
  readonly formTitle: string;
  readonly keyHeader: string;
  readonly region?: string;
  /** The returns counted, by file name. */
  readonly files: readonly string[];
}

export type FactSource = TableSource | LedgerSource | ReturnsSource;
