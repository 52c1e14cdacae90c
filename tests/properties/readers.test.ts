/**
 * The readers under random input (fast-check): random grids (merges, numbers, numeric text,
 * full-width digits, error values, blanks, long strings, 1 to 200 columns; see grids.ts), random
 * ledgers, and the real fixtures with random cells overwritten. The reader must never throw, and
 * must never fail inside (readWorkbook turns an exception into an error diagnostic "Reading … failed";
 * none may appear); it gives tables or ledgers, or says in Chinese and English why not.
 */
import fc from "fast-check";
import fs from "fs";
import path from "path";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/model/snapshot";
import type { Diagnostic, WorkbookModel } from "../../src/core/reader/model";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { readLedgers } from "../../src/core/ledger/readLedgers";
import { loadFixture } from "../reader/loadFixture";
import { cell, ledgerSheet, sheet } from "./grids";

/** A property runs a few seconds; this leaves room for a CI machine under load. */
const PROPERTY_TIMEOUT_MS = 120000;

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]{3}/;

/** A message a user may read: Chinese and English, both non-empty. */
function expectBilingual(d: Diagnostic): void {
  expect(d.message.zh).toMatch(HAN);
  expect(d.message.en).toMatch(LATIN);
}

/** The reader's contract on any input. */
function expectReadable(snapshot: WorkbookSnapshot, model: WorkbookModel): void {
  const failures = model.diagnostics.filter((d) => /^(Reading the .* failed|Checking the arithmetic failed)/.test(d.message.en));
  expect(failures).toEqual([]);
  model.diagnostics.forEach(expectBilingual);
  if (model.tables.length + model.ledgers.length === 0) expect(model.diagnostics.length).toBeGreaterThan(0);
  for (const t of model.tables) expect(snapshot.sheets.map((s) => s.name)).toContain(t.sheet);
}

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .array(fc.oneof({ weight: 3, arbitrary: sheet("表") }, { weight: 1, arbitrary: ledgerSheet }), { minLength: 1, maxLength: 3 })
  .map((sheets) => ({ sheets: sheets.map((s, i) => ({ ...s, name: `${s.name}${i + 1}` })) }));

describe("readWorkbook on random grids", () => {
  test(
    "never throws or fails inside, and returns tables, ledgers or a bilingual diagnostic",
    () => {
      fc.assert(
        fc.property(workbook, (snapshot) => expectReadable(snapshot, readWorkbook(snapshot))),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe("the ledger reader on random ledgers", () => {
  test(
    "never throws; claims only its own rows, labels both periods, messages bilingual",
    () => {
      let found = 0;
      fc.assert(
        fc.property(ledgerSheet, (s) => {
          const read = readLedgers(s, { reportDate: "2024-06-30" });
          read.diagnostics.forEach(expectBilingual);
          for (const r of read.claimedRows) expect(r - s.originRow).toBeLessThan(s.values.length);
          for (const ledger of read.ledgers) {
            found++;
            expect(ledger.recordCount).toBeGreaterThan(0);
            expect(ledger.current.label).toMatch(HAN);
            expect(ledger.previous.label).toMatch(HAN);
          }
          expect(readWorkbook({ sheets: [s] }).diagnostics.filter((d) => /failed/.test(d.message.en))).toEqual([]);
        }),
        { numRuns: 120 },
      );
      expect(found).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe("what the properties found", () => {
  test("a hazard ledger whose latest date is in 1900 (small numbers in its date column) reads, with 1899 as the year before", () => {
    const ledger: SheetSnapshot = {
      name: "台账",
      originRow: 0,
      originColumn: 0,
      values: [
        ["序号", "检查日期", "县（市、区）", "单位名称", "隐患描述", "整改状态", "挂牌督办"],
        [1, 1, "楚雄市", "某厂", "消防通道堵塞", "已整改", "否"],
        [2, 2, "双柏县", "某矿", "未设警示", "整改中", "是"],
      ],
      merges: [],
    };
    const read = readLedgers(ledger);
    expect(read.ledgers).toHaveLength(1);
    expect(read.ledgers[0].previous).toMatchObject({ start: "1899-01-01", end: "1899-01-31" });
    expect(readWorkbook({ sheets: [ledger] }).diagnostics.filter((d) => /failed/.test(d.message.en))).toEqual([]);
  });
});

describe("readWorkbook on the real fixtures with random cells overwritten", () => {
  const fixtures = path.join(__dirname, "..", "fixtures");
  const files = fs.readdirSync(fixtures).filter((f) => f.endsWith(".xlsx") && !f.includes("corrupt"));
  let snapshots: WorkbookSnapshot[] = [];
  beforeAll(async () => {
    snapshots = await Promise.all(files.map((f) => loadFixture(path.join(fixtures, f))));
  });

  test(
    "never throws or fails inside, whichever cells are changed",
    () => {
      const edit = fc.record({ row: fc.nat(60), column: fc.nat(20), value: cell });
      const mutated = fc.record({ which: fc.nat(1000), edits: fc.array(edit, { minLength: 1, maxLength: 25 }) }).map(({ which, edits }): WorkbookSnapshot => {
        const original = snapshots[which % snapshots.length];
        const sheets = original.sheets.map((s): SheetSnapshot => {
          const values = s.values.map((r) => [...r]);
          for (const e of edits) if (values.length > 0 && values[0].length > 0) values[e.row % values.length][e.column % values[0].length] = e.value;
          return { ...s, values };
        });
        return { ...original, sheets };
      });
      fc.assert(
        fc.property(mutated, (snapshot) => expectReadable(snapshot, readWorkbook(snapshot))),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
