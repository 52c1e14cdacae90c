/**
 * Text stays text (issue 27, items 5 and 6), as a property (fast-check): a county name of any text
 * — "@SUM(…)", "＝1+1", "\u200B=1", "=HYPERLINK(…)", a leading apostrophe, digits, inner spaces —
 * that the reader takes as a data row reaches every output as the same text and never as a formula:
 *
 * - the command line's .summary.xlsx (the package writer, read back);
 * - the add-in's write path: the one-click flow (generateSummary through Office.js) on the
 *   in-memory host, which enters strings as Excel does (cells.ts: "=", "+", "-", "@" and their
 *   full-width forms start formulas);
 * - the workbench: the same file opened by its worker with the one limited reader, the page's host
 *   over the rows it sent (what was text in the file is not evaluated, not even by a full
 *   calculation), and its 下载汇总工作簿 download; and the tests' host (createHostFromXlsx).
 *
 * Before: the workbench copied text cells into formulas, so "=HYPERLINK(\"…\",\"x\")" showed as "x";
 * the add-in escaped "= + -" but not "@", "＝", "＠" or "\u200B=", and the host knew only "= + -".
 */
import fc from "fast-check";
import { summarizeFile } from "../../src/cli/summarizeFile";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { shownLabel } from "../../src/core/reader/shownLabel";
import { asText } from "../../src/core/text/textStaysText";
import { generateSummary } from "../../src/excel/generateSummary";
import { createHostFromXlsx, ExcelHost } from "../../src/host/excelHost";
import { enterValue } from "../../src/host/cells";
import { workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { makeSummaryWorkbook } from "../../src/workbench/downloadSummary";
import { BookClient } from "../../src/workbench/worker/bookClient";
import { fakeBookWorker } from "../workbench/fakeBookWorker";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { zipOf, workbookEntries, MAIN } = require("../../scripts/fixtures/make-hostile.js") as {
  zipOf(entries: unknown[]): Buffer;
  workbookEntries(sheet: string): unknown[];
  MAIN: string;
};

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const str = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(t)}</t></is></c>`;
const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;

/** A county table whose first county is `name`: 县（市）| 事故起数 | 死亡人数, two counties and 合计. */
function workbook(name: string): Buffer {
  const rows = [
    `<row r="1">${str("A1", "县（市）")}${str("B1", "事故起数（起）")}${str("C1", "死亡人数（人）")}</row>`,
    `<row r="2">${str("A2", name)}${num("B2", 3)}${num("C2", 1)}</row>`,
    `<row r="3">${str("A3", "禄丰市")}${num("B3", 2)}${num("C3", 0)}</row>`,
    `<row r="4">${str("A4", "合计")}${num("B4", 5)}${num("C4", 1)}</row>`,
  ];
  return zipOf(workbookEntries(`<worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData></worksheet>`));
}

/** Texts an attacker or a typing slip gives: formula starts, invisible prefixes, and any characters XML can hold. */
const PREFIXES = ["=", "+", "-", "@", "＝", "＋", "－", "＠", "\u200B=", "\uFEFF@", " =", "'", "''", "\u3000", ""];
const XML_CHAR = fc.string({ unit: "grapheme", maxLength: 12 }).map((s) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""));
const NAME = fc
  .tuple(fc.constantFrom(...PREFIXES), XML_CHAR, fc.constantFrom("", "市", 'HYPERLINK("http://example.com","x")', "SUM(B2:B3)", " City", "1+1"))
  .map(([a, b, c]) => a + b + c)
  .filter((s) => s.trim() !== "");

/**
 * The label the reader shows for the first county row when it takes it as a data row: the text as
 * written without outer blanks, or — for a name the region rule recognises — its canonical form (NFKC, no blanks: "＝市"
 * is shown as "=市", still text).
 */
async function countyLabel(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const model = readWorkbook(workbookToSnapshot(await streamWorkbook(await XlsxPackage.open(bytes), "x.xlsx")));
  const row = model.tables[0]?.rows.find((r) => r.row === 1);
  if (row?.role !== "data") return undefined;
  const shown = shownLabel(row);
  // As written; at most outer blanks (spaces, the ideographic space) are left out. Everything inside is kept.
  if (row.region === undefined) expect([name, name.trim()]).toContain(shown);
  return shown;
}

/** Every cell of the summary sheet of a written package: its value and its formula ("" for none). */
async function summaryCells(bytes: Uint8Array, sheetName: string): Promise<{ value: unknown; formula: unknown }[]> {
  const data = await streamWorkbook(await XlsxPackage.open(bytes), "out.xlsx");
  const sheet = data.sheets.find((s) => s.name === sheetName)!;
  return sheet.values.flatMap((row, r) => row.map((value, c) => ({ value, formula: sheet.formulas[r][c] })));
}

/** The name is in the sheet as a text cell, and every cell holding it holds no formula. */
function expectTextCell(cells: { value: unknown; formula: unknown }[], shown: string): void {
  const holding = cells.filter((cell) => cell.value === shown);
  expect(holding.length).toBeGreaterThan(0);
  expect(holding.filter((cell) => cell.formula !== "")).toEqual([]);
}

test("asText escapes every formula start, full-width and after invisible characters, and the host enters each as Excel does", () => {
  for (const t of ["@SUM(A1)", "＝1+1", "＠A1", "＋1", "－x", "\u200B=1+1", "\uFEFF+1", " =1", "\u3000＝1"]) expect(asText(t)).toBe(`'${t}`);
  expect(enterValue("@SUM(A1:A3)", "General", 2026).formula).toBe("=SUM(A1:A3)");
  expect(enterValue("＝1+1", "General", 2026).formula).toBe("=1+1");
  expect(enterValue("＠A1", "General", 2026).formula).toBe("=A1");
  expect(enterValue("－x", "General", 2026).formula).toBe("=-x");
  // Excel keeps a blank before "=" as text; the writer escapes it anyway (a paste or TRIM may drop the blank).
  expect(enterValue(" =1", "General", 2026)).toEqual({ value: " =1", formula: "" });
  for (const t of ["@SUM(A1)", "＝1+1", "\u200B=1+1", '=HYPERLINK("a","x")']) expect(enterValue(asText(t), "General", 2026)).toEqual({ value: t, formula: "" });
});

test("a county name of any text reaches the command line's file, the add-in's sheet and the workbench as the same text, never a formula", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-county-text-"));
  let checked = 0;
  try {
    await fc.assert(
      fc.asyncProperty(NAME, async (name) => {
        const bytes = workbook(name);
        const shown = await countyLabel(bytes, name);
        if (shown === undefined) return;
        checked++;
        // The command line.
        const input = path.join(dir, `in-${checked}.xlsx`);
        fs.writeFileSync(input, bytes);
        const cli = await summarizeFile(input, { outDir: dir, generatedAt: "2024-07-10T09:30" });
        expectTextCell(await summaryCells(fs.readFileSync(cli.output), cli.sheetName), shown);
        // The tests' host over the file (the one reader): the text is a value, not a formula.
        const fileHost = await createHostFromXlsx(bytes, "county.xlsx");
        expect(fileHost.valueAt("事故台账", "A2")).toBe(name);
        expect(fileHost.findSheet("事故台账")!.formulas[1][0]).toBe("");
        // The workbench: its worker opens the file, the page's host takes the rows it sent, and even a
        // full calculation leaves the text as it was; then the add-in's flow through Office.js.
        const opened = await new BookClient(fakeBookWorker()).open(new Uint8Array(bytes).slice().buffer, "county.xlsx");
        const host = new ExcelHost(opened.data, { cachedValues: !opened.needsCalculation });
        host.evaluateFormulas();
        expect(host.valueAt("事故台账", "A2")).toBe(name);
        expect(host.findSheet("事故台账")!.formulas[1][0]).toBe("");
        const result = await host.run((context) => generateSummary(context, { generatedAt: "2024-07-10T09:30" }));
        expect(host.valueAt("事故台账", "A2")).toBe(name);
        const sheet = host.findSheet(result.sheetName)!;
        const at = sheet.values.findIndex((row) => row.includes(shown));
        expect(at).toBeGreaterThanOrEqual(0);
        expect(sheet.formulas[at][sheet.values[at].indexOf(shown)]).toBe("");
        // The workbench's download: the package writer on the opened bytes.
        const download = await makeSummaryWorkbook(new Uint8Array(bytes).buffer, "county.xlsx");
        expectTextCell(await summaryCells(download.bytes, download.sheetName), shown);
      }),
      { numRuns: 40, seed: 27 },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  expect(checked).toBeGreaterThan(20);
}, 300000);
