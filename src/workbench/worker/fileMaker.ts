/**
 * What the workbench's file-maker worker does (fileMakerWorker.ts wires it to the worker's messages;
 * tests call it directly): makes the summary workbook or the .docx report of the opened file —
 * opening the package, reading, planning, writing and compressing — off the page's main thread,
 * and answers with the new file's name and bytes, or the refusal as plain fields.
 */
import { makeReport, type ReportShows } from "../downloadReport";
import { makeSummaryWorkbook, type PaneShows } from "../downloadSummary";
import { failureFields } from "./bookHandler";
import type { FailureFields } from "./protocol";

/** A file to make from the opened workbook's bytes (a copy: the page keeps its own). */
export type MakeRequest =
  | { readonly kind: "summary"; readonly bytes: ArrayBuffer; readonly name: string; readonly shows?: PaneShows }
  | {
      readonly kind: "report";
      readonly bytes: ArrayBuffer;
      readonly name: string;
      readonly language: "zh" | "en";
      readonly now: number;
      readonly shows?: ReportShows;
    };

/** The file made: its name, bytes and MIME type. */
export interface MadeFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type: string;
}

/** The worker's answer. */
export type MakeAnswer = { readonly made: MadeFile } | { readonly failed: FailureFields };

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Makes the file asked for; a failure is answered with its fields, never thrown.
 *
 * @param request the file to make and the opened workbook
 * @returns the file, or the failure
 */
export async function makeFile(request: MakeRequest): Promise<MakeAnswer> {
  try {
    if (request.kind === "summary") {
      const made = await makeSummaryWorkbook(request.bytes, request.name, request.shows);
      return { made: { name: made.name, bytes: made.bytes, type: made.name.endsWith(".xlsm") ? XLSM : XLSX } };
    }
    const made = await makeReport(request.bytes, request.name, request.language, new Date(request.now), request.shows);
    return { made: { name: made.name, bytes: made.bytes, type: DOCX } };
  } catch (error) {
    return { failed: failureFields(error) };
  }
}
