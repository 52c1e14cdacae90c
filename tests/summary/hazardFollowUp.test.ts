/**
 * Hazard follow-up (issue 22, "what releases say": 逾期未整改, 落实整改资金 — the Sichuan release's "整改率仅39.56%",
 * "落实治理资金"): ledger-hazards.xlsx counts 25 hazards past their deadline and open at 2024-06-30 and 540.87万元
 * of funds — the engine's totals, which tests/ledger/hazardBreakdowns.test.ts checks against a plain count of the
 * rows scripts/fixtures/make-ledger-fixtures.js wrote. A table without such columns says nothing of them.
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { hazardFollowUp } from "../../src/core/summary/narrative/hazardFollowUp";

async function narrative(file: string, language: "zh" | "en"): Promise<string> {
  const model = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync(`tests/fixtures/${file}`))));
  return planSummary(workbookFacts(model), { language }).narrative.join(" ");
}

describe("hazards overdue at the report date and the rectification funds", () => {
  test("ledger-hazards: 截至2024年6月30日，逾期未整改隐患25条，落实整改资金540.87万元", async () => {
    expect(await narrative("ledger-hazards.xlsx", "zh")).toContain("整改率仅70%。截至2024年6月30日，逾期未整改隐患25条，落实整改资金540.87万元。");
    expect(await narrative("ledger-hazards.xlsx", "en")).toContain(
      "At the end of June 2024, 25 hazards were past their deadline and not rectified. Rectification funds totalled CNY 5.41 million.",
    );
  });

  test("none overdue is said; a day that is not a month's end is the report date; a table without the columns says nothing", async () => {
    const total = { label: "合计", found: { value: 10 }, rectified: { value: 10 }, overdue: { value: 0 } };
    expect(hazardFollowUp({ hazards: { sheet: "台账", total, rows: [], asOf: "2024-06-15" } }, false)).toBe("截至2024年6月15日，无逾期未整改隐患。");
    expect(hazardFollowUp({ hazards: { sheet: "台账", total, rows: [], asOf: "2024-06-15" } }, true)).toBe(
      " At the report date, no hazard was past its deadline and not rectified.",
    );
    // A table has no deadline; the 整改资金 it states is said (tests/summary/hazardTableFollowUp.test.ts); sections-indicator-rows (an indicator-keyed hazard table) has neither.
    expect(await narrative("layout-a.xlsx", "zh")).not.toMatch(/逾期/);
    expect(await narrative("layout-a.xlsx", "zh")).toContain("落实整改资金86.5万元。");
    expect(await narrative("sections-indicator-rows.xlsx", "zh")).not.toMatch(/逾期|整改资金/);
  });
});
