/**
 * Ribbon commands of the shared runtime. `Office.actions.associate` runs at the top level, when
 * this bundle loads, not inside `Office.onReady`: Microsoft's samples do so, and OfficeDev/office-js
 * issue #5176 traces a first ribbon click that does nothing to a page where registration waited
 * for Office while Fluent UI loaded. This module and its imports carry no React or Fluent UI
 * (tests/commands checks both); the task pane loads its React tree lazily after Office is ready.
 */
import { documentSettingsStore } from "../taskpane/settings";
import { runRibbonSummary, showPaneIfSupported } from "./ribbonSummary";

/**
 * The 一键汇总 / Generate summary button: runs the summary on the active workbook with the saved
 * settings, publishes the result for the task pane and shows the pane, so that success or failure
 * is seen even when the pane was closed.
 *
 * @param event the ribbon event; completed whatever happens so Excel does not wait
 * @example Office.actions.associate("generateSummary", generateSummary)
 */
async function generateSummary(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await runRibbonSummary(documentSettingsStore(Office), undefined, showPaneIfSupported);
  } finally {
    event?.completed();
  }
}

if (typeof Office !== "undefined" && Office.actions) Office.actions.associate("generateSummary", generateSummary);
