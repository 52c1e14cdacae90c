/**
 * Requirement sets, audited: every Office.js member the add-in uses under src/ (excel, commands,
 * taskpane, functions, workbench) is resolved to its declaration in @types/office-js, and the
 * requirement set in its JSDoc remark must be at or below the floor manifest.xml declares — or be
 * guarded by an isSetSupported("ExcelApi", "1.x") check for its version. The audit is first run on
 * known-bad snippets, so it cannot pass by finding nothing.
 */
import * as fs from "fs";
import * as path from "path";
import { allowed, auditProgram, compareVersions, makeProgram, manifestFloor, parseRemark, sourceFiles, type MemberUse } from "./apiSets";
import { EXCEL_API_FLOOR } from "../../src/excel/requirements";

const root = path.resolve(__dirname, "../..");
const dirs = ["excel", "commands", "taskpane", "functions", "workbench"].map((d) => path.join(root, "src", d));
const floor = manifestFloor(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
const SNIPPET_DIR = path.join(root, "src", "excel", "__audit__");

const snippets: Record<string, string> = {
  [path.join(SNIPPET_DIR, "unguarded.ts")]: `
export async function bad(context: Excel.RequestContext) {
  const merged = context.workbook.getSelectedRange().getMergedAreasOrNullObject();
  merged.load("areas/items/valuesAsJson");
  context.workbook.getSelectedRange().set({ valuesAsJson: [] });
  await context.sync();
}`,
  [path.join(SNIPPET_DIR, "guarded.ts")]: `
declare function isSetSupported(context: unknown, set: string, version: string): boolean;
export async function good(context: Excel.RequestContext) {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.13")) context.workbook.getSelectedRange().getMergedAreasOrNullObject();
  if (!isSetSupported(context, "ExcelApi", "1.16")) return;
  context.workbook.getSelectedRange().load("valuesAsJson");
}
export function tooLow(context: Excel.RequestContext) {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.12") ? context.workbook.getSelectedRange().getMergedAreasOrNullObject() : undefined;
}`,
};

const program = makeProgram(root, sourceFiles(dirs), snippets);
const inSnippets = auditProgram(program, (f) => f.startsWith(SNIPPET_DIR));
const inSource = auditProgram(program, (f) => dirs.some((d) => f.startsWith(d)) && !f.startsWith(SNIPPET_DIR));
const describeUse = (u: MemberUse) => `${path.relative(root, u.file)}:${u.line} ${u.member} needs ${u.sets.map((s) => `${s.set} ${s.version}`).join(" or ")}`;

describe("requirement-set audit", () => {
  test("remarks are read as Microsoft writes them: compound, with alternatives, and as a requirement-set link", () => {
    expect(parseRemark("[Api set: ExcelApi 1.13]")).toEqual([{ set: "ExcelApi", version: "1.13" }]);
    expect(parseRemark("[Api set: ExcelApi 1.9, ExcelApi Preview for null `destinationRange`]")).toEqual([{ set: "ExcelApi", version: "1.9" }]);
    expect(parseRemark("[Api set: ExcelApi 1.1, OneNoteApi 1.1]")).toEqual([
      { set: "ExcelApi", version: "1.1" },
      { set: "OneNoteApi", version: "1.1" },
    ]);
    expect(parseRemark("**Requirement set**: {@link https://learn.microsoft.com/x | SharedRuntime 1.1}")).toEqual([{ set: "SharedRuntime", version: "1.1" }]);
    expect(compareVersions("1.13", "1.9")).toBeGreaterThan(0);
  });

  test("known-bad snippets are caught: an unguarded 1.13 method, a 1.16 property in a load() path and in set({…}), a guard for too low a version", () => {
    const failing = inSnippets.uses.filter((u) => !allowed(u, floor)).map((u) => `${path.basename(u.file)} ${u.member}`);
    expect(failing).toEqual(
      expect.arrayContaining([
        "unguarded.ts Excel.Range.getMergedAreasOrNullObject",
        "unguarded.ts Excel.Range.valuesAsJson",
        "guarded.ts Excel.Range.getMergedAreasOrNullObject",
      ]),
    );
    expect(failing.filter((f) => f.startsWith("unguarded.ts Excel.Range.valuesAsJson"))).toHaveLength(2);
    // The guarded uses in good() pass: the if-branch (1.13) and the statements after an early return (1.16).
    expect(failing.filter((f) => f.startsWith("guarded.ts"))).toEqual(["guarded.ts Excel.Range.getMergedAreasOrNullObject"]);
  });

  test("manifest.xml declares the floor: ExcelApi, SharedRuntime and CustomFunctionsRuntime, and the code checks the same ExcelApi version", () => {
    expect(floor.get("ExcelApi")).toBe(EXCEL_API_FLOOR);
    expect(floor.get("SharedRuntime")).toBe("1.1");
    expect(floor.get("CustomFunctionsRuntime")).toBe("1.1");
  });

  test("every Office.js member used under src/ is available at the declared floor or guarded by isSetSupported for its version", () => {
    expect(inSource.uses.length).toBeGreaterThan(50);
    expect(inSource.unresolved).toEqual([]);
    expect(inSource.uses.filter((u) => !allowed(u, floor)).map(describeUse)).toEqual([]);
  });

  test("the README's support table names the floor", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain(`ExcelApi ${EXCEL_API_FLOOR}`);
  });
});
