/**
 * The report says the control indicators the summary says (issue 22): the 控制指标 paragraph is part
 * of the 综述 the report traces, in a chapter of its own with the block's table, each figure traced to
 * its cell — the workbook's GDP to its cell, a rate to its deaths and GDP cells, a figure the user
 * typed said to be typed. Reference values by hand (python3): 26/812.5 = 0.032, 21/770.1 = 0.027.
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { planReport } from "../../src/core/report/planReport";
import type { ReportFigure, ReportPlan } from "../../src/core/report/types";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryOptionsInput } from "../../src/core/summary/options";
import { layoutA, sheetOf } from "../reader/layouts";

const BASES = sheetOf("控制指标", [["楚雄州2024年1—6月控制指标基数"], ["指标", "本期", "上年同期"], ["地区生产总值（亿元）", 812.5, 770.1]]);

function report(sheets: SheetSnapshot[], language: "zh" | "en", summary: SummaryOptionsInput = {}): ReportPlan {
  return planReport(readWorkbook({ name: "a.xlsx", sheets }), { language, sourceName: "a.xlsx", summary });
}

/** The blocks of the chapter headed `heading`, up to the next chapter. */
function chapter(plan: ReportPlan, heading: string): ReportPlan["blocks"] {
  const at = plan.blocks.findIndex((b) => b.kind === "heading" && b.level === 1 && b.text.endsWith(heading));
  if (at < 0) return [];
  const end = plan.blocks.findIndex((b, i) => i > at && b.kind === "heading" && b.level === 1);
  return plan.blocks.slice(at + 1, end < 0 ? undefined : end);
}

function paragraphText(block: ReportPlan["blocks"][number]): string {
  return block.kind === "paragraph" ? block.runs.map((r) => r.text).join("") : "";
}

function figure(plan: ReportPlan, text: string, context: RegExp): ReportFigure {
  const found = plan.figures.find((f) => f.text === text && context.test(f.context));
  if (!found) throw new Error(`no figure ${text} in ${plan.figures.map((f) => `${f.text}:${f.context}`).join(" | ")}`);
  return found;
}

test("the workbook's GDP gives the report a 控制指标情况 chapter whose paragraph is the summary's, each figure traced to its cells", () => {
  const sheets = [layoutA(), BASES];
  const plan = report(sheets, "zh");
  const summaryText = planSummary(workbookFacts(readWorkbook({ name: "a.xlsx", sheets })), {}).narrative.find((p) => p.startsWith("按地区生产总值"))!;
  expect(summaryText).toBe("按地区生产总值812.5亿元计算，亿元GDP生产安全事故死亡率由去年同期的0.027升到0.032，升幅17.3%。");
  const blocks = chapter(plan, "控制指标情况");
  expect(blocks.map(paragraphText)).toContain(summaryText);
  // The block's table is in the same chapter, not under 其他指标.
  expect(blocks.some((b) => b.kind === "table" && b.title === "控制指标")).toBe(true);
  expect(figure(plan, "812.5", /地区生产总值/).source?.text).toBe("'控制指标'!B3");
  // The rate is computed from the deaths and both GDP cells.
  const cells = (f: ReportFigure) => (f.source?.ranges ?? []).map((r) => `${r.sheet}!${r.top},${r.left}`);
  // The rate is computed from the deaths (E5) and GDP (B3); its change from both years' (F5, C3).
  expect(cells(figure(plan, "0.032", /同期/))).toEqual(expect.arrayContaining(["事故分县统计!4,4", "控制指标!2,1"]));
  expect(cells(figure(plan, "17.3", /升幅/))).toEqual(expect.arrayContaining(["事故分县统计!4,4", "事故分县统计!4,5", "控制指标!2,1", "控制指标!2,2"]));
});

test("a denominator the user typed is said to be typed, in the report's 说明 and in English; 'per CNY 100 million' is not a figure", () => {
  const given: SummaryOptionsInput = { denominators: [{ indicator: "gdp", unit: "亿元", current: 812.5, previous: 770.1 }] };
  const zh = report([layoutA()], "zh", given);
  expect(figure(zh, "812.5", /地区生产总值/).source).toEqual({ ranges: [], text: "用户输入（任务窗格或 --denominator）", findings: [] });
  expect(figure(zh, "0.032", /同期/).source?.text).toMatch(/^'事故分县统计'!E5.*；用户输入（任务窗格或 --denominator）$/);
  // The block's note is said under the table, not as a row of it (a row would be as wide as the note).
  const table = chapter(zh, "控制指标情况").find((b) => b.kind === "table");
  expect(table?.kind === "table" && table.notes).toContain("注：地区生产总值为用户输入的数值（任务窗格或命令行 --denominator），不是工作簿中的数据。");
  expect(table?.kind === "table" && table.body.every((row) => !row[0].text.startsWith("注："))).toBe(true);
  const en = report([layoutA()], "en", given);
  const text = chapter(en, "Control indicators")
    .map(paragraphText)
    .find((t) => t)!;
  expect(text).toBe("Against GDP of CNY 81.25 billion, deaths per CNY 100 million of GDP rose from 0.027 a year earlier to 0.032 (up 17.3%).");
  expect(en.figures.map((f) => f.text)).not.toContain("100");
  expect(figure(en, "81.25", /GDP/).source?.text).toBe("entered by the user (the task pane or --denominator)");
  // Every figure of the paragraph has a source: none is marked for the author to confirm.
  const inParagraph = en.figures.filter((f) => text.includes(f.context));
  expect(inParagraph.length).toBeGreaterThanOrEqual(4);
  expect(inParagraph.every((f) => f.source && f.source.findings.length === 0)).toBe(true);
});
