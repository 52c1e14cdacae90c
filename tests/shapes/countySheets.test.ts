/**
 * One sheet per county and a sheet of the whole come together as ONE table by county (issue 19.4):
 * each county's sheet is a row, the whole's stated figures are the 合计 row where it states the same
 * indicator, period and unit, the counties are added where it is silent only when every part is a
 * county, and otherwise the 合计 stays "—" with a note saying why — never a guess. The 核对 of the
 * counties against the whole is unchanged. Hand-made sheets in the shape of 亳州市's 2023 hazard
 * returns (figures invented, summed by hand: 重大隐患 200 + 300 + 131 = 631 against 全市's 630, the
 * planted slip; 一般隐患 100 + 200 + 300 = 600), and the real release (tests/corpus 35).
 */
import { englishWhole } from "../../src/core/summary/narrative/region";
import * as path from "path";
import { workbookFacts, type TableSource, type WorkbookFacts } from "../../src/core/facts";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { readThroughCli } from "../corpus/harness/readPaths";
import { sheetOf } from "../reader/layouts";
import { hazardReturnSheet, wholeCitySheet } from "./hazardReturnSheets";

const counties = [
  hazardReturnSheet("甲县", "甲县", 100, 200, 195),
  hazardReturnSheet("乙区", "乙区", 200, 300, 300),
  hazardReturnSheet("丙县", "丙县", 300, 131, 125),
];

/** A 全市 sheet that states 重大隐患 only. */
const majorOnlyWhole = sheetOf("全市", [
  ["某市2023年安全生产隐患报送情况汇总"],
  ["统计时段：2023年1—12月"],
  ["项目", "报送数", "已整改", "整改率(%)"],
  ["重大隐患（家）", 631, 620, 98.26],
]);

function facts(sheets: SheetSnapshot[]): WorkbookFacts {
  return workbookFacts(readWorkbook({ sheets }));
}

function plan(sheets: SheetSnapshot[] | WorkbookFacts, language: "zh" | "en" = "zh"): SummaryPlan {
  return planSummary(Array.isArray(sheets) ? facts(sheets) : sheets, { language, generatedAt: "2024-01-04T09:00" });
}

/** The row of the plan whose first cell is `label`, as [value or formula] per cell. */
function rowOf(p: SummaryPlan, label: string): (string | number | null)[] | undefined {
  const row = p.cells.find((r) => r[0]?.value === label);
  return row?.map((c) => c.formula ?? (c.value as string | number | null));
}

function joinedSource(wf: WorkbookFacts): TableSource | undefined {
  return wf.sources.find((s): s is TableSource => s.kind === "table" && s.joined !== undefined);
}

describe("county sheets and the whole's sheet as one table by county", () => {
  const sheets = [wholeCitySheet(630, 620, 98.41), ...counties];

  it("makes one source whose rows are the counties and whose 合计 is what 全市 states", () => {
    const wf = facts(sheets);
    const joined = joinedSource(wf)!;
    expect(joined.joined).toEqual({ parts: ["甲县", "乙区", "丙县"], whole: "全市", open: [], notPlaces: [] });
    expect(wf.sources.filter((s) => s.kind === "table").map((s) => s.id)).toEqual([joined.id]);
    const major = wf.facts.filter((f) => f.source === joined.id && f.indicator === "major_found");
    expect(major.map((f) => [f.breakdown.map((k) => k.key).join(), f.value])).toEqual([
      ["", 630],
      ["甲县", 200],
      ["乙区", 300],
      ["丙县", 131],
    ]);
  });

  it("shows one block: a row per county and the 全市 row from its sheet, and keeps the 核对's slip", () => {
    const p = plan(sheets);
    expect(p.cells.flat().filter((c) => c.value === "县（市、区）")).toHaveLength(1);
    expect(rowOf(p, "甲县")?.slice(1, 4)).toEqual(["='甲县'!B5", "='甲县'!B4", "='甲县'!C5"]);
    expect(rowOf(p, "全市")?.slice(1, 4)).toEqual(["='全市'!B5", "='全市'!B4", "='全市'!C5"]);
    expect(p.cells.flat().some((c) => typeof c.value === "string" && c.value.startsWith("数据来源：工作表 甲县"))).toBe(false);
    const slip = p.cells.find((r) => r[0]?.value === "全市" && r[1]?.value === "B5");
    expect(slip?.[2]?.value).toBe(630);
    expect(slip?.[3]?.value).toBe(631);
  });

  it('names the 合计 row in English by the whole\'s sheet too: 全市 is "Whole city", never "Total"', () => {
    const en = plan(sheets, "en");
    expect(rowOf(en, "Whole city")?.slice(1, 4)).toEqual(["='全市'!B5", "='全市'!B4", "='全市'!C5"]);
    expect(rowOf(en, "Total")).toBeUndefined();
    expect(rowOf(en, "甲县")?.slice(1, 4)).toEqual(["='甲县'!B5", "='甲县'!B4", "='甲县'!C5"]);
    expect(["全州", "全 省", "全国", "全市合计", "合计", "市直单位"].map(englishWhole)).toEqual([
      "Whole prefecture",
      "Whole province",
      "Whole country",
      "Whole city",
      undefined,
      undefined,
    ]);
  });

  it("adds the counties where 全市 is silent and every part is a county", () => {
    const wf = facts([majorOnlyWhole, ...counties]);
    expect(joinedSource(wf)?.joined?.open).toEqual([]);
    const general = wf.facts.find((f) => f.source === joinedSource(wf)!.id && f.indicator === "general_found" && f.breakdown.length === 0);
    expect(general).toMatchObject({ value: 600, derived: true, provenance: { kind: "sum" } });
    const total = rowOf(plan(wf), "全市")!;
    expect(total[1]).toBe("='全市'!B4");
    expect(String(total[2])).toMatch(/^=SUM\(|^='甲县'!B4\+'乙区'!B4\+'丙县'!B4$/);
  });

  it("leaves the 合计 open with a note when a part is not a county (it may overlap them)", () => {
    const withUnits = [majorOnlyWhole, counties[0], counties[1], hazardReturnSheet("市直单位", "市直单位", 300, 131, 125)];
    const wf = facts(withUnits);
    expect(joinedSource(wf)?.joined).toMatchObject({ open: ["general_found"], notPlaces: ["市直单位"] });
    const p = plan(wf);
    expect(rowOf(p, "全市")?.slice(1, 3)).toEqual(["='全市'!B4", "—"]);
    expect(p.cells.flat().map((c) => c.value)).toContain(
      "注：“全市”表未单列一般隐患；“市直单位”不是县（市、区），与各县（市、区）可能重叠，一般隐患不作合计。",
    );
    expect(p.cells.flat().map((c) => c.value)).toContain("县（市、区）及单位");
    expect(p.notes.join()).not.toContain("去年同期");
    const en = plan(wf, "en");
    expect(en.cells.flat().map((c) => c.value)).toContain(
      'Note: sheet "全市" does not state general hazards; "市直单位" is not a county and may overlap the counties, so no total is given for general hazards.',
    );
  });

  it("keeps sheets of different periods apart: they are not rows of one table", () => {
    const later = sheetOf("丁县", [
      ["丁县2023年1—11月安全生产隐患报送情况"],
      ["统计时段：2023年1—11月"],
      ["项目", "报送数", "已整改", "整改率(%)"],
      ["一般隐患（条）", 50, 50, 100],
      ["重大隐患（家）", 5, 5, 100],
    ]);
    // The reader groups them (one form, two counties); the facts do not join them.
    expect(readWorkbook({ sheets: [counties[0], later] }).sheetGroups).toHaveLength(1);
    const wf = facts([counties[0], later]);
    expect(joinedSource(wf)).toBeUndefined();
  });
});

describe("亳州市's 2023 hazard returns (tests/corpus 35)", () => {
  const file = path.join(__dirname, "../corpus/workbooks/35-bz-2023-county-sheets-wps.xlsx");
  let wf: WorkbookFacts;
  beforeAll(async () => {
    wf = workbookFacts((await readThroughCli(file)).model);
  });

  it("gives one table of 7 rows whose 全市 row is the city sheet's 630 and 620 家, and leaves 一般隐患 open", () => {
    const p = plan(wf);
    expect(rowOf(p, "市安委会成员单位")?.slice(1, 4)).toEqual(["='市安委会成员单位'!B5", "='市安委会成员单位'!B4", "='市安委会成员单位'!C5"]);
    expect(rowOf(p, "全市")?.slice(1, 4)).toEqual(["='全市'!B5", "—", "='全市'!C5"]);
    expect(p.cells.flat().map((c) => c.value)).toContain(
      "注：“全市”表未单列一般隐患；“市安委会成员单位”不是县（市、区），与各县（市、区）可能重叠，一般隐患不作合计。",
    );
    // The city's own 隐患 of every grade stays on its block; the 综述 tells it as before.
    expect(rowOf(p, "排查隐患（条）")?.[1]).toBe("='全市'!B4");
    expect(p.narrative[0]).toBe("2023年，全市发现安全隐患124841条，完成整改124841条，整改率100%。");
    expect(p.cells.filter((r) => r[0]?.value === "全市" && /^[BC]5$/.test(String(r[1]?.value))).map((r) => [r[2].value, r[3].value])).toEqual([
      [630, 631],
      [620, 623],
    ]);
  });
});
