/**
 * The reader's entry point: every chosen sheet of a workbook snapshot → tables, ledgers,
 * arithmetic findings (核对), anomalies and diagnostics. Never throws.
 */
import { NO_ROWS, type ClaimedRows } from "../model/rowRange";
import type { SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { applyTableOverrides } from "./applyOverrides";
import { checkTables, readSheetLedgers, type SheetLedgers } from "./collaborators";
import type { Anomaly, Diagnostic, Finding, LedgerModel, ReaderOverrides, SheetGroup, TableModel, WorkbookModel } from "./model";
import { readTables } from "./readTables";
import { groupSheets } from "./sheetGroups";
import { fieldsBesideAWhole } from "./titleScope";
import { MESSAGES } from "../messages";
import { placesOfLatestYear } from "../facts/rowPeriods";

/** Options of `readWorkbook`. */
export interface ReadWorkbookOptions {
  /** The user's corrections, remembered per workbook. */
  readonly overrides?: ReaderOverrides;
  /** The report date (yyyy-mm-dd) for hazard ledgers' overdue counts; today when absent. */
  readonly reportDate?: string;
  /**
   * Ledgers already read, by sheet name, as the sheets streamed (the command line, with the same
   * overrides and report date): taken as they are; the snapshot's rows they claim are blank.
   */
  readonly ledgersRead?: ReadonlyMap<string, SheetLedgers>;
}

/** A part of a sheet that could not be read: said in the catalogue's words, never the exception's. */
function failure(sheet: string, what: "tables" | "ledgers"): Diagnostic {
  return {
    severity: "error",
    sheet,
    message: MESSAGES.reader.sheetReadFailed(sheet, what),
  };
}

function readSheet(
  sheet: SheetSnapshot,
  options: ReadWorkbookOptions & { fileName?: string },
  out: { tables: TableModel[]; ledgers: LedgerModel[]; anomalies: Anomaly[]; diagnostics: Diagnostic[] },
): void {
  let claimed: ClaimedRows = NO_ROWS;
  try {
    const ledgers = options.ledgersRead?.get(sheet.name) ?? readSheetLedgers(sheet, options);
    out.ledgers.push(...ledgers.ledgers);
    out.anomalies.push(...ledgers.anomalies);
    out.diagnostics.push(...ledgers.diagnostics);
    claimed = ledgers.claimedRows;
  } catch {
    out.diagnostics.push(failure(sheet.name, "ledgers"));
  }
  try {
    const read = readTables(sheet, { claimedRows: claimed, ...(options.fileName ? { fileName: options.fileName } : {}) });
    out.tables.push(...read.tables.map((t) => applyTableOverrides(t, options.overrides)));
    out.anomalies.push(...read.anomalies);
    out.diagnostics.push(...read.diagnostics);
  } catch {
    out.diagnostics.push(failure(sheet.name, "tables"));
  }
}

/**
 * Reads a workbook snapshot: the ledgers first (rows they claim are not read again as tables),
 * then the tables, then the workbook's own arithmetic is checked.
 *
 * @param snapshot the sheets the user chose
 * @param options overrides and the report date
 * @returns the model: tables, ledgers, findings, anomalies and diagnostics
 * @example readWorkbook({ sheets: [layoutA] }).tables[0].id // "事故分县统计!A3:J15"
 */
export function readWorkbook(snapshot: WorkbookSnapshot, options: ReadWorkbookOptions = {}): WorkbookModel {
  const out = { tables: [] as TableModel[], ledgers: [] as LedgerModel[], anomalies: [] as Anomaly[], diagnostics: [] as Diagnostic[] };
  const skip = new Set(options.overrides?.skipSheets ?? []);
  const sheets = Array.isArray(snapshot?.sheets) ? snapshot.sheets : [];
  if (sheets.length === 0) {
    out.diagnostics.push({ severity: "error", sheet: "", message: MESSAGES.reader.noSheets });
  }
  for (const sheet of sheets) {
    if (skip.has(sheet.name)) continue;
    if (!sheet || !Array.isArray(sheet.values)) {
      out.diagnostics.push({
        severity: "error",
        sheet: sheet?.name ?? "",
        message: MESSAGES.reader.sheetValuesMissing,
      });
      continue;
    }
    readSheet(sheet, { ...options, ...(snapshot.name ? { fileName: snapshot.name } : {}) }, out);
  }
  // Sheets of one form, one per county, are one table by county (sheetGroups.ts).
  const { tables, groups, diagnostics: groupWords } = groupSheets(fieldsBesideAWhole(out.tables));
  out.diagnostics.push(...groupWords);
  // Places below a run of years are read as the latest year's (facts/rowPeriods.ts, the one rule): the sheet does not write it, so a note says so.
  out.diagnostics.push(...tables.flatMap(placesOfLatestYear));
  let findings: Finding[] = [];
  try {
    findings = checkTables(tables, out.ledgers, snapshot.name, groups);
  } catch {
    // Never "no inconsistencies" about arithmetic that was not checked: the failure is a finding.
    findings = [
      { kind: "not_checked", severity: "error", sheet: "", cell: "", sources: [], stated: null, recomputed: null, message: MESSAGES.reader.checksFailed },
    ];
  }
  return {
    tables,
    ledgers: out.ledgers,
    ...(groups.length ? { sheetGroups: groups as readonly SheetGroup[] } : {}),
    findings,
    anomalies: out.anomalies,
    diagnostics: out.diagnostics,
  };
}
