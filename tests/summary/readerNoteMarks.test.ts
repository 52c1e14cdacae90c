/**
 * A figure resting on a reading note (识别说明) is not told as certain (issue 22; rule 14 of docs/report-rules.md):
 * the clause of the 综述 (in English, the sentence) whose figures come from the cells a note names ends
 * "（待核实，见识别说明）" / "(to be confirmed; see the reading notes)".
 * - malformed-blank-leaf: C4, the leaf under 事故起数 between 本期 and 同比增减幅度, is blank and read by analogy as
 *   去年同期, so the accidents' 同比 (23 against C5's 20: 增加3起、上升15%) and the counties' moves rest on column C;
 *   the deaths' and injuries' 同比 (columns F and I, headed 去年同期) do not.
 * - malformed-duplicate-headers: C1 and D1 both say 死亡人数; the deaths told (26) come from one of them.
 * - corpus 26 names its 万亩 columns (G3, I3) set aside for the 千公顷 ones: nothing told comes from them.
 */
import fs from "fs";
import path from "path";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";

async function narrative(file: string, language: "zh" | "en"): Promise<readonly string[]> {
  const data = await loadXlsx(fs.readFileSync(path.join(__dirname, "..", file)));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" })), { language }).narrative;
}

describe("the clauses resting on a reading note are marked 待核实", () => {
  test("a leaf header read by analogy (C4 as 去年同期): the accidents' 同比 and the counties' moves, not the deaths' or injuries'", async () => {
    const [first, counties] = await narrative("fixtures/malformed-blank-leaf.xlsx", "zh");
    expect(first).toBe(
      "2024年1—6月，全州共发生各类生产安全事故23起、死亡26人、受伤11人，同比事故起数增加3起、上升15%（待核实，见识别说明），" +
        "死亡人数增加5人、上升23.8%，受伤人数增加5人、上升83.3%。",
    );
    expect(counties).toContain("“双上升”（待核实，见识别说明）；10个县（市）中有1个实现事故起数、死亡人数“双下降”（待核实，见识别说明）。");
    expect(counties).toContain("事故起数居前的是楚雄市5起、禄丰市4起、大姚县3起；");
    const [en] = await narrative("fixtures/malformed-blank-leaf.xlsx", "en");
    expect(en).toContain("with 26 deaths and 11 injuries. Compared with a year earlier, accidents rose by 3 (15%)");
    expect(en).toMatch(/injuries by 5 \(83\.3%\) \(to be confirmed; see the reading notes\)\.$/);
  });

  test("one header on two columns marks the figures told from them; a note on columns set aside (corpus 26) marks nothing, nor does a workbook without notes (the sample)", async () => {
    expect(await narrative("fixtures/malformed-duplicate-headers.xlsx", "zh")).toEqual([
      "全州共发生各类生产安全事故23起、死亡26人、受伤11人（待核实，见识别说明）。",
    ]);
    expect((await narrative("fixtures/malformed-duplicate-headers.xlsx", "en"))[0]).toMatch(/\(to be confirmed; see the reading notes\)\.$/);
    for (const file of ["corpus/workbooks/26-hb-dis-2023-09-two-units.xlsx", "../assets/samples/bureau-2024H1.xlsx"])
      for (const language of ["zh", "en"] as const) expect((await narrative(file, language)).join("\n")).not.toMatch(/识别说明|reading notes/);
  });
});
