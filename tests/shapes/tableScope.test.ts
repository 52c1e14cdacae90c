/**
 * One sheet per county plus the sheet of the whole (the shape of 亳州市's 2023 hazard returns,
 * tests/corpus 35): one table by county, and the counties checked against the whole sheet.
 * The figures are invented; the slip is planted (the whole sheet says 630, the counties add to 631).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { cellIndicator } from "../../src/core/registry/cellIndicator";
import { titleScope } from "../../src/core/reader/titleScope";
import { hazardReturnSheet, wholeCitySheet } from "./hazardReturnSheets";

const whole = wholeCitySheet(630, 620, 98.41);
const returnSheet = hazardReturnSheet;

const counties = [returnSheet("甲县", "甲县", 100, 200, 195), returnSheet("乙区", "乙区", 200, 300, 300), returnSheet("市直单位", "市直单位", 300, 131, 125)];

describe("one sheet per county and a sheet of the whole", () => {
  const model = readWorkbook({ sheets: [whole, ...counties] });

  it("reads the county sheets as one group with the whole sheet as its total, a unit that is no county keyed apart", () => {
    expect(model.sheetGroups).toHaveLength(1);
    const group = model.sheetGroups![0];
    expect(group.total).toBe("全市!A3:D5");
    expect(group.parts.map((p) => `${p.dimension}:${p.key}`)).toEqual(["region:甲县", "region:乙区", "other:市直单位"]);
  });

  it("keys every table of a county sheet by its county and leaves the whole sheet unkeyed", () => {
    const byId = new Map(model.tables.map((t) => [t.sheet, t.scope?.[0]?.key]));
    expect([...byId.entries()]).toEqual([
      ["全市", undefined],
      ["甲县", "甲县"],
      ["乙区", "乙区"],
      ["市直单位", "市直单位"],
    ]);
  });

  it("finds the whole sheet's 重大隐患 that the county sheets do not add up to, and nothing else", () => {
    const found = model.findings.filter((f) => f.severity === "error").map((f) => `${f.kind} ${f.sheet}!${f.cell} ${f.stated}/${f.recomputed}`);
    expect(found).toEqual(["total_mismatch 全市!B5 630/631"]);
    expect(model.findings.find((f) => f.cell === "B5")?.sources).toEqual(["甲县!B5", "乙区!B5", "市直单位!B5"]);
  });

  it("groups nothing when the sheets are not places (sheets by year are periods, not counties)", () => {
    const byYear = readWorkbook({
      sheets: [returnSheet("2022年", "某市", 1, 2, 2), returnSheet("2023年", "某市", 1, 3, 3), returnSheet("2024年", "某市", 1, 4, 4)],
    });
    expect(byYear.sheetGroups).toBeUndefined();
    expect(byYear.tables.every((t) => t.scope === undefined)).toBe(true);
  });

  it("names a cell of a table keyed by indicator by its row and its column's stage (registry rates)", () => {
    expect(cellIndicator("major_found", "rectified")).toBe("major_rectified");
    expect(cellIndicator("major_found", "rect_rate")).toBe("major_rect_rate");
    expect(cellIndicator("hazards_found", "rectified")).toBe("rectified");
    expect(cellIndicator("hazards_found", "rect_rate")).toBe("rect_rate");
    expect(cellIndicator("deaths", "rectified")).toBeUndefined();
    expect(cellIndicator("deaths", undefined)).toBe("deaths");
  });
});

describe("what a title narrows a table to", () => {
  it("keys a table titled by one field or one level by it, unless its rows name fields or levels themselves", () => {
    expect(titleScope("工矿商贸生产安全死亡事故（按行业）", "industry", ["建筑业", "制造业"])).toEqual([
      { dimension: "industry", key: "工矿商贸", from: "title" },
    ]);
    expect(titleScope("2015年7月20日—7月26日较大事故情况", "industry", ["煤矿", "道路交通"])).toEqual([{ dimension: "level", key: "较大", from: "title" }]);
    expect(titleScope("2015年7月20日—7月26日较大事故情况", "industry", ["特别重大事故", "重大事故", "较大事故合计"])).toEqual([]);
    expect(titleScope("全市道路交通和工矿商贸事故情况", "industry", ["甲"])).toEqual([]);
    expect(titleScope("较大以上事故情况", "region", ["甲县"])).toEqual([]);
    expect(titleScope("重大事故隐患排查情况", "region", ["甲县"])).toEqual([]);
  });
});
