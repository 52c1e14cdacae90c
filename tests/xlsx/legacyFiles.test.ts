/**
 * .xls, .et and .csv files (src/xlsx/legacy/): converted into an .xlsx package and read by the same
 * limited reader as an .xlsx. Reference cells of the real workbooks were read with xlrd 2 (Debian's
 * python3-xlrd); the GBK bytes below were encoded with Python's gbk codec.
 */
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { workbookFileKind } from "../../src/xlsx/legacy/fileKind";
import { legacyToXlsx } from "../../src/xlsx/legacy/legacyToXlsx";
import { asXlsxBytes } from "../../src/xlsx/legacy/asXlsxBytes";
import { openWorkbookFile } from "../../src/xlsx/openWorkbookFile";
import { XlsxRefusal } from "../../src/xlsx/package/limits";
import { MESSAGES } from "../../src/core/messages";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { outputPath } from "../../src/cli/summarizeFile";
import { summaryFileName } from "../../src/workbench/downloadSummary";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { SAMPLE_PATH } from "../summary/sample";

const REAL = path.join(__dirname, "../../../shared/real-workbooks");
const HOSTILE = path.join(__dirname, "../fixtures/hostile");
const BIN = path.join(__dirname, "../../bin/bureau-stats.js");
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

async function sheetsOf(file: string) {
  const bytes = fs.readFileSync(file);
  const { pkg, converted } = await openWorkbookFile(bytes, path.basename(file));
  return { converted, data: await streamWorkbook(pkg, path.basename(file)) };
}

async function refusalOf(promise: Promise<unknown>): Promise<XlsxRefusal> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof XlsxRefusal) return error;
    throw error;
  }
  throw new Error("not refused");
}

test("the national disaster system's .xls export is read: title row, header, units row, 12-digit codes and figures as xlrd reads them", async () => {
  const { converted, data } = await sheetsOf(path.join(REAL, "2020-flood-11-provinces-system-export.xls"));
  expect(converted).toBe(true);
  const s = data.sheets[0];
  expect(s.name).toBe("灾情指标");
  expect(s.values.length).toBe(237);
  expect(s.values[0].length).toBe(50);
  expect(s.values[0][2]).toBe("灾种名称：洪涝      灾害发生时间：2020-07-18 08:48:00");
  expect(s.merges).toContainEqual({ row: 0, column: 2, rowCount: 1, columnCount: 48 });
  expect(s.values[1][4]).toBe("受灾人口");
  expect(s.values[2][4]).toBe("人");
  expect(s.values[3][3]).toBe("340304000000");
  expect(s.values[3][4]).toBe(79242);
});

test("a formula of an .xls keeps its formula and its cached result (the 全国 row of the province table: =SUM(B2:B32) = 449)", async () => {
  const { data } = await sheetsOf(path.join(REAL, "national-accidents-by-province-2005-01-02.xls"));
  const s = data.sheets[0];
  expect(s.name).toBe("2005_1-2");
  expect(s.values[0].slice(0, 5)).toEqual(["省市", "事故/起", "死亡/人", "受伤/人", "人口/万人"]);
  expect(s.formulas[32][1]).toBe("=SUM(B2:B32)");
  expect(s.values[32][1]).toBe(449);
});

test("a date cell of an .xls stays the serial Excel stores, with its date format (xlrd: 43382.95446759259 = 2018-10-09 22:54:26)", async () => {
  const { data } = await sheetsOf(path.join(REAL, "online-shop-orders.xls"));
  const s = data.sheets[0];
  expect(s.values[1][5]).toBeCloseTo(43382.95446759259, 9);
  expect(s.numberFormats[1][5]).toMatch(/[dmy]/);
});

test("the sample saved as .xls by LibreOffice (tests/fixtures/hostile/old.xls) reads into the same tables, rows, figures and 核对 as the sample itself", async () => {
  const fromXls = readWorkbook(workbookToSnapshot((await sheetsOf(path.join(HOSTILE, "old.xls"))).data));
  const fromXlsx = readWorkbook(workbookToSnapshot((await sheetsOf(SAMPLE_PATH)).data));
  const figures = (m: typeof fromXls) =>
    m.tables.map((t) => ({ id: t.id, rows: t.rows.map((r) => r.label), values: t.values.map((row) => row.map((v) => v?.value ?? null)) }));
  expect(fromXls.tables.length).toBe(5);
  expect(figures(fromXls)).toEqual(figures(fromXlsx));
  expect(fromXls.findings.map((f) => [f.cell, f.stated, f.recomputed])).toEqual(fromXlsx.findings.map((f) => [f.cell, f.stated, f.recomputed]));
});

test("a GBK-encoded .csv (what Excel and WPS on a Chinese Windows save) is read: numbers become numbers, codes with leading zeros stay text", async () => {
  const gbk = Buffer.from("cfd8a3a8cad0a3a92ccac2b9cac6f0cafda3a8c6f0a3a92cb4fac2eb0ab3fed0dbcad02c332c303130310acbabb0d8cfd82c31322e352c303230320a", "hex");
  expect(workbookFileKind(gbk, "楚雄.csv")).toBe("csv");
  const data = await streamWorkbook((await openWorkbookFile(gbk, "楚雄.csv")).pkg);
  expect(data.sheets[0].values).toEqual([
    ["县（市）", "事故起数（起）", "代码"],
    ["楚雄市", 3, "0101"],
    ["双柏县", 12.5, "0202"],
  ]);
});

test("a UTF-8 .csv with a byte-order mark, and one without, read alike", async () => {
  const text = "县,死亡\n楚雄市,-2\n";
  for (const bytes of [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), Buffer.from(text)]) {
    const data = await streamWorkbook((await openWorkbookFile(bytes, "a.csv")).pkg);
    expect(data.sheets[0].values).toEqual([
      ["县", "死亡"],
      ["楚雄市", -2],
    ]);
  }
});

test("text in a .csv that looks like a formula stays text: it is never written as a formula", async () => {
  const { pkg } = await openWorkbookFile(Buffer.from('县,说明\n楚雄市,"=HYPERLINK(""http://x"")"\n'), "a.csv");
  expect((await streamWorkbook(pkg)).sheets[0].values[1][1]).toBe('=HYPERLINK("http://x")');
  expect(await pkg.text("xl/worksheets/sheet1.xml")).not.toContain("<f>");
});

test("what goes to which reader: zip → .xlsx reader; compound file → .xls reader; encrypted compound file and text named .xlsx → the package reader, which refuses them", () => {
  expect(workbookFileKind(fs.readFileSync(path.join(REAL, "book-sales-list.xlsx")), "x.xlsx")).toBe("xlsx");
  expect(workbookFileKind(fs.readFileSync(path.join(REAL, "online-shop-orders.xls")), "x.xls")).toBe("legacy");
  expect(workbookFileKind(fs.readFileSync(path.join(REAL, "online-shop-orders.xls")), "x.et")).toBe("legacy");
  expect(workbookFileKind(fs.readFileSync(path.join(HOSTILE, "encrypted.xlsx")), "encrypted.xlsx")).toBe("xlsx");
  expect(workbookFileKind(fs.readFileSync(path.join(HOSTILE, "csv-renamed.xlsx")), "csv-renamed.xlsx")).toBe("xlsx");
  expect(workbookFileKind(Buffer.from("a,b\n1,2\n"), "a.csv")).toBe("csv");
});

test("the .xls reader sits behind the same limits: too many cells, a file larger than the size limit, a broken compound file — each a bilingual refusal", async () => {
  const xls = fs.readFileSync(path.join(REAL, "2020-flood-11-provinces-system-export.xls"));
  const cells = await refusalOf(legacyToXlsx(xls, "legacy", { maxCells: 1000 }));
  expect(cells.kind).toBe("tooManyCells");
  expect(cells.en).toContain('Sheet "灾情指标" spans 11,850 cells');
  const size = await refusalOf(legacyToXlsx(xls, "legacy", { maxUncompressedBytes: 100000 }));
  expect(size.kind).toBe("tooLarge");
  expect(size.zh).toContain("超过上限");
  const broken = Buffer.from(xls.subarray(0, 4096));
  const unreadable = await refusalOf(legacyToXlsx(broken, "legacy"));
  expect(unreadable.zh).toContain("无法读取该 .xls / .et 工作簿");
  expect(unreadable.en).toContain("Cannot read the .xls / .et workbook");
  // Only the catalogue's words reach the user, never the parser's own error text.
  expect(unreadable.zh).toBe(MESSAGES.files.legacyUnreadable("damaged").zh);
  expect(unreadable.en).toBe(MESSAGES.files.legacyUnreadable("damaged").en);
});

test("the converted package has no attribute outside the .xlsx schema (SheetJS writes a `level` on <col>; it is dropped)", async () => {
  const xlsx = await asXlsxBytes(fs.readFileSync(path.join(REAL, "2020-flood-11-provinces-system-export.xls")), "a.xls");
  const { pkg } = await openWorkbookFile(xlsx, "a.xlsx");
  const sheet = await pkg.text("xl/worksheets/sheet1.xml");
  expect(sheet).toContain("<cols>");
  expect(sheet).not.toMatch(/<col [^>]*\slevel=/);
});

test("an .xls, .et or .csv input gives <name>.summary.xlsx, on the command line and in the workbench", () => {
  expect(outputPath("/data/2005_7.xls")).toBe(path.join("/data", "2005_7.summary.xlsx"));
  expect(outputPath("/data/台账.et")).toBe(path.join("/data", "台账.summary.xlsx"));
  expect(outputPath("/data/orders.csv", "/out")).toBe(path.join("/out", "orders.summary.xlsx"));
  expect(summaryFileName("2005_1-2.xls")).toBe("2005_1-2.summary.xlsx");
});

test("the command line summarises an .xls and a .csv into new .xlsx files and leaves both inputs unchanged", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-legacy-"));
  try {
    const xls = path.join(dir, "2005_7.xls");
    fs.copyFileSync(path.join(REAL, "national-accidents-by-type-2005-07.xls"), xls);
    const csv = path.join(dir, "楚雄.csv");
    fs.writeFileSync(csv, "县（市）,事故起数（起）,死亡人数（人）\n楚雄市,3,1\n双柏县,2,0\n合计,5,1\n");
    const before = [sha(xls), sha(csv)];
    const run = spawnSync(process.execPath, [BIN, "summarize", xls, csv, "--out", path.join(dir, "out")], { encoding: "utf8", timeout: 60000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(["2005_7.summary.xlsx", "楚雄.summary.xlsx"]);
    expect([sha(xls), sha(csv)]).toEqual(before);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 70000);
