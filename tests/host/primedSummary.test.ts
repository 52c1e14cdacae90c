/**
 * The in-memory host takes the core's values for the summary's formulas (issue 28: "give the host
 * the values the core already computed"), as the workbench and the ledger benchmark write it, and
 * a check recalculates them with HyperFormula on a small ledger. Reference values: HyperFormula's
 * own results for the same formulas over tests/fixtures/ledger-real-dates.xlsx (401 records, real
 * date cells), which tests/summary/ledgerSummary.test.ts also compares with the plan.
 */
import * as fs from "fs";
import { summaryFromSnapshot } from "../../src/core/pipeline/summaryFromSnapshot";
import { formulaValues } from "../../src/core/summary/formulaValues";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { cellAddress } from "../../src/core/model/address";
import { generateSummary, type SummaryPlanner } from "../../src/excel/generateSummary";
import { readWorkbookSnapshot } from "../../src/excel/readWorkbook";
import { createHostFromXlsx, type ExcelHost } from "../../src/host/excelHost";
import * as formulas from "../../src/host/formulas";

const FILE = "ledger-real-dates.xlsx";
const LEDGER_FORMULA = /COUNTIFS|SUMIFS/;

/** Reads and plans through Office.js as the add-in does, then gives the host the plan's values (altered by `change`) before the write. */
function primingPlanner(host: ExcelHost, change: (values: Map<string, unknown>, plan: SummaryPlan) => void = () => undefined): SummaryPlanner {
  return async (context, dataSheets, options, overrides) => {
    const snapshot = await readWorkbookSnapshot(context, { sheetNames: [...dataSheets], withNumberFormats: true });
    const result = summaryFromSnapshot(snapshot, options, { overrides });
    const values = formulaValues(result.plan);
    change(values, result.plan);
    host.primeFormulaValues(values);
    return { ...result, report: { syncs: 0, chunks: 0 } };
  };
}

async function writePrimed(change?: (values: Map<string, unknown>, plan: SummaryPlan) => void): Promise<{ host: ExcelHost; plan: SummaryPlan }> {
  const host = await createHostFromXlsx(fs.readFileSync(`tests/fixtures/${FILE}`), FILE);
  try {
    const { plan } = await host.run((context) => generateSummary(context, { language: "zh" }, undefined, undefined, primingPlanner(host, change)));
    return { host, plan };
  } finally {
    host.endPriming();
  }
}

afterEach(() => jest.restoreAllMocks());

describe("the summary written with the core's values", () => {
  test("holds, in every formula cell, what HyperFormula calculates over the ledger, and the write ran no HyperFormula", async () => {
    const calculated = jest.spyOn(formulas, "evaluateSheets");
    const { host, plan } = await writePrimed();
    expect(calculated).not.toHaveBeenCalled();
    const cells = plan.cells.flat().filter((c) => c.formula);
    expect(cells.filter((c) => LEDGER_FORMULA.test(c.formula!)).length).toBeGreaterThan(150);
    expect(await host.formulaDifferences(plan.sheetName)).toEqual([]);
  });

  test("a wrong value given for one COUNTIFS is taken as given, and the check names each of its cells with the value held and the value calculated", async () => {
    let wrong = "";
    const { host, plan } = await writePrimed((values, p) => {
      const cell = p.cells.flat().find((c) => c.formula && LEDGER_FORMULA.test(c.formula) && typeof c.value === "number" && c.value > 0)!;
      wrong = cell.formula!;
      values.set(wrong, (cell.value as number) + 1);
    });
    const expected: unknown[] = [];
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.formula === wrong) expected.push({ address: cellAddress(r, c), formula: wrong, held: (cell.value as number) + 1, calculated: cell.value });
      }),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(host.valueAt(plan.sheetName, (expected[0] as { address: string }).address)).toBe((expected[0] as { held: number }).held);
    expect(await host.formulaDifferences(plan.sheetName)).toEqual(expected);
  });

  test("a row appended to the ledger is recalculated into the summary (only what reads the ledger), and the check then finds nothing stale", async () => {
    const { host, plan } = await writePrimed();
    const rows = host.sheetSnapshot("事故台账").values.length;
    await host.run(async (context) => {
      // 2024-06-15 14:00 (a real date cell), 双柏县, 2 deaths, counted (是).
      context.workbook.worksheets.getItem("事故台账").getRange(`A${rows + 1}:M${rows + 1}`).values = [
        [rows, 45458 + 14 / 24, "双柏县", "某单位", "建筑业", "坍塌", "一般", 2, 0, 0, 0, 12.5, "是"],
      ];
      await context.sync();
    });
    const differences = await host.formulaDifferences(plan.sheetName);
    expect(differences).toEqual([]);
    const total = plan.sections.find((s) => s.id === "accidents")!.firstRow + 2;
    expect(host.valueAt(plan.sheetName, cellAddress(total, 1))).toBe((plan.cells[total][1].value as number) + 1);
  });
});
