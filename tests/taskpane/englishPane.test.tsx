/**
 * @jest-environment jsdom
 *
 * The English pane speaks English (issue 14, part 1 for the pane): rendered in English on all four
 * tabs in their richest state (after Detect, after Generate), no text a user sees — text nodes and
 * the aria-label / title / placeholder attributes — carries full-width punctuation, Chinese
 * characters other than the workbook's own labels (sheet, table, column, row and region names as
 * the workbook writes them), or a snake_case identifier. Formulas shown as code and the functions'
 * help quoting the Chinese text a function writes are the two exceptions (see FORMULAS below).
 * The English catalogue itself is held to the same rule, except three strings that quote Chinese on purpose.
 */
import "./jsdomShims";
import { fireEvent, render, screen } from "@testing-library/react";
import { App, type PaneTab } from "../../src/taskpane/components/App";
import { functionCatalogue } from "../../src/taskpane/functions/catalogue";
import { catalogues, type StringKey } from "../../src/taskpane/i18n/strings";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { fakeServices, sampleLikeModel, sampleResult } from "./fakeServices";

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
// CJK symbols and punctuation (、。「」（） …) and full-width forms (：；，！？ …).
const FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef]/;
const SNAKE_CASE = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/;

/** The workbook's own words the pane shows as written, longest first so a shorter one never splits a longer. */
function sourceLabels(): string[] {
  const labels = new Set<string>();
  for (const table of sampleLikeModel.tables) {
    [table.sheet, table.title ?? "", table.periods.current ?? "", table.periods.previous ?? ""].forEach((x) => labels.add(x));
    table.columns.forEach((c) => {
      labels.add(c.headerPath.join("/"));
      c.headerPath.forEach((p) => labels.add(p));
    });
    table.rows.forEach((r) => [r.label, r.region ?? ""].forEach((x) => labels.add(x)));
  }
  sampleLikeModel.anomalies.forEach((a) => labels.add(a.sheet));
  sampleResult.findings.forEach((f) => labels.add(f.sheet));
  labels.add(sampleResult.sheetName);
  // The language switch names Chinese in Chinese, as language pickers do.
  labels.add(catalogues.en.languageZh);
  return [...labels].filter((x) => x !== "").sort((a, b) => b.length - a.length);
}

/**
 * The functions' syntax and examples are formulas the user types, shown as code: parameter names
 * follow Excel's own convention (SUMIF's sum_range) and "起" is an argument, so they are taken out
 * like source labels. Their English descriptions may quote the Chinese report text the function
 * writes into a cell (YOYTEXT gives 增加3起、上升15%), so Chinese is let through there, identifiers not.
 */
const FORMULAS = functionCatalogue().flatMap((entry) => [entry.syntax, entry.example]);
const QUOTING_CHINESE_OUTPUT = new Set(functionCatalogue().map((entry) => entry.description.en));

/** What is wrong with one piece of visible text, after the source labels are taken out. */
function problems(text: string, labels: readonly string[]): string[] {
  let rest = text;
  for (const label of [...FORMULAS, ...labels]) rest = rest.split(label).join(" ");
  const found: string[] = [];
  const quotesOutput = QUOTING_CHINESE_OUTPUT.has(text);
  if (!quotesOutput && CJK.test(rest)) found.push(`Chinese outside source labels: "${text}"`);
  if (!quotesOutput && FULL_WIDTH.test(rest)) found.push(`full-width punctuation: "${text}"`);
  const snake = rest.match(SNAKE_CASE);
  if (snake) found.push(`identifier "${snake[0]}" in "${text}"`);
  return found;
}

/** Every text node and user-facing attribute under an element. */
function visibleTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) texts.push(node.textContent);
  for (const el of Array.from(root.querySelectorAll<HTMLElement>("[aria-label], [title], [placeholder], [alt]")))
    for (const attribute of ["aria-label", "title", "placeholder", "alt"]) {
      const value = el.getAttribute(attribute);
      if (value) texts.push(value);
    }
  return texts;
}

const ENGLISH_NARRATIVE = "In January–June 2024, 23 work-safety accidents occurred, with 26 deaths and 11 injuries; accidents were up 3 (15%) year on year.";

async function renderEnglish(tab: PaneTab) {
  const { services } = fakeServices();
  const generate = services.generate;
  services.generate = async (options, overrides, onProgress) => ({ ...(await generate(options, overrides, onProgress)), narrative: ENGLISH_NARRATIVE });
  const view = render(<App services={services} store={memorySettingsStore()} initialLanguage="en" initialTab={tab} />);
  if (tab === "detect") {
    fireEvent.click(screen.getByTestId("detect-button"));
    await screen.findByTestId("detected-table");
  }
  if (tab === "generate") {
    fireEvent.click(screen.getByTestId("generate-button"));
    await screen.findByTestId("generate-result");
  }
  return view;
}

describe("the English pane shows no Chinese punctuation, no stray Chinese and no identifiers", () => {
  const labels = sourceLabels();

  for (const tab of ["detect", "options", "generate", "functions"] as const) {
    test(`the ${tab} tab in English`, async () => {
      const { container } = await renderEnglish(tab);
      const texts = visibleTexts(container);
      expect(texts.length).toBeGreaterThan(10);
      expect(texts.flatMap((text) => problems(text, labels))).toEqual([]);
    });
  }

  test("the punctuation between a label and its value is English: “Indicators: number of accidents”, “Regions (1): 楚雄市”", async () => {
    await renderEnglish("detect");
    expect(screen.getByText(/^Indicators: number of accidents$/)).toBeTruthy();
    expect(screen.getByText(/^Regions \(1\): 楚雄市$/)).toBeTruthy();
    expect(screen.getByText(/^Periods: Current; Same period last year$/)).toBeTruthy();
  });

  test("the check would catch what the pane used to show (“Indicators：”, “Stated 95，Recomputed 89.58”, accident_count)", () => {
    expect(problems("Indicators：number of accidents", labels)).toHaveLength(1);
    expect(problems("(Stated 95，Recomputed 89.5833)", labels)).toHaveLength(1);
    expect(problems("accident_count", labels)).toHaveLength(1);
    expect(problems("Sheet: 事故分县统计", labels)).toEqual([]);
    expect(problems("Sheet: 事故分县统计 表格", labels)).toHaveLength(1);
    expect(problems("Type =BUREAU.YOY(rate_now, 3)", labels)).toHaveLength(1);
  });

  test("the English catalogue: every string but three that quote Chinese on purpose", () => {
    // languageZh names Chinese in Chinese; the banner is bilingual by design; detectEmpty quotes the headers a workbook must have.
    const quoting = new Set<StringKey>(["languageZh", "simulationBanner", "detectEmpty"]);
    const bad = (Object.entries(catalogues.en) as [StringKey, string][])
      .filter(([key]) => !quoting.has(key))
      .flatMap(([key, text]) => problems(text, []).map((p) => `${key}: ${p}`));
    expect(bad).toEqual([]);
  });
});
