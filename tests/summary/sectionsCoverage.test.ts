/**
 * Issue 15's property: no recognised indicator is silently dropped. For every workbook of the
 * fixture set (tests/fixtures/*.xlsx, including the sections-*.xlsx of
 * scripts/fixtures/make-section-fixtures.js, and the sample), in both languages, every indicator
 * the reader recognised in a table reaches the summary sheet — a formula references one of its
 * cells, or the 综述 states its figure — or the sheet's diagnostic names its table.
 */
import * as fs from "fs";
import * as path from "path";
import { rangeAddress } from "../../src/core/model/address";
import type { TableModel, WorkbookModel } from "../../src/core/reader/model";
import { readWorkbook } from "../../src/core/reader/readWorkbook";
import { formatNumber } from "../../src/core/numbers/format";
import { indicatorById } from "../../src/core/registry/indicators";
import { workbookFacts } from "../../src/core/facts";
import { planSummary } from "../../src/core/summary/planSummary";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { loadXlsx, workbookToSnapshot } from "../../src/xlsx/loadXlsx";
import { SAMPLE_PATH } from "./sample";

const FIXTURES = path.join(__dirname, "../fixtures");
const FILES = [
  SAMPLE_PATH,
  ...fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".xlsx") && !f.includes("corrupt"))
    .map((f) => path.join(FIXTURES, f)),
];

/** Every source cell the plan's formulas reference, as "sheet!A1" (ranges expanded). */
function referencedCells(plan: SummaryPlan): Set<string> {
  const out = new Set<string>();
  const ref = /'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  for (const row of plan.cells) {
    for (const cell of row) {
      if (!cell.formula) continue;
      for (const m of cell.formula.matchAll(ref)) {
        const sheet = m[1].replace(/''/g, "'");
        const [c1, r1] = [col(m[2]), Number(m[3]) - 1];
        const [c2, r2] = m[4] ? [col(m[4]), Number(m[5]) - 1] : [c1, r1];
        for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.add(`${sheet}!${rangeAddress(r, c, 1, 1)}`);
      }
    }
  }
  return out;
}

/** The recognised indicators of a table with the sheet cells that hold their figures. */
function indicatorCells(t: TableModel): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  const add = (id: string, r: number, c: number) => cells.set(id, [...(cells.get(id) ?? []), `${t.sheet}!${rangeAddress(r, c, 1, 1)}`]);
  if (t.keyKind === "indicator") {
    for (const r of t.rows) {
      if (!r.indicator) continue;
      t.columns.forEach(
        (c) => (c.role === "current" || c.role === "previous" || c.role === "value" || c.role === "rate") && add(r.indicator!, r.row, c.column),
      );
    }
    return cells;
  }
  for (const c of t.columns) {
    if (!c.indicator || !["current", "previous", "value", "rate"].includes(c.role)) continue;
    for (const r of t.rows) if (r.role !== "blank") add(c.indicator, r.row, c.column);
  }
  return cells;
}

/** Figures of an indicator as the 综述 would write them (the stated value and the value in its base unit). */
function writtenFigures(t: TableModel, id: string): string[] {
  const out = new Set<string>();
  t.columns.forEach((c, j) => {
    const byColumn = c.indicator === id;
    t.rows.forEach((r, i) => {
      if (!byColumn && r.indicator !== id) return;
      const v = t.values[i]?.[j]?.value;
      if (typeof v !== "number") return;
      out.add(formatNumber(v, 2));
      if (c.unitFactor !== 1) out.add(formatNumber(v / c.unitFactor, 2));
    });
  });
  return [...out].filter((x) => x.length >= 2);
}

describe.each(FILES.map((f) => [path.basename(f), f]))("every indicator recognised in %s", (_name, file) => {
  let model: WorkbookModel;
  beforeAll(async () => {
    model = readWorkbook(workbookToSnapshot(await loadXlsx(fs.readFileSync(file))), { reportDate: "2024-06-30" });
  });

  test.each(["zh", "en"] as const)("reaches the %s summary sheet, or its table is named in the diagnostic", (language) => {
    const plan = planSummary(workbookFacts(model), { language });
    const refs = referencedCells(plan);
    const narrative = plan.narrative.join("\n");
    const diagnostic = plan.sections.find((s) => s.id === "diagnostic");
    const diagnosticText = diagnostic ? plan.cells.slice(diagnostic.firstRow, diagnostic.lastRow + 1).map((r) => String(r[0].value)) : [];
    const dropped: string[] = [];
    for (const t of model.tables) {
      if (diagnosticText.some((line) => line.includes(t.address) && line.includes(t.sheet))) continue;
      for (const [id, cells] of indicatorCells(t)) {
        if (cells.some((c) => refs.has(c))) continue;
        // A rate is shown recomputed from its counts (never added up): their cells are referenced.
        const rate = indicatorById(id);
        const parts = [rate?.numerator, rate?.denominator].map((p) => (p ? indicatorCells(t).get(p) : undefined));
        if (rate?.aggregation === "rate" && parts.every((p) => p?.some((c) => refs.has(c)))) continue;
        if (writtenFigures(t, id).some((x) => narrative.includes(x))) continue;
        dropped.push(`${t.id} ${id}`);
      }
    }
    expect(dropped).toEqual([]);
  });
});
