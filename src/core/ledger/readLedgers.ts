/**
 * Ledgers (台账): one row per accident or per hazard. Finds them by their header vocabulary,
 * reads the records (mixed date forms, text numbers, "—"), infers the reporting period from the
 * latest date, and aggregates: accidents this period and the same period last year, by region,
 * industry, accident type and level; hazards found, rectified, in progress, overdue.
 */
import { cellAddress, rangeAddress } from "../model/address";
import type { SheetSnapshot } from "../model/snapshot";
import { exactSum } from "../numbers/decimal";
import { readCell } from "../numbers/readCell";
import { matchRegion } from "../registry/regions";
import type { AccidentTotals, Anomaly, DateRange, Diagnostic, HazardTotals, LedgerField, LedgerModel, ReaderOverrides } from "../reader/model";
import { periodLabel, periodToMonthEnd, readDate, yearEarlier } from "./dates";
import { yearlyWindows } from "./yearlyWindows";
import { accidentLevel, isLargerOrAbove } from "./accidentLevel";
import { ledgerFieldOf } from "./ledgerFields";

/** What the ledger reader gives for one sheet. */
export interface SheetLedgers {
  readonly ledgers: LedgerModel[];
  readonly anomalies: Anomaly[];
  readonly diagnostics: Diagnostic[];
  /** Sheet rows the ledgers occupy; the table reader leaves them alone. */
  readonly claimedRows: number[];
}

/** Options of `readLedgers`. */
export interface LedgerOptions {
  readonly overrides?: ReaderOverrides;
  /** yyyy-mm-dd: the date overdue hazards are counted at; the end of the latest month by default. */
  readonly reportDate?: string;
}

interface Column {
  column: number;
  header: string;
  field: LedgerField;
  confidence: number;
}

interface Record {
  row: number;
  date?: string;
  values: RowView;
  /** The level, given or derived, worked out once. */
  level?: string;
  /** The accident figures, read once (fixed shape: summed for every group). */
  figures?: Figures;
}

/** The cells of one record, looked up by field. */
class RowView {
  constructor(
    private readonly cells: readonly unknown[],
    private readonly index: ReadonlyMap<LedgerField, number>,
  ) {}

  get(field: LedgerField): unknown {
    const column = this.index.get(field);
    return column === undefined ? undefined : this.cells[column];
  }
}

interface Figures {
  readonly deaths: number;
  readonly missing: number;
  readonly injured: number;
  readonly seriousInjured: number;
  readonly directLoss: number;
  /** The loss in 0.0001 万元 when it has at most 4 decimals (exact integer sums); else undefined. */
  readonly lossUnits: number | undefined;
}

const LOSS_SCALE = 1e4;

/** Below 1e10 floats are far finer than 0.0001, so a 4-decimal value round-trips exactly. */
function unitsOf(value: number): number | undefined {
  if (!(Math.abs(value) < 1e10)) return undefined;
  const units = Math.round(value * LOSS_SCALE);
  return units / LOSS_SCALE === value ? units : undefined;
}

function figuresOf(r: Record): Figures {
  if (r.figures) return r.figures;
  const directLoss = num(r, "direct_loss");
  return (r.figures = {
    deaths: num(r, "deaths"),
    missing: num(r, "missing"),
    injured: num(r, "injured"),
    seriousInjured: num(r, "serious_injured"),
    directLoss,
    lossUnits: unitsOf(directLoss),
  });
}

/** An exact total: a plain sum while every figure is a safe integer, `exactSum` otherwise. */
function exactTotal(records: readonly Record[], figure: (f: Figures) => number): number {
  let total = 0;
  for (const r of records) {
    const value = figure(figuresOf(r));
    if (!Number.isSafeInteger(value)) return exactSum(records.map((x) => figure(figuresOf(x))));
    total += value;
  }
  return Number.isSafeInteger(total) ? total : exactSum(records.map((x) => figure(figuresOf(x))));
}

const ACCIDENT_MARKERS: readonly LedgerField[] = ["deaths", "injured", "accident_type", "direct_loss", "missing"];
const HAZARD_MARKERS: readonly LedgerField[] = ["status", "deadline", "done_date", "listed"];
const HEADER_SEARCH_ROWS = 12;
/** Text dates noted cell by cell; the rest are counted in one summary note. */
const CELL_ANOMALY_LIMIT = 200;

/**
 * Reads the ledgers of a sheet.
 *
 * @param sheet the sheet snapshot
 * @param options overrides (the ledger period) and the report date
 * @returns the ledgers, anomalies (text dates with their cells), diagnostics, and the rows claimed
 * @example readLedgers(accidentLedgerSheet).ledgers[0].accidents.current.accidents // 23
 */
export function readLedgers(sheet: SheetSnapshot, options: LedgerOptions = {}): SheetLedgers {
  const out: SheetLedgers = { ledgers: [], anomalies: [], diagnostics: [], claimedRows: [] };
  const header = findHeader(sheet);
  if (!header) return out;
  const { rowIndex, columns, subtype } = header;
  const headerRow = sheet.originRow + rowIndex;
  const dateColumn = columns.find((c) => c.field === "date");
  const records: Record[] = [];
  let lastIndex = rowIndex;
  let textDates = 0;
  // A view on the sheet's own row, not a copy: 100,000 Maps would keep the collector busy.
  const fieldIndex = new Map<LedgerField, number>();
  for (const c of columns) fieldIndex.set(c.field, c.column - sheet.originColumn);
  const seenDates = new Map<string, ReturnType<typeof readDate>>();
  for (let i = rowIndex + 1; i < sheet.values.length; i++) {
    const row = sheet.values[i];
    if (!row || row.every((v) => v === "" || v === null || v === undefined)) continue;
    const first = String(row[columns[0].column - sheet.originColumn] ?? "").trim();
    if (/^(注|说明|填表人|审核人|合计|总计)/.test(first)) break;
    const values = new RowView(row, fieldIndex);
    const record: Record = { row: sheet.originRow + i, values };
    if (dateColumn) {
      const raw = row[dateColumn.column - sheet.originColumn];
      const date = readDateOnce(raw, seenDates);
      if (date) {
        record.date = date.iso;
        if (date.fromText && ++textDates <= CELL_ANOMALY_LIMIT) {
          out.anomalies.push({
            kind: "date-text",
            sheet: sheet.name,
            cell: cellAddress(record.row, dateColumn.column),
            message: { zh: `日期以文本形式录入（“${String(raw)}”），已按 ${date.iso} 读取`, en: `Date typed as text ("${String(raw)}"), read as ${date.iso}` },
          });
        }
      } else if (raw !== "" && raw !== null && raw !== undefined) {
        out.anomalies.push({
          kind: "unreadable-cell",
          sheet: sheet.name,
          cell: cellAddress(record.row, dateColumn.column),
          message: { zh: `无法识别的日期“${String(raw)}”，该记录未计入任何期间`, en: `Unreadable date "${String(raw)}": the record counts in no period` },
        });
      }
    }
    records.push(record);
    lastIndex = i;
  }
  if (dateColumn && textDates > CELL_ANOMALY_LIMIT) {
    // Past the limit one summary stands for the rest: 70,000 notes would bury the others.
    const more = textDates - CELL_ANOMALY_LIMIT;
    out.anomalies.push({
      kind: "date-text",
      sheet: sheet.name,
      cell: rangeAddress(headerRow + 1, dateColumn.column, sheet.originRow + lastIndex - headerRow, 1),
      message: {
        zh: `另有 ${more} 个日期以文本形式录入，均已按日期读取`,
        en: `${more} more dates typed as text, all read as dates`,
      },
    });
  }
  const lastColumn = Math.max(...columns.map((c) => c.column));
  const firstColumn = Math.min(...columns.map((c) => c.column));
  const address = rangeAddress(headerRow, firstColumn, sheet.originRow + lastIndex - headerRow + 1, lastColumn - firstColumn + 1);
  for (let r = headerRow; r <= sheet.originRow + lastIndex; r++) out.claimedRows.push(r);
  const id = `${sheet.name}!${address}`;

  if (records.length === 0) {
    out.diagnostics.push({
      severity: "warning",
      sheet: sheet.name,
      address,
      message: {
        zh: `“${sheet.name}”有台账表头但没有记录，无法汇总`,
        en: `"${sheet.name}" has a ledger header but no records to aggregate`,
      },
    });
  }

  let latestDate: string | undefined;
  for (const r of records) if (r.date !== undefined && (latestDate === undefined || r.date > latestDate)) latestDate = r.date;
  const latest = latestDate ?? options.reportDate ?? new Date().toISOString().slice(0, 10);
  const override = options.overrides?.ledgerPeriod?.[id];
  const currentRange = override ?? periodToMonthEnd(latest);
  const current: DateRange = { ...currentRange, label: periodLabel(currentRange.start, currentRange.end) };
  const previousRange = { start: yearEarlier(current.start), end: yearEarlier(current.end) };
  const previous: DateRange = { ...previousRange, label: periodLabel(previousRange.start, previousRange.end) };
  const included = records.filter((r) => !isExcluded(r.values.get("included")));
  const common = {
    kind: "ledger" as const,
    id,
    sheet: sheet.name,
    address,
    headerRow,
    columns: columns.map((c) => ({ column: c.column, header: c.header, field: c.field, confidence: c.confidence })),
    firstRow: records[0]?.row ?? headerRow + 1,
    lastRow: records[records.length - 1]?.row ?? headerRow,
    recordCount: records.length,
    excludedCount: records.length - included.length,
    current,
    previous,
    periodSource: override ? ("user" as const) : ("inferred" as const),
    confidence: Math.min(1, columns.filter((c) => c.field !== "other").length / 8),
  };
  if (subtype === "accident") {
    const inRange = (r: Record, range: { start: string; end: string }) => r.date !== undefined && r.date >= range.start && r.date <= range.end;
    const cur = included.filter((r) => inRange(r, current));
    const prev = included.filter((r) => inRange(r, previous));
    const hasLevel = columns.some((c) => c.field === "level");
    const groups = (field: LedgerField | "derived_level") =>
      groupTotals(cur, prev, (r) => (field === "derived_level" ? levelOf(r, hasLevel) : keyOf(r, field)));
    out.ledgers.push({
      ...common,
      subtype,
      accidents: {
        current: accidentTotals(cur, hasLevel),
        previous: accidentTotals(prev, hasLevel),
        byRegion: groups("region"),
        byIndustry: groups("industry"),
        byType: groups("accident_type"),
        byLevel: groups("derived_level"),
        ...yearlyTotals(included, current, hasLevel),
      },
    });
  } else {
    const reportDate = options.reportDate ?? periodToMonthEnd(latest).end;
    const counted = included.filter((r) => r.date === undefined || r.date <= reportDate);
    const byRegion = new Map<string, Record[]>();
    for (const r of counted) {
      const key = keyOf(r, "region");
      byRegion.set(key, [...(byRegion.get(key) ?? []), r]);
    }
    out.ledgers.push({
      ...common,
      subtype,
      hazards: {
        reportDate,
        total: hazardTotals(counted, reportDate),
        byRegion: [...byRegion].map(([key, rs]) => ({ key, totals: hazardTotals(rs, reportDate) })),
      },
    });
  }
  return out;
}

function findHeader(sheet: SheetSnapshot): { rowIndex: number; columns: Column[]; subtype: "accident" | "hazard" } | undefined {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.values.length); i++) {
    const row = sheet.values[i] ?? [];
    const columns: Column[] = [];
    row.forEach((cell, j) => {
      const field = ledgerFieldOf(cell);
      if (!field) return;
      const header = String(cell).replace(/\s+/g, "");
      columns.push({ column: sheet.originColumn + j, header, field, confidence: field === "other" ? 0.3 : 0.9 });
    });
    const fields = new Set(columns.map((c) => c.field));
    if (!fields.has("date") || columns.filter((c) => c.field !== "other").length < 5) continue;
    const accident = ACCIDENT_MARKERS.filter((f) => fields.has(f)).length;
    const hazard = HAZARD_MARKERS.filter((f) => fields.has(f)).length;
    if (accident >= 2 && accident >= hazard) return { rowIndex: i, columns: dedupe(columns), subtype: "accident" };
    if (hazard >= 2) return { rowIndex: i, columns: dedupe(columns), subtype: "hazard" };
  }
  return undefined;
}

/** A field named twice keeps its first column; later ones become "other". */
function dedupe(columns: Column[]): Column[] {
  const seen = new Set<LedgerField>();
  return columns.map((c) => {
    if (c.field === "other" || !seen.has(c.field)) {
      seen.add(c.field);
      return c;
    }
    return { ...c, field: "other", confidence: 0.3 };
  });
}

function isExcluded(raw: unknown): boolean {
  return typeof raw === "string" && /^(否|不|n|no|false)/i.test(raw.normalize("NFKC").trim());
}

/** A text date read once per distinct text: ledgers repeat the same days many times. */
function readDateOnce(raw: unknown, seen: Map<string, ReturnType<typeof readDate>>): ReturnType<typeof readDate> {
  if (typeof raw !== "string") return readDate(raw);
  if (seen.has(raw)) return seen.get(raw);
  const date = readDate(raw);
  seen.set(raw, date);
  return date;
}

/** Group keys by field and cell text; regions and industries repeat in every row. */
const KEY_MEMO = new Map<LedgerField, Map<string, string>>();
const KEY_MEMO_LIMIT = 50000;

function keyOf(r: Record, field: LedgerField): string {
  const raw = r.values.get(field);
  if (typeof raw !== "string") return uncachedKeyOf(r, field);
  let memo = KEY_MEMO.get(field);
  if (!memo) {
    memo = new Map();
    KEY_MEMO.set(field, memo);
  }
  let key = memo.get(raw);
  if (key === undefined) {
    key = uncachedKeyOf(r, field);
    if (memo.size >= KEY_MEMO_LIMIT) memo.clear();
    memo.set(raw, key);
  }
  return key;
}

function uncachedKeyOf(r: Record, field: LedgerField): string {
  const raw = r.values.get(field);
  const text = raw === undefined || raw === null ? "" : String(raw).normalize("NFKC").replace(/\s+/g, "");
  if (field === "region") return matchRegion(text)?.region ?? (text || "（未填）");
  return text || "（未填）";
}

function num(r: Record, field: LedgerField): number {
  const reading = readCell(r.values.get(field));
  return reading.kind === "number" ? reading.value : 0;
}

function levelOf(r: Record, hasLevel: boolean): string {
  // Without a level column the "given" level is blank, so both calls agree and one cache serves.
  return (r.level ??= uncachedLevelOf(r, hasLevel));
}

function uncachedLevelOf(r: Record, hasLevel: boolean): string {
  const given = hasLevel ? keyOf(r, "level") : "";
  if (given && given !== "（未填）") return given.replace(/事故$/, "");
  return accidentLevel(num(r, "deaths") + num(r, "missing"), num(r, "serious_injured"), num(r, "direct_loss"));
}

/** The accident totals of the current window in each year the ledger covers, when there are 3 or more. */
function yearlyTotals(records: readonly Record[], current: DateRange, hasLevel: boolean): { byYear?: { period: DateRange; totals: AccidentTotals }[] } {
  let earliest: string | undefined;
  for (const r of records) if (r.date !== undefined && (earliest === undefined || r.date < earliest)) earliest = r.date;
  const windows = yearlyWindows(current, earliest);
  if (windows.length < 3) return {};
  return {
    byYear: windows.map((period) => ({
      period,
      totals: accidentTotals(
        records.filter((r) => r.date !== undefined && r.date >= period.start && r.date <= period.end),
        hasLevel,
      ),
    })),
  };
}

function accidentTotals(records: readonly Record[], hasLevel: boolean): AccidentTotals {
  return {
    accidents: records.length,
    deaths: exactTotal(records, (f) => f.deaths),
    missing: exactTotal(records, (f) => f.missing),
    injured: exactTotal(records, (f) => f.injured),
    seriousInjured: exactTotal(records, (f) => f.seriousInjured),
    // Integer units divided once: the float nearest the decimal sum, as exactSum gives.
    directLoss: records.every((r) => figuresOf(r).lossUnits !== undefined)
      ? exactTotal(records, (f) => f.lossUnits ?? 0) / LOSS_SCALE
      : exactSum(records.map((r) => figuresOf(r).directLoss)),
    largerOrAbove: records.filter((r) => isLargerOrAbove(levelOf(r, hasLevel))).length,
  };
}

function groupTotals(
  current: readonly Record[],
  previous: readonly Record[],
  key: (r: Record) => string,
): { key: string; current: AccidentTotals; previous: AccidentTotals }[] {
  // One pass into buckets (first-seen key order), not one filter per key.
  const buckets = new Map<string, { current: Record[]; previous: Record[] }>();
  const bucketOf = (k: string) => {
    let bucket = buckets.get(k);
    if (!bucket) {
      bucket = { current: [], previous: [] };
      buckets.set(k, bucket);
    }
    return bucket;
  };
  for (const r of current) bucketOf(key(r)).current.push(r);
  for (const r of previous) bucketOf(key(r)).previous.push(r);
  return [...buckets].map(([k, bucket]) => ({
    key: k,
    current: accidentTotals(bucket.current, true),
    previous: accidentTotals(bucket.previous, true),
  }));
}

type Status = "rectified" | "inProgress" | "notStarted";

function statusOf(r: Record): Status {
  const text = String(r.values.get("status") ?? "")
    .normalize("NFKC")
    .trim();
  if (/未整改|未开始|未完成|未落实/.test(text)) return "notStarted";
  if (/整改中|正在|进行中|推进/.test(text)) return "inProgress";
  if (/已整改|已完成|完成|销号|已验收|已落实/.test(text)) return "rectified";
  return readDate(r.values.get("done_date")) ? "rectified" : "notStarted";
}

function hazardTotals(records: readonly Record[], reportDate: string): HazardTotals {
  const status = records.map(statusOf);
  const major = records.map((r) => /重大/.test(String(r.values.get("level") ?? "")));
  return {
    found: records.length,
    rectified: status.filter((s) => s === "rectified").length,
    inProgress: status.filter((s) => s === "inProgress").length,
    notStarted: status.filter((s) => s === "notStarted").length,
    overdue: records.filter((r, i) => {
      const deadline = readDate(r.values.get("deadline"));
      return status[i] !== "rectified" && deadline !== undefined && deadline.iso < reportDate;
    }).length,
    majorFound: major.filter(Boolean).length,
    majorRectified: records.filter((_, i) => major[i] && status[i] === "rectified").length,
    funds: exactSum(records.map((r) => num(r, "funds"))),
  };
}
