import { isUnitRowText, parseUnit, parseUnitList } from "../../src/core/registry/units";

// Unit spellings from docs/layouts.md (layouts A and C) and §2.4 (家次, 座(次)).
describe("parseUnit", () => {
  it("reads units in full-width and half-width brackets", () => {
    expect(parseUnit("直接经济损失（万元）")).toBe("万元");
    expect(parseUnit("直接经济损失(万元)")).toBe("万元");
    expect(parseUnit("农作物（公顷）")).toBe("公顷");
    expect(parseUnit("紧急转移安置（人次）")).toBe("人次");
    expect(parseUnit("检查企业（家次）")).toBe("家次");
  });

  it("reads the percent of a change or rate header", () => {
    expect(parseUnit("同比增减幅度(%)")).toBe("%");
    expect(parseUnit("整改率（%）")).toBe("%");
    expect(parseUnit("同比增长(±%)")).toBe("%");
  });

  it("reads a 单位： cell with one unit", () => {
    expect(parseUnit("单位：万元")).toBe("万元");
    expect(parseUnit("单位:元")).toBe("元");
  });

  it("returns undefined when no unit is stated or the bracket holds something else", () => {
    expect(parseUnit("事故起数")).toBeUndefined();
    expect(parseUnit("增减(+/-)")).toBeUndefined();
  });
});

describe("parseUnitList", () => {
  it("lists the units of layout A's unit row in order", () => {
    expect(parseUnitList("单位：起、人、%")).toEqual(["起", "人", "%"]);
    expect(isUnitRowText("单位：起、人、%")).toBe(true);
  });

  it("is empty for cells that are not unit rows", () => {
    expect(parseUnitList("统计截止：2024年6月30日")).toEqual([]);
    expect(isUnitRowText("单位名称")).toBe(false);
  });
});
