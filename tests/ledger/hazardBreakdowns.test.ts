/**
 * The hazard-ledger breakdowns against brute-force counts. Reference values: the records that
 * scripts/fixtures/make-ledger-fixtures.js writes into ledger-hazards.xlsx, counted here with plain
 * loops (report date 2024-06-30, the end of the latest record's month).
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import type { HazardBreakdowns, HazardGroup } from "../../src/core/ledger/breakdownTypes";
import type { LedgerModel } from "../../src/core/reader/model";

interface HazardRecord {
  checked: Date;
  county: string;
  category: string;
  level: string;
  deadline: Date;
  status: string;
  done: Date | null;
  funds: number | string;
}
interface Maker {
  hazardLedgerRecords(): HazardRecord[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const maker: Maker = require("../../scripts/fixtures/make-ledger-fixtures.js");
const RECORDS = maker.hazardLedgerRecords();
const REPORT = Date.UTC(2024, 5, 30);

function brute(list: HazardRecord[]): number[] {
  const overdue = list.filter((r) => r.status !== "已整改" && r.deadline.getTime() < REPORT).length;
  const cents = list.reduce((a, r) => a + (typeof r.funds === "number" ? Math.round(r.funds * 100) : 0), 0);
  const major = list.filter((r) => r.level === "重大");
  return [
    list.length,
    list.filter((r) => r.status === "已整改").length,
    list.filter((r) => r.status === "整改中").length,
    list.filter((r) => r.status === "未整改").length,
    overdue,
    major.length,
    major.filter((r) => r.status === "已整改").length,
    cents,
  ];
}
function engine(g: HazardGroup): number[] {
  const t = g.totals;
  return [t.found, t.rectified, t.inProgress, t.notStarted, t.overdue, t.majorFound, t.majorRectified, Math.round(t.funds * 100)];
}

let ledger: LedgerModel;
let b: HazardBreakdowns;
beforeAll(async () => {
  const model = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync("tests/fixtures/ledger-hazards.xlsx"))));
  ledger = model.ledgers[0];
  b = ledger.hazards!.breakdowns!;
});

describe("the hazard ledger's breakdowns", () => {
  it("are counted at the report date 2024-06-30, every record found by then", () => {
    expect(ledger.hazards!.reportDate).toBe("2024-06-30");
    expect(engine({ key: "合计", totals: ledger.hazards!.total })).toEqual(brute(RECORDS));
  });

  it("count every figure of every county (registry order) and every category (most hazards first)", () => {
    const counties = [...new Set(RECORDS.map((r) => r.county))];
    expect(b.byRegion.map((g) => g.key).sort()).toEqual(counties.sort());
    const order = ["楚雄市", "禄丰市", "双柏县", "牟定县", "南华县", "姚安县", "大姚县", "永仁县", "元谋县", "武定县"];
    expect(b.byRegion.map((g) => g.key)).toEqual(order.filter((c) => counties.includes(c)));
    for (const g of b.byRegion) expect([g.key, engine(g)]).toEqual([g.key, brute(RECORDS.filter((r) => r.county === g.key))]);
    for (const g of b.byCategory) expect([g.key, engine(g)]).toEqual([g.key, brute(RECORDS.filter((r) => r.category === g.key))]);
    expect(b.byCategory.map((g) => g.totals.found)).toEqual([...b.byCategory.map((g) => g.totals.found)].sort((x, y) => y - x));
  });

  it("count 重大隐患 by county on their own", () => {
    const major = RECORDS.filter((r) => r.level === "重大");
    expect(major.length).toBeGreaterThan(3);
    expect(b.majorByRegion.map((g) => g.key).sort()).toEqual([...new Set(major.map((r) => r.county))].sort());
    for (const g of b.majorByRegion) expect([g.key, engine(g)]).toEqual([g.key, brute(major.filter((r) => r.county === g.key))]);
  });

  it("list every overdue hazard with its deadline cell (column H), in sheet order", () => {
    const want = RECORDS.map((r, i) => ({ r, row: i + 2 })).filter(({ r }) => r.status !== "已整改" && r.deadline.getTime() < REPORT);
    expect(want.length).toBeGreaterThan(5);
    expect(b.overdueCount).toBe(want.length);
    expect(b.overdue.map((o) => [o.cell, o.region, o.status, o.deadline])).toEqual(
      want.map(({ r, row }) => [`H${row}`, r.county, r.status, r.deadline.toISOString().slice(0, 10)]),
    );
  });

  it("allow formulas: real dates, exact status words, 重大/一般 levels, numeric funds, exact county names", () => {
    const f = b.formulaBasis;
    expect([f.datesLive, f.statusColumn, f.deadlineColumn, f.levelColumn, f.fundsColumn]).toEqual([true, 8, 7, 6, 10]);
    expect(f.region!.keys.length).toBe(b.byRegion.length);
  });
});
