/**
 * One workbook through the command line: read it (ExcelJS via src/xlsx), the same reader and plan
 * as the add-in, and a copy of the workbook plus the summary sheet written beside it or into an
 * output folder. The input file is only ever read.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../core/reader/readWorkbook";
import type { WorkbookModel } from "../core/reader/model";
import { planSummary } from "../core/summary/planSummary";
import type { SummaryOptionsInput } from "../core/summary/options";
import type { SummaryPlan } from "../core/summary/plan";
import { loadXlsx, workbookToSnapshot } from "../xlsx/loadXlsx";
import { addSummarySheet } from "./writePlanToWorkbook";

/** What happened to one file. */
export interface FileSummary {
  readonly input: string;
  readonly output: string;
  readonly sheetName: string;
  readonly model: WorkbookModel;
  readonly plan: SummaryPlan;
}

/**
 * The output path of an input: `<name>.summary.xlsx` beside it, or in `outDir`.
 *
 * @param input the input .xlsx path
 * @param outDir the output folder, if given
 * @returns the output path
 * @example outputPath("/data/楚雄.xlsx") // "/data/楚雄.summary.xlsx"
 */
export function outputPath(input: string, outDir?: string): string {
  const base = path.basename(input).replace(/\.xlsx$/i, "");
  return path.join(outDir ?? path.dirname(input), `${base}.summary.xlsx`);
}

/**
 * Summarises one workbook into a new file.
 *
 * @param input the .xlsx path
 * @param options the summary options, and the output folder
 * @returns the model, the plan and where the copy went; rejects with a bilingual message when the file cannot be read
 * @example await summarizeFile("assets/samples/bureau-2024H1.xlsx", { outDir: "/tmp" })
 */
export async function summarizeFile(input: string, options: SummaryOptionsInput & { outDir?: string; reportDate?: string } = {}): Promise<FileSummary> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(input);
  } catch (error) {
    throw new Error(`无法读取文件 / Cannot read the file: ${input} (${(error as Error).message})`);
  }
  let data;
  const workbook = new ExcelJS.Workbook();
  try {
    data = await loadXlsx(bytes, path.basename(input));
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new Error(`不是可读取的 .xlsx 文件 / Not a readable .xlsx file: ${input} (${(error as Error).message})`);
  }
  const model = readWorkbook(workbookToSnapshot(data), {
    reportDate: options.reportDate,
  });
  const plan = planSummary(model, options);
  const sheetName = addSummarySheet(workbook, plan);
  const output = outputPath(input, options.outDir);
  if (path.resolve(output) === path.resolve(input)) throw new Error(`输出会覆盖输入文件 / The output would overwrite the input: ${input}`);
  if (options.outDir) fs.mkdirSync(options.outDir, { recursive: true });
  await workbook.xlsx.writeFile(output);
  return { input, output, sheetName, model, plan };
}
