/**
 * Where an output may go — the one overwrite rule of the command line. A name the tool chose
 * (x.summary.xlsx, 汇总.xlsx) that exists, or that an earlier file of the same run already took,
 * becomes the next free `x.summary (2).xlsx`, as a browser names a second download; a file the user
 * named with --out that exists is refused, so nothing of theirs is lost; --force replaces either.
 * An input is never an output, whatever its path is spelled like: the run's InputGuard (safeWrite.ts)
 * compares real paths, devices and inodes — the one rule, which the write itself checks again.
 */
import * as fs from "fs";
import * as path from "path";
import { MESSAGES, MessageError, type Message } from "../core/messages";
import { FileError } from "./fileErrors";
import type { InputGuard } from "./safeWrite";

/** How the output's name came about, and what may be replaced. */
export interface OutputRequest {
  /** The user named this file (--out x.xlsx); otherwise the tool derived it. */
  readonly explicit: boolean;
  /** --force: replace an existing file (never an input). */
  readonly force: boolean;
  /** Outputs already chosen in this run (absolute paths), so two inputs never share one. */
  readonly taken?: Set<string>;
  /** The run's inputs (real paths, devices and inodes): none of them may be written. */
  readonly guard?: InputGuard;
}

/** The path chosen, and what to tell the user about it. */
export interface OutputTarget {
  readonly path: string;
  readonly note?: Message;
}

/**
 * The n-th alternative of a file name: "x.summary.xlsx" → "x.summary (2).xlsx".
 *
 * @param file the wanted path
 * @param n 2 or more
 * @returns the alternative path
 * @example numbered("/d/楚雄.summary.xlsx", 2) // "/d/楚雄.summary (2).xlsx"
 */
export function numbered(file: string, n: number): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)} (${n})${ext}`);
}

/**
 * Chooses where an output goes, or refuses with a bilingual message (nothing is written then).
 *
 * @param wanted the path the tool derived or the user named
 * @param request how it came about, --force, the run's outputs so far and its inputs' guard
 * @returns the path to write (added to `taken`) and a note when it differs from `wanted` or replaces a file
 * @example chooseOutput("/d/x.summary.xlsx", { explicit: false, force: false }).path // "/d/x.summary (2).xlsx" when x.summary.xlsx exists
 */
export function chooseOutput(wanted: string, request: OutputRequest): OutputTarget {
  const taken = request.taken ?? new Set<string>();
  const inputAt = (file: string) => request.guard?.inputAt(file);
  const free = (file: string) => !taken.has(path.resolve(file)) && inputAt(file) === undefined && (request.force || !fs.existsSync(file));
  if (request.explicit && !free(wanted)) {
    const input = inputAt(wanted);
    if (input !== undefined) throw new FileError(MESSAGES.files.outputIsInput(wanted, input));
    if (!taken.has(path.resolve(wanted))) throw new MessageError(MESSAGES.cli.outputExists(wanted));
  }
  let chosen = wanted;
  for (let n = 2; !free(chosen); n++) chosen = numbered(wanted, n);
  taken.add(path.resolve(chosen));
  if (chosen !== wanted) return { path: chosen, note: MESSAGES.cli.outputRenamed(wanted, chosen) };
  return { path: chosen };
}
