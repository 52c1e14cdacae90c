/**
 * The workbench's book worker (issue 28): the page opens a file in a worker and gets its sheets
 * in chunks, and Detect/Generate read and plan there. The worker is BookHandler behind a port that
 * structured-clones every message, as postMessage does. Reference values: the same file read on one
 * thread (streamWorkbook → workbookToSnapshot → readWorkbook / planSummary), which the rest of the
 * suite already holds to each fixture's expectations.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { ExcelHost } from "../../src/host/excelHost";
import { formulaValues } from "../../src/core/summary/formulaValues";
import { BookCancelled, BookClient } from "../../src/workbench/worker/bookClient";
import { rowChunks, SheetAssembly, sheetHead } from "../../src/workbench/worker/rowChunks";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { workbookToSnapshot } from "../../src/xlsx/snapshot";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { emptySheet, type WorkbookData } from "../../src/xlsx/workbookData";
import { fakeBookWorker } from "./fakeBookWorker";
import { workbookFacts } from "../../src/core/facts";
import { summaryFromSnapshot } from "../../src/core/pipeline/summaryFromSnapshot";
import { SAMPLE_PATH } from "../summary/sample";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const bytesOf = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
const bufferOf = (name: string) => bytesOf(name).slice().buffer;

async function streamed(name: string): Promise<WorkbookData> {
  return streamWorkbook(await XlsxPackage.open(bytesOf(name)), name, { withFormulas: true });
}

describe("the book worker", () => {
  test("a sheet sent in chunks of 2 rows is put together cell for cell, each row its own array in values, formulas and formats", async () => {
    const data = await streamed("ledger-real-dates.xlsx");
    const sheet = data.sheets[0];
    const assembly = new SheetAssembly(structuredClone(sheetHead(sheet)));
    for (const chunk of rowChunks(sheet, 0, 2)) assembly.add(structuredClone(chunk));
    expect(assembly.data.values).toEqual(sheet.values);
    expect(assembly.data.formulas).toEqual(sheet.formulas);
    expect(assembly.data.numberFormats).toEqual(sheet.numberFormats);
    expect(assembly.data.merges).toEqual(sheet.merges);
    const rows = assembly.data.values.length;
    const distinct = (grid: unknown[][]) => new Set(grid).size;
    expect([distinct(assembly.data.values), distinct(assembly.data.formulas), distinct(assembly.data.numberFormats)]).toEqual([rows, rows, rows]);
    expect(assembly.data.values.every((row, r) => row !== assembly.data.formulas[r])).toBe(true);
  });

  test("a sheet whose rows all came without a formula is formula-free; one formula in its last chunk makes it not", () => {
    const assembled = (formulaAt?: [number, number]) => {
      const sheet = emptySheet("台账", 7, 3);
      sheet.values.forEach((row, r) => row.fill(r));
      if (formulaAt) sheet.formulas[formulaAt[0]][formulaAt[1]] = "=A1+1";
      const assembly = new SheetAssembly(structuredClone(sheetHead(sheet)));
      for (const chunk of rowChunks(sheet, 0, 2)) assembly.add(structuredClone(chunk));
      return assembly.formulaFree;
    };
    expect([assembled(), assembled([6, 2])]).toEqual([true, false]);
  });

  test("opening gives the page the same sheets as reading the file on one thread, with progress up to 1", async () => {
    const client = new BookClient(fakeBookWorker());
    const progress: number[] = [];
    const opened = await client.open(bufferOf("ledger-with-table.xlsx"), "ledger-with-table.xlsx", (f) => progress.push(f));
    const expected = await streamed("ledger-with-table.xlsx");
    expect(opened.data.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    opened.data.sheets.forEach((s, i) =>
      expect([s.values, s.formulas, s.numberFormats]).toEqual([expected.sheets[i].values, expected.sheets[i].formulas, expected.sheets[i].numberFormats]),
    );
    expect(opened.needsCalculation).toBe(false);
    expect(opened.formulaFree).toEqual(expected.sheets.filter((s) => s.formulas.every((row) => row.every((f) => f === ""))).map((s) => s.name));
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1])).toBe(true);
    expect(new Uint8Array(opened.xlsx)).toEqual(bytesOf("ledger-with-table.xlsx"));
    expect(client.hasSheet(expected.sheets[0].name)).toBe(true);
  });

  test("Detect in the worker gives the model the reader gives on one thread (the ledger and the table of ledger-with-table.xlsx)", async () => {
    const client = new BookClient(fakeBookWorker());
    const opened = await client.open(bufferOf("ledger-with-table.xlsx"), "ledger-with-table.xlsx");
    const names = opened.data.sheets.map((s) => s.name);
    const model = await client.detect({ names, changed: [] }, {}, "2024-07-10");
    const expected = readWorkbook(workbookToSnapshot(await streamed("ledger-with-table.xlsx")), { reportDate: "2024-07-10" });
    expect(model).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(model.ledgers.length).toBeGreaterThan(0);
    // Plain data only: a message loses no class, Map or prototype on the way to the page.
    expect(structuredClone(expected)).toStrictEqual(expected);
  });

  test("Generate in the worker gives the pane the 核对 of core's one pipeline on one thread: the sample's slips, verdict and source sheets, without the facts", async () => {
    const bytes = new Uint8Array(fs.readFileSync(SAMPLE_PATH));
    const client = new BookClient(fakeBookWorker());
    const opened = await client.open(bytes.slice().buffer, "sample.xlsx");
    const names = opened.data.sheets.map((s) => s.name);
    const options = { language: "zh" as const, generatedAt: "2024-07-10T09:30" };
    const planned = await client.plan({ names, changed: [] }, {}, options);
    const data = await streamWorkbook(await XlsxPackage.open(bytes), "sample.xlsx", { withFormulas: true });
    const { facts, ...expected } = summaryFromSnapshot(workbookToSnapshot(data), options);
    expect(planned).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(planned).not.toHaveProperty("facts");
    expect(facts.facts.length).toBeGreaterThan(0);
    expect(planned.findings.length).toBeGreaterThan(0);
    expect(planned.sourceSheets.length).toBeGreaterThan(0);
  });

  test("a sheet the page changed is read as the page sent it, not as the file had it", async () => {
    const client = new BookClient(fakeBookWorker());
    const opened = await client.open(bufferOf("layout-a.xlsx"), "layout-a.xlsx");
    const name = opened.data.sheets[0].name;
    const before = await client.detect({ names: [name], changed: [] }, {});
    const blank = { name, originRow: 0, originColumn: 0, values: [["说明"]], formulas: [["说明"]], numberFormats: [["General"]], merges: [], hiddenRows: [] };
    const after = await client.detect({ names: [name], changed: [blank] }, {});
    expect(before.tables.length).toBeGreaterThan(0);
    expect(after.tables).toEqual([]);
  });

  test("Generate's plan in the worker is the planner's plan on one thread, and every formula it writes comes with its value", async () => {
    const client = new BookClient(fakeBookWorker());
    const opened = await client.open(bufferOf("ledger-real-dates.xlsx"), "ledger-real-dates.xlsx");
    const names = opened.data.sheets.map((s) => s.name);
    const options = { language: "zh" as const, generatedAt: "2024-07-10 09:30" };
    const { plan } = await client.plan({ names, changed: [] }, {}, options);
    const expected = planSummary(workbookFacts(readWorkbook(workbookToSnapshot(await streamed("ledger-real-dates.xlsx")))), options);
    expect(plan).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(structuredClone(expected)).toStrictEqual(expected);
    const formulas = plan.cells.flat().filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulaValues(plan).size).toBe(new Set(formulas.filter((c) => c.value !== null).map((c) => c.formula)).size);
  });

  test("a damaged file is refused with the reader's bilingual message, and nothing is opened", async () => {
    const client = new BookClient(fakeBookWorker());
    const refusal = client.open(bufferOf("malformed-corrupt.xlsx"), "malformed-corrupt.xlsx");
    await expect(refusal).rejects.toMatchObject({ message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    await expect(client.detect({ names: ["表"], changed: [] }, {})).rejects.toThrow();
  });

  test("cancel stops the worker: the pending open rejects with BookCancelled and later requests are not sent", async () => {
    const port = fakeBookWorker();
    const client = new BookClient(port);
    const opening = client.open(bufferOf("ledger-real-dates.xlsx"), "ledger-real-dates.xlsx");
    client.close();
    await expect(opening).rejects.toBeInstanceOf(BookCancelled);
    await expect(client.detect({ names: [], changed: [] }, {})).rejects.toBeInstanceOf(BookCancelled);
    expect(port.requests).toBe(1);
  });

  test("Cancel during Detect stops the worker: the pending call rejects with the bilingual 已取消, and the next Detect works in a fresh worker with the same model", async () => {
    const first = fakeBookWorker();
    const client = new BookClient(first);
    await client.open(bufferOf("layout-a.xlsx"), "layout-a.xlsx");
    const names = ["事故分县统计"];
    const before = await client.detect({ names, changed: [] }, {});
    const pending = client.detect({ names, changed: [] }, {});
    const fresh = fakeBookWorker();
    expect(client.cancel(fresh, bufferOf("layout-a.xlsx"), "layout-a.xlsx")).toBe(true);
    await expect(pending).rejects.toBeInstanceOf(BookCancelled);
    await expect(pending).rejects.toMatchObject({ bilingual: { zh: expect.stringContaining("已取消"), en: expect.stringContaining("Cancelled") } });
    expect(await client.detect({ names, changed: [] }, {})).toEqual(before);
    expect(client.hasSheet("事故分县统计")).toBe(true);
    // The fresh worker opened the book quietly: no sheets or rows sent to the page again.
    expect(fresh.answered.filter((kind) => kind === "sheet" || kind === "rows")).toEqual([]);
    expect(fresh.answered).toContain("opened");
    // Nothing pending: Cancel does nothing, and the worker offered is stopped unused.
    const unused = fakeBookWorker();
    let stopped = false;
    unused.terminate = () => void (stopped = true);
    expect(client.cancel(unused, bufferOf("layout-a.xlsx"), "layout-a.xlsx")).toBe(false);
    expect(stopped).toBe(true);
  });

  test("the host takes the opened rows as they are and keeps the file's saved formula results (no calculation at load)", async () => {
    const client = new BookClient(fakeBookWorker());
    const opened = await client.open(bufferOf("layout-a.xlsx"), "layout-a.xlsx");
    const rows = opened.data.sheets[0].values;
    const host = new ExcelHost(opened.data, { cachedValues: true });
    expect(host.state.sheets[0].values).toBe(rows);
  });
});
