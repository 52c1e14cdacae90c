/**
 * Hazard and enforcement tables as provinces and cities publish them (corpus 36, 37, 38): a bare
 * 已整改 after 重大隐患 is the major hazards' follow-up, and an enforcement row's unit says what it
 * counts. References: 四川省 1~9月隐患排查治理 (易安网: 重大隐患182项, 已整改72项, 整改率39.56%);
 * 广西 2020年安全生产行政执法统计 (监督监察生产经营单位次数 24482次, 实际监督监察 by industry in 个);
 * 宁德市 2015年1-9月行政执法 (实际监督检查生产经营单位 2491 次, 使用现场检查记录 925 份). The figures
 * below are invented in the same shapes.
 */
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "../reader/layouts";

function factsOf(rows: unknown[][]) {
  return workbookFacts(readWorkbook({ sheets: [sheetOf("表", rows)] })).facts.filter((f) => f.measure !== "change_pct");
}

function byIndicator(rows: unknown[][]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const f of factsOf(rows)) if (f.breakdown.length === 0) out[f.indicator] = f.value;
  return out;
}

describe("a bare follow-up word belongs to the count on its left", () => {
  const HEADER = ["类别", "排查治理单位（家）", "一般隐患（项）", "已整改（项）", "重大隐患（项）", "已整改（项）", "列入治理计划（项）", "重大隐患整改率(%)"];

  test("the second 已整改 after 重大隐患 is the major hazards rectified, never a second 已整改 of all hazards", () => {
    const facts = byIndicator([["全省1~9月隐患排查治理情况"], HEADER, ["全省合计", 5200, 8000, 7800, 40, 30, 10, 75]]);
    expect(facts).toMatchObject({ units_checked: 5200, general_found: 8000, rectified: 7800, major_found: 40, major_rectified: 30, major_planned: 10 });
    expect(factsOf([HEADER, ["全省合计", 5200, 8000, 7800, 40, 30, 10, 75]]).filter((f) => f.indicator === "rectified")).toHaveLength(1);
    // A single 已整改 after an 其中 part stays the whole's (排查隐患 | 其中：重大隐患 | 已整改).
    const sample = byIndicator([
      ["县（市）", "排查隐患（条）", "其中：重大隐患（条）", "已整改（条）", "其中：重大隐患已整改"],
      ["合计", 411, 3, 378, 3],
      ["楚雄市", 200, 2, 190, 2],
      ["禄丰市", 211, 1, 188, 1],
    ]);
    expect(sample).toMatchObject({ hazards_found: 411, major_found: 3, rectified: 378, major_rectified: 3 });
  });
});

describe("an enforcement row's unit says what it counts", () => {
  const ROWS = [
    ["某市2015年1-9月安全生产行政执法统计"],
    ["指标", "单位", "1-9月"],
    ["实际监督检查生产经营单位", "次", 1200],
    ["使用现场检查记录", "份", 480],
    ["实施行政处罚", "次", 30],
  ];

  test("units inspected counted in 次 are inspection visits, and inspection records in 份 are enforcement documents", () => {
    expect(byIndicator(ROWS)).toEqual({ inspection_visits: 1200, documents: 480, penalties: 30 });
    // Units inspected in 家次 stay units inspected.
    expect(
      byIndicator([
        ["指标", "单位", "2024年1—6月"],
        ["检查生产经营单位", "家次", 414],
      ]),
    ).toEqual({ units_inspected: 414 });
  });

  test("监督监察生产经营单位次数 is the number of visits beside the units actually inspected", () => {
    const facts = byIndicator([
      ["指标", "单位", "1-12月"],
      ["实际监督监察生产经营单位", "个", 900],
      ["监督监察生产经营单位次数", "次", 2100],
    ]);
    expect(facts).toEqual({ units_inspected: 900, inspection_visits: 2100 });
  });

  test("a by-industry table's 实际监督监察（个） column is the units actually inspected, by industry", () => {
    const facts = factsOf([
      ["行业", "实际监督监察（个）", "行政处罚（次）"],
      ["煤矿", 40, 20],
      ["化工", 300, 45],
      ["合计", 340, 65],
    ]).filter((f) => f.indicator === "units_inspected");
    expect(facts.map((f) => [f.breakdown.map((k) => k.key).join(), f.value])).toEqual([
      ["煤矿", 40],
      ["化工", 300],
      ["", 340],
    ]);
  });
});
