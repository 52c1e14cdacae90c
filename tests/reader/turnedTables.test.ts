/**
 * Years down the side as national releases print them, read turned: a 同比 / 比上年增减 column is a
 * change row named by its own header (not by the "%" of the units row under it), releases' rounded
 * units (3.6万间) are units, and the statistical bulletin's "…死亡人数" per 亿元GDP, per 10万 workers,
 * per 百万吨 and per 万车 are its rates, not deaths or GDP. Tables transcribed from tests/corpus: MEM's
 * 上半年 natural disasters 2019–2025 (corpus 30) and the 2005—2007 accident bulletin (corpus 33); their
 * 2020 同比 were stated against revised 2019 figures, and one 2006 change is planted on the wrong base.
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "./layouts";

const read = (rows: unknown[][]) => readWorkbook({ sheets: [sheetOf("上半年", rows)] });

test("a 同比 column over a units row '%' is a percent change named by its own header, and 3.6 万间 is 36000 rooms (MEM 上半年, corpus 30)", () => {
  const model = read([
    ["全国上半年自然灾害情况"],
    ["年份", "受灾人次", "死亡失踪人数", "倒塌房屋", "受灾人次同比", "死亡失踪同比", "倒塌房屋同比"],
    ["", "万人次", "人", "万间", "%", "%", "%"],
    ["2019年", 3180.3, 359, 3.6, null, null, null],
    ["2020年", 4960.9, 271, 1.9, 41.5, -26.2, -53.7],
    ["2022年", 3914.3, 178, 1.8, null, null, null],
  ]);
  const t = model.tables[0];
  expect(t.transposed).toBe(true);
  expect(t.rows.filter((r) => r.change).map((r) => [r.label, r.indicator, r.change])).toEqual([
    ["受灾人次同比", "affected_pop", "change_pct"],
    ["死亡失踪同比", "dz_deaths_missing", "change_pct"],
    ["倒塌房屋同比", "rooms_collapsed", "change_pct"],
  ]);
  const rooms = t.rows.findIndex((r) => r.indicator === "rooms_collapsed" && !r.change);
  expect(t.values[rooms].slice(1).map((v) => v?.value)).toEqual([36000, 19000, 18000]);
  // MEM's 2020 同比 (+41.5%, −26.2%, −53.7%) against the 2019 row (+56.0%, −24.5%, −47.2%).
  expect(model.findings.map((f) => [f.kind, f.cell])).toEqual([
    ["stated_change_mismatch", "E5"],
    ["stated_change_mismatch", "F5"],
    ["stated_change_mismatch", "G5"],
  ]);
});

test("the bulletin's rates are rates, not deaths or GDP; −15.6% for 3.85 → 3.33 is found and −20.4% for 0.70 → 0.56 is rounding (corpus 33)", () => {
  const model = read([
    ["2005年—2007年全国生产安全事故情况"],
    [
      "年份",
      "生产安全事故死亡人数",
      "比上年增减",
      "亿元国内生产总值生产安全事故死亡人数",
      "比上年增减",
      "工矿商贸企业就业人员10万人生产安全事故死亡人数",
      "比上年增减",
      "煤矿百万吨死亡人数",
      "道路交通万车死亡人数",
    ],
    ["", "人", "%", "人", "%", "人", "%", "人", "人"],
    ["2005年", 127000, -7.1, 0.7, -18.5, 3.85, -6.8, 2.81, 7.6],
    ["2006年", 112822, -11.2, 0.56, -20.4, 3.33, -15.6, 2.04, 6.2],
    ["2007年", 101480, -10.1, 0.413, -26.3, 3.05, -8.4, 1.485, 5.1],
  ]);
  const t = model.tables[0];
  expect(t.rows.filter((r) => !r.change).map((r) => r.indicator)).toEqual([
    "deaths",
    "deaths_per_100m_gdp",
    "deaths_per_100k_workers",
    "coal_deaths_per_mt",
    "road_deaths_per_10k_vehicles",
  ]);
  expect(t.rows.filter((r) => r.change).map((r) => r.label)).toEqual(["比上年增减", "比上年增减", "比上年增减"]);
  expect(model.findings.map((f) => [f.kind, f.severity, f.cell])).toEqual([
    ["rounding", "info", "E5"],
    ["stated_change_mismatch", "error", "G5"],
  ]);
});
