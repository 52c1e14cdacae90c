/**
 * `bureau-stats report`: one workbook (a bureau's, or the consolidated prefecture workbook) through
 * the same reader as `summarize`, into a .docx report — written fresh in the 公文 layout, or into
 * the bureau's own template (--template). The input and the template are only ever read; the
 * report is written beside the input as <name>.report.docx unless --out says where.
 */
import * as path from "path";
import { readWorkbook } from "../core/reader/readWorkbook";
import type { ReaderOverrides } from "../core/reader/model";
import { planReport } from "../core/report/planReport";
import type { ReportPlan } from "../core/report/types";
import type { SummaryOptionsInput } from "../core/summary/options";
import { localTimestamp } from "../core/summary/provenance";
import { fillTemplate } from "../docx/fillTemplate";
import { writeReport } from "../docx/writeReport";
import { workbookToSnapshot } from "../xlsx/snapshot";
import { resolveLimits, type XlsxLimits } from "../xlsx/package/limits";
import { openWorkbookFile } from "../xlsx/openWorkbookFile";
import { streamWorkbook } from "../xlsx/stream/streamWorkbook";
import { NODE_PACKAGE_TOOLS } from "./nodeInflate";
import { readInputFile } from "./readInputFile";
import { InputGuard, writeFileSafely } from "./safeWrite";
import { chooseOutput } from "./outputTarget";
import type { Message } from "../core/messages";

/** What was written. */
export interface FileReport {
  readonly input: string;
  readonly output: string;
  readonly plan: ReportPlan;
  /** Template placeholders that no part of the report filled. */
  readonly unfilled: readonly string[];
  /** What to tell the user about the output's name (an existing report kept, say). */
  readonly outputNote?: Message;
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
 * @param options language, output, template, reading limits, the generation time, and the run's naming (outputTarget.ts:
 *   --force, the outputs taken so far) and inputs (InputGuard)
 * @returns where it went and its plan; rejects with a bilingual message when a file cannot be read or written
 * @example await reportFile("assets/samples/bureau-2024H1.xlsx", { language: "zh" })
 */
export async function reportFile(
  input: string,
  options: {
    language: "zh" | "en";
    out?: string;
    template?: string;
    limits?: Partial<XlsxLimits>;
    now?: Date;
    force?: boolean;
    taken?: Set<string>;
    guard?: InputGuard;
    /** The user's corrections (`--period`: every ledger's report period). */
    overrides?: ReaderOverrides;
    /** The summary's options the user set (`--figures`, `--precision`, `--denominator`): the report says what that summary says. */
    summary?: SummaryOptionsInput;
  },
): Promise<FileReport> {
  const limit = resolveLimits(options.limits).maxUncompressedBytes;
  const bytes = readInputFile(input, limit);
  const template = options.template ? readInputFile(options.template, limit) : undefined;
  const { pkg } = await openWorkbookFile(bytes, path.basename(input), options.limits, NODE_PACKAGE_TOOLS);
  // Values only: the reader never looks at formulas.
  const data = await streamWorkbook(pkg, path.basename(input), { withFormulas: false });
  const model = readWorkbook(workbookToSnapshot(data), options.overrides ? { overrides: options.overrides } : {});
  // The clock is read here, outside core: the 说明 says when the report was generated.
  const now = options.now ?? new Date();
  const plan = planReport(model, {
    language: options.language,
    sourceName: path.basename(input),
    generatedAt: localTimestamp(now),
    ...(options.summary ? { summary: options.summary } : {}),
  });
  let docx: Uint8Array;
  let unfilled: readonly string[] = [];
  if (template) {
    const filled = await fillTemplate(template, plan, { date: now });
    docx = filled.bytes;
    unfilled = filled.unfilled;
  } else docx = await writeReport(plan, { date: now });
  const guard = options.guard ?? InputGuard.of([input, ...(options.template ? [options.template] : [])]);
  // The one overwrite rule: a derived x.report.docx that exists or that this run took becomes x.report (2).docx; a
  // --out file.docx that exists is refused unless --force; an input or the template never.
  const explicit = !!options.out && /\.docx$/i.test(options.out);
  const output = chooseOutput(reportPath(input, options.out), { explicit, force: options.force ?? false, taken: options.taken, guard });
  writeFileSafely(output.path, docx, guard);
  return { input, output: output.path, plan, unfilled, ...(output.note ? { outputNote: output.note } : {}) };
}
