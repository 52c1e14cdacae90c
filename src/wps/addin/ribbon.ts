/**
 * The ribbon callbacks of the WPS add-in (ribbon.xml names them as `ribbon.OnAction` …). WPS calls
 * them synchronously by name and was reported to break the ribbon when one returns a promise, so
 * none is async: 一键汇总 starts the summary and returns at once; the result (or the bilingual
 * error) is kept in PluginStorage for the pane (panel.ts), which shows it when it opens.
 */
import type { Message } from "../../core/messages";
import { WPS_MESSAGES } from "../../core/messages/wpsMessages";
import type { WpsApplication } from "../facade";
import { generateWpsSummary, type WpsSummaryResult } from "../generateSummary";
import { PANE_RESULT_KEY, paneResult, type PaneResult } from "./paneResult";

/** The ids in ribbon.xml. */
export const RIBBON_IDS = { tab: "bureauStatsTab", summary: "btnBureauSummary", pane: "btnBureauPane" } as const;

/** Where the task pane's id is kept, so a second click toggles it instead of opening another. */
export const PANE_ID_KEY = "bureauStats.paneId";

/** What WPS passes to a control's callback. */
export interface RibbonControl {
  readonly Id: string;
}

/** What WPS passes to onLoad: the ribbon, to refresh a control's state. */
export interface RibbonUi {
  Invalidate?(): void;
  InvalidateControl?(id: string): void;
}

/** The global `ribbon` object ribbon.xml calls. */
export interface RibbonCallbacks {
  OnAddinLoad(ui: RibbonUi): boolean;
  OnAction(control: RibbonControl): boolean;
  OnGetEnabled(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
}

/** What the callbacks need besides WPS: the pane's address and the summary flow (replaceable in tests). */
export interface RibbonDeps {
  readonly paneUrl: string;
  readonly iconUrl: string;
  readonly summarize?: (app: WpsApplication) => Promise<WpsSummaryResult>;
  readonly now?: () => Date;
}

/**
 * The callbacks, bound to a WPS application.
 *
 * @param app the WPS application (`window.Application`)
 * @param deps the pane's address, the icon, the summary flow
 * @returns the object main.ts puts on `window.ribbon`
 * @example window.ribbon = createRibbon(Application, { paneUrl: "pane.html", iconUrl: "icon-32.png" })
 */
export function createRibbon(app: WpsApplication, deps: RibbonDeps): RibbonCallbacks {
  const summarize = deps.summarize ?? ((a: WpsApplication) => generateWpsSummary(a, { replacePrevious: true }));
  const now = deps.now ?? (() => new Date());
  let ui: RibbonUi | undefined;
  let running = false;

  const store = (result: PaneResult) => app.PluginStorage.setItem(PANE_RESULT_KEY, JSON.stringify(result));

  const startSummary = (): void => {
    if (running) return;
    running = true;
    ui?.InvalidateControl?.(RIBBON_IDS.summary);
    summarize(app)
      .then((result) => store(paneResult(result, now())))
      .catch((error: unknown) => {
        console.error("Bureau Stats: summary failed in WPS", error);
        store(paneResult(failureMessage(error), now()));
      })
      .then(() => {
        running = false;
        ui?.InvalidateControl?.(RIBBON_IDS.summary);
        showPane(app, deps.paneUrl, true);
      });
  };

  return {
    OnAddinLoad(ribbonUi) {
      ui = ribbonUi;
      return true;
    },
    OnAction(control) {
      if (control.Id === RIBBON_IDS.summary) startSummary();
      else if (control.Id === RIBBON_IDS.pane) showPane(app, deps.paneUrl);
      return true;
    },
    OnGetEnabled(control) {
      if (control.Id === RIBBON_IDS.summary) return !running && hasWorkbook(app);
      return true;
    },
    GetImage() {
      return deps.iconUrl;
    },
  };
}

function hasWorkbook(app: WpsApplication): boolean {
  try {
    return Boolean(app.ActiveWorkbook);
  } catch {
    return false;
  }
}

/** The error's catalogue message (WpsReadError/WpsWriteError carry one); WPS's own text never reaches the user. */
function failureMessage(error: unknown): Message {
  const bilingual = (error as { bilingual?: Message } | undefined)?.bilingual;
  if (bilingual && typeof bilingual.zh === "string") return bilingual;
  return WPS_MESSAGES.summaryFailed;
}

/**
 * Shows the task pane, creating it once; a second call hides it (unless `show`).
 *
 * @param app the WPS application
 * @param url the pane page
 * @param show keep it shown rather than toggle
 */
export function showPane(app: WpsApplication, url: string, show = false): void {
  const storage = app.PluginStorage;
  const id = Number(storage.getItem(PANE_ID_KEY));
  if (id) {
    try {
      const pane = app.GetTaskPane(id);
      pane.Visible = show ? true : !pane.Visible;
      return;
    } catch {
      // The pane was closed for good (its window destroyed): make a new one.
    }
  }
  const pane = app.CreateTaskPane(url);
  storage.setItem(PANE_ID_KEY, pane.ID);
  pane.Visible = true;
}
