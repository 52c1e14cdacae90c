/**
 * Live formulas over an accident ledger's own columns: COUNTIFS for 事故起数, SUMIFS for deaths,
 * injuries and losses, with the period's bounds as DATE() criteria (the end as "<" the next day,
 * so a date with a time on the last day counts), one "<>否" criterion per text that leaves a
 * record out of the statistics, and the group's label cell as the key criterion. Whole-column
 * references (事故台账!$B:$B): rows added below the ledger are counted after recalculation, and
 * Excel and LibreOffice clip whole columns to the used range (figures: docs/ledger-summary.md).
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

function column(basis: LedgerFormulaBasis, index: number): string {
  const c = columnLetters(index);
  return `${quoteSheetName(basis.sheet)}!$${c}:$${c}`;
}

function dateArgs(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y},${m},${d}`;
}

/** The day after an ISO date, as DATE() arguments (DATE rolls 31 June over to 1 July, but the next day is plainer to read). */
function nextDayArgs(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return `${t.getUTCFullYear()},${t.getUTCMonth() + 1},${t.getUTCDate()}`;
}

function text(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The COUNTIFS/SUMIFS criteria of a period (and a key), or undefined when a formula would not
 * count what the engine counts.
 *
 * @param basis what the ledger's columns allow
 * @param range the period, yyyy-mm-dd both ends included
 * @param key the group's key criterion, if any
 * @returns the criteria pairs, comma-separated
 */
export function ledgerCriteria(basis: LedgerFormulaBasis, range: { readonly start: string; readonly end: string }, key?: KeyCriterion): string | undefined {
  if (!basis.datesLive) return undefined;
  const date = column(basis, basis.dateColumn);
  const parts = [`${date},">="&DATE(${dateArgs(range.start)})`, `${date},"<"&DATE(${nextDayArgs(range.end)})`];
  if (basis.included) for (const t of basis.included.excludedTexts) parts.push(`${column(basis, basis.included.column)},${text(`<>${t}`)}`);
  if (key) {
    const k = basis.keyColumns[key.field];
    if (!k || !k.keys.includes(key.key)) return undefined;
    parts.push(`${column(basis, k.column)},${key.cell}`);
  }
  return parts.join(",");
}

/**
 * The live formula of one figure for a period (and a group), or undefined where only a value is exact.
 *
 * @param basis what the ledger's columns allow
 * @param figure 事故起数 (COUNTIFS) or a summed figure (SUMIFS)
 * @param range the period
 * @param key the group's key criterion, if any
 * @returns the formula ("=COUNTIFS(…)"), or undefined
 * @example ledgerFormula(basis, "accidents", { start: "2024-01-01", end: "2024-06-30" })
 * // "=COUNTIFS('事故台账'!$B:$B,">="&DATE(2024,1,1),'事故台账'!$B:$B,"<"&DATE(2024,7,1),'事故台账'!$M:$M,"<>否")"
 */
export function ledgerFormula(
  basis: LedgerFormulaBasis,
  figure: LedgerFigure,
  range: { readonly start: string; readonly end: string },
  key?: KeyCriterion,
): string | undefined {
  const criteria = ledgerCriteria(basis, range, key);
  if (criteria === undefined) return undefined;
  if (figure === "accidents") return `=COUNTIFS(${criteria})`;
  const sumColumn = basis.figureColumns[SUM_FIELD[figure]];
  return sumColumn === undefined ? undefined : `=SUMIFS(${column(basis, sumColumn)},${criteria})`;
}
