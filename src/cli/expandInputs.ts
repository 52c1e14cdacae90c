/**
 * The command line's inputs as files: a folder gives the workbooks in it (not its subfolders,
 * hidden files or Excel's `~$` lock files), in name order; the summaries this tool wrote
 * (`x.summary.xlsx`, `x.summary (2).xlsx`) are skipped unless asked for, so running a command twice
 * over `dir/*.xlsx` never summarises the first run's output. A folder without workbooks refuses the
 * whole run before anything is written.
 */
import * as fs from "fs";
import * as path from "path";
import { MESSAGES, type Message } from "../core/messages";
import { WORKBOOK_EXTENSIONS } from "../core/messages/cliMessages";

/** The files to process, the ones skipped (with why), or the refusal. */
export interface ExpandedInputs {
  readonly files: string[];
  readonly skipped: Message[];
  readonly refusal?: Message;
}

/**
 * Whether a file name is one this tool gives its summaries.
 *
 * @example isSummaryFileName("楚雄.summary (2).xlsx") // true
 */
export function isSummaryFileName(file: string): boolean {
  return /\.summary( \(\d+\))?\.xls[xm]$/i.test(path.basename(file));
}

function isWorkbookFile(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith(".") && !name.startsWith("~$") && WORKBOOK_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Expands folders and drops our own summaries.
 *
 * @param inputs the paths as given
 * @param options whether our .summary.xlsx files are wanted too
 * @returns the files in order (each once), the skipped ones, or a refusal
 * @example expandInputs(["returns/"], { includeSummaries: false }).files // ["returns/元谋县.xlsx", …]
 */
export function expandInputs(inputs: readonly string[], options: { includeSummaries: boolean }): ExpandedInputs {
  const files: string[] = [];
  const skipped: Message[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(path.resolve(file))) return;
    seen.add(path.resolve(file));
    if (!options.includeSummaries && isSummaryFileName(file)) skipped.push(MESSAGES.cli.skippedSummary(file));
    else files.push(file);
  };
  for (const input of inputs) {
    let folder = false;
    try {
      folder = fs.statSync(input).isDirectory();
    } catch {
      // A path that does not exist is reported by the command when it reads it.
    }
    if (!folder) {
      add(input);
      continue;
    }
    const names = fs
      .readdirSync(input, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isWorkbookFile(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, "zh-CN"));
    if (names.length === 0) return { files: [], skipped, refusal: MESSAGES.cli.folderEmpty(input) };
    names.forEach((name) => add(path.join(input, name)));
  }
  return { files, skipped };
}
