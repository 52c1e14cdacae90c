/**
 * What an accident ledger's counted records hold that the figures cannot use as written, kept as
 * the rows go by so the 核对 names each cell (issue 19.5): a figure cell of words (个别轻微伤), which
 * counts as 0, and a blank region cell, which counts in the 合计 and under （未填） by county.
 */
import { cellAddress } from "../model/address";
import type { LedgerAccounting, LedgerRowNote } from "../reader/model";
import { BLANK_KEY, FIGURE_FIELDS, type AccidentRecord } from "./accidentRecords";
import type { LedgerHeader } from "./findLedgerHeader";

/** Cells named per ledger and kind; past this many only the count grows. */
const NOTE_LIMIT = 200;

/** The notes of one ledger's records. */
export class RecordNotes {
  private readonly figureColumns: ({ column: number; header: string } | undefined)[];
  private readonly region: { column: number; header: string } | undefined;
  private readonly words: LedgerRowNote[] = [];
  private wordCount = 0;
  private readonly blank: string[] = [];
  private blankCount = 0;

  constructor(header: LedgerHeader) {
    const of = (field: string) => header.columns.find((c) => c.field === field);
    this.figureColumns = FIGURE_FIELDS.map(of);
    this.region = of("region");
  }

  /**
   * One record, with the cells of its row.
   *
   * @param r the record as read
   * @param cells the row's cells
   * @param originColumn the sheet column of the row's first cell
   */
  add(r: AccidentRecord, cells: readonly unknown[], originColumn: number): void {
    if (!r.included || r.date === undefined) return;
    for (const field of r.wordFigures) {
      const c = this.figureColumns[FIGURE_FIELDS.indexOf(field)];
      if (!c || ++this.wordCount > NOTE_LIMIT) continue;
      this.words.push({ row: r.row, cell: cellAddress(r.row, c.column), text: String(cells[c.column - originColumn]), header: c.header });
    }
    if (this.region && r.keys.region === BLANK_KEY && ++this.blankCount <= NOTE_LIMIT) this.blank.push(cellAddress(r.row, this.region.column));
  }

  /** What goes into the ledger's accounting: nothing when every cell could be used. */
  accounting(): Pick<LedgerAccounting, "wordFigures" | "blankRegions"> {
    return {
      ...(this.wordCount ? { wordFigures: { count: this.wordCount, cells: this.words } } : {}),
      ...(this.blankCount && this.region ? { blankRegions: { count: this.blankCount, cells: this.blank, header: this.region.header } } : {}),
    };
  }
}
