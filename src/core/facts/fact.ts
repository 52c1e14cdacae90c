/**
 * A fact: one figure the reader understood — an indicator of the registry, for a period, for the
 * whole of its source or a part of it, with its value in the indicator's base unit, the unit the
 * source states, what kind of quantity it is, and where it comes from. Every reader turns what it
 * understood into facts (src/core/facts/from*.ts); the summary plans from facts alone. Plain,
 * serialisable data. See docs/architecture.md, "The fact model".
 */
import type { BreakdownKey } from "./breakdown";
import type { MeasureKind } from "./measure";
import type { FactPeriod } from "./period";
import type { Provenance } from "./provenance";

export interface Fact {
  /** The registry id (accident_count, dz_direct_loss, rect_rate …). */
  readonly indicator: string;
  readonly period: FactPeriod;
  /**
   * Which part of the source's whole this is: empty for the whole (the 合计, or the only figure of an
   * indicator-keyed table); one key for a county or an industry; two for a cross (a county's
   * 采矿 column, a county under one disaster type).
   */
  readonly breakdown: readonly BreakdownKey[];
  /** In `baseUnit`; null when the source marks it missing ("—", blank). */
  readonly value: number | null;
  /** The unit the source states for it (万人次, 家, 项, 元), when it states one. */
  readonly unit?: string;
  /** The unit `value` is in: the registry's base unit of the indicator (人, 万元, %). */
  readonly baseUnit: string;
  readonly measure: MeasureKind;
  /**
   * The source's own words for the indicator ("暂扣安全生产许可证", "其中：监督处罚"), without their
   * unit, where the registry's name joins or renames measures the source keeps apart
   * (`Indicator.sourceWords`, registry/sourceWords.ts): the summary names the figure so.
   */
  readonly label?: string;
  readonly provenance: Provenance;
  /** The id of the source (a table, a ledger, a set of returns) in `WorkbookFacts.sources`. */
  readonly source: string;
  /** For a stated change (measure "change" / "change_pct"): the period it compares against. */
  readonly base?: FactPeriod;
  /** true for a figure the facts layer computed (a sum of parts, a recomputed rate), not one the source states. */
  readonly derived?: true;
}
