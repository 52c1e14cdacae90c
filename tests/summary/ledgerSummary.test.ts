/**
 * The accident-ledger summary on the in-memory Excel host (src/host, HyperFormula): the breakdown
 * sections are live COUNTIFS/SUMIFS over the ledger where the dates are real date cells, every
 * cached value is what the host computes, and a row appended to the ledger reaches the summary
 * after recalculation. With text dates the figures are values and a note names the cells.
 * Reference values: the brute-force counts of tests/ledger/breakdowns.test.ts (same fixtures).
 */
import * as fs from "fs";
import { generateSummary } from "../../src/excel/generateSummary";
import { createHostFromXlsx, type ExcelHost } from "../../src/host/excelHost";
import type { SummaryPlan } from "../../src/core/summary/plan";

async function hostOf(file: string): Promise<ExcelHost> {
  return createHostFromXlsx(fs.readFileSync(`tests/fixtures/${file}`), file);
}

function sectionRows(plan: SummaryPlan, id: string): [number, number] {
  const s = plan.sections.find((x) => x.id === id);
  expect(s).toBeDefined();
  return [s!.firstRow, s!.lastRow];
}

/** The row of a label within a section. */
function rowOf(plan: SummaryPlan, id: string, label: string): number {
  const [first, last] = sectionRows(plan, id);
  for (let r = first; r <= last; r++) if (plan.cells[r][0].value === label) return r;
  throw new Error(`no row ${label} in ${id}`);
}

describe("a ledger with real date cells", () => {
  let host: ExcelHost;
  let plan: SummaryPlan;
  beforeAll(async () => {
    host = await hostOf("ledger-real-dates.xlsx");
    ({ plan } = await host.run((context) => generateSummary(context)));
  }, 120000);

  it("leaves the ledger as it was: every value and formula of 事故台账 unchanged", async () => {
    const fresh = await hostOf("ledger-real-dates.xlsx");
    expect(host.sheetSnapshot("事故台账").values).toEqual(fresh.sheetSnapshot("事故台账").values);
    expect(host.sheetSnapshot("事故台账").formulas).toEqual(fresh.sheetSnapshot("事故台账").formulas);
  });

  it("gets sections by county, industry, type, level and month, in that order", () => {
    const ids = plan.sections.map((s) => s.id).filter((id) => id.startsWith("ledger"));
    expect(ids).toEqual(["ledgerByRegion", "ledgerByIndustry", "ledgerByType", "ledgerByLevel", "ledgerByMonth"]);
  });

  it("writes each live figure as COUNTIFS/SUMIFS over the ledger's whole columns, bounded by the period's days, less the records left out", () => {
    const row = rowOf(plan, "ledgerByRegion", "双柏县");
    const criteria = `'事故台账'!$B:$B,">="&DATE(2024,1,1),'事故台账'!$B:$B,"<"&DATE(2024,7,1),'事故台账'!$C:$C,$A${row + 1}`;
    // Records 是否纳入统计 = 否 leaves out are taken away by a second COUNTIFS (equality criteria only).
    expect(plan.cells[row][1].formula).toBe(`=COUNTIFS(${criteria})-COUNTIFS(${criteria},'事故台账'!$M:$M,"否")`);
    expect(plan.cells[row][2].formula).toContain(`">="&DATE(2023,1,1)`);
    expect(plan.cells[row][6].formula).toMatch(/^=SUMIFS\('事故台账'!\$H:\$H,/);
    // The accident totals at the top are live too.
    const [first] = sectionRows(plan, "accidents");
    expect(plan.cells[first + 2][1].formula).toMatch(/^=COUNTIFS\(/);
  });

  it("writes 楚雄市 and 楚雄高新区 as values: one of their cells is written '楚雄 ' or '高新区', which COUNTIFS would miss", () => {
    for (const county of ["楚雄市", "楚雄高新区"]) expect(plan.cells[rowOf(plan, "ledgerByRegion", county)][1].formula).toBeUndefined();
    expect(plan.notes.some((n) => n.includes("楚雄市、楚雄高新区"))).toBe(true);
  });

  it("caches in every formula cell what HyperFormula computes on the host", () => {
    const written = host.sheetSnapshot("汇总");
    let counted = 0;
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell.formula) return;
        const got = written.values[r][c];
        if (typeof cell.value === "number") expect([r, c, got as number]).toEqual([r, c, expect.closeTo(cell.value, 9)]);
        else expect([r, c, got]).toEqual([r, c, cell.value]);
        if (/COUNTIFS|SUMIFS/.test(cell.formula)) counted++;
      }),
    );
    expect(counted).toBeGreaterThan(150);
  });

  it("shows a row appended to the ledger after recalculation: 双柏县 gains an accident and 2 deaths, 6月 gains one", async () => {
    const regionRow = rowOf(plan, "ledgerByRegion", "双柏县");
    const monthRow = rowOf(plan, "ledgerByMonth", "6月");
    const before = host.sheetSnapshot("汇总").values;
    // 事故起数 fills B:E (no 显著性 on breakdown rows by default, issue 22.10); 死亡人数·本期 is F.
    const deaths = 5;
    const [countBefore, deathsBefore, juneBefore] = [before[regionRow][1], before[regionRow][deaths], before[monthRow][1]] as number[];
    const ledger = host.sheetSnapshot("事故台账");
    const next = ledger.values.length + 1;
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("事故台账");
      // 2024-06-15 14:00 as an Excel serial (a real date cell), 双柏县, 2 deaths, counted (是).
      sheet.getRange(`A${next}:M${next}`).values = [[next - 1, 45458 + 14 / 24, "双柏县", "某单位", "建筑业", "坍塌", "一般", 2, 0, 0, 0, 12.5, "是"]];
      context.workbook.application.calculate("Full");
      await context.sync();
    });
    const after = host.sheetSnapshot("汇总").values;
    expect([after[regionRow][1], after[regionRow][deaths], after[monthRow][1]]).toEqual([countBefore + 1, deathsBefore + 2, juneBefore + 1]);
  });
});

describe("the 综述 of a ledger", () => {
  it("has 分行业看 and 分县（市）看 paragraphs from the ledger's groups, a zero death or injury count left out, never written as 0", async () => {
    const host = await hostOf("ledger-real-dates.xlsx");
    const { plan } = await host.run((context) => generateSummary(context));
    const county = plan.narrative.find((p) => p.startsWith("分县（市）看，"));
    const industry = plan.narrative.find((p) => p.startsWith("分行业看，"));
    // Eleven counties with accidents: the highlights, not every county in turn (issue 22; countyHighlights.test.ts).
    expect(county).toMatch(/^分县（市）看，事故起数居前的是楚雄市36起、/);
    expect(industry).toMatch(/^分行业看，\S+发生生产安全事故\d+起/);
    expect(`${county}${industry}`).not.toMatch(/[死受][亡伤]0人/);
  }, 120000);
});

describe("a row appended to the ledger with 是否纳入统计 = 否", () => {
  it("changes nothing in the summary after recalculation", async () => {
    const host = await hostOf("ledger-real-dates.xlsx");
    const { plan } = await host.run((context) => generateSummary(context));
    const before = host.sheetSnapshot("汇总").values.map((r) => r.slice());
    const next = host.sheetSnapshot("事故台账").values.length + 1;
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("事故台账").getRange(`A${next}:M${next}`).values = [
        [next - 1, 45458.5, "双柏县", "某单位", "建筑业", "坍塌", "一般", 2, 0, 0, 0, 12.5, "否"],
      ];
      context.workbook.application.calculate("Full");
      await context.sync();
    });
    const after = host.sheetSnapshot("汇总").values;
    const formulaCells = plan.cells.flatMap((row, r) => row.flatMap((cell, c) => (cell.formula ? [[r, c]] : [])));
    expect(formulaCells.filter(([r, c]) => after[r][c] !== before[r][c])).toEqual([]);
  }, 120000);
});

describe("a ledger with text dates", () => {
  let plan: SummaryPlan;
  beforeAll(async () => {
    const host = await hostOf("ledger-text-dates.xlsx");
    ({ plan } = await host.run((context) => generateSummary(context)));
  }, 120000);

  it("writes the breakdowns as values (COUNTIFS would miss the text-date rows)", () => {
    const formulas = plan.cells.flat().filter((c) => c.formula && /COUNTIFS|SUMIFS/.test(c.formula));
    expect(formulas).toEqual([]);
    const row = rowOf(plan, "ledgerByRegion", "双柏县");
    expect(typeof plan.cells[row][1].value).toBe("number");
  });

  it("says in a note how many counted dates are text, names the first cells, and that real date cells make the summary live", () => {
    const note = plan.notes.find((n) => n.includes("日期为文本"));
    expect(note).toMatch(/中有\d+条计入统计的记录日期为文本（B3、B8、/);
    expect(note).toContain("改为日期格式后重新生成汇总，即为随台账自动更新的公式");
  });
});

describe("a hazard ledger", () => {
  let host: ExcelHost;
  let plan: SummaryPlan;
  beforeAll(async () => {
    host = await hostOf("ledger-hazards.xlsx");
    ({ plan } = await host.run((context) => generateSummary(context)));
  }, 120000);

  it("gets tables by county, by category and of 重大隐患, and the overdue list with each hazard's ledger cell", () => {
    const titles = plan.sections.filter((s) => s.id === "hazardLedger").map((s) => s.title);
    expect(titles.slice(0, 3)).toEqual(["隐患台账排查整改情况（县（市））", "隐患台账排查整改情况（隐患类别（行业））", "重大隐患（县（市））"]);
    expect(titles[3]).toMatch(/^逾期未整改隐患清单（\d+条）$/);
    const list = plan.sections.find((s) => s.title === titles[3])!;
    const first = plan.cells[list.firstRow + 2];
    expect(first[5].value).toMatch(/^'隐患台账'!H\d+$/);
  });

  it("writes found, rectified, in progress, not started, overdue, 重大 and funds as COUNTIFS/SUMIFS, each cached as the host computes it", () => {
    const section = plan.sections.find((s) => s.id === "hazardLedger")!;
    const total = plan.cells[section.firstRow + 2];
    expect(total[1].formula).toBe(`=COUNTIFS('隐患台账'!$B:$B,"<"&DATE(2024,7,1))`);
    expect(total[2].formula).toBe(`=COUNTIFS('隐患台账'!$B:$B,"<"&DATE(2024,7,1),'隐患台账'!$I:$I,"已整改")`);
    expect(total[5].formula).toContain(`'隐患台账'!$H:$H,"<"&DATE(2024,6,30),'隐患台账'!$I:$I,"整改中")+COUNTIFS(`);
    expect(total[9].formula).toMatch(/^=SUMIFS\('隐患台账'!\$K:\$K,/);
    // The 隐患排查整改 section above it, counted from the same ledger, is live too.
    const standard = plan.sections.find((s) => s.id === "hazards")!;
    expect(plan.cells[standard.firstRow + 2][1].formula).toBe(total[1].formula);
    expect(plan.cells[standard.firstRow + 3][1].formula).toMatch(/^=COUNTIFS\('隐患台账'!\$B:\$B,"<"&DATE\(2024,7,1\),'隐患台账'!\$C:\$C,"[^"]+"\)$/);
    const written = host.sheetSnapshot("汇总");
    let counted = 0;
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell.formula) return;
        const got = written.values[r][c];
        if (typeof cell.value === "number") expect([r, c, got as number]).toEqual([r, c, expect.closeTo(cell.value, 9)]);
        else expect([r, c, got]).toEqual([r, c, cell.value]);
        if (/COUNTIFS|SUMIFS/.test(cell.formula)) counted++;
      }),
    );
    expect(counted).toBeGreaterThan(100);
  });
});
