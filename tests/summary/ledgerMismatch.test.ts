/**
 * A ledger and a table of the same period that disagree (issue 22.8): ledger-with-table.xlsx holds an
 * accident ledger and a county table counted from the same records, then 双柏县's 本期 事故起数 raised
 * by 1 and its 死亡人数 by 2 (scripts/fixtures/make-ledger-fixtures.js). The 核对 lists the two cells
 * (tests/checks/ledgerChecks.test.ts); the 综述 must not tell the table's 124 accidents beside the
 * ledger's industry counts (which add up to 123) as one count: it says where its figures come from
 * and points to the 核对.
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import { ledgerMismatchSentence } from "../../src/core/summary/narrative/ledgerMismatch";

async function narrative(file: string, language: "zh" | "en"): Promise<readonly string[]> {
  const model = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync(`tests/fixtures/${file}`))));
  return planSummary(workbookFacts(model), { language }).narrative;
}

describe("a ledger and a table of the same period that disagree (issue 22.8)", () => {
  test("the accident paragraph says its figures are the table's, that the ledger counts otherwise, and points to the 核对 for each cell", async () => {
    const [first] = await narrative("ledger-with-table.xlsx", "zh");
    expect(first).toMatch(/^2024年1—6月，全州共发生各类生产安全事故124起/);
    expect(first).toContain("以上事故数字取自“事故分县统计”表，该表与台账“事故台账”逐条统计不一致（逐项见核对）");
  });

  test("in English too", async () => {
    const [first] = await narrative("ledger-with-table.xlsx", "en");
    expect(first).toContain(
      'The accident figures above are taken from the table on "事故分县统计", which differs from the count of the ledger on "事故台账" (see the checks for each cell)',
    );
  });

  test("a ledger alone, or a table alone, says nothing of the kind", async () => {
    expect((await narrative("ledger-real-dates.xlsx", "zh")).join("")).not.toContain("不一致");
    expect((await narrative("layout-a.xlsx", "zh")).join("")).not.toContain("台账逐条统计");
  });

  test("totals counted from the ledger say so, and name the table that disagrees", () => {
    const text = ledgerMismatchSentence({ ledgerMismatch: { table: "分县表", ledger: "台账" } }, false);
    expect(text).toBe("“分县表”表与台账“台账”逐条统计不一致（逐项见核对）；以上事故数字按台账逐条统计。");
    expect(ledgerMismatchSentence({ ledgerMismatch: { table: "T", ledger: "L" } }, true)).toBe(
      ' The table on "T" differs from the count of the ledger on "L" (see the checks for each cell); the accident figures above are counted from the ledger.',
    );
  });
});
