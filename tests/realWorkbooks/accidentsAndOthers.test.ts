/**
 * Tests of record: the national accident tables, the major-accidents ledger and the workbooks that
 * are not emergency statistics, from ../shared/real-workbooks, read through the command line's path,
 * against what its README.md says each should give (figures recomputed with Debian's python3 + xlrd).
 * A README item another engineer owns and that does not hold yet is a `test.failing` naming the
 * owner: it turns red when it starts to hold, and then becomes a plain test.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { summarizeFile } from "../../src/cli/summarizeFile";
import { checkTotals } from "../../src/core/checks/totals";
import type { TableModel } from "../../src/core/reader/model";
import { dataTotal, englishText, findingsOf, readReal, REAL_DIR, sheetText, statedTotal } from "./readReal";

const BY_TYPE = "national-accidents-by-type-2005-07.xls";
const BY_PROVINCE = "national-accidents-by-province-2005-01-02.xls";
const LEDGER = "major-accidents-ledger-2005-2018.xlsx";
const GDP = "nbs-gdp-by-province-export.xlsx";
const CORRELATIONS = "disaster-indicator-correlations.xls";
const NOT_STATISTICS = ["online-shop-orders.xls", "book-sales-list.xlsx"];
// The ledger's records by calendar year, 2005…2018, counted from its 时间 column with openpyxl (Debian python3).
const YEAR_COUNTS = [125, 94, 88, 94, 72, 81, 74, 49, 36, 23, 24, 28, 23, 21];

jest.setTimeout(120000);

/** The same table with one data cell changed, as a user's slip would change it. */
function withSlip(table: TableModel, row: number, indicator: string, value: number): TableModel {
  const column = table.columns.findIndex((c) => c.indicator === indicator);
  const values = table.values.map((cells, i) => cells.map((cell, j) => (i === row && j === column && cell ? { ...cell, value } : cell)));
  return { ...table, values };
}

describe(BY_TYPE, () => {
  test("指标/单位 headers (事故/起 | 死亡/人 | 受伤/人) name indicator and unit; the 总计 row is the total: 2005年7月 281起, 死亡813人, 受伤655人", async () => {
    const summary = await readReal(BY_TYPE);
    const table = summary.model.tables[0];
    expect(table.columns.slice(1).map((c) => [c.indicator, c.unit, c.measure])).toEqual([
      ["accident_count", "起", "count"],
      ["deaths", "人", "count"],
      ["injured", "人", "count"],
    ]);
    expect([statedTotal(table, "accident_count"), statedTotal(table, "deaths"), statedTotal(table, "injured")]).toEqual([281, 813, 655]);
    expect(summary.plan.narrative[0]).toBe("2005年7月，共发生各类生产安全事故281起、死亡813人、受伤655人。");
  });

  test("by type: 矿业 177起 407人, 交通 74起 304人 …; the period comes from the sheet name 2005_7; no 同比 without a previous period; no finding", async () => {
    const summary = await readReal(BY_TYPE);
    const table = summary.model.tables[0];
    const row = (label: string) => table.values[table.rows.findIndex((r) => r.label === label)].map((v) => v?.value);
    expect(row("矿业").slice(1)).toEqual([177, 407, 130]);
    expect(row("交通").slice(1)).toEqual([74, 304, 328]);
    expect(table.period?.from).toBe("sheet");
    // Below the title and the line that explains the sheet, nothing speaks of a comparison.
    expect(sheetText(summary).split("\n").slice(2).join("\n")).not.toMatch(/同比|去年同期|增减/);
    expect(summary.model.findings).toEqual([]);
  });
});

describe(BY_PROVINCE, () => {
  test("31 provinces and the 全国 total: 449起, 1,540人, 1,392人; 人口 (126,228万人) is a denominator, never told", async () => {
    const summary = await readReal(BY_PROVINCE);
    const table = summary.model.tables[0];
    expect(table.rows.filter((r) => r.role === "data" && r.level === "province")).toHaveLength(31);
    expect(table.rows.filter((r) => r.role === "total").map((r) => r.label)).toEqual(["全国"]);
    expect([dataTotal(table, "accident_count"), dataTotal(table, "deaths"), dataTotal(table, "injured")]).toEqual([449, 1540, 1392]);
    expect(table.columns.find((c) => c.indicator === "population")).toMatchObject({ unit: "万人", measure: "denominator" });
    expect(statedTotal(table, "population")).toBe(1262280000);
    expect(summary.plan.narrative.join("")).toBe("2005年1—2月，全国共发生各类生产安全事故449起、死亡1540人、受伤1392人。");
    // Nor is a province's share of the population a column of the sheet.
    expect(sheetText(summary)).not.toContain("常住人口占比");
    expect(sheetText(summary)).toContain("常住人口（万人）");
  });

  test("the provinces are checked against 全国: they agree (no finding), and one province's slip would be named at the 全国 cell", async () => {
    const { model } = await readReal(BY_PROVINCE);
    expect(model.findings).toEqual([]);
    const table = model.tables[0];
    const slipped = checkTotals(withSlip(table, 0, "deaths", table.values[0][2]!.value! + 10));
    expect(slipped.map((f) => [f.kind, f.cell, f.stated, f.recomputed])).toEqual([["total_mismatch", "C33", 1540, 1550]]);
  });
});

describe(LEDGER, () => {
  test("is found as a ledger: 省市 its region, 事故 the accident's kind (翻车, 爆炸 …) and never a count, every one of its 832 rows counted", async () => {
    const { model } = await readReal(LEDGER);
    expect(model.tables.flatMap((t) => t.columns.filter((c) => c.headerPath.join("") === "事故" && c.indicator))).toEqual([]);
    expect(model.ledgers).toHaveLength(1);
    const ledger = model.ledgers[0];
    expect(ledger.columns.filter((c) => ["省市", "事故"].includes(c.header)).map((c) => c.field)).toEqual(["region", "accident_type"]);
    expect(ledger.accounting).toMatchObject({ rows: 832, counted: 832, excluded: 0, undated: 0, totals: 0 });
    expect(findingsOf(model.findings).slips).toEqual([]);
  });

  test("a ledger of 832 major accidents: 832起, 死亡14,464人, 受伤10,250人 over 2005—2018年, by province and by calendar year, with nothing to compare", async () => {
    const summary = await readReal(LEDGER);
    expect(summary.model.ledgers).toHaveLength(1);
    const ledger = summary.model.ledgers[0];
    expect(ledger.current).toEqual({ start: "2005-01-01", end: "2018-12-31", label: "2005—2018年" });
    expect(ledger.compare).toBe(false);
    expect(ledger.accidents!.current).toMatchObject({ accidents: 832, deaths: 14464, injured: 10250 });
    const years = ledger.accidents!.byYear!;
    expect(years.map((y) => y.period.label)).toEqual(Array.from({ length: 14 }, (_, k) => `${2005 + k}年`));
    expect(years.reduce((n, y) => n + y.totals.accidents, 0)).toBe(832);
    expect(ledger.accidents!.byRegion.find((g) => g.key === "山西省")?.current.accidents).toBe(68);
    expect(summary.plan.narrative.join("")).toMatch(/^2005—2018年，共发生各类生产安全事故832起、死亡14464人、受伤10250人/);
  });

  test("the 2005—2018 ledger is told year by year: a 事故台账分年度统计 of its 14 years, each a live COUNTIFS over that year, adding up to its 832起 (recounted by year from the sheet's dates with openpyxl: 125 in 2005 down to 21 in 2018)", async () => {
    const summary = await readReal(LEDGER);
    const section = summary.plan.sections.find((s) => s.id === "ledgerByYear");
    expect(section?.title).toBe("事故台账分年度统计");
    const rows = summary.plan.cells.slice(section!.firstRow, section!.lastRow + 1);
    const years = rows.filter((r) => /^\d{4}年$/.test(String(r[0]?.value)));
    expect(years.map((r) => r[0].value)).toEqual(Array.from({ length: 14 }, (_, k) => `${2005 + k}年`));
    expect(years.reduce((n, r) => n + Number(r[1].value), 0)).toBe(832);
    expect(years.map((r) => r[1].value)).toEqual(YEAR_COUNTS);
    expect(years[0][1].formula).toMatch(/^=COUNTIFS\('Sheet1'!\$A:\$A,">="&DATE\(2005,1,1\),'Sheet1'!\$A:\$A,"<"&DATE\(2006,1,1\)\)$/);
    // It comes first among the ledger's tables, right after the totals.
    expect(summary.plan.sections.filter((s) => s.id.startsWith("ledgerBy")).map((s) => s.id)[0]).toBe("ledgerByYear");
  });

  test("the English names the ledger's years as the Chinese does: '2005–2018: work-safety accidents', 'In 2005–2018, there were 832 …' (it said neither)", async () => {
    const en = englishText(await readReal(LEDGER));
    expect(en.split("\n")[0].trim()).toBe("2005–2018: work-safety accidents");
    expect(en).toContain("In 2005–2018, there were 832 work-safety accidents, with 14,464 deaths and 10,250 injuries.");
  });

  test("the 2005—2018 ledger has no by-month table: a month's name would stand for 14 months (it showed 2005's months under 2005—2018年)", async () => {
    const summary = await readReal(LEDGER);
    expect(summary.model.ledgers[0].accidents!.breakdowns!.byMonth).toEqual([]);
    expect(JSON.stringify(summary.plan)).not.toContain("ledgerByMonth");
  });

  test("the 2005—2018 ledger's places are provinces: its section, key column and chart say 省份, and the source's slips (山两, 公南, 四藏, 沈海) are named as no province", async () => {
    const summary = await readReal(LEDGER);
    const zh = sheetText(summary);
    expect(zh).toContain("事故台账分省份统计");
    expect(zh).not.toContain("县（市）");
    expect(summary.plan.charts.map((c) => c.title)).toContain("分省份事故起数");
    expect(zh).toContain("注：“Sheet1”中以下地名不是省份名称，按原文列出，请核对：山两、公南、四藏、沈海。");
    const en = englishText(summary);
    expect(en).toContain("Accident ledger by province");
    expect(en).toContain('these places on "Sheet1" are not names of provinces');
    expect(en).not.toContain("by county");
  });

  test("[SHAPES, 26.9] the 综述 of the 2005—2018 ledger tells its totals and makes no 同比 (nothing before 2005 to compare with)", async () => {
    // The level sentence (issue 22): the ledger's 较大 and above, as written or by the thresholds; an archive compares nothing.
    // With their deaths and injuries, as MEM gives a level's (session 9; recounted with @e965/xlsx: 788 records with 3 or more
    // dead, 14454 dead and 9140 injured among them — the ledger has no level, missing, serious-injury or loss column).
    expect((await readReal(LEDGER)).plan.narrative.join("")).toBe(
      "2005—2018年，共发生各类生产安全事故832起、死亡14464人、受伤10250人。其中较大及以上事故788起、死亡14454人、受伤9140人（按死亡人数推定；台账无重伤人数、直接经济损失列，可能少计）。",
    );
  });

  test("its levels rest on deaths alone, and the sheet says so: no 重伤 or 直接经济损失 column, so a record with 1110 injured among 44 'general' ones may be 较大 unseen — the level table and the 综述 say the count may be low, in both languages", async () => {
    const summary = await readReal(LEDGER);
    expect(sheetText(summary)).toContain(
      "注：台账未填写事故等级，表中等级按死亡人数推定；台账无重伤人数、直接经济损失列，按其达到较大及以上的事故未能划入，较大及以上事故数可能少计。",
    );
    const en = englishText(summary);
    expect(en).toContain("Levels are judged by deaths alone: the ledger has no serious-injury or direct-loss column, so the count may be low.");
    expect(en).toContain("Note: the ledger gives no accident level; the levels in the table are judged by deaths alone.");
  });

  test("[PROSE, 22] with the period set to 2018年 the ledger compares 2018 with the mean of 2013–2017 (python3/openpyxl: 26.8起 and 513人 → −21.6% and −35.7%)", async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "real-workbook-"));
    try {
      const reportPeriod = { start: "2018-01-01", end: "2018-12-31" };
      const zh = await summarizeFile(path.join(REAL_DIR, LEDGER), { outDir, generatedAt: "2025-01-06 00:00", overrides: { reportPeriod } });
      expect(zh.plan.narrative[0]).toContain("共发生各类生产安全事故21起、死亡330人");
      expect(zh.plan.narrative[0]).toContain("与近5年均值相比，事故起数和死亡人数分别下降21.6%和35.7%。");
      const en = await summarizeFile(path.join(REAL_DIR, LEDGER), { outDir, language: "en", generatedAt: "2025-01-06 00:00", overrides: { reportPeriod } });
      expect(en.plan.narrative[0]).toContain("Compared with the average of the previous five years, accidents fell by 21.6% and deaths by 35.7%.");
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe(GDP, () => {
  test("an export of the national statistics database: no emergency indicator is recognised and no figure is told", async () => {
    const summary = await readReal(GDP);
    for (const table of summary.model.tables) expect(table.columns.filter((c) => c.indicator)).toEqual([]);
    expect(summary.plan.narrative).toEqual([]);
    expect(summary.model.findings).toEqual([]);
  });

  test("it is named as another field's statistics — GDP, a denominator once the user confirms it — for each of its two tables", async () => {
    const { model } = await readReal(GDP);
    expect(model.tables.map((t) => t.domain)).toEqual(["other", "other"]);
    const notes = model.diagnostics.filter((d) => d.message.zh.includes("其他领域的统计"));
    expect(notes.map((d) => d.address)).toEqual(["A1:T32", "A33:T64"]);
    expect(notes[0].message.zh).toBe(
      "表格 A1:T32 是其他领域的统计（地区生产总值（GDP）），不是应急管理统计，未汇总，也未核对；确认后可作为亿元GDP死亡率、十万人口死亡率等指标的分母",
    );
  });

  test("no 核对 verdict on a workbook where nothing was checked: the sheet names it another field's statistics (26.6)", async () => {
    const text = sheetText(await readReal(GDP));
    expect(text).not.toContain("未发现计算不一致");
    expect(text).toContain("未识别到可汇总的表格，未做核对");
    expect(text).toContain("是其他领域的统计（地区生产总值（GDP）），不是应急管理统计");
  });

  test("its sheet is named once as another field's, in both languages (two GDP blocks on one sheet printed the same sentence twice)", async () => {
    const summary = await readReal(GDP);
    const count = (text: string, phrase: string) => text.split(phrase).length - 1;
    expect(count(sheetText(summary), "工作表“分省年度数据”是其他领域的统计")).toBe(1);
    expect(count(englishText(summary), 'Sheet "分省年度数据" holds another field\'s statistics')).toBe(1);
  });
});

describe(CORRELATIONS, () => {
  test("a 16×16 correlation matrix is not a table of counts: nothing recognised, no 综述 figure, the diagnostic says why", async () => {
    const summary = await readReal(CORRELATIONS);
    expect(summary.model.tables).toEqual([]);
    expect(summary.plan.narrative).toEqual([]);
    expect(summary.model.findings).toEqual([]);
    expect(summary.model.diagnostics.map((d) => d.message.zh).join("\n")).toMatch(/行标题与列标题相同/);
    expect(sheetText(summary)).not.toMatch(/8\.77万元|直接经济损失/);
  });

  test("no 核对 verdict: the sheet says nothing was recognised, in both languages (26.6)", async () => {
    const summary = await readReal(CORRELATIONS);
    const text = sheetText(summary);
    expect(text).not.toContain("未发现计算不一致");
    expect(text).toContain("未识别到可汇总的表格，未做核对");
    expect(englishText(summary)).toContain("No table was recognised; nothing was checked");
  });
});

describe.each(NOT_STATISTICS)("%s (not statistics)", (name) => {
  test("nothing is recognised: no table, no figure, no finding, and the diagnostic names the header it did not find", async () => {
    const summary = await readReal(name);
    expect(summary.model.tables).toEqual([]);
    expect(summary.model.ledgers).toEqual([]);
    expect(summary.plan.narrative).toEqual([]);
    expect(summary.model.findings).toEqual([]);
    expect(summary.model.diagnostics.map((d) => d.message.zh).join("\n")).toMatch(/未找到表头/);
  });

  test('"nothing recognised" in both languages, never 未发现计算不一致 (26.6)', async () => {
    const summary = await readReal(name);
    const text = sheetText(summary);
    expect(text).not.toContain("未发现计算不一致");
    expect(text).toContain("未识别到可汇总的表格，未做核对");
    expect(englishText(summary)).toContain("No table was recognised; nothing was checked");
    expect(englishText(summary)).not.toMatch(/no arithmetic inconsistencies/i);
  });
});
