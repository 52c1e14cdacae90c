/**
 * The planner reads facts only (docs/architecture.md, "The fact model"): nothing under
 * src/core/summary/ imports the reader's model, the ledger reader, the checks or the
 * consolidation — only src/core/facts and the shared helpers (registry, numbers, addresses,
 * statistics, text, messages). The scanner is checked on known-bad snippets first so the test
 * cannot pass vacuously.
 */
import * as fs from "fs";
import * as path from "path";

const coreDir = path.resolve(__dirname, "../../src/core");
const summaryDir = path.join(coreDir, "summary");
const FORBIDDEN = ["reader", "ledger", "checks", "consolidate"];

/** Relative module specifiers in a source text (static, type, re-export, require, dynamic import). */
function relativeImports(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

/** The src/core folder a specifier written in `file` reaches, when it is a forbidden one. */
function forbiddenTarget(file: string, specifier: string): string | undefined {
  const relative = path.relative(coreDir, path.resolve(path.dirname(file), specifier));
  const top = relative.split(path.sep)[0];
  return FORBIDDEN.includes(top) ? top : undefined;
}

const files = (fs.readdirSync(summaryDir, { recursive: true }) as string[]).filter((f) => /\.(ts|tsx)$/.test(f)).map((f) => path.join(summaryDir, f));

describe("the planner reads facts only", () => {
  test("the scanner finds imports of the reader, the ledger and the checks in known-bad snippets", () => {
    const file = path.join(summaryDir, "sections", "groups.ts");
    const bad = `import type { TableModel } from "../../reader/model";\nimport { x } from "../../ledger/breakdownTypes";\nexport { y } from "../../checks/totals";`;
    expect(relativeImports(bad).map((s) => forbiddenTarget(file, s))).toEqual(["reader", "ledger", "checks"]);
    expect(forbiddenTarget(file, "../../facts")).toBeUndefined();
    expect(forbiddenTarget(path.join(summaryDir, "planSummary.ts"), "../registry/indicators")).toBeUndefined();
  });

  test("src/core/summary has source files to check", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  test.each(files.map((f) => [path.relative(summaryDir, f), f]))(
    "%s imports nothing from the reader, the ledger, the checks or the consolidation",
    (_name, file) => {
      const source = fs.readFileSync(file, "utf8");
      const bad = relativeImports(source).filter((s) => forbiddenTarget(file, s));
      expect(bad).toEqual([]);
    },
  );
});
