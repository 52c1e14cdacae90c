/**
 * The task pane of the WPS add-in, in plain DOM (no React: the pane must start fast on old
 * embedded Chromium and on 信创 machines). It shows the last summary the ribbon or the pane made
 * (the sheet, the 综述, the 核对 list — each finding a button that selects its cell), runs
 * 一键汇总 / 刷新汇总 itself, and says when a sheet the summary was read from changes
 * (SheetChange, application-wide in WPS).
 */
import type { Message } from "../../core/messages";
import { WPS_MESSAGES } from "../../core/messages/wpsMessages";
import type { EtWorksheet, WpsApplication } from "../facade";
import { generateWpsSummary, type WpsSummaryResult } from "../generateSummary";
import { FUNCTIONS_KEY, PANE_RESULT_KEY, paneResult, readPaneResult, type PaneResult } from "./paneResult";

type Language = "zh" | "en";

/** What the pane needs besides the page and WPS (replaceable in tests). */
export interface PanelDeps {
  readonly language?: Language;
  readonly summarize?: (app: WpsApplication) => Promise<WpsSummaryResult>;
  readonly now?: () => Date;
  /** How often to look for a result the ribbon stored (ms); 0: never. */
  readonly pollMs?: number;
}

/** The pane, mounted. */
export interface Panel {
  /** Runs 一键汇总 (or 刷新汇总) from the pane; resolves when shown. */
  summarize(): Promise<void>;
  /** Shows a stored result newer than the one shown. */
  refreshFromStorage(): void;
  /** Removes the listener and the timer. */
  dispose(): void;
}

const LABELS = {
  zh: { title: "应急统计", run: "一键汇总", rerun: "刷新汇总", running: "正在汇总…", checks: "核对", narrative: "综述" },
  en: { title: "Bureau Stats", run: "Generate summary", rerun: "Refresh summary", running: "Working…", checks: "Checks", narrative: "Summary" },
} as const;

/**
 * Builds the pane in a page.
 *
 * @param doc the pane page's document
 * @param app the WPS application
 * @param deps language, the summary flow, polling
 * @returns the mounted pane
 */
export function mountPanel(doc: Document, app: WpsApplication, deps: PanelDeps = {}): Panel {
  const language = deps.language ?? "zh";
  const labels = LABELS[language];
  const say = (m: Message) => m[language];
  const summarize = deps.summarize ?? ((a: WpsApplication) => generateWpsSummary(a, { replacePrevious: true }));
  const now = deps.now ?? (() => new Date());
  let shown: PaneResult | undefined;
  let busy = false;

  const root = doc.createElement("main");
  const heading = doc.createElement("h1");
  heading.textContent = labels.title;
  const button = doc.createElement("button");
  button.type = "button";
  const status = doc.createElement("p");
  status.setAttribute("role", "status");
  const body = doc.createElement("section");
  root.append(heading, button, status, body);
  // Where this WPS has no custom functions, say so once (main.ts registered them, or could not).
  const functions = functionsNote(app.PluginStorage.getItem(FUNCTIONS_KEY));
  if (functions) root.append(paragraph(doc, say(functions)));
  doc.body.append(root);

  const setButton = () => {
    button.textContent = busy ? labels.running : shown?.sheetName ? labels.rerun : labels.run;
    button.disabled = busy;
  };

  const render = (result: PaneResult) => {
    shown = result;
    body.textContent = "";
    status.textContent = result.error ? say(result.error) : result.sheetName ? say(WPS_MESSAGES.summaryWritten(result.sheetName)) : "";
    for (const note of result.notes) body.append(paragraph(doc, say(note)));
    if (result.narrative.length > 0) {
      body.append(subheading(doc, labels.narrative));
      for (const line of result.narrative) body.append(paragraph(doc, line));
    }
    if (!result.error) {
      body.append(subheading(doc, labels.checks));
      if (result.findings.length === 0) {
        body.append(paragraph(doc, say(result.sourceSheets.length > 0 ? WPS_MESSAGES.noChecks : WPS_MESSAGES.nothingRead)));
      } else {
        const list = doc.createElement("ul");
        for (const f of result.findings) {
          const item = doc.createElement("li");
          const link = doc.createElement("button");
          link.type = "button";
          link.className = "cell-link";
          link.textContent = `${f.sheet}!${f.cell}`;
          link.addEventListener("click", () => selectCell(app, f.sheet, f.cell));
          item.append(link, doc.createTextNode(` ${say(f.message)}`));
          list.append(item);
        }
        body.append(list);
      }
    }
    setButton();
  };

  const run = async () => {
    if (busy) return;
    busy = true;
    setButton();
    let result: PaneResult;
    try {
      result = paneResult(await summarize(app), now());
    } catch (error) {
      console.error("Bureau Stats: summary failed in WPS", error);
      const bilingual = (error as { bilingual?: Message }).bilingual;
      result = paneResult(bilingual ?? WPS_MESSAGES.summaryFailed, now());
    }
    busy = false;
    app.PluginStorage.setItem(PANE_RESULT_KEY, JSON.stringify(result));
    render(result);
  };
  button.addEventListener("click", () => void run());

  const refreshFromStorage = () => {
    const stored = readPaneResult(app.PluginStorage.getItem(PANE_RESULT_KEY));
    if (stored && (!shown || stored.at > shown.at)) render(stored);
  };

  // WPS raises SheetChange for every sheet of every workbook: only the sheets read matter.
  const onSheetChange = (sheet: EtWorksheet) => {
    if (busy || !shown?.sheetName) return;
    if (shown.sourceSheets.includes(sheet.Name)) status.textContent = say(WPS_MESSAGES.sourcesChanged);
  };
  app.ApiEvent.AddApiEventListener("SheetChange", onSheetChange);
  const timer = deps.pollMs === 0 ? undefined : setInterval(refreshFromStorage, deps.pollMs ?? 1500);

  setButton();
  refreshFromStorage();
  return {
    summarize: run,
    refreshFromStorage,
    dispose() {
      app.ApiEvent.RemoveApiEventListener("SheetChange", onSheetChange);
      if (timer) clearInterval(timer);
      root.remove();
    },
  };
}

/**
 * Selects a finding's cell: its sheet is activated first, as ET selects only on the active sheet.
 *
 * @param app the WPS application
 * @param sheetName the sheet
 * @param cell the A1 address
 */
export function selectCell(app: WpsApplication, sheetName: string, cell: string): void {
  try {
    const sheet = app.ActiveWorkbook.Worksheets.Item(sheetName) as EtWorksheet;
    sheet.Activate();
    sheet.Range(cell).Select();
  } catch (error) {
    // The sheet was renamed or deleted since: nothing to select.
    console.warn("Bureau Stats: cannot select", sheetName, cell, error);
  }
}

/** The bilingual note main.ts left when BUREAU.* could not be registered. */
function functionsNote(stored: unknown): Message | undefined {
  if (typeof stored !== "string") return undefined;
  try {
    const parsed = JSON.parse(stored) as { unavailable?: Message };
    return parsed.unavailable && typeof parsed.unavailable.zh === "string" ? parsed.unavailable : undefined;
  } catch {
    return undefined;
  }
}

function paragraph(doc: Document, text: string): HTMLElement {
  const p = doc.createElement("p");
  p.textContent = text;
  return p;
}

function subheading(doc: Document, text: string): HTMLElement {
  const h = doc.createElement("h2");
  h.textContent = text;
  return h;
}
