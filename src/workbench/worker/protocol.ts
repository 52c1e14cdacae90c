/**
 * The messages between the workbench page and its book worker (bookWorker.ts), which opens the
 * file and runs the reader and the planner so the page never waits on them. Plain data only:
 * every message goes through structured clone.
 */
import type { SheetSnapshot } from "../../core/model/snapshot";
import type { SummaryOfSnapshot } from "../../core/pipeline/summaryFromSnapshot";
import type { ReaderOverrides, WorkbookModel } from "../../core/reader/model";
import type { SummaryOptionsInput } from "../../core/summary/options";
import type { SheetData } from "../../xlsx/workbookData";

/** A sheet of the opened file without its cells (they follow in row messages). */
export type SheetHead = Omit<SheetData, "values" | "formulas" | "numberFormats"> & { readonly rows: number; readonly columns: number };

/** Rows of one sheet: values for each row; formulas and formats only for rows that have any. */
export interface RowChunk {
  readonly sheet: number;
  readonly start: number;
  readonly values: unknown[][];
  /** [row, the row's formulas] for rows holding a formula. */
  readonly formulas: [number, unknown[]][];
  /** [row, the row's number formats] for rows with a format other than General. */
  readonly formats: [number, string[]][];
}

/**
 * The sheets the reader should see, as the pane would read them from the host: by name, in tab
 * order; the worker has the unchanged ones (as the file gave them), the others come with the request.
 */
export interface SheetsToRead {
  readonly names: readonly string[];
  readonly changed: readonly SheetSnapshot[];
}

/** A request from the page. */
export type BookRequest =
  /** quiet: the page has the sheets already (a reopen after a cancel); send no sheets or rows. */
  | { readonly kind: "open"; readonly id: number; readonly bytes: ArrayBuffer; readonly name: string; readonly quiet?: boolean }
  | { readonly kind: "detect"; readonly id: number; readonly sheets: SheetsToRead; readonly overrides: ReaderOverrides; readonly reportDate?: string }
  | {
      readonly kind: "plan";
      readonly id: number;
      readonly sheets: SheetsToRead;
      readonly overrides: ReaderOverrides;
      readonly options: SummaryOptionsInput;
      readonly reportDate?: string;
    };

/**
 * What the reader and the planner gave: core's one pipeline's result (model, plan, 核对 for the pane,
 * source sheets) without the facts, which the page never needs.
 */
export type PlanResult = Omit<SummaryOfSnapshot, "facts">;

/** A message from the worker. */
export type BookMessage =
  | { readonly kind: "progress"; readonly id: number; readonly fraction: number }
  | { readonly kind: "sheet"; readonly id: number; readonly head: SheetHead }
  | { readonly kind: "rows"; readonly id: number; readonly chunk: RowChunk }
  | { readonly kind: "opened"; readonly id: number; readonly name: string; readonly xlsx: ArrayBuffer; readonly needsCalculation: boolean }
  | { readonly kind: "detected"; readonly id: number; readonly model: WorkbookModel }
  | { readonly kind: "planned"; readonly id: number; readonly result: PlanResult }
  | { readonly kind: "failed"; readonly id: number; readonly error: FailureFields };

/** What the page needs of an error to show it as the pane would (toPaneError reads these fields). */
export interface FailureFields {
  readonly message: string;
  readonly code?: string;
  readonly bilingual?: unknown;
  readonly userMessage?: unknown;
}
