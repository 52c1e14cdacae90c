/**
 * The ribbon's 一键汇总 in WPS runs in the add-in's hidden page (src/wps/addin/ribbon.ts), not in
 * the pane's, and the two pages share no memory: the ribbon leaves its result in PluginStorage and
 * opens the pane, which looks for a newer result there. A failure arrives as a result with no sheet
 * and its bilingual message first in the notes, which the Generate tab shows as an error.
 */
import type { WpsApplication } from "../../wps/facade";
import { PANE_RESULT_KEY, readPaneResult, type PaneResult } from "../../wps/addin/paneResult";
import type { GenerateResult } from "../services";

/**
 * The Generate tab's result of what the ribbon stored.
 *
 * @param stored the stored result
 * @returns the result the pane shows
 */
export function generateResultOf(stored: PaneResult): GenerateResult {
  return stored.result ?? { sheetName: "", narrative: "", findings: [], notes: stored.error ? [stored.error] : [] };
}

/**
 * Subscribes the pane to the ribbon's results: the one stored when the pane opens, then each newer one.
 *
 * @param app the WPS application
 * @param pollMs how often to look (ms)
 * @returns the pane's subscribeRibbonResult
 * @example <App subscribeRibbonResult={subscribeWpsRibbonResults(Application)} … />
 */
export function subscribeWpsRibbonResults(app: WpsApplication, pollMs = 1000): (listener: (result: GenerateResult) => void) => () => void {
  return (listener) => {
    let seen = 0;
    const look = () => {
      const stored = readPaneResult(app.PluginStorage.getItem(PANE_RESULT_KEY));
      if (!stored || stored.at <= seen) return;
      seen = stored.at;
      listener(generateResultOf(stored));
    };
    look();
    const timer = setInterval(look, pollMs);
    return () => clearInterval(timer);
  };
}
