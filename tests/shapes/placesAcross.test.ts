/**
 * A table with its places across and its indicators down the side (指标 | 楚雄市 | 双柏县 | 牟定县 |
 * 合计, with 排查隐患 / 已整改 / 整改率 rows) is read turned: the same facts, the same 核对 and the same
 * summary block as the table with its places down the side (issue 19.3 and "Done when": transposing
 * gives the same facts). It used to give "未识别到可汇总的表格". Figures are made up (the counties are
 * 楚雄州's); the rates are each county's 已整改 ÷ 排查隐患, rounded to one decimal as bureaus write them.
 */
import fc from "fast-check";
import { workbookFacts, type Fact } from "../../src/core/facts";
import { cellAddress, parseCellAddress } from "../../src/core/model/address";
import type { SheetSnapshot } from "../../src/core/model/snapshot";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { sheetOf } from "../reader/layouts";

const TITLE = "楚雄州2024年1—6月隐患排查治理情况";
const COUNTIES = ["楚雄市", "双柏县", "牟定县"];
const HAZARDS = [
  ["排查隐患（条）", 120, 80, 60, 260],
  ["已整改（条）", 110, 76, 60, 246],
  ["整改率（%）", 91.7, 95, 100, 94.6],
];

/** The same figures both ways: rows[i] is an indicator row of the turned sheet (label, then one cell per place). */
function turned(rows: readonly (readonly unknown[])[], places: readonly string[], key = "指标"): SheetSnapshot {
  return sheetOf("隐患", [[TITLE], [key, ...places], ...rows.map((r) => [...r])]);
}
function upright(rows: readonly (readonly unknown[])[], places: readonly string[]): SheetSnapshot {
  return sheetOf("隐患", [[TITLE], ["县（市）", ...rows.map((r) => r[0])], ...places.map((p, k) => [p, ...rows.map((r) => r[k + 1])])]);
}

/**
 * Where a cell of the turned sheet lies on the upright one: both have the title in row 1 and the header
 * in row 2, so the turned sheet's row r, column c is the upright's row c + 1, column r − 1 (B4 → C3).
 */
function swapped(address: string): string {
  const p = parseCellAddress(address)!;
  return cellAddress(p.column + 1, p.row - 1);
}

/** A fact as both readings must agree on it, its cell (and a sum's cells) given as the upright sheet's. */
function comparable(f: Fact, turn: boolean): string {
  const where = (a: string) => (turn ? swapped(a) : a);
  const cells =
    f.provenance.kind === "cell"
      ? where(f.provenance.cell.address)
      : f.provenance.kind === "sum"
        ? f.provenance.parts.map((p) => (p.provenance.kind === "cell" ? where(p.provenance.cell.address) : "?")).join("+")
        : f.provenance.kind;
  const keys = f.breakdown.map((k) => `${k.dimension}=${k.key}${k.partOf !== undefined ? `<${k.partOf}` : ""}`).join(",");
  return [f.indicator, f.measure, f.period.relation, f.period.label, JSON.stringify(f.period.span ?? null), keys, f.value, f.unit ?? "", cells].join("|");
}

function factsOf(sheet: SheetSnapshot, turn: boolean): string[] {
  return workbookFacts(readWorkbook({ sheets: [sheet] }))
    .facts.map((f) => comparable(f, turn))
    .sort();
}

describe("a table with its places across and its indicators down the side", () => {
  const places = [...COUNTIES, "合计"];

  it("is one table of places, read turned: a row per county and the 合计, a column per indicator", () => {
    const model = readWorkbook({ sheets: [turned(HAZARDS, places)] });
    expect(model.tables).toHaveLength(1);
    const [table] = model.tables;
    expect(table).toMatchObject({ keyKind: "region", transposed: true, address: "A2:E5", title: TITLE });
    expect(table.rows.map((r) => `${r.label}:${r.role}`)).toEqual(["楚雄市:data", "双柏县:data", "牟定县:data", "合计:total"]);
    expect(table.columns.map((c) => c.indicator ?? c.role)).toEqual(["key", "hazards_found", "rectified", "rect_rate"]);
    expect(model.diagnostics.map((d) => d.message.zh).join()).not.toContain("未找到表头");
  });

  it("gives the facts the same table gives upright, each from its own cell (楚雄市's 已整改 is B4 turned, C3 upright)", () => {
    const t = factsOf(turned(HAZARDS, places), true);
    expect(t).toHaveLength(12);
    expect(t).toEqual(factsOf(upright(HAZARDS, places), false));
    const facts = workbookFacts(readWorkbook({ sheets: [turned(HAZARDS, places)] })).facts;
    const rectified = facts.find((f) => f.indicator === "rectified" && f.breakdown[0]?.key === "楚雄市")!;
    expect(rectified).toMatchObject({ value: 110, unit: "条", provenance: { cell: { address: "B4" } } });
    expect(rectified.period.span).toMatchObject({ kind: "cumulative", year: 2024, startMonth: 1, endMonth: 6 });
  });

  it("never sums the 整改率 row: without a 合计 the whole's rate is recomputed from the sums (246 ÷ 260)", () => {
    const noTotal = HAZARDS.map((r) => r.slice(0, 4));
    const facts = workbookFacts(readWorkbook({ sheets: [turned(noTotal, COUNTIES)] })).facts;
    const whole = (id: string) => facts.find((f) => f.indicator === id && f.breakdown.length === 0);
    expect(whole("hazards_found")).toMatchObject({ value: 260, derived: true, provenance: { kind: "sum" } });
    expect(whole("rectified")).toMatchObject({ value: 246, derived: true });
    expect(whole("rect_rate")).toMatchObject({ provenance: { kind: "ratio" } });
    expect(whole("rect_rate")!.value).toBeCloseTo((246 / 260) * 100, 9);
    // Nothing added down a county's column (排查隐患 + 已整改 + 整改率 of one county is no figure).
    expect(facts.filter((f) => f.derived)).toHaveLength(3);
    expect(factsOf(turned(noTotal, COUNTIES), true)).toEqual(factsOf(upright(noTotal, COUNTIES), false));
  });

  it("checks the counties against the 合计 at the 合计's own cell: 排查隐患 261 stated, 260 added", () => {
    const slip = HAZARDS.map((r, i) => (i === 0 ? [...r.slice(0, 4), 261] : r));
    const findings = readWorkbook({ sheets: [turned(slip, places)] }).findings;
    const upFindings = readWorkbook({ sheets: [upright(slip, places)] }).findings;
    expect(findings.find((f) => f.kind === "total_mismatch")).toMatchObject({ cell: "E3", sources: ["B3:D3"], stated: 261, recomputed: 260 });
    expect(upFindings.find((f) => f.kind === "total_mismatch")).toMatchObject({ cell: "B6", sources: ["B3:B5"], stated: 261, recomputed: 260 });
    // The 合计's stated 整改率 against 246 ÷ 261 too, at the same cell either way.
    expect(findings.map((f) => `${f.kind}:${swapped(f.cell)}:${f.recomputed}`).sort()).toEqual(
      upFindings.map((f) => `${f.kind}:${f.cell}:${f.recomputed}`).sort(),
    );
    // A correct table has no finding either way.
    expect(readWorkbook({ sheets: [turned(HAZARDS, places)] }).findings).toEqual([]);
  });

  it("reads a 单位 column beside the indicator names (指标 | 单位 | 楚雄市 …) and the 项目 key word", () => {
    const withUnits = [
      ["事故起数", "起", 5, 4, 3, 12],
      ["死亡人数", "人", 6, 4, 2, 12],
      ["直接经济损失", "万元", 120.5, 80, 30, 230.5],
    ];
    const model = readWorkbook({ sheets: [sheetOf("事故", [["楚雄州2024年1—6月生产安全事故分县统计"], ["项目", "单位", ...places], ...withUnits])] });
    expect(model.tables).toHaveLength(1);
    expect(model.tables[0]).toMatchObject({ keyKind: "region", transposed: true });
    const facts = workbookFacts(model).facts;
    expect(facts.find((f) => f.indicator === "direct_loss" && f.breakdown[0]?.key === "双柏县")).toMatchObject({
      value: 80,
      provenance: { cell: { address: "D5" } },
    });
    expect(facts.find((f) => f.indicator === "accident_count" && f.breakdown.length === 0)).toMatchObject({
      value: 12,
      provenance: { cell: { address: "F3" } },
    });
  });

  it("gives the summary the same by-county block as the upright table, each cell a live reference to its own source cell", () => {
    const plan = (sheet: SheetSnapshot) => planSummary(workbookFacts(readWorkbook({ sheets: [sheet] })), { language: "zh", generatedAt: "2024-07-04T09:00" });
    const rowOf = (p: ReturnType<typeof plan>, label: string) => p.cells.find((r) => r[0]?.value === label);
    const [t, u] = [plan(turned(HAZARDS, places)), plan(upright(HAZARDS, places))];
    expect(
      t.cells
        .flat()
        .map((c) => String(c.value ?? ""))
        .join(),
    ).not.toContain("未识别");
    for (const label of [...COUNTIES, "合计"]) {
      expect(rowOf(t, label)?.map((c) => c.value)).toEqual(rowOf(u, label)?.map((c) => c.value));
      expect(rowOf(t, label)?.length).toBeGreaterThan(3);
    }
    // 楚雄市's 已整改: the turned sheet's B4, the upright's C3.
    expect(rowOf(t, "楚雄市")?.map((c) => c.formula)).toContain("='隐患'!B4");
    expect(rowOf(u, "楚雄市")?.map((c) => c.formula)).toContain("='隐患'!C3");
  });

  it("leaves a table of indicators by period alone (指标 | 2023年 | 2024年 names no place)", () => {
    const model = readWorkbook({
      sheets: [sheetOf("表", [["2024年隐患排查治理情况"], ["指标", "2023年", "2024年"], ["排查隐患（条）", 200, 260], ["已整改（条）", 190, 246]])],
    });
    expect(model.tables).toHaveLength(1);
    expect(model.tables[0].keyKind).toBe("indicator");
    expect(model.tables[0].transposed).toBeUndefined();
  });
});

const INDICATORS = [
  { header: "事故起数（起）", money: false },
  { header: "死亡人数（人）", money: false },
  { header: "受伤人数（人）", money: false },
  { header: "直接经济损失（万元）", money: true },
  { header: "排查隐患（条）", money: false },
] as const;
const PLACES = ["楚雄市", "双柏县", "牟定县", "南华县", "姚安县", "大姚县", "永仁县", "元谋县", "武定县", "禄丰市"];

describe("transposing a by-county table gives the same facts (property)", () => {
  test("for generated tables of 2–10 counties, 1–5 indicators, with or without a 合计 column, both readings agree and every figure is a fact", () => {
    const table = fc
      .record({
        places: fc.subarray(PLACES, { minLength: 2 }),
        picked: fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }),
        total: fc.boolean(),
      })
      .chain(({ places, picked, total }) =>
        fc
          .tuple(
            ...picked.map((i) =>
              fc.array(INDICATORS[i].money ? fc.integer({ min: 0, max: 99999 }).map((c) => c / 100) : fc.integer({ min: 0, max: 900 }), {
                minLength: places.length,
                maxLength: places.length,
              }),
            ),
          )
          .map((figures) => ({
            places: total ? [...places, "合计"] : places,
            rows: picked.map((i, k) => {
              const cells = figures[k];
              const sum = Math.round(cells.reduce((a, b) => a + b, 0) * 100) / 100;
              return [INDICATORS[i].header, ...cells, ...(total ? [sum] : [])];
            }),
          })),
      );
    fc.assert(
      fc.property(table, ({ places, rows }) => {
        const t = factsOf(turned(rows, places), true);
        const counties = places.filter((p) => p !== "合计").length;
        // Every stated figure is a fact; without a 合计 each indicator gets one derived sum.
        expect(t.length).toBe(rows.length * (counties + 1));
        expect(t).toEqual(factsOf(upright(rows, places), false));
      }),
      { numRuns: 60 },
    );
  });
});
