import ExcelJS from "exceljs";
import fs from "fs";
import { excelSerial, loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { loadFixture } from "../reader/loadFixture";

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
    expect(sheet.formulas[1][1]).toBe(5);
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

  it("gives the reader the same snapshot as the reader's own fixture loader for layout C", async () => {
    const file = "tests/fixtures/layout-c.xlsx";
    const ours = workbookToSnapshot(await loadXlsx(fs.readFileSync(file)));
    const theirs = await loadFixture(file);
    expect(ours.sheets.map((s) => s.values)).toEqual(theirs.sheets.map((s) => s.values));
    expect(ours.sheets.map((s) => s.merges)).toEqual(theirs.sheets.map((s) => s.merges));
  });
});
