/**
 * A damaged package is named as damaged (issue 27, item 9): a part whose CRC-32 or size disagrees
 * with the zip directory, a name that occurs twice (ignoring case, as OPC does), a zip directory
 * that cannot be read, a DOCTYPE, broken XML, a workbook.xml Excel could not have written. Each is
 * refused with the catalogue's message naming the part; none is read, and none is copied into a
 * summary. Before these checks, a wrong CRC was read and copied (Excel then offered to repair our
 * file) and a duplicated entry gave figures from one copy while the output kept the other.
 */
import JSZip from "jszip";
import { crc32 } from "../../src/xlsx/package/crc32";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { XlsxRefusal } from "../../src/xlsx/package/limits";
import { repeatedName, zipEntryNames } from "../../src/xlsx/package/zipDirectory";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { writeSummaryPackage } from "../../src/xlsx/summary/writeSummaryPackage";
import { planSummary } from "../../src/core/summary/planSummary";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { NODE_PACKAGE_TOOLS } from "../../src/cli/nodeInflate";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { zipOf, workbookEntries } = require("../../scripts/fixtures/make-hostile.js") as {
  zipOf(entries: { name: string; data: string; crc?: number; declaredSize?: number }[]): Buffer;
  workbookEntries(sheet: string | undefined, sst?: string, more?: { sheets?: string }): { name: string; data: string }[];
};

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const SHEET = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData></worksheet>`;

/** Reads bytes the way the command line does (Node's zlib) and the browser does (JSZip's inflater); both must agree. */
async function refusalOf(bytes: Uint8Array): Promise<XlsxRefusal[]> {
  const out: XlsxRefusal[] = [];
  for (const tools of [NODE_PACKAGE_TOOLS, {}]) {
    try {
      await streamWorkbook(await XlsxPackage.open(bytes, {}, tools));
    } catch (error) {
      if (!(error instanceof XlsxRefusal)) throw error;
      out.push(error);
      continue;
    }
    throw new Error("not refused");
  }
  expect(out[1].message).toBe(out[0].message);
  return out;
}

test("CRC-32 of the check string is 0xCBF43926 (the standard's check value), in pieces as at once", () => {
  const bytes = new TextEncoder().encode("123456789");
  expect(crc32(bytes, 0)).toBe(0xcbf43926);
  expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4), 0))).toBe(0xcbf43926);
});

test("a sheet whose CRC-32 is wrong is refused as damaged, naming the part, in both readers", async () => {
  const entries = workbookEntries(SHEET).map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, crc: 0x12345678 } : e));
  const [error] = await refusalOf(zipOf(entries));
  expect(error.kind).toBe("damaged");
  expect(error.zh).toBe("工作簿已损坏：“xl/worksheets/sheet1.xml”的校验和（CRC-32）不符，已拒绝；请在 Excel 或 WPS 中打开并另存后再试");
  expect(error.en).toContain('"xl/worksheets/sheet1.xml" fails its CRC-32 checksum');
});

test("a sheet that inflates to less than its recorded size is damaged, in JSZip's words nowhere", async () => {
  const entries = workbookEntries(SHEET).map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, declaredSize: SHEET.length + 100 } : e));
  const [error] = await refusalOf(zipOf(entries));
  expect(error.en).toContain("inflates to a size other than the one the zip records");
  expect(error.message).not.toMatch(/Bug|mismatch/);
});

test("a name that occurs twice in the zip directory, even in another case, is refused before anything is read", async () => {
  for (const second of ["xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.xml"]) {
    const bytes = zipOf([...workbookEntries(SHEET), { name: second, data: SHEET.replace(">5<", ">500<") }]);
    expect(zipEntryNames(bytes)).toHaveLength(6);
    await expect(XlsxPackage.open(bytes)).rejects.toMatchObject({ kind: "damaged", en: expect.stringContaining(`"${second}" appears twice in the zip`) });
  }
  expect(repeatedName(["a", "b", "A"])).toBe("A");
  expect(repeatedName(["a", "b"])).toBeUndefined();
});

test("a zip cut short (no end of directory) is refused as damaged, not with JSZip's text", async () => {
  const bytes = zipOf(workbookEntries(SHEET));
  const error = await XlsxPackage.open(bytes.subarray(0, bytes.length - 30)).catch((e: XlsxRefusal) => e);
  expect(error).toBeInstanceOf(XlsxRefusal);
  expect((error as XlsxRefusal).en).toContain("its zip directory is incomplete or unreadable");
  expect((error as XlsxRefusal).message).not.toMatch(/Corrupted|signature/);
});

test("a DOCTYPE in any part is refused, and broken XML is named as damaged with the part", async () => {
  const doctype = zipOf(workbookEntries(`<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x "y">]>${SHEET}`));
  expect((await refusalOf(doctype))[0]).toMatchObject({
    kind: "doctype",
    en: expect.stringContaining('"xl/worksheets/sheet1.xml" holds a document type declaration'),
  });
  const broken = zipOf(workbookEntries(SHEET.slice(0, -20)));
  expect((await refusalOf(broken))[0]).toMatchObject({
    kind: "damaged",
    en: expect.stringContaining('"xl/worksheets/sheet1.xml" holds incomplete or malformed XML'),
  });
});

test("an .xlsb named .xlsx is named as a binary workbook", async () => {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.bin", new Uint8Array([0x83, 1, 0]));
  await expect(XlsxPackage.open(await zip.generateAsync({ type: "uint8array" }))).rejects.toMatchObject({ kind: "xlsb", zh: expect.stringContaining(".xlsb") });
});

test.each([
  ["a sheet without a name", `<sheet sheetId="1" r:id="rId1"/>`, "lists a sheet without a name"],
  [
    "two sheets on one part",
    `<sheet name="表1" sheetId="1" r:id="rId1"/><sheet name="表2" sheetId="2" r:id="rId1"/>`,
    'sheets "表1" and "表2" point to one part',
  ],
  [
    "two sheets of one name (Excel ignores case)",
    `<sheet name="Sheet" sheetId="1" r:id="rId1"/><sheet name="SHEET" sheetId="2" r:id="rId7"/>`,
    'two sheets are named "SHEET"',
  ],
  [
    "a sheet whose relationship is missing",
    `<sheet name="表1" sheetId="1" r:id="rId1"/><sheet name="表2" sheetId="2" r:id="rId7"/>`,
    'the content of sheet "表2" ("rId7") is not in the file',
  ],
])("workbook.xml with %s is refused as damaged", async (_what, sheets, en) => {
  const error = (await refusalOf(zipOf(workbookEntries(SHEET, undefined, { sheets }))))[0];
  expect(error.kind).toBe("damaged");
  expect(error.en).toContain(en);
});

test("a part the reader never reads but the summary would copy (docProps/app.xml) is checked before the summary is written", async () => {
  const bytes = zipOf([...workbookEntries(SHEET), { name: "docProps/app.xml", data: "<Properties/>", crc: 1 }]);
  const pkg = await XlsxPackage.open(bytes, {}, NODE_PACKAGE_TOOLS);
  const data = await streamWorkbook(pkg, "x.xlsx");
  expect(data.sheets[0].values[0][0]).toBe(5);
  const plan = planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data))), { generatedAt: "2024-07-10T09:30" });
  await expect(writeSummaryPackage(pkg, plan)).rejects.toMatchObject({
    kind: "damaged",
    en: expect.stringContaining('"docProps/app.xml" fails its CRC-32 checksum'),
  });
});

test("a sound package is read and written, every part verified once", async () => {
  const bytes = zipOf([...workbookEntries(SHEET), { name: "docProps/app.xml", data: "<Properties/>" }]);
  const pkg = await XlsxPackage.open(bytes, {}, NODE_PACKAGE_TOOLS);
  const data = await streamWorkbook(pkg, "x.xlsx");
  const plan = planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data))), { generatedAt: "2024-07-10T09:30" });
  const written = await writeSummaryPackage(pkg, plan);
  // The output is itself sound: every entry's CRC is right when read back.
  const back = await XlsxPackage.open(written.bytes);
  await back.verifyAll();
  expect(back.has("docProps/app.xml")).toBe(true);
});
