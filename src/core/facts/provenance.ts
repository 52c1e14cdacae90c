/**
 * Where a fact's value comes from, so a summary can write it as a live formula, a report can
 * trace it to its cell, and the 核对 can name what it checked:
 * - "cell": one source cell, with the factor that brings it to the base unit;
 * - "ledger": ledger rows and the criteria that select them — a COUNTIFS (or SUMIFS) as data;
 * - "sum": other figures added up (a table without a 合计 row), parts that never overlap;
 * - "ratio": a rate recomputed from its numerator and denominator;
 * - "return": a county's figure in a consolidated set of returns (汇总各县报表);
 * - "engine": a figure the engine counted with no formula that would count the same (said so in a note).
 */
import type { CellRef, FindingParts } from "../reader/model";

export type { CellRef };

/** A figure with its provenance: a part of a sum or a side of a ratio. */
export interface Figure {
  /** In the base unit of the fact it belongs to; null when missing. */
  readonly value: number | null;
  readonly provenance: Provenance;
}

/** An open 核对 finding on a cell: the figure recomputed (null when it cannot be), and what it adds up where not rows. */
export interface CellCheck {
  readonly recomputed: number | null;
  readonly over?: FindingParts;
}

/** One source cell. */
export interface CellProvenance {
  readonly kind: "cell";
  readonly cell: CellRef;
  /** Multiply the cell by this to get the base unit (元 → 万元: 0.0001). */
  readonly unitFactor: number;
  /** Whether the cell holds a number (a live reference carries it) rather than text such as "24,101". */
  readonly numeric: boolean;
  /** The marker of a missing figure as written ("—", "/", ""), when the value is null. */
  readonly missingMarker?: string;
  /** An open 核对 finding on this cell (cellChecks.ts): the figure as recomputed, null when it cannot be. */
  readonly check?: CellCheck;
  /** The error value the cell holds (#REF!, #VALUE! …): the figure is unavailable. */
  readonly error?: string;
  /** A stated percent's decimals as its cell shows them (reader/shownDecimals.ts): the 综述 writes it so ("3.0%"). */
  readonly decimals?: number;
  /** The notes under its table call the figure approximate ("直接经济损失为约数": approximateFacts.ts); the 综述 writes 约. */
  readonly approximate?: true;
}

/**
 * One criterion on a ledger column: a date bound, or a cell equal to a text. `key` marks the
 * criterion that selects the breakdown key (a summary may write it as a reference to the cell
 * holding the key's label).
 */
export type LedgerCriterion =
  | { readonly column: number; readonly op: ">=" | "<"; readonly date: string }
  | { readonly column: number; readonly op: "="; readonly text: string; readonly key?: true };

/** COUNTIFS (or SUMIFS over the sum column) of some criteria, added (+1) or taken away (−1). */
export interface LedgerTerm {
  readonly sign: 1 | -1;
  readonly criteria: readonly LedgerCriterion[];
}

/** Ledger rows and the criteria that select them. */
export interface LedgerProvenance {
  readonly kind: "ledger";
  /** The ledger source's id. */
  readonly ledger: string;
  readonly sheet: string;
  /** The records' sheet rows, first and last (0-based). */
  readonly rows: readonly [number, number];
  /** COUNTIFS for a count of records, SUMIFS over `sumColumn` for a figure (deaths, losses, funds). */
  readonly aggregate: "count" | "sum";
  readonly sumColumn?: number;
  /** The value is the sum of the terms; records left out of the statistics are terms with sign −1. */
  readonly terms: readonly LedgerTerm[];
  /**
   * Whether a formula of these terms over the ledger's columns counts exactly what the engine
   * counted (every date a real date, every key exactly the cell's text …). When false, a summary
   * writes the engine's value and says why (`reason`).
   */
  readonly live: boolean;
  readonly reason?: "text_dates" | "key_not_exact" | "column_not_exact" | "no_formula";
}

/** Figures added up. */
export interface SumProvenance {
  readonly kind: "sum";
  readonly parts: readonly Figure[];
}

/** A rate recomputed: numerator / denominator × scale (100 for a percent). */
export interface RatioProvenance {
  readonly kind: "ratio";
  readonly numerator: Figure;
  readonly denominator: Figure;
  readonly scale: number;
}

/** A county's figure in consolidated returns. */
export interface ReturnProvenance {
  readonly kind: "return";
  /** The return's file name as the user gave it. */
  readonly fileName: string;
  readonly region: string;
  /** The cell in the return the figure was read from, where one cell holds it. */
  readonly cell?: CellRef;
  readonly unitFactor: number;
}

/** A figure the engine computed where no formula would count the same. */
export interface EngineProvenance {
  readonly kind: "engine";
  /** The source it was computed from. */
  readonly from: string;
}

export type Provenance = CellProvenance | LedgerProvenance | SumProvenance | RatioProvenance | ReturnProvenance | EngineProvenance;
