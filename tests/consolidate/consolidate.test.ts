/**
 * Consolidating county returns (issue 13) on the sample returns in assets/samples/returns/, made by
 * scripts/fixtures/make-returns.js: every consolidated figure is recomputed here by brute force from
 * the generator's own arrays, and every reconciliation the fixture was built with is found.
 */
import fs from "fs";
import path from "path";
import { consolidate } from "../../src/core/consolidate/consolidate";
import type { CountyReturn } from "../../src/core/consolidate/types";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RETURNS, HAZARD_RETURNS, INDICATORS, sum2, totalsOf } = require("../../scripts/fixtures/make-returns.js");

const SAMPLES = path.resolve(__dirname, "../../assets/samples/returns");
const HAZARDS = path.resolve(__dirname, "../fixtures/returns-hazards");

interface Generated {
  file: string;
  region: string;
  months?: string;
  lossInYuan?: boolean;
  modified?: number;
  rows: Record<string, number[][]>;
}

async function readReturn(dir: string, file: string, modified?: number): Promise<CountyReturn> {
  const bytes = fs.readFileSync(path.join(dir, file));
  const snapshot = workbookToSnapshot(await loadXlsx(bytes, file));
  return { fileName: file, ...(modified ? { modified } : {}), snapshot, model: readWorkbook(snapshot) };
}

const accidentFiles = (RETURNS as Generated[]).map((r) => r.file);
let result: ReturnType<typeof consolidate>;

beforeAll(async () => {
  const returns = await Promise.all((RETURNS as Generated[]).map((r) => readReturn(SAMPLES, r.file, r.modified)));
  result = consolidate(returns);
});

/** The returns that count: the 1—6月 ones, with the later 大姚县 file in place of the earlier one. */
function countedReturns(): Generated[] {
  return (RETURNS as Generated[]).filter((r) => !r.months && r.file !== "大姚县.xlsx");
}

/** The column of the consolidation for an indicator and role. */
function column(indicatorIndex: number, role: "current" | "previous"): number {
  const ids = ["accident_count", "deaths", "injured", "direct_loss"];
  const j = result.columns.findIndex((c) => c.indicator === ids[indicatorIndex] && c.role === role);
  expect(j).toBeGreaterThanOrEqual(0);
  return j;
}

describe("consolidating the sample returns of 楚雄州", () => {
  test("the sample set has the eleven files the README names", () => {
    expect(fs.readdirSync(SAMPLES).sort()).toEqual([...accidentFiles, "损坏的文件.xlsx"].sort());
  });

  test("the period is the majority's, 2024年1—6月, and the prefecture is 楚雄州", () => {
    expect(result.period).toBe("2024年1—6月");
    expect(result.region).toBe("楚雄州");
  });

  test("every county is identified: from the title, the 填报单位 row, or the file name", () => {
    const by = Object.fromEntries(result.returns.map((r) => [r.fileName, r]));
    expect(by["楚雄市.xlsx"]).toMatchObject({ region: "楚雄市", regionFrom: "title" });
    expect(by["姚安县.xlsx"]).toMatchObject({ region: "姚安县", regionFrom: "fill-row" });
    expect(by["永仁县.xlsx"]).toMatchObject({ region: "永仁县", regionFrom: "file-name" });
  });

  test("牟定县's 1—5月 return is left out and named; 武定县 is 未报", () => {
    expect(result.returns.find((r) => r.region === "牟定县")?.status).toBe("other-period");
    expect(result.reconciliations.filter((r) => r.kind === "period").map((r) => r.message.zh)).toEqual([
      "牟定县报送的是2024年1—5月的数据，与2024年1—6月不符，未计入汇总",
    ]);
    expect(result.missing).toEqual(["武定县"]);
    expect(result.reconciliations.find((r) => r.kind === "missing")?.message.zh).toBe("武定县未报");
  });

  test("大姚县's two returns differ, so the later file wins and the earlier one is named", () => {
    const dayao = result.returns.filter((r) => r.region === "大姚县");
    expect(dayao.map((r) => [r.fileName, r.status]).sort()).toEqual([
      ["大姚县.xlsx", "superseded"],
      ["大姚县（更正）.xlsx", "counted"],
    ]);
    expect(result.reconciliations.find((r) => r.kind === "duplicate")?.message.zh).toContain("采用较晚的“大姚县（更正）.xlsx”");
  });

  test("双柏县's losses in 元 are converted to 万元, and the conversion is listed", () => {
    const units = result.reconciliations.filter((r) => r.kind === "unit");
    expect(units).toHaveLength(2);
    expect(units.every((u) => u.region === "双柏县" && /按元填报，已换算为万元（×0.0001）/.test(u.message.zh))).toBe(true);
  });

  test("元谋县's extra row 水上运输业 is kept, summed where present and marked", () => {
    const row = result.rows.find((r) => r.label === "水上运输业");
    expect(row?.partial).toBe(true);
    expect(result.rows.filter((r) => r.partial)).toHaveLength(1);
    expect(result.reconciliations.find((r) => r.kind === "extra")?.message.zh).toContain("元谋县");
  });

  test("every figure by industry is the brute-force sum over the counted returns", () => {
    let checked = 0;
    for (const row of result.rows) {
      INDICATORS.forEach((_: string, k: number) => {
        (["current", "previous"] as const).forEach((role, p) => {
          const values = countedReturns().flatMap((r) => (r.rows[row.label] ? [r.rows[row.label][k][p]] : []));
          const expected = k === 3 ? sum2(values) : values.reduce((a, b) => a + b, 0);
          expect(result.byRow[result.rows.indexOf(row)][column(k, role)]).toBeCloseTo(expected, 9);
          checked++;
        });
      });
    }
    expect(checked).toBe(8 * 4 * 2);
  });

  test("every county row is that county's 合计, in the prefecture's order, with its source", () => {
    const expectedOrder = ["楚雄市", "禄丰市", "双柏县", "南华县", "姚安县", "大姚县", "永仁县", "元谋县"];
    expect(result.byCounty.map((c) => c.region)).toEqual(expectedOrder);
    for (const county of result.byCounty) {
      const generated = countedReturns().find((r) => r.region === county.region)!;
      const totals = totalsOf(generated.rows);
      INDICATORS.forEach((_: string, k: number) => {
        expect(county.values[column(k, "current")]).toBeCloseTo(totals[k][0], 9);
        expect(county.values[column(k, "previous")]).toBeCloseTo(totals[k][1], 9);
      });
      expect(county.source).toMatchObject({ fileName: generated.file, sheet: "分行业", totalRow: "A5:I5" });
    }
  });

  test("the prefecture's total is the sum of the counties, and of the industries", () => {
    INDICATORS.forEach((_: string, k: number) => {
      const j = column(k, "current");
      const counties = result.byCounty.map((c) => c.values[j] as number);
      const industries = result.rows.filter((r) => r.role === "data").map((r) => result.byRow[result.rows.indexOf(r)][j] as number);
      const exact = (xs: number[]) => (k === 3 ? sum2(xs) : xs.reduce((a, b) => a + b, 0));
      expect(result.total[j]).toBeCloseTo(exact(counties), 9);
      expect(result.total[j]).toBeCloseTo(exact(industries), 9);
    });
  });
});

describe("consolidating a second form: hazards by industry", () => {
  test("found, rectified and major hazards are summed; the stated rates are not", async () => {
    const returns = await Promise.all((HAZARD_RETURNS as { file: string }[]).map((r) => readReturn(HAZARDS, r.file)));
    const hazards = consolidate(returns);
    expect(hazards.byCounty.map((c) => c.region)).toEqual(["楚雄市", "南华县", "元谋县"]);
    expect(hazards.columns.some((c) => c.indicator === "rect_rate")).toBe(false);
    const found = hazards.columns.findIndex((c) => c.indicator === "hazards_found");
    const rectified = hazards.columns.findIndex((c) => c.indicator === "rectified");
    type HazardReturn = { rows: Record<string, { found: number; rectified: number }> };
    const all = (HAZARD_RETURNS as HazardReturn[]).flatMap((r) => Object.values(r.rows));
    expect(hazards.total[found]).toBe(all.reduce((a, r) => a + r.found, 0));
    expect(hazards.total[rectified]).toBe(all.reduce((a, r) => a + r.rectified, 0));
    expect(hazards.missing).toHaveLength(7);
  });
});
