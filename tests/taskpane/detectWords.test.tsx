/** @jest-environment jsdom */
/**
 * The 识别 tab says what it read in words (issue 23): a table read with little confidence says so
 * and what to check; a table keyed by indicator does not list its rows as regions (the sample's
 * 行政执法 table showed "地区（9）" at 30%); the 期间 line names each period once, as a span where
 * the table names one (it showed "本期 本期；去年同期 去年同期"); a section's count is the number of
 * items listed under it (it showed "（0）" above one note and "（11）" above twelve); a county with a
 * row per disaster type is one county (the sample's 灾情 table listed 姚安县 twice, "地区（11）").
 */
import "./jsdomShims";
import { fireEvent, render, screen } from "@testing-library/react";
import type { TableModel, WorkbookModel } from "../../src/core/reader/model";
import { parsePeriodText } from "../../src/core/periods/parsePeriod";
import { App } from "../../src/taskpane/components/App";
import { catalogues } from "../../src/taskpane/i18n/strings";
import { periodLine, rowKeys } from "../../src/taskpane/components/detectFormat";
import { sampleModel } from "../summary/sample";
import { memorySettingsStore } from "../../src/taskpane/settings";
import { fakeServices, sampleLikeModel } from "./fakeServices";

const accidents = sampleLikeModel.tables[0];
const enforcement: TableModel = {
  ...accidents,
  id: "行政执法!A2:C5",
  sheet: "行政执法",
  address: "A2:C5",
  keyKind: "indicator",
  rows: [
    { row: 3, label: "检查企业（家次）", role: "data" },
    { row: 4, label: "行政处罚（次）", role: "data" },
  ],
  title: "行政执法情况",
  confidence: 0.3,
};
const model: WorkbookModel = {
  ...sampleLikeModel,
  tables: [{ ...accidents, period: { period: parsePeriodText("2024年1—6月")!, from: "title" } }, enforcement],
  anomalies: Array.from({ length: 17 }, (_, i) => ({
    kind: "text-number" as const,
    sheet: "行政执法",
    cell: `B${i + 3}`,
    message: { zh: "文本数字已转换", en: "Text number converted" },
  })),
  diagnostics: [{ severity: "warning", sheet: "行政执法", message: { zh: "表头有合并单元格", en: "Merged header" } }],
};

async function detect(language: "zh" | "en") {
  const { services } = fakeServices();
  render(
    <App
      services={{ ...services, detect: async () => ({ model, sheetNames: ["事故分县统计", "行政执法"] }) }}
      store={memorySettingsStore()}
      initialLanguage={language}
    />,
  );
  fireEvent.click(screen.getByTestId("detect-button"));
  return screen.findAllByTestId("detected-table");
}

test("a table read with 30% confidence says so in words and what to check; one read with 95% is sure", async () => {
  const [sure, doubtful] = await detect("zh");
  expect(sure.querySelector('[data-testid="table-confidence"]')!.textContent).toBe("识别把握大 95%");
  expect(sure.querySelector('[data-testid="confidence-check"]')).toBeNull();
  expect(doubtful.querySelector('[data-testid="table-confidence"]')!.textContent).toBe("识别把握不大 30%");
  expect(doubtful.querySelector('[data-testid="confidence-check"]')!.textContent).toMatch(/请核对.*合计行/);
});

test("rows keyed by indicator are listed as indicators, not regions, in both languages", async () => {
  const [, zh] = await detect("zh");
  expect(zh.textContent).toContain("各行指标（2）：检查企业（家次）、行政处罚（次）");
  expect(zh.textContent).not.toContain("地区（2）");
});

test("the 期间 line names each period once: the span the title names, never the label twice", async () => {
  const [titled, untitled] = await detect("zh");
  expect(titled.textContent).toContain("期间：本期 2024年1—6月；去年同期");
  expect(untitled.textContent).toContain("期间：本期；去年同期");
  expect(document.body.textContent).not.toContain("本期 本期");
  expect(periodLine({ periods: { current: "2024年1—6月", previous: "2023年1—6月" } }, catalogues.zh)).toBe("本期 2024年1—6月；去年同期 2023年1—6月");
  expect(periodLine({ periods: { current: "本期" } }, catalogues.en)).toBe("Current; Same period last year —");
  // A table without period columns (the sample's 灾情 table) still shows the span its title names.
  expect(periodLine({ periods: {}, period: { period: parsePeriodText("2024年1—6月")!, from: "title" } }, catalogues.zh)).toBe("本期 2024年1—6月；去年同期 —");
});

test("the anomalies heading counts what is listed under it (17 anomalies, 15 shown, and 1 note)", async () => {
  await detect("zh");
  expect(screen.getByText("异常与处理（18）")).toBeTruthy();
  expect(screen.getByText("另有2项未列出")).toBeTruthy();
  expect(screen.getByText("表头有合并单元格")).toBeTruthy();
});

test("a county the sample's 灾情 table gives a row per disaster type is listed once, with its types (it showed 地区（11）, 姚安县 twice)", async () => {
  const disasters = (await sampleModel()).tables.find((x) => x.sheet === "灾情汇总")!;
  // The sheet: 姚安县 merged over A13:A14, 旱灾 in row 13 and 风雹 in row 14; ten counties in all.
  const keys = rowKeys(disasters.rows, catalogues.zh);
  expect(keys).toHaveLength(10);
  expect(keys).toContain("姚安县（旱灾、风雹）");
  expect(keys.filter((k) => k.startsWith("姚安县"))).toHaveLength(1);
  expect(rowKeys(disasters.rows, catalogues.en)).toContain("姚安县 (旱灾, 风雹)");
  // A county with one row keeps its name alone.
  expect(keys).toContain("楚雄市");
});
