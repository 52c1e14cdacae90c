/**
 * Recalculation is the add-in's job: it writes with API calculation suspended, and a workbook in
 * manual calculation mode would not recalculate afterwards. On a Manual-mode host, the summary's
 * formula cells must still hold the figures the plan computed (Chuxiong 2024H1 sample: 23
 * accidents against 20, +15%).
 */
import * as fs from "fs";
import { generateSummary } from "../../src/excel/generateSummary";
import { createHostFromXlsx } from "../../src/host/excelHost";
import { SAMPLE_PATH } from "../summary/sample";

test("in a manual-calculation workbook every formula cell of the summary holds the plan's figure after the one-click flow", async () => {
  const host = await createHostFromXlsx(fs.readFileSync(SAMPLE_PATH), undefined, { calculationMode: "Manual" });
  const { plan, sheetName } = await host.run((context) => generateSummary(context));
  const sheet = host.findSheet(sheetName)!;
  const checked: [unknown, unknown][] = [];
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.formula && typeof cell.value === "number") checked.push([sheet.values[r][c], cell.value]);
    }),
  );
  expect(checked.length).toBeGreaterThan(50);
  for (const [got, want] of checked) expect(got).toBeCloseTo(want as number, 9);
  // Among them the sample's 23 accidents.
  expect(checked).toContainEqual([23, 23]);
  expect(host.calculationMode).toBe("Manual");
});
