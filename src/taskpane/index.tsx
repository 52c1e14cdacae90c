/**
 * Entry of the task pane (taskpane.html): waits for Office, checks that Excel meets the add-in's
 * requirement floor, reads the display language and theme, then loads the React tree lazily
 * (mountPane.tsx, a dynamic import), so that nothing of React or Fluent UI loads before the
 * ribbon commands of the same runtime have registered. If Office never becomes ready (the page
 * opened outside Excel), or Excel is below the floor, a bilingual message says so.
 */
import { BELOW_FLOOR_MESSAGE, EXCEL_API_FLOOR } from "../excel/requirements";
import { paneEnvironment } from "./environment";
import { catalogues } from "./i18n/strings";

const OFFICE_TIMEOUT_MS = 10000;

function say(text: string): void {
  const box = document.getElementById("container");
  if (box) box.textContent = text;
}

function notInExcel(): void {
  say(`${catalogues.zh.errorNotInExcel}\n${catalogues.en.errorNotInExcel}`);
}

async function start(): Promise<void> {
  if (!Office.context?.requirements?.isSetSupported("ExcelApi", EXCEL_API_FLOOR)) {
    say(`${BELOW_FLOOR_MESSAGE.zh}\n${BELOW_FLOOR_MESSAGE.en}`);
    return;
  }
  const environment = paneEnvironment(Office);
  const { mountPane } = await import(/* webpackChunkName: "pane" */ "./mountPane");
  const container = document.getElementById("container");
  if (container) mountPane(container, environment);
}

if (typeof Office === "undefined") {
  notInExcel();
} else {
  const timer = setTimeout(notInExcel, OFFICE_TIMEOUT_MS);
  Office.onReady(() => {
    clearTimeout(timer);
    void start();
  });
}
