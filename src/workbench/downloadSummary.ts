/**
 * The workbench's 下载汇总工作簿 / Download summary workbook: the same .summary.xlsx the command
 * line writes (the user's package kept byte for byte, plus the summary sheet and its native
 * charts), made in the browser from the bytes of the opened file — nothing is uploaded. It runs in
 * the file-maker worker (worker/fileMaker.ts), so neither the page's main thread nor the task
 * pane's bundle carries the package writer.
 */
import { summaryFromSnapshot } from "../core/pipeline/summaryFromSnapshot";
import { workbookToSnapshot } from "../xlsx/snapshot";
import { openWorkbookFile } from "../xlsx/openWorkbookFile";
import { streamWorkbook } from "../xlsx/stream/streamWorkbook";
import { writeSummarySheets } from "../xlsx/summary/writeSummaryPackage";
import type { ReaderOverrides } from "../core/reader/model";
import type { SummaryOptionsInput } from "../core/summary/options";
import type { WrittenSheet } from "./paneWrites";
import { summaryFileName } from "../xlsx/summaryFileName";

/** The file name of the summary of a workbook, as the command line names it. */
export { summaryFileName };

/** What the pane shows: the sheets it wrote into the workbook, and its options for a summary not yet generated. */
export interface PaneShows {
  /** The sheets the pane wrote (summaries, consolidation sheets), oldest first (paneWrites.ts). */
  readonly written?: readonly WrittenSheet[];
  /** The pane's options (language, decimals, sections …), when it has written nothing yet. */
  readonly options?: SummaryOptionsInput;
  /** The user's corrections to the reader, saved in the pane. */
  readonly overrides?: ReaderOverrides;
}

/**
 * Makes the summary workbook of an opened file: the sheets the pane wrote, each from the very plan
 * the pane's writer carried out; or, when it wrote none yet, a summary planned with the pane's options.
 *
 * @param bytes the file as it was opened
 * @param name its file name
 * @param shows what the pane shows (nothing: the house defaults, in Chinese)
 * @returns the new file's name and bytes; rejects with a bilingual message for a file the reader refuses
 */
export async function makeSummaryWorkbook(
  bytes: ArrayBuffer,
  name: string,
  shows: PaneShows = {},
): Promise<{ name: string; bytes: Uint8Array; sheetName: string }> {
  const { pkg } = await openWorkbookFile(new Uint8Array(bytes), name);
  const time = Date.now();
  const written = shows.written?.length
    ? shows.written
    : [
        {
          plan: summaryFromSnapshot(workbookToSnapshot(await streamWorkbook(pkg, name)), shows.options ?? {}, { overrides: shows.overrides ?? {} }).plan,
          mark: "summary" as const,
          replacePrevious: shows.options?.replacePrevious ?? true,
        },
      ];
  const made = await writeSummarySheets(
    pkg,
    written.map((sheet) => ({ plan: sheet.plan, options: { mark: sheet.mark, replacePrevious: sheet.replacePrevious, time } })),
  );
  return { name: summaryFileName(name), bytes: made.bytes, sheetName: made.sheets[0].sheetName };
}
