/**
 * Fault injection (issue 21): the WPS writer is made to fail at each of its changing calls in turn
 * — every one, from adding the sheet to deleting the replaced summary — on the sample workbook
 * (Chuxiong 2024H1), once adding a summary and once replacing the previous one. After each failure
 * the workbook must be exactly as before: no new sheet, the user's sheets and the previous summary
 * unchanged (cells, formats, marks, charts), screen updating back on. A failure the writer absorbs
 * (a block write retried row by row) must give the same sheet as a run without faults.
 */
import * as fs from "fs";
import { createEtHost, type EtHost } from "../../src/etHost/etHost";
import type { HostWorkbook } from "../../src/host/state";
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { resolveSummaryOptions } from "../../src/core/summary/options";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { writeWpsSummary, WpsWriteError } from "../../src/wps/writeSummary";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import type { WorkbookData } from "../../src/xlsx/workbookData";
import { SAMPLE_PATH } from "../summary/sample";

let data: WorkbookData;
let plan: SummaryPlan;

beforeAll(async () => {
  // The writer logs WPS's own error text to the console (never to the user); quiet here.
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  data = await loadXlsx(fs.readFileSync(SAMPLE_PATH), "bureau-2024H1.xlsx");
  plan = planSummary(workbookFacts(readWorkbook(workbookToSnapshot(data))), { ...resolveSummaryOptions({}), generatedAt: "2024-07-05T09:30" });
});

/** Everything of a workbook a failed write must leave as it was. */
function state(host: EtHost) {
  const w: HostWorkbook = host.state;
  return JSON.stringify({
    sheets: w.sheets.map((s) => ({
      name: s.name,
      values: s.values,
      formulas: s.formulas,
      numberFormats: s.numberFormats,
      merges: s.merges,
      formats: [...s.formats.entries()],
      customProperties: [...s.customProperties.entries()],
      names: [...(host.sheetNames.get(s)?.entries() ?? [])],
      charts: s.charts,
      columnWidths: s.columnWidths,
      rowHeights: [...s.rowHeights.entries()],
      hiddenRows: s.hiddenRows,
      visibility: s.visibility,
      frozenRows: s.frozenRows,
      pageLayout: s.pageLayout,
    })),
    names: [...w.names.entries()],
  });
}

function freshHost(): EtHost {
  return createEtHost(structuredClone(data), { recalculateOnOpen: false });
}

/** Runs the writer with the n-th changing call failing; undefined n: no fault. */
function run(host: EtHost, replacePrevious: boolean, failAt?: number): { error?: unknown; writes: number } {
  host.inject(failAt === undefined ? {} : { failAtWrite: failAt });
  try {
    writeWpsSummary(host.application, plan, { replacePrevious, time: 1720000000000 });
    return { writes: host.writes };
  } catch (error) {
    return { error, writes: host.writes };
  } finally {
    host.inject({});
  }
}

describe.each([
  ["adding a summary", false],
  ["replacing the previous summary", true],
])("a failure at any write step while %s leaves the workbook as it was", (_label, replace) => {
  test("at every changing call", () => {
    // The workbook before the write (with a previous summary when replacing one).
    const base = freshHost();
    if (replace) expect(run(base, false).error).toBeUndefined();
    const baseState = structuredClone(base.state);
    const baseNames = new Map([...base.sheetNames.entries()].map(([s, m]) => [base.state.sheets.indexOf(s), new Map(m)]));
    const start = () => {
      const host = createEtHost({ sheets: structuredClone(baseState.sheets) }, { recalculateOnOpen: false });
      host.state.sheets.forEach((s, i) => {
        const names = baseNames.get(i);
        if (names) host.sheetNames.set(s, new Map(names));
      });
      return host;
    };
    const clean = start();
    const before = state(clean);
    const cleanRun = run(clean, replace);
    expect(cleanRun.error).toBeUndefined();
    const steps = cleanRun.writes;
    const after = state(clean);
    expect(steps).toBeGreaterThan(100);

    let failed = 0;
    let absorbed = 0;
    for (let n = 1; n <= steps; n++) {
      const host = start();
      const { error } = run(host, replace, n);
      if (error) {
        failed++;
        expect(error).toBeInstanceOf(WpsWriteError);
        expect(state(host)).toBe(before);
        expect(host.screenUpdating).toBe(true);
      } else {
        absorbed++;
        expect(state(host)).toBe(after);
      }
    }
    expect(failed + absorbed).toBe(steps);
    expect(failed).toBeGreaterThan(steps - 5);
    console.log(`FAULTS ${replace ? "replace" : "add"}: ${steps} write steps, ${failed} failures rolled back, ${absorbed} absorbed`);
  });
});
