/**
 * An accident ledger counted as its records go by: running sums per day (and per county,
 * industry, type and level within the day), plus what the live formulas need to know (text dates,
 * text figures, key cells that differ from their key). A period, a month or a year is then the
 * sum of its days, whatever the period turns out to be once the latest date is known. Memory grows
 * with the days and keys a ledger has, never with its rows: a million rows fold as a thousand do.
 * See docs/ledger-summary.md.
 */
import { KEY_FIELDS, type AccidentRecord, type KeyField } from "./accidentRecords";
import { LedgerKeys } from "./ledgerKeys";
import { SumTable } from "./sumTable";
import { TotalsSum } from "./totalsSum";

/** Text-date cells kept per day: the 核对 names the first 20 of a period. */
const TEXT_DATE_ROWS = 20;

/** The included records of one day. */
export class DayBucket {
  /**
   * Per key field (in KEY_FIELDS order): key id → the slot of the key's sum within the day in the
   * fold's table. Every record has a level, so the day's total is the sum of its levels'.
   */
  readonly slots: number[][] = KEY_FIELDS.map(() => []);
  /** Records whose date is text ("2024年2月3日"): how many, and the first rows. */
  textDates = 0;
  readonly textDateRows: number[] = [];
  /** Bit k set when a record has a figure SUMIFS reads otherwise in FIGURE_FIELDS[k]. */
  textFigures = 0;

  constructor(readonly date: string) {}
}

/** Whether a day (yyyy-mm-dd) is within a range, both ends included. */
export function dayWithin(date: string, range: { readonly start: string; readonly end: string }): boolean {
  return date >= range.start && date <= range.end;
}

/** An accident ledger's records, folded. */
export class AccidentFold {
  /** The days with included records, by day id. */
  private readonly days: DayBucket[] = [];
  /** The sums of each day's keys. */
  private readonly sums = new SumTable();
  /** Every record, and those 是否纳入统计 leaves out. */
  records = 0;
  excluded = 0;
  /** The texts that left a record out, as written, first seen first. */
  readonly excludedTexts = new Set<string>();

  /**
   * @param keys where the ledger's days and keys are numbered: the record reader's, so that its records' ids are used as they are
   */
  constructor(readonly keys: LedgerKeys = new LedgerKeys()) {}

  /**
   * Counts one record (in sheet order).
   *
   * @param r the record
   */
  add(r: AccidentRecord): void {
    this.records++;
    if (!r.included) {
      this.excluded++;
      this.excludedTexts.add(String(r.rawIncluded));
      return;
    }
    if (r.date === undefined) return;
    // A record read with another table of keys (records read on their own) is numbered here by its texts.
    const own = r.keyTable === this.keys;
    const dayId = own ? r.day : this.keys.dayId(r.date);
    let day = this.days[dayId];
    if (!day) this.days[dayId] = day = new DayBucket(r.date);
    const inexact = r.inexactKeys;
    for (let k = 0; k < 4; k++) {
      const id = own ? r.keyIds[k] : this.keys.keyId(k, r.keys[KEY_FIELDS[k]]);
      const slots = day.slots[k];
      let s = slots[id];
      if (s === undefined) slots[id] = s = this.sums.slot();
      this.sums.add(s, r);
      if (inexact & (1 << k)) this.sums.flag(s);
    }
    if (r.dateKind === "text" && ++day.textDates <= TEXT_DATE_ROWS) day.textDateRows.push(r.row);
    day.textFigures |= r.textFigures;
  }

  /** The days with included records, in no particular order. */
  allDays(): DayBucket[] {
    return this.days.filter((day) => day !== undefined);
  }

  /** The days within any of the ranges. */
  daysWithin(...ranges: readonly { readonly start: string; readonly end: string }[]): DayBucket[] {
    return this.allDays().filter((day) => ranges.some((range) => dayWithin(day.date, range)));
  }

  /** The earliest date of an included record. */
  earliestDate(): string | undefined {
    let earliest: string | undefined;
    for (const { date } of this.allDays()) if (earliest === undefined || date < earliest) earliest = date;
    return earliest;
  }

  /**
   * The sum of some days.
   *
   * @param days the days
   * @returns their totals merged
   */
  sumOf(days: Iterable<DayBucket>): TotalsSum {
    const total = new TotalsSum();
    // A day's total is the sum of its levels' (every record has one level).
    for (const day of days) day.slots[3].forEach((s) => this.sums.mergeInto(total, s));
    return total;
  }

  /** The totals of the included records dated within a range. */
  sumWithin(range: { readonly start: string; readonly end: string }): TotalsSum {
    return this.sumOf(this.daysWithin(range));
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
    const merged: TotalsSum[] = [];
    for (const day of days) day.slots[k].forEach((s, id) => this.sums.mergeInto((merged[id] ??= new TotalsSum()), s));
    const names = this.keys.keys[k];
    const out: [string, TotalsSum][] = [];
    merged.forEach((sum, id) => out.push([names[id], sum]));
    return new Map(out.sort((a, b) => a[1].firstRow - b[1].firstRow));
  }

  /**
   * The keys of a field that some record within the days does not hold exactly in its cell ("楚雄" for 楚雄市).
   *
   * @param days the days
   * @param field the key field
   * @returns the keys
   */
  inexactKeys(days: readonly DayBucket[], field: KeyField): Set<string> {
    const k = KEY_FIELDS.indexOf(field);
    const names = this.keys.keys[k];
    const out = new Set<string>();
    for (const day of days) day.slots[k].forEach((s, id) => (this.sums.flagged(s) ? out.add(names[id]) : undefined));
    return out;
  }
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
