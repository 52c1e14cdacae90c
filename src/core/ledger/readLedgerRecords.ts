/**
 * Reading a ledger's records: every non-blank row below the header until a note, signature or
 * total row, each with its date read from any of the forms bureaus type (text dates are noted).
 */
import { cellAddress, rangeAddress } from "../model/address";
import type { SheetSnapshot } from "../model/snapshot";
import type { Anomaly, LedgerField } from "../reader/model";
import { readDate } from "./dates";
import type { LedgerHeader } from "./findLedgerHeader";
import { RowView, type LedgerRecord } from "./ledgerRecord";
import { MESSAGES } from "../messages";

/** Text dates noted cell by cell; the rest are counted in one summary note. */
const CELL_ANOMALY_LIMIT = 200;

/** The records of a ledger, the index of its last row in the snapshot, and what was noted on the way. */
export interface LedgerRecords {
  readonly records: LedgerRecord[];
  readonly lastIndex: number;
  readonly anomalies: Anomaly[];
}

/** A text date read once per distinct text: ledgers repeat the same days many times. */
function readDateOnce(raw: unknown, seen: Map<string, ReturnType<typeof readDate>>): ReturnType<typeof readDate> {
  if (typeof raw !== "string") return readDate(raw);
  if (seen.has(raw)) return seen.get(raw);
  const date = readDate(raw);
  seen.set(raw, date);
  return date;
}

/**
 * Reads the records under a ledger header.
 *
 * @example readLedgerRecords(sheet, findLedgerHeader(sheet)!).records.length // 73
 */
export function readLedgerRecords(sheet: SheetSnapshot, header: LedgerHeader): LedgerRecords {
  const { rowIndex, columns } = header;
  const anomalies: Anomaly[] = [];
  const dateColumn = columns.find((c) => c.field === "date");
  const records: LedgerRecord[] = [];
  let lastIndex = rowIndex;
  let textDates = 0;
  const fieldIndex = new Map<LedgerField, number>();
  for (const c of columns) fieldIndex.set(c.field, c.column - sheet.originColumn);
  const seenDates = new Map<string, ReturnType<typeof readDate>>();
  for (let i = rowIndex + 1; i < sheet.values.length; i++) {
    const row = sheet.values[i];
    if (!row || row.every((v) => v === "" || v === null || v === undefined)) continue;
    const first = String(row[columns[0].column - sheet.originColumn] ?? "").trim();
    if (/^(注|说明|填表人|审核人|合计|总计)/.test(first)) break;
    const record: LedgerRecord = { row: sheet.originRow + i, values: new RowView(row, fieldIndex) };
    if (dateColumn) {
      const raw = row[dateColumn.column - sheet.originColumn];
      const date = readDateOnce(raw, seenDates);
      const cell = cellAddress(record.row, dateColumn.column);
      if (date) {
        record.date = date.iso;
        if (date.fromText && ++textDates <= CELL_ANOMALY_LIMIT) {
          anomalies.push({
            kind: "date-text",
            sheet: sheet.name,
            cell,
            message: MESSAGES.ledger.dateAsText(String(raw), date.iso),
          });
        }
      } else if (raw !== "" && raw !== null && raw !== undefined) {
        anomalies.push({
          kind: "unreadable-cell",
          sheet: sheet.name,
          cell,
          message: MESSAGES.ledger.unreadableDate(String(raw)),
        });
      }
    }
    records.push(record);
    lastIndex = i;
  }
  if (dateColumn && textDates > CELL_ANOMALY_LIMIT) {
    // Past the limit one summary stands for the rest: 70,000 notes would bury the others.
    const more = textDates - CELL_ANOMALY_LIMIT;
    const headerRow = sheet.originRow + rowIndex;
    anomalies.push({
      kind: "date-text",
      sheet: sheet.name,
      cell: rangeAddress(headerRow + 1, dateColumn.column, sheet.originRow + lastIndex - headerRow, 1),
      message: MESSAGES.ledger.moreTextDates(more),
    });
  }
  return { records, lastIndex, anomalies };
}
