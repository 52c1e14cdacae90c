/**
 * What the 一键汇总 / Generate summary ribbon button does, apart from Office's plumbing: run the
 * summary flow on the active workbook with the options and corrections saved in the document
 * (`bureauStats.options`, `bureauStats.overrides`), publish the result (or the bilingual
 * error) for the task pane, which shows it when open or when it opens, and show the pane.
 */
import { runExcel } from "../excel/runtime";
import { toPaneError } from "../taskpane/errors";
import { generateForPane } from "../taskpane/excel/summaryAdapter";
import { publishRibbonResult } from "../taskpane/ribbonChannel";
import type { GenerateResult } from "../taskpane/services";
import { loadOptions, loadOverrides, type SettingsStore } from "../taskpane/settings";

/**
 * Shows the task pane through the shared runtime (SharedRuntime 1.1), where Excel offers it.
 *
 * @returns when the pane is shown, or at once where it cannot be
 * @example await showPaneIfSupported()
 */
export async function showPaneIfSupported(): Promise<void> {
  if (typeof Office === "undefined" || !Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1")) return;
  await Office.addin.showAsTaskpane();
}

/**
 * Runs the summary from the ribbon.
 *
 * @param store the document settings (Office's, or a memory store in tests)
 * @param run the Excel batch runner (`runExcel` by default)
 * @param showPane shows the task pane after the result is published (nothing by default)
 * @returns the published result; on failure, a result with no sheet and the error as a note
 * @example await runRibbonSummary(documentSettingsStore(Office), runExcel, showPaneIfSupported)
 */
export async function runRibbonSummary(
  store: SettingsStore,
  run: typeof runExcel = runExcel,
  showPane: () => Promise<void> = async () => undefined,
): Promise<GenerateResult> {
  let result: GenerateResult;
  try {
    const options = loadOptions(store);
    const overrides = loadOverrides(store);
    result = await run((context) => generateForPane(context, options, overrides, () => undefined));
  } catch (error) {
    // The catalogue's words (the writer's, the reader's, what an Office code means); never Office's own text.
    const { message } = toPaneError(error);
    result = {
      sheetName: "",
      narrative: "",
      findings: [],
      notes: [
        {
          zh: `一键汇总失败：${message.zh}`,
          en: `Generate summary failed: ${message.en}`,
        },
      ],
    };
  }
  publishRibbonResult(result);
  try {
    await showPane();
  } catch {
    // The result is published; the pane shows it when the user opens it.
  }
  return result;
}
