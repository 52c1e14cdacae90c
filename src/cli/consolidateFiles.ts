/**
 * `bureau-stats consolidate`: county returns → one prefecture workbook (汇总各县报表). Each return
 * is read like a workbook to summarise (the same limits and streaming reader); a file that cannot
 * be read is listed and the others are still consolidated. The output is a new workbook: a short
 * 说明 sheet, the summary, the consolidated form, the table by county and 报送情况. Inputs are only
 * ever read.
 */
import * as fs from "fs";
import * as path from "path";
import { planConsolidation, type ConsolidationPlan } from "../core/consolidate/planConsolidation";
import type { CountyReturn } from "../core/consolidate/types";
import { generatedText, localTimestamp } from "../core/summary/provenance";
import { SHEET_NAMES } from "../core/consolidate/tableSheets";
import { resolveLimits, type XlsxLimits } from "../xlsx/package/limits";
import { readInputFile } from "./readInputFile";
import { InputGuard, writeFileSafely } from "./safeWrite";
import { XlsxPackage } from "../xlsx/package/openPackage";
import { readCountyReturn } from "../xlsx/readCountyReturn";
import { writeSummarySheets } from "../xlsx/summary/writeSummaryPackage";
import { NODE_PACKAGE_TOOLS } from "./nodeInflate";
import { MESSAGES, MessageError, messageLine, type Message } from "../core/messages";
import { sheetMarkValue } from "../core/summary/sheetMark";
import { workbookInfo } from "../xlsx/package/workbookInfo";
import { markSheet } from "../xlsx/sheetMarks";
import { OwnOutputSkipped } from "../xlsx/ownOutput";
import { chooseOutput } from "./outputTarget";
import { textWorkbook } from "../xlsx/textWorkbook";

/** Options of a consolidation from the command line. */
export interface ConsolidateFilesOptions {
  readonly out?: string;
  readonly period?: string;
  readonly region?: string;
  readonly language: "zh" | "en";
  readonly limits?: Partial<XlsxLimits>;
  /** Replace an existing output file (never an input). */
  readonly force?: boolean;
}

/** What the command did. */
export interface ConsolidatedFiles {
  readonly output: string;
  readonly plan: ConsolidationPlan;
  readonly unreadable: readonly { readonly fileName: string; readonly reason: string }[];
  /** Files left out because this tool wrote them (an earlier consolidation). */
  readonly skipped: readonly Message[];
  /** What to tell the user about the output's name (an existing file kept). */
  readonly outputNote?: Message;
}

/** Reads one county return; rejects with a bilingual message when the file cannot be read or is refused. */
async function readReturn(input: string, limits: Partial<XlsxLimits> | undefined): Promise<CountyReturn> {
  const bytes = readInputFile(input, resolveLimits(limits).maxUncompressedBytes);
  return readCountyReturn(bytes, path.basename(input), { modified: fs.statSync(input).mtimeMs, limits, tools: NODE_PACKAGE_TOOLS });
}

/** The new workbook's first sheet: what it is, when and from which files it was made (textWorkbook.ts, not ExcelJS: 0.6 s less a run). */
function coverWorkbook(inputs: readonly string[], generatedAt: string, language: "zh" | "en"): Promise<Uint8Array> {
  // The time as the other sheets write it (2024年7月10日 09:30), the sheets under the names they got.
  const time = generatedText(generatedAt, language) ?? generatedAt;
  const names = SHEET_NAMES[language];
  const sheets = [names.summary, names.form, names.byCounty, names.status];
  const lines =
    language === "zh"
      ? [`本工作簿由“应急统计”汇总${inputs.length}个文件生成（生成于${time}）。`, `各工作表：${sheets.join("、")}。`, "汇总的文件："]
      : [`Consolidated by Bureau Stats from ${inputs.length} files (generated ${time}).`, `Sheets: ${sheets.join(", ")}.`, "Files:"];
  // Printed like the other sheets: A4, one page wide.
  return textWorkbook({
    name: language === "zh" ? "说明" : "About",
    lines: [...lines, ...inputs.map((f) => path.basename(f))],
    width: 80,
    creator: "Bureau Stats",
  });
}

/** The output path: `--out` as given (a file, or a folder for 汇总.xlsx), or 汇总.xlsx beside the first input. */
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
  const wanted = consolidatedOutput(inputs, options.out, options.language);
  const explicit = !!options.out && /\.xlsx$/i.test(options.out);
  const returns: CountyReturn[] = [];
  const unreadable: { fileName: string; reason: string }[] = [];
  const skipped: Message[] = [];
  for (const input of inputs) {
    try {
      returns.push(await readReturn(input, options.limits));
    } catch (error) {
      if (error instanceof OwnOutputSkipped) skipped.push(error.bilingual);
      else unreadable.push({ fileName: path.basename(input), reason: messageLine(error) });
    }
  }
  // Nothing read: no prefecture workbook of zero counties that says it found no inconsistency.
  if (returns.length === 0) throw new MessageError(MESSAGES.cli.noReadableReturns());
  // Where it goes (outputTarget.ts): never over any input of the run — a return read, one that could not
  // be read, or an earlier consolidation skipped (real path, device and inode); an existing file only with --force.
  const guard = InputGuard.of(inputs);
  const target = chooseOutput(wanted, { explicit, force: options.force ?? false, guard });
  // The clock is read here, outside core: the sheets say when they were generated.
  const now = new Date();
  const generatedAt = localTimestamp(now);
  const plan = planConsolidation(returns, {
    language: options.language,
    unreadable,
    ...(options.period ? { period: options.period } : {}),
    ...(options.region ? { region: options.region } : {}),
    summary: { generatedAt },
  });
  const pkg = await XlsxPackage.open(await coverWorkbook(inputs, generatedAt, options.language), undefined, NODE_PACKAGE_TOOLS);
  // Every sheet carries our mark, the cover too; the two tables as data (planConsolidation's marks).
  await markSheet(pkg, (await workbookInfo(pkg)).sheets[0], sheetMarkValue("cover", now.getTime()));
  const { pieces } = await writeSummarySheets(
    pkg,
    plan.sheets.map((sheet, i) => ({ plan: sheet, options: { mark: plan.marks[i], replacePrevious: false, time: now.getTime() } })),
  );
  // Whole or not at all, and never over a return (safeWrite.ts).
  writeFileSafely(target.path, pieces, guard);
  return { output: target.path, plan, unreadable, skipped, ...(target.note ? { outputNote: target.note } : {}) };
}
