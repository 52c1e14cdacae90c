/**
 * The task pane: language switch, four tabs (识别 / 设置 / 生成 / 函数) and the state that
 * connects them. Everything it does to the workbook goes through `services`; everything
 * it remembers goes through `store`.
 */
import { FluentProvider, Title3, ToggleButton, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReaderOverrides } from "../../core/reader/model";
import { toPaneError } from "../errors";
import { LanguageContext } from "../i18n/LanguageContext";
import { catalogues, type Language } from "../i18n/strings";
import type { PaneOptions } from "../options";
import type { GenerateResult, PaneServices, SourceChange } from "../services";
import { loadOptions, loadOverrides, saveOptions, saveOverrides, type SettingsStore } from "../settings";
import { DetectTab, type DetectState } from "./DetectTab";
import { FunctionsTab } from "./FunctionsTab";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { ReportPanel } from "./ReportPanel";
import { reportDownloads } from "../environment";
import { GenerateTab, type GenerateState } from "./GenerateTab";
import { OptionsTab } from "./OptionsTab";
import { StaleNotice } from "./StaleNotice";
import { TabStrip, tabId } from "./TabStrip";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100%",
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
  },
  languages: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  notice: { paddingLeft: tokens.spacingHorizontalM, paddingRight: tokens.spacingHorizontalM, paddingTop: tokens.spacingVerticalS },
  panel: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
  },
});

/** The pane's tabs. */
export type PaneTab = "detect" | "options" | "generate" | "functions";

const TABS: readonly PaneTab[] = ["detect", "options", "generate", "functions"];

/** Props of App. */
export interface AppProps {
  /** What the pane can do to the workbook. */
  readonly services: PaneServices;
  /** Where corrections and options are remembered (document settings or memory). */
  readonly store: SettingsStore;
  /** The starting language (from Excel's display language). */
  readonly initialLanguage: Language;
  /** Office's theme: dark when the Office theme's background is dark. */
  readonly theme?: "light" | "dark";
  /** The tab shown first. */
  readonly initialTab?: PaneTab;
  /**
   * Subscribes to results of the ribbon's 一键汇总 button; returns an unsubscribe function.
   * Absent where no ribbon exists (the workbench without commands).
   */
  readonly subscribeRibbonResult?: (listener: (result: GenerateResult) => void) => () => void;
  /**
   * Shown inside another page (the workbench, which puts it in an aside): the tab panel is then
   * not a main landmark, since a main landmark must not sit inside another landmark.
   */
  readonly embedded?: boolean;
}

/** The whole task pane. */
export function App({ services, store, initialLanguage, theme = "light", initialTab = "detect", subscribeRibbonResult, embedded = false }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [tab, setTab] = useState<PaneTab>(initialTab);
  const [overrides, setOverrides] = useState<ReaderOverrides>(() => loadOverrides(store));
  const [options, setOptions] = useState<PaneOptions>(() => loadOptions(store, initialLanguage));
  const [detect, setDetect] = useState<DetectState>({ status: "idle" });
  const [generate, setGenerate] = useState<GenerateState>({ status: "idle" });
  const [detectNote, setDetectNote] = useState<string>();
  const [optionsNote, setOptionsNote] = useState<string>();
  const [stale, setStale] = useState<SourceChange>();
  const t = catalogues[language];
  const languageState = useMemo(() => ({ language, t }), [language, t]);
  // Detect runs may overlap (a second click); only the latest one may set the state.
  const detectRun = useRef(0);

  const runDetect = useCallback(
    (withOverrides: ReaderOverrides) => {
      const run = ++detectRun.current;
      setDetect({ status: "loading" });
      services.detect(withOverrides).then(
        (result) => run === detectRun.current && setDetect({ status: "done", result }),
        (error) => run === detectRun.current && setDetect({ status: "error", error: toPaneError(error) }),
      );
    },
    [services],
  );

  // After each summary, watch the sheets it was read from: the next edit there offers 刷新汇总.
  const watchSources = useCallback(
    (result: GenerateResult) => {
      setStale(undefined);
      if (result.sheetName === "" || !result.sourceSheets?.length || !services.watchSources) return;
      services.watchSources(result.sourceSheets, setStale).catch(() => undefined);
    },
    [services],
  );

  useEffect(() => {
    if (!subscribeRibbonResult) return undefined;
    return subscribeRibbonResult((result) => {
      setGenerate({ status: "done", result, fromRibbon: true });
      setTab("generate");
      watchSources(result);
    });
  }, [subscribeRibbonResult, watchSources]);

  const onSaveOverrides = (next: ReaderOverrides) => {
    setOverrides(next);
    saveOverrides(store, next).then(
      () => setDetectNote(t.correctionsSaved),
      () => setDetectNote(t.errorSettings),
    );
    runDetect(next);
  };

  const onOptions = (next: PaneOptions) => {
    setOptions(next);
    saveOptions(store, next).then(
      () => setOptionsNote(t.optionsSaved),
      () => setOptionsNote(t.errorSettings),
    );
  };

  const runGenerate = (withOptions: PaneOptions) => {
    services.pauseWatch?.();
    setStale(undefined);
    setGenerate({ status: "running", step: { phase: "reading", fraction: 0 } });
    services
      .generate(withOptions, overrides, (step) => setGenerate((s) => (s.status === "running" ? { status: "running", step } : s)))
      .then(
        (result) => {
          setGenerate({ status: "done", result });
          watchSources(result);
        },
        (error) => setGenerate({ status: "error", error: toPaneError(error) }),
      );
  };
  const onGenerate = () => runGenerate(options);
  // 刷新汇总 replaces the summary it refreshes, whatever the Options tab says about new sheets.
  const onRefresh = () => {
    setTab("generate");
    runGenerate({ ...options, mode: "replace" });
  };

  const report = (error: unknown) => setGenerate({ status: "error", error: toPaneError(error) });
  // The stopped call rejects with the host's cancellation, which its tab shows (未作改动).
  const cancel = services.cancel ? () => void services.cancel!() : undefined;
  const Panel = embedded ? "div" : "main";
  const tabLabels: Record<PaneTab, string> = { detect: t.tabDetect, options: t.tabOptions, generate: t.tabGenerate, functions: t.tabFunctions };

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={language === "zh" ? "zh-CN" : "en"}>
      <LanguageContext.Provider value={languageState}>
        <div className={styles.root} data-testid="taskpane" data-language={language}>
          <header className={styles.header}>
            <Title3 as="h1">{t.appTitle}</Title3>
            <div className={styles.languages} role="group" aria-label={t.languageLabel}>
              <ToggleButton size="small" checked={language === "zh"} onClick={() => setLanguage("zh")} data-testid="language-zh">
                {t.languageZh}
              </ToggleButton>
              <ToggleButton size="small" checked={language === "en"} onClick={() => setLanguage("en")} data-testid="language-en">
                {t.languageEn}
              </ToggleButton>
            </div>
          </header>
          <TabStrip
            items={TABS.map((value) => ({ value, label: tabLabels[value], testId: `tab-${value}` }))}
            selected={tab}
            onSelect={(value) => setTab(value as PaneTab)}
            label={t.tabsLabel}
            idPrefix="pane-tab"
            panelId="pane-panel"
          />
          {stale ? (
            <div className={styles.notice}>
              <StaleNotice change={stale} onRefresh={onRefresh} onDismiss={() => setStale(undefined)} />
            </div>
          ) : null}
          <Panel className={styles.panel}>
            <div role="tabpanel" id="pane-panel" aria-labelledby={tabId("pane-tab", TABS.indexOf(tab))}>
              {tab === "detect" ? (
                <DetectTab
                  state={detect}
                  overrides={overrides}
                  onDetect={() => runDetect(overrides)}
                  onSaveOverrides={onSaveOverrides}
                  note={detectNote}
                  onCancel={cancel}
                />
              ) : null}
              {tab === "options" ? <OptionsTab options={options} onChange={onOptions} note={optionsNote} /> : null}
              {tab === "generate" ? (
                <>
                  <GenerateTab
                    state={generate}
                    onGenerate={onGenerate}
                    onOpenSheet={(name) => services.activateSheet(name).catch(report)}
                    onSelectCell={(sheet, address) => services.selectCell(sheet, address).catch(report)}
                    onCancel={cancel}
                  />
                  {services.report ? (
                    <ReportPanel
                      onReport={() => services.report!(options, overrides)}
                      canDownload={reportDownloads((globalThis as { Office?: typeof Office }).Office)}
                      toError={toPaneError}
                    />
                  ) : null}
                  {services.consolidate ? (
                    <ConsolidatePanel
                      onConsolidate={(files) => services.consolidate!(files, options)}
                      onOpenSheet={(name) => services.activateSheet(name).catch(report)}
                      toError={toPaneError}
                    />
                  ) : null}
                </>
              ) : null}
              {tab === "functions" ? (
                <FunctionsTab onInsert={(formula) => services.insertFormula(formula)} toError={toPaneError} unavailable={services.functionsUnavailable} />
              ) : null}
            </div>
          </Panel>
        </div>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
