/**
 * What the reader says beside the figures: arithmetic findings (核对), cell anomalies it normalised
 * and diagnostics of what it could not read (part of the reader's model, src/core/reader/model.ts,
 * which re-exports it). Plain, serialisable data.
 */
import type { Bilingual } from "./modelBasics";

/** Kinds of arithmetic findings (核对). */
export type FindingKind =
  | "total_mismatch" // county rows do not add up to the 合计 row
  | "parts_mismatch" // 其中 parts do not add up to their total
  | "stated_change_mismatch" // a stated 增减幅度(%) differs from the recomputed one
  | "stated_delta_mismatch" // a stated 增减 differs from current − previous
  | "stated_rate_mismatch" // a stated 整改率 differs from the recomputed rate
  | "unit_slip" // a value about 10,000 times its neighbours (元 typed into a 万元 column)
  | "impossible_value" // rectified > found, a negative count …
  | "error_value" // a figure cell holding an error value (#REF!, #N/A …): the figure is unavailable
  | "ledger_table_mismatch" // a ledger's count for a county or industry differs from a table's for the same period
  | "ledger_text_dates" // counted ledger rows with text dates: the ledger summary is written as values, not formulas
  | "ledger_undated" // a ledger row whose date cannot be read: in no period, so not counted
  | "ledger_figure_words" // a ledger figure cell of words (个别轻微伤): counted as 0, named
  | "ledger_blank_key" // counted ledger rows with a blank region cell: in the 合计 and under （未填）, named
  | "ledger_level_below_figures" // a ledger row stated 一般 whose figures meet the 较大 threshold (3 dead …): counted as written, named
  | "ledger_missing_figure" // counted ledger rows with no direct loss filled in: the loss totals count them as 0, said
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
  /** What the recomputed figure adds up where it is not rows: the months or quarters of a running total (checks/periodSums.ts). */
  readonly over?: FindingParts;
  readonly message: Bilingual;
}

/** The parts a period's total is checked against: 各月 (1—2月, 3月 …), 各季度, or periods of both kinds. */
export type FindingParts = "months" | "quarters" | "periods";

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
  /** Figures on the sheet that no table took (reader/skippedRegions.ts): the summary's 核对 names them as not checked. */
  readonly notRead?: true;
}
