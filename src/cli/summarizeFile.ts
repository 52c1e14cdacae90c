/**
 * One workbook through the command line: open the package (refusing hostile files within the
 * limits), stream its sheets into the reader's grid, the same reader and plan as the add-in, and
 * the summary sheet with its charts written into a copy of the package beside the input or into
 * an output folder. The input file is only ever read.
 */
import * as path from "path";
import type { ReaderOverrides, WorkbookModel } from "../core/reader/model";
import type { WorkbookFacts } from "../core/facts";
import { summaryFromSnapshot } from "../core/pipeline/summaryFromSnapshot";
import { localTimestamp } from "../core/summary/provenance";
import type { SummaryOptionsInput } from "../core/summary/options";
import type { SummaryPlan } from "../core/summary/plan";
import { workbookToSnapshot } from "../xlsx/snapshot";
import { openWorkbookFile } from "../xlsx/openWorkbookFile";
import { NODE_PACKAGE_TOOLS } from "./nodeInflate";
import { resolveLimits, type XlsxLimits } from "../xlsx/package/limits";
import { readInputFile } from "./readInputFile";
import { InputGuard, writeFileSafely } from "./safeWrite";
import { streamWorkbook } from "../xlsx/stream/streamWorkbook";
import { writeSummaryPackage } from "../xlsx/summary/writeSummaryPackage";
import { assertNotOwnOutput } from "../xlsx/ownOutput";
import type { Message } from "../core/messages";
import { chooseOutput } from "./outputTarget";
import { summaryFileName } from "../xlsx/summaryFileName";

/** What happened to one file. */
export interface FileSummary {
  readonly input: string;
  readonly output: string;
  readonly sheetName: string;
  readonly model: WorkbookModel;
  /** What was understood: the facts the plan was made from. */
  readonly facts: WorkbookFacts;
  readonly plan: SummaryPlan;
  /** What to tell the user about the output's name (an existing file kept, say). */
  readonly outputNote?: Message;
  /** The earlier summary sheet the new one replaced (a .summary.xlsx summarised again). */
  readonly replacedSheet?: string;
}

/** Where outputs go and what may be replaced. */
export interface OutputOptions {
  readonly outDir?: string;
  /** Replace an existing output file (never an input). */
  readonly force?: boolean;
  /** Outputs of this run so far (absolute paths): no two inputs share one. */
  readonly taken?: Set<string>;
  /** The run's inputs (real paths, devices and inodes), none of which is ever written. */
  readonly guard?: InputGuard;
}

/**
 * The output path of an input: `<name>.summary.xlsx` beside it, or in `outDir`; a macro-enabled
 * `.xlsm` keeps its kind (`<name>.summary.xlsm`); an .xls, .et or .csv input gives an .xlsx.
 *
 * @param input the input path
 * @param outDir the output folder, if given
 * @returns the output path
 * @example outputPath("/data/楚雄.xlsx") // "/data/楚雄.summary.xlsx"
 * @example outputPath("/data/2005_7.xls") // "/data/2005_7.summary.xlsx"
 */
export function outputPath(input: string, outDir?: string): string {
  return path.join(outDir ?? path.dirname(input), summaryFileName(path.basename(input)));
}

/**
 * Summarises one workbook into a new file.
 *
 * @param input the .xlsx/.xlsm/.xls/.et/.csv path
 * @param options the summary options, the output folder and naming (outputTarget.ts), the reading limits and the run's
 *   inputs (InputGuard: no output may replace one)
 * @returns the model, the plan and where the copy went; rejects with a bilingual message when the file cannot be read or is
 *   refused, and with an OwnOutputSkipped when every sheet in it is one we wrote
 * @example await summarizeFile("assets/samples/bureau-2024H1.xlsx", { outDir: "/tmp" })
 */
export async function summarizeFile(
  input: string,
  options: SummaryOptionsInput & OutputOptions & { reportDate?: string; limits?: Partial<XlsxLimits>; overrides?: ReaderOverrides } = {},
): Promise<FileSummary> {
  const limits = resolveLimits(options.limits);
  const bytes = readInputFile(input, limits.maxUncompressedBytes);
  // An .xls, .et or .csv file is converted into an .xlsx package first (src/xlsx/legacy/).
  const { pkg } = await openWorkbookFile(bytes, path.basename(input), options.limits, NODE_PACKAGE_TOOLS);
  // Values only: the reader never looks at formulas, and the summary writer keeps the sheets as they are.
  // Ledgers are read as their rows stream, so a million-row ledger is counted without keeping its rows.
  const data = await streamWorkbook(pkg, path.basename(input), {
    withFormulas: false,
    ledgers: { reportDate: options.reportDate, overrides: options.overrides },
  });
  assertNotOwnOutput(data, path.basename(input));
  const ledgersRead = new Map(data.sheets.flatMap((s) => (s.ledgers ? [[s.name, s.ledgers] as const] : [])));
  // The clock is read here, outside core: the sheet says when it was generated (生成于…).
  const generatedAt = options.generatedAt ?? localTimestamp(new Date());
  const { model, facts, plan } = summaryFromSnapshot(
    workbookToSnapshot(data),
    { ...options, generatedAt },
    {
      reportDate: options.reportDate,
      ledgersRead,
      overrides: options.overrides,
    },
  );
  const written = await writeSummaryPackage(pkg, plan);
  const guard = options.guard ?? InputGuard.of([input]);
  const output = chooseOutput(outputPath(input, options.outDir), { explicit: false, force: options.force ?? false, taken: options.taken, guard });
  // Whole or not at all, and never over an input of the run (safeWrite.ts).
  writeFileSafely(output.path, written.pieces, guard);
  return {
    input,
    output: output.path,
    sheetName: written.sheetName,
    model,
    facts,
    plan,
    ...(output.note ? { outputNote: output.note } : {}),
    ...(written.replaced ? { replacedSheet: written.replaced } : {}),
  };
}
