/**
 * One ledger record: a view on the sheet's own row (not a copy: 100,000 Maps would keep the
 * collector busy), its date, and its group keys, each read once.
 */
import { readCell } from "../numbers/readCell";
import type { LedgerField } from "../reader/model";
import { keyOfCell } from "./accidentRecords";

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
    // A cell past a short row is blank, as in a dense grid.
    return column === undefined ? undefined : (this.cells[column] ?? "");
  }
}

/** One row of a ledger. */
export interface LedgerRecord {
  row: number;
  date?: string;
  values: RowView;
}

/** A figure of the record, 0 when blank or not a number. */
export function num(r: LedgerRecord, field: LedgerField): number {
  const reading = readCell(r.values.get(field));
  return reading.kind === "number" ? reading.value : 0;
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
    if (typeof raw !== "string") return keyOfCell(raw, field);
    let memo = this.byField.get(field);
    if (!memo) this.byField.set(field, (memo = new Map()));
    let key = memo.get(raw);
    if (key === undefined) memo.set(raw, (key = keyOfCell(raw, field)));
    return key;
  }
}
