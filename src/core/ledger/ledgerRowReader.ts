/**
 * A sheet's ledger read one row at a time, in sheet order: the header among the first rows, then
 * every non-blank row until a note, signature or total row, each with its date read from any of the
 * forms bureaus type (text dates are noted). An accident ledger is counted as its rows go by
 * (accidentFold.ts), so the rows need not be kept: the command line feeds the rows as the file
 * streams and drops the ones the ledger claims; `readLedgers` feeds a snapshot's rows. Both end
 * in {@link LedgerRowReader.finish}, which infers the period and builds the model.
 */
import { cellAddress, rangeAddress } from "../model/address";
import { NO_ROWS, RowRange } from "../model/rowRange";
import type { Anomaly, DateRange, LedgerAccounting, LedgerField, LedgerModel, LedgerRowNote } from "../reader/model";
import { AccidentFold } from "./accidentFold";
import { isBlankRow, type AccidentRecord } from "./accidentRecords";
import { accidentRecordReader } from "./recordReader";
import { accidentSummary } from "./accidentSummary";
import { hazardSummary } from "./aggregateLedger";
import { readDate } from "./dates";
import { periodLabel, periodToMonthEnd, yearEarlier } from "./dates";
import { issueIn, periodsIn } from "../periods/findPeriod";
import { HEADER_SEARCH_ROWS, ledgerHeaderOf, type LedgerHeader } from "./findLedgerHeader";
import { hazardBreakdowns } from "./hazardBreakdowns";
import { isExcluded, KeyMemo, RowView, type LedgerRecord } from "./ledgerRecord";
import { RecordNotes } from "./recordNotes";
import { TotalRowCheck } from "./totalRows";
import { ledgerWindows } from "./ledgerWindows";
import { OneLevel } from "./oneLevel";
import { titleScope } from "../reader/titleScope";
import type { LedgerOptions, SheetLedgers } from "./readLedgers";
import { MESSAGES, type Message } from "../messages";

/** Text dates and unreadable dates noted cell by cell; the rest of each are counted in one summary note. */
const CELL_ANOMALY_LIMIT = 200;

/** A row that ends a ledger: a note or a signature. */
const END_OF_LEDGER = /^(注|说明|备注[:：]|填表人|审核人|制表人|统计人|负责人)/;

/**
 * A row that totals the rows above it (合计, 小计, 1月小计, 楚雄市合计 …): recognised, never a record,
 * and the reading goes on.
 */
const TOTAL_ROW = /^(合计|总计|小计|共计)|^.{1,10}(合计|总计|小计)[:：]?$/;

/** Characters of the texts above a ledger's header kept as its title. */
const TITLE_LIMIT = 200;

/** Undated rows named cell by cell in the 核对; the count stands for the rest. */
const UNDATED_LIMIT = 200;

/** Texts whose total-row reading is remembered per ledger; past this many, texts are read each time. */
const TOTAL_MEMO_LIMIT = 65536;

/** Whether a text says its row is a total row (合计, 小计 …), whatever its width or spacing. */
function saysTotal(text: string): boolean {
  return TOTAL_ROW.test(text.normalize("NFKC").replace(/\s+/g, ""));
}

/**
 * The label of a total row, when one of the row's first three text cells says it is one. Every
 * total word ends in 计, and NFKC makes 计 from no other character, so a text without it is never
 * one (most texts: dates with their time of day, units' names); a text with it is normalised once.
 */
function totalRowLabel(cells: readonly unknown[], from: number, memo: Map<string, boolean>): string | undefined {
  let seen = 0;
  for (let j = Math.max(0, from); j < cells.length && seen < 3; j++) {
    const v = cells[j];
    if (typeof v !== "string") continue;
    if (!v.includes("计")) {
      if (v.trim() !== "") seen++;
      continue;
    }
    let total = memo.get(v);
    if (total === undefined) {
      if (v.trim() === "") continue;
      total = saysTotal(v);
      if (memo.size < TOTAL_MEMO_LIMIT) memo.set(v, total);
    }
    seen++;
    if (total) return v.trim();
  }
  return undefined;
}

/** The days an accident fold holds records on. */
function* dayKeys(fold: AccidentFold): Iterable<string> {
  for (const day of fold.allDays()) yield day.date;
}

/** Where the sheet is: its name and the sheet row and column of its values' first cell. */
export interface SheetPlace {
  readonly name: string;
  readonly originRow: number;
  readonly originColumn: number;
}

/** Reads the ledger of one sheet from its rows. */
export class LedgerRowReader {
  private header: LedgerHeader | undefined;
  private ended = false;
  private lastIndex = -1;
  private firstRow = -1;
  private lastRow = -1;
  private latestDate: string | undefined;
  private textDates = 0;
  private unreadableDates = 0;
  private readonly anomalies: Anomaly[] = [];
  private dateIndex = -1;
  private firstIndex = 0;
  // Accident ledgers: folded as they come. Hazard ledgers: their records kept (views on their rows).
  private fold: AccidentFold | undefined;
  private readAccident: ((cells: readonly unknown[], row: number) => AccidentRecord) | undefined;
  private totalCheck: TotalRowCheck | undefined;
  private oneLevel: OneLevel | undefined;
  private recordNotes: RecordNotes | undefined;
  private readonly hazards: LedgerRecord[] = [];
  private fieldIndex = new Map<LedgerField, number>();
  private readonly seenDates = new Map<string, ReturnType<typeof readDate>>();
  private readonly totalTexts = new Map<string, boolean>();
  // Every row accounted for: records (counted, left out, undated) and total rows.
  private totalRows = 0;
  private undated = 0;
  private readonly undatedRows: LedgerRowNote[] = [];
  // The texts above the header, for the period a title names.
  private title = "";

  constructor(
    private readonly sheet: SheetPlace,
    private readonly options: LedgerOptions = {},
  ) {}

  /** Whether the rows still to come can belong to the ledger (false once it has ended or no header was found in time). */
  get open(): boolean {
    return !this.ended;
  }

  /**
   * One row of the sheet, in order (blank rows may be left out).
   *
   * @param index the row's index in the sheet's values (sheet row − originRow)
   * @param cells its cells
   * @returns whether the ledger claims the row (its header or one of its records)
   */
  push(index: number, cells: readonly unknown[]): boolean {
    if (this.ended) return false;
    if (!this.header) {
      if (index >= HEADER_SEARCH_ROWS) {
        this.ended = true;
        return false;
      }
      const header = ledgerHeaderOf(cells, index, this.sheet.originColumn);
      if (header) this.start(header);
      else this.noteTitle(cells);
      return header !== undefined;
    }
    if (isBlankRow(cells)) return false;
    const first = cells[this.firstIndex];
    if (typeof first === "string" && END_OF_LEDGER.test(first.trim())) {
      this.ended = true;
      return false;
    }
    const totalLabel = totalRowLabel(cells, this.firstIndex, this.totalTexts);
    if (totalLabel !== undefined) {
      // A 合计 / 小计 row inside or under the ledger: claimed (no table reads it), never counted, set beside its records.
      this.totalRows++;
      this.totalCheck?.total(totalLabel, cells, this.sheet.originRow + index);
      this.lastIndex = index;
      return true;
    }
    this.record(index, cells);
    return true;
  }

  /** The texts of a row above the header: the sheet's title, which may name the ledger's period (一周事故 …). */
  private noteTitle(cells: readonly unknown[]): void {
    for (const v of cells) if (typeof v === "string" && v.trim() !== "" && this.title.length < TITLE_LIMIT) this.title += `${v.trim()} `;
  }

  private start(header: LedgerHeader): void {
    this.header = header;
    this.lastIndex = header.rowIndex;
    const { originColumn } = this.sheet;
    for (const c of header.columns) this.fieldIndex.set(c.field, c.column - originColumn);
    this.dateIndex = this.fieldIndex.get("date") ?? -1;
    this.firstIndex = header.columns[0].column - originColumn;
    this.recordNotes = new RecordNotes(header);
    if (header.subtype === "accident") {
      // The reader numbers the days and keys where the fold reads them.
      this.fold = new AccidentFold();
      this.readAccident = accidentRecordReader(header.columns, originColumn, this.fold.keys);
      this.totalCheck = new TotalRowCheck(header.columns, originColumn);
      this.oneLevel = new OneLevel();
    }
  }

  private record(index: number, cells: readonly unknown[]): void {
    const row = this.sheet.originRow + index;
    if (this.firstRow < 0) this.firstRow = row;
    this.lastRow = row;
    this.lastIndex = index;
    // The record's date, if readable, and whether it was typed as text (no object per row).
    let iso: string | undefined;
    let fromText = false;
    let included = true;
    if (this.fold) {
      const record = this.readAccident!(cells, row);
      this.fold.add(record);
      this.totalCheck!.record(record);
      this.oneLevel!.add(record);
      this.recordNotes!.add(record, cells, this.sheet.originColumn);
      included = record.included;
      iso = record.date;
      fromText = record.dateKind === "text";
    } else {
      const record: LedgerRecord = { row, values: new RowView(cells, this.fieldIndex) };
      included = !isExcluded(record.values.get("included"));
      if (this.dateIndex >= 0) {
        const date = this.readDateOnce(cells[this.dateIndex] ?? "");
        if (date) {
          record.date = iso = date.iso;
          fromText = date.fromText;
        }
      }
      this.hazards.push(record);
    }
    if (this.dateIndex < 0) return;
    const raw = cells[this.dateIndex] ?? "";
    // A counted row whose date cannot be read is in no period: named, never dropped without a word.
    if (iso === undefined && included && ++this.undated <= UNDATED_LIMIT)
      this.undatedRows.push({ row, cell: this.dateCell(row), text: raw === null ? "" : String(raw) });
    if (iso !== undefined) {
      if (this.latestDate === undefined || iso > this.latestDate) this.latestDate = iso;
      if (fromText && ++this.textDates <= CELL_ANOMALY_LIMIT)
        this.anomalies.push({ kind: "date-text", sheet: this.sheet.name, cell: this.dateCell(row), message: MESSAGES.ledger.dateAsText(String(raw), iso) });
    } else if (raw !== "" && raw !== null && raw !== undefined && ++this.unreadableDates <= CELL_ANOMALY_LIMIT) {
      this.anomalies.push({ kind: "unreadable-cell", sheet: this.sheet.name, cell: this.dateCell(row), message: MESSAGES.ledger.unreadableDate(String(raw)) });
    }
  }

  /** The date cell's address, built only for a row the 核对 names (most rows are named nowhere). */
  private dateCell(row: number): string {
    return cellAddress(row, this.dateIndex + this.sheet.originColumn);
  }

  /**
   * The level or field the title narrows the records to (…较大事故 → 较大), unless it says they are
   * included (含, 包括); else the level every counted record states alike (等级: 较大 on every row).
   */
  private scope(): { scope?: LedgerModel["scope"] } {
    const keys = /含|包括/.test(this.title) ? [] : titleScope(this.title, "other", []);
    const stated = this.oneLevel?.scope();
    if (stated && !keys.some((k) => k.dimension === "level")) keys.push(stated);
    return keys.length ? { scope: keys } : {};
  }

  /** The periods the title writes, as written, and a periodical's issue (2021年第34期), for the period words. */
  private titlePeriodWords(): { titlePeriodWords?: readonly string[] } {
    const issue = issueIn(this.title);
    const words = [...(issue ? [issue] : []), ...periodsIn(this.title).map((p) => p.label)];
    return words.length ? { titlePeriodWords: words } : {};
  }

  /** How every row was used (rows = counted + excluded + undated + totals). */
  private accounting(records: number, excluded: number): LedgerAccounting {
    const undated = this.dateIndex < 0 ? 0 : this.undated;
    const totalRows = this.totalCheck?.totalRows();
    return {
      rows: records + this.totalRows,
      counted: records - excluded - undated,
      excluded,
      undated,
      totals: this.totalRows,
      unreadable: this.undatedRows,
      ...(totalRows?.length ? { totalRows } : {}),
      ...this.recordNotes?.accounting(),
    };
  }

  /** A text date read once per distinct text: ledgers repeat the same days many times. */
  private readDateOnce(raw: unknown): ReturnType<typeof readDate> {
    if (typeof raw !== "string") return readDate(raw);
    if (this.seenDates.has(raw)) return this.seenDates.get(raw);
    const date = readDate(raw);
    this.seenDates.set(raw, date);
    return date;
  }

  /**
   * The ledger read: its model, what was noted on the way, and the rows it claims.
   *
   * @returns the sheet's ledgers (none when no header was found)
   */
  finish(): SheetLedgers {
    const header = this.header;
    const out: SheetLedgers = { ledgers: [], anomalies: [], diagnostics: [], claimedRows: NO_ROWS };
    if (!header) return out;
    const { name, originRow } = this.sheet;
    const { rowIndex, columns, subtype } = header;
    const headerRow = originRow + rowIndex;
    out.anomalies.push(...this.anomalies);
    // Past the limit one note stands for the rest of the text dates and of the unreadable dates: 70,000
    // notes would bury the others, so the first cells are named and the rest counted.
    const pastLimit = [
      { kind: "date-text", count: this.textDates, message: MESSAGES.ledger.moreTextDates },
      { kind: "unreadable-cell", count: this.unreadableDates, message: MESSAGES.ledger.moreUnreadableDates },
    ] as const;
    for (const { kind, count, message } of pastLimit) {
      if (this.dateIndex < 0 || count <= CELL_ANOMALY_LIMIT) continue;
      const column = this.dateIndex + this.sheet.originColumn;
      out.anomalies.push({
        kind,
        sheet: name,
        cell: rangeAddress(headerRow + 1, column, originRow + this.lastIndex - headerRow, 1),
        message: message(count - CELL_ANOMALY_LIMIT),
      });
    }
    const lastColumn = Math.max(...columns.map((c) => c.column));
    const firstColumn = Math.min(...columns.map((c) => c.column));
    const address = rangeAddress(headerRow, firstColumn, originRow + this.lastIndex - headerRow + 1, lastColumn - firstColumn + 1);
    out.claimedRows = new RowRange(headerRow, originRow + this.lastIndex);
    const id = `${name}!${address}`;
    const diagnostic = (message: Message) => out.diagnostics.push({ severity: "warning", sheet: name, address, message });

    const recordCount = this.fold ? this.fold.records : this.hazards.length;
    if (recordCount === 0) {
      diagnostic(MESSAGES.ledger.noRecords(name));
      return out;
    }
    const override = this.options.overrides?.ledgerPeriod?.[id] ?? this.options.overrides?.reportPeriod;
    const latest = this.latestDate ?? this.options.reportDate;
    if (!override && latest === undefined) {
      // The period comes from the records' dates; without any there is nothing to count in a period.
      diagnostic(MESSAGES.ledger.noDates(name));
      return out;
    }
    const fold = this.fold;
    // An accident ledger's window from its days and title (a week's list, an archive of years); a hazard ledger's is the year to date.
    const windows = override || !fold ? undefined : ledgerWindows(dayKeys(fold), this.title, (range) => fold.sumWithin(range).accidents > 0);
    const currentRange = override ?? windows?.current ?? periodToMonthEnd(latest!);
    const current: DateRange = { ...currentRange, label: periodLabel(currentRange.start, currentRange.end) };
    const previousRange = { start: yearEarlier(current.start), end: yearEarlier(current.end) };
    const previous: DateRange = { ...previousRange, label: periodLabel(previousRange.start, previousRange.end) };
    // The user's period follows the records' own rule (ledgerWindows): no record a year earlier, no 同比 — never "持平" with nothing.
    const compare = windows ? windows.compare : !fold || fold.sumWithin(previousRange).accidents > 0;
    const included = this.fold ? [] : this.hazards.filter((r) => !isExcluded(r.values.get("included")));
    const common = {
      kind: "ledger" as const,
      id,
      sheet: name,
      address,
      headerRow,
      columns: columns.map((c) => ({ column: c.column, header: c.header, field: c.field, confidence: c.confidence })),
      firstRow: this.firstRow,
      lastRow: this.lastRow,
      recordCount,
      excludedCount: this.fold ? this.fold.excluded : recordCount - included.length,
      current,
      previous,
      periodSource: override ? ("user" as const) : windows?.from === "title" ? ("title" as const) : ("inferred" as const),
      ...(this.latestDate ? { latestRecord: this.latestDate } : {}),
      ...(compare ? {} : { compare: false as const }),
      ...this.scope(),
      ...(this.title.trim() ? { title: this.title.trim() } : {}),
      ...this.titlePeriodWords(),
      accounting: this.accounting(recordCount, this.fold ? this.fold.excluded : recordCount - included.length),
      confidence: Math.min(1, columns.filter((c) => c.field !== "other").length / 8),
    };
    if (subtype === "accident") {
      out.ledgers.push({ ...common, subtype, accidents: accidentSummary(this.fold!, common) } satisfies LedgerModel);
    } else {
      const keys = new KeyMemo();
      const reportDate = this.options.reportDate ?? periodToMonthEnd(latest ?? current.end).end;
      const breakdowns = hazardBreakdowns(this.hazards, reportDate, keys, common);
      // The hazards that count by the report date: their words in 整改资金 and blank counties are named.
      const notes = this.recordNotes!;
      for (const r of included) if (r.date === undefined || r.date <= reportDate) notes.addHazard(r, keys.keyOf(r, "region"));
      const accounting = { ...common.accounting, ...notes.accounting() };
      out.ledgers.push({ ...common, accounting, subtype, hazards: { ...hazardSummary(included, reportDate, keys), breakdowns } });
    }
    return out;
  }
}
