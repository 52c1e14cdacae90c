/**
 * Saves the in-memory Excel host's workbook (src/host) as an .xlsx file with ExcelJS: values,
 * formulas with the host's evaluated results cached, number formats, merged areas and column
 * widths — what the add-in wrote, in a file another spreadsheet engine can open.
 */
import ExcelJS from "exceljs";
import type { ExcelHost } from "../../src/host/excelHost";

/** The error texts Excel shows; a host value equal to one of them is an error value. */
const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

function columnLetters(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellValue(value: unknown): ExcelJS.CellValue {
  if (typeof value === "string" && ERRORS.has(value)) return { error: value } as ExcelJS.CellErrorValue;
  if (value === "" || value === null || value === undefined) return null;
  return value as ExcelJS.CellValue;
}

/**
 * Writes every sheet of the host, in tab order, to an .xlsx file.
 *
 * @param host the in-memory host after the add-in ran on it
 * @param file where to write
 * @returns how many formula cells were written
 * @example await writeHostXlsx(host, "/tmp/host.xlsx")
 */
export async function writeHostXlsx(host: ExcelHost, file: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  let formulas = 0;
  for (const sheet of host.state.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      state: sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden",
    });
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = sheet.formulas[r]?.[c];
        const format = sheet.numberFormats[r]?.[c];
        if ((value === "" || value === null) && !(typeof formula === "string" && formula.startsWith("=")) && (!format || format === "General")) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        if (typeof formula === "string" && formula.startsWith("=")) {
          cell.value = { formula: formula.slice(1), result: cellValue(value) } as ExcelJS.CellFormulaValue;
          formulas++;
        } else cell.value = cellValue(value);
        if (format && format !== "General") cell.numFmt = format;
      }),
    );
    for (const m of sheet.merges) {
      worksheet.mergeCells(`${columnLetters(m.column)}${m.row + 1}:${columnLetters(m.column + m.columnCount - 1)}${m.row + m.rowCount}`);
    }
    sheet.columnWidths.forEach((width, c) => {
      if (width !== undefined) worksheet.getColumn(c + 1).width = width;
    });
  }
  await workbook.xlsx.writeFile(file);
  return formulas;
}
