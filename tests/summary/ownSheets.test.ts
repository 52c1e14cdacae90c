/**
 * Our sheets are known by their mark in files too (issue 23): opening a .summary.xlsx in the
 * workbench and generating again gave 26 false findings (a stated value equal to its recomputed value
 * flagged, a total "compared" with 24667.68), a duplicated disaster paragraph with "0人次" and a sheet
 * 汇总 (2) beside the old one. The summary the file writers make carries our mark (a worksheet custom
 * property, as Excel keeps Office.js's), the loaders give it back, the in-memory host (the workbench)
 * keeps it, so the pane reads only the user's sheets and replaces the earlier 汇总 — the sample's one
 * finding (隐患排查治理!G9) and the same 综述 as on the original. The workbench's download does the same.
 */
import * as fs from "fs";
import { generateSummary } from "../../src/excel/generateSummary";
import { createHostFromXlsx } from "../../src/host/excelHost";
import { makeSummaryWorkbook } from "../../src/workbench/downloadSummary";
import { loadXlsx } from "../../src/xlsx/loadXlsx";
import { XlsxPackage } from "../../src/xlsx/package/openPackage";
import { streamWorkbook } from "../../src/xlsx/stream/streamWorkbook";
import { readsAsData, sheetMarkValue } from "../../src/core/summary/sheetMark";
import { SAMPLE_PATH } from "./sample";

const USER_SHEETS = ["事故分县统计", "分行业", "灾情汇总", "隐患排查治理", "行政执法"];
let summaryBytes: Uint8Array;

beforeAll(async () => {
  const sample = fs.readFileSync(SAMPLE_PATH);
  summaryBytes = (await makeSummaryWorkbook(sample.buffer.slice(sample.byteOffset, sample.byteOffset + sample.byteLength), "楚雄.xlsx")).bytes;
});

test("the summary sheet of a written file carries our mark, and both loaders read it back", async () => {
  const streamed = await streamWorkbook(await XlsxPackage.open(summaryBytes));
  expect(streamed.sheets.map((s) => [s.name, s.mark?.replace(/\d+$/, "")])).toEqual([
    ...USER_SHEETS.map((name) => [name, undefined]),
    ["汇总", "bureau-stats-summary:"],
  ]);
  const loaded = await loadXlsx(summaryBytes);
  expect(loaded.sheets.find((s) => s.name === "汇总")?.mark).toMatch(/^bureau-stats-summary:\d+$/);
});

test("generating again in the workbench's host reads only the user's sheets and replaces 汇总: one finding, no 汇总 (2)", async () => {
  const original = await createHostFromXlsx(fs.readFileSync(SAMPLE_PATH), "楚雄.xlsx");
  const before = await original.run((context) => generateSummary(context, { generatedAt: "2024年7月5日 09:00" }));
  const host = await createHostFromXlsx(summaryBytes, "楚雄.summary.xlsx");
  const again = await host.run((context) => generateSummary(context, { generatedAt: "2024年7月5日 09:00" }));
  expect(again.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["隐患排查治理!G9"]);
  expect(again.sourceSheets).toEqual(USER_SHEETS);
  expect(again.narrative).toEqual(before.narrative);
  expect(again.narrative.join("")).not.toContain("0人次");
  expect(again.sheetName).toBe("汇总");
  expect(again.replaced).toBe("汇总");
  expect(host.state.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, "汇总"]);
});

test("the workbench's download of a .summary.xlsx replaces its 汇总 and keeps the name", async () => {
  const again = await makeSummaryWorkbook(
    summaryBytes.buffer.slice(summaryBytes.byteOffset, summaryBytes.byteOffset + summaryBytes.byteLength) as ArrayBuffer,
    "楚雄.summary.xlsx",
  );
  expect(again.name).toBe("楚雄.summary.xlsx");
  const book = await loadXlsx(again.bytes);
  expect(book.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, "汇总"]);
});

test("one rule decides what is read: a user's sheet and our data tables are read; a summary, a cover and 报送情况 never", () => {
  expect(readsAsData(undefined)).toBe(true);
  expect(readsAsData("a user's own property value")).toBe(true);
  expect(readsAsData(sheetMarkValue("data", 1))).toBe(true);
  for (const kind of ["summary", "cover", "consolidation"] as const) expect([kind, readsAsData(sheetMarkValue(kind, 1))]).toEqual([kind, false]);
});
