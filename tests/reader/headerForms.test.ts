/**
 * Headers as bureaus and reporting systems write them, and what a column's numbers are: 指标/单位
 * (the national accident tables' "事故/起 | 死亡/人"), a units row under the header (the disaster
 * system's export), a title row above it, units on a second line; rates, codes, rainfall, GDP and
 * population beside counts (the Henan 2021 table's headers); a matrix whose rows repeat its
 * columns; a text column under a count's name. Headers are copied from ../shared/real-workbooks.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { headerCore, trailingUnit } from "../../src/core/registry/headerText";
import { parseUnit, unitWord } from "../../src/core/registry/units";
import { matchRegion, rowRoleOf } from "../../src/core/registry/regions";
import { measureOfHeader } from "../../src/core/reader/measureKinds";
import { sheetOf } from "./layouts";

const columnsOf = (rows: unknown[][]) => {
  const model = readWorkbook({ sheets: [sheetOf("表", rows)] });
  const t = model.tables[0];
  return { model, t, byHeader: (h: string) => t.columns.find((c) => c.headerPath.join("/").includes(h))! };
};

test("指标/单位: 事故/起, 死亡/人, 受伤/人, 人口/万人 name the indicator and its unit (national accident tables, 2005)", () => {
  expect(trailingUnit("事故/起")).toEqual({ name: "事故", unit: "起" });
  expect(headerCore("人口/万人")).toBe("人口");
  expect(parseUnit("死亡/人")).toBe("人");
  expect(trailingUnit("2005/7")).toBeUndefined();
  const { t, byHeader } = columnsOf([
    ["省市", "事故/起", "死亡/人", "受伤/人", "人口/万人"],
    ["安徽", 24, 76, 81, 5986],
    ["北京", 2, 6, 30, 1382],
    ["全国", 26, 82, 111, 7368],
  ]);
  expect(t.columns.slice(1).map((c) => [c.indicator, c.unit, c.measure])).toEqual([
    ["accident_count", "起", "count"],
    ["deaths", "人", "count"],
    ["injured", "人", "count"],
    ["population", "万人", "denominator"],
  ]);
  // 人口 in 万人 is kept in 人, the base unit; 全国 is the total and provinces are named in full.
  expect(t.values[0][4]?.value).toBe(59860000);
  expect(t.rows.map((r) => [r.role, r.region])).toEqual([
    ["data", "安徽省"],
    ["data", "北京市"],
    ["total", undefined],
  ]);
  expect(byHeader("死亡").indicator).toBe("deaths");
});

test("a units row under the header (人 | 人 | 公顷 | 万元), a title row above it, and an unnamed code column, as the disaster system exports them", () => {
  const { t } = columnsOf([
    ["", "", "灾种名称：洪涝      灾害发生时间：2020-07-18 08:48:00"],
    ["省", "市", "区县", "", "受灾人口", "因灾死亡人口", "农作物受灾面积", "直接经济损失"],
    ["", "", "", "", "人", "人", "公顷", "万元"],
    ["安徽省", "蚌埠市", "禹会区", "340304000000", 79242, 0, 4904.29, 14162.841],
    ["安徽省", "蚌埠市", "淮上区", "340311000000", 1200, 1, 30.5, 20],
  ]);
  expect(unitWord("公顷")).toBe("公顷");
  expect(unitWord("受灾人口")).toBeUndefined();
  expect(t.columns.filter((c) => c.indicator).map((c) => [c.indicator, c.unit])).toEqual([
    ["affected_pop", "人"],
    ["dz_deaths", "人"],
    ["crop_affected_ha", "公顷"],
    ["dz_direct_loss", "万元"],
  ]);
  // Named by the county, never by the city; the province and city say where it lies; the code column is a code.
  expect(t.rows.map((r) => [r.label, r.level, r.within])).toEqual([
    ["禹会区", "county", ["安徽省", "蚌埠市"]],
    ["淮上区", "county", ["安徽省", "蚌埠市"]],
  ]);
  expect(t.columns[3].role).toBe("code");
  expect(t.title).toContain("灾害发生时间：2020-07-18");
});

test("rates, codes, rainfall, GDP and population beside counts: none is a count (the Henan 2021 table's headers)", () => {
  expect(measureOfHeader(["万人转移安置率"])).toBe("rate");
  expect(measureOfHeader(["县代码（灾情上报系统）"])).toBe("identifier");
  expect(measureOfHeader(["降雨量\n（毫米）"])).toBe("measurement");
  expect(measureOfHeader(["占比(%)"])).toBe("share");
  expect(measureOfHeader(["人均损失"])).toBe("per_capita");
  expect(measureOfHeader(["权重"])).toBe("index");
  const { t } = columnsOf([
    [
      "县代码（灾情上报系统）",
      "区域",
      "降雨量\n（毫米）",
      "因灾死亡+失踪人数（人）",
      "万人死亡和失踪率",
      "万人转移安置率",
      "GDP（亿元）",
      "第七次普查常住人口数（人）",
      "直接经济损失（万元）",
    ],
    [410102, "中原区", 663.27, 0, 0, 90.06, 819.2, 962642, 209503.64],
    [410103, "二七区", 725.71, 25, 0.2356, 731.88, 658.81, 1061263, 581904.07],
    [410104, "管城回族区", 654.76, 34, 0.4149, 658.76, 1044.38, 819439, 180024.11],
  ]);
  expect(t.columns.map((c) => [c.indicator ?? null, c.role, c.measure ?? null])).toEqual([
    [null, "code", "identifier"],
    [null, "key", null],
    ["rainfall_mm", "value", "measurement"],
    ["dz_deaths_missing", "value", "count"],
    [null, "rate", "rate"],
    [null, "rate", "rate"],
    ["gdp", "value", "denominator"],
    ["population", "value", "denominator"],
    ["dz_direct_loss", "value", "amount"],
  ]);
});

test("fractions in a column of people are no count of people: the column is set aside and said", () => {
  const { t, model } = columnsOf([
    ["区域", "紧急转移安置人口（人）", "因灾死亡人口（人）"],
    ["中原区", 90.06463, 0],
    ["二七区", 731.88267, 25],
    ["管城回族区", 658.75556, 34],
    ["金水区", 15.35046, 20],
  ]);
  expect(t.columns[1]).toMatchObject({ role: "ignored" });
  expect(t.columns[1].indicator).toBeUndefined();
  expect(t.columns[2].indicator).toBe("dz_deaths");
  expect(model.diagnostics.map((d) => d.message.zh)).toContainEqual(expect.stringContaining("数值多为小数（90.06、731.88、658.76"));
});

test("a matrix whose row labels repeat its column headers (a correlation matrix) is not read as a table of figures", () => {
  const heads = ["降雨量\n（毫米）", "因灾死亡+失踪人数（人）", "农作物受灾面积（公顷）", "直接经济损失（万元）"];
  const { model } = columnsOf([["", ...heads], ...heads.map((h, i) => [h, ...heads.map((_, j) => (i === j ? 1 : 0.3 + 0.1 * (i + j)))])]);
  expect(model.tables).toEqual([]);
  expect(model.findings).toEqual([]);
  expect(model.diagnostics.map((d) => d.message.zh)).toContainEqual(expect.stringContaining("行标题与列标题相同"));
});

test("a column of words under a count's name (事故: 翻车, 爆炸) is never a count", () => {
  const { t, model } = columnsOf([
    ["区域", "事故", "死亡/人"],
    ["运城地区平陆县", "翻车", 12],
    ["莆田市", "车辆失控", 28],
    ["临汾市襄汾县", "爆炸", 25],
  ]);
  expect(t.columns[1].indicator).toBeUndefined();
  expect(t.columns[2].indicator).toBe("deaths");
  expect(model.diagnostics.map((d) => d.message.zh)).toContainEqual("“事故”列是文字（翻车、车辆失控、爆炸…），不是事故起数，未计数");
});

test("provinces, short or in full, are regions; 全国 is a total", () => {
  expect(matchRegion("广西")?.region).toBe("广西壮族自治区");
  expect(matchRegion("内蒙古自治区")).toMatchObject({ region: "内蒙古自治区", kind: "province" });
  expect(matchRegion("贵州")?.region).toBe("贵州省");
  expect(rowRoleOf("全国")).toBe("total");
});
