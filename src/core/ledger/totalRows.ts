/**
 * A 合计 / 小计 row inside an accident ledger set beside the records it totals (issue 19.5): the
 * reader keeps running sums as the rows go by — since the last total row, since the last 合计
 * (a 合计 under 小计 rows totals them all) and from the first record — over every record and over
 * the included ones, so a total written by SUM over the column or by hand over the counted rows
 * both agree. A figure that matches none of them is a difference the 核对 names with its cell.
 * Only the sums are kept, never the rows: the command line reads a streamed ledger the same way.
 */
import { cellAddress, rangeAddress } from "../model/address";
import { exactDiff } from "../numbers/decimal";
import { readCell } from "../numbers/readCell";
import type { AccidentTotals, LedgerField, LedgerTotalRow } from "../reader/model";
import type { AccidentRecord } from "./accidentRecords";
import { TotalsSum } from "./totalsSum";

/** Total rows kept per ledger; past this many only the count grows (a ledger with a 小计 per day). */
const TOTAL_ROW_LIMIT = 200;

/** The figures a total row may state: the ledger field and its totals field. */
const FIGURES: readonly { field: LedgerField; total: keyof AccidentTotals }[] = [
  { field: "deaths", total: "deaths" },
  { field: "missing", total: "missing" },
  { field: "injured", total: "injured" },
  { field: "serious_injured", total: "seriousInjured" },
  { field: "direct_loss", total: "directLoss" },
];

/** A 小计 totals the rows since the previous total row; a 合计 / 总计 may total 小计 groups too. */
const SUBTOTAL = /小计|本页合计/;

/** A count of accidents written in the label ("合计8起", "共计：8起"). */
const COUNT_IN_LABEL = /(\d+)\s*起/;

/** Sums over all records and over the included ones, with the first sheet row they count. */
interface Scope {
  readonly all: TotalsSum;
  readonly included: TotalsSum;
  readonly firstRow: number;
}

/** The running sums as they stood at a total row, and the first record after it. */
class Mark {
  readonly all: TotalsSum;
  readonly included: TotalsSum;
  firstRow = Infinity;

  constructor(all = new TotalsSum(), included = new TotalsSum()) {
    this.all = all;
    this.included = included;
  }

  /** The records since the mark: the running sums less the sums at the mark. */
  since(all: TotalsSum, included: TotalsSum): Scope {
    return { all: all.less(this.all), included: included.less(this.included), firstRow: this.firstRow };
  }
}

/**
 * The sums that end at a total row, and what its figures are set beside. Each record goes into one
 * running sum from the first record, of the included records or of those left out; at a total row
 * the sum of all records is the two together, and the sums since the last total row and since the
 * last 合计 are the running sums less the sums as they stood there, so a record costs one sum
 * whatever scopes a total row is set beside.
 */
export class TotalRowCheck {
  private readonly included = new TotalsSum();
  private readonly excluded = new TotalsSum();
  private lastRow = -1;
  private sinceAny = new Mark();
  private sinceGrand = new Mark();
  private readonly rows: LedgerTotalRow[] = [];
  /** Figures set beside their records, over every total row. */
  compared = 0;

  /** Each figure field's first column, as an index into a row's cells (as the record reader reads it). */
  private readonly columns = new Map<LedgerField, number>();

  /**
   * @param columns the ledger's columns (sheet columns)
   * @param originColumn the sheet column of a row's first cell
   */
  constructor(
    columns: readonly { readonly column: number; readonly field: LedgerField }[],
    private readonly originColumn: number,
  ) {
    for (const c of columns) if (!this.columns.has(c.field)) this.columns.set(c.field, c.column - originColumn);
  }

  /**
   * One record, in sheet order.
   *
   * @param r the record
   */
  record(r: AccidentRecord): void {
    (r.included ? this.included : this.excluded).add(r);
    this.lastRow = r.row;
    if (this.sinceAny.firstRow === Infinity) this.sinceAny.firstRow = r.row;
    if (this.sinceGrand.firstRow === Infinity) this.sinceGrand.firstRow = r.row;
  }

  /**
   * A total row: its figures set beside the records it may total.
   *
   * @param label the row's label as written (合计, 小计 …)
   * @param cells its cells
   * @param row its sheet row
   */
  total(label: string, cells: readonly unknown[], row: number): void {
    const subtotal = SUBTOTAL.test(label.normalize("NFKC").replace(/\s+/g, ""));
    // Every record from the first: the included ones and those left out, together.
    const all = this.included.copy();
    all.merge(this.excluded);
    const sinceAny = this.sinceAny.since(all, this.included);
    const fromStart: Scope = { all, included: this.included, firstRow: all.firstRow };
    const scopes = subtotal ? [sinceAny] : [this.sinceGrand.since(all, this.included), sinceAny, fromStart];
    const candidates = scopes.flatMap((s) => [s.all.totals(), s.included.totals()]);
    const shown = scopes[0];
    const figures: LedgerTotalRow["figures"][number][] = [];
    const compare = (cell: string, column: number, stated: number, pick: (t: AccidentTotals) => number) => {
      const recomputed = pick(shown.all.totals());
      // Sums past the float range (cells of ±1e308) are no figures to set beside a stated total.
      if (!Number.isFinite(recomputed)) return;
      const agrees = candidates.some((t) => Number.isFinite(pick(t)) && Math.abs(exactDiff(stated, pick(t))) <= 0.01);
      const first = shown.firstRow;
      const rows = Number.isFinite(first) ? rangeAddress(first, column, this.lastRow - first + 1, 1) : "";
      figures.push({ cell, stated, recomputed, rows, agrees });
    };
    const count = COUNT_IN_LABEL.exec(label.normalize("NFKC"));
    const labelColumn = cells.findIndex((v) => typeof v === "string" && v.trim() !== "");
    if (count) compare(cellAddress(row, labelColumn + this.originColumn), labelColumn + this.originColumn, Number(count[1]), (t) => t.accidents);
    for (const { field, total } of FIGURES) {
      const j = this.columns.get(field);
      if (j === undefined) continue;
      const reading = readCell(cells[j]);
      if (reading.kind !== "number") continue;
      compare(cellAddress(row, j + this.originColumn), j + this.originColumn, reading.value, (t) => t[total]);
    }
    this.compared += figures.length;
    if (this.rows.length < TOTAL_ROW_LIMIT) this.rows.push({ row, label, figures });
    // The marks keep this row's sums (all is built for this row and not added to again).
    const included = this.included.copy();
    this.sinceAny = new Mark(all, included);
    if (!subtotal) this.sinceGrand = new Mark(all, included);
  }

  /** The total rows seen, the first 200. */
  totalRows(): readonly LedgerTotalRow[] {
    return this.rows;
  }
}
