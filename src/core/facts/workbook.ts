/**
 * Everything a workbook's facts hold: the facts, their sources, the context a summary writes them
 * in (the report period, the region word, the place, the period words), the 核对 findings with what
 * was checked, and what was not understood. `workbookFacts(model)` builds it; `planSummary` plans
 * from it alone; a test can print it.
 */
import type { DisasterEvent } from "../reader/eventPeriod";
import type { Anomaly, Bilingual, Diagnostic, Finding } from "../reader/model";
import type { Fact } from "./fact";
import type { PeriodSpan } from "./period";
import type { FactSource } from "./sources";

export type { Anomaly, Bilingual, Diagnostic, Finding };

/** The words a summary uses for the whole workbook. */
export interface FactsContext {
  /** The report period as the workbook writes it ("2024年1—6月"): a title, a period column or a ledger's window. */
  readonly period?: string;
  /** The report period's span, where its words say it. */
  readonly periodSpan?: PeriodSpan;
  /** The region word from a total row or a title ("全州", "全省"). */
  readonly regionWord?: string;
  /** The place the workbook covers ("楚雄州", "池州市"), from a title or its counties. */
  readonly place?: string;
  /** Every period word the sources write, once each, in reading order ("本期", "去年同期", "1—6月累计"). */
  readonly periodWords: readonly string[];
  /**
   * The disaster event whose figures the workbook holds, where a system export's line names it
   * (灾种名称：洪涝, 灾害发生时间：2020-07-18): the report period is its day, or the days of its several dates.
   */
  readonly event?: DisasterEvent;
}

/** What the 核对 looked at: a "no inconsistency" verdict is only given about something checked. */
export interface CheckScope {
  /** Ids of the tables whose arithmetic was checked. */
  readonly tables: readonly string[];
  /** Ids of the ledgers checked (against tables of their period, their dates). */
  readonly ledgers: readonly string[];
  /** How many relations were compared in the tables (totals against rows, parts against totals, the forms' relations within a row, stated changes and rates). */
  readonly relations: number;
  /** How many stated changes and rates the tables state with nothing in the sheet to compare them with (said apart, never counted as checked). */
  readonly unchecked: number;
  /** How many stated figures of the ledgers' 合计 rows were compared with the records they total (and agree). */
  readonly ledgerTotals: number;
}

/** Something in the workbook the reader saw but did not understand, said in both languages. */
export interface NotUnderstood {
  readonly sheet: string;
  /** The table's address, when a table was found. */
  readonly address?: string;
  readonly reason: "no_indicator" | "no_data_rows" | "split_only" | "no_numbers" | "no_table" | "other_field" | "series_only";
  readonly message: Bilingual;
}

/** A workbook's facts. */
export interface WorkbookFacts {
  /** In source order, and within a source in reading order (rows, then columns). */
  readonly facts: readonly Fact[];
  readonly sources: readonly FactSource[];
  readonly context: FactsContext;
  /** The 核对: findings, errors first, and what was checked. */
  readonly findings: readonly Finding[];
  readonly checked: CheckScope;
  readonly notUnderstood: readonly NotUnderstood[];
  readonly diagnostics: readonly Diagnostic[];
  readonly anomalies: readonly Anomaly[];
}
