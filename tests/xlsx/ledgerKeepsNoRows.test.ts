/**
 * Issue 28, "no growth in the rows for a ledger": the command line reads a ledger as its rows
 * stream, and a ledger that runs to the end of its sheet keeps no row of the grid at all — not
 * even a slot in the row arrays, which cost 24 MB at a million rows (8 bytes × 3 arrays × rows)
 * although every one of those rows was blank. The model is the one the whole grid gives, and the
 * workbook's cell limit still counts the rows the ledger took.
 */
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookToSnapshot } from "../../src/xlsx/snapshot";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import type { XlsxLimits } from "../../src/xlsx/package/limits";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";

const HEADER = ["序号", "事故发生时间", "县（市）", "行业门类", "事故类型", "死亡(人)", "受伤(人)", "直接经济损失（万元）", "是否纳入统计"];
const COUNTIES = ["楚雄市", "禄丰市", "南华县"];

/** A title row, the header and `records` accidents in 2024 (serial dates); then what `below` says. */
async function ledgerBook(records: number, below: "nothing" | "formatted blanks" | "signature" | "second sheet"): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("台账");
  sheet.getRow(1).values = ["2024年生产安全事故台账"];
  sheet.getRow(2).values = HEADER;
  for (let i = 0; i < records; i++)
    sheet.getRow(3 + i).values = [i + 1, 45292 + (i % 180), COUNTIES[i % 3], "建筑业", "坍塌", i % 7 === 0 ? 1 : 0, i % 5, 1.5, "是"];
  const after = 3 + records;
  // Date-formatted cells with nothing in them under the ledger, as a column formatted to the sheet's foot leaves.
  if (below === "formatted blanks") for (let r = after; r < after + 50; r++) sheet.getCell(r, 2).numFmt = "yyyy-mm-dd";
  if (below === "signature") sheet.getRow(after + 1).values = ["填表人：张三", "", "审核人：李四"];
  if (below === "second sheet") book.addWorksheet("说明").getRow(1).values = ["说明", "本表由县（市）应急局填报"];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The workbook streamed as the command line reads it, and the model from it beside the model of the whole grid. */
async function streamed(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}) {
  const data = await streamWorkbook(await XlsxPackage.open(bytes, limits), "x.xlsx", { withFormulas: false, ledgers: { reportDate: "2024-07-10" } });
  const ledgersRead = new Map(data.sheets.flatMap((s) => (s.ledgers ? [[s.name, s.ledgers] as const] : [])));
  const model = readWorkbook(workbookToSnapshot(data), { reportDate: "2024-07-10", ledgersRead });
  const grid = readWorkbook(workbookToSnapshot(await streamWorkbook(await XlsxPackage.open(bytes))), { reportDate: "2024-07-10" });
  return { sheet: data.sheets[0], model, grid };
}

describe("a ledger that runs to the end of its sheet keeps no row of the grid", () => {
  test("3,000 records: the grid holds the title row alone, the model is the whole grid's, and the cell limit still counts the rows taken", async () => {
    const bytes = await ledgerBook(3000, "second sheet");
    const { sheet, model, grid } = await streamed(bytes);
    expect(sheet.values).toHaveLength(1);
    expect(sheet.formulas).toHaveLength(1);
    expect(sheet.numberFormats).toHaveLength(1);
    expect(sheet.values[0][0]).toBe("2024年生产安全事故台账");
    // The header and the 3,000 records: taken, and said so.
    expect(sheet.takenRows).toBe(3001);
    expect(model.ledgers[0].recordCount).toBe(3000);
    expect(JSON.stringify(model)).toBe(JSON.stringify(grid));
    // 台账 is 3,002 rows × 9 columns = 27,018 cells and 说明 1 × 2: a limit of 27,019 refuses 说明, as it did when 台账's rows were kept.
    await expect(streamed(bytes, { maxCells: 27_019 })).rejects.toMatchObject({ kind: "tooManyCells" });
    expect((await streamed(bytes, { maxCells: 27_020 })).model.ledgers[0].recordCount).toBe(3000);
  });

  test("under the ledger, blank cells with a date format are nothing, and a signature row keeps the grid to its row", async () => {
    const formatted = await streamed(await ledgerBook(500, "formatted blanks"));
    expect(formatted.sheet.values).toHaveLength(1);
    expect(formatted.sheet.takenRows).toBe(501 + 50);
    expect(JSON.stringify(formatted.model)).toBe(JSON.stringify(formatted.grid));
    // The signature's address must stay true (A504), so the rows above it stay in the grid, blank.
    const signed = await streamed(await ledgerBook(500, "signature"));
    expect(signed.sheet.values).toHaveLength(504);
    expect(signed.sheet.values[503][0]).toBe("填表人：张三");
    expect(signed.sheet.takenRows).toBeUndefined();
    expect(JSON.stringify(signed.model)).toBe(JSON.stringify(signed.grid));
  });
});
