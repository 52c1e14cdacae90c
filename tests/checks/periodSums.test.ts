/**
 * Quarters or months add up to the year, and a running total never falls (issue 19.6). Figures of
 * MEM's 2019 national disaster releases as transcribed in tests/corpus (31-mem-2019-quarters-and-
 * cumulative: the quarters are differences of the published running totals; 三季度's loss is
 * planted as 2229.6 for 2299.6).
 */
import type { ColumnMeaning, RowMeaning, TableModel } from "../../src/core/reader/model";
import type { PeriodSpan } from "../../src/core/periods/period";
import { checkPeriodSums } from "../../src/core/checks/periodSums";

const span = (kind: PeriodSpan["kind"], startMonth: number, endMonth: number, extra: Partial<PeriodSpan> = {}): PeriodSpan => ({
  kind,
  year: 2019,
  startMonth,
  endMonth,
  ...extra,
});

function table(periods: [string, PeriodSpan][], rows: [string, string, ...(number | null)[]][], extraRows: Partial<RowMeaning>[] = []): TableModel {
  const columns: ColumnMeaning[] = [
    { column: 0, headerPath: ["指标"], role: "key", unitFactor: 1, confidence: 1 },
    ...periods.map(([label, s], k): ColumnMeaning => ({
      column: k + 1,
      headerPath: [label],
      role: label === "全年" ? "current" : "value",
      unitFactor: 1,
      confidence: 1,
      period: { label, span: s, relation: label === "全年" ? "current" : "series" },
    })),
  ];
  return {
    kind: "table",
    id: "t",
    sheet: "分季度",
    address: "A2:F8",
    headerRows: [1, 1],
    keyKind: "indicator",
    keyColumn: 0,
    columns,
    rows: rows.map(([label, indicator], i) => ({ row: i + 2, label, role: "data", indicator, ...extraRows[i] })),
    values: rows.map(([label, , ...vs]) => [{ value: null, raw: label }, ...vs.map((v) => ({ value: v, raw: v }))]),
    periods: {},
    confidence: 1,
  };
}

const QUARTERS: [string, PeriodSpan][] = [
  ["一季度", span("quarter", 1, 3)],
  ["二季度", span("quarter", 4, 6)],
  ["三季度", span("quarter", 7, 9)],
  ["四季度", span("quarter", 10, 12)],
  ["全年", { kind: "year", year: 2019 }],
];

test("the quarters add up to 全年 in every row but 直接经济损失, where they give 3200.9 against 3270.9 (MEM 2019; 1-decimal figures in 万人次 and 万间 add up exactly)", () => {
  const t = table(QUARTERS, [
    ["受灾人次", "affected_pop", 139.6, 3040.7, 7819.7, 2000, 13000],
    ["严重损坏房屋", "rooms_severe", 1.1, 8.5, 13.9, 4.9, 28.4],
    ["直接经济损失", "dz_direct_loss", 27.9, 735.7, 2229.6, 207.7, 3270.9],
  ]);
  const findings = checkPeriodSums(t);
  expect(findings.map((f) => [f.kind, f.cell, f.stated, f.recomputed])).toEqual([["total_mismatch", "F5", 3270.9, 3200.9]]);
  expect(findings[0].message.zh).toBe("直接经济损失 F5（全年）为 3270.9，其各期（B5、C5、D5、E5）之和为 3200.9");
  // The 综述 names the parts as they are: "（待核实：各季度合计3200.9万元，见核对）", never 各分项 (rows; session 12).
  expect(findings[0].over).toBe("quarters");
});

test("a running total never falls: 一季度 ≤ 上半年 ≤ 前三季度 ≤ 全年; a 累计 typed lower than the one before is named with both cells", () => {
  const t = table(
    [
      ["一季度", span("quarter", 1, 3)],
      ["上半年", span("half", 1, 6)],
      ["前三季度", span("cumulative", 1, 9, { name: "前三季度" })],
      ["全年", { kind: "year", year: 2019 }],
    ],
    [
      ["直接经济损失", "dz_direct_loss", 27.9, 763.6, 3063.2, 3270.9],
      ["因灾死亡", "dz_deaths", 40, 300, 290, 900],
    ],
  );
  const findings = checkPeriodSums(t);
  expect(findings.map((f) => [f.kind, f.cell, f.sources, f.stated, f.recomputed])).toEqual([["impossible_value", "D4", ["C4"], 290, 300]]);
  expect(findings[0].message.en).toBe("因灾死亡: D4 (前三季度) is 290, less than 300 for the shorter period C4 (上半年); a running total never falls");
});

test("no finding where nothing adds up by definition: a rate row, a 同比 row, a year whose later months are empty, months that do not cover the year", () => {
  const incomplete = table(
    [
      ["1月", span("month", 1, 1)],
      ["2月", span("month", 2, 2)],
      ["累计", span("cumulative", 1, 12, { complete: false })],
    ],
    [["事故起数", "accident_count", 3, 2, 9]],
  );
  expect(checkPeriodSums(incomplete)).toEqual([]);
  const rates = table(
    QUARTERS,
    [
      ["整改率", "rect_rate", 90, 95, 97, 99, 96],
      ["同比", "affected_pop", -10, 5, 3, 2, 1],
    ],
    [{}, { change: "change_pct" }],
  );
  expect(checkPeriodSums(rates)).toEqual([]);
  const gap = table(
    QUARTERS.filter(([l]) => l !== "三季度"),
    [["直接经济损失", "dz_direct_loss", 27.9, 735.7, 207.7, 3270.9]],
  );
  expect(checkPeriodSums(gap)).toEqual([]);
});
