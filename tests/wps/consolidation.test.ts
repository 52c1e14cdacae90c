/**
 * 合并各县报表 in WPS (issue 21, item 2): the sample county returns (assets/samples/returns, the
 * damaged file aside) read as the pane reads them, written into the sample workbook once through the
 * Excel edge (src/excel/writeConsolidation.ts) on the Office.js host and once through the WPS edge
 * (src/wps/writeConsolidation.ts) on the ET imitation: the same four sheets, names, marks and
 * written state (cells, formulas, formats, merges, charts), the user's sheets unchanged; names taken
 * in the workbook are avoided alike; and a failure at any write step of the WPS consolidation leaves
 * no new sheet.
 */
import * as fs from "fs";
import * as path from "path";
import type { CountyReturn } from "../../src/core/consolidate/types";
import { createEtHost, createEtHostFromXlsx, type EtHost } from "../../src/etHost/etHost";
import { writeConsolidation } from "../../src/excel/writeConsolidation";
import { createHostFromXlsx } from "../../src/host/excelHost";
import { writeWpsConsolidation } from "../../src/wps/writeConsolidation";
import type { EtWorksheet } from "../../src/wps/facade";
import { WpsWriteError } from "../../src/wps/writeSummary";
import { readCountyReturn } from "../../src/xlsx/readCountyReturn";
import { loadXlsx } from "../../src/xlsx/loadXlsx";
import type { WorkbookData } from "../../src/xlsx/workbookData";
import { SAMPLE_PATH } from "../summary/sample";
import { plain, written } from "./writtenSheet";

jest.setTimeout(180_000);

const RETURNS = path.resolve(__dirname, "../../assets/samples/returns");
const TIME = 1720000000000;
const OPTIONS = { language: "zh" as const, summary: { generatedAt: "2024-07-05T09:30" } };
let returns: CountyReturn[];
let bytes: Buffer;

beforeAll(async () => {
  const files = fs.readdirSync(RETURNS).filter((f) => !f.startsWith("损坏"));
  returns = await Promise.all(files.map((f) => readCountyReturn(new Uint8Array(fs.readFileSync(path.join(RETURNS, f))), f, { modified: 1000 })));
  bytes = fs.readFileSync(SAMPLE_PATH);
});

test("the consolidation written in WPS is the one written in Excel: four marked sheets, cell for cell", async () => {
  const excel = await createHostFromXlsx(bytes, "bureau-2024H1.xlsx");
  const wps = await createEtHostFromXlsx(bytes, "bureau-2024H1.xlsx");
  const userSheets = wps.state.sheets.map((s) => written(s));
  const fromExcel = await excel.run((context) => writeConsolidation(context, returns, OPTIONS));
  const fromWps = writeWpsConsolidation(wps.application, returns, OPTIONS, TIME);
  expect(fromWps.sheets).toEqual(["综合汇总", "汇总表", "分县汇总", "报送情况"]);
  expect(fromWps.sheets).toEqual(fromExcel.sheets);
  expect(plain(fromWps.plan)).toEqual(plain(fromExcel.plan));
  expect(wps.state.sheets.map((s) => s.name)).toEqual(excel.state.sheets.map((s) => s.name));
  expect(plain(wps.state.sheets.slice(0, userSheets.length).map((s) => written(s)))).toEqual(plain(userSheets));
  let cells = 0;
  for (const name of fromWps.sheets) {
    const a = written(excel.findSheet(name)!);
    const b = written(wps.findSheet(name)!);
    expect(plain(b)).toEqual(plain(a));
    cells += a.values.length * (a.values[0]?.length ?? 0);
  }
  expect(fromWps.sheets.map((name) => written(wps.findSheet(name)!).mark)).toEqual(["summary", "data", "data", "consolidation"]);
  console.log(`CONSOLIDATION DIFFERENTIAL ${JSON.stringify({ returns: returns.length, sheets: fromWps.sheets.length, cellsCompared: cells })}`);
});

test("sheet names the workbook already has are avoided as in Excel (汇总表 → 汇总表 (2))", async () => {
  const excel = await createHostFromXlsx(bytes, "bureau-2024H1.xlsx");
  const wps = await createEtHostFromXlsx(bytes, "bureau-2024H1.xlsx");
  await excel.run(async (context) => {
    context.workbook.worksheets.add("汇总表");
    await context.sync();
  });
  (wps.application.ActiveWorkbook.Worksheets.Add() as EtWorksheet).Name = "汇总表";
  const fromExcel = await excel.run((context) => writeConsolidation(context, returns, OPTIONS));
  const fromWps = writeWpsConsolidation(wps.application, returns, OPTIONS, TIME);
  expect(fromWps.sheets).toEqual(fromExcel.sheets);
  expect(fromWps.sheets[1]).toBe("汇总表 (2)");
  // The formulas of the summary follow the renamed table, in both.
  const summary = fromWps.sheets[0];
  expect(wps.findSheet(summary)!.formulas).toEqual(excel.findSheet(summary)!.formulas);
});

describe("a failure at any write step of the WPS consolidation", () => {
  let data: WorkbookData;
  beforeAll(async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    data = await loadXlsx(bytes, "bureau-2024H1.xlsx");
  });

  const fresh = (): EtHost => createEtHost(structuredClone(data), { recalculateOnOpen: false });
  const sheetsOf = (host: EtHost) => JSON.stringify(host.state.sheets.map((s) => written(s)));

  test("leaves the workbook as it was: no new sheet, the user's sheets unchanged", () => {
    const clean = fresh();
    const before = sheetsOf(clean);
    clean.inject({});
    writeWpsConsolidation(clean.application, returns, OPTIONS, TIME);
    const steps = clean.writes;
    expect(steps).toBeGreaterThan(100);
    let failed = 0;
    let absorbed = 0;
    for (let n = 1; n <= steps; n++) {
      const host = fresh();
      host.inject({ failAtWrite: n });
      try {
        writeWpsConsolidation(host.application, returns, OPTIONS, TIME);
        absorbed++;
      } catch (error) {
        failed++;
        expect(error).toBeInstanceOf(WpsWriteError);
        expect(sheetsOf(host)).toBe(before);
        expect(host.screenUpdating).toBe(true);
      } finally {
        host.inject({});
      }
    }
    expect(failed).toBeGreaterThan(steps - 10);
    console.log(`FAULTS consolidation: ${steps} write steps, ${failed} failures rolled back, ${absorbed} absorbed`);
  });
});
