/**
 * Issue 28: the county returns of one form share their styles part byte for byte, and its format
 * codes are parsed once per run (src/xlsx/stream/numberFormats.ts codesOfText) — 2.6% of a
 * 1,000-return consolidation's profile was parsing the same styles part again for every return.
 * The same for the small parts read with elementsOf (workbook, relationships): 5.9% of that
 * profile was workbookInfo parsing the same workbook.xml and .rels again. What a return reads is
 * unchanged: its dates are dates, a broken part is still refused naming that part, and no caller
 * can change what the next one gets.
 */
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { XlsxRefusal } from "../../src/xlsx/package/limits";
import { readFormatCodes } from "../../src/xlsx/stream/numberFormats";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { nodeInflateRaw } from "../../src/cli/nodeInflate";
import * as xmlParts from "../../src/xlsx/package/xmlParts";
import { SaxesParser } from "saxes";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { zipOf, workbookEntries } = require("../../scripts/fixtures/make-hostile.js") as {
  zipOf(entries: { name: string; data: string }[]): Buffer;
  workbookEntries(sheet: string | undefined, sst?: string, more?: { sheets?: string; styles?: string }): { name: string; data: string }[];
};

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
// A date format of the form's own (id 176) on style 1, a percent built-in on style 2.
const STYLES =
  `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
  `<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="9"/></cellXfs></styleSheet>`;
const sheet = (serial: number) =>
  `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="1"><v>${serial}</v></c><c r="B1" s="2"><v>0.5</v></c></row></sheetData></worksheet>`;

async function open(entries: { name: string; data: string }[]): Promise<XlsxPackage> {
  return XlsxPackage.open(zipOf(entries), {}, { inflateRaw: nodeInflateRaw });
}

afterEach(() => jest.restoreAllMocks());

test("the second return of a form reads its styles without parsing them again, and reads the same formats", async () => {
  const parsers = jest.spyOn(xmlParts, "xmlParser");
  const one = await streamWorkbook(await open(workbookEntries(sheet(45292), undefined, { styles: STYLES })), "一.xlsx");
  const parsedFirst = parsers.mock.calls.filter(([part]) => part === "xl/styles.xml").length;
  const two = await streamWorkbook(await open(workbookEntries(sheet(45293), undefined, { styles: STYLES })), "二.xlsx");
  const parsedSecond = parsers.mock.calls.filter(([part]) => part === "xl/styles.xml").length - parsedFirst;
  expect(parsedFirst).toBe(1);
  expect(parsedSecond).toBe(0);
  expect(one.sheets[0].numberFormats[0]).toEqual(['yyyy"年"m"月"d"日"', "0%"]);
  expect(two.sheets[0].numberFormats[0]).toEqual(one.sheets[0].numberFormats[0]);
  expect(two.sheets[0].values[0]).toEqual([45293, 0.5]);
});

test("each caller gets its own list: changing one does not change what the next return reads", async () => {
  const styles = STYLES.replace("0%", "0.00%").replace('numFmtId="9"', 'numFmtId="10"');
  const first = await readFormatCodes(await open(workbookEntries(sheet(1), undefined, { styles })), "xl/styles.xml");
  first[1] = "changed";
  const second = await readFormatCodes(await open(workbookEntries(sheet(1), undefined, { styles })), "xl/styles.xml");
  expect(second).toEqual(["General", 'yyyy"年"m"月"d"日"', "0.00%"]);
});

test("a broken styles part is refused every time it comes, naming the part, as when it was parsed anew", async () => {
  const broken = STYLES.replace("</cellXfs>", "");
  for (const name of ["一.xlsx", "二.xlsx"]) {
    const refusal = await streamWorkbook(await open(workbookEntries(sheet(1), undefined, { styles: broken })), name).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(XlsxRefusal);
    expect((refusal as XlsxRefusal).zh).toContain("xl/styles.xml");
  }
});

test("a workbook part seen before is read from its elements once parsed, and each caller gets its own copies with no prototype", () => {
  const xml = `<workbook xmlns="${MAIN}"><sheets><sheet name="表1" sheetId="1" __proto__="x" constructor="y"/></sheets></workbook>`;
  const parses = jest.spyOn(SaxesParser.prototype, "write");
  const first = xmlParts.elementsOf(xml, ["sheet"], "xl/workbook.xml");
  first[0].attributes.name = "changed";
  const second = xmlParts.elementsOf(xml, ["sheet"], "xl/workbook.xml");
  // One parse: the text written once (close() writes null to end it).
  expect(parses.mock.calls.filter(([chunk]) => chunk !== null)).toHaveLength(1);
  expect(second[0].attributes.name).toBe("表1");
  expect(Object.getPrototypeOf(second[0].attributes)).toBeNull();
  expect(Object.keys(second[0].attributes)).toEqual(["name", "sheetId", "__proto__", "constructor"]);
  expect(second[0].attributes.constructor).toBe("y");
  // A damaged part is parsed (and refused) each time, naming that part.
  const broken = xml.replace("</sheets>", "");
  for (const part of ["xl/workbook.xml", "xl/workbook2.xml"]) expect(() => xmlParts.elementsOf(broken, ["sheet"], part)).toThrow(part);
});
