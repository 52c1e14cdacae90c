/**
 * Turns any failure (an Office.js `OfficeExtension.Error`, a reader diagnostic, a plain
 * Error) into a message the user can act on, in both languages. The pane shows these
 * instead of a stack trace or a spinner.
 */
import type { Bilingual } from "../core/reader/model";
import { officeReason } from "../excel/officeFailure";
import { catalogues, type StringKey } from "./i18n/strings";

/** A failure as the pane shows it. */
export interface PaneError {
  /** What to do next, in both languages. */
  readonly message: Bilingual;
  /** The technical detail (error code and message) for a support request. */
  readonly detail?: string;
  /** The user stopped it (Cancel): said as a status, not as an error, and nothing was lost. */
  readonly cancelled?: boolean;
}

function fromKey(key: StringKey, detail?: string): PaneError {
  return { message: { zh: catalogues.zh[key], en: catalogues.en[key] }, detail };
}

function isBilingual(value: unknown): value is Bilingual {
  return !!value && typeof value === "object" && typeof (value as Bilingual).zh === "string" && typeof (value as Bilingual).en === "string";
}

/**
 * Classifies a failure by its Office.js error code (or message) and says what to do next.
 * An error that already carries a bilingual message (the summary writer's, the reader's) keeps it.
 *
 * @param error anything thrown or rejected
 * @returns a bilingual message and the technical detail
 * @example toPaneError({ code: "InvalidOperationInCellEditMode" }).message.en // "Excel is busy …"
 */
export function toPaneError(error: unknown): PaneError {
  const e = (error ?? {}) as { code?: unknown; message?: unknown; name?: unknown; bilingual?: unknown; userMessage?: unknown; cancelled?: unknown };
  // A cancel the user asked for is not a failure: its words, and no technical detail.
  if (e.cancelled === true && isBilingual(e.bilingual)) return { message: e.bilingual, cancelled: true };
  const code = typeof e.code === "string" ? e.code : "";
  const text = typeof e.message === "string" ? e.message : typeof error === "string" ? error : "";
  const detail = [code, text].filter(Boolean).join(": ") || undefined;
  if (isBilingual(e.bilingual)) return { message: e.bilingual, detail };
  if (isBilingual(e.userMessage)) return { message: e.userMessage, detail };
  if (isBilingual(e.message)) return { message: e.message, detail: code || undefined };
  const reason = officeReason(error);
  if (reason) return { message: reason, detail };
  if (/Excel is not defined|Office is not defined|not (running )?in (an )?Office|Excel\.run/i.test(text)) return fromKey("errorNotInExcel", detail);
  return fromKey("errorGeneric", detail);
}
