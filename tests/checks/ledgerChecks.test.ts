/**
 * 核对 of an accident ledger against the county table of the same period (ledger-with-table.xlsx:
 * the table is counted from the same records by scripts/fixtures/make-ledger-fixtures.js, then
 * 双柏县's 本期 事故起数 is raised by 1 and its 死亡人数 by 2), and of text dates in a ledger.
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { tablePeriod } from "../../src/core/checks/ledgerChecks";
import type { WorkbookModel } from "../../src/core/reader/model";

async function model(file: string): Promise<WorkbookModel> {
  return readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync(`tests/fixtures/${file}`))));
}

describe("a ledger beside a county table of the same period", () => {
  let m: WorkbookModel;
  beforeAll(async () => (m = await model("ledger-with-table.xlsx")));

  it("finds exactly the two figures the fixture changed, with the table cell and the ledger's county column", () => {
    const found = m.findings.filter((f) => f.kind === "ledger_table_mismatch");
    const table = m.tables.find((t) => t.keyKind === "region")!;
    const row = table.rows.find((r) => r.region === "双柏县")!.row + 1;
    expect(found.map((f) => [f.sheet, f.cell, f.stated! - f.recomputed!, f.sources])).toEqual([
      ["事故分县统计", `B${row}`, 1, ["'事故台账'!C2:C421"]],
      ["事故分县统计", `E${row}`, 2, ["'事故台账'!C2:C421"]],
    ]);
    expect(found[0].message.zh).toMatch(/^双柏县 B\d+（事故起数，2024年1—6月）为 \d+，而台账 '事故台账'!C2:C421 逐条统计为 \d+（相差 1）$/);
    expect(found[0].message.en).toContain("but the ledger '事故台账'!C2:C421 counts");
  });

  it("reads the table's period from its title as the ledger labels its own", () => {
    expect(tablePeriod(m.tables[0])).toBe("2024年1—6月");
    expect(tablePeriod({ title: "2024年上半年事故统计", periods: {} })).toBe("2024年1—6月");
    expect(tablePeriod({ title: "统计表", periods: { current: "2024年3月" } })).toBe("2024年3月");
  });

  it("says nothing when the table is of another period", async () => {
    const other = { ...m, tables: m.tables.map((t) => ({ ...t, title: "楚雄州2024年1—5月生产安全事故分县(市)统计表" })) };
    const { checkLedgerAgainstTables } = await import("../../src/core/checks/ledgerChecks");
    expect(checkLedgerAgainstTables(other.tables, other.ledgers)).toEqual([]);
  });
});

describe("text dates in a ledger", () => {
  it("become one finding naming the count and the first 20 cells, saying real date cells make the summary live", async () => {
    const m = await model("ledger-text-dates.xlsx");
    const f = m.findings.filter((x) => x.kind === "ledger_text_dates");
    expect(f).toHaveLength(1);
    const t = m.ledgers[0].accidents!.breakdowns!.formulaBasis.textDates;
    expect(t.count).toBeGreaterThan(20);
    expect(f[0].sources).toEqual(t.cells);
    expect(f[0].sources).toHaveLength(20);
    expect(f[0].message.zh).toContain(`台账中有 ${t.count} 条计入统计的记录日期为文本（B3、B8、`);
    expect(f[0].message.zh).toContain("改为日期单元格后重新生成，汇总即为随台账更新的公式");
  });

  it("are no finding when every date is a real date cell", async () => {
    const m = await model("ledger-real-dates.xlsx");
    // Its other findings (a level below its figures, losses not filled in) are tests/checks/ledgerLevelsAndLoss.test.ts's.
    expect(m.findings.filter((f) => f.kind === "ledger_text_dates")).toEqual([]);
    expect(m.findings.map((f) => f.kind).sort()).toEqual(["ledger_level_below_figures", "ledger_missing_figure"]);
  });
});
