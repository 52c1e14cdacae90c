/**
 * The print setup of a table too wide for one page at 9 pt (src/core/summary/printLayout.ts,
 * pageColumns.ts) as each writer renders it from the one plan: the .summary.xlsx (a scale, the pages
 * across before down, manual column breaks, the key column in _xlnm.Print_Titles), Excel through
 * Office.js (pageLayout.zoom.scale, printOrder, setPrintTitleColumns, verticalPageBreaks; ExcelApi 1.9,
 * under the add-in's floor of 1.12) and WPS through ET (PageSetup.Zoom, Order, PrintTitleColumns,
 * VPageBreaks), the last two written alike. No writer decides layout of its own.
 */
import { finishForPrint } from "../../src/core/summary/printLayout";
import type { PlanCell, SummaryPlan } from "../../src/core/summary/plan";
import { writeSummary } from "../../src/excel/writeSummary";
import { createHost } from "../../src/host/excelHost";
import { createEtHost } from "../../src/etHost/etHost";
import { writeWpsSummary } from "../../src/wps/writeSummary";
import { sheetXml } from "../../src/xlsx/summary/sheetXml";
import { addSheetToWorkbook } from "../../src/xlsx/summary/packageEdits";
import { plain } from "../wps/writtenSheet";

const COLUMNS = 40;
const COUNTIES = 12;

/** A region table of 40 columns (a key column and 39 indicators) with a paragraph under it, planned for print. */
function widePlan(): SummaryPlan {
  const v = (value: string | number | null): PlanCell => ({ value });
  const blank = () => Array.from({ length: COLUMNS }, () => v(null));
  const title = blank();
  title[0] = v("自然灾害情况");
  const header = Array.from({ length: COLUMNS }, (_, j) => v(j === 0 ? "区域" : `指标${j}`));
  const rows = Array.from({ length: COUNTIES }, (_, i) => Array.from({ length: COLUMNS }, (_, j) => v(j === 0 ? `县${i + 1}` : 1000 + i * j)));
  const paragraph = blank();
  paragraph[0] = v("全省共造成受灾人口7607977人，因灾死亡50人，失踪10人。".repeat(4));
  const cells = [title, header, ...rows, blank(), paragraph];
  const last = cells.length - 1;
  const printed = finishForPrint(
    {
      cells,
      styles: [
        { row: 0, column: 0, rowCount: 1, columnCount: COLUMNS, style: "title" },
        { row: 1, column: 0, rowCount: 1, columnCount: COLUMNS, style: "header" },
        { row: 2, column: 0, rowCount: COUNTIES, columnCount: 1, style: "label" },
        { row: 2, column: 1, rowCount: COUNTIES, columnCount: COLUMNS - 1, style: "body" },
        { row: last, column: 0, rowCount: 1, columnCount: COLUMNS, style: "narrative" },
      ],
      merges: [`A1:AN1`, `A${last + 1}:AN${last + 1}`],
      rowHeights: [],
      columnWidths: Array.from({ length: COLUMNS }, (_, j) => (j === 0 ? 14 : 12)),
      charts: [],
      blocks: [
        { firstRow: 1, lastRow: COUNTIES + 1 },
        { firstRow: last, lastRow: last },
      ],
    },
    COLUMNS,
    1,
  );
  return {
    sheetName: "汇总",
    rowCount: printed.cells.length,
    columnCount: COLUMNS,
    cells: printed.cells,
    styles: printed.styles,
    merges: printed.merges,
    rowHeights: printed.rowHeights,
    columnWidths: printed.columnWidths,
    frozenRows: 1,
    print: printed.print,
    charts: [],
    sections: [],
    narrative: [],
    notes: [],
  };
}

const plan = widePlan();

test("the plan prints the 40 columns across pages at 9 pt or more with the key column on each, and the paragraph within the first page", () => {
  expect(plan.print).toMatchObject({ fitToWidth: false, titleColumns: "$A:$A", pageOrder: "overThenDown" });
  expect(plan.print.scale! * 11).toBeGreaterThanOrEqual(900);
  expect(plan.print.columnBreaks!.length).toBeGreaterThanOrEqual(2);
  const paragraphRow = plan.cells.length;
  const merge = plan.merges.find((m) => m.startsWith(`A${paragraphRow}:`))!;
  expect(merge).toBeDefined();
  // Merged to the last column of the first page (the column before the first break), not to AN.
  const lastColumn = merge.split(":")[1].replace(/\d+/, "");
  expect(lastColumn).toBe(String.fromCharCode(64 + plan.print.columnBreaks![0]));
});

test("the .summary.xlsx prints at the plan's scale, across then down, with its column breaks and the key column as a print title", () => {
  const xml = sheetXml(plan, () => 0);
  expect(xml).not.toContain("fitToPage");
  expect(xml).toContain(`<pageSetup paperSize="9" orientation="landscape" scale="${plan.print.scale}" pageOrder="overThenDown"/>`);
  const breaks = plan.print.columnBreaks!;
  expect(xml).toContain(
    `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("")}</colBreaks>`,
  );
  // colBreaks come after rowBreaks, before the drawing (the schema's order).
  expect(xml.indexOf("<colBreaks")).toBeGreaterThan(xml.indexOf("<pageSetup"));
  const workbook = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const edited = addSheetToWorkbook(workbook, {
    name: "汇总",
    sheetId: 2,
    relId: "rId4",
    index: 1,
    titleRows: "$1:$1",
    titleColumns: "$A:$A",
    printArea: "A1:AN16",
  });
  expect(edited).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'汇总'!$A:$A,'汇总'!$1:$1</definedName>`);
});

test("Excel (Office.js) and WPS (ET) set the same scale, page order, title column and column breaks from the plan", async () => {
  const excel = createHost({ 表1: [["区域"]] });
  await excel.run((context) => writeSummary(context, plan, { replacePrevious: false }));
  const layout = excel.findSheet("汇总")!.pageLayout;
  expect(layout).toMatchObject({
    fitToWidth: false,
    scale: plan.print.scale,
    printOrder: "OverThenDown",
    printTitleRows: "$1:$1",
    printTitleColumns: "$A:$A",
    columnBreaks: plan.print.columnBreaks,
  });
  const wps = createEtHost({ 表1: [["区域"]] });
  writeWpsSummary(wps.application, plan, { replacePrevious: false });
  expect(plain(wps.findSheet("汇总")!.pageLayout)).toEqual(plain(layout));
});
