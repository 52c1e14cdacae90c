/**
 * The source's units everywhere, table headers included (issue 22, consistency): a hazard table that
 * counts in 项 gets "排查隐患（项）" and "已整改（项）" over its columns, as its own header says, never
 * the default 条; the 综述 says 项 too. Hand-built table; a table that names no unit keeps 条.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

function plan(unit: string) {
  const rows = [
    ["楚雄州2024年1—6月隐患排查治理情况表"],
    ["县（市）", `排查隐患${unit}`, `已整改${unit}`, "整改率（%）"],
    ["楚雄市", 120, 110, 91.67],
    ["南华县", 80, 70, 87.5],
    ["合计", 200, 180, 90],
  ];
  return planSummary(workbookFacts(readWorkbook({ sheets: [sheetOf("隐患", rows)] })));
}

describe("the hazard headers keep the source's unit", () => {
  test("a table counting in 项 gets 排查隐患（项） and 已整改（项）, and the 综述 says 项", () => {
    const p = plan("（项）");
    const texts = p.cells.flat().map((c) => String(c.value ?? ""));
    expect(texts).toContain("排查隐患（项）");
    expect(texts).toContain("已整改（项）");
    expect(texts).not.toContain("排查隐患（条）");
    expect(p.narrative.join("")).toContain("发现安全隐患200项");
  });

  test("a table that names no unit keeps 条", () => {
    const texts = plan("")
      .cells.flat()
      .map((c) => String(c.value ?? ""));
    expect(texts).toContain("排查隐患（条）");
  });
});
