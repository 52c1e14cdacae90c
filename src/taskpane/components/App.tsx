/**
 * The task pane: language switch, four tabs (识别 / 设置 / 生成 / 函数) and the state that
 * connects them. Everything it does to the workbook goes through `services`; everything
 * it remembers goes through `store`.
 */
import { FluentProvider, Tab, TabList, Title3, ToggleButton, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReaderOverrides } from "../../core/reader/model";
import { toPaneError } from "../errors";
import { LanguageContext } from "../i18n/LanguageContext";
import { catalogues, type Language } from "../i18n/strings";
import type { PaneOptions } from "../options";
import type { GenerateResult, PaneServices } from "../services";
import { loadOptions, loadOverrides, saveOptions, saveOverrides, type SettingsStore } from "../settings";
import { DetectTab, type DetectState } from "./DetectTab";
import { FunctionsTab } from "./FunctionsTab";
import { GenerateTab, type GenerateState } from "./GenerateTab";
import { OptionsTab } from "./OptionsTab";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
  },
  languages: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  panel: {
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
  },
});

/** The pane's tabs. */
export type PaneTab = "detect" | "options" | "generate" | "functions";

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
}

/** The whole task pane. */
export function App({ services, store, initialLanguage, theme = "light", initialTab = "detect", subscribeRibbonResult }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [tab, setTab] = useState<PaneTab>(initialTab);
  const [overrides, setOverrides] = useState<ReaderOverrides>(() => loadOverrides(store));
  const [options, setOptions] = useState<PaneOptions>(() => loadOptions(store, initialLanguage));
  const [detect, setDetect] = useState<DetectState>({ status: "idle" });
  const [generate, setGenerate] = useState<GenerateState>({ status: "idle" });
  const [detectNote, setDetectNote] = useState<string>();
  const [optionsNote, setOptionsNote] = useState<string>();
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

  useEffect(() => {
    if (!subscribeRibbonResult) return undefined;
    return subscribeRibbonResult((result) => {
      setGenerate({ status: "done", result, fromRibbon: true });
      setTab("generate");
    });
  }, [subscribeRibbonResult]);

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

  const onGenerate = () => {
    setGenerate({ status: "running", step: { phase: "reading", fraction: 0 } });
    services
      .generate(options, overrides, (step) => setGenerate((s) => (s.status === "running" ? { status: "running", step } : s)))
      .then(
        (result) => setGenerate({ status: "done", result }),
        (error) => setGenerate({ status: "error", error: toPaneError(error) }),
      );
  };

  const report = (error: unknown) => setGenerate({ status: "error", error: toPaneError(error) });

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
          <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as PaneTab)} aria-label={t.tabsLabel}>
            <Tab value="detect" data-testid="tab-detect">
              {t.tabDetect}
            </Tab>
            <Tab value="options" data-testid="tab-options">
              {t.tabOptions}
            </Tab>
            <Tab value="generate" data-testid="tab-generate">
              {t.tabGenerate}
            </Tab>
            <Tab value="functions" data-testid="tab-functions">
              {t.tabFunctions}
            </Tab>
          </TabList>
          <main
            className={styles.panel}
            role="tabpanel"
            aria-label={{ detect: t.tabDetect, options: t.tabOptions, generate: t.tabGenerate, functions: t.tabFunctions }[tab]}
          >
            {tab === "detect" ? (
              <DetectTab state={detect} overrides={overrides} onDetect={() => runDetect(overrides)} onSaveOverrides={onSaveOverrides} note={detectNote} />
            ) : null}
            {tab === "options" ? <OptionsTab options={options} onChange={onOptions} note={optionsNote} /> : null}
            {tab === "generate" ? (
              <GenerateTab
                state={generate}
                onGenerate={onGenerate}
                onOpenSheet={(name) => services.activateSheet(name).catch(report)}
                onSelectCell={(sheet, address) => services.selectCell(sheet, address).catch(report)}
              />
            ) : null}
            {tab === "functions" ? <FunctionsTab onInsert={(formula) => services.insertFormula(formula)} toError={toPaneError} /> : null}
          </main>
        </div>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
