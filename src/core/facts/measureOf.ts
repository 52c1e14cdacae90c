/**
 * The measure kind of a figure: a stated change column is a change whatever its indicator; else
 * the kind the reader gave the column (from its header's words and values), else the registry's
 * (src/core/registry/forms: count, amount, rate, denominator …).
 */
import type { ColumnRole } from "../reader/model";
import { indicatorById } from "../registry/indicators";
import type { MeasureKind } from "./measure";

/**
 * The measure kind of an indicator's figure in a column of this role.
 *
 * @param indicator the registry id
 * @param role the column's role (a stated change column makes a change)
 * @param stated the kind the reader gave the column from its header and values (万人转移安置率 → rate), which decides
 * @returns the kind
 * @example measureOf("dz_direct_loss", "current") // "amount"
 */
export function measureOf(indicator: string, role?: ColumnRole, stated?: MeasureKind): MeasureKind {
  if (role === "change_abs") return "change";
  if (role === "change_pct") return "change_pct";
  if (stated) return stated;
  return indicatorById(indicator)?.measure ?? "count";
}
