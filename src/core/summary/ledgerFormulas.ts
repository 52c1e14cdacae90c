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
import { columnLetters, quoteSheetName } from "../model/address";
import type { LedgerFormulaBasis } from "../ledger/breakdownTypes";

/** The figures a ledger summary shows. */
export type LedgerFigure = "accidents" | "deaths" | "injured" | "directLoss";

const SUM_FIELD: Readonly<Record<Exclude<LedgerFigure, "accidents">, keyof LedgerFormulaBasis["figureColumns"]>> = {
  deaths: "deaths",
  injured: "injured",
  directLoss: "direct_loss",
};

/** A key criterion: the key column's field and the summary cell that holds the key ("$A7"). */
export interface KeyCriterion {
  readonly field: keyof LedgerFormulaBasis["keyColumns"];
  readonly key: string;
  readonly cell: string;
}

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

function column(basis: LedgerFormulaBasis, index: number): string {
  return wholeColumn(basis.sheet, index);
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
 * DATE() arguments of the day after an ISO date (the "<" bound that lets a time on the last day count).
 *
 * @param iso yyyy-mm-dd
 * @returns "2024,7,1" for 2024-06-30
 */
export function nextDayArgs(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return `${t.getUTCFullYear()},${t.getUTCMonth() + 1},${t.getUTCDate()}`;
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

/** A 是否纳入统计 column reference and the texts in it that leave a record out. */
export interface Exclusion {
  readonly ref: string;
  readonly texts: readonly string[];
}

/**
 * COUNTIFS (or SUMIFS over `sumRef`) of some criteria, records left out of the statistics taken
 * away as one more COUNTIFS per excluding text. Equality criteria only: a "<>否" criterion matches
 * every empty cell of a whole column, which makes LibreOffice 1.9 times slower on 100,000 rows
 * (docs/ledger-summary.md).
 *
 * @param criteria the criteria pairs ("range,criterion")
 * @param exclusion the 是否纳入统计 column and its excluding texts, if any
 * @param sumRef the column to sum, for SUMIFS
 * @returns the formula
 * @example ifsFormula(["'L'!$B:$B,\">=\"&DATE(2024,1,1)"], { ref: "'L'!$M:$M", texts: ["否"] }) // "=COUNTIFS(…)-COUNTIFS(…,'L'!$M:$M,\"否\")"
 */
export function ifsFormula(criteria: readonly string[], exclusion?: Exclusion, sumRef?: string): string {
  const call = (parts: readonly string[]) => (sumRef ? `SUMIFS(${sumRef},${parts.join(",")})` : `COUNTIFS(${parts.join(",")})`);
  const minus = (exclusion?.texts ?? []).map((t) => `-${call([...criteria, `${exclusion!.ref},${text(t)}`])}`);
  return `=${call(criteria)}${minus.join("")}`;
}

/**
 * The COUNTIFS/SUMIFS criteria of a period (and a key), or undefined when a formula would not
 * count what the engine counts. 是否纳入统计 is not among them (see `ifsFormula`).
 *
 * @param basis what the ledger's columns allow
 * @param range the period, yyyy-mm-dd both ends included
 * @param key the group's key criterion, if any
 * @returns the criteria pairs
 */
export function ledgerCriteria(basis: LedgerFormulaBasis, range: { readonly start: string; readonly end: string }, key?: KeyCriterion): string[] | undefined {
  if (!basis.datesLive) return undefined;
  const date = column(basis, basis.dateColumn);
  const parts = [`${date},">="&DATE(${dateArgs(range.start)})`, `${date},"<"&DATE(${nextDayArgs(range.end)})`];
  if (key) {
    const k = basis.keyColumns[key.field];
    if (!k || !k.keys.includes(key.key)) return undefined;
    parts.push(`${column(basis, k.column)},${key.cell}`);
  }
  return parts;
}

/**
 * The live formula of one figure for a period (and a group), or undefined where only a value is exact.
 *
 * @param basis what the ledger's columns allow
 * @param figure 事故起数 (COUNTIFS) or a summed figure (SUMIFS)
 * @param range the period
 * @param key the group's key criterion, if any
 * @returns the formula, or undefined
 * @example ledgerFormula(basis, "accidents", { start: "2024-01-01", end: "2024-06-30" })
 * // "=COUNTIFS('事故台账'!$B:$B,">="&DATE(2024,1,1),'事故台账'!$B:$B,"<"&DATE(2024,7,1))-COUNTIFS(…,'事故台账'!$M:$M,"否")"
 */
export function ledgerFormula(
  basis: LedgerFormulaBasis,
  figure: LedgerFigure,
  range: { readonly start: string; readonly end: string },
  key?: KeyCriterion,
): string | undefined {
  const criteria = ledgerCriteria(basis, range, key);
  if (criteria === undefined) return undefined;
  const exclusion = basis.included?.excludedTexts.length ? { ref: column(basis, basis.included.column), texts: basis.included.excludedTexts } : undefined;
  if (figure === "accidents") return ifsFormula(criteria, exclusion);
  const sumColumn = basis.figureColumns[SUM_FIELD[figure]];
  return sumColumn === undefined ? undefined : ifsFormula(criteria, exclusion, column(basis, sumColumn));
}
