/**
 * Writes a summary plan into an ExcelJS workbook (the command line's writer): values, formulas
 * with their computed results as cached values, number formats, named styles, merges, widths,
 * frozen rows and print setup. ExcelJS cannot write charts; the add-in adds them.
 */
import type ExcelJS from "exceljs";
import type { SummaryPlan, SummaryStyle } from "../core/summary/plan";
import { uniqueSheetName } from "../core/summary/sheetName";

type Style = Partial<Pick<ExcelJS.Style, "font" | "fill" | "alignment" | "border">>;

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  bottom: { style: "thin" },
  left: { style: "thin" },
  right: { style: "thin" },
};
const fill = (argb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb },
});

/** What each named style looks like in the file (the same palette idea as the add-in). */
const STYLES: Record<SummaryStyle, Style> = {
  title: {
    font: { bold: true, size: 16 },
    alignment: { horizontal: "center", vertical: "middle" },
  },
  subtitle: {
    font: { italic: true, size: 9, color: { argb: "FF666666" } },
    alignment: { horizontal: "center" },
  },
  section: { font: { bold: true, size: 12, color: { argb: "FF1F4E79" } } },
  header: {
    font: { bold: true },
    fill: fill("FFDDEBF7"),
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    border: THIN,
  },
  body: { border: THIN, alignment: { horizontal: "right" } },
  label: { border: THIN },
  total: { font: { bold: true }, fill: fill("FFF2F2F2"), border: THIN },
  note: { font: { size: 9, color: { argb: "FF666666" } } },
  narrative: { alignment: { wrapText: true, vertical: "top" } },
  check: { border: THIN, font: { color: { argb: "FF9C0006" } } },
};

/**
 * Adds the plan as a new sheet of an ExcelJS workbook, under a unique name.
 *
 * @param workbook the loaded copy of the user's workbook
 * @param plan the summary plan
 * @returns the name the new sheet got
 * @example addSummarySheet(workbook, planSummary(model)) // "汇总"
 */
export function addSummarySheet(workbook: ExcelJS.Workbook, plan: SummaryPlan): string {
  const name = uniqueSheetName(
    plan.sheetName,
    workbook.worksheets.map((w) => w.name),
  );
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: plan.frozenRows }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.print.orientation === "Landscape" ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: plan.print.titleRows.replace(/\$/g, ""),
    },
  });
  plan.columnWidths.forEach((w, j) => (sheet.getColumn(j + 1).width = w));
  for (const area of plan.styles) {
    const style = STYLES[area.style];
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      for (let c = area.column; c < area.column + area.columnCount; c++) Object.assign(sheet.getCell(r + 1, c + 1), style);
    }
  }
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.value === null && !cell.formula) return;
      const target = sheet.getCell(r + 1, c + 1);
      target.value = cell.formula
        ? ({
            formula: cell.formula.slice(1),
            result: cell.value ?? undefined,
          } as ExcelJS.CellFormulaValue)
        : cell.value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }),
  );
  for (const m of plan.merges) sheet.mergeCells(m);
  for (const h of plan.rowHeights ?? []) sheet.getRow(h.row + 1).height = h.height;
  // Excel recomputes the live formulas when the file is opened; the cached results show until then.
  workbook.calcProperties = {
    ...workbook.calcProperties,
    fullCalcOnLoad: true,
  };
  return name;
}
