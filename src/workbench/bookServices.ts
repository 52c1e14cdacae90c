/**
 * The pane's services in the workbench when the book worker holds the file: Detect and Generate
 * read and plan in the worker (bookClient.ts) instead of on the page. Only sheets the pane changed
 * since the file was opened are read through the host and sent along; the others the worker has.
 * The summary is written into the host with the values the planner computed for its formulas, so
 * the host calculates nothing over the ledger (recalc.ts).
 */
import { formulaValues } from "../core/summary/formulaValues";
import type { SummaryPlanner } from "../excel/generateSummary";
import { readWorkbookSnapshot, type ReadReport } from "../excel/readWorkbook";
import { inspectSheets } from "../excel/writeSummary";
import type { ExcelRunner } from "../taskpane/excel/excelServices";
import type { PaneServices } from "../taskpane/services";
import type { ExcelHost } from "../host/excelHost";
import type { BookClient } from "./worker/bookClient";
import type { SheetsToRead } from "./worker/protocol";
import type { PaneWrites } from "./paneWrites";

/** The worker and the host of the opened workbook. */
export interface OpenBook {
  readonly client: BookClient;
  /** The host, once the file is open. */
  readonly host: () => ExcelHost | undefined;
  /** What the pane wrote into it, for 下载汇总工作簿. */
  readonly writes?: PaneWrites;
  /** Stops a Detect or Generate that is reading or planning in the worker (BookClient.cancel); whether one was. */
  readonly cancel?: () => boolean;
}

/** The sheets to read: by name, with those the worker cannot have as they are now read through the host. */
async function sheetsToRead(context: Excel.RequestContext, book: OpenBook, names: readonly string[], report?: ReadReport): Promise<SheetsToRead> {
  const edited = book.host()?.recalc.edited ?? new Set<string>();
  const stale = names.filter((name) => edited.has(name.toLowerCase()) || !book.client.hasSheet(name));
  const read = stale.length ? await readWorkbookSnapshot(context, { sheetNames: stale, withNumberFormats: true }, report) : { sheets: [] };
  return { names, changed: read.sheets };
}

/**
 * The summary planner that plans in the worker and gives the host the plan's formula values.
 *
 * @param book the opened book
 * @returns a planner for generateSummary
 */
export function bookPlanner(book: OpenBook): SummaryPlanner {
  return async (context, dataSheets, options, overrides, onProgress) => {
    const report: ReadReport = { syncs: 0, chunks: 0 };
    const sheets = await sheetsToRead(context, book, dataSheets, report);
    onProgress({ step: "planning" });
    const result = await book.client.plan(sheets, overrides ?? {}, options);
    book.writes?.summaryPlanned(result.plan);
    book.host()?.primeFormulaValues(formulaValues(result.plan));
    return { ...result, report };
  };
}

/**
 * The pane's services with Detect and Generate done in the worker.
 *
 * @param services the Office.js services over the host (Generate's planner already {@link bookPlanner})
 * @param book the opened book
 * @param run the host's runner
 * @returns the same services, Detect reading in the worker, Generate ending the host's priming and
 *   keeping what it wrote for the download
 */
export function bookServices(services: PaneServices, book: OpenBook, run: ExcelRunner): PaneServices {
  return {
    ...services,
    ...(book.cancel ? { cancel: book.cancel } : {}),
    detect: async (overrides) => {
      const sheets = await run(async (context) => {
        const { inventory } = await inspectSheets(context);
        const names = inventory.visible.filter((name) => !inventory.own.includes(name));
        return sheetsToRead(context, book, names);
      });
      const model = await book.client.detect(sheets, overrides);
      return { model, sheetNames: sheets.names };
    },
    generate: async (options, overrides, onProgress) => {
      try {
        const result = await services.generate(options, overrides, onProgress);
        book.writes?.summaryWritten(options.mode === "replace");
        return result;
      } finally {
        book.writes?.summaryDropped();
        book.host()?.endPriming();
      }
    },
  };
}
