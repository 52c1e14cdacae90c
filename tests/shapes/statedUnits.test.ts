/**
 * Stated units are kept (issue 19.8): 亳州市应急管理局 counts 重大隐患 in 家 (enterprises), not in 条
 * (tests/corpus/workbooks/35-bz-2023-county-sheets-wps.xlsx, its 全市 sheet: 隐患 124841条 all
 * rectified, 重大隐患 630家 of which 620 rectified). The registry converts 家 to nothing; the
 * summary shows the figures in the unit they were read in, and the 已整改 of that row is in 家 too.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

const CITY = sheetOf("全市", [
  ["亳州市2023年安全生产隐患报送情况汇总"],
  ["统计时段：2023年1—12月"],
  ["项目", "报送数", "已整改", "整改率(%)"],
  ["隐患（条）", 124841, 124841, 100],
  ["重大隐患（家）", 630, 620, 98.4],
]);

describe("a unit the source states and the registry does not convert", () => {
  it("keeps 家 for 重大隐患 and for its 已整改 (the row's unit), and 条 for 隐患", () => {
    const facts = workbookFacts(readWorkbook({ sheets: [CITY] })).facts;
    const unitOf = (id: string) => facts.find((f) => f.indicator === id && f.measure !== "rate")?.unit;
    expect([unitOf("hazards_found"), unitOf("rectified"), unitOf("major_found"), unitOf("major_rectified")]).toEqual(["条", "条", "家", "家"]);
  });

  it("labels the summary's rows in 家, never 条", () => {
    const plan = planSummary(workbookFacts(readWorkbook({ sheets: [CITY] })), { language: "zh", generatedAt: "2024-01-04T09:00" });
    const labels = plan.cells.flat().flatMap((c) => (typeof c.value === "string" && /隐患/.test(c.value) && /（.+）$/.test(c.value) ? [c.value] : []));
    expect(labels).toEqual(expect.arrayContaining(["重大隐患（家）", "重大隐患已整改（家）", "排查隐患（条）"]));
    expect(labels.filter((l) => l.startsWith("重大隐患") && l.endsWith("（条）"))).toEqual([]);
  });
});
