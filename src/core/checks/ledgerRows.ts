/**
 * 核对: the ledger rows the summary cannot count as they stand — a date that cannot be read puts
 * a row in no period — each named with its cell, so no row is dropped without a word; a figure
 * cell of words (个别轻微伤, counted as 0) and blank region cells (counted under （未填）), named; a stated
 * level below the one the record's figures meet and direct losses not filled in (issue 22); and a
 * 合计 row whose figure is not the sum of the records it totals (issue 19.5; LedgerModel.accounting,
 * ledger/ledgerRowReader.ts, ledger/recordNotes.ts, ledger/totalRows.ts).
 */
import type { Finding, LedgerModel } from "../reader/model";
import { MESSAGES } from "../messages";
import { show } from "./tableView";

/**
 * The findings of a ledger's rows.
 *
 * @param ledgers the ledgers read
 * @returns a finding per undated row (the first 200 of each ledger, then one for the rest) and per total-row figure that differs
 * @example checkLedgerRows([ledgerWithUndatedRow])[0].cell // "B12"
 */
export function checkLedgerRows(ledgers: readonly LedgerModel[]): Finding[] {
  const findings: Finding[] = [];
  const finding = (ledger: LedgerModel, cell: string, message: Finding["message"], kind: Finding["kind"] = "ledger_undated"): Finding => ({
    kind,
    severity: "warning",
    sheet: ledger.sheet,
    cell,
    sources: [],
    stated: null,
    recomputed: null,
    message,
  });
  for (const ledger of ledgers) {
    const a = ledger.accounting;
    if (!a) continue;
    for (const note of a.unreadable) findings.push(finding(ledger, note.cell, MESSAGES.ledger.rowWithoutDate(note.cell, note.text)));
    if (a.undated > a.unreadable.length)
      findings.push(finding(ledger, ledger.address, MESSAGES.ledger.moreWithoutDate(a.undated - a.unreadable.length, ledger.address)));
    const words = a.wordFigures;
    for (const note of words?.cells ?? [])
      findings.push(finding(ledger, note.cell, MESSAGES.ledger.figureAsWords(note.cell, note.header ?? "", note.text), "ledger_figure_words"));
    if (words && words.count > words.cells.length)
      findings.push(
        finding(ledger, ledger.address, MESSAGES.ledger.moreFiguresAsWords(words.count - words.cells.length, ledger.address), "ledger_figure_words"),
      );
    const blank = a.blankRegions;
    if (blank) findings.push(finding(ledger, blank.cells[0], MESSAGES.ledger.blankRegions(blank.count, blank.header, blank.cells), "ledger_blank_key"));
    const levels = a.levelsBelowFigures;
    for (const note of levels?.cells ?? []) findings.push(finding(ledger, note.cell, MESSAGES.ledger.levelBelowFigures(note), "ledger_level_below_figures"));
    if (levels && levels.count > levels.cells.length)
      findings.push(
        finding(
          ledger,
          ledger.address,
          MESSAGES.ledger.moreLevelsBelowFigures(levels.count - levels.cells.length, ledger.address),
          "ledger_level_below_figures",
        ),
      );
    const loss = a.missingLoss;
    if (loss) findings.push(finding(ledger, loss.cells[0], MESSAGES.ledger.missingLoss(loss.count, loss.header, loss.cells), "ledger_missing_figure"));
    for (const total of a.totalRows ?? [])
      for (const f of total.figures)
        if (!f.agrees)
          findings.push({
            kind: "total_mismatch",
            severity: "error",
            sheet: ledger.sheet,
            cell: f.cell,
            sources: f.rows ? [f.rows] : [],
            stated: f.stated,
            recomputed: f.recomputed,
            message: MESSAGES.ledger.totalRowDiffers(f.cell, total.label, show(f.stated), show(f.recomputed), f.rows),
          });
  }
  return findings;
}
