/**
 * Every XML part of every summary we write parses with namespaces checked (saxes with xmlns on, as
 * Excel's and openpyxl's parsers do): the fixtures, the corpus of published shapes (three saved by
 * WPS 表格) and, where present, the real workbooks (.xls converted by our own reader). LibreOffice,
 * which the recalculation test uses, forgives an unbound prefix; openpyxl and Excel do not (a
 * summary of an openpyxl-written workbook bound r: nowhere, commit 3103a15).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { openWorkbookFile } from "../../src/xlsx/openWorkbookFile";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { writeSummaryPackage } from "../../src/xlsx/summary/writeSummaryPackage";
import { NODE_PACKAGE_TOOLS } from "../../src/cli/nodeInflate";

const FOLDERS = [path.join(__dirname, "../fixtures"), path.join(__dirname, "../corpus/workbooks"), path.join(__dirname, "../../../shared/real-workbooks")];
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;
const files = FOLDERS.filter((d) => fs.existsSync(d)).flatMap((d) =>
  fs
    .readdirSync(d)
    .filter((f) => WORKBOOK.test(f) && !f.startsWith("malformed-corrupt"))
    .map((f) => path.join(d, f)),
);

/** The first namespace error of a part, or "". */
function namespaceError(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let error = "";
  parser.on("error", (e) => {
    if (!error) error = e.message;
  });
  parser.write(xml).close();
  return error;
}

/** The summary package written for a file, or undefined when the reader refuses the file. */
async function summaryOf(file: string): Promise<Uint8Array | undefined> {
  const name = path.basename(file);
  try {
    const { pkg } = await openWorkbookFile(fs.readFileSync(file), name, undefined, NODE_PACKAGE_TOOLS);
    const data = await streamWorkbook(pkg, name, { withFormulas: false });
    const plan = planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data))), { generatedAt: "2024-07-05T09:30" });
    return (await writeSummaryPackage(pkg, plan)).bytes;
  } catch {
    return undefined;
  }
}

/** layout-a.xlsx with its workbook.xml as openpyxl (and so pandas) writes one: xmlns:r on each <sheet>, an empty <definedNames/>. */
async function openpyxlShaped(): Promise<string> {
  const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(__dirname, "../fixtures/layout-a.xlsx")));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const edited = xml
    .replace(` ${R}`, "")
    .replace(/<sheet /g, `<sheet ${R} `)
    .replace("</sheets>", "</sheets><definedNames/>");
  expect(edited).not.toEqual(xml);
  zip.file("xl/workbook.xml", edited);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "openpyxl-")), "openpyxl-shaped.xlsx");
  fs.writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
  return file;
}

test("every XML part of every summary parses with namespaces checked, with one <definedNames> in workbook.xml", async () => {
  expect(files.length).toBeGreaterThan(60);
  files.push(await openpyxlShaped());
  const problems: string[] = [];
  let parts = 0;
  let written = 0;
  for (const file of files) {
    const bytes = await summaryOf(file);
    if (!bytes) continue;
    written++;
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const xml = await zip.file(name)!.async("string");
      parts++;
      const error = namespaceError(xml);
      if (error) problems.push(`${path.basename(file)} ${name}: ${error}`);
      if (name === "xl/workbook.xml" && (xml.match(/<(\w+:)?definedNames[\s>/]/g) ?? []).length > 1)
        problems.push(`${path.basename(file)}: two <definedNames>`);
    }
  }
  expect(problems).toEqual([]);
  expect(written).toBeGreaterThan(60);
  expect(parts).toBeGreaterThan(written * 8);
}, 240000);
