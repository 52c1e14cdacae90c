/**
 * One way to write a finding: every check of a table's arithmetic says the same things — the kind,
 * the sheet, the checked cell, the cells its recomputed figure comes from, both figures and the
 * message — so each check says only what is its own.
 */
import type { Bilingual, Finding, FindingKind } from "../reader/model";

/** What a check found at one cell. */
export interface FoundAt {
  readonly cell: string;
  readonly sources: readonly string[];
  readonly stated: number | null;
  readonly recomputed: number | null;
}

/**
 * A finding on a sheet: an error unless said otherwise (a rounding difference is "info").
 *
 * @param sheet the sheet (a table's, or a ledger's)
 * @param kind what kind of slip
 * @param at the cell, its sources and both figures
 * @param message the bilingual message
 * @param severity "error" by default
 * @returns the finding
 * @example finding("表", "total_mismatch", { cell: "B9", sources: ["B3:B8"], stated: 42, recomputed: 36 }, message).severity // "error"
 */
export function finding(sheet: string, kind: FindingKind, at: FoundAt, message: Bilingual, severity: Finding["severity"] = "error"): Finding {
  return { kind, severity, sheet, cell: at.cell, sources: at.sources, stated: at.stated, recomputed: at.recomputed, message };
}
