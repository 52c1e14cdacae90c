/**
 * Significance in the summary sheet (issue 6). Reference values: R 4.2 (Debian r-base-core),
 * `poisson.test(c(x1, x2))$p.value`, `prop.test(378, 411, correct = FALSE)$conf.int` and
 * `glm(c(30,28,25,27,21) ~ c(2019,2020,2021,2023,2024), family = poisson)` with
 * `confint.default`, printed with options(digits = 17); the sample p-values are also those of
 * tests/stats/poissonRateTest.test.ts.
 */
import type { ColumnMeaning, TableModel, WorkbookModel } from "../../src/core/reader/model";
import { workbookFacts } from "../../src/core/facts";
import { DEFAULT_SUMMARY_OPTIONS } from "../../src/core/summary/options";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { findTrendSeries, rateIntervalText, seriesTrend, significanceNarrative, trendTitle } from "../../src/core/summary/significance";
import { significanceText } from "../../src/core/stats/significanceColumn";
import { linesHeight, textUnits, wrappedLines } from "../../src/core/summary/textFit";
import { writeSummary } from "../../src/excel/writeSummary";
import { createHost } from "../../src/host/excelHost";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { matchIndicator } from "../../src/core/registry/matchIndicator";
import { toSummaryOptions } from "../../src/taskpane/summaryOptions";
import { defaultPaneOptions } from "../../src/taskpane/options";
import { SAMPLE_SENTENCES, sampleModel } from "./sample";

const col = (column: number, indicator: string | undefined, role: ColumnMeaning["role"]): ColumnMeaning => ({
  column,
  headerPath: [],
  indicator,
  role,
  unitFactor: 1,
  confidence: 1,
});

/** A 指标 | 本期 | 去年同期 table (layout C) with the given accident counts. */
function indicatorModel(rows: [string, string, number, number][]): WorkbookModel {
  const table: TableModel = {
    kind: "table",
    id: "主要指标!A2:C6",
    sheet: "主要指标",
    address: "A2:C6",
    headerRows: [1, 1],
    keyKind: "indicator",
    keyColumn: 0,
    columns: [col(0, undefined, "key"), col(1, undefined, "current"), col(2, undefined, "previous")],
    rows: rows.map(([label, indicator], i) => ({
      row: 2 + i,
      label,
      role: "data",
      indicator,
    })),
    values: rows.map(([, , a, b]) => [null, { value: a, raw: a }, { value: b, raw: b }]),
    periods: {},
    confidence: 1,
  };
  return {
    tables: [table],
    ledgers: [],
    findings: [],
    anomalies: [],
    diagnostics: [],
  };
}

/** A table keyed by year: 年份 | 事故起数. */
function yearModel(years: [string, number][]): WorkbookModel {
  const table: TableModel = {
    kind: "table",
    id: "历年!A2:B7",
    sheet: "历年",
    address: "A2:B7",
    headerRows: [1, 1],
    keyKind: "other",
    keyColumn: 0,
    columns: [col(0, undefined, "key"), col(1, "accident_count", "value")],
    rows: years.map(([label], i) => ({ row: 2 + i, label, role: "data" })),
    values: years.map(([, v]) => [null, { value: v, raw: v }]),
    periods: {},
    confidence: 1,
  };
  return {
    tables: [table],
    ledgers: [],
    findings: [],
    anomalies: [],
    diagnostics: [],
  };
}

function rowOf(plan: SummaryPlan, label: string) {
  const row = plan.cells.find((r) => r[0].value === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

const RISING = indicatorModel([
  ["事故起数", "accident_count", 60, 30],
  ["死亡人数", "deaths", 26, 21],
  ["直接经济损失", "direct_loss", 500, 100],
]);

describe("the 显著性 column", () => {
  test("is there by default for 事故起数 only (R: 0.761); deaths and injuries get no test and a footnote says why", async () => {
    const plan = planSummary(workbookFacts(await sampleModel()));
    const header = plan.cells.find((r) => r[0].value === "指标")!;
    expect(header[5].value).toBe("显著性");
    expect(rowOf(plan, "事故起数（起）")[5].value).toBe("变化不显著（p=0.761）");
    expect(rowOf(plan, "死亡人数（人）")[5].value).toBeNull();
    expect(rowOf(plan, "受伤人数（人）")[5].value).toBeNull();
    expect(plan.notes.join("")).toContain("死亡、受伤人数在同一起事故中成群出现");
  });

  test("carries no timestamp in its header: the generation time is on row 2 (issue 22.10)", async () => {
    const plan = planSummary(workbookFacts(await sampleModel()), { generatedAt: "2024-07-10T09:30" });
    const header = plan.cells.find((r) => r[0].value === "指标")!;
    expect(header[5].value).toBe("显著性");
    expect(String(plan.cells[1][0].value)).toContain("生成于2024年7月10日 09:30");
  });

  test("is plain text, not a formula, so the sheet reads the same without the add-in", async () => {
    const plan = planSummary(workbookFacts(await sampleModel()));
    const cell = rowOf(plan, "事故起数（起）")[5];
    expect(cell.formula).toBeUndefined();
    expect(typeof cell.value).toBe("string");
  });

  test("is absent when the option is off", async () => {
    const plan = planSummary(workbookFacts(await sampleModel()), {
      significanceColumn: false,
    });
    expect(plan.cells.flat().some((c) => c.value === "显著性")).toBe(false);
    expect(rowOf(plan, "事故起数（起）")[5]?.value ?? null).toBeNull();
  });

  test("stays blank for money: only counts get a Poisson test", () => {
    const plan = planSummary(workbookFacts(RISING));
    const loss = plan.cells.find((r) => String(r[0].value).startsWith("直接经济损失"))!;
    expect(loss[5].value).toBeNull();
    // R: poisson.test(c(60, 30))$p.value = 0.0020602656809630701
    expect(rowOf(plan, "事故起数（起）")[5].value).toBe("显著上升（p=0.00206）");
    expect(rowOf(plan, "事故起数（起）")[5].value).toBe(significanceText(60, 30));
  });

  test("widens the sheet to six columns and makes room for its text: it fits its column or wraps in a row tall enough", () => {
    const on = planSummary(workbookFacts(RISING));
    expect(on.merges).toContain("A1:F1");
    expect(on.columnWidths[5]).toBeGreaterThanOrEqual(12);
    on.cells.forEach((row, r) => {
      const text = row[5]?.value;
      if (r < 4 || typeof text !== "string" || !/p=/.test(text)) return;
      const wrapped = on.styles.some((s) => s.style === "wrap" && s.row === r && s.column <= 5 && s.column + s.columnCount > 5);
      if (textUnits(text) > on.columnWidths[5] - 1) {
        expect(wrapped).toBe(true);
        expect(on.rowHeights.find((h) => h.row === r)?.height).toBeGreaterThanOrEqual(linesHeight(wrappedLines(text, on.columnWidths[5])));
      }
    });
    expect(planSummary(workbookFacts(RISING), { significanceColumn: false }).merges).toContain("A1:E1");
  });

  test("is in English when the language is en", () => {
    const plan = planSummary(workbookFacts(RISING), { language: "en" });
    const row = plan.cells.find((r) => r[0].value === "Number of accidents")!;
    expect(row[5].value).toBe("significant rise (p=0.00206)");
    expect(plan.cells.flat().some((c) => c.value === "Significance")).toBe(true);
  });
});

/** The accident row of a table whose 去年同期 cell is empty. */
function withoutPrevious(current: number): WorkbookModel {
  const model = indicatorModel([["事故起数", "accident_count", current, 0]]);
  const table = model.tables[0] as TableModel;
  return { ...model, tables: [{ ...table, values: [[null, { value: current, raw: current }, null]] }] };
}

describe("the 显著性 column never tests a zero base or a handful of accidents (issue 22.10)", () => {
  test("0 against 0 is '—（两期均为0）', never a p-value", () => {
    const plan = planSummary(workbookFacts(indicatorModel([["事故起数", "accident_count", 0, 0]])));
    expect(rowOf(plan, "事故起数（起）")[5].value).toBe("—（两期均为0）");
  });

  test("an empty 去年同期 is not a zero base: '—（无去年同期数）', in English too", () => {
    const zh = planSummary(workbookFacts(withoutPrevious(12)));
    expect(rowOf(zh, "事故起数（起）")[5].value).toBe("—（无去年同期数）");
    const en = planSummary(workbookFacts(withoutPrevious(12)), { language: "en" });
    expect(en.cells.flat().some((c) => c.value === "— (no year-earlier figure)")).toBe(true);
    expect(en.cells.flat().some((c) => /^no significant change|^significant/.test(String(c.value)))).toBe(false);
  });

  test("3 against 2 is too few: the exact test's smallest two-sided p for 5 events is 2·0.5^5 = 0.0625, so no p-value is shown", () => {
    const plan = planSummary(workbookFacts(indicatorModel([["事故起数", "accident_count", 3, 2]])));
    expect(rowOf(plan, "事故起数（起）")[5].value).toBe("—（起数过少）");
    // 4 against 2 can reach 5% in principle (2·0.5^6 = 0.031), so it is tested; R: poisson.test(c(4, 2))$p.value = 0.6875
    const six = planSummary(workbookFacts(indicatorModel([["事故起数", "accident_count", 4, 2]])));
    expect(rowOf(six, "事故起数（起）")[5].value).toBe("变化不显著（p=0.688）");
  });

  test("the footnote says when the column shows '—'", () => {
    const plan = planSummary(workbookFacts(indicatorModel([["事故起数", "accident_count", 0, 0]])));
    expect(plan.notes.join("")).toContain("两期合计不足6起");
  });
});

describe("the rectification rate's interval", () => {
  test("is R's Wilson interval for 378 of 411 (prop.test: 0.88938, 0.94226)", () => {
    expect(rateIntervalText(411, 378, DEFAULT_SUMMARY_OPTIONS)).toBe("95%置信区间 88.9%–94.2%");
    expect(rateIntervalText(411, 378, { language: "en" })).toBe("95% CI 88.9%–94.2%");
  });

  test("is off by default (found hazards are a complete count) and written beside the sample's total rate when the option is on", async () => {
    const model = await sampleModel();
    const on = planSummary(workbookFacts(model), { rateInterval: true }).cells.flat();
    expect(on.some((c) => c.value === "95%置信区间 88.9%–94.2%")).toBe(true);
    const off = planSummary(workbookFacts(model)).cells.flat();
    expect(off.some((c) => String(c.value).includes("置信区间"))).toBe(false);
  });

  test("is left out when there is nothing to divide by", () => {
    expect(rateIntervalText(0, 0, DEFAULT_SUMMARY_OPTIONS)).toBeUndefined();
    expect(rateIntervalText(null, 3, DEFAULT_SUMMARY_OPTIONS)).toBeUndefined();
  });
});

describe("the 综述 and significance", () => {
  test("never carries a p-value, even for a significant change of 60 against 30 accidents (p=0.00206)", () => {
    for (const language of ["zh", "en"] as const) {
      const text = planSummary(workbookFacts(RISING), { language }).narrative.join("");
      expect(text).not.toMatch(/p[=<]|显著|significant/);
    }
  });

  test("with the wording option on, a significant change may be called 明显上升 (R: poisson.test(c(60, 30)) p = 0.00206)", () => {
    const plan = planSummary(workbookFacts(RISING), { significanceWording: true });
    expect(plan.narrative[0]).toContain("事故起数增加30起、明显上升100%");
    expect(plan.narrative[0]).not.toContain("受基数较小影响");
    expect(planSummary(workbookFacts(RISING), { significanceWording: true, language: "en" }).narrative[0]).toContain("The rise in accidents is marked.");
  });

  test("with the wording option on, the sample's change (23 against 20, p=0.761) gets the accepted small-base note", async () => {
    const plan = planSummary(workbookFacts(await sampleModel()), { significanceWording: true });
    expect(plan.narrative[0]).toMatch(/上升83\.3%。受基数较小影响，同比变化仍在正常波动范围内。$/);
    expect(plan.narrative[0]).not.toContain("明显");
  });

  test("the wording option is off by default: the sample's three sentences stay exactly as they are", async () => {
    const plan = planSummary(workbookFacts(await sampleModel()));
    const all = plan.narrative.join("");
    expect(all).not.toContain("显著");
    expect(all).not.toContain("受基数较小影响");
    for (const s of SAMPLE_SENTENCES) expect(all).toContain(s);
  });

  test("significanceNarrative (kept for the functions' users) still names each significant change with its p-value", () => {
    const text = significanceNarrative(
      indicatorModel([
        ["事故起数", "accident_count", 60, 30],
        ["死亡人数", "deaths", 3, 15],
      ]).tables[0].rows.map((r, i) => ({
        indicator: r.indicator!,
        name: r.label,
        classifier: "起",
        unit: "起",
        current: { value: [60, 3][i] },
        previous: { value: [30, 15][i] },
      })),
      DEFAULT_SUMMARY_OPTIONS,
    );
    // R: poisson.test(c(3, 15))$p.value = 0.0075378…
    expect(text).toBe("事故起数上升（p=0.00206）、死亡人数下降（p=0.00754）在统计上均显著。");
  });
});

describe("the trend chart", () => {
  const YEARS: [string, number][] = [
    ["2019年", 30],
    ["2020年", 28],
    ["2021年", 25],
    ["2023年", 27],
    ["2024年", 21],
  ];

  test("finds a table keyed by years with a count column", () => {
    const series = findTrendSeries(workbookFacts(yearModel(YEARS)))!;
    expect(series.periods).toEqual([2019, 2020, 2021, 2023, 2024]);
    expect(series.counts).toEqual([30, 28, 25, 27, 21]);
    expect(series.cells[0]).toMatchObject({ sheet: "历年", address: "B3" });
  });

  test("carries R's glm trend in its title: −5.1% a year, 95% CI −13.6% to 4.2%, p=0.271", () => {
    const series = findTrendSeries(workbookFacts(yearModel(YEARS)))!;
    const t = seriesTrend(series)!;
    expect(t.percentChange).toBeCloseTo(Math.expm1(-0.052449793810125267), 8);
    expect(t.low).toBeCloseTo(-0.135687035474859052, 7);
    expect(t.high).toBeCloseTo(0.041769553170821316, 7);
    expect(trendTitle(series, DEFAULT_SUMMARY_OPTIONS)).toBe("事故起数趋势：年均下降5.1%（95%置信区间 −13.6%～4.2%，p=0.271）");
  });

  test("is a Line chart over live references to the source counts", () => {
    const plan = planSummary(workbookFacts(yearModel(YEARS)));
    const chart = plan.charts.find((c) => c.type === "Line")!;
    expect(chart.title).toContain("年均下降5.1%");
    expect(chart.seriesBy).toBe("Columns");
    const refs = plan.cells.flat().filter((c) => c.formula?.startsWith("='历年'!B"));
    expect(refs.map((c) => c.value)).toEqual([30, 28, 25, 27, 21]);
    expect(refs[0].formula).toBe("='历年'!B3");
    // The chart's source range holds the header and the five periods.
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(chart.source)!;
    expect(Number(m[4]) - Number(m[2])).toBe(5);
  });

  test("reaches Excel as a Line chart with its trend title, through writeSummary on the in-memory host", async () => {
    const source: unknown[][] = [["历年事故"], ["年份", "事故起数"], ...YEARS.map(([y, v]) => [y, v])];
    const host = createHost({ 历年: source });
    const plan = planSummary(workbookFacts(yearModel(YEARS)));
    await host.run((context) => writeSummary(context, plan, { replacePrevious: false }));
    expect(host.findSheet("汇总")!.charts).toEqual([
      expect.objectContaining({ type: "Line", title: "事故起数趋势：年均下降5.1%（95%置信区间 −13.6%～4.2%，p=0.271）", seriesNames: ["事故起数"] }),
    ]);
  });

  test("is drawn for a real year-by-year sheet read by readWorkbook: glm(c(30,28,25,27,21) ~ 2019:2023) gives −7.0% (−17.6% to 5.0%), p=0.241", () => {
    const values = [
      ["楚雄州历年生产安全事故统计", "", "", ""],
      ["年份", "事故起数（起）", "死亡人数（人）", "受伤人数（人）"],
      ["2019年", 30, 31, 12],
      ["2020年", 28, 25, 10],
      ["2021年", 25, 27, 9],
      ["2022年", 27, 22, 8],
      ["2023年", 21, 20, 6],
    ];
    const model = readWorkbook({ sheets: [{ name: "历年", originRow: 0, originColumn: 0, values, merges: [] }] });
    // Reader: a header matched in cleaned form ("事故起数" in "事故起数（起）") is not a group of itself.
    expect(model.tables[0].columns[1].industry).toBeUndefined();
    const chart = planSummary(workbookFacts(model)).charts.find((c) => c.type === "Line")!;
    expect(chart.title).toBe("事故起数趋势：年均下降7.0%（95%置信区间 −17.6%～5.0%，p=0.241）");
    expect(planSummary(workbookFacts(model), { language: "en" }).charts.find((c) => c.type === "Line")!.title).toBe(
      "accidents: −7.0% a year on average (95% CI −17.6% to 5.0%, p=0.241)",
    );
  });

  test("is drawn from an accident ledger over 4 years, counting the same 1—6月 window each year: glm(c(8,6,5,3) ~ 2021:2024) gives −25.8% (−49.6% to 9.4%), p=0.132", () => {
    const header = ["序号", "事故发生时间", "县（市）", "行业门类", "事故类型", "死亡(人)", "受伤(人)", "直接经济损失（万元）"];
    const dates: string[] = [];
    const counts: [number, number][] = [
      [2021, 8],
      [2022, 6],
      [2023, 5],
      [2024, 3],
    ];
    for (const [year, n] of counts) for (let i = 0; i < n; i++) dates.push(`${year}-0${6 - (i % 6)}-1${i % 9}`);
    // Second-half accidents lie outside the window and must not count.
    for (let i = 0; i < 4; i++) dates.push(`2023-09-0${i + 1}`);
    const rows = dates.map((d, i) => [i + 1, d, "楚雄市", "建筑业", "高处坠落", 0, 1, 2]);
    const model = readWorkbook({ sheets: [{ name: "事故台账", originRow: 0, originColumn: 0, values: [header, ...rows], merges: [] }] });
    const years = model.ledgers[0].accidents!.byYear!;
    expect(years.map((y) => [y.period.label, y.totals.accidents])).toEqual([
      ["2021年1—6月", 8],
      ["2022年1—6月", 6],
      ["2023年1—6月", 5],
      ["2024年1—6月", 3],
    ]);
    const chart = planSummary(workbookFacts(model)).charts.find((c) => c.type === "Line")!;
    expect(chart.title).toBe("事故起数趋势：年均下降25.8%（95%置信区间 −49.6%～9.4%，p=0.132）");
    const data = planSummary(workbookFacts(model))
      .cells.flat()
      .filter((c) => c.numberFormat === "#,##0" && !c.formula && [8, 6, 5, 3].includes(c.value as number));
    expect(data.length).toBeGreaterThanOrEqual(4);
  });

  test("is not drawn from a ledger of only two years", () => {
    const header = ["序号", "事故发生时间", "县（市）", "死亡(人)", "受伤(人)"];
    const rows = ["2023-02-01", "2023-03-01", "2024-02-01"].map((d, i) => [i + 1, d, "楚雄市", 0, 1]);
    const model = readWorkbook({ sheets: [{ name: "事故台账", originRow: 0, originColumn: 0, values: [header, ...rows], merges: [] }] });
    expect(model.ledgers[0].accidents!.byYear).toBeUndefined();
    expect(planSummary(workbookFacts(model)).charts.some((c) => c.type === "Line")).toBe(false);
  });

  test("needs at least 3 periods, and month labels count as periods", () => {
    expect(findTrendSeries(workbookFacts(yearModel(YEARS.slice(0, 2))))).toBeUndefined();
    const months = findTrendSeries(
      workbookFacts(
        yearModel([
          ["1月", 4],
          ["2月", 6],
          ["3月", 5],
        ]),
      ),
    )!;
    expect(months.unit).toBe("month");
    expect(trendTitle(months, DEFAULT_SUMMARY_OPTIONS)).toMatch(/^事故起数趋势：月均上升/);
  });

  test("is not drawn for the sample, which has no series of periods, nor when charts are off", async () => {
    expect(planSummary(workbookFacts(await sampleModel())).charts.some((c) => c.type === "Line")).toBe(false);
    expect(planSummary(workbookFacts(yearModel(YEARS)), { sections: { charts: false } }).charts).toHaveLength(0);
  });
});

describe("the pane's option", () => {
  test("is on by default and reaches the plan through toSummaryOptions, both ways", async () => {
    const pane = defaultPaneOptions("zh");
    expect(pane.significanceColumn).toBe(true);
    expect(DEFAULT_SUMMARY_OPTIONS.significanceColumn).toBe(true);
    const model = await sampleModel();
    const on = planSummary(workbookFacts(model), toSummaryOptions(pane));
    expect(on.cells.flat().some((c) => c.value === "显著性")).toBe(true);
    const off = planSummary(workbookFacts(model), toSummaryOptions({ ...pane, significanceColumn: false }));
    expect(off.cells.flat().some((c) => c.value === "显著性")).toBe(false);
  });
});

describe("the registry's match cache", () => {
  test("names the header as written, not the one it first cached under the same cleaned text", () => {
    expect(matchIndicator("事故起数")?.header).toBe("事故起数");
    expect(matchIndicator("事故起数（起）")?.header).toBe("事故起数（起）");
    expect(matchIndicator("事故起数")?.header).toBe("事故起数");
  });
});
