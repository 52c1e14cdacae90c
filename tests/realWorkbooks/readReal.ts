/**
 * Reads a workbook of ../shared/real-workbooks as `bureau-stats summarize` does (open, convert an
 * .xls, stream, read, check, plan, write a copy into a scratch folder), once per file, and offers
 * what the tests of record look at: a column's total over the table's data rows, the findings by
 * kind and cell, and the summary sheet's text.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { summarizeFile, type FileSummary } from "../../src/cli/summarizeFile";
import type { Finding, TableModel } from "../../src/core/reader/model";
import { planSummary } from "../../src/core/summary/planSummary";

/** Where CI and every worktree have the real workbooks (never copied into the repository). */
export const REAL_DIR = path.join(__dirname, "../../../shared/real-workbooks");

const read = new Map<string, Promise<FileSummary>>();

/**
 * The command line's reading of one real workbook (cached: each file is read once per test file).
 *
 * @param name the file's name in ../shared/real-workbooks
 * @returns the model, the plan and the output path
 */
export function readReal(name: string): Promise<FileSummary> {
  let summary = read.get(name);
  if (!summary) {
    summary = (async () => {
      const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "real-workbook-"));
      try {
        return await summarizeFile(path.join(REAL_DIR, name), { outDir, generatedAt: "2025-01-06 00:00" });
      } finally {
        fs.rmSync(outDir, { recursive: true, force: true });
      }
    })();
    read.set(name, summary);
  }
  return summary;
}

/** The sum of one indicator over the table's data rows (never its total, sublevel or 小计 rows), rounded to 0.01. */
export function dataTotal(table: TableModel, indicator: string): number {
  const column = table.columns.findIndex((c) => c.indicator === indicator && c.role === "value");
  if (column < 0) throw new Error(`no ${indicator} column`);
  let sum = 0;
  table.rows.forEach((row, i) => {
    if (row.role === "data") sum += table.values[i][column]?.value ?? 0;
  });
  return Math.round(sum * 100) / 100;
}

/** The value a table's total row states for one indicator. */
export function statedTotal(table: TableModel, indicator: string): number | null {
  const column = table.columns.findIndex((c) => c.indicator === indicator && c.role === "value");
  const row = table.rows.findIndex((r) => r.role === "total");
  return column < 0 || row < 0 ? null : (table.values[row][column]?.value ?? null);
}

/** Findings as "kind cell", slips and warnings apart from what is said for completeness (rounding). */
export function findingsOf(findings: readonly Finding[]): { slips: string[]; info: string[] } {
  const key = (f: Finding) => `${f.kind} ${f.cell}`;
  return {
    slips: findings.filter((f) => f.severity !== "info").map(key),
    info: findings.filter((f) => f.severity === "info").map(key),
  };
}

/** Every text the English summary sheet of the same facts shows, one line per row. */
export function englishText(summary: FileSummary): string {
  const plan = planSummary(summary.facts, { language: "en", generatedAt: "2025-01-06 00:00" });
  return plan.cells.map((row) => row.map((c) => (typeof c.value === "string" ? c.value : "")).join(" ")).join("\n");
}

/** Every text the summary sheet shows, one line per row. */
export function sheetText(summary: FileSummary): string {
  return summary.plan.cells.map((row) => row.map((c) => (typeof c.value === "string" ? c.value : "")).join(" ")).join("\n");
}
