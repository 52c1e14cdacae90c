/**
 * What the book worker does with each request from the page (bookWorker.ts wires it to the
 * worker's messages; tests call it directly): open the file once (the same stream reader as the
 * command line, any .xls/.et/.csv converted first), send its sheets to the page in chunks, and
 * read and plan the data sheets from the cells it keeps, so the page's main thread never parses
 * the file nor runs the reader or the planner.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../../core/model/snapshot";
import { readWorkbook } from "../../core/reader/readWorkbook";
import { summaryFromSnapshot } from "../../core/pipeline/summaryFromSnapshot";
import { asXlsxBytes } from "../../xlsx/legacy/asXlsxBytes";
import { XlsxPackage } from "../../xlsx/package/openPackage";
import { workbookToSnapshot } from "../../xlsx/snapshot";
import { streamWorkbook } from "../../xlsx/stream/streamWorkbook";
import type { WorkbookData } from "../../xlsx/workbookData";
import type { BookMessage, BookRequest, FailureFields, SheetsToRead } from "./protocol";
import { rowChunks, sheetHead } from "./rowChunks";

/** Sends a message to the page (postMessage, with what to transfer). */
export type PostBookMessage = (message: BookMessage, transfer?: Transferable[]) => void;

/** The plain fields of an error the page needs to show it (toPaneError reads these). */
export function failureFields(error: unknown): FailureFields {
  const e = (error ?? {}) as Record<string, unknown>;
  const pick = (v: unknown) => (v && typeof v === "object" ? JSON.parse(JSON.stringify(v)) : undefined);
  return {
    message: typeof e.message === "string" ? e.message : String(error),
    code: typeof e.code === "string" ? e.code : undefined,
    bilingual: pick(e.bilingual),
    userMessage: pick(e.userMessage),
  };
}

/** Whether a formula cell has no saved result (the page must calculate the workbook then). */
function lacksSavedValues(data: WorkbookData): boolean {
  return data.sheets.some((s) => s.formulas.some((row, r) => row.some((f, c) => typeof f === "string" && f.startsWith("=") && s.values[r][c] === "")));
}

/** The worker's side of the workbench: one opened book. */
export class BookHandler {
  private data: WorkbookData | undefined;

  constructor(private readonly post: PostBookMessage) {}

  /**
   * Answers one request; a failure is answered with its message, never thrown.
   *
   * @param request what the page asked
   */
  async handle(request: BookRequest): Promise<void> {
    try {
      if (request.kind === "open") await this.open(request.id, request.bytes, request.name, request.quiet ?? false);
      else if (request.kind === "detect") {
        const model = readWorkbook(this.snapshot(request.sheets), { overrides: request.overrides, reportDate: request.reportDate });
        this.post({ kind: "detected", id: request.id, model });
      } else {
        const { facts: _facts, ...result } = summaryFromSnapshot(this.snapshot(request.sheets), request.options, {
          overrides: request.overrides,
          reportDate: request.reportDate,
        });
        this.post({ kind: "planned", id: request.id, result });
      }
    } catch (error) {
      this.post({ kind: "failed", id: request.id, error: failureFields(error) });
    }
  }

  private async open(id: number, bytes: ArrayBuffer, name: string, quiet: boolean): Promise<void> {
    // An .xls, .et or .csv file becomes an .xlsx package first; the download then reads that.
    const xlsx = await asXlsxBytes(new Uint8Array(bytes), name);
    this.post({ kind: "progress", id, fraction: 0.1 });
    const data = await streamWorkbook(await XlsxPackage.open(xlsx), name, { withFormulas: true });
    this.data = data;
    if (quiet) {
      // A reopen after a cancel: the page has the sheets already.
      this.post({ kind: "opened", id, name, xlsx: new ArrayBuffer(0), needsCalculation: false });
      return;
    }
    const total = Math.max(
      1,
      data.sheets.reduce((n, s) => n + s.values.length, 0),
    );
    let sent = 0;
    this.post({ kind: "progress", id, fraction: 0.5 });
    data.sheets.forEach((sheet, index) => {
      this.post({ kind: "sheet", id, head: sheetHead(sheet) });
      for (const chunk of rowChunks(sheet, index)) {
        this.post({ kind: "rows", id, chunk });
        sent += chunk.values.length;
        this.post({ kind: "progress", id, fraction: 0.5 + (0.5 * sent) / total });
      }
    });
    const copy = xlsx.slice().buffer;
    this.post({ kind: "opened", id, name, xlsx: copy, needsCalculation: lacksSavedValues(data) }, [copy]);
  }

  /** The sheets the page asked for: as the file gave them, or as the page sent them (changed since). */
  private snapshot(sheets: SheetsToRead): WorkbookSnapshot {
    const data = this.data;
    if (!data) throw new Error("no workbook open");
    const changed = new Map(sheets.changed.map((s) => [s.name, s]));
    const out: SheetSnapshot[] = sheets.names.map((name) => {
      const sheet = changed.get(name) ?? workbookToSnapshot(data, [name]).sheets[0];
      if (!sheet) throw new Error(`sheet not in the opened file: ${name}`);
      return sheet;
    });
    return { sheets: out, name: data.name };
  }
}
