/** Finding a ledger: a header row in the first rows whose vocabulary says accident or hazard ledger. */
import type { SheetSnapshot } from "../model/snapshot";
import type { LedgerField } from "../reader/model";
import { ledgerFieldOf } from "./ledgerFields";
import type { LedgerColumn } from "./ledgerRecord";

const ACCIDENT_MARKERS: readonly LedgerField[] = ["deaths", "injured", "accident_type", "direct_loss", "missing"];
const HAZARD_MARKERS: readonly LedgerField[] = ["status", "deadline", "done_date", "listed"];
const HEADER_SEARCH_ROWS = 12;

/** A ledger's header row (index into the snapshot's values), its columns and kind. */
export interface LedgerHeader {
  readonly rowIndex: number;
  readonly columns: LedgerColumn[];
  readonly subtype: "accident" | "hazard";
}

/**
 * The ledger header of a sheet: a row with a date column and at least five known fields, two of
 * which mark an accident (死亡, 受伤, 事故类型 …) or a hazard ledger (整改状态, 整改期限 …).
 *
 * @example findLedgerHeader(accidentLedgerSheet)?.subtype // "accident"
 */
export function findLedgerHeader(sheet: SheetSnapshot): LedgerHeader | undefined {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.values.length); i++) {
    const row = sheet.values[i] ?? [];
    const columns: LedgerColumn[] = [];
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
