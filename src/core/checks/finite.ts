/**
 * The 核对 cannot fail open: a figure or a sum past the largest number (about 1.8e308) is a
 * finding that says the check could not be made, never a pass, never "Infinity" in a message; and
 * a check that fails inside reports its part as unchecked. Every check of checkWorkbook runs
 * through {@link guardedFindings}; the sums that can overflow use {@link overflowFinding}.
 */
import { MESSAGES } from "../messages";
import type { Finding, TableModel } from "../reader/model";

/**
 * A finding that a check could not be made because its figures overflow.
 *
 * @param table the table
 * @param cell the checked cell
 * @param column the column's label
 * @param sources the cells the check reads
 * @param stated the stated figure, if finite
 * @returns the finding (stated kept when finite, recomputed null)
 */
export function overflowFinding(table: TableModel, cell: string, column: string, sources: readonly string[], stated: number | null): Finding {
  return {
    kind: "overflow",
    severity: "error",
    sheet: table.sheet,
    cell,
    sources,
    stated: stated !== null && Number.isFinite(stated) ? stated : null,
    recomputed: null,
    message: MESSAGES.checks.overflow(cell, column || table.id, sources.join(", ") || cell),
  };
}

/** A finding whose figures are not finite becomes the overflow finding of its cell. */
function finite(table: TableModel, f: Finding): Finding {
  const ok = (x: number | null) => x === null || Number.isFinite(x);
  return ok(f.stated) && ok(f.recomputed) ? f : overflowFinding(table, f.cell, "", f.sources, f.stated);
}

/**
 * Runs the checks of one table; a check that throws gives a not-checked finding for the table,
 * and a finding with a non-finite figure becomes an overflow finding.
 *
 * @param table the table
 * @param checks the checks to run
 * @returns their findings
 * @example guardedFindings(table, [checkTotals, checkParts])
 */
export function guardedFindings(table: TableModel, checks: readonly ((table: TableModel) => Finding[])[]): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    try {
      findings.push(...check(table).map((f) => finite(table, f)));
    } catch {
      findings.push({
        kind: "not_checked",
        severity: "error",
        sheet: table.sheet,
        cell: table.address,
        sources: [],
        stated: null,
        recomputed: null,
        message: MESSAGES.checks.notChecked(table.id),
      });
    }
  }
  return findings;
}
