/**
 * The pane's services backed by WPS 表格's ET API, so the same React pane as in Excel runs in a WPS
 * task pane (issue 21, item 2): 识别 reads the sheets the add-in did not make, 生成 runs the one WPS
 * summary flow (src/wps/generateSummary.ts), a 核对 finding selects its cell, edits to the source
 * sheets offer 刷新汇总 (WPS's application-wide SheetChange), 合并各县报表 writes the consolidation
 * through the WPS writer, and the report is written in the page. ET calls are synchronous; each
 * service still returns a promise, as the pane expects of every host.
 */
import { quoteSheetName } from "../../core/model/address";
import type { ReaderOverrides } from "../../core/reader/model";
import { readWorkbook } from "../../core/reader/readWorkbook";
import { dataSheets } from "../../core/summary/sheetInventory";
import { FUNCTIONS_KEY, functionsUnavailable } from "../../wps/addin/paneResult";
import type { EtRange, EtWorksheet, SheetChangeHandler, WpsApplication } from "../../wps/facade";
import { generateWpsSummary } from "../../wps/generateSummary";
import { readWpsSnapshot } from "../../wps/readWorkbook";
import { inspectSheets } from "../../wps/sheetMarks";
import { paneProgress, paneResultOf } from "../paneProgress";
import type { PaneServices } from "../services";
import { toSummaryOptions } from "../summaryOptions";

/** What the services need besides WPS (replaceable in tests). */
export interface WpsServiceDeps {
  /** The time of generation; now by default. */
  readonly now?: () => Date;
  /** The report date (yyyy-mm-dd) for the reader; today when absent. */
  readonly reportDate?: string;
}

/** The sheets the add-in did not make, read as the summary reads them. */
async function readData(app: WpsApplication, overrides: ReaderOverrides, reportDate: string | undefined) {
  const snapshot = await readWpsSnapshot(app, { sheetNames: dataSheets(inspectSheets(app)), withNumberFormats: true });
  return { snapshot, model: readWorkbook(snapshot, { overrides, reportDate }) };
}

function sheetNamed(app: WpsApplication, name: string): EtWorksheet {
  return app.ActiveWorkbook.Worksheets.Item(name) as EtWorksheet;
}

/**
 * Builds the pane's services over WPS.
 *
 * @param app the WPS application (`window.Application`)
 * @param deps the clock and the report date
 * @returns services for `<App services={…}>`
 * @example createWpsServices(window.Application)
 */
export function createWpsServices(app: WpsApplication, deps: WpsServiceDeps = {}): PaneServices {
  const now = deps.now ?? (() => new Date());
  let listener: SheetChangeHandler | undefined;
  const stopWatching = () => {
    if (listener) app.ApiEvent.RemoveApiEventListener("SheetChange", listener);
    listener = undefined;
  };
  // main.ts registered BUREAU.* when WPS loaded the add-in, or stored why it could not.
  const unavailable = functionsUnavailable(app.PluginStorage.getItem(FUNCTIONS_KEY));
  return {
    ...(unavailable ? { functionsUnavailable: unavailable } : {}),
    detect: async (overrides) => {
      const { snapshot, model } = await readData(app, overrides, deps.reportDate);
      return { model, sheetNames: snapshot.sheets.map((s) => s.name) };
    },
    generate: async (options, overrides, onProgress) => {
      const result = await generateWpsSummary(app, toSummaryOptions(options), overrides, paneProgress(onProgress), now());
      return paneResultOf(result, result.readNotes);
    },
    activateSheet: async (sheetName) => {
      sheetNamed(app, sheetName).Activate();
    },
    selectCell: async (sheetName, address) => {
      // ET selects only on the active sheet.
      const sheet = sheetNamed(app, sheetName);
      sheet.Activate();
      sheet.Range(address).Select();
    },
    insertFormula: async (formula) => {
      // The active cell only: never overwrite a whole selected block.
      const cell = app.ActiveCell;
      cell.Formula = formula;
      return `${quoteSheetName(cell.Worksheet.Name)}!${cell.Address(false, false)}`;
    },
    watchSources: async (sheetNames, onChange) => {
      stopWatching();
      // WPS raises SheetChange for every sheet of every open workbook: only the sheets read count, once.
      const handler: SheetChangeHandler = (sheet, target) => {
        if (!sheetNames.includes(sheet.Name)) return;
        stopWatching();
        onChange({ sheet: sheet.Name, address: (target as EtRange).Address(false, false) });
      };
      listener = handler;
      app.ApiEvent.AddApiEventListener("SheetChange", handler);
      return true;
    },
    pauseWatch: stopWatching,
    report: async (options, overrides) => {
      const { snapshot, model } = await readData(app, overrides, deps.reportDate);
      // Loaded on first use: the .docx writer is not part of the pane's first load.
      const { paneReport } = await import(/* webpackChunkName: "report-writer" */ "../reportForPane");
      return paneReport(model, options, snapshot.name, now());
    },
    consolidate: async (files, options) => {
      // Loaded on first use: the package reader is not part of the pane's first load.
      const [{ consolidateForPane }, { writeWpsConsolidation }] = await Promise.all([
        import(/* webpackChunkName: "consolidate" */ "../consolidateForPane"),
        import(/* webpackChunkName: "consolidate" */ "../../wps/writeConsolidation"),
      ]);
      return consolidateForPane(async (returns, o) => writeWpsConsolidation(app, returns, o, now().getTime()), files, options);
    },
  };
}
