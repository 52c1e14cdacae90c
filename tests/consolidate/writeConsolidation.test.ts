/**
 * The pane's 合并各县报表 on the in-memory Excel host: the county returns read as the pane reads
 * them (src/xlsx/readCountyReturn, no Node API), the consolidation written into the open sample
 * workbook as new sheets whose formulas the host (HyperFormula) recalculates to the plan's own
 * figures; the user's sheets unchanged; a failure at any sync leaves no new sheet behind.
 */
import fs from "fs";
import path from "path";
import { writeConsolidation } from "../../src/excel/writeConsolidation";
import { parseSheetMark } from "../../src/core/summary/sheetMark";
import { CREATED_BY_KEY } from "../../src/excel/writeSummary";
import type { CountyReturn } from "../../src/core/consolidate/types";
import { createHostFromXlsx } from "../../src/host/excelHost";
import { readCountyReturn } from "../../src/xlsx/readCountyReturn";

const SAMPLES = path.resolve(__dirname, "../../assets/samples/returns");
const WORKBOOK = path.resolve(__dirname, "../../assets/samples/bureau-2024H1.xlsx");
let returns: CountyReturn[];

beforeAll(async () => {
  const files = fs.readdirSync(SAMPLES).filter((f) => !f.startsWith("损坏"));
  returns = await Promise.all(files.map((f) => readCountyReturn(new Uint8Array(fs.readFileSync(path.join(SAMPLES, f))), f)));
});

async function sampleHost() {
  return createHostFromXlsx(new Uint8Array(fs.readFileSync(WORKBOOK)));
}

describe("writing a consolidation into the open workbook", () => {
  test("adds the four sheets, each with its mark (the two tables as data, read again for the prefecture's summary), and leaves the user's sheets as they were", async () => {
    const host = await sampleHost();
    const userSheets = host.state.sheets.map((s) => s.name);
    const before = userSheets.map((name) => host.sheetSnapshot(name));
    const written = await host.run((context) => writeConsolidation(context, returns, { language: "zh" }));
    expect(written.sheets).toEqual(["综合汇总", "汇总表", "分县汇总", "报送情况"]);
    expect(host.state.sheets.map((s) => s.name)).toEqual([...userSheets, ...written.sheets]);
    expect(userSheets.map((name) => host.sheetSnapshot(name))).toEqual(before);
    const kinds = written.sheets.map((name) => parseSheetMark(host.findSheet(name)!.customProperties.get(CREATED_BY_KEY))?.kind);
    expect(kinds).toEqual(["summary", "data", "data", "consolidation"]);
  });

  test("every formula recalculates on the host to the figure the plan cached", async () => {
    const host = await sampleHost();
    const written = await host.run((context) => writeConsolidation(context, returns, { language: "zh" }));
    let checked = 0;
    for (const plan of written.plan.sheets) {
      const sheet = host.findSheet(plan.sheetName)!;
      plan.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell.formula) return;
          if (typeof cell.value === "number") expect(sheet.values[r][c]).toBeCloseTo(cell.value, 9);
          else expect(sheet.values[r][c]).toBe(cell.value);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(100);
  });

  test("takes free names when the workbook already has sheets called 汇总表 or 分县汇总, and its formulas follow them", async () => {
    const host = await sampleHost();
    await host.run(async (context) => {
      context.workbook.worksheets.add("分县汇总");
      await context.sync();
    });
    const written = await host.run((context) => writeConsolidation(context, returns, { language: "zh" }));
    expect(written.sheets).toContain("分县汇总 (2)");
    const formulas = written.plan.sheets[0].cells.flat().flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.some((f) => f.startsWith("='分县汇总 (2)'!"))).toBe(true);
    expect(formulas.some((f) => f.startsWith("='分县汇总'!"))).toBe(false);
  });

  test("a failure at any sync leaves no sheet of the consolidation behind", async () => {
    const probe = await sampleHost();
    await probe.run((context) => writeConsolidation(context, returns, { language: "zh" }));
    const total = probe.syncCount;
    for (let n = 1; n <= total; n++) {
      const host = await sampleHost();
      const names = host.state.sheets.map((s) => s.name);
      host.faults.failSync = host.syncCount + n;
      await expect(host.run((context) => writeConsolidation(context, returns, { language: "zh" }))).rejects.toThrow();
      expect(host.state.sheets.map((s) => s.name)).toEqual(names);
    }
  });
});
