/**
 * The command line reads a ledger as its rows stream and keeps none of them (issue 28). Whatever
 * the ledger holds, the model must be the one the reader builds from the whole grid: random
 * accident and hazard ledgers (text and serial dates, blank rows, excluded rows, text figures,
 * a 合计 or 注 row and a table below, merged cells over the ledger, rows written out of order)
 * are written as .xlsx files and read both ways. Every fixture workbook and the sample too.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookToSnapshot } from "../../src/xlsx/snapshot";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import type { WorkbookData } from "../../src/xlsx/workbookData";

/** The model the grid gives, and the one the streamed ledgers give (with their rows left out of the grid). */
async function bothWays(bytes: Uint8Array): Promise<{ grid: string; streamed: string; claimedRowsKept: number }> {
  const grid = readWorkbook(workbookToSnapshot(await streamWorkbook(await XlsxPackage.open(bytes))), { reportDate: "2024-07-10" });
  const data: WorkbookData = await streamWorkbook(await XlsxPackage.open(bytes), "x.xlsx", { ledgers: { reportDate: "2024-07-10" } });
  const ledgersRead = new Map(data.sheets.flatMap((s) => (s.ledgers ? [[s.name, s.ledgers] as const] : [])));
  const streamed = readWorkbook(workbookToSnapshot(data), { reportDate: "2024-07-10", ledgersRead });
  // Rows a streamed ledger claimed hold nothing in the grid that was kept.
  let claimedRowsKept = 0;
  for (const s of data.sheets)
    for (const r of s.ledgers?.claimedRows ?? [])
      if (s.ledgers!.ledgers.length && (s.values[r] ?? []).some((v) => v !== "") && r !== s.ledgers!.ledgers[0].headerRow) claimedRowsKept++;
  return { grid: JSON.stringify(grid), streamed: JSON.stringify(streamed), claimedRowsKept };
}

const ACCIDENT = [
  "序号",
  "事故发生时间",
  "县（市）",
  "行业门类",
  "事故类型",
  "事故等级",
  "死亡(人)",
  "受伤(人)",
  "其中重伤(人)",
  "直接经济损失（万元）",
  "是否纳入统计",
];
const HAZARD = ["序号", "排查日期", "县（市）", "行业", "隐患等级", "整改期限", "整改状态", "完成日期", "整改资金（万元）", "是否纳入统计"];

const serial = fc.integer({ min: 44700, max: 45500 });
const textDate = serial.map((s) => {
  const d = new Date(Date.UTC(1899, 11, 30) + s * 86400000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
});
const accidentRow = fc.tuple(
  fc.oneof(
    serial,
    serial.map((s) => s + 0.6),
    textDate,
    fc.constantFrom("不详", ""),
  ),
  fc.constantFrom("楚雄市", "楚雄", "禄丰市", " 南华县", "", "某县"),
  fc.constantFrom("建筑业", "道路运输业", "", "制造业"),
  fc.constantFrom("火灾", "坍塌", "车辆伤害"),
  fc.constantFrom("一般事故", "较大事故", "", "重大"),
  fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom("2", "—", "")),
  fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant("３")),
  fc.integer({ min: 0, max: 12 }),
  fc.oneof(
    fc.double({ min: 0, max: 2000, noNaN: true }).map((x) => Math.round(x * 100) / 100),
    fc.constantFrom("12.5", "—", 0.12345),
  ),
  fc.constantFrom("是", "是", "否", "", "不纳入"),
);
const hazardRow = fc.tuple(
  fc.oneof(serial, textDate),
  fc.constantFrom("楚雄市", "禄丰市", "南华县"),
  fc.constantFrom("非煤矿山", "危险化学品", "工贸"),
  fc.constantFrom("一般", "重大", ""),
  fc.oneof(serial, fc.constant("")),
  fc.constantFrom("已整改", "整改中", "未整改", ""),
  fc.oneof(serial, fc.constant("")),
  fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant("3.5")),
  fc.constantFrom("是", "否", ""),
);

const workbook = fc.record({
  hazard: fc.boolean(),
  titleRows: fc.integer({ min: 0, max: 3 }),
  rows: fc.array(fc.option(fc.oneof(accidentRow, hazardRow), { freq: 8, nil: undefined }), { maxLength: 40 }),
  end: fc.constantFrom("", "合计", "注：数据截至6月底"),
  tableBelow: fc.boolean(),
  mergeOverLedger: fc.boolean(),
  outOfOrder: fc.boolean(),
});

/** One drawn workbook. */
type Drawn = typeof workbook extends fc.Arbitrary<infer T> ? T : never;

/** Writes one random ledger workbook; rows of the other kind than the header are written as they come. */
async function ledgerFile(w: Drawn): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("台账");
  let r = 1;
  for (let k = 0; k < w.titleRows; k++) sheet.getRow(r++).values = [k === 0 ? "2024年生产安全事故台账" : "填报单位：楚雄州应急管理局"];
  const header = w.hazard ? HAZARD : ACCIDENT;
  const headerRow = r;
  sheet.getRow(r++).values = header;
  w.rows.forEach((row, i) => {
    if (row) sheet.getRow(r).values = [i + 1, ...row];
    r++;
  });
  if (w.end) sheet.getRow(r++).values = [w.end, "", "", 3];
  if (w.tableBelow) {
    r++;
    sheet.getRow(r++).values = ["县（市）", "事故起数", "死亡人数"];
    sheet.getRow(r++).values = ["楚雄市", 3, 1];
    sheet.getRow(r++).values = ["禄丰市", 2, 0];
  }
  if (w.mergeOverLedger && w.rows.length > 2) sheet.mergeCells(headerRow + 2, 12, headerRow + 3, 13);
  let bytes: Uint8Array = new Uint8Array(await book.xlsx.writeBuffer());
  if (w.outOfOrder && w.rows.length > 3) {
    // The last two <row> elements swapped: a file Excel would not write, which must still read right.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const rows = [...xml.matchAll(/<row [^>]*>.*?<\/row>|<row [^>]*\/>/g)].map((m) => m[0]);
    if (rows.length >= 2) {
      const [a, b] = rows.slice(-2);
      zip.file("xl/worksheets/sheet1.xml", xml.replace(a + b, b + a));
      bytes = await zip.generateAsync({ type: "uint8array" });
    }
  }
  return bytes;
}

describe("a ledger read as its rows stream is the ledger read from the whole grid", () => {
  test("random accident and hazard ledgers give the same model both ways, and the streamed grid keeps none of the ledger's rows", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (w) => {
        const { grid, streamed, claimedRowsKept } = await bothWays(await ledgerFile(w));
        expect(streamed).toBe(grid);
        if (!w.mergeOverLedger && !w.outOfOrder) expect(claimedRowsKept).toBe(0);
      }),
      { numRuns: 60 },
    );
  }, 120000);

  const dir = path.join(__dirname, "../fixtures");
  const files = [...fs.readdirSync(dir).filter((f) => /\.xlsx$/.test(f) && !f.startsWith("malformed")), "../../assets/samples/bureau-2024H1.xlsx"];
  test.each(files)("%s gives the same model both ways", async (file) => {
    const { grid, streamed } = await bothWays(fs.readFileSync(path.join(dir, file)));
    expect(streamed).toBe(grid);
  });
});
