/**
 * `bureau-stats report`: one workbook (a bureau's, or the consolidated prefecture workbook) through
 * the same reader as `summarize`, into a .docx report — written fresh in the 公文 layout, or into
 * the bureau's own template (--template). The input and the template are only ever read; the
 * report is written beside the input as <name>.report.docx unless --out says where.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../core/reader/readWorkbook";
import { planReport } from "../core/report/planReport";
import type { ReportPlan } from "../core/report/types";
import { localTimestamp } from "../core/summary/provenance";
import { fillTemplate } from "../docx/fillTemplate";
import { writeReport } from "../docx/writeReport";
import { workbookToSnapshot } from "../xlsx/loadXlsx";
import type { XlsxLimits } from "../xlsx/package/limits";
import { openWorkbookFile } from "../xlsx/openWorkbookFile";
import { streamWorkbook } from "../xlsx/stream/streamWorkbook";
import { nodeInflateRaw } from "./nodeInflate";
import { writeAside } from "./writeAside";

/** What was written. */
export interface FileReport {
  readonly input: string;
  readonly output: string;
  readonly plan: ReportPlan;
  /** Template placeholders that no part of the report filled. */
  readonly unfilled: readonly string[];
}

/**
 * The report's path: `<name>.report.docx` beside the input, in a folder, or the file `out` names.
 *
 * @param input the workbook
 * @param out a folder, or a path ending in .docx
 * @returns the output path
 * @example reportPath("/data/楚雄.xlsx") // "/data/楚雄.report.docx"
 */
export function reportPath(input: string, out?: string): string {
  if (out && /\.docx$/i.test(out)) return out;
  const base = path.basename(input).replace(/\.(xls[xm]?|et|csv)$/i, "");
  return path.join(out ?? path.dirname(input), `${base}.report.docx`);
}

/**
 * Writes the report of one workbook.
 *
 * @param input the workbook's path (.xlsx, or .xls/.csv, read as the summary reads them)
 * @param options language, output, template, reading limits and the generation time
 * @returns where it went and its plan; rejects with a bilingual message when a file cannot be read or written
 * @example await reportFile("assets/samples/bureau-2024H1.xlsx", { language: "zh" })
 */
export async function reportFile(
  input: string,
  options: { language: "zh" | "en"; out?: string; template?: string; limits?: Partial<XlsxLimits>; now?: Date },
): Promise<FileReport> {
  const read = (file: string, what: string) => {
    try {
      return fs.readFileSync(file);
    } catch (error) {
      throw new Error(`无法读取${what} / Cannot read the ${what === "文件" ? "file" : "template"}: ${file} (${(error as Error).message})`);
    }
  };
  const bytes = read(input, "文件");
  const template = options.template ? read(options.template, "模板") : undefined;
  const output = reportPath(input, options.out);
  const { pkg } = await openWorkbookFile(bytes, path.basename(input), options.limits, nodeInflateRaw);
  const data = await streamWorkbook(pkg, path.basename(input));
  const model = readWorkbook(workbookToSnapshot(data));
  // The clock is read here, outside core: the 说明 says when the report was generated.
  const now = options.now ?? new Date();
  const plan = planReport(model, { language: options.language, sourceName: path.basename(input), generatedAt: localTimestamp(now) });
  let docx: Uint8Array;
  let unfilled: readonly string[] = [];
  if (template) {
    const filled = await fillTemplate(template, plan, { date: now });
    docx = filled.bytes;
    unfilled = filled.unfilled;
  } else docx = await writeReport(plan, { date: now });
  writeAside(output, docx, [input, ...(options.template ? [options.template] : [])]);
  return { input, output, plan, unfilled };
}
