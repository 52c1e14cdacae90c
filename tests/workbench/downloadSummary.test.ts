/**
 * 下载汇总工作簿 gives what the pane shows (issue 23): the pane's language and options when it has
 * written nothing yet, else the very sheets it wrote — the summary and the consolidation sheets, in
 * order, each under its mark. The sample is assets/samples/bureau-2024H1.xlsx (楚雄州 2024H1, the
 * reference report's figures) and the returns are assets/samples/returns/*.xlsx.
 */
import * as fs from "fs";
import * as path from "path";
import { planConsolidation } from "../../src/core/consolidate/planConsolidation";
import { planSummary } from "../../src/core/summary/planSummary";
import { workbookFacts } from "../../src/core/facts";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { makeSummaryWorkbook } from "../../src/workbench/downloadSummary";
import { PaneWrites } from "../../src/workbench/paneWrites";
import { readCountyReturn } from "../../src/xlsx/readCountyReturn";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { sampleModel, SAMPLE_PATH } from "../summary/sample";

const RETURNS = path.join(__dirname, "../../assets/samples/returns");
const sample = () => {
  const bytes = fs.readFileSync(SAMPLE_PATH);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

/** The sheets of a written file: name, mark kind, and every text in it. */
async function sheetsOf(bytes: Uint8Array) {
  const book = await streamWorkbook(await XlsxPackage.open(bytes));
  return book.sheets.map((s) => ({
    name: s.name,
    mark: s.mark?.replace(/:\d+$/, ""),
    texts: s.values.flat().filter((v): v is string => typeof v === "string"),
  }));
}

/** The texts of a plan's cells. */
const planTexts = (plan: SummaryPlan) => plan.cells.flat().flatMap((c) => (typeof c.value === "string" ? [c.value] : []));

test("with nothing generated yet, the download is planned with the pane's options: English, 0 decimals (the old download was always Chinese)", async () => {
  const made = await makeSummaryWorkbook(sample(), "bureau-2024H1.xlsx", { options: { language: "en", percentDecimals: 0 } });
  const sheets = await sheetsOf(made.bytes);
  expect(made.sheetName).toBe("Summary");
  const summary = sheets.find((s) => s.name === "Summary")!;
  expect(summary.mark).toBe("bureau-stats-summary");
  expect(summary.texts.join("\n")).toMatch(/CNY 123\.22 million/);
  expect(sheets.map((s) => s.name)).not.toContain("汇总");
});

test("the sheets the pane wrote are the download's: its summary and then its consolidation's four sheets, each from the plan written and under its mark", async () => {
  const model = await sampleModel();
  const summaryPlan = planSummary(workbookFacts(model), { language: "en", generatedAt: "2026-12-06T16:30" });
  const returns = await Promise.all(
    fs
      .readdirSync(RETURNS)
      .filter((f) => !f.startsWith("损坏"))
      .map((f) => readCountyReturn(fs.readFileSync(path.join(RETURNS, f)), f)),
  );
  const consolidation = planConsolidation(returns, { language: "en", summary: { generatedAt: "2026-12-06T16:31" } });
  const writes = new PaneWrites();
  writes.summaryPlanned(summaryPlan);
  writes.summaryWritten(true);
  writes.consolidationWritten(consolidation);

  const made = await makeSummaryWorkbook(sample(), "bureau-2024H1.xlsx", { written: writes.sheets, options: { language: "zh" } });
  const sheets = await sheetsOf(made.bytes);
  const ours = sheets.filter((s) => s.mark);
  expect(ours.map((s) => s.name)).toEqual(["Summary", ...consolidation.sheets.map((p) => p.sheetName)]);
  expect(ours.map((s) => s.mark)).toEqual(["bureau-stats-summary", ...consolidation.marks.map((m) => `bureau-stats-${m}`)]);
  // Each written sheet holds its plan's texts: the pane's plan, not one planned again with other options.
  for (const [i, plan] of [summaryPlan, ...consolidation.sheets].entries()) expect(ours[i].texts).toEqual(expect.arrayContaining(planTexts(plan)));
});

test("a summary generated twice with 替换 replaces its first sheet in the download, as it did in the workbook", async () => {
  const model = await sampleModel();
  const writes = new PaneWrites();
  for (const language of ["zh", "en"] as const) {
    writes.summaryPlanned(planSummary(workbookFacts(model), { language }));
    writes.summaryWritten(true);
  }
  const sheets = await sheetsOf((await makeSummaryWorkbook(sample(), "bureau-2024H1.xlsx", { written: writes.sheets })).bytes);
  expect(sheets.filter((s) => s.mark).map((s) => s.name)).toEqual(["Summary"]);
});

test("a Generate that failed or was cancelled after planning leaves nothing to download from", () => {
  const writes = new PaneWrites();
  writes.summaryPlanned({ sheetName: "汇总" } as SummaryPlan);
  writes.summaryDropped();
  writes.summaryWritten(true);
  expect(writes.sheets).toEqual([]);
});
