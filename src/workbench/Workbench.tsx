/**
 * The workbench page: a permanent banner saying this is a simulation, a toolbar to open the
 * sample or the user's own .xlsx, the simulated workbook on the left and the REAL task pane
 * on the right. The pane's Office.js batches run against the in-memory host through
 * `setExcelRunner`; after each batch the workbook view is redrawn from the host's state.
 */
import { Button, Caption1, FluentProvider, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ExcelHost } from "../host/excelHost";
import { runExcel, setExcelRunner } from "../excel/runtime";
import { App } from "../taskpane/components/App";
import { ErrorMessage } from "../taskpane/components/ErrorMessage";
import { paneEnvironment } from "../taskpane/environment";
import type { PaneError } from "../taskpane/errors";
import { LanguageContext } from "../taskpane/i18n/LanguageContext";
import { catalogues, type Language } from "../taskpane/i18n/strings";
import type { PaneServices } from "../taskpane/services";
import { afterReady } from "./afterReady";
import type { OpenBook } from "./bookServices";
import { BookCancelled, type BookClient } from "./worker/bookClient";
import { startBookPort, startBookWorker } from "./worker/startBookWorker";
import { downloadReport, downloadSummaryWorkbook } from "./downloads";
import { loadOptions, loadOverrides, memorySettingsStore } from "../taskpane/settings";
import { toSummaryOptions } from "../taskpane/summaryOptions";
import { localTimestamp } from "../core/summary/provenance";
import type { PaneShows } from "./downloadSummary";
import { PaneWrites } from "./paneWrites";
import { SheetView } from "./SheetView";
import { MESSAGES, messageOf } from "../core/messages";

// Below this width (a phone, or a browser window as narrow as Excel's task pane) the pane comes
// first at full width and the page scrolls down to the workbook; nothing scrolls sideways.
const NARROW = "@media (max-width: 760px)";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    [NARROW]: { height: "auto", minHeight: "100vh" },
  },
  banner: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
  },
  fileName: { overflowWrap: "anywhere", minWidth: 0 },
  progress: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: "240px" },
  main: { display: "flex", flexGrow: 1, minHeight: 0, [NARROW]: { flexDirection: "column" } },
  workbook: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: { flexGrow: 0, height: "70vh", borderRight: "none", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    overflowX: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    [NARROW]: { width: "auto", order: -1, overflowY: "visible" },
  },
  hidden: { display: "none" },
});

/** Props of Workbench. */
export interface WorkbenchProps {
  /** The workbook opened at start (the sample), fetched from the dev server. */
  readonly sampleUrl: string;
  /**
   * Builds the pane's services over a runner (the Excel binding with the summary flow); with the
   * opened book, Detect and Generate read and plan in its worker.
   */
  readonly makeServices: (book?: OpenBook) => PaneServices;
  /** The language of the page and the pane at start. */
  readonly language: Language;
}

type Loaded = { readonly host: ExcelHost; readonly name: string; readonly bytes: ArrayBuffer };

// The host (ExcelJS, HyperFormula) is a separate chunk, fetched while the pane renders.
const hostModule = () => import(/* webpackChunkName: "host" */ "../host/excelHost");

/** The whole workbench page. */
export function Workbench({ sampleUrl, makeServices, language }: WorkbenchProps) {
  const styles = useStyles();
  const t = catalogues[language];
  const [loaded, setLoaded] = useState<Loaded>();
  // One pane per opened workbook: its key changes when a workbook has opened.
  const [paneKey, setPaneKey] = useState(1);
  const [ready, setReady] = useState<Promise<void>>(() => new Promise(() => undefined));
  const [loading, setLoading] = useState(false);
  // How far opening has come (0 to 1), shown with a Cancel button while the worker reads the file.
  const [progress, setProgress] = useState(0);
  const [book, setBook] = useState<OpenBook>();
  const client = useRef<BookClient>();
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<PaneError>();
  const [, setVersion] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const environment = paneEnvironment((globalThis as { Office?: typeof Office }).Office);

  // The worker of the workbook shown; a file being opened replaces it only once it has opened.
  const shown = useRef<BookClient>();
  // The name of the workbook on the page, said when opening another one is cancelled (it stays).
  const shownName = useRef<string>();

  const open = useCallback((bytes: () => Promise<ArrayBuffer>, name: string) => {
    // Only the newest request counts: a file still opening is stopped (its worker closed).
    if (client.current !== shown.current) client.current?.close();
    const worker = startBookWorker();
    client.current = worker;
    let host: ExcelHost | undefined;
    let xlsx: ArrayBuffer | undefined;
    const book: OpenBook = {
      client: worker,
      host: () => host,
      writes: new PaneWrites(),
      // Cancel stops the worker; a fresh one opens a copy of the file again, quietly (its rows are on the page).
      cancel: () => (xlsx ? worker.cancel(startBookPort(), xlsx.slice(0), name) : false),
    };
    const opened = openWorkbook(bytes, name, worker).then((o) => {
      xlsx = o?.bytes;
      return (host = o?.host);
    });
    // One pane per opened workbook (fresh document settings, as in Excel). With none shown yet it
    // comes at once and its calls wait for the file; else the shown one stays until the new file opened.
    const first = !shown.current;
    const ready = opened.then((h) => (h ? undefined : Promise.reject(new Error("no workbook"))));
    ready.catch(() => undefined); // handled where a service call awaits it
    if (first) showPane(book, ready);
    void opened.then((h) => {
      if (client.current !== worker) return;
      if (!h) {
        // A failed or cancelled open keeps the workbook that was open, its pane and its worker.
        client.current = shown.current;
        return;
      }
      shown.current?.close();
      shown.current = worker;
      if (!first) showPane(book, ready);
    });
  }, []);

  const showPane = (book: OpenBook, ready: Promise<void>) => {
    setBook(book);
    setReady(ready);
    setPaneKey((k) => k + 1);
  };

  const openWorkbook = async (bytes: () => Promise<ArrayBuffer>, name: string, worker: BookClient): Promise<Loaded | undefined> => {
    setLoading(true);
    setProgress(0);
    setError(undefined);
    try {
      const [{ ExcelHost, loadFormulaEngine }, file] = await Promise.all([hostModule(), bytes()]);
      // The worker reads the file (an .xls, .et or .csv converted to .xlsx first) and sends its rows
      // in chunks; the host takes them as they are, with the file's saved formula results.
      const opened = await worker.open(file, name, setProgress);
      if (client.current !== worker) return undefined;
      // HyperFormula is fetched only for a file with formulas it did not save the results of.
      if (opened.needsCalculation) await loadFormulaEngine();
      const host = new ExcelHost(opened.data, { cachedValues: !opened.needsCalculation, formulaFree: opened.formulaFree });
      // Every batch the pane runs goes to this host; redraw the workbook after each one.
      setExcelRunner((batch) => host.run(batch).finally(() => setVersion((v) => v + 1)));
      const result = { host, name, bytes: opened.xlsx };
      setLoaded(result);
      shownName.current = name;
      performance.mark("workbench:workbook-open");
      return result;
    } catch (e) {
      if (client.current !== worker) return undefined;
      // A cancel the user asked for is a status, not an error (ErrorMessage shows it so): the workbook on the page stays.
      if (e instanceof BookCancelled) setError({ message: MESSAGES.files.openCancelled(name, shownName.current), cancelled: true });
      // The reader's own refusal (a zip bomb, a damaged or hostile file) in both languages, naming the file; never a library's text.
      else setError({ message: MESSAGES.files.workbookUnreadable(name, messageOf(e)) });
      worker.close();
      return undefined;
    } finally {
      if (client.current === worker) setLoading(false);
    }
  };

  useEffect(() => {
    const url = new URL(window.location.href).searchParams.get("file") ?? sampleUrl;
    const name = decodeURIComponent(url.split("/").pop() ?? "workbook.xlsx");
    open(async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status} ${url}`);
      return response.arrayBuffer();
    }, name);
  }, [open, sampleUrl]);

  const services = useMemo(() => afterReady(ready, makeServices(book)), [ready, makeServices, book]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh document per opened workbook
  const store = useMemo(() => memorySettingsStore(), [paneKey]);
  const languageState = useMemo(() => ({ language, t }), [language, t]);
  // 下载汇总工作簿 gives what the pane shows: the sheets it wrote, else a summary with its options.
  const paneShows = (): PaneShows => ({
    written: book?.writes?.sheets ?? [],
    options: { ...toSummaryOptions(loadOptions(store, language)), generatedAt: localTimestamp(new Date()) },
    overrides: loadOverrides(store),
  });
  const activate = (sheetName: string) => {
    void runExcel(async (context) => {
      context.workbook.worksheets.getItem(sheetName).activate();
      await context.sync();
    });
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={languageState}>
        <div className={styles.page}>
          <header>
            <div className={styles.banner} data-testid="simulation-banner">
              {catalogues.zh.simulationBanner}
            </div>
            <div className={styles.toolbar} role="toolbar" aria-label={t.workbenchToolbar}>
              <Button onClick={() => fileInput.current?.click()} data-testid="open-file">
                {t.openXlsx}
              </Button>
              <input
                ref={fileInput}
                className={styles.hidden}
                type="file"
                accept=".xlsx,.xlsm,.xls,.et,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv"
                aria-label={t.openXlsx}
                data-testid="file-input"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) open(() => file.arrayBuffer(), file.name);
                  event.target.value = "";
                }}
              />
              <Button appearance="subtle" onClick={() => open(() => fetch(sampleUrl).then((r) => r.arrayBuffer()), "bureau-2024H1.xlsx")}>
                {t.openSample}
              </Button>
              <Button
                appearance="subtle"
                disabled={!loaded || downloading}
                data-testid="download-summary"
                onClick={() => {
                  if (!loaded) return;
                  setDownloading(true);
                  setError(undefined);
                  downloadSummaryWorkbook(loaded.bytes, loaded.name, paneShows())
                    .catch((e) => setError({ message: MESSAGES.files.inFile(loaded.name, messageOf(e)) }))
                    .finally(() => setDownloading(false));
                }}
              >
                {language === "zh" ? "下载汇总工作簿" : "Download summary workbook"}
              </Button>
              <Button
                appearance="subtle"
                disabled={!loaded || downloading}
                data-testid="download-report"
                onClick={() => {
                  if (!loaded) return;
                  setDownloading(true);
                  setError(undefined);
                  const { options, overrides } = paneShows();
                  downloadReport(loaded.bytes, loaded.name, language, { options, overrides })
                    .catch((e) => setError({ message: MESSAGES.files.inFile(loaded.name, messageOf(e)) }))
                    .finally(() => setDownloading(false));
                }}
              >
                {language === "zh" ? "下载报告（.docx）" : "Download report (.docx)"}
              </Button>
              <Caption1 className={styles.fileName} data-testid="workbook-name">
                {loaded?.name}
              </Caption1>
              {loading ? (
                <div className={styles.progress} data-testid="open-progress">
                  <Caption1>{t.loadingWorkbook}</Caption1>
                  <ProgressBar value={progress} max={1} aria-label={t.loadingWorkbook} />
                  <Button size="small" onClick={() => client.current?.close()} data-testid="cancel-open">
                    {t.cancelOpen}
                  </Button>
                </div>
              ) : null}
            </div>
            {error ? (
              <div data-testid="workbook-error">
                <ErrorMessage error={error} />
              </div>
            ) : null}
          </header>
          <div className={styles.main}>
            <div className={styles.workbook}>
              {loaded ? (
                <SheetView workbook={loaded.host.state} activeSheet={loaded.host.state.activeSheet} onActivate={activate} />
              ) : (
                <MessageBar>
                  <MessageBarBody>{loading ? t.loadingWorkbook : "—"}</MessageBarBody>
                </MessageBar>
              )}
            </div>
            <aside className={styles.pane} aria-label={t.appTitle} data-testid="pane-frame">
              <App key={paneKey} services={services} store={store} initialLanguage={language} theme={environment.theme} embedded />
            </aside>
          </div>
        </div>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
