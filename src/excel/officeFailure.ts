/**
 * Office's failures in the catalogue's words. Office.js rejects with its own code and English
 * text ("GeneralException: An internal error has occurred."); the user gets a bilingual message
 * that says what happened and what to do, and Office's code and text travel only as the error's
 * technical detail (the pane shows it small, for a support request; toPaneError).
 */
import { MESSAGES, type Message } from "../core/messages";

/**
 * What an Office error code means for the user, when it means something they can act on.
 *
 * @param error anything Office.js rejected with
 * @returns the catalogue's message, or undefined for a code with no advice of its own
 * @example officeReason({ code: "InvalidOperationInCellEditMode" }) // MESSAGES.host.busy
 */
export function officeReason(error: unknown): Message | undefined {
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  const text = typeof e.message === "string" ? e.message : "";
  if (/CellEditMode|Busy|Timeout/i.test(code)) return MESSAGES.host.busy;
  if (/PayloadSize|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(code + text)) return MESSAGES.host.payloadTooLarge;
  if (/AccessDenied|Protected|ReadOnly/i.test(code)) return MESSAGES.host.sheetProtected;
  if (/ItemNotFound|InvalidReference/i.test(code)) return MESSAGES.host.notFound;
  return undefined;
}

/** A failure of an Office batch: the catalogue's message for the user, Office's own code and text as detail only. */
export class OfficeFailure extends Error {
  readonly bilingual: Message;
  readonly code?: string;

  /**
   * @param bilingual what the user is told
   * @param cause what Office rejected with: its code is kept, its text becomes this error's message (the detail)
   */
  constructor(bilingual: Message, cause: unknown) {
    const e = (cause ?? {}) as { code?: unknown; message?: unknown };
    super(typeof e.message === "string" ? e.message : typeof e.code === "string" ? e.code : String(cause));
    this.name = "OfficeFailure";
    this.bilingual = bilingual;
    if (typeof e.code === "string") this.code = e.code;
  }
}

/**
 * The cause of a failure in catalogue words: the bilingual message it carries (a sync that timed
 * out, a refusal), or what its Office code means.
 *
 * @param error anything a batch rejected with
 * @returns the cause's message, or undefined when nothing more than "it failed" is known
 * @example causeOf(new SyncTimeoutError(60000)) // MESSAGES.host.syncTimeout(60)
 */
export function causeOf(error: unknown): Message | undefined {
  const bilingual = (error as { bilingual?: Partial<Message> } | null | undefined)?.bilingual;
  if (bilingual && typeof bilingual.zh === "string" && typeof bilingual.en === "string") return { zh: bilingual.zh, en: bilingual.en };
  return officeReason(error);
}
