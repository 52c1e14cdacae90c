/**
 * Entry of the task pane (taskpane.html): waits for Office, reads the display language and
 * theme, and renders the pane with its Excel binding and the workbook's document settings.
 * If Office never becomes ready (the page opened outside Excel), a bilingual message says so.
 */
import { createRoot } from "react-dom/client";
import { readWorkbookSnapshot } from "../excel/readWorkbook";
import { runExcel } from "../excel/runtime";
import { App } from "./components/App";
import { paneEnvironment } from "./environment";
import { createExcelServices } from "./excel/excelServices";
import { generateForPane } from "./excel/summaryAdapter";
import { subscribeRibbonResult } from "./ribbonChannel";
import { catalogues } from "./i18n/strings";
import { documentSettingsStore } from "./settings";

const OFFICE_TIMEOUT_MS = 10000;

function render(element: JSX.Element): void {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(element);
}

function notInExcel(): void {
  const box = document.getElementById("container");
  if (box) box.textContent = `${catalogues.zh.errorNotInExcel}\n${catalogues.en.errorNotInExcel}`;
}

function start(): void {
  const { language, theme } = paneEnvironment(Office);
  const services = createExcelServices({
    run: runExcel,
    readSnapshot: (context) => readWorkbookSnapshot(context, { withNumberFormats: true }),
    generateSummary: generateForPane,
  });
  render(
    <App services={services} store={documentSettingsStore(Office)} initialLanguage={language} theme={theme} subscribeRibbonResult={subscribeRibbonResult} />,
  );
}

if (typeof Office === "undefined") {
  notInExcel();
} else {
  const timer = setTimeout(notInExcel, OFFICE_TIMEOUT_MS);
  Office.onReady(() => {
    clearTimeout(timer);
    start();
  });
}
