/**
 * What a user is told about any failure: the bilingual message the error carries (a refusal of
 * the reader, a file error of the command line, a MessageError of the core — each keeps it as
 * `bilingual`), or the catalogue's internal-error message. An exception's own text (a library's,
 * Node's, a bug's) is never shown.
 */
import { FILE_MESSAGES } from "./fileMessages";
import type { Message } from "./message";

/**
 * The message of a failure.
 *
 * @param error anything thrown
 * @returns its bilingual message, or the internal-error message
 * @example messageOf(new TypeError("x is undefined")).en // "An internal error occurred while processing the file …"
 */
export function messageOf(error: unknown): Message {
  const bilingual = (error as { bilingual?: Partial<Message> } | null | undefined)?.bilingual;
  if (bilingual && typeof bilingual.zh === "string" && typeof bilingual.en === "string") return { zh: bilingual.zh, en: bilingual.en };
  return FILE_MESSAGES.internal();
}

/** A failure as one "中文 / English" line (the form lists of files and the 报送情况 sheet carry). */
export function messageLine(error: unknown): string {
  const m = messageOf(error);
  return `${m.zh} / ${m.en}`;
}
