/**
 * Issue 15: every table the reader recognises reaches the summary, under the right period words.
 * Fixtures: scripts/fixtures/make-section-fixtures.js (tests/fixtures/sections-*.xlsx). The totals
 * are the ones quoted in issue 15 (national disaster form, 月报 23/20 with June 3/4) and in the
 * reference report (enforcement 414 / 2156 = 35 + 2121 / 75 / 363.99; drills 6922 and 334436).
 */
import * as path from "path";
import { parseCellAddress } from "../../src/core/model/address";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { WorkbookModel } from "../../src/core/reader/model";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { loadFixture } from "../reader/loadFixture";

const FIXTURES = path.join(__dirname, "../fixtures");

async function model(name: string): Promise<WorkbookModel> {
  return readWorkbook(await loadFixture(path.join(FIXTURES, `sections-${name}.xlsx`)));
}

/** The rows of a section as text: each row's non-empty values, numbers rounded to 4 decimals. */
function sectionRows(plan: SummaryPlan, id: string, nth = 0): string[][] {
  const s = plan.sections.filter((x) => x.id === id)[nth];
  if (!s) throw new Error(`no section ${id}`);
  // The tables' columns (the print area): charts' data blocks to the right are no part of a section.
  const width = parseCellAddress(plan.print.area!.split(":")[1])!.column + 1;
  return plan.cells
    .slice(s.firstRow, s.lastRow + 1)
    .map((r) =>
      r
        .slice(0, width)
        .flatMap((c) => (c.value === null || c.value === "" ? [] : [typeof c.value === "number" ? String(Math.round(c.value * 1e4) / 1e4) : c.value])),
    );
}

function formulaOf(plan: SummaryPlan, value: unknown, rowLabel: string): string | undefined {
  const row = plan.cells.find((r) => r[0].value === rowLabel);
  return row?.find((c) => c.value === value)?.formula;
}

describe("the national disaster form by 市（州）, one period", () => {
  let plan: SummaryPlan;
  beforeAll(async () => {
    plan = planSummary(workbookFacts(await model("disaster")));
  });

  test("gives a disaster section by region, units as the workbook states them, each region's share of the loss", () => {
    const rows = sectionRows(plan, "disasters");
    expect(rows[0]).toEqual(["一、自然灾害情况（2024年上半年）"]);
    expect(rows[1]).toEqual([
      "市（州）",
      "直接经济损失（亿元）",
      "受灾人口（万人次）",
      "死亡失踪人口（人）",
      "紧急转移安置人口（万人次）",
      "倒塌房屋间数（间）",
      "严重损坏房屋间数（间）",
      "农作物受灾面积（千公顷）",
      "直接经济损失占比",
    ]);
    // 昭通市 11.38 of 48.72亿元 = 23.36%.
    expect(rows.find((r) => r[0] === "昭通市")).toEqual(["昭通市", "11.38", "67.88", "5", "2.73", "331", "902", "60.3", "0.2336"]);
    expect(rows[rows.length - 1]).toEqual(["全省合计", "48.72", "312.45", "17", "8.91", "1206", "3311", "265.3", "1"]);
  });

  test("references the source cells as they are (亿元 stays 亿元, no unit factor)", () => {
    expect(formulaOf(plan, 48.72, "全省合计")).toBe("='全省灾情'!H4");
    expect(formulaOf(plan, 312.45, "全省合计")).toBe("='全省灾情'!B4");
    expect(formulaOf(plan, 0.2336, "昭通市")).toBeUndefined();
    const s = plan.sections.find((x) => x.id === "disasters")!;
    // Heading, header, seven regions (昭通市 the fifth), then 全省合计: 1-based rows firstRow+7 and firstRow+10.
    const zhaotong = plan.cells[s.firstRow + 6];
    expect(zhaotong[0].value).toBe("昭通市");
    const [r, t] = [s.firstRow + 7, s.firstRow + 10];
    expect(zhaotong[8].formula).toBe(`=IFERROR(IF($B$${t}=0,"—",B${r}/$B$${t}),"—")`);
  });

  test("writes the narrative the way releases do", () => {
    expect(plan.narrative).toEqual([
      "2024年上半年，全省各类自然灾害共造成312.45万人次受灾，17人死亡失踪，8.91万人次紧急转移安置；倒塌房屋1206间，严重损坏房屋3311间；农作物受灾面积265.3千公顷；直接经济损失48.72亿元。",
    ]);
  });

  test("draws the loss by region as a chart over the table's first two columns", () => {
    const chart = plan.charts.find((c) => c.title.includes("直接经济损失"))!;
    expect(chart.type).toBe("ColumnClustered");
    const s = plan.sections.find((x) => x.id === "disasters")!;
    expect(chart.source).toBe(`A${s.firstRow + 2}:B${s.firstRow + 9}`);
  });

  test("says what its 核对 checked — the 全省 row against the 市（州） for each of its 7 indicators, and 紧急转移安置 ⊆ 受灾人口 (the national form) in each of its 8 rows — and is titled by its period", () => {
    expect(sectionRows(plan, "checks")[1]).toEqual(["已核对1张表（全省灾情）的15项关系，未发现计算不一致。"]);
    expect(plan.cells[0][0].value).toContain("2024年上半年");
  });

  test("in English keeps the figures and names the units in English", () => {
    const en = planSummary(workbookFacts(readWorkbookSync), { language: "en" });
    expect(en.narrative[0]).toContain("natural disasters in the province affected 3.12 million people, left 17 people dead or missing");
    expect(en.narrative[0]).toContain("The direct economic loss was CNY 4.87 billion.");
  });
  let readWorkbookSync: WorkbookModel;
  beforeAll(async () => {
    readWorkbookSync = await model("disaster");
  });
});

describe("the national disaster form with a previous period", () => {
  let plan: SummaryPlan;
  beforeAll(async () => {
    plan = planSummary(workbookFacts(await model("disaster-compare")));
  });

  test("compares 本期 | 去年同期 | 增减 | 增减幅度 per indicator", () => {
    const rows = sectionRows(plan, "disasters");
    expect(rows[1]).toEqual(["指标", "2024年上半年", "去年同期", "增减", "增减幅度"]);
    // 312.45 vs 280.1 → +32.35, 11.549%; 17 vs 21 → −4, −19.05%.
    expect(rows[2]).toEqual(["受灾人口（万人次）", "312.45", "280.1", "32.35", "0.1155"]);
    expect(rows[3]).toEqual(["死亡失踪人口（人）", "17", "21", "-4", "-0.1905"]);
    expect(rows[8]).toEqual(["直接经济损失（亿元）", "48.72", "46", "2.72", "0.0591"]);
  });

  test("follows the figures with the 同比 sentence of the accident rules", () => {
    // Grouped with 分别 in MEM's words (issue 22; tests/summary/disasterChanges.test.ts).
    expect(plan.narrative[0]).toContain("直接经济损失48.72亿元。与去年同期相比，受灾人次、紧急转移安置人次、倒塌房屋数量、");
    expect(plan.narrative[0]).toContain("分别上升11.5%、11.4%、7.7%、7.9%、9%和5.9%，因灾死亡失踪人数下降19%。");
  });

  test("still has the by-region table with shares, and its totals and stated 增减幅度 all agree (核对: 7 totals, 63 stated changes, 紧急转移安置 ⊆ 受灾人口 in 8 rows × 2 periods)", () => {
    expect(sectionRows(plan, "disasters").some((r) => r[0] === "市（州）")).toBe(true);
    expect(plan.sections.find((s) => s.id === "checks")).toBeDefined();
    expect(sectionRows(plan, "checks")[1]).toEqual(["已核对1张表（全省灾情对比）的86项关系，未发现计算不一致。"]);
  });
});

describe("a monthly report (月报) with 当月 and 1—6月累计 column groups", () => {
  let m: WorkbookModel;
  let plan: SummaryPlan;
  beforeAll(async () => {
    m = await model("monthly");
    plan = planSummary(workbookFacts(m));
  });

  test("titles and compares the cumulative figures with their own period, 2024年1—6月, not the title's 6月", () => {
    expect(plan.cells[0][0].value).toContain("2024年1—6月");
    const rows = sectionRows(plan, "accidents");
    expect(rows[0]).toEqual(["一、生产安全事故（2024年1—6月）"]);
    expect(rows[2].slice(0, 4)).toEqual(["事故起数（起）", "23", "20", "3"]);
  });

  test("gives the month its own comparison, labelled 6月 / 2024年6月 against 去年同月", () => {
    const rows = sectionRows(plan, "month");
    expect(rows[0][0]).toMatch(/、生产安全事故（6月）$/);
    expect(rows[1]).toEqual(["指标", "2024年6月", "去年同月", "增减", "增减幅度"]);
    expect(rows[2]).toEqual(["事故起数（起）", "3", "4", "-1", "-0.25"]);
    expect(rows[3]).toEqual(["死亡人数（人）", "2", "2", "0", "0"]);
    expect(rows[4]).toEqual(["受伤人数（人）", "1", "0", "1", "—"]);
    const month = plan.sections.find((x) => x.id === "month")!;
    expect(plan.cells[month.firstRow + 2][1].formula).toBe("='6月月报'!B5");
    expect(plan.cells[month.firstRow + 2][2].formula).toBe("='6月月报'!C5");
  });

  test("narrates both: the year to date, then 其中6月", () => {
    expect(plan.narrative[0]).toBe(
      "2024年1—6月，全州共发生各类生产安全事故23起、死亡26人、受伤11人，同比事故起数增加3起、上升15%，死亡人数增加5人、上升23.8%，受伤人数增加5人、上升83.3%；" +
        "其中6月发生3起、死亡2人、受伤1人，同比事故起数减少1起、下降25%，死亡人数持平，受伤人数净增加1人。",
    );
  });

  test("checks each group's stated 增减幅度 against its own columns: only the month's slip at D5 (−20 stated, −25 from B5 and C5)", () => {
    expect(m.findings.map((f) => [f.cell, f.stated, f.recomputed, f.sources])).toEqual([["D5", -20, -25, ["B5", "C5"]]]);
  });

  test("in English gives the month after the year to date", () => {
    const en = planSummary(workbookFacts(m), { language: "en" }).narrative.join(" ");
    expect(en).toContain("June 2024 alone had 3 accidents (down 25% year on year)");
  });
});

describe("indicator rows with 上年 / 本年, a 单位 column and a rate among the rows", () => {
  let plan: SummaryPlan;
  beforeAll(async () => {
    plan = planSummary(workbookFacts(await model("indicator-rows")));
  });

  test("takes 本年 as this period and 上年 as last year for the accident rows", () => {
    const rows = sectionRows(plan, "accidents");
    expect(rows[2].slice(0, 5)).toEqual(["事故起数（起）", "23", "20", "3", "0.15"]);
    // The table's 直接经济损失 row (1388.25 against 1520.5万元) follows the casualties with its 同比 (issue 22).
    expect(plan.narrative[0]).toMatch(
      /^2024年1—6月，(全州)?共发生各类生产安全事故23起、死亡26人、受伤11人，直接经济损失1388\.25万元，同比事故起数增加3起、上升15%/,
    );
    expect(plan.narrative[0]).toContain("直接经济损失减少132.25万元、下降8.7%");
  });

  test("recomputes the 整改率 row from its counts (378/411 and 340/400), never adds it up, and gives its change in 百分点", () => {
    const rows = sectionRows(plan, "indicators");
    expect(rows[0][0]).toMatch(/隐患排查治理（2024年1—6月）/);
    const rate = plan.cells.find((r) => r[0].value === "整改率（%）")!;
    expect(rate[1].formula).toBe("=IFERROR('主要指标'!D8/'主要指标'!D7*100,\"—\")");
    expect(rate[1].value as number).toBeCloseTo(91.9708, 4);
    expect(rate[2].value as number).toBeCloseTo(85, 10);
    expect(rate[3].value as number).toBeCloseTo(6.9708, 4);
    expect(rate[4].value).toBeNull();
  });

  test("says the rate as T6 does, with its change in 百分点 (91.97 against 85: 提高7个百分点)", () => {
    expect(plan.narrative).toContain("2024年1—6月，全州发现安全隐患411条，完成整改378条，整改率92%，同比提高7个百分点。");
  });
});

describe("a single-period accident table by county (no previous period)", () => {
  test("gets a table with each county's share of the accidents, and its own sentence", () => {
    const m = readWorkbook({
      sheets: [
        {
          name: "事故",
          originRow: 0,
          originColumn: 0,
          values: [
            ["楚雄州2024年1—6月生产安全事故统计表", "", ""],
            ["县（市）", "事故起数（起）", "死亡人数（人）"],
            ["全州合计", 23, 26],
            ["楚雄市", 15, 16],
            ["禄丰市", 8, 10],
          ],
          merges: [{ row: 0, column: 0, rowCount: 1, columnCount: 3 }],
        },
      ],
    });
    const plan = planSummary(workbookFacts(m));
    const rows = sectionRows(plan, "indicators");
    expect(rows[0][0]).toMatch(/生产安全事故（2024年1—6月）$/);
    expect(rows.slice(1)).toEqual([
      ["县（市）", "事故起数（起）", "死亡人数（人）", "事故起数占比"],
      ["楚雄市", "15", "16", "0.6522"],
      ["禄丰市", "8", "10", "0.3478"],
      ["全州合计", "23", "26", "1"],
    ]);
    expect(plan.narrative[0]).toBe("2024年1—6月，全州共发生各类生产安全事故23起、死亡26人。");
  });
});

describe("an enforcement table by county", () => {
  let plan: SummaryPlan;
  beforeAll(async () => {
    plan = planSummary(workbookFacts(await model("enforcement")));
  });

  test("gets its table: inspections and what they found first, 行政处罚（万元） read as the amount (罚款) and named as the header names it (rule 25)", () => {
    const rows = sectionRows(plan, "enforcement");
    expect(rows[1]).toEqual([
      "县（市）",
      "检查生产经营单位（家次）",
      "查处事故隐患（项）",
      "其中：重大事故隐患（项）",
      "立案查处（件）",
      "行政处罚（万元）",
      "责令停产整顿（家）",
      "检查生产经营单位占比",
    ]);
    expect(rows[rows.length - 1]).toEqual(["全州合计", "414", "2156", "35", "75", "363.99", "8", "1"]);
  });

  test("gets the reference report's sentence", () => {
    expect(plan.narrative).toEqual([
      "2024年上半年，全州共检查生产经营单位414家（次），查处事故隐患2156项，其中重大事故隐患35项。立案查处75件，给予行政处罚363.99万元，责令停产整顿8家。",
    ]);
  });
});

describe("a training, emergency plans and drills table by county", () => {
  test("gets its table and the report's sentences (6922场次, 334436人次)", async () => {
    const plan = planSummary(workbookFacts(await model("training")));
    const rows = sectionRows(plan, "training");
    expect(rows[0]).toEqual(["一、安全培训和应急预案、演练（2024年上半年）"]);
    expect(rows[rows.length - 1]).toEqual(["全州合计", "483", "25346", "170", "6922", "334436", "1"]);
    expect(plan.narrative).toEqual(["2024年上半年，全州共开展安全培训483次、培训25346人次，修订应急预案170件，组织开展应急演练6922场次、参加演练334436人次。"]);
    expect(sectionRows(plan, "checks")[1]).toEqual(["已核对1张表（培训演练）的5项关系，未发现计算不一致。"]);
  });
});

describe("a workbook whose tables reach no section", () => {
  test("with nothing understood, says so on the sheet and in the notes (the pane), names what was recognised and why, and gives no 核对 verdict", () => {
    const m = readWorkbook({
      sheets: [
        {
          name: "表1",
          originRow: 0,
          originColumn: 0,
          values: [
            ["县（市）", "本期", "去年同期"],
            ["楚雄市", 5, 4],
            ["禄丰市", 4, 3],
          ],
          merges: [],
        },
      ],
    });
    expect(m.tables).toHaveLength(1);
    const plan = planSummary(workbookFacts(m));
    const rows = sectionRows(plan, "nothingRecognised");
    expect(rows[0][0]).toBe("一、未识别到可汇总的表格");
    expect(rows[1][0]).toBe("未识别到可汇总的表格，未做核对。");
    expect(rows[2][0]).toBe(
      "工作表“表1”表格 A1:C3：识别为按地区排列的表格，时期列：本期、去年同期；未汇总的原因：表头中没有识别出统计指标（表头：本期、去年同期），请使用标准指标名称，如 事故起数、受灾人口、检查生产经营单位。",
    );
    expect(plan.notes.slice(0, 2)).toEqual([rows[1][0], rows[2][0]]);
    expect(plan.sections.map((s) => s.id)).toEqual(["nothingRecognised"]);
    expect(plan.cells.flat().some((c) => String(c.value).includes("未发现计算不一致"))).toBe(false);
    const en = planSummary(workbookFacts(m), { language: "en" });
    expect(en.notes[0]).toBe("No table was recognised; nothing was checked.");
    expect(en.notes[1]).toMatch(
      /^Sheet "表1", table A1:C3: read as a table keyed by region \(2 period columns\); not summarised because no indicator was recognised/,
    );
  });

  test("with figures understood but no section for them (indicator columns only split by industry), gets the diagnostic naming the table and why", async () => {
    const plan = planSummary(workbookFacts(readWorkbook(await loadFixture(path.join(__dirname, "../fixtures/layout-d.xlsx")))));
    const rows = sectionRows(plan, "diagnostic");
    expect(rows[0][0]).toMatch(/未能生成汇总表/);
    expect(rows[1][0]).toContain("未汇总的原因：指标列按行业分组（如 事故起数/采矿），无合计列可汇总");
    expect(plan.notes[0]).toBe(rows[1][0]);
  });
});
