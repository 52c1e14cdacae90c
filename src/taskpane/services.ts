/**
 * What the task pane asks of its host. The pane's components talk only to this interface:
 * in Excel it is backed by Office.js batches run through `runExcel` (see `excelServices.ts`);
 * in the workbench the same batches run against the in-memory host; in jsdom tests it is faked.
 */
import type { Bilingual, Finding, ReaderOverrides, WorkbookModel } from "../core/reader/model";
import type { PaneOptions } from "./options";

/** What Detect shows. */
export interface DetectResult {
  readonly model: WorkbookModel;
  /** The workbook's sheet names, in tab order. */
  readonly sheetNames: readonly string[];
}

/** One step of the summary flow, as reported by the progress callback. */
export interface ProgressStep {
  readonly phase: "reading" | "planning" | "writing" | "done";
  /** 0 to 1 over the whole flow. */
  readonly fraction: number;
  /** Extra detail, e.g. "2/5" for the reading chunk, where known. */
  readonly detail?: string;
}

/** What Generate shows when the summary was written. */
export interface GenerateResult {
  /** The new (or replaced) summary sheet's name. */
  readonly sheetName: string;
  /** The 综述 paragraph as written into the sheet. */
  readonly narrative: string;
  /** The 核对 findings, each with the source cell to select. */
  readonly findings: readonly Finding[];
  /** Without findings: what was checked, or that nothing was recognised and nothing checked. */
  readonly verdict?: Bilingual;
  /** Per ledger, how its rows were used (台账“…”共N行：计入统计M行…), shown under the 核对 heading. */
  readonly ledgerRows?: readonly Bilingual[];
  /** Extra notes from the writer (e.g. a section left out for lack of data). */
  readonly notes?: readonly Bilingual[];
  /** The sheets the summary was read from (tables and ledgers), watched for edits afterwards. */
  readonly sourceSheets?: readonly string[];
}

/** A county return the user picked, read in the page. */
export interface ReturnFile {
  readonly name: string;
  /** When the file was last changed (ms): the later of two returns for one county wins. */
  readonly modified: number;
  readonly bytes: Uint8Array;
}

/** What 合并各县报表 shows when the consolidation was written. */
export interface ConsolidateResult {
  /** The sheets written, the summary first. */
  readonly sheets: readonly string[];
  /** How many counties were summed, and the period. */
  readonly counted: number;
  readonly period?: string;
  /** Counties of the known prefecture with no return. */
  readonly missing: readonly string[];
  /** Every reconciliation made (units, periods, duplicates, files not read), in the pane's language. */
  readonly notes: readonly string[];
}

/** The report the pane made, ready to download. */
export interface ReportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Figures in the text, how many trace to source cells, how many are to be confirmed. */
  readonly figures: number;
  readonly traced: number;
  readonly toConfirm: number;
}

/** An edit to a source sheet after a summary was generated. */
export interface SourceChange {
  readonly sheet: string;
  /** The changed range's A1 address, without the sheet. */
  readonly address: string;
}

/** The operations the pane needs from Excel (or from a stand-in). Every method may reject. */
export interface PaneServices {
  /** Reads the workbook with the given corrections applied. */
  detect(overrides: ReaderOverrides): Promise<DetectResult>;
  /** Writes the summary sheet, reporting each real step. */
  generate(options: PaneOptions, overrides: ReaderOverrides, onProgress: (step: ProgressStep) => void): Promise<GenerateResult>;
  /** Activates a sheet. */
  activateSheet(sheetName: string): Promise<void>;
  /** Activates a sheet and selects a cell or range (A1 text without the sheet). */
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Writes a formula into the selected cell (top-left of the selection); resolves to its address. */
  insertFormula(formula: string): Promise<string>;
  /**
   * Reports the next edit to one of these sheets, once (Worksheet.onChanged, ExcelApi 1.7).
   * Resolves to false where change events are not available. Absent: the pane never offers a refresh.
   */
  watchSources?(sheetNames: readonly string[], onChange: (change: SourceChange) => void): Promise<boolean>;
  /** Stops reporting edits until the next watchSources (while the summary is rewritten). */
  pauseWatch?(): void;
  /** Reads county returns and writes their consolidation into new sheets. Absent: the pane offers no consolidation. */
  consolidate?(files: readonly ReturnFile[], options: PaneOptions): Promise<ConsolidateResult>;
  /** Why the BUREAU functions cannot run in this host's cells (WPS before 12.1.0.20540); the Functions tab says so. */
  readonly functionsUnavailable?: Bilingual;
  /**
   * Stops a Detect or Generate that is still reading or planning (the workbench: its worker); the
   * stopped call rejects with a cancellation and nothing is written. Returns whether anything was
   * stopped. Absent: the pane offers no Cancel (Excel plans on the pane's own thread).
   */
  cancel?(): boolean;
  /** Reads the workbook and writes its report as a .docx (not into the workbook). Absent: the pane offers no report. */
  report?(options: PaneOptions, overrides: ReaderOverrides): Promise<ReportFile>;
}
