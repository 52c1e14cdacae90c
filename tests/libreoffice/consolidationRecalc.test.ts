/**
 * The consolidated workbook in an engine we did not write: LibreOffice opens the file the
 * consolidate command writes for the sample returns, recalculates every formula on load
 * (scripts/check-recalc.js), and each result must equal the value we cached — numbers to 1e-9
 * relative, text exactly. Needs Debian's libreoffice-calc-nogui; skipped without it except under CI=true.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { consolidateFiles } from "../../src/cli/consolidateFiles";

interface RecalcResult {
  converted: boolean;
  formulaCells: number;
  mismatches: unknown[];
  problems: string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const recalc: { sofficePath(): string | undefined; checkRecalc(files: string[]): Promise<RecalcResult[]> } = require("../../scripts/check-recalc.js");

const SAMPLES = path.resolve(__dirname, "../../assets/samples/returns");
const soffice = recalc.sofficePath();
const maybe = soffice || process.env.CI === "true" ? test : test.skip;
if (!soffice && process.env.CI !== "true") console.warn("LibreOffice (soffice) not found: the consolidated workbook's recalculation check is skipped");

maybe(
  "LibreOffice recalculates every formula of the consolidated workbook to the value we cached",
  async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-consolidate-recalc-"));
    const inputs = fs.readdirSync(SAMPLES).map((f) => path.join(SAMPLES, f));
    const { output } = await consolidateFiles(inputs, { out: path.join(out, "楚雄州.xlsx"), language: "zh" });
    const [result] = await recalc.checkRecalc([output]);
    expect(result.converted).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.mismatches).toEqual([]);
    expect(result.formulaCells).toBeGreaterThan(200);
  },
  240000,
);
