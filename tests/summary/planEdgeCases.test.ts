/**
 * The plan on hand-built reader models (layout A without a 合计 row, a number typed as text,
 * a 元 column): how each source cell becomes a formula or a constant.
 */
import type { ColumnMeaning, RowMeaning, TableModel, WorkbookModel } from "../../src/core/reader/model";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";

const col = (column: number, indicator: string | undefined, role: ColumnMeaning["role"], unitFactor = 1): ColumnMeaning => ({
  column,
  headerPath: [],
  indicator,
  role,
  unitFactor,
  confidence: 1,
});

function countyTable(rows: [string, unknown, unknown][]): TableModel {
  const meanings: RowMeaning[] = rows.map(([label], i) => ({
    row: 3 + i,
    label,
    role: label === "合计" ? "total" : "data",
    region: label,
  }));
  return {
    kind: "table",
    id: "分县!A2:C9",
    sheet: "分县",
    address: "A2:C9",
    headerRows: [1, 2],
    keyKind: "region",
    keyColumn: 0,
    columns: [col(0, undefined, "key"), col(1, "accident_count", "current"), col(2, "accident_count", "previous")],
    rows: meanings,
    values: rows.map(([, a, b]) => [
      null,
      {
        value: typeof a === "number" ? a : Number(String(a).replace(/,/g, "")),
        raw: a,
      },
      { value: typeof b === "number" ? b : null, raw: b },
    ]),
    periods: {},
    confidence: 1,
  } as TableModel;
}

const model = (t: TableModel): WorkbookModel => ({
  tables: [t],
  ledgers: [],
  findings: [],
  anomalies: [],
  diagnostics: [],
});

test("without a 合计 row the total is a SUM over the source ranges, consecutive rows merged", () => {
  const plan = planSummary(
    workbookFacts(
      model(
        countyTable([
          ["楚雄市", 5, 4],
          ["双柏县", 1, 2],
          ["南华县", 2, 1],
        ]),
      ),
    ),
  );
  const total = plan.cells.flat().find((c) => c.formula?.startsWith("=SUM('分县'!B"));
  expect(total).toEqual({
    formula: "=SUM('分县'!B4:B6)",
    value: 8,
    numberFormat: "#,##0",
  });
  expect(plan.narrative[0]).toContain("共发生各类生产安全事故8起，同比事故起数增加1起、上升14.3%");
});

test("a number typed as text is written as the engine's number and listed in a note", () => {
  const plan = planSummary(
    workbookFacts(
      model(
        countyTable([
          ["合计", "1,205", 1100],
          ["楚雄市", "1,205", 1100],
        ]),
      ),
    ),
  );
  const cells = plan.cells.flat();
  expect(cells.some((c) => c.value === 1205 && !c.formula)).toBe(true);
  expect(plan.notes.join("")).toContain("'分县'!B4");
});

test("a missing previous value gives a dash and no percent", () => {
  const plan = planSummary(
    workbookFacts(
      model(
        countyTable([
          ["合计", 3, "—"],
          ["楚雄市", 3, "—"],
        ]),
      ),
    ),
  );
  const row = plan.cells.find((r) => r[0].value === "事故起数（起）")!;
  // The 显著性 cell says why there is no test (issue 22.10): missing is never a zero base.
  expect(row.map((c) => c.value)).toEqual(["事故起数（起）", 3, "—", "—", "—", "—（无去年同期数）"]);
});
