/**
 * The summary's formats appended to a workbook's styles part: existing entries keep their
 * indexes, counts follow, custom number formats get ids after the largest, an existing code is
 * re-used, and a styles part from a minimal writer (no fills, borders or number formats) gets the
 * collections it lacks, with Excel's reserved first entries (ECMA-376 Part 1, 18.8).
 */
import { addFormats, cellFormats } from "../../src/xlsx/summary/cellStyles";
import { all, parseXml } from "./xmlTree";

const FULL =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts>' +
  '<fonts count="1"><font><sz val="12"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs><dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>';

const formats = cellFormats(
  2,
  2,
  [
    [
      { value: 1, numberFormat: "0.0%" },
      { value: 2, numberFormat: "0.000" },
    ],
    [{ value: "a" }, { value: 3, numberFormat: "#,##0" }],
  ],
  [
    { row: 0, column: 0, rowCount: 1, columnCount: 2, style: "header" },
    { row: 1, column: 0, rowCount: 1, columnCount: 1, style: "note" },
  ],
).formats;

test("formats are appended after the workbook's own, with the workbook's font name, re-used and new number formats", () => {
  const { xml, xfIndex } = addFormats(FULL, formats);
  const doc = parseXml(xml);
  const cellXfs = all(doc, "cellXfs")[0];
  expect(cellXfs.attributes.count).toBe(String(2 + formats.length));
  expect(xfIndex).toEqual(formats.map((_f, i) => 2 + i));
  const xfs = all(cellXfs, "xf");
  expect(xfs[1].attributes.numFmtId).toBe("14"); // the user's second format is where it was
  expect(xfs[2].attributes.numFmtId).toBe("170"); // "0.0%" is the workbook's own custom format
  expect(all(doc, "numFmt").map((n) => [n.attributes.numFmtId, n.attributes.formatCode])).toEqual([
    ["170", "0.0%"],
    ["171", "0.000"],
  ]);
  expect(all(all(doc, "fonts")[0], "name").map((n) => n.attributes.val)).toEqual(expect.arrayContaining(["宋体"]));
  expect(all(all(doc, "fonts")[0], "name").every((n) => n.attributes.val === "宋体")).toBe(true);
  // The differential formats (conditional formatting) are not touched.
  expect(all(doc, "dxfs")[0].attributes.count).toBe("1");
  expect(all(all(doc, "dxfs")[0], "font")).toHaveLength(1);
});

test("a styles part without fills, borders or number formats gets them, with the reserved none and gray125 fills first", () => {
  const minimal =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><cellXfs count="1"><xf/></cellXfs></styleSheet>';
  const { xml } = addFormats(minimal, formats);
  const doc = parseXml(xml);
  expect(doc.children.map((c) => c.name)).toEqual(["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]);
  const fills = all(doc, "patternFill").map((f) => f.attributes.patternType);
  expect(fills.slice(0, 2)).toEqual(["none", "gray125"]);
  const header = all(doc, "xf").find((x) => x.attributes.fillId && x.attributes.fillId !== "0")!;
  expect(header.attributes.fillId).toBe("2");
  expect(header.attributes.borderId).toBe("1");
});

test("a styles part written with a namespace prefix keeps it on what is added", () => {
  const prefixed = FULL.replace(/<(\/?)(?!\/)/g, "<$1x:").replace('<x:styleSheet xmlns="', '<x:styleSheet xmlns:x="');
  const { xml } = addFormats(prefixed, formats);
  expect(xml).not.toMatch(/<(xf|font|fill|border|numFmt)[\s>/]/);
  expect(parseXml(xml).children.find((c) => c.name === "cellXfs")!.attributes.count).toBe(String(2 + formats.length));
});
