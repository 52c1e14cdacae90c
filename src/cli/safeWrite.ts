/**
 * Safe writing for every file the command line makes (summaries, consolidations, reports): an
 * output is never half-written and never an input.
 *
 * - The bytes go to a temporary file in the output's folder (a short random name, created with
 *   O_EXCL so nothing planted there is followed), are flushed to disk, and the file is renamed
 *   over the target; the folder is flushed too. A failure, a full disk or a kill leaves the old
 *   file or the new one, never a truncated one; a temporary file a killed run left is removed by
 *   the next write into that folder.
 * - A target that resolves to an input is refused: its real path, and the device and inode of
 *   what is there (so a symlink or a hard link to the input is caught), not the path's spelling.
 *   The rename itself replaces a link rather than writing through it.
 */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { MESSAGES } from "../core/messages";
import { FileError, fileError } from "./fileErrors";

const TEMPORARY = /^\.bureau-stats-(\d+)-[0-9a-f]+\.tmp$/;

/** A file's identity: device and inode. */
function identity(stat: fs.Stats): string {
  return `${stat.dev}:${stat.ino}`;
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return undefined;
  }
}

/** The inputs of one run, by real path and by identity, to keep every output off them. */
export class InputGuard {
  private readonly byRealPath = new Map<string, string>();
  private readonly byIdentity = new Map<string, string>();

  private constructor(inputs: readonly string[]) {
    for (const input of inputs) {
      const real = realPath(input);
      if (real) this.byRealPath.set(real, input);
      try {
        this.byIdentity.set(identity(fs.statSync(input)), input);
      } catch {
        // An input that cannot be read has no identity to protect; reading it reports the problem.
      }
    }
  }

  /**
   * Collects the identities of the inputs (and templates) of a run.
   *
   * @param inputs their paths
   * @returns the guard
   * @example const guard = InputGuard.of(["楚雄市/报表.xlsx", "禄丰市/报表.xlsx"])
   */
  static of(inputs: readonly string[]): InputGuard {
    return new InputGuard(inputs);
  }

  /**
   * The input a path leads to, if any: the same real path (through symlinked folders or a
   * symlink at the path) or the same device and inode (a hard link).
   *
   * @param target the output path
   * @returns the input it would overwrite, or undefined
   */
  inputAt(target: string): string | undefined {
    const real =
      realPath(target) ??
      (() => {
        const folder = realPath(path.dirname(path.resolve(target)));
        return folder ? path.join(folder, path.basename(target)) : undefined;
      })();
    if (real && this.byRealPath.has(real)) return this.byRealPath.get(real);
    for (const stat of [() => fs.statSync(target), () => fs.lstatSync(target)]) {
      try {
        const found = this.byIdentity.get(identity(stat()));
        if (found) return found;
      } catch {
        // Nothing there (or a dangling link): no input can be reached through it.
      }
    }
    return undefined;
  }
}

/** Removes temporary files that runs which no longer exist left in a folder. */
function sweepTemporaries(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    fs.rmSync(path.join(folder, name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

/** Creates a temporary file in the folder that no existing file or link can stand in for. */
function createTemporary(folder: string): { file: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const file = path.join(folder, `.bureau-stats-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
    try {
      return { file, fd: fs.openSync(file, "wx", 0o666) };
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST" || attempt >= 5) throw error;
    }
  }
}

/**
 * Writes a file whole or not at all, never over an input.
 *
 * @param target where the file goes
 * @param bytes its content, in one buffer or in pieces written one after another
 * @param guard the run's inputs
 * @returns when the file is in place; throws a FileError with a bilingual message otherwise (the
 *   target is then as it was)
 * @example writeFileSafely("out/楚雄.summary.xlsx", bytes, InputGuard.of(["楚雄.xlsx"]))
 */
export function writeFileSafely(target: string, bytes: Uint8Array | readonly Uint8Array[], guard: InputGuard): void {
  const folder = path.dirname(path.resolve(target));
  const refuseInput = () => {
    const input = guard.inputAt(target);
    if (input !== undefined) throw new FileError(MESSAGES.files.outputIsInput(target, input));
  };
  refuseInput();
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw fileError("write", folder, error);
  }
  try {
    if (fs.statSync(target).isDirectory()) throw new FileError(MESSAGES.files.fileSystem("write", target, "EISDIR"));
  } catch (error) {
    if (error instanceof FileError) throw error;
  }
  sweepTemporaries(folder);
  let temporary: { file: string; fd: number } | undefined;
  try {
    temporary = createTemporary(folder);
    // A file in pieces (a package's untouched entries are views on the input) is written piece by piece, never joined.
    for (const piece of bytes instanceof Uint8Array ? [bytes] : bytes)
      for (let at = 0; at < piece.length;) at += fs.writeSync(temporary.fd, piece, at, piece.length - at);
    fs.fsyncSync(temporary.fd);
    fs.closeSync(temporary.fd);
    temporary.fd = -1;
    // Checked again just before the rename, which replaces whatever name is there and writes through nothing.
    refuseInput();
    fs.renameSync(temporary.file, target);
    temporary = undefined;
    syncFolder(folder);
  } catch (error) {
    if (temporary) {
      if (temporary.fd >= 0) fs.closeSync(temporary.fd);
      fs.rmSync(temporary.file, { force: true });
    }
    throw error instanceof FileError ? error : fileError("write", target, error);
  }
}

/** Flushes a folder's entries (the rename) to disk, where the system allows it. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, "r");
    fs.fsyncSync(fd);
  } catch {
    // Some systems cannot open or flush a folder; the file itself is already on disk.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
