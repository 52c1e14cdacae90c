/**
 * Live formulas over an accident ledger's own columns: COUNTIFS for 事故起数, SUMIFS for deaths,
 * injuries and losses, with the period's bounds as DATE() criteria (the end as "<" the next day,
 * so a date with a time on the last day counts), the group's label cell as the key criterion, and
 * the records 是否纳入统计 leaves out taken away by a second COUNTIFS. Whole-column references
 * (事故台账!$B:$B), so rows added below the ledger are counted after recalculation (the choice
 * and its measurements: docs/ledger-summary.md).
 *
 * A figure is a formula only where the formula counts exactly what the engine counts
 * (LedgerFormulaBasis); otherwise it is the engine's value.
 */
import type { LedgerCriterion, LedgerProvenance } from "../facts";
import { columnLetters, quoteSheetName } from "../model/address";

/** The figures a ledger summary shows. */
export type LedgerFigure = "accidents" | "deaths" | "injured" | "directLoss";

/**
 * A whole column of a ledger sheet as a formula reference.
 *
 * @param sheet the ledger's sheet
 * @param index the 0-based column
 * @returns "'事故台账'!$B:$B"
 */
export function wholeColumn(sheet: string, index: number): string {
  const c = columnLetters(index);
  return `${quoteSheetName(sheet)}!$${c}:$${c}`;
}

/**
 * DATE() arguments of an ISO date.
 *
 * @param iso yyyy-mm-dd
 * @returns "2024,1,1"
 */
export function dateArgs(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y},${m},${d}`;
}

/**
 * A text as a formula string literal.
 *
 * @param s the text
 * @returns it quoted, inner quotes doubled
 */
export function text(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * A ledger fact's criteria as one formula: each term a COUNTIFS (or SUMIFS over the summed
 * column), added or taken away; undefined where the provenance is not live (a formula would not
 * count what the engine counted).
 *
 * @param p the ledger provenance
 * @param keyCell the cell holding the group's key, for the key criterion (else the key as text)
 * @returns the formula, or undefined
 * @example ledgerTermsFormula(totalOf2024H1)
 * // "=COUNTIFS('事故台账'!$B:$B,">="&DATE(2024,1,1),'事故台账'!$B:$B,"<"&DATE(2024,7,1))-COUNTIFS(…,'事故台账'!$M:$M,"否")"
 */
export function ledgerTermsFormula(p: LedgerProvenance, keyCell?: string): string | undefined {
  if (!p.live || p.terms.length === 0) return undefined;
  const criterion = (c: LedgerCriterion) =>
    c.op === "="
      ? `${wholeColumn(p.sheet, c.column)},${c.key && keyCell ? keyCell : text(c.text)}`
      : `${wholeColumn(p.sheet, c.column)},"${c.op}"&DATE(${dateArgs(c.date)})`;
  const sum = p.aggregate === "sum" && p.sumColumn !== undefined ? wholeColumn(p.sheet, p.sumColumn) : undefined;
  if (p.aggregate === "sum" && sum === undefined) return undefined;
  const call = (criteria: readonly LedgerCriterion[]) => {
    const parts = criteria.map(criterion).join(",");
    return sum ? `SUMIFS(${sum},${parts})` : `COUNTIFS(${parts})`;
  };
  return `=${p.terms.map((t, i) => `${t.sign < 0 ? "-" : i > 0 ? "+" : ""}${call(t.criteria)}`).join("")}`;
}
