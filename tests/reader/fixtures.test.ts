import * as fs from "fs";
import * as path from "path";
import { FIXTURES, SAMPLE, columnIndex, type ExpectedTable } from "../fixtures/expectations";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { exactSum } from "../../src/core/numbers/decimal";
import type { TableModel, WorkbookModel } from "../../src/core/reader/model";
import { loadFixture } from "./loadFixture";

// The expected models come from tests/fixtures/expectations.ts (written from docs/layouts.md by the FIXTURES helper).
const DIR = path.join(__dirname, "../fixtures");
const accepts = <T>(expected: T | readonly T[], actual: T | undefined) =>
  Array.isArray(expected) ? (expected as T[]).includes(actual as T) : expected === actual;

function checkTable(t: TableModel, e: ExpectedTable): void {
  expect([t.address, t.headerRows, t.keyKind, t.keyColumn, t.periods]).toEqual([e.address, e.headerRows, e.keyKind, e.keyColumn, e.periods]);
  if (e.title) expect(t.title).toBe(e.title);
  for (const ec of e.columns) {
    const c = t.columns.find((x) => x.column === ec.column);
    const got = {
      column: ec.column,
      indicator: c?.indicator,
      role: c?.role,
      unit: c?.unit,
      periodLabel: c?.periodLabel,
      headerPath: c?.headerPath,
      resolvedTypo: c?.resolvedTypo,
      industry: c?.industry,
    };
    const ok = {
      column: ec.column,
      indicator: ec.indicator === undefined || accepts(ec.indicator, c?.indicator) ? c?.indicator : ec.indicator,
      role: accepts(ec.role, c?.role) ? c?.role : ec.role,
      unit: ec.unit ?? c?.unit,
      periodLabel: ec.periodLabel ?? c?.periodLabel,
      headerPath: ec.headerPath ?? c?.headerPath,
      resolvedTypo: ec.resolvedTypo ?? c?.resolvedTypo,
      industry: ec.industry ?? c?.industry,
    };
    expect(got).toEqual(ok);
  }
  for (const er of e.specialRows) {
    const r = t.rows.find((x) => x.row === er.row);
    expect({
      row: er.row,
      label: r?.label,
      role: r?.role,
      category: er.category === undefined ? undefined : r?.category,
      partOf: er.partOf === undefined ? undefined : r?.partOf,
    }).toEqual({ ...er, category: er.category, partOf: er.partOf });
  }
  const data = t.rows.filter((r) => r.role === "data");
  expect(data.map((r) => r.label)).toEqual([...e.dataLabels]);
  for (const [letter, sum] of Object.entries(e.dataSums)) {
    const j = t.columns.findIndex((c) => c.column === columnIndex(letter));
    const parts = t.rows.flatMap((r, i) => (r.role === "data" && t.values[i][j]?.value != null ? [t.values[i][j]!.value as number] : []));
    expect({ letter, sum: parts.length ? exactSum(parts) : 0 }).toEqual({ letter, sum });
  }
}

// Every openable fixture, and the sample workbook (assets/samples/), which must read with no warnings.
// Ledger totals are tested by the ledger reader's own tests; here only where each ledger is.
const readable = [...FIXTURES.filter((f) => !f.unreadableFile), SAMPLE];
const fileOf = (file: string) => (file.includes("/") ? path.join(__dirname, "../..", file) : path.join(DIR, file));

describe.each(readable.map((f) => [f.file, f] as const))("the reader on %s", (file, expectation) => {
  let model: WorkbookModel;
  beforeAll(async () => {
    model = readWorkbook(await loadFixture(fileOf(file)), { reportDate: "2024-06-30" });
  });

  it(`finds the tables: ${expectation.description.slice(0, 60)}…`, () => {
    for (const e of expectation.tables) {
      const t = model.tables.find((x) => x.sheet === e.sheet && x.address === e.address);
      expect({ sheet: e.sheet, address: t?.address, found: model.tables.map((x) => x.id) }).toMatchObject({ sheet: e.sheet, address: e.address });
      checkTable(t!, e);
    }
    if (expectation.exhaustive) expect(model.tables.map((t) => t.id)).toHaveLength(expectation.tables.length);
  });

  it("leaves ledger rows to the ledger reader", () => {
    const found = model.ledgers.map((l) => ({ sheet: l.sheet, subtype: l.subtype, address: l.address, headerRow: l.headerRow, recordCount: l.recordCount }));
    for (const e of expectation.ledgers) {
      expect(found).toContainEqual({ sheet: e.sheet, subtype: e.subtype, address: e.address, headerRow: e.headerRow, recordCount: e.recordCount });
      expect(model.tables.filter((t) => t.sheet === e.sheet)).toEqual([]);
    }
    if (expectation.exhaustive) expect(found).toHaveLength(expectation.ledgers.length);
  });

  it("reports the anomalies with their cells", () => {
    for (const e of expectation.anomalies) {
      const found = model.anomalies.filter((a) => a.sheet === e.sheet && a.cell === e.cell).map((a) => a.kind);
      expect({ cell: e.cell, ok: found.some((k) => e.kinds.includes(k)), found }).toMatchObject({ cell: e.cell, ok: true });
    }
    for (const [kind, count] of Object.entries(expectation.anomalyCounts ?? {})) {
      expect({ kind, atLeast: model.anomalies.filter((a) => a.kind === kind).length >= (count as number) }).toEqual({ kind, atLeast: true });
    }
  });

  it("checks the workbook's own arithmetic: the expected findings and no others", () => {
    const expected = [...expectation.findings, ...(expectation.allowedFindings ?? [])];
    for (const e of expectation.findings) {
      const f = model.findings.find((x) => x.kind === e.kind && x.sheet === e.sheet && x.cell === e.cell);
      expect({ kind: e.kind, cell: e.cell, found: f !== undefined, all: model.findings.map((x) => `${x.kind} ${x.sheet}!${x.cell}`) }).toMatchObject({
        kind: e.kind,
        cell: e.cell,
        found: true,
      });
      // A finding without figures (text dates in a ledger) expects none.
      if (e.recomputed === null) expect(f!.recomputed).toBeNull();
      else expect(Math.abs((f!.recomputed ?? NaN) - e.recomputed)).toBeLessThanOrEqual(e.tolerance);
      if (e.stated === null) expect(f!.stated).toBeNull();
      else expect(f!.stated).toBeCloseTo(e.stated, 6);
    }
    const unexpected = model.findings.filter((x) => !expected.some((e) => e.kind === x.kind && e.sheet === x.sheet && e.cell === x.cell));
    expect(unexpected.map((x) => `${x.kind} ${x.sheet}!${x.cell}: ${x.message.en}`)).toEqual([]);
  });

  it("gives the diagnostics a statistician needs", () => {
    for (const e of expectation.diagnostics) {
      const found = model.diagnostics.filter(
        (d) => d.sheet === e.sheet && e.severity.includes(d.severity) && (e.address === undefined || d.address === e.address),
      );
      expect({
        about: e.about,
        found: found.length > 0,
        all: model.diagnostics.map((d) => `${d.severity} ${d.sheet} ${d.address ?? ""} ${d.message.en}`),
      }).toMatchObject({ about: e.about, found: true });
    }
    if (expectation.diagnostics.length === 0) expect(model.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

it("has every fixture file the expectations name", () => {
  for (const f of FIXTURES) expect(fs.existsSync(path.join(DIR, f.file))).toBe(true);
});
