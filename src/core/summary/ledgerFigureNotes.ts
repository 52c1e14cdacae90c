/**
 * What a ledger's counted records leave out of a figure, carried by the figure itself so the 综述
 * never says more than was counted (issue 22.3; docs/report-rules.md rule 14): records whose cell of
 * it holds words (个别轻微伤, counted as 0), records whose direct loss is not filled in (counted as 0),
 * and records stated at a level below the one their figures meet, which make the 较大及以上 count one
 * to verify — the same `check` an open 核对 finding puts on a table's cell (facts/cellChecks.ts), so
 * the sentence says 待核实 and gives no 同比 for it.
 */
import type { LedgerSource } from "../facts";
import type { SourcedValue } from "./facts";

const within = (date: string, window: LedgerSource["current"]) => date >= window.start && date <= window.end;

/**
 * A ledger figure of this period with the records whose cell of it holds words (个别轻微伤 in 受伤,
 * counted as 0; issue 22, corpus 41): the 综述 says the figure leaves them out.
 *
 * @param value the figure
 * @param ledger the ledger it is counted from
 * @param indicator the figure's indicator
 * @returns the figure, with `words` when some record of the window gives it in words
 */
export function withWords(value: SourcedValue, ledger: LedgerSource, indicator: string): SourcedValue {
  const inWindow = (ledger.wordFigures ?? []).filter((w) => w.field === indicator && within(w.date, ledger.current));
  return inWindow.length ? { ...value, words: { count: inWindow.length, texts: [...new Set(inWindow.map((w) => w.text.trim()))] } } : value;
}

/**
 * A ledger's direct loss of a window with the records that leave it blank (counted as 0): "另有45起事故未填报直接经济损失".
 *
 * @param value the loss
 * @param ledger the ledger
 * @param window the window the loss is of
 * @returns the loss, with `unfilled` when some record of the window has none filled in
 * @example withUnfilled({ value: 7275.39 }, ledgerRealDates, ledgerRealDates.current).unfilled // { count: 22 }
 */
export function withUnfilled(value: SourcedValue, ledger: LedgerSource, window: LedgerSource["current"]): SourcedValue {
  const byDate = ledger.missingLoss?.byDate ?? {};
  const count = Object.entries(byDate).reduce((n, [date, k]) => (within(date, window) ? n + k : n), 0);
  return count ? { ...value, unfilled: { count } } : value;
}

/** The levels that are 较大 or above (levels as the ledger writes them, else derived from the thresholds: ledger/accidentLevel.ts). */
export const LARGER_LEVELS = ["特别重大", "重大", "较大"];

/**
 * The 较大及以上 count of a window, to be verified when a record of it is stated below 较大 while its
 * figures meet 较大 or more (3 dead written 一般): the count as stated may be short of the records' own.
 *
 * @param value the count as the levels are stated
 * @param ledger the ledger
 * @param window the window counted
 * @returns the count, with `check` (nothing recomputed) when such a record lies in the window
 */
export function withLevelsBelow(value: SourcedValue, ledger: LedgerSource, window: LedgerSource["current"]): SourcedValue {
  const short = (ledger.levelsBelow ?? []).some((l) => !LARGER_LEVELS.includes(l.stated) && LARGER_LEVELS.includes(l.met) && within(l.date, window));
  return short ? { ...value, check: { recomputed: null } } : value;
}
