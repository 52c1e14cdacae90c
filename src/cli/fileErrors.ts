/**
 * Failures of the command line in words a statistician can act on: a file-system error becomes
 * the catalogue's message for its code (never Node's "EACCES: permission denied, open …"), and
 * whatever else fails — a bug — is the catalogue's internal-error message (messageOf), never the
 * exception's own text.
 */
import { MESSAGES, messageLine, type Message } from "../core/messages";

/** A file could not be read or written; carries its bilingual message. */
export class FileError extends Error {
  readonly bilingual: Message;
  constructor(message: Message) {
    super(`${message.zh} / ${message.en}`);
    this.name = "FileError";
    this.bilingual = message;
  }
}

/**
 * The FileError for a failed read or write of a file.
 *
 * @param action what was being done
 * @param file the path
 * @param error what Node threw
 * @returns the error to throw
 * @example fileError("write", "out/a.summary.xlsx", { code: "ENOSPC" }).bilingual.en // 'Cannot write "out/a.summary.xlsx": the disk is full; …'
 */
export function fileError(action: "read" | "write", file: string, error: unknown): FileError {
  const code = typeof (error as { code?: unknown })?.code === "string" ? (error as { code: string }).code : "";
  return new FileError(MESSAGES.files.fileSystem(action, file, code));
}

/** The one line the command line prints for a failure (its message, or the internal-error one). */
export function failureLine(error: unknown): string {
  return `  失败 / failed: ${messageLine(error)}`;
}
