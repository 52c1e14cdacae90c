/**
 * The 控制指标 block (issue 22, rates against denominators) in an engine and a printer we did not
 * write: the command line's summary of the sample with `--denominator` for GDP and population, in
 * Chinese and in English, recalculated by LibreOffice (every formula, the block's rates among them,
 * gives the value we cached) and printed to PDF (the block prints whole on one page, its figures at
 * 9 pt or more). Reference values: 26 deaths / 812.5亿元 = 0.032; 26 / 241.6万人 × 10 = 1.08 (by hand).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { printSummaries, words, type Word } from "./pdfWords";

interface CheckRecalc {
  checkRecalc(
    files: string[],
  ): Promise<{ file: string; converted: boolean; formulaCells: number; mismatches: { address: string; formula: string }[]; problems: string[] }[]>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const recalc: CheckRecalc = require("../../scripts/check-recalc.js");

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const SAMPLE = path.join(__dirname, "../../assets/samples/bureau-2024H1.xlsx");
const maybe = soffice || process.env.CI === "true" ? describe : describe.skip;
const DENOMINATORS = ["--denominator", "地区生产总值=812.5亿元,770.1亿元", "--denominator", "常住人口=241.6万人,242万人"];
/** The block's heading: "四、控制指标", or "4. Control indicators" (pdftotext gives one word per space-separated run). */
function headingOf(all: Word[], language: "zh" | "en"): Word | undefined {
  if (language === "zh") return all.find((w) => /^[一二三四五六七八九十]+、控制指标$/.test(w.text));
  return all.find((w, i) => w.text === "Control" && all[i + 1]?.text === "indicators");
}
// The label wraps in its 22-wide column ("亿元GDP生产安全事故死" / "亡率（人/亿元）"): its first line is looked for.
const RATE_LABEL = { zh: "亿元GDP生产安全事故", en: "GDP" };

maybe("the 控制指标 block, recalculated and printed by LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-control-"));
  const printed: Record<"zh" | "en", Word[]> = { zh: [], en: [] };
  let results: Awaited<ReturnType<CheckRecalc["checkRecalc"]>> = [];

  beforeAll(async () => {
    if (!soffice) throw new Error("No LibreOffice (soffice): CI installs libreoffice-calc-nogui.");
    const pdfs = printSummaries(soffice, SAMPLE, dir, DENOMINATORS);
    for (const language of ["zh", "en"] as const) printed[language] = words(pdfs[language]);
    results = await recalc.checkRecalc([path.join(dir, "zh.xlsx"), path.join(dir, "en.xlsx")]);
  }, 600000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("LibreOffice recalculates every formula of both summaries, the block's rates included, to the value we cached", () => {
    expect(results).toHaveLength(2);
    for (const r of results)
      expect({ converted: r.converted, mismatches: r.mismatches, problems: r.problems }).toEqual({ converted: true, mismatches: [], problems: [] });
  });

  test.each(["zh", "en"] as const)(
    "(%s) the block prints whole on one page: its heading, its rows and the rates 0.032 and 1.08 at 9 pt or more",
    (language) => {
      const all = printed[language];
      const heading = headingOf(all, language);
      expect(heading).toBeDefined();
      const page = all.filter((w) => w.page === heading!.page && w.yMin > heading!.yMin);
      expect(page.some((w) => w.text.includes(RATE_LABEL[language]))).toBe(true);
      for (const figure of ["812.50", "241.60", "0.032", "1.08"]) {
        const w = page.find((x) => x.text === figure);
        expect({ figure, printed: !!w }).toEqual({ figure, printed: true });
        expect(w!.yMax - w!.yMin).toBeGreaterThanOrEqual(11.6);
      }
    },
  );
});
