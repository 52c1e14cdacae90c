/**
 * A message for the user in both languages. Every message the core shows — spreadsheet-function
 * errors, reader anomalies and diagnostics, 核对 findings — is built by the catalogue in this
 * folder, so the wording is kept in one place and both languages are always present.
 */

/** One message, in Chinese and English. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/**
 * The one-line form Excel shows for a function error: English first, then Chinese (Excel's own
 * error tooltips are in the UI language, and a bureau's Excel may be in either).
 *
 * @example inlineText({ zh: "空区域", en: "empty range" }) // "empty range / 空区域"
 */
export function inlineText(message: Message): string {
  return `${message.en} / ${message.zh}`;
}

/**
 * An exception that carries its bilingual message, for pure functions that reject their input
 * (a spreadsheet wrapper turns it into an error value with the same message).
 */
export class MessageError extends RangeError {
  constructor(readonly bilingual: Message) {
    super(inlineText(bilingual));
    this.name = "MessageError";
  }
}
