/**
 * `bureau-stats consolidate`: county returns → one prefecture workbook (汇总各县报表). Each return
 * is read like a workbook to summarise (the same limits and streaming reader); a file that cannot
 * be read is listed and the others are still consolidated. The output is a new workbook: a short
 * 说明 sheet, the summary, the consolidated form, the table by county and 报送情况. Inputs are only
 * ever read.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { planConsolidation, type ConsolidationPlan } from "../core/consolidate/planConsolidation";
import type { CountyReturn } from "../core/consolidate/types";
import { localTimestamp } from "../core/summary/provenance";
import type { XlsxLimits } from "../xlsx/package/limits";
import { XlsxPackage } from "../xlsx/package/openPackage";
import { readCountyReturn } from "../xlsx/readCountyReturn";
import { writeSummaryPackage } from "../xlsx/summary/writeSummaryPackage";
import { NODE_PACKAGE_TOOLS } from "./nodeInflate";

/** Options of a consolidation from the command line. */
export interface ConsolidateFilesOptions {
  readonly out?: string;
  readonly period?: string;
  readonly region?: string;
  readonly language: "zh" | "en";
  readonly limits?: Partial<XlsxLimits>;
}

/** What the command did. */
export interface ConsolidatedFiles {
  readonly output: string;
  readonly plan: ConsolidationPlan;
  readonly unreadable: readonly { readonly fileName: string; readonly reason: string }[];
}

/** Reads one county return; rejects with a bilingual message when the file cannot be read or is refused. */
async function readReturn(input: string, limits: Partial<XlsxLimits> | undefined): Promise<CountyReturn> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(input);
  } catch (error) {
    throw new Error(`无法读取文件 / Cannot read the file: ${input} (${(error as Error).message})`);
  }
  return readCountyReturn(bytes, path.basename(input), { modified: fs.statSync(input).mtimeMs, limits, tools: NODE_PACKAGE_TOOLS });
}

/** The new workbook's first sheet: what it is, when and from which files it was made. */
async function coverWorkbook(inputs: readonly string[], generatedAt: string, language: "zh" | "en"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Bureau Stats";
  const sheet = workbook.addWorksheet(language === "zh" ? "说明" : "About");
  const lines =
    language === "zh"
      ? [`本工作簿由“应急统计”汇总${inputs.length}个文件生成（生成于${generatedAt}）。`, "各工作表：综合汇总、汇总表、分县汇总、报送情况。", "汇总的文件："]
      : [
          `Consolidated by Bureau Stats from ${inputs.length} files (generated ${generatedAt}).`,
          "Sheets: Summary, Consolidated, By county, Returns.",
          "Files:",
        ];
  [...lines, ...inputs.map((f) => path.basename(f))].forEach((line, i) => (sheet.getCell(i + 1, 1).value = line));
  sheet.getColumn(1).width = 80;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The output path: `--out` as given, or 汇总.xlsx beside the first input. */
export function consolidatedOutput(inputs: readonly string[], out: string | undefined, language: "zh" | "en"): string {
  if (out) return /\.xlsx$/i.test(out) ? out : path.join(out, language === "zh" ? "汇总.xlsx" : "consolidated.xlsx");
  return path.join(path.dirname(inputs[0]), language === "zh" ? "汇总.xlsx" : "consolidated.xlsx");
}

/**
 * Consolidates county returns into one workbook.
 *
 * @example await consolidateFiles(["楚雄市.xlsx", "禄丰市.xlsx"], { out: "/tmp/楚雄州.xlsx", language: "zh" })
 */
export async function consolidateFiles(inputs: readonly string[], options: ConsolidateFilesOptions): Promise<ConsolidatedFiles> {
  const output = consolidatedOutput(inputs, options.out, options.language);
  if (inputs.some((input) => path.resolve(input) === path.resolve(output)))
    throw new Error(`输出会覆盖输入文件 / The output would overwrite an input: ${output}`);
  const returns: CountyReturn[] = [];
  const unreadable: { fileName: string; reason: string }[] = [];
  for (const input of inputs) {
    try {
      returns.push(await readReturn(input, options.limits));
    } catch (error) {
      unreadable.push({ fileName: path.basename(input), reason: (error as Error).message });
    }
  }
  // The clock is read here, outside core: the sheets say when they were generated.
  const generatedAt = localTimestamp(new Date());
  const plan = planConsolidation(returns, {
    language: options.language,
    unreadable,
    ...(options.period ? { period: options.period } : {}),
    ...(options.region ? { region: options.region } : {}),
    summary: { generatedAt },
  });
  const pkg = await XlsxPackage.open(await coverWorkbook(inputs, generatedAt, options.language), undefined, NODE_PACKAGE_TOOLS);
  let bytes: Uint8Array | undefined;
  for (const sheet of plan.sheets) bytes = (await writeSummaryPackage(pkg, sheet)).bytes;
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, bytes!);
  return { output, plan, unreadable };
}
