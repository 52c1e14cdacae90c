/**
 * Ribbon commands of the shared runtime.
 */
import { documentSettingsStore } from "../taskpane/settings";
import { runRibbonSummary } from "./ribbonSummary";

/**
 * The 一键汇总 / Generate summary button: runs the summary on the active workbook with the saved
 * settings and reports the result to the task pane (shown when it is or becomes open).
 *
 * @param event the ribbon event; completed whatever happens so Excel does not wait
 * @example Office.actions.associate("generateSummary", generateSummary)
 */
async function generateSummary(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await runRibbonSummary(documentSettingsStore(Office));
  } finally {
    event?.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("generateSummary", generateSummary);
});
