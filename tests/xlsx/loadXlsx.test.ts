import ExcelJS from "exceljs";
import fs from "fs";
import { excelSerial, loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { parseCellAddress, rangeAddress } from "../../src/core/model/address";
import { expectationFor } from "../fixtures/expectations";

async function smallWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("灾情汇总");
  ws.mergeCells("A1:C1");
  ws.getCell("A1").value = "标题";
  ws.getCell("A2").value = "24,101";
  ws.getCell("B2").value = 5;
  ws.getCell("C2").value = { formula: "B2*2", result: 10 };
  ws.getCell("A3").value = new Date(Date.UTC(2024, 0, 19));
  ws.getCell("B3").value = "—";
  ws.getCell("C3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("B3").numFmt = "0.00";
  ws.getRow(3).hidden = true;
  ws.getColumn(1).width = 18;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("loadXlsx", () => {
  it("gives values as Range.values would: formula results, date serials, error text, merged slaves blank", async () => {
    const data = await loadXlsx(await smallWorkbook(), "small.xlsx");
    const [sheet] = data.sheets;
    expect(sheet.name).toBe("灾情汇总");
    expect(sheet.values).toEqual([
      ["标题", "", ""],
      ["24,101", 5, 10],
      [excelSerial(new Date(Date.UTC(2024, 0, 19))), "—", "#N/A"],
    ]);
    expect(sheet.values[2][0]).toBe(45310);
    expect(sheet.formulas[1][2]).toBe("=B2*2");
    // A value cell has no formula: "" (a text "=x" in a file is never taken for one).
    expect(sheet.formulas[1][1]).toBe("");
    expect(sheet.numberFormats[2][1]).toBe("0.00");
    expect(sheet.merges).toEqual([{ row: 0, column: 0, rowCount: 1, columnCount: 3 }]);
    expect(sheet.hiddenRows).toEqual([2]);
    expect(sheet.columnWidths[0]).toBe(18);
  });

  it("translates shared formulas, shows formula errors and rich text as Range.values does, and keeps sheet order and visibility", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("分县");
    ws.getCell("A1").value = 3;
    ws.getCell("A2").value = 4;
    ws.getCell("B1").value = { formula: "A1*2", result: 6, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 8 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("C1").value = { formula: "A1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("C2").value = { richText: [{ text: "楚雄" }, { text: "市", font: { bold: true } }] };
    wb.addWorksheet("说明").state = "hidden";
    const data = await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const [sheet, notes] = data.sheets;
    expect(sheet.values).toEqual([
      [3, 6, "#DIV/0!"],
      [4, 8, "楚雄市"],
    ]);
    // Reference value: Excel fills B1's "=A1*2" down to B2 as "=A2*2".
    expect(sheet.formulas[1][1]).toBe("=A2*2");
    expect(sheet.formulas[0][2]).toBe("=A1/0");
    expect(notes).toMatchObject({ name: "说明", visibility: "Hidden", values: [] });
    expect(workbookToSnapshot(data, ["说明"]).sheets.map((s) => s.name)).toEqual(["说明"]);
  });

  it("refuses bytes that are not a workbook with a message in both languages", async () => {
    await expect(loadXlsx(new TextEncoder().encode("not a zip"))).rejects.toThrow(/不是有效的 .xlsx.*not a valid .xlsx/);
  });

  it("reads layout C's messy cells as Excel shows them, with every merged area of the fixture", async () => {
    // Expected cells: docs/layouts.md Layout C; merges: tests/fixtures/expectations.ts (written from the listing).
    const workbook = await loadXlsx(fs.readFileSync("tests/fixtures/layout-c.xlsx"));
    const sheet = workbook.sheets.find((s) => s.name === "灾情汇总")!;
    const at = (address: string) => {
      const { row, column } = parseCellAddress(address)!;
      return sheet.values[row][column];
    };
    expect(at("J10")).toBe("７３２．１６"); // full-width text, as typed
    expect(at("E18")).toBe("3.0126万");
    expect(at("J7")).toBe(11590.18); // =SUM(J9:J19)'s cached result: SUM skips the text in J10
    expect(sheet.formulas[6][9]).toBe("=SUM(J9:J19)");
    expect(at("A14")).toBe(""); // the lower cell of 姚安县's merge holds nothing, as in Excel
    const merges = sheet.merges.map((m) => rangeAddress(m.row, m.column, m.rowCount, m.columnCount));
    expect(merges.sort()).toEqual([...expectationFor("layout-c.xlsx").merges!["灾情汇总"]].sort());
  });
});
