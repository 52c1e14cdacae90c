/**
 * Fires and forest fires as statistics of their own: their generic words (死亡人数, 直接经济损失)
 * mean the fire's figures only under a 火灾 / 森林火灾 title, the yearbook's "#" marks a part, a
 * units row under the header is a unit and not a group, and the fire services' breakdowns key a
 * table by category. Tables transcribed from tests/corpus: the 2006 statistical yearbook's table
 * 12-26 森林火灾情况 (corpus 34), 麦盖提's 2017年1月 bulletin with a 火灾 section (corpus 40) and
 * 黔西南州's 4月份火灾情况 (corpus 39).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { matchIndicator } from "../../src/core/registry/matchIndicator";
import { isOfWhich } from "../../src/core/registry/headerText";
import { rowRoleOf } from "../../src/core/registry/regions";
import { titleDomain } from "../../src/core/registry/titleDomain";
import { sheetOf } from "../reader/layouts";

const read = (rows: unknown[][]) => readWorkbook({ sheets: [sheetOf("表", rows)] });

test("死亡人数 and 直接经济损失 keep their usual meaning anywhere but a fire table; 火灾起数 and 森林火灾次数 are fires wherever they stand", () => {
  expect(matchIndicator("死亡人数")?.indicator.id).toBe("deaths");
  expect(matchIndicator("直接经济损失")?.indicator.id).toBe("direct_loss");
  expect(matchIndicator("伤亡人数")?.indicator.id).not.toBe("forest_fire_casualties");
  expect(matchIndicator("伤亡人数", { domain: "forest_fire" })?.indicator.id).toBe("forest_fire_casualties");
  expect(matchIndicator("死亡人数", { domain: "fire" })?.indicator.id).toBe("fire_deaths");
  expect(matchIndicator("直接经济损失", { domain: "forest_fire" })?.indicator.id).toBe("forest_fire_loss");
  expect(matchIndicator("火灾起数（起）")?.indicator.id).toBe("fire_count");
  expect(matchIndicator("森林火灾次数")?.indicator.id).toBe("forest_fire_count");
  expect(titleDomain("12-26 森林火灾情况")).toBe("forest_fire");
  expect(titleDomain("二、火灾（据主管部门统计）")).toBe("fire");
  expect(titleDomain("2023年1-6月武汉市生产安全事故情况")).toBe("accident");
});

test("the yearbook's '#' marks a part (#天然林, #死亡人数), not a number ('#1')", () => {
  expect(isOfWhich("#人工林")).toBe(true);
  expect(isOfWhich("＃农村")).toBe(true);
  expect(isOfWhich("#1")).toBe(false);
  expect(rowRoleOf("#农村")).toBe("of_which");
});

test("the 2006 yearbook's forest-fire table: every column is its forest-fire indicator, the units row '(次)' is no group, and 江苏's #人工林 389 of 388 受灾 is found (corpus 34)", () => {
  const model = read([
    ["12-26 森林火灾情况"],
    [
      "年份",
      "森林火灾次数",
      "森林火警",
      "一般火灾",
      "重大火灾",
      "特大火灾",
      "火场总面积",
      "受灾森林面积",
      "#天然林",
      "#人工林",
      "伤亡人数",
      "#死亡人数",
      "直接经济损失",
    ],
    ["地区", "(次)", "", "", "", "", "(公顷)", "(公顷)", "", "", "(人)", "", "(万元)"],
    ["山 西", 63, 12, 50, 1, null, 2302, 1157, 591, 567, 6, 5, 314],
    ["内蒙古", 173, 65, 106, 1, 1, 47229, 4300, 193, 1205, null, null, 11],
    ["江 苏", 172, 151, 21, null, null, 882, 388, null, 389, 1, 1, 243],
  ]);
  const t = model.tables[0];
  expect(t.columns.slice(1).map((c) => [c.indicator, c.industry])).toEqual(
    [
      "forest_fire_count",
      "forest_fire_alarm",
      "forest_fire_general",
      "forest_fire_major",
      "forest_fire_extra",
      "forest_fire_area",
      "forest_area_damaged",
      "forest_damaged_natural",
      "forest_damaged_planted",
      "forest_fire_casualties",
      "forest_fire_deaths",
      "forest_fire_loss",
    ].map((id) => [id, undefined]),
  );
  // 内蒙古's 193 + 1,205 of 4,300 is no slip: the # items are parts, not a split.
  expect(model.findings.map((f) => [f.kind, f.cell, f.stated, f.recomputed])).toEqual([["impossible_value", "J6", 389, 388]]);
});

test("a 火灾 section of a monthly bulletin gives fire figures, never accident deaths or losses (麦盖提 2017年1月, corpus 40)", () => {
  const model = read([
    ["2017年1月全市安全生产事故情况通报"],
    ["二、火灾（据主管部门统计）"],
    ["指标", "1月", "同比(%)"],
    ["火灾起数（起）", 70, 268.4],
    ["死亡人数（人）", 0, null],
    ["受伤人数（人）", 0, null],
    ["直接经济损失（万元）", 57.3, 80.2],
  ]);
  expect(model.tables[0].rows.map((r) => r.indicator)).toEqual(["fire_count", "fire_deaths", "fire_injured", "fire_loss"]);
});

test("the fire services' breakdowns (起火原因, 发生区域) key a table by category, and the causes listed short of the 合计 are found (黔西南州, corpus 39)", () => {
  const model = read([
    ["黔西南州4月份火灾情况"],
    ["发生区域", "火灾起数（起）", "占总数(%)"],
    ["农村（村、寨、屯等）", 22, 61.9],
    ["县城城区", 2, 4.76],
    ["城市城区", 11, 26.19],
    ["集镇镇区", 2, 4.76],
    ["合计", 42, 100],
  ]);
  const t = model.tables[0];
  expect([t.keyKind, t.columns[1].indicator]).toEqual(["other", "fire_count"]);
  expect(model.findings.map((f) => [f.kind, f.cell])).toEqual([
    ["total_mismatch", "B7"],
    ["stated_rate_mismatch", "C3"],
  ]);
});
