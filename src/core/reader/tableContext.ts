/** The per-sheet state the table-reading steps share, and how they record an anomaly. */
import { cellAddress } from "../model/address";
import type { ClaimedRows } from "../model/rowRange";
import type { Anomaly, AnomalyKind, Diagnostic } from "./model";
import { type RowKind } from "./rowKinds";
import { type SheetGrid } from "./sheetGrid";
import type { Message } from "../messages";

/** Per-sheet state shared by the steps below. */
export interface Context {
  readonly grid: SheetGrid;
  /** The band of columns being read (tables side by side are read band by band). */
  readonly left: number;
  readonly right: number;
  readonly name: string;
  readonly kinds: RowKind[];
  readonly anomalies: Anomaly[];
  readonly diagnostics: Diagnostic[];
  readonly claimed: ClaimedRows;
  /** The workbook's file name, where known: a period may be carried only by it ("2005_1-2.xls"). */
  readonly fileName?: string;
}

export function kindAt(ctx: Context, row: number): RowKind {
  return ctx.kinds[row - ctx.grid.top];
}

export function anomaly(ctx: Context, kind: AnomalyKind, row: number, column: number, message: Message): void {
  ctx.anomalies.push({ kind, sheet: ctx.name, cell: cellAddress(row, column), message });
}
