/**
 * The 综述 never contradicts the 核对 on real fixtures (issue 22 items 3 and 4; rule 14 of docs/report-rules.md):
 * malformed-total-slip.xlsx states 24 accidents in its 合计 row while its counties add up to 23 (the 核对's finding),
 * malformed-error-cells.xlsx holds #REF! in the deaths total. Before, the first printed "24起" with its 同比 and the
 * second dropped deaths without a word.
 */
import * as fs from "fs";
import * as path from "path";
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";

async function narrative(file: string, language: "zh" | "en"): Promise<string> {
  const data = await loadXlsx(fs.readFileSync(path.join(__dirname, "../fixtures", file)));
  const model = readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" });
  return planSummary(workbookFacts(model), { language }).narrative.join("\n");
}

test("a 合计 the 核对 found wrong (24 stated, 23 from the counties) is written 待核实 with the counties' sum, and without its 同比", async () => {
  const zh = await narrative("malformed-total-slip.xlsx", "zh");
  expect(zh).toContain("共发生各类生产安全事故24起（待核实：各分项合计23起，见核对）");
  expect(zh).not.toContain("事故起数增加4起");
  expect(await narrative("malformed-total-slip.xlsx", "en")).toContain("24 work-safety accidents (to be verified: the parts add up to 23; see the checks)");
});

test("#REF! in the deaths total: the 综述 says deaths are unavailable instead of leaving them out", async () => {
  expect(await narrative("malformed-error-cells.xlsx", "zh")).toContain("死亡人数暂缺（源单元格为#REF!，见核对）");
  expect(await narrative("malformed-error-cells.xlsx", "en")).toContain("The number of deaths is unavailable (the source cell holds #REF!; see the checks).");
});

// malformed-error-cells.xlsx: C5 (全州合计 事故起数 去年同期) is =SUM(C6:C15) over #N/A in C7, E5 (deaths) is #REF!.
// Before, the 核对 said "已核对1张表…未发现计算不一致" beside "死亡人数暂缺（源单元格为#REF!，见核对）" and the
// accident count lost its 同比 without a word.
async function plan(file: string, language: "zh" | "en") {
  const data = await loadXlsx(fs.readFileSync(path.join(__dirname, "../fixtures", file)));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" })), { language });
}

test("an error value in a cell the summary uses is a 核对 finding with its cell, never 未发现计算不一致 (issue 22.4)", async () => {
  const zh = (await plan("malformed-error-cells.xlsx", "zh")).cells.flat().map((c) => String(c.value ?? ""));
  expect(zh.join("\n")).not.toContain("未发现计算不一致");
  expect(zh).toContain("全州合计 E5（死亡人数/本期）为错误值 #REF!，不能作为数字使用，汇总中记为暂缺（“—”）");
  expect(zh).toContain("全州合计 C5（事故起数/去年同期）为错误值 #N/A，不能作为数字使用，汇总中记为暂缺（“—”）");
  const en = (await plan("malformed-error-cells.xlsx", "en")).cells.flat().map((c) => String(c.value ?? ""));
  expect(en).toContain("全州合计: E5 (死亡人数/本期) holds the error value #REF!, which is no figure: the summary gives it as unavailable (shown as —)");
});

test("an error value in a 去年同期 total: the sentence says the 同比 is not made and why, instead of dropping it", async () => {
  expect(await narrative("malformed-error-cells.xlsx", "zh")).toContain(
    "同比受伤人数增加5人、上升83.3%；事故起数去年同期数暂缺（源单元格为#N/A，见核对），不作同比。",
  );
  expect(await narrative("malformed-error-cells.xlsx", "en")).toContain(
    "Compared with a year earlier, injuries rose by 5 (83.3%). Accidents are not compared with a year earlier (the year-earlier cell holds #N/A; see the checks).",
  );
});

// Corpus 19 (德阳市安委办, 2016年1月): its 全市 row states 20 accidents and 9 deaths, its counties add up to 17 and 6
// (the release's own slip). The table compares with nothing, so its 综述 comes from the indicator sections, which the
// 核对 did not reach before: it printed "全市共发生各类生产安全事故20起、死亡9人" beside the 核对's two findings.
async function corpusNarrative(id: string, language: "zh" | "en"): Promise<string> {
  const data = await loadXlsx(fs.readFileSync(path.join(__dirname, "../corpus/workbooks", `${id}.xlsx`)));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data))), { language }).narrative.join("\n");
}

test("a 全市 row its 核对 finds wrong is 待核实 with the counties' sum in a one-period table's 综述 too, in English with the deaths the Chinese gives (corpus 19)", async () => {
  expect(await corpusNarrative("19-dy-2016-01-counties-vs-total", "zh")).toContain(
    "全市共发生各类生产安全事故20起（待核实：各分项合计17起，见核对）、死亡9人（待核实：各分项合计6人，见核对）。",
  );
  expect(await corpusNarrative("19-dy-2016-01-counties-vs-total", "en")).toContain(
    "the city recorded 20 work-safety accidents (to be verified: the parts add up to 17; see the checks), with 9 deaths (to be verified: the parts add up to 6; see the checks).",
  );
});
