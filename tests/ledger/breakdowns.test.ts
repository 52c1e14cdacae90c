/**
 * The accident-ledger breakdowns (by county, industry, type, level, month) against brute-force
 * counts. Reference values: the records scripts/fixtures/make-ledger-fixtures.js writes, counted
 * here with plain loops over JavaScript dates — no code from src/core/ledger.
 */
import fs from "fs";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { readAccidentRecords } from "../../src/core/ledger/recordReader";
import { ledgerBreakdowns, monthsOf } from "../../src/core/ledger/breakdowns";
import type { AccidentBreakdowns, LedgerGroup } from "../../src/core/ledger/breakdownTypes";
import type { AccidentTotals, LedgerModel } from "../../src/core/reader/model";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";

interface FixtureRecord {
  date: Date;
  county: string;
  industry: string;
  type: string;
  level: string;
  deaths: number;
  missing: number;
  injured: number;
  serious: number;
  loss: number | string;
  included: string;
}
interface Maker {
  accidentLedgerRecords(): FixtureRecord[];
  hasTextDate(i: number): boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const maker: Maker = require("../../scripts/fixtures/make-ledger-fixtures.js");
const RECORDS = maker.accidentLedgerRecords();

/** What each county cell means: the fixture writes two of them short or padded. */
const COUNTY = (c: string) => ({ 高新区: "楚雄高新区", "楚雄 ": "楚雄市" })[c] ?? c;
/** The 条例's thresholds, written out again: deaths (with missing) 3/10/30, serious injuries 10/50/100, loss 1000/5000/10000 万元. */
function level(r: FixtureRecord): string {
  if (r.level) return r.level;
  const dead = r.deaths + r.missing;
  const loss = typeof r.loss === "number" ? r.loss : 0;
  if (dead >= 30 || r.serious >= 100 || loss >= 10000) return "特别重大";
  if (dead >= 10 || r.serious >= 50 || loss >= 5000) return "重大";
  if (dead >= 3 || r.serious >= 10 || loss >= 1000) return "较大";
  return "一般";
}
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
/** In [from, to) of whole days: a time on the last day counts. */
const inDays = (r: FixtureRecord, from: number, toExclusive: number) => r.date.getTime() >= from && r.date.getTime() < toExclusive;
const counted = RECORDS.filter((r) => r.included !== "否");
const CUR = counted.filter((r) => inDays(r, day(2024, 1, 1), day(2024, 7, 1)));
const PREV = counted.filter((r) => inDays(r, day(2023, 1, 1), day(2023, 7, 1)));

/** Brute-force totals, money rounded to cents (the engine's exact decimal sum rounds the same). */
function brute(list: FixtureRecord[]): number[] {
  let deaths = 0,
    injured = 0,
    missing = 0,
    serious = 0,
    cents = 0,
    larger = 0;
  for (const r of list) {
    deaths += r.deaths;
    injured += r.injured;
    missing += r.missing;
    serious += r.serious;
    cents += typeof r.loss === "number" ? Math.round(r.loss * 100) : 0;
    if (level(r) !== "一般") larger++;
  }
  return [list.length, deaths, missing, injured, serious, cents, larger];
}
function engine(t: AccidentTotals): number[] {
  return [t.accidents, t.deaths, t.missing, t.injured, t.seriousInjured, Math.round(t.directLoss * 100), t.largerOrAbove];
}

async function read(file: string): Promise<{ snapshot: WorkbookSnapshot; ledger: LedgerModel; breakdowns: AccidentBreakdowns }> {
  const snapshot = workbookToSnapshot(await loadXlsx(fs.readFileSync(`tests/fixtures/${file}`)));
  const ledger = readWorkbook(snapshot).ledgers.find((l) => l.subtype === "accident")!;
  const sheet = snapshot.sheets.find((s) => s.name === ledger.sheet)!;
  return { snapshot, ledger, breakdowns: ledgerBreakdowns(readAccidentRecords(sheet, ledger), ledger) };
}

function expectGroups(groups: readonly LedgerGroup[], keyOf: (r: FixtureRecord) => string): void {
  const keys = [...new Set([...CUR, ...PREV].map(keyOf))];
  expect(groups.map((g) => g.key).sort()).toEqual(keys.sort());
  for (const g of groups) {
    expect([g.key, engine(g.current)]).toEqual([g.key, brute(CUR.filter((r) => keyOf(r) === g.key))]);
    expect([g.key, engine(g.previous)]).toEqual([g.key, brute(PREV.filter((r) => keyOf(r) === g.key))]);
  }
}

describe.each(["ledger-real-dates.xlsx", "ledger-text-dates.xlsx"])("the breakdowns of %s", (file) => {
  let b: AccidentBreakdowns;
  let ledger: LedgerModel;
  beforeAll(async () => ({ breakdowns: b, ledger } = await read(file)));

  it("cover 2024年1—6月 against 2023年1—6月, inferred from the latest date (30 June 2024, 23:59)", () => {
    expect([ledger.current.label, ledger.previous.label]).toEqual(["2024年1—6月", "2023年1—6月"]);
    expect(engine(ledger.accidents!.current)).toEqual(brute(CUR));
    expect(engine(ledger.accidents!.previous)).toEqual(brute(PREV));
  });

  it("count every figure of every county as the brute force does, counties in the registry's order", () => {
    expectGroups(b.byRegion, (r) => COUNTY(r.county));
    const order = ["楚雄市", "禄丰市", "双柏县", "牟定县", "南华县", "姚安县", "大姚县", "永仁县", "元谋县", "武定县", "楚雄高新区"];
    expect(b.byRegion.map((g) => g.key)).toEqual(order.filter((c) => b.byRegion.some((g) => g.key === c)));
  });

  it("count every figure of every industry and accident type, most accidents this period first", () => {
    expectGroups(b.byIndustry, (r) => r.industry);
    expectGroups(b.byType, (r) => r.type);
    for (const list of [b.byIndustry, b.byType]) {
      const counts = list.map((g) => g.current.accidents);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
    }
  });

  it("count every level, stated or derived from the thresholds, the four levels always listed", () => {
    expect(b.byLevel.map((g) => g.key)).toEqual(["特别重大", "重大", "较大", "一般"]);
    for (const g of b.byLevel) {
      expect([g.key, engine(g.current)]).toEqual([g.key, brute(CUR.filter((r) => level(r) === g.key))]);
      expect([g.key, engine(g.previous)]).toEqual([g.key, brute(PREV.filter((r) => level(r) === g.key))]);
    }
    // The fixture has 较大 accidents stated, by 4 deaths with a blank level, and by a loss of 1250.5 万元.
    expect(b.byLevel[2].current.accidents + b.byLevel[2].previous.accidents).toBeGreaterThanOrEqual(2);
  });

  it("count each month (当月) and the months to date (累计) against the same months of 2023", () => {
    expect(b.byMonth.map((m) => m.label)).toEqual(["1月", "2月", "3月", "4月", "5月", "6月"]);
    b.byMonth.forEach((m, i) => {
      const month = i + 1;
      const of = (list: FixtureRecord[], y: number, from: number) => list.filter((r) => inDays(r, day(y, from, 1), day(y, month + 1, 1)));
      expect([m.label, engine(m.monthly.current), engine(m.monthly.previous)]).toEqual([m.label, brute(of(CUR, 2024, month)), brute(of(PREV, 2023, month))]);
      expect([m.label, engine(m.cumulative.current), engine(m.cumulative.previous)]).toEqual([m.label, brute(of(CUR, 2024, 1)), brute(of(PREV, 2023, 1))]);
    });
    expect(engine(b.byMonth[5].cumulative.current)).toEqual(engine(ledger.accidents!.current));
  });

  it("are what the reader's model carries for the ledger", () => {
    expect(ledger.accidents!.breakdowns).toEqual(b);
  });

  it("give the model's totals of both periods (brute force) and its groups, counted once", () => {
    const a = ledger.accidents!;
    expect(engine(a.current)).toEqual(brute(CUR));
    expect(engine(a.previous)).toEqual(brute(PREV));
    // The model's groups are the breakdowns' own, not a second grouping that could disagree.
    expect([a.byRegion, a.byIndustry, a.byType, a.byLevel]).toEqual([b.byRegion, b.byIndustry, b.byType, b.byLevel]);
  });
});

describe("what a formula over the ledger may rely on", () => {
  it("with real date cells: dates are live, and the keys written exactly as counted are live (not 楚雄市, which one cell writes '楚雄 ')", async () => {
    const { breakdowns } = await read("ledger-real-dates.xlsx");
    const basis = breakdowns.formulaBasis;
    expect(basis.datesLive).toBe(true);
    expect(basis.textDates).toEqual({ count: 0, cells: [] });
    expect(basis.included).toEqual({ column: 12, excludedTexts: ["否"] });
    expect(Object.keys(basis.figureColumns).sort()).toEqual(["deaths", "direct_loss", "injured", "missing", "serious_injured"]);
    const region = basis.keyColumns.region!;
    const short = ["楚雄市", "楚雄高新区"].filter((c) => [...CUR, ...PREV].some((r) => COUNTY(r.county) === c && r.county !== c));
    expect(short).toEqual(["楚雄市", "楚雄高新区"]);
    expect(region.keys).not.toContain("楚雄市");
    expect(region.keys).not.toContain("楚雄高新区");
    expect(region.keys.length).toBe(breakdowns.byRegion.length - 2);
    expect(basis.keyColumns.industry!.keys.length).toBe(breakdowns.byIndustry.length);
    // Levels: a blank cell derives its level, so no level key is matched by the cell alone.
    expect(basis.keyColumns.level!.keys).toEqual([]);
  });

  it("with text dates: not live; the counted text-date rows are counted and the first 20 named by cell", async () => {
    const { breakdowns, ledger } = await read("ledger-text-dates.xlsx");
    const basis = breakdowns.formulaBasis;
    expect(basis.datesLive).toBe(false);
    const textRows = RECORDS.map((r, i) => ({ r, row: i + 2 })).filter(
      ({ r, row }) => maker.hasTextDate(row - 2) && r.included !== "否" && (CUR.includes(r) || PREV.includes(r)),
    );
    expect(basis.textDates.count).toBe(textRows.length);
    expect(basis.textDates.cells).toEqual(textRows.slice(0, 20).map(({ row }) => `B${row}`));
    expect(ledger.recordCount).toBe(RECORDS.length);
    // The death count typed as text ("1") is read as a number by the engine; SUMIFS would skip it.
    expect(basis.figureColumns.deaths).toBeUndefined();
  });

  it("months are the period's calendar months, clipped to a period set by hand", () => {
    expect(monthsOf({ start: "2024-02-10", end: "2024-04-05" })).toEqual([
      { month: 2, label: "2月", start: "2024-02-10", end: "2024-02-29" },
      { month: 3, label: "3月", start: "2024-03-01", end: "2024-03-31" },
      { month: 4, label: "4月", start: "2024-04-01", end: "2024-04-05" },
    ]);
  });
});

describe("the ledger fixture generator", () => {
  it("writes byte-identical files to the committed ones, so the fixtures are current and re-running leaves git clean", async () => {
    const os = await import("os");
    const path = await import("path");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-fixtures-"));
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const names: string[] = await require("../../scripts/fixtures/make-ledger-fixtures.js").writeLedgerFixtures(dir);
      expect(names.sort()).toEqual(["ledger-hazards.xlsx", "ledger-real-dates.xlsx", "ledger-text-dates.xlsx", "ledger-with-table.xlsx"]);
      for (const name of names) expect([name, fs.readFileSync(path.join(dir, name)).equals(fs.readFileSync(`tests/fixtures/${name}`))]).toEqual([name, true]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
