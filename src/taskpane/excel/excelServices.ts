/**
 * The pane's services backed by Office.js: every operation is one batch run through the
 * injected runner (`Excel.run` in Office, the in-memory host's `run` in the workbench), so the
 * same code drives real Excel and the simulation.
 */
import type { ConsolidationPlan } from "../../core/consolidate/planConsolidation";
import type { ReaderOverrides } from "../../core/reader/model";
import type { WorkbookSnapshot } from "../../core/model/snapshot";
import { readWorkbook } from "../../core/reader/readWorkbook";
import { quoteSheetName } from "../../core/model/address";
import { createSourceWatcher } from "../../excel/watchSources";
import type { PaneOptions } from "../options";
import type { GenerateResult, PaneServices, ProgressStep } from "../services";

/** Runs one Excel batch, as `Excel.run` does. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the Office-backed services are built from. */
export interface ExcelServiceDeps {
  /** Runs a batch (Excel.run, or the workbench host's runner). */
  readonly run: ExcelRunner;
  /** Reads the sheets as the reader needs them (values, merged areas …) within a batch. */
  readonly readSnapshot: (context: Excel.RequestContext) => Promise<WorkbookSnapshot>;
  /** Reads, plans and writes the summary within a batch, reporting each step. */
  readonly generateSummary: (
    context: Excel.RequestContext,
    options: PaneOptions,
    overrides: ReaderOverrides,
    onProgress: (step: ProgressStep) => void,
  ) => Promise<GenerateResult>;
  /** The report date (yyyy-mm-dd) for the reader; today when absent. */
  readonly reportDate?: string;
  /** Told each consolidation's plan once its sheets are written (the workbench keeps it for its download). */
  readonly onConsolidated?: (plan: ConsolidationPlan) => void;
}

/**
 * Builds the pane's services over Office.js.
 *
 * @param deps the runner, the snapshot reader and the summary flow
 * @returns services for `<App services={…}>`
 * @example createExcelServices({ run: Excel.run, readSnapshot, generateSummary })
 */
export function createExcelServices(deps: ExcelServiceDeps): PaneServices {
  // One watcher per pane: each source sheet gets its onChanged handler once.
  const watcher = createSourceWatcher(deps.run);
  return {
    detect: async (overrides) => {
      const snapshot = await deps.run((context) => deps.readSnapshot(context));
      const model = readWorkbook(snapshot, { overrides, reportDate: deps.reportDate });
      return { model, sheetNames: snapshot.sheets.map((s) => s.name) };
    },
    generate: (options, overrides, onProgress) => deps.run((context) => deps.generateSummary(context, options, overrides, onProgress)),
    activateSheet: (sheetName) =>
      deps.run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).activate();
        await context.sync();
      }),
    selectCell: (sheetName, address) =>
      deps.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      }),
    insertFormula: (formula) =>
      deps.run(async (context) => {
        // The top-left cell of the selection only: never overwrite a whole selected block.
        const cell = context.workbook.getSelectedRange().getCell(0, 0);
        cell.formulas = [[formula]];
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation proxy, loaded below
        const sheet = cell.worksheet;
        cell.load("address");
        sheet.load("name");
        await context.sync();
        const local = cell.address.includes("!") ? cell.address.slice(cell.address.lastIndexOf("!") + 1) : cell.address;
        return `${quoteSheetName(sheet.name)}!${local}`;
      }),
    watchSources: (sheetNames, onChange) => watcher.watch(sheetNames, onChange),
    pauseWatch: () => watcher.pause(),
    report: async (options, overrides) => {
      const snapshot = await deps.run((context) => deps.readSnapshot(context));
      const model = readWorkbook(snapshot, { overrides, reportDate: deps.reportDate });
      // Loaded on first use: the .docx writer is not part of the pane's first load.
      const { paneReport } = await import(/* webpackChunkName: "report-writer" */ "../reportForPane");
      return paneReport(model, options, snapshot.name, new Date());
    },
    consolidate: async (files, options) => {
      // Loaded on first use: the package reader and its XML parser are not part of the pane's first load.
      const [{ consolidateForPane }, { writeConsolidation }] = await Promise.all([
        import(/* webpackChunkName: "consolidate" */ "../consolidateForPane"),
        import(/* webpackChunkName: "consolidate" */ "../../excel/writeConsolidation"),
      ]);
      const write = async (returns: Parameters<typeof writeConsolidation>[1], o: Parameters<typeof writeConsolidation>[2]) => {
        const written = await deps.run((context) => writeConsolidation(context, returns, o));
        deps.onConsolidated?.(written.plan);
        return written;
      };
      return consolidateForPane(write, files, options);
    },
  };
}
