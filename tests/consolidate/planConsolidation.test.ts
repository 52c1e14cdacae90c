/**
 * The prefecture's workbook planned from the sample returns (assets/samples/returns/): its four
 * sheets, the live SUMs of the consolidated tables, the sources of each county's row, the 报送情况,
 * and the summary on top, whose figures are formulas over the consolidated sheets. Expected totals
 * are recomputed from scripts/fixtures/make-returns.js's arrays.
 */
import fs from "fs";
import path from "path";
import { planConsolidation, snapshotOf, type ConsolidationPlan } from "../../src/core/consolidate/planConsolidation";
import { workbookFacts } from "../../src/core/facts";
import type { SummaryPlan } from "../../src/core/summary/plan";
import type { CountyReturn } from "../../src/core/consolidate/types";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { textUnits } from "../../src/core/summary/textFit";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RETURNS, totalsOf } = require("../../scripts/fixtures/make-returns.js");

const SAMPLES = path.resolve(__dirname, "../../assets/samples/returns");
type Generated = { file: string; region: string; months?: string; modified?: number; rows: Record<string, number[][]> };

let plan: ConsolidationPlan;
let english: ConsolidationPlan;

beforeAll(async () => {
  const returns: CountyReturn[] = await Promise.all(
    (RETURNS as Generated[]).map(async (r) => {
      const snapshot = workbookToSnapshot(await loadXlsx(fs.readFileSync(path.join(SAMPLES, r.file)), r.file));
      return { fileName: r.file, ...(r.modified ? { modified: r.modified } : {}), snapshot, model: readWorkbook(snapshot) };
    }),
  );
  plan = planConsolidation(returns);
  english = planConsolidation(returns, { language: "en" });
});

/** The brute-force prefecture totals: [indicator][current, previous] over the counted returns. */
function expectedTotals(): number[][] {
  const counted = (RETURNS as Generated[]).filter((r) => !r.months && r.file !== "大姚县.xlsx");
  const perReturn = counted.map((r) => totalsOf(r.rows) as number[][]);
  return [0, 1, 2, 3].map((k) => [0, 1].map((p) => Math.round(perReturn.reduce((a, t) => a + t[k][p] * 100, 0)) / 100));
}

const sheet = (p: ConsolidationPlan, name: string) => p.sheets.find((s) => s.sheetName === name)!;

describe("the consolidated workbook", () => {
  test("has the summary, the consolidated form, the table by county and 报送情况, in that order", () => {
    expect(plan.sheets.map((s) => s.sheetName)).toEqual(["综合汇总", "汇总表", "分县汇总", "报送情况"]);
    expect(english.sheets.map((s) => s.sheetName)).toEqual(["Overall summary", "Consolidated", "By county", "Returns"]);
  });

  test("the English Returns sheet is titled in English (it said 2024年1—6月楚雄州Returns received)", () => {
    expect(sheet(english, "Returns").cells[0][0].value).toBe("Returns received: Chuxiong Prefecture, January–June 2024");
    expect(sheet(plan, "报送情况").cells[0][0].value).toBe("2024年1—6月楚雄州报送情况");
  });

  test("the English By county sheet is titled and headed in English (it said 2024年1—6月楚雄州…分县（市）汇总表 over 县（市）) and reads back as the Chinese one does", () => {
    const en = sheet(english, "By county");
    const zh = sheet(plan, "分县汇总");
    expect(en.cells[0][0].value).toBe("By county: Chuxiong Prefecture, January–June 2024");
    expect(en.cells[2][0].value).toBe("County");
    expect(zh.cells[2][0].value).toBe("县（市）");
    // planConsolidation reads this sheet back to plan the 综合汇总: the same facts in either language.
    const factsOf = (p: SummaryPlan) =>
      workbookFacts(readWorkbook({ sheets: [snapshotOf(p)] }))
        .facts.map((f) => `${f.indicator} ${f.period.relation} ${f.period.label} ${f.breakdown.map((k) => k.key).join("/")} ${f.value}`)
        .sort();
    const read = factsOf(zh);
    expect(read.length).toBeGreaterThan(30);
    expect(factsOf(en)).toEqual(read);
    expect(read.some((f) => f.includes("楚雄市"))).toBe(true);
  });

  test("row 2's note of the form and of the table by county is merged over the sheet's width (it wrapped down column A in a row as tall as a paragraph)", () => {
    for (const p of [plan, english])
      for (const s of p.sheets.slice(1, 3)) {
        const last = s.merges
          .find((m) => m.startsWith("A1:"))!
          .split(":")[1]
          .replace(/\d+$/, "");
        expect([s.sheetName, s.merges]).toEqual([s.sheetName, expect.arrayContaining([`A2:${last}2`])]);
      }
  });

  test("the form's 合计 row is a live SUM of its industry rows, never of the 其中 row", () => {
    const form = sheet(plan, "汇总表");
    const total = form.cells[4];
    expect(total[0].value).toBe("合计");
    expect(total[1].formula).toBe("=SUM(B6,B8,B9,B10,B11,B12,B13)");
    expect(form.cells[6][0].value).toBe("其中：道路运输业");
    expect(total[1].value).toBe(expectedTotals()[0][0]);
  });

  test("each county row names the file and the cells it came from", () => {
    const byCounty = sheet(plan, "分县汇总");
    const sources = byCounty.cells.slice(5, 13).map((row) => row[row.length - 1].value);
    expect(sources).toContain("大姚县（更正）.xlsx 分行业!A5:I5");
    expect(sources).toContain("双柏县.xlsx 分行业!A5:I5");
    expect(byCounty.cells[4][0].value).toBe("全州合计");
  });

  test("the 来源 column keeps room for its references: no county row wraps (it was fitted to a figure column's 12, every row 2–3 lines)", () => {
    for (const p of [plan, english]) {
      const byCounty = p.sheets.find((s) => s.sheetName === "分县汇总" || s.sheetName === "By county")!;
      const source = byCounty.cells[5].length - 1;
      const widest = Math.max(...byCounty.cells.slice(5, 13).map((row) => textUnits(String(row[source].value))));
      expect(byCounty.columnWidths[source]).toBeGreaterThanOrEqual(widest);
      // Every county row one line high: no height set above the default.
      const tall = byCounty.rowHeights.filter((h) => h.row >= 5 && h.row < 13 && h.height > 20);
      expect(tall).toEqual([]);
    }
  });

  test("报送情况 lists every file with its status, 武定县 as 未报, and every reconciliation", () => {
    const status = sheet(plan, "报送情况");
    const text = status.cells.map((row) => row.map((c) => c.value ?? "").join("|")).join("\n");
    expect(text).toContain("牟定县|牟定县.xlsx|2024年1—5月|期间不符，未计入");
    expect(text).toContain("武定县|||未报");
    expect(text).toContain("大姚县|大姚县.xlsx|2024年1—6月|重复报送，已被较晚的文件取代");
    expect(text).toContain("“水上运输业”只在部分县的报表中出现（元谋县）");
  });

  test("the summary's figures are live references to the consolidated sheets, and its 综述 states the brute-force totals", () => {
    const summary = sheet(plan, "综合汇总");
    const [count, deaths, injured, loss] = expectedTotals();
    // The accident direct economic loss and its 同比 follow the casualties, as releases give them (issue 22).
    const lossDown = Math.round((loss[1] - loss[0]) * 100) / 100;
    expect(summary.narrative[0]).toBe(
      `2024年1—6月，全州（不含牟定县、武定县）共发生各类生产安全事故${count[0]}起、死亡${deaths[0]}人、受伤${injured[0]}人，直接经济损失${loss[0]}万元，同比事故起数增加${count[0] - count[1]}起、上升56.2%，死亡人数增加${deaths[0] - deaths[1]}人、上升10.2%，受伤人数减少${injured[1] - injured[0]}人、下降6.8%，直接经济损失减少${lossDown}万元、下降18.8%。`,
    );
    const formulas = summary.cells.flat().flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.some((f) => f.startsWith("='分县汇总'!"))).toBe(true);
    expect(formulas.some((f) => f.startsWith("='汇总表'!"))).toBe(true);
  });
});
