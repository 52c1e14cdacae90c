/**
 * An accident ledger counted as its records go by: running sums per day (and per county,
 * industry, type and level within the day), plus what the live formulas need to know (text dates,
 * text figures, key cells that differ from their key). A period, a month or a year is then the
 * sum of its days, whatever the period turns out to be once the latest date is known. Memory grows
 * with the days and keys a ledger has, never with its rows: a million rows fold as a thousand do.
 * See docs/ledger-summary.md.
 */
import { KEY_FIELDS, FIGURE_FIELDS, type AccidentRecord, type KeyField } from "./accidentRecords";
import { figureUnits, TotalsSum } from "./totalsSum";

/** Text-date cells kept per day: the 核对 names the first 20 of a period. */
const TEXT_DATE_ROWS = 20;

/** One record's figures in ten-thousandths, reused from record to record. */
const SCRATCH = new Float64Array(5);

/** The included records of one day. */
export class DayBucket {
  readonly totals = new TotalsSum();
  /** Per key field (in KEY_FIELDS order): each key's sum. */
  readonly groups: Map<string, TotalsSum>[] = KEY_FIELDS.map(() => new Map());
  /** Records whose date is text ("2024年2月3日"): how many, and the first rows. */
  textDates = 0;
  readonly textDateRows: number[] = [];
  /** Bit k set when a record has a figure SUMIFS reads otherwise in FIGURE_FIELDS[k]. */
  textFigures = 0;
  /** Per key field: keys some record's cell does not hold exactly. */
  readonly inexactKeys: Set<string>[] = KEY_FIELDS.map(() => new Set());

  constructor(readonly date: string) {}

  add(r: AccidentRecord, units: ArrayLike<number> = figureUnits(r, SCRATCH)): void {
    this.totals.add(r, units);
    // The four key fields written out (KEY_FIELDS order): a property named by a variable costs more on every row.
    const { keys, rawKeys } = r;
    this.addToGroup(0, keys.region, rawKeys.region !== keys.region, r, units);
    this.addToGroup(1, keys.industry, rawKeys.industry !== keys.industry, r, units);
    this.addToGroup(2, keys.accident_type, rawKeys.accident_type !== keys.accident_type, r, units);
    this.addToGroup(3, keys.level, rawKeys.level !== keys.level, r, units);
    if (r.dateKind === "text" && ++this.textDates <= TEXT_DATE_ROWS) this.textDateRows.push(r.row);
    if (r.textFigures.length) for (const f of r.textFigures) this.textFigures |= 1 << FIGURE_FIELDS.indexOf(f);
  }

  private addToGroup(k: number, key: string, inexact: boolean, r: AccidentRecord, units: ArrayLike<number>): void {
    const groups = this.groups[k];
    let sum = groups.get(key);
    if (!sum) groups.set(key, (sum = new TotalsSum()));
    sum.add(r, units);
    if (inexact) this.inexactKeys[k].add(key);
  }
}

/** Whether a day (yyyy-mm-dd) is within a range, both ends included. */
export function dayWithin(date: string, range: { readonly start: string; readonly end: string }): boolean {
  return date >= range.start && date <= range.end;
}

/** An accident ledger's records, folded. */
export class AccidentFold {
  private readonly days = new Map<string, DayBucket>();
  /** Every record, and those 是否纳入统计 leaves out. */
  records = 0;
  excluded = 0;
  /** The texts that left a record out, as written, first seen first. */
  readonly excludedTexts = new Set<string>();

  /**
   * Counts one record (in sheet order).
   *
   * @param r the record
   * @param units its figures from {@link figureUnits}, when the caller has read them already
   */
  add(r: AccidentRecord, units?: ArrayLike<number>): void {
    this.records++;
    if (!r.included) {
      this.excluded++;
      this.excludedTexts.add(String(r.rawIncluded));
      return;
    }
    if (r.date === undefined) return;
    let day = this.days.get(r.date);
    if (!day) this.days.set(r.date, (day = new DayBucket(r.date)));
    day.add(r, units);
  }

  /** The days with included records, in no particular order. */
  allDays(): IterableIterator<DayBucket> {
    return this.days.values();
  }

  /** The days within any of the ranges. */
  daysWithin(...ranges: readonly { readonly start: string; readonly end: string }[]): DayBucket[] {
    const out: DayBucket[] = [];
    for (const day of this.days.values()) if (ranges.some((range) => dayWithin(day.date, range))) out.push(day);
    return out;
  }

  /** The earliest date of an included record. */
  earliestDate(): string | undefined {
    let earliest: string | undefined;
    for (const date of this.days.keys()) if (earliest === undefined || date < earliest) earliest = date;
    return earliest;
  }

  /** The totals of the included records dated within a range. */
  sumWithin(range: { readonly start: string; readonly end: string }): TotalsSum {
    return sumOf(this.daysWithin(range));
  }

  /**
   * Each key of a field with its sum over some days, in the order the keys were first seen.
   *
   * @param days the days
   * @param field the key field
   * @returns key → sum, keys in sheet order of their first record
   */
  groupsOver(days: readonly DayBucket[], field: KeyField): Map<string, TotalsSum> {
    const k = KEY_FIELDS.indexOf(field);
    const merged = new Map<string, TotalsSum>();
    for (const day of days)
      for (const [key, sum] of day.groups[k]) {
        let total = merged.get(key);
        if (!total) merged.set(key, (total = new TotalsSum()));
        total.merge(sum);
      }
    return new Map([...merged].sort((a, b) => a[1].firstRow - b[1].firstRow));
  }
}

/**
 * The sum of some days.
 *
 * @param days the days
 * @returns their totals merged
 */
export function sumOf(days: Iterable<DayBucket>): TotalsSum {
  const total = new TotalsSum();
  for (const day of days) total.merge(day.totals);
  return total;
}

/**
 * The records folded.
 *
 * @param records a ledger's records in sheet order
 * @returns the fold
 * @example foldRecords(readAccidentRecords(sheet, ledger)).records // ledger.recordCount
 */
export function foldRecords(records: Iterable<AccidentRecord>): AccidentFold {
  const fold = new AccidentFold();
  for (const r of records) fold.add(r);
  return fold;
}
