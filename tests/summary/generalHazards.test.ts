/**
 * A hazard table of 一般隐患 and 重大隐患 by groups of enterprises (corpus 36, 四川 1~9月, esafety.cn/news/66349:
 * "一般隐患整改率97.28%"; its README lists the slip). The table states 排查治理单位98250家, 一般隐患141911项, 已整改137354项,
 * 一般隐患整改率97.28%, 重大隐患182项, 已整改72项, 列入治理计划110项, 落实治理资金44220.32万元, 重大隐患整改率39.56%; under it
 * "其中：煤矿、非煤矿山等工矿企业" 43158家 (96.61%, 48.48%) and "交通运输等重点行业领域企业" 55092家 (96.93%, 37.58%).
 * The 核对 recomputes E3: 137354 ÷ 141911 = 96.79% (by hand: 137354 / 141911 = 0.967888…); 72 ÷ 182 = 39.56% agrees.
 * Before: the 综述 was empty (the table has no 排查隐患), the section printed the flagged 97.28 and left the 其中 row out.
 */
import fs from "fs";
import path from "path";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";

const FILE = path.join(__dirname, "../corpus/workbooks/36-sc-haz-1-9-rate-slip.xlsx");

async function plan(language: "zh" | "en"): Promise<SummaryPlan> {
  const data = await loadXlsx(fs.readFileSync(FILE));
  return planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data), { reportDate: "2024-06-30" })), { language });
}

/** The rows of the plan's first section as "label | value | …". */
function sectionRows(p: SummaryPlan): string[][] {
  const s = p.sections[0];
  return p.cells.slice(s.firstRow, s.lastRow + 1).map((row) => row.map((c) => (c.value === null || c.value === undefined ? "" : String(c.value))));
}

describe("corpus 36: a table of 一般隐患 and 重大隐患 is told, in the source's words and units", () => {
  test("the 综述 tells the general and the major hazards apart, never added, with the rate its counts give and the stated one named", async () => {
    expect((await plan("zh")).narrative).toEqual([
      "1—9月，全省排查治理单位98250家，一般隐患141911项，已整改137354项，整改率96.79%（原表填为97.28%，与分子、分母不符，见核对）；" +
        "重大隐患182项，已整改72项，整改率仅39.56%。列入治理计划的重大隐患110项，落实整改资金44220.32万元。" +
        "分类别看，煤矿、非煤矿山等工矿企业43158家，一般隐患整改率96.61%，重大隐患整改率48.48%；" +
        "交通运输等重点行业领域企业55092家，一般隐患整改率96.93%，重大隐患整改率37.58%。",
    ]);
  });

  test("the English says the same, with no Chinese in it", async () => {
    const [en] = (await plan("en")).narrative;
    expect(en).toContain("A total of 141,911 general hazards were found and 137,354 rectified, a rectification rate of 96.79% (the table states 97.28%");
    expect(en).toContain("Of 182 major hazards, only 72 were rectified (39.56%).");
    expect(en).toContain("coal, non-coal and other mining and industrial enterprises (43,158 units) had a general-hazard rectification rate of 96.61%");
    expect(en).not.toMatch(/[\u3400-\u9fff]/);
  });

  test("the section gives the 整改率 from its counts, keeps the rates a row states without counts, and shows the 其中 row under the 合计", async () => {
    const rows = sectionRows(await plan("zh"));
    const total = rows.find((r) => r[0] === "全省合计")!;
    const header = rows.find((r) => r[0] === "类别")!;
    expect(Number(total[header.indexOf("整改率（%）")]).toFixed(2)).toBe("96.79");
    const transport = rows.find((r) => r[0] === "交通运输等重点行业领域企业")!;
    expect(transport[header.indexOf("重大隐患整改率（%）")]).toBe("37.58");
    const at = rows.indexOf(total);
    expect(rows[at + 1].slice(0, 2)).toEqual(["其中：煤矿、非煤矿山等工矿企业", "43158"]);
    expect(rows[at + 1][header.indexOf("整改率（%）")]).toBe("96.61");
  });

  test("nothing is left to confirm: the two 已整改 columns are told apart by the count on their left", async () => {
    const p = await plan("zh");
    expect(p.sections.map((s) => s.id)).not.toContain("readerNotes");
  });
});
