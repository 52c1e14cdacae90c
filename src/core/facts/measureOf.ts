/**
 * The measure kind of a figure: a stated change column is a change whatever its indicator; an
 * indicator that aggregates as a rate is a rate; money and areas are amounts; the rest are counts.
 */
import type { ColumnRole } from "../reader/model";
import { indicatorById } from "../registry/indicators";
import type { MeasureKind } from "./measure";

const AMOUNT_UNITS = /元|公顷|亩|吨|立方米/;

/**
 * The measure kind of an indicator's figure in a column of this role.
 *
 * @param indicator the registry id
 * @param role the column's role (a stated change column makes a change)
 * @returns the kind
 * @example measureOf("dz_direct_loss", "current") // "amount"
 */
export function measureOf(indicator: string, role?: ColumnRole): MeasureKind {
  if (role === "change_abs") return "change";
  if (role === "change_pct") return "change_pct";
  const ind = indicatorById(indicator);
  if (!ind) return "count";
  if (ind.aggregation === "rate") return "rate";
  return AMOUNT_UNITS.test(ind.baseUnit) ? "amount" : "count";
}
