/**
 * The typed model of what the reader found in a workbook: the contract between the reader
 * (`src/core/reader/`), the summary plan (`src/core/summary/`), the task pane and the
 * command line. Everything here is plain, serialisable data (it is saved in document
 * settings and crosses to the task pane), so there are no functions and no classes.
 *
 * Coordinates are 0-based sheet coordinates; addresses are A1 text without the sheet.
 */
import type { ColumnRole, TableModel } from "./tableModel";
import type { LedgerModel } from "./ledgerModel";
import type { Anomaly, Diagnostic, Finding } from "./findingModel";

export type * from "./modelBasics";
export type * from "./tableModel";
export type * from "./ledgerModel";
export type * from "./findingModel";

/** What one sheet of a group stands for: a county (涡阳县) or another reporting unit (市安委会成员单位). */
export interface SheetKey {
  readonly dimension: "region" | "other";
  readonly key: string;
}

/**
 * Tables of one form on several sheets, one per county, and the sheet of the whole when there is
 * one: together one table by county, the parts checked against the whole (checks/sheetGroups.ts).
 */
export interface SheetGroup {
  /** The parts' tables (ids) in sheet order, each with what its sheet stands for. */
  readonly parts: readonly (SheetKey & { readonly table: string })[];
  /** The table (id) of the sheet for the whole (全市, 汇总), if the workbook has one. */
  readonly total?: string;
}

/** Everything read from a workbook. */
export interface WorkbookModel {
  readonly tables: readonly TableModel[];
  readonly ledgers: readonly LedgerModel[];
  /** Sheets of one form that are one table by county (absent when there are none). */
  readonly sheetGroups?: readonly SheetGroup[];
  readonly findings: readonly Finding[];
  readonly anomalies: readonly Anomaly[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Corrections a user made in the task pane; remembered per workbook and applied on the next read. */
export interface ReaderOverrides {
  /** By table id: column → indicator id and role. */
  readonly columns?: Readonly<Record<string, readonly { readonly column: number; readonly indicator?: string; readonly role?: ColumnRole }[]>>;
  /** By table id: the sheet row of the total row. */
  readonly totalRow?: Readonly<Record<string, number>>;
  /** By ledger id: the current period (the previous one is the same dates a year earlier). */
  readonly ledgerPeriod?: Readonly<Record<string, { readonly start: string; readonly end: string }>>;
  /** Every ledger's current period where ledgerPeriod names none: the report period the user gave (`--period`). */
  readonly reportPeriod?: { readonly start: string; readonly end: string };
  /** Sheets to skip. */
  readonly skipSheets?: readonly string[];
}
