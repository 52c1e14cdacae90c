/**
 * A text file under a workbook's name is refused under the name it has (issue 23: the workbench told
 * a text "x.xls" it was "a CSV with an .xlsx extension"); the catalogue's words in both languages.
 */
import { openWorkbookFile } from "../../src/xlsx/openWorkbookFile";
import { XlsxRefusal } from "../../src/xlsx/package/limits";
import { asXlsxBytes } from "../../src/xlsx/legacy/asXlsxBytes";

const text = new TextEncoder().encode("县（市）,事故起数\n楚雄市,5\n");

async function refusalOf(name: string): Promise<XlsxRefusal> {
  const error = await openWorkbookFile(text, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxRefusal);
  return error as XlsxRefusal;
}

test.each([".xls", ".xlsx", ".et", ".XLSM"])("text named x%s is said to be text with that extension, and renaming it to .csv is offered", async (extension) => {
  const refusal = await refusalOf(`县报表${extension}`);
  expect(refusal.kind).toBe("csv");
  expect(refusal.zh).toContain(`只是扩展名为 ${extension.toLowerCase()}；请把扩展名改为 .csv`);
  expect(refusal.en).toContain(`with an ${extension.toLowerCase()} name; rename it to .csv`);
});

test("the same text named .csv is read as a table", async () => {
  const { converted } = await openWorkbookFile(text, "县报表.csv");
  expect(converted).toBe(true);
});

test("the workbench's converter (asXlsxBytes, what its worker opens with) refuses it in the same words", async () => {
  const error = await asXlsxBytes(text, "县报表.xls").then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxRefusal);
  expect((error as XlsxRefusal).zh).toContain("只是扩展名为 .xls；");
});
