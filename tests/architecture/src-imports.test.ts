/**
 * Shipped code never depends on test code: the workbench bundles the in-memory host, so the host
 * lives in src/host/, and nothing under src/ may import from tests/. The scanner is checked on
 * known-bad snippets first so the test cannot pass vacuously.
 */
import * as fs from "fs";
import * as path from "path";

const srcDir = path.resolve(__dirname, "../../src");

/** Relative module specifiers in a source text (static, type, re-export, require, dynamic import). */
function relativeImports(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

/** Whether a specifier written in `file` resolves into the repository's tests/ folder. */
function reachesTests(file: string, specifier: string): boolean {
  const target = path.resolve(path.dirname(file), specifier);
  const relative = path.relative(path.resolve(srcDir, ".."), target);
  return relative === "tests" || relative.startsWith(`tests${path.sep}`);
}

const files = (fs.readdirSync(srcDir, { recursive: true }) as string[])
  .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file))
  .map((file) => path.join(srcDir, file));

describe("src never imports tests", () => {
  test("the scanner finds an import of tests/ from src/ in known-bad snippets", () => {
    const file = path.join(srcDir, "workbench", "Workbench.tsx");
    const bad = `import type { X } from "../../tests/host/excelHost";\nconst m = () => import("../../tests/host/state");`;
    expect(relativeImports(bad).filter((s) => reachesTests(file, s))).toHaveLength(2);
    expect(reachesTests(file, "../host/excelHost")).toBe(false);
  });

  test("src/ has source files to check", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test.each(files.map((file) => [path.relative(srcDir, file), file]))("%s imports nothing from tests/", (_name, file) => {
    const text = fs.readFileSync(file, "utf8");
    expect(relativeImports(text).filter((specifier) => reachesTests(file, specifier))).toEqual([]);
  });
});
