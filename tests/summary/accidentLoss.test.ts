/**
 * The accident direct economic loss in the accident paragraph, with its 同比 (issue 22, "what releases say":
 * "直接经济损失1234.5万元，同比下降12.3%"). Reference figures from openpyxl over tests/fixtures/layout-b.xlsx's
 * 事故台账, 1—6月 and 是否纳入统计 ≠ 否 (dates as written, "—" losses left out): 2024 — 23 accidents, 1026.25万元;
 * 2023 — 20 accidents, 933万元: +93.25万元, 10.0%.
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";

async function firstParagraph(file: string, language: "zh" | "en"): Promise<string> {
  const model = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync(`tests/fixtures/${file}`))));
  return planSummary(workbookFacts(model), { language }).narrative[0];
}

describe("the accident direct economic loss and its 同比", () => {
  test("layout-b: 直接经济损失1026.25万元 after the casualties, and its change among the others", async () => {
    const zh = await firstParagraph("layout-b.xlsx", "zh");
    expect(zh).toContain(
      "共发生各类生产安全事故23起、死亡26人、受伤11人，直接经济损失1026.25万元（本期4起、去年同期3起事故未填报直接经济损失，均按0计入，见核对），同比",
    );
    expect(zh).toContain("直接经济损失增加93.25万元、上升10%");
  });

  test("in English the loss is a sentence, and its change is in the same money unit (CNY 0.93 million, not CNY 932,500)", async () => {
    const en = await firstParagraph("layout-b.xlsx", "en");
    expect(en).toContain(
      "The direct economic loss was CNY 10.26 million (4 accidents this period and 3 a year earlier with no loss filled in are counted as zero; see the checks). Compared with a year earlier,",
    );
    expect(en).toContain("the direct economic loss by CNY 0.93 million (10%)");
  });

  test("the sample's accident table has no loss column: its reference sentence stays as the report writes it", async () => {
    const { SAMPLE_SENTENCES, sampleModel } = await import("./sample");
    const text = planSummary(workbookFacts(await sampleModel())).narrative.join("");
    for (const s of SAMPLE_SENTENCES) expect(text).toContain(s);
    expect(text).not.toMatch(/受伤11人，直接经济损失/);
  });
});
