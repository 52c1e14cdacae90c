/** Finding a ledger: a header row in the first rows whose vocabulary says accident or hazard ledger. */
import type { SheetSnapshot } from "../model/snapshot";
import type { LedgerField } from "../reader/model";
import { ledgerFieldOf } from "./ledgerFields";
import type { LedgerColumn } from "./ledgerRecord";

const ACCIDENT_MARKERS: readonly LedgerField[] = ["deaths", "injured", "accident_type", "direct_loss", "missing"];
const HAZARD_MARKERS: readonly LedgerField[] = ["status", "deadline", "done_date", "listed"];
/** A ledger's header is among the first rows of its sheet (after a title, a unit line …). */
export const HEADER_SEARCH_ROWS = 12;

/** A ledger's header row (index into the snapshot's values), its columns and kind. */
export interface LedgerHeader {
  readonly rowIndex: number;
  readonly columns: LedgerColumn[];
  readonly subtype: "accident" | "hazard";
}

/**
 * Whether one row is a ledger header: a date column and at least five known fields, two of which
 * mark an accident (死亡, 受伤, 事故类型 …) or a hazard ledger (整改状态, 整改期限 …).
 *
 * @param row the row's cells
 * @param rowIndex its index in the snapshot's values
 * @param originColumn the sheet column of its first cell
 * @returns the header, or undefined
 * @example ledgerHeaderOf(["序号", "事故发生时间", "县（市）", …], 2, 0)?.subtype // "accident"
 */
export function ledgerHeaderOf(row: readonly unknown[], rowIndex: number, originColumn: number): LedgerHeader | undefined {
  const columns: LedgerColumn[] = [];
  row.forEach((cell, j) => {
    const field = ledgerFieldOf(cell);
    if (!field) return;
    const header = String(cell).replace(/\s+/g, "");
    columns.push({ column: originColumn + j, header, field, confidence: field === "other" ? 0.3 : 0.9 });
  });
  const fields = new Set(columns.map((c) => c.field));
  if (!fields.has("date") || columns.filter((c) => c.field !== "other").length < 5) return undefined;
  const accident = ACCIDENT_MARKERS.filter((f) => fields.has(f)).length;
  const hazard = HAZARD_MARKERS.filter((f) => fields.has(f)).length;
  if (accident >= 2 && accident >= hazard) return { rowIndex, columns: dedupe(columns), subtype: "accident" };
  if (hazard >= 2) return { rowIndex, columns: dedupe(columns), subtype: "hazard" };
  return undefined;
}

/**
 * The ledger header of a sheet: the first of its first rows that is one ({@link ledgerHeaderOf}).
 *
 * @example findLedgerHeader(accidentLedgerSheet)?.subtype // "accident"
 */
export function findLedgerHeader(sheet: SheetSnapshot): LedgerHeader | undefined {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.values.length); i++) {
    const header = ledgerHeaderOf(sheet.values[i] ?? [], i, sheet.originColumn);
    if (header) return header;
  }
  return undefined;
}

/** A field named twice keeps its first column; later ones become "other". */
function dedupe(columns: LedgerColumn[]): LedgerColumn[] {
  const seen = new Set<LedgerField>();
  return columns.map((c) => {
    if (c.field === "other" || !seen.has(c.field)) {
      seen.add(c.field);
      return c;
    }
    return { ...c, field: "other", confidence: 0.3 };
  });
}
