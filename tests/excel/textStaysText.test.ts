/**
 * Text stays text: Excel enters a string written through Range.values / formulas as if typed
 * ("2020" becomes a number, "1-6" a date, "+5" a number, "-x" a formula — Range.values typings),
 * and the in-memory host now does the same. The writer escapes every such text with a leading
 * apostrophe, so year labels stay labels and the trend chart keeps one series (the counts), named
 * by getItemAt(0). Year counts 30, 28, 25, 27, 21 are those of the significance tests (R glm).
 */
import type { ColumnMeaning, TableModel, WorkbookModel } from "../../src/core/reader/model";
import { workbookFacts } from "../../src/core/facts";
import type { PlanCell, SummaryPlan } from "../../src/core/summary/plan";
import { planSummary } from "../../src/core/summary/planSummary";
import { asText } from "../../src/core/text/textStaysText";
import { writeSummary } from "../../src/excel/writeSummary";
import { createHost } from "../../src/host/excelHost";

const col = (column: number, indicator: string | undefined, role: ColumnMeaning["role"]): ColumnMeaning => ({
  column,
  headerPath: [],
  indicator,
  role,
  unitFactor: 1,
  confidence: 1,
});

/** A 年份 | 事故起数 table keyed by the given labels (as the reader would model it). */
function yearModel(years: [string, number][]): WorkbookModel {
  const table: TableModel = {
    kind: "table",
    id: `历年!A2:B${years.length + 2}`,
    sheet: "历年",
    address: `A2:B${years.length + 2}`,
    headerRows: [1, 1],
    keyKind: "other",
    keyColumn: 0,
    columns: [col(0, undefined, "key"), col(1, "accident_count", "value")],
    rows: years.map(([label], i) => ({ row: 2 + i, label, role: "data" })),
    values: years.map(([, v]) => [null, { value: v, raw: v }]),
    periods: {},
    confidence: 1,
  };
  return { tables: [table], ledgers: [], findings: [], anomalies: [], diagnostics: [] };
}

const YEARS: [string, number][] = [
  ["2019", 30],
  ["2020", 28],
  ["2021", 25],
  ["2023", 27],
  ["2024", 21],
];

function textPlan(texts: string[]): SummaryPlan {
  const cells: PlanCell[][] = [texts.map((value) => ({ value }))];
  return {
    sheetName: "汇总",
    rowCount: 1,
    columnCount: texts.length,
    cells,
    styles: [],
    merges: [],
    rowHeights: [],
    columnWidths: [],
    frozenRows: 0,
    print: { paperSize: "A4", orientation: "Portrait", fitToWidth: true, titleRows: "$1:$1" },
    charts: [],
    sections: [],
    narrative: [],
    notes: [],
  };
}

describe("text stays text", () => {
  const REINTERPRETED = ["2020", "1-6", "+5", "-3", "-增加", "=A1", "3.5%", "TRUE", "'引号", "１２", "(12)", "¥100", " 7", "Mar 2024", "jan-24"];
  const HARMLESS = ["汇总", "—", "县（市）", "", "-", "March", "Total"];

  test("asText escapes every text Excel would reinterpret, and only a harmless apostrophe goes before other text", () => {
    for (const t of REINTERPRETED) expect(asText(t)).toBe(`'${t}`);
    for (const t of HARMLESS.filter((t) => t !== "-")) expect(asText(t)).toBe(t);
  });

  test("texts written by writeSummary come back from the host exactly as planned", async () => {
    const texts = [...REINTERPRETED, ...HARMLESS.filter(Boolean), "2024年1—6月"];
    const host = createHost({ 源: [["x"]] });
    await host.run((context) => writeSummary(context, textPlan(texts), { replacePrevious: false }));
    const written = texts.map((_, i) => host.findSheet("汇总")!.values[0][i]);
    expect(written).toEqual(texts);
    expect(host.findSheet("汇总")!.formulas[0].every((f) => f === "")).toBe(true);
  });

  test("the trend chart over year labels 2019–2024 has the labels as text categories and one series, the counts, named 事故起数", async () => {
    const plan = planSummary(workbookFacts(yearModel(YEARS)));
    const chart = plan.charts.find((c) => c.type === "Line")!;
    const host = createHost({ 历年: [["历年事故"], ["年份", "事故起数"], ...YEARS] });
    await host.run((context) => writeSummary(context, plan, { replacePrevious: false }));
    const drawn = host.findSheet("汇总")!.charts.find((c) => c.type === "Line")!;
    expect(drawn.source).toBe(chart.source);
    expect(drawn.categories).toEqual(YEARS.map(([y]) => y));
    expect(drawn.seriesValues).toHaveLength(1);
    expect(drawn.seriesNames).toEqual(["事故起数"]);
    // The series' cells hold the counts (live references evaluated on the host).
    const [, top, , bottom] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(drawn.seriesValues![0])!.slice(1);
    const column = drawn.seriesValues![0].replace(/\d+.*$/, "");
    const counts = Array.from({ length: Number(bottom) - Number(top) + 1 }, (_, i) => host.valueAt("汇总", `${column}${Number(top) + i}`));
    expect(counts).toEqual(YEARS.map(([, n]) => n));
  });

  test("the host would turn unescaped year labels into a second series (so the test above can fail)", async () => {
    const host = createHost({ 表: [[""]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表");
      sheet.getRange("A1:B3").values = [
        ["年份", "事故起数"],
        ["2019", 30],
        ["2020", 28],
      ];
      sheet.charts.add("Line" as Excel.ChartType, sheet.getRange("A1:B3"), "Columns" as Excel.ChartSeriesBy);
      await context.sync();
    });
    const chart = host.findSheet("表")!.charts[0];
    expect(chart.seriesValues).toEqual(["A2:A3", "B2:B3"]);
    expect(chart.categories).toEqual([1, 2]);
  });
});
