/**
 * The print width of a ledger summary covers its widest table. With the 显著性 column the month table
 * (事故起数 and 死亡人数, each 当月 and 累计) was 1 + 5 + 5 + 4 + 4 = 19 columns, wider than the by-group
 * tables (1 + 5 + 4 + 4 + 4 = 18): its last column (增减幅度 of 死亡人数·累计) was outside the print
 * area, and once long tables got header copies (issue 23) it stayed behind when the rows below a copy
 * moved down. LibreOffice's recalculation test caught it on ledger-real-dates (S62: 0.0% became General).
 * Now the 累计 blocks carry no 显著性 column (the month's own counts do), so the table is 18 columns,
 * and the print width covers the widest table whichever it is. Since issue 22.10 the breakdown tables
 * carry 显著性 only when the user asks for breakdown tests; the widths below are with them asked for.
 */
import * as path from "path";
import { workbookFacts } from "../../src/core/facts";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { planSummary } from "../../src/core/summary/planSummary";
import { parseCellAddress } from "../../src/core/model/address";
import { loadFixture } from "../reader/loadFixture";

test("every cell of the ledger's month table lies inside the print area (A:R, 18 columns, the month table as wide as the by-group tables)", async () => {
  const plan = planSummary(workbookFacts(readWorkbook(await loadFixture(path.join(__dirname, "../fixtures/ledger-real-dates.xlsx")))), {
    significanceColumn: true,
    breakdownSignificance: true,
  });
  const month = plan.sections.find((s) => s.id === "ledgerByMonth")!;
  const lastColumn = parseCellAddress(plan.print.area!.split(":")[1])!.column;
  expect(lastColumn).toBe(17);
  const used = plan.cells
    .slice(month.firstRow, month.lastRow + 1)
    .map((row) => row.reduce((last, c, j) => (c.value !== null && c.value !== "" ? j : last), -1));
  expect(Math.max(...used)).toBe(lastColumn);
});

test("by default (no breakdown tests) the ledger tables are 1 + 4 × 4 = 17 columns wide (A:Q), the print area with them", async () => {
  const plan = planSummary(workbookFacts(readWorkbook(await loadFixture(path.join(__dirname, "../fixtures/ledger-real-dates.xlsx")))));
  expect(parseCellAddress(plan.print.area!.split(":")[1])!.column).toBe(16);
});
