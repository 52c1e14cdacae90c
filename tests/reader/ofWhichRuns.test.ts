/**
 * Rows that continue an 其中 without the word, and change columns of a flat header (湖北 2024年1-3月
 * 分行业, as transcribed in tests/corpus/workbooks/11-hb-2024-q1-industry-tree.xlsx).
 */
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { sheetOf } from "./layouts";

const HUBEI = [
  ["2024年1-3月全省生产安全事故分行业情况"],
  ["行业（领域）", "事故起数（起）", "同比增减", "幅度(%)", "死亡人数（人）", "同比增减", "幅度(%)"],
  ["全省合计", 128, -216, -62.8, 120, -137, -53.3],
  ["其中：较大事故", 2, "持平", "持平", 9, -1, -10],
  ["农林牧渔业", 1, 1, "—", 5, 5, "—"],
  ["采矿业", 3, 3, "—", 3, 3, "—"],
  ["其中：金属非金属矿山", 3, 3, "—", 3, 3, "—"],
  ["商贸制造业", 19, 6, 46.2, 17, 2, 13.3],
  ["其中：化工", 1, "持平", "持平", 1, "持平", "持平"],
  ["工贸八大行业", 15, 7, 87.5, 14, 2, 16.7],
  ["工商贸其他", 3, -1, null, 2, "持平", null],
  ["烟花爆竹", 0, null, null, 0, null, null],
  ["建筑业", 6, -12, -66.7, 6, -14, -70],
  ["其中：房屋建筑业", 3, -5, -62.5, 3, -7, -70],
  ["土木工程建筑业", 1, -3, -75, 1, -3, -75],
  ["其他建筑业", 2, -4, -66.7, 2, -4, -66.7],
  ["交通运输和仓储业", 92, -215, -70, 82, -134, -62],
  ["其中：道路运输业", 88, -213, null, 78, -132, null],
  ["其他行业", 7, 1, null, 7, 1, null],
];

test("the rows after an 其中 that add up exactly to its parent are its parts (化工 + 工贸八大行业 + 工商贸其他 = 商贸制造业 19; 房屋 + 土木 + 其他 = 建筑业 6); 其他行业 after 道路运输业 (88 + 7 > 92) stays a top-level row", () => {
  const t = readWorkbook({ sheets: [sheetOf("分行业", HUBEI)] }).tables[0];
  const role = (label: string) => t.rows.find((r) => r.label === label)?.role;
  expect(["工贸八大行业", "工商贸其他", "土木工程建筑业", "其他建筑业"].map(role)).toEqual(["of_which", "of_which", "of_which", "of_which"]);
  expect(["农林牧渔业", "采矿业", "商贸制造业", "建筑业", "交通运输和仓储业", "其他行业"].map(role)).toEqual(Array(6).fill("data"));
  expect(t.rows.find((r) => r.label === "工贸八大行业")?.partOf).toBe(t.rows.find((r) => r.label === "商贸制造业")?.row);
  // The top-level rows now add up to the 合计 (1 + 3 + 19 + 0 + 6 + 92 + 7 = 128): no false alarm.
  expect(readWorkbook({ sheets: [sheetOf("分行业", HUBEI)] }).findings).toEqual([]);
});

test("烟花爆竹 (0) after parts that already add up to 商贸制造业's 19 is placed by its name: the national classification (../shared/domain.md §2.2) puts 烟花爆竹 under 商贸制造业, so it is one more part and no warning is given", () => {
  const model = readWorkbook({ sheets: [sheetOf("分行业", HUBEI)] });
  const rows = model.tables[0].rows;
  const fireworks = rows.find((r) => r.label === "烟花爆竹");
  expect([fireworks?.role, fireworks?.partOf]).toEqual(["of_which", rows.find((r) => r.label === "商贸制造业")?.row]);
  expect(model.diagnostics.filter((d) => d.severity === "warning")).toEqual([]);
  expect(model.findings).toEqual([]);
});

test("a row of zeros after parts that already add up, whose name the classification does not place (a bare 其他 ends several industries' lists), stays a row of its own and a warning names it, its cell and the row it may belong to; rows of figures after a run get no warning", () => {
  const unknown = HUBEI.map((r) => (r[0] === "烟花爆竹" ? ["其他", ...r.slice(1)] : r));
  const model = readWorkbook({ sheets: [sheetOf("分行业", unknown)] });
  expect(model.tables[0].rows.find((r) => r.label === "其他")?.role).toBe("data");
  const warnings = model.diagnostics.filter((d) => d.severity === "warning");
  expect(warnings.map((d) => [d.address, d.message.zh])).toEqual([
    [
      "A12",
      "“其他”（A12）各数为0，紧接在已与“商贸制造业”相符的分项之后：按数字无法判断它是“商贸制造业”的分项还是与之并列的一行，按并列的一行列出；为0，不影响任何合计的核对",
    ],
  ]);
  expect(warnings[0].message.en).toContain('"其他" (A12) is all zeros and follows parts that already add up to "商贸制造业"');
  // A zero row that names a level after the levels that add up (楚雄州 2023年, corpus 08: 重大及以上事故 0) is placed by its name: no warning.
  const levels = readWorkbook({
    sheets: [
      sheetOf("2023年", [
        ["类别", "事故起数（起）", "死亡人数（人）"],
        ["各类生产安全事故", 45, 51],
        ["其中：一般事故", 43, 45],
        ["较大事故", 2, 6],
        ["重大及以上事故", 0, 0],
      ]),
    ],
  });
  expect(levels.diagnostics.filter((d) => d.severity === "warning")).toEqual([]);
});

test("a flat header's 同比增减 and 幅度(%) are the changes of the indicator to their left", () => {
  const t = readWorkbook({ sheets: [sheetOf("分行业", HUBEI)] }).tables[0];
  expect(t.columns.slice(1).map((c) => [c.indicator, c.role])).toEqual([
    ["accident_count", "value"],
    ["accident_count", "change_abs"],
    ["accident_count", "change_pct"],
    ["deaths", "value"],
    ["deaths", "change_abs"],
    ["deaths", "change_pct"],
  ]);
});

test("云南 2024年1—5月: 工矿商贸 幅度 -17.89% against its own 增减 -18 on a base of 95 (77 + 18) is -18.95%, a finding", () => {
  const model = readWorkbook({
    sheets: [
      sheetOf("1-5月", [
        ["行业领域", "事故起数（起）", "同比增减", "幅度(%)"],
        ["合计", 300, -20, -6.25],
        ["工矿商贸", 77, -18, -17.89],
        ["道路运输", 223, -2, -0.89],
      ]),
    ],
  });
  expect(model.findings.map((f) => [f.kind, f.cell, f.stated])).toEqual([["stated_change_mismatch", "D3", -17.89]]);
});
