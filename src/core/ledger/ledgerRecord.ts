/**
 * One ledger record: a view on the sheet's own row (not a copy: 100,000 Maps would keep the
 * collector busy), its date, and its figures, level and group keys, each read once.
 */
import { exactSum } from "../numbers/decimal";
import { readCell } from "../numbers/readCell";
import { matchRegion } from "../registry/regions";
import type { LedgerField } from "../reader/model";
import { accidentLevel } from "./accidentLevel";

/** A ledger column: where it is, its header as written, and the field it was read as. */
export interface LedgerColumn {
  column: number;
  header: string;
  field: LedgerField;
  confidence: number;
}

/** The cells of one record, looked up by field. */
export class RowView {
  constructor(
    private readonly cells: readonly unknown[],
    private readonly index: ReadonlyMap<LedgerField, number>,
  ) {}

  get(field: LedgerField): unknown {
    const column = this.index.get(field);
    return column === undefined ? undefined : this.cells[column];
  }
}

/** The accident figures of a record, read once (a fixed shape: summed for every group). */
export interface Figures {
  readonly deaths: number;
  readonly missing: number;
  readonly injured: number;
  readonly seriousInjured: number;
  readonly directLoss: number;
  /** The loss in 0.0001 万元 when it has at most 4 decimals (exact integer sums); else undefined. */
  readonly lossUnits: number | undefined;
}

/** One row of a ledger. */
export interface LedgerRecord {
  row: number;
  date?: string;
  values: RowView;
  /** The level, given or derived, worked out once. */
  level?: string;
  figures?: Figures;
}

/** What a group key shows when the cell is blank. */
export const UNFILLED_KEY = "（未填）";

/** Losses are summed as integers of 0.0001 万元. */
export const LOSS_SCALE = 1e4;

/** Below 1e10 floats are far finer than 0.0001, so a 4-decimal value round-trips exactly. */
function unitsOf(value: number): number | undefined {
  if (!(Math.abs(value) < 1e10)) return undefined;
  const units = Math.round(value * LOSS_SCALE);
  return units / LOSS_SCALE === value ? units : undefined;
}

/** A figure of the record, 0 when blank or not a number. */
export function num(r: LedgerRecord, field: LedgerField): number {
  const reading = readCell(r.values.get(field));
  return reading.kind === "number" ? reading.value : 0;
}

/** The record's accident figures, read on first use. */
export function figuresOf(r: LedgerRecord): Figures {
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
export function exactTotal(records: readonly LedgerRecord[], figure: (f: Figures) => number): number {
  let total = 0;
  for (const r of records) {
    const value = figure(figuresOf(r));
    if (!Number.isSafeInteger(value)) return exactSum(records.map((x) => figure(figuresOf(x))));
    total += value;
  }
  return Number.isSafeInteger(total) ? total : exactSum(records.map((x) => figure(figuresOf(x))));
}

/** Whether 是否纳入统计 says the record is left out (否, 不, no, false). */
export function isExcluded(raw: unknown): boolean {
  return typeof raw === "string" && /^(否|不|n|no|false)/i.test(raw.normalize("NFKC").trim());
}

/**
 * Group keys by field and cell text, for one ledger read: regions and industries repeat in every
 * row. It lives as long as the read that made it, so no state outlives a call.
 */
export class KeyMemo {
  private readonly byField = new Map<LedgerField, Map<string, string>>();

  /** The group key of the record's cell in this field (a region's registry name, or the cleaned text). */
  keyOf(r: LedgerRecord, field: LedgerField): string {
    const raw = r.values.get(field);
    if (typeof raw !== "string") return uncachedKeyOf(raw, field);
    let memo = this.byField.get(field);
    if (!memo) this.byField.set(field, (memo = new Map()));
    let key = memo.get(raw);
    if (key === undefined) memo.set(raw, (key = uncachedKeyOf(raw, field)));
    return key;
  }

  /** The record's level: stated, or derived from deaths, serious injuries and loss (条例 thresholds). */
  levelOf(r: LedgerRecord, hasLevel: boolean): string {
    // Without a level column the "given" level is blank, so every call agrees and one cache serves.
    if (r.level !== undefined) return r.level;
    const given = hasLevel ? this.keyOf(r, "level") : "";
    r.level =
      given && given !== UNFILLED_KEY
        ? given.replace(/事故$/, "")
        : accidentLevel(num(r, "deaths") + num(r, "missing"), num(r, "serious_injured"), num(r, "direct_loss"));
    return r.level;
  }
}

function uncachedKeyOf(raw: unknown, field: LedgerField): string {
  const text = raw === undefined || raw === null ? "" : String(raw).normalize("NFKC").replace(/\s+/g, "");
  if (field === "region") return matchRegion(text)?.region ?? (text || UNFILLED_KEY);
  return text || UNFILLED_KEY;
}
