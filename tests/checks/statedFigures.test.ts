/**
 * Stated figures recomputed (issue 19.6): a 幅度 on the wrong year's base, a 幅度 beside 本期 and
 * 增减 only (last year = 本期 − 增减), stated shares against the whole, and a fall never taken for
 * a slip. Figures from the releases transcribed in tests/corpus (福鼎 2017年3月, 清远 2023年1—9月).
 */
import { checkTable, type Col } from "./checkTable";
import { checkStatedChanges } from "../../src/core/checks/statedChange";
import { checkStatedShares } from "../../src/core/checks/statedShares";
import { checkImpossibleValues } from "../../src/core/checks/impossibleValues";
import { checkWorkbook } from "../../src/core/checks/checkWorkbook";

const table = checkTable;

const COUNT_CHANGES: Col[] = [
  { indicator: "accident_count", role: "current", measure: "count" },
  { indicator: "accident_count", role: "change_abs" },
  { indicator: "accident_count", role: "change_pct", unit: "%" },
];

test("本期 | 增减 | 幅度 without a 去年同期 column: last year is 本期 − 增减, and 福鼎's −66.67% for 3起, 减少2起 is the change over THIS year (the wrong year's base); −40% is right", () => {
  const t = table(COUNT_CHANGES, [
    ["桐城", "data", 3, -2, -66.67],
    ["桐山", "data", 3, -2, -100],
    ["山前", "data", 3, 1, 50],
    ["太姥山", "data", 2, 2, 200],
  ]);
  const findings = checkStatedChanges(t);
  expect(findings.map((f) => [f.cell, f.stated, f.recomputed])).toEqual([
    ["D2", -66.67, -40],
    ["D3", -100, -40],
  ]);
  expect(findings[0].message.zh).toBe(
    "桐城 D2（accident_count/change_pct）写为 -66.67%，是增减 -2 除以本期 3（B2）所得，基数用错了年份；应除以上年同期 5，为 -40%",
  );
  expect(findings[1].message.en).toBe(
    "桐山: D3 (accident_count/change_pct) states -100%; this period B3 less the change C3 gives 5 the year before, so it is -40%",
  );
});

test("with a 去年同期 column too, a 幅度 divided by this year is named as the wrong year's base", () => {
  const t = table(
    [
      { indicator: "deaths", role: "current" },
      { indicator: "deaths", role: "previous" },
      { indicator: "deaths", role: "change_pct" },
    ],
    [["全市", "data", 3.33, 3.85, -15.6]],
  );
  const [f] = checkStatedChanges(t);
  expect(f.recomputed).toBeCloseTo(-13.5, 1);
  expect(f.message.en).toContain("the wrong year's base");
});

test("清远's death shares (95, 9, 6, 1 of 111 printed 80.4, 10.5, 6.5, 2) are found, and 建筑业 7 of 116 printed 6.04 (6.03)", () => {
  const t = table(
    [
      { indicator: "accident_count", role: "value", measure: "count" },
      { role: "rate", measure: "share", headerPath: ["占总数比例%"] },
      { indicator: "deaths", role: "value", measure: "count" },
      { role: "rate", measure: "share", headerPath: ["占总数比例%"] },
    ],
    [
      ["道路运输业", "data", 95, 81.9, 95, 80.4],
      ["商贸制造业", "data", 12, 10.34, 9, 10.5],
      ["建筑业", "data", 7, 6.04, 6, 6.5],
      ["其他行业", "data", 2, 1.72, 1, 2],
    ],
  );
  expect(checkStatedShares(t).map((f) => f.cell)).toEqual(["C4", "E2", "E3", "E4", "E5"]);
});

test("shares against the 合计 row where there is one; shares of a partial list (adding to 60) with no 合计 are left alone", () => {
  const columns: Col[] = [
    { indicator: "accident_count", role: "value", measure: "count" },
    { role: "rate", measure: "share" },
  ];
  const withTotal = table(columns, [
    ["合计", "total", 42, 100],
    ["电气", "data", 12, 28.57],
    ["生活用火不慎", "data", 8, 28.57],
  ]);
  expect(checkStatedShares(withTotal).map((f) => [f.cell, f.recomputed?.toFixed(2)])).toEqual([["C4", "19.05"]]);
  const partial = table(columns, [
    ["甲", "data", 30, 30],
    ["乙", "data", 20, 20],
    ["丙", "data", 10, 10],
  ]);
  expect(checkStatedShares(partial)).toEqual([]);
});

test("a negative 增减 or 幅度 is a fall, never a slip; a negative count is one; a 同比 row of a turned table is a change", () => {
  const t = table(
    [...COUNT_CHANGES, { indicator: "deaths", role: "current", measure: "count" }],
    [
      ["甲", "data", 3, -2, -40, -1],
      ["同比", "data", -5, null, null, -20],
    ],
    [{}, { change: "change_pct" }],
  );
  expect(checkImpossibleValues(t).map((f) => f.cell)).toEqual(["E2"]);
  expect(
    checkWorkbook([t])
      .filter((f) => f.kind === "impossible_value")
      .map((f) => f.cell),
  ).toEqual(["E2"]);
});

test("四川 1~9月: 一般隐患整改率 97.28% over 一般隐患 141,911 and its 已整改 137,354 is 96.79%; 重大隐患整改率 39.56% over 182 and the second 已整改 72 holds (the nearest columns to each rate's left)", () => {
  const t = table(
    [
      { indicator: "general_found", role: "value" },
      { indicator: "rectified", role: "value" },
      { indicator: "rect_rate", role: "rate" },
      { indicator: "major_found", role: "value" },
      { indicator: "rectified", role: "value" },
      { indicator: "major_rect_rate", role: "rate" },
    ],
    [["全省合计", "total", 141911, 137354, 97.28, 182, 72, 39.56]],
  );
  const findings = checkWorkbook([t]).filter((f) => f.kind === "stated_rate_mismatch");
  expect(findings.map((f) => [f.cell, f.sources])).toEqual([["D2", ["C2", "B2"]]]);
  expect(findings[0].recomputed).toBeCloseTo(96.79, 2);
});

test("an 其中 row is never more than its parent: 其中：道路运输业 95 under 交通运输和仓储业 92 is named; 88 is not (湖北 2024年1-3月, the first figure changed)", () => {
  const columns: Col[] = [{ indicator: "accident_count", role: "value", measure: "count" }];
  const rows: [string, "data" | "of_which", number][] = [
    ["交通运输和仓储业", "data", 92],
    ["其中：道路运输业", "of_which", 95],
    ["建筑业", "data", 6],
    ["其中：房屋建筑业", "of_which", 3],
  ];
  const t = table(columns, rows, [{}, { partOf: 1 }, {}, { partOf: 3 }]);
  const findings = checkWorkbook([t]).filter((f) => f.kind === "impossible_value");
  expect(findings.map((f) => [f.cell, f.sources, f.stated, f.recomputed])).toEqual([["B3", ["B2"], 95, 92]]);
  expect(findings[0].message.zh).toBe("其中：道路运输业 B3（accident_count/value）为 95，大于其总数 B2（92）");
});
