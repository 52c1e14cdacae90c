/**
 * The two ways a user's workbook reaches the reader: the command line (`summarizeFile`, which opens,
 * streams, reads, plans and writes a copy) and the add-in (the in-memory Office.js host reading
 * the sheets in chunks as the task pane does). Both give the model the facts are built from.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { WorkbookModel } from "../../../src/core/reader/model";
import { readWorkbook } from "../../../src/core/reader/readWorkbook";
import type { SummaryPlan } from "../../../src/core/summary/plan";
import { summarizeFile } from "../../../src/cli/summarizeFile";
import { readWorkbookSnapshot } from "../../../src/excel/readWorkbook";
import { inspectSheets } from "../../../src/excel/writeSummary";
import { createHostFromXlsx } from "../../../src/host/excelHost";

/** What one path gave. */
export interface PathResult {
  readonly model: WorkbookModel;
  /** The summary planned from it (the command line's; the add-in plans the same from the same model). */
  readonly plan?: SummaryPlan;
}

/**
 * Reads a workbook as `bureau-stats summarize` does, writing its copy into a scratch folder.
 *
 * @param file the workbook's path
 * @returns the model and the plan
 */
export async function readThroughCli(file: string): Promise<PathResult> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "corpus-cli-"));
  try {
    const result = await summarizeFile(file, { outDir, generatedAt: "2025-01-06 00:00" });
    return { model: result.model, plan: result.plan };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Reads a workbook as the add-in does: the visible sheets that are not earlier summaries, read in
 * chunks through Office.js (here the in-memory host), then the same reader.
 *
 * @param file the workbook's path
 * @returns the model
 */
export async function readThroughAddin(file: string): Promise<PathResult> {
  const host = await createHostFromXlsx(fs.readFileSync(file), path.basename(file));
  const model = await host.run(async (context) => {
    const { inventory } = await inspectSheets(context);
    const sheetNames = inventory.visible.filter((name) => !inventory.own.includes(name));
    const snapshot = sheetNames.length ? await readWorkbookSnapshot(context, { sheetNames, withNumberFormats: true }) : { sheets: [] };
    return readWorkbook(snapshot);
  });
  return { model };
}
