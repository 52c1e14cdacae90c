/**
 * Writes an output file without ever touching an input: refuses a path that is (or links to) one
 * of the inputs, writes a temporary file beside it and renames it into place, so a reader never
 * sees half a file and a failure leaves the old file (or none). The SAFE engineer's helper for the
 * command line (issue 27) replaces this when it lands.
 */
import * as fs from "fs";
import * as path from "path";

/** The file's identity (device and inode), or undefined when it does not exist. */
function identity(file: string): string | undefined {
  try {
    const s = fs.statSync(file);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Writes bytes to `output` through a temporary file, refusing when `output` is one of `inputs`.
 *
 * @param output where to write
 * @param bytes the content
 * @param inputs the files that must stay as they are
 * @example writeAside("/tmp/a.report.docx", bytes, ["/tmp/a.xlsx"])
 */
export function writeAside(output: string, bytes: Uint8Array, inputs: readonly string[]): void {
  const target = identity(output);
  if (target && inputs.some((i) => identity(i) === target)) throw new Error(`输出会覆盖输入文件 / The output would overwrite an input: ${output}`);
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  const temporary = path.join(path.dirname(path.resolve(output)), `.${path.basename(output)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, output);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new Error(`无法写入报告 / Cannot write the report: ${output} (${(error as Error).message})`);
  }
}
