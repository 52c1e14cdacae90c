/** A summary plan for the writer's tests, of any height. */
import type { PlanCell, SummaryPlan } from "../../src/core/summary/plan";

/** A tall plan whose formats alone are far larger than the budget: a style, a height and a number format per row. */
export function tallPlan(rows: number): SummaryPlan {
  const cells: PlanCell[][] = [[{ value: "县（市）" }, { value: "事故起数" }, { value: "占比" }]];
  for (let i = 0; i < rows; i++) cells.push([{ value: `第${i}个乡镇应急管理所` }, { value: i }, { value: i / rows, numberFormat: i % 2 ? "0.0%" : "0.00%" }]);
  return {
    sheetName: "汇总",
    rowCount: cells.length,
    columnCount: 3,
    cells,
    styles: cells.map((_, row) => ({ row, column: 0, rowCount: 1, columnCount: 3, style: row === 0 ? "header" : "body" })),
    merges: [],
    rowHeights: cells.map((_, row) => ({ row, height: 18 })),
    columnWidths: [20, 10, 10],
    frozenRows: 1,
    print: { paperSize: "A4", orientation: "Portrait", fitToWidth: true, titleRows: "$1:$1" },
    charts: [],
    sections: [],
    narrative: [],
    notes: [],
  };
}
