import fs from "fs";
import { FIXTURES, type ExpectedLedger } from "../fixtures/expectations";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { LedgerModel, WorkbookModel } from "../../src/core/reader/model";

// Expected totals: tests/fixtures/expectations.ts, counted from the fixture's records by the fixture script.
const fixture = FIXTURES.find((f) => f.file === "layout-b.xlsx")!;
let model: WorkbookModel;

beforeAll(async () => {
  model = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync("tests/fixtures/layout-b.xlsx"))));
});

function ledgerFor(want: ExpectedLedger): LedgerModel {
  const ledger = model.ledgers.find((l) => l.sheet === want.sheet);
  expect(ledger).toBeDefined();
  return ledger!;
}

describe("the ledgers of layout B", () => {
  it("are found as ledgers, not tables", () => {
    expect(model.ledgers.map((l) => [l.sheet, l.subtype])).toEqual([
      ["事故台账", "accident"],
      ["隐患台账", "hazard"],
    ]);
    expect(model.tables).toEqual([]);
    expect(model.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it.each(fixture.ledgers.map((l) => [l.sheet, l] as const))("%s has its address, rows, records and fields", (_sheet, want) => {
    const ledger = ledgerFor(want);
    expect(ledger).toMatchObject({
      address: want.address,
      headerRow: want.headerRow,
      firstRow: want.firstRow,
      lastRow: want.lastRow,
      recordCount: want.recordCount,
      excludedCount: want.excludedCount,
    });
    for (const [column, field] of Object.entries(want.fields)) {
      expect([Number(column), ledger.columns.find((c) => c.column === Number(column))?.field]).toEqual([Number(column), field]);
    }
  });

  it("infers 2024年1—6月 against 2023年1—6月 from the latest date and counts 23/26/11 against 20/21/6", () => {
    const want = fixture.ledgers[0];
    const ledger = ledgerFor(want);
    expect(ledger.current).toEqual({ ...want.current, label: "2024年1—6月" });
    expect(ledger.previous).toEqual({ ...want.previous, label: "2023年1—6月" });
    expect(ledger.accidents!.current).toEqual(want.accidents!.current);
    expect(ledger.accidents!.previous).toEqual(want.accidents!.previous);
  });

  it("groups accidents by county and industry", () => {
    const want = fixture.ledgers[0].accidents!;
    const got = ledgerFor(fixture.ledgers[0]).accidents!;
    for (const [county, v] of Object.entries(want.byRegion!)) {
      const g = got.byRegion.find((r) => r.key === county);
      expect([county, g?.current.accidents, g?.current.deaths, g?.current.injured]).toEqual([county, ...v.current]);
      expect([county, g?.previous.accidents, g?.previous.deaths, g?.previous.injured]).toEqual([county, ...v.previous]);
    }
    for (const [industry, v] of Object.entries(want.byIndustry!)) {
      const g = got.byIndustry.find((r) => r.key === industry);
      expect([industry, g?.current.accidents, g?.previous.accidents]).toEqual([industry, v.current, v.previous]);
    }
    expect(got.byLevel.map((l) => l.key)).toEqual(expect.arrayContaining(["一般"]));
  });

  it("counts hazards found, rectified, in progress, overdue and major, overall and by county", () => {
    const want = fixture.ledgers[1].hazards!;
    const got = ledgerFor(fixture.ledgers[1]).hazards!;
    expect(got.reportDate).toBe(want.reportDate);
    expect(got.total).toEqual(want.total);
    for (const [county, totals] of Object.entries(want.byRegion!)) {
      expect([county, got.byRegion.find((r) => r.key === county)?.totals]).toEqual([county, totals]);
    }
  });

  it("reports every date typed as text with its cell", () => {
    for (const a of fixture.anomalies) {
      expect(model.anomalies.filter((x) => x.sheet === a.sheet && x.cell === a.cell && a.kinds.includes(x.kind))).toHaveLength(1);
    }
  });

  it("takes the user's period instead of the inferred one", async () => {
    const id = ledgerFor(fixture.ledgers[0]).id;
    const snapshot = workbookToSnapshot(await loadXlsx(fs.readFileSync("tests/fixtures/layout-b.xlsx")));
    const q1 = readWorkbook(snapshot, { overrides: { ledgerPeriod: { [id]: { start: "2024-01-01", end: "2024-03-31" } } } });
    const ledger = q1.ledgers.find((l) => l.id === id)!;
    expect(ledger.periodSource).toBe("user");
    expect(ledger.current.label).toBe("2024年1—3月");
    expect(ledger.previous).toMatchObject({ start: "2023-01-01", end: "2023-03-31" });
    expect(ledger.accidents!.current.accidents).toBeLessThan(23);
  });
});
