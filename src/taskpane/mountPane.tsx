/**
 * The task pane's React tree (Fluent UI v9) with its Excel binding and the workbook's document
 * settings. index.tsx loads this module lazily, after Office is ready, so the ribbon commands in
 * the same runtime register before React and Fluent UI load (see src/commands/commands.ts).
 */
import { createRoot } from "react-dom/client";
import { readWorkbookSnapshot } from "../excel/readWorkbook";
import { runExcel } from "../excel/runtime";
import { App } from "./components/App";
import type { PaneEnvironment } from "./environment";
import { createExcelServices } from "./excel/excelServices";
import { generateForPane } from "./excel/summaryAdapter";
import { subscribeRibbonResult } from "./ribbonChannel";
import { documentSettingsStore } from "./settings";

/**
 * Renders the pane into a container.
 *
 * @param container the page's #container
 * @param environment the display language and theme Office gave
 * @example mountPane(document.getElementById("container")!, paneEnvironment(Office))
 */
export function mountPane(container: HTMLElement, { language, theme }: PaneEnvironment): void {
  const services = createExcelServices({
    run: runExcel,
    readSnapshot: (context) => readWorkbookSnapshot(context, { withNumberFormats: true }),
    generateSummary: generateForPane,
  });
  createRoot(container).render(
    <App services={services} store={documentSettingsStore(Office)} initialLanguage={language} theme={theme} subscribeRibbonResult={subscribeRibbonResult} />,
  );
}
