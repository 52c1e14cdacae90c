/**
 * What a ledger's counted records hold that the figures cannot use as written, kept so the 核对 names
 * each cell (issue 19.5): a figure cell of words (个别轻微伤 in 受伤, 待定 in 整改资金), which counts as 0;
 * a blank region cell, which counts in the 合计 and under （未填） by county; in an accident ledger, a
 * stated level below the one the record's figures meet (3 dead written 一般, issue 22), which the level
 * tables count as written, and a direct loss not filled in, which the loss totals count as 0. An
 * accident ledger's records are noted as the rows go by; a hazard ledger's once the report date says
 * which count.
 */
import { cellAddress } from "../model/address";
import { readCell } from "../numbers/readCell";
import type { LedgerAccounting, LedgerLevelNote, LedgerRowNote } from "../reader/model";
import { ACCIDENT_LEVELS, accidentLevel, LEVEL_THRESHOLDS } from "./accidentLevel";
import { BLANK_KEY, FIGURE_FIELDS, type AccidentRecord } from "./accidentRecords";
import type { LedgerHeader } from "./findLedgerHeader";
import type { LedgerRecord } from "./ledgerRecord";

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
  private readonly level: { column: number; header: string } | undefined;
  private readonly levels: LedgerLevelNote[] = [];
  private levelCount = 0;
  private readonly loss: { column: number; header: string } | undefined;
  private readonly noLoss: string[] = [];
  private noLossCount = 0;
  private readonly noLossByDate: Record<string, number> = {};

  private readonly funds: { column: number; header: string } | undefined;

  constructor(header: LedgerHeader) {
    const of = (field: string) => header.columns.find((c) => c.field === field);
    this.figureColumns = FIGURE_FIELDS.map(of);
    this.region = of("region");
    this.level = of("level");
    this.loss = of("direct_loss");
    this.funds = of("funds");
  }

  private word(row: number, column: { column: number; header: string }, text: string, figure?: { field: string; date: string }): void {
    if (++this.wordCount <= NOTE_LIMIT) this.words.push({ row, cell: cellAddress(row, column.column), text, header: column.header, ...figure });
  }

  private blankRegion(row: number, key: string): void {
    if (this.region && key === BLANK_KEY && ++this.blankCount <= NOTE_LIMIT) this.blank.push(cellAddress(row, this.region.column));
  }

  /**
   * One record, with the cells of its row.
   *
   * @param r the record as read
   * @param cells the row's cells
   * @param originColumn the sheet column of the row's first cell
   */
  add(r: AccidentRecord, cells: readonly unknown[], originColumn: number): void {
    const date = r.date;
    if (!r.included || date === undefined) return;
    if (r.wordFigures)
      FIGURE_FIELDS.forEach((field, k) => {
        const c = this.figureColumns[k];
        if (c && r.wordFigures & (1 << k)) this.word(r.row, c, String(cells[c.column - originColumn]), { field, date });
      });
    this.blankRegion(r.row, r.keys.region);
    if (this.level && r.levelStated) this.checkLevel(r);
    // A loss read as a figure other than 0 was filled in (most rows): only a 0 is read again.
    if (this.loss && r.figures.direct_loss === 0 && isUnfilled(cells[this.loss.column - originColumn])) {
      this.noLossByDate[date] = (this.noLossByDate[date] ?? 0) + 1;
      if (++this.noLossCount <= NOTE_LIMIT) this.noLoss.push(cellAddress(r.row, this.loss.column));
    }
  }

  /** A stated level (一般) below the one the figures meet (较大: 3 dead with the missing, 10 seriously injured or 1000万元). */
  private checkLevel(r: AccidentRecord): void {
    const f = r.figures;
    const met = accidentLevel(f.deaths + f.missing, f.serious_injured, f.direct_loss);
    // Most records' figures meet no level above 一般: nothing to set beside the stated one.
    if (met === "一般") return;
    const stated = ACCIDENT_LEVELS.indexOf(r.keys.level as (typeof ACCIDENT_LEVELS)[number]);
    if (stated < 0 || ACCIDENT_LEVELS.indexOf(met) >= stated || ++this.levelCount > NOTE_LIMIT) return;
    const { deaths, seriousInjuries, directLoss } = LEVEL_THRESHOLDS.find((t) => t.level === met)!;
    this.levels.push({
      cell: cellAddress(r.row, this.level!.column),
      ...(r.date ? { date: r.date } : {}),
      stated: r.keys.level,
      met,
      threshold: { deaths, seriousInjuries, directLoss },
      deaths: f.deaths,
      missing: f.missing,
      seriousInjuries: f.serious_injured,
      directLoss: f.direct_loss,
    });
  }

  /**
   * One counted hazard: its 整改资金 if words ("待定"; "—" and blanks are missing, not words), its county if blank.
   *
   * @param r the hazard's record
   * @param region its region key as the breakdowns read it (（未填） when blank)
   */
  addHazard(r: LedgerRecord, region: string): void {
    const raw = this.funds ? r.values.get("funds") : undefined;
    if (this.funds && readCell(raw).kind === "text") this.word(r.row, this.funds, String(raw));
    this.blankRegion(r.row, region);
  }

  /** What goes into the ledger's accounting: nothing when every cell could be used. */
  accounting(): Pick<LedgerAccounting, "wordFigures" | "blankRegions" | "levelsBelowFigures" | "missingLoss"> {
    return {
      ...(this.wordCount ? { wordFigures: { count: this.wordCount, cells: this.words } } : {}),
      ...(this.blankCount && this.region ? { blankRegions: { count: this.blankCount, cells: this.blank, header: this.region.header } } : {}),
      ...(this.levelCount ? { levelsBelowFigures: { count: this.levelCount, cells: this.levels } } : {}),
      ...(this.noLossCount && this.loss
        ? { missingLoss: { count: this.noLossCount, cells: this.noLoss, header: this.loss.header, byDate: this.noLossByDate } }
        : {}),
    };
  }
}

/** A figure cell left blank or marked as not filled in ("—", "无"): no figure, though the totals count it as 0. */
function isUnfilled(raw: unknown): boolean {
  if (raw === undefined || raw === null || raw === "") return true;
  return typeof raw === "string" && readCell(raw).kind === "missing";
}
