/**
 * An engine we did not write recalculates our formulas: every .summary.xlsx (.xlsm) that the command
 * line writes (for the sample and every fixture under tests/fixtures/ that yields one), and the sheet the add-in writes on the
 * in-memory host saved as .xlsx, are opened in headless LibreOffice with recalculation forced on
 * load (scripts/check-recalc.js, one soffice call for all files). Every formula cell's recalculated
 * value must equal the value we cached: numbers to 1e-9 relative, text and errors exactly. The files
 * must open without repair: the conversion succeeds and sheets, merges and number formats survive.
 *
 * Needs Debian's libreoffice-calc-nogui; skipped with a message without it, except under CI=true.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { generateSummary } from "../../src/excel/generateSummary";
import { createHostFromXlsx } from "../../src/host/excelHost";
import { writeHostXlsx } from "./hostToXlsx";

interface RecalcResult {
  file: string;
  converted: boolean;
  formulaCells: number;
  mismatches: { sheet: string; address: string; formula: string; cached: unknown; recalculated: unknown }[];
  problems: string[];
}
interface CheckRecalc {
  sofficePath(): string | undefined;
  checkRecalc(files: string[], options?: { keep?: string }): Promise<RecalcResult[]>;
  sameValue(cached: unknown, recalculated: unknown): boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const recalc: CheckRecalc = require("../../scripts/check-recalc.js");

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "samples", "bureau-2024H1.xlsx");
const FIXTURES = path.join(ROOT, "tests", "fixtures");
const soffice = recalc.sofficePath();

/** Every workbook under a folder and its subfolders (the hostile ones too: those the CLI refuses yield no summary). */
function workbooksUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return workbooksUnder(full);
    return /\.xls[xm]?$/i.test(entry.name) ? [full] : [];
  });
}

if (!soffice) {
  if (process.env.CI === "true") {
    test("LibreOffice is installed (required under CI=true)", () => {
      throw new Error("No soffice: install Debian's libreoffice-calc-nogui (apt-get install -y libreoffice-calc-nogui); CI must run the recalculation check.");
    });
  } else {
    console.warn("LibreOffice recalculation tests skipped: no soffice (apt-get install -y libreoffice-calc-nogui to run them).");
    test.skip("LibreOffice recalculation (no soffice installed)", () => undefined);
  }
} else {
  describe("LibreOffice recalculates every formula we write to the value we cached", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "recalc-test-"));
    const results = new Map<string, RecalcResult>();
    let summaries: string[] = [];
    let hostFile = "";
    let hostFormulas = 0;
    let plantedFile = "";

    beforeAll(async () => {
      // The command line as a black box: whatever writer it has, its files are checked.
      const out = path.join(work, "cli");
      const inputs = [SAMPLE, ...workbooksUnder(FIXTURES)];
      spawnSync(process.execPath, [path.join(ROOT, "bin", "bureau-stats.js"), "summarize", ...inputs, "--out", out], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 300000,
      });
      summaries = fs.existsSync(out)
        ? fs
            .readdirSync(out)
            .filter((f) => /\.summary\.xls[xm]$/.test(f))
            .map((f) => path.join(out, f))
        : [];

      // The add-in path: the one-click summary written through Office.js onto the in-memory host.
      const host = await createHostFromXlsx(fs.readFileSync(SAMPLE), "bureau-2024H1.xlsx");
      await host.run((context) => generateSummary(context));
      hostFile = path.join(work, "bureau-2024H1.host.xlsx");
      hostFormulas = await writeHostXlsx(host, hostFile);

      // A formula whose cached value is wrong on purpose: LibreOffice must correct it, or nothing was recalculated.
      const planted = new ExcelJS.Workbook();
      const sheet = planted.addWorksheet("planted");
      sheet.getCell("A1").value = 2;
      sheet.getCell("A2").value = { formula: "A1*3", result: 7 };
      plantedFile = path.join(work, "planted.xlsx");
      await planted.xlsx.writeFile(plantedFile);

      const files = [...summaries, hostFile, plantedFile];
      (await recalc.checkRecalc(files)).forEach((r) => results.set(r.file, r));
    }, 600000);

    afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

    test("recalculation is really forced: a planted wrong cached value (7 for 2×3) comes back as 6", () => {
      const planted = results.get(plantedFile)!;
      expect(planted.converted).toBe(true);
      expect(planted.mismatches).toEqual([expect.objectContaining({ address: "A2", cached: 7, recalculated: 6 })]);
    });

    test("the command line wrote a summary for the sample and for the fixtures that yield one", () => {
      const names = summaries.map((f) => path.basename(f));
      expect(names).toContain("bureau-2024H1.summary.xlsx");
      expect(names).toEqual(
        expect.arrayContaining(["layout-a.summary.xlsx", "layout-b.summary.xlsx", "layout-c.summary.xlsx", "layout-d.summary.xlsx", "fidelity.summary.xlsm"]),
      );
    });

    test("every summary opens in LibreOffice without repair and every formula cell agrees", () => {
      for (const file of summaries) {
        const r = results.get(file)!;
        expect({ file: path.basename(file), converted: r.converted, mismatches: r.mismatches, problems: r.problems }).toEqual({
          file: path.basename(file),
          converted: true,
          mismatches: [],
          problems: [],
        });
      }
      const sample = results.get(summaries.find((f) => path.basename(f) === "bureau-2024H1.summary.xlsx")!)!;
      expect(sample.formulaCells).toBeGreaterThan(100);
    });

    test("the add-in's sheet on the in-memory host, saved as .xlsx, agrees with LibreOffice on every formula cell", () => {
      const r = results.get(hostFile)!;
      expect(hostFormulas).toBeGreaterThan(100);
      expect(r.formulaCells).toBe(hostFormulas);
      expect({ converted: r.converted, mismatches: r.mismatches, problems: r.problems }).toEqual({ converted: true, mismatches: [], problems: [] });
    });

    test("numbers agree to 1e-9 relative; text, booleans and errors only exactly", () => {
      expect(recalc.sameValue(0.1 + 0.2, 0.3)).toBe(true);
      expect(recalc.sameValue(1, 1 + 2e-9)).toBe(false);
      expect(recalc.sameValue("12.5%", "12.50%")).toBe(false);
      expect(recalc.sameValue({ error: "#DIV/0!" }, { error: "#DIV/0!" })).toBe(true);
      expect(recalc.sameValue({ error: "#DIV/0!" }, { error: "#N/A" })).toBe(false);
      expect(recalc.sameValue(true, 1)).toBe(false);
    });
  });
}
