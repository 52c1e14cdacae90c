/**
 * What the LibreOffice tests measure prints with: the command line's summaries of a workbook in
 * Chinese and English converted to PDF by soffice, and the words of a PDF with their boxes as
 * pdftotext -bbox gives them (poppler-utils).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const BIN = path.join(__dirname, "../../bin/bureau-stats.js");

/** A word on a page (1-based), its box in points from the page's top-left corner. */
export interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/**
 * Every word of a PDF, page by page.
 *
 * @param pdf the file
 * @returns the words in reading order, entities decoded
 */
export function words(pdf: string): Word[] {
  // A form of a hundred counties prints tens of thousands of words: more than the default 1 MB of output.
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 256 * 1024 * 1024 }).toString();
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m)
      out.push({
        page,
        xMin: +m[1],
        yMin: +m[2],
        xMax: +m[3],
        yMax: +m[4],
        text: m[5]
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&amp;/g, "&"),
      });
  }
  return out;
}

/**
 * Summarises a workbook with the command line in Chinese and in English and prints both summaries
 * to PDF with LibreOffice.
 *
 * @param soffice the LibreOffice binary
 * @param input the workbook
 * @param dir a scratch folder (its profile, the summaries zh.xlsx and en.xlsx, and the PDFs go there)
 * @param options more arguments of `summarize` (--denominator …)
 * @returns the PDF of each language
 */
export function printSummaries(soffice: string, input: string, dir: string, options: readonly string[] = []): Record<"zh" | "en", string> {
  const outputs: string[] = [];
  for (const language of ["zh", "en"] as const) {
    const out = path.join(dir, language);
    const cli = spawnSync(process.execPath, [BIN, "summarize", input, "--out", out, "--lang", language, ...options], { encoding: "utf8", timeout: 120000 });
    if (cli.status !== 0) throw new Error(`bureau-stats summarize (${language}) exited ${cli.status}: ${cli.stderr}`);
    const file = path.join(dir, `${language}.xlsx`);
    fs.renameSync(path.join(out, `${path.basename(input, ".xlsx")}.summary.xlsx`), file);
    outputs.push(file);
  }
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, ...outputs],
    { stdio: "ignore", timeout: 300000 },
  );
  return { zh: path.join(dir, "zh.pdf"), en: path.join(dir, "en.pdf") };
}
