/**
 * The page's side of the book worker: opens a file there and puts its sheets together as they
 * arrive (each chunk a short task), asks it to read or plan the data sheets, and stops it on
 * cancel. The worker itself is passed in (startBookWorker.ts makes the real one), so tests can
 * put the handler behind a message channel instead.
 */
import type { ReaderOverrides, WorkbookModel } from "../../core/reader/model";
import type { SummaryOptionsInput } from "../../core/summary/options";
import type { WorkbookData } from "../../xlsx/workbookData";
import type { BookMessage, BookRequest, FailureFields, PlanResult, SheetsToRead } from "./protocol";
import { catalogues } from "../../taskpane/i18n/strings";
import { SheetAssembly } from "./rowChunks";

/** What the client needs of a worker. */
export interface BookPort {
  postMessage(message: BookRequest, transfer?: Transferable[]): void;
  onmessage: ((event: { data: BookMessage }) => void) | null;
  terminate(): void;
}

/** The opened book, as the page gets it. */
export interface OpenedBook {
  /** The sheets, every row its own array (the host adopts them). */
  readonly data: WorkbookData;
  /** The file as .xlsx (an .xls/.et/.csv converted), for the downloads. */
  readonly xlsx: ArrayBuffer;
  /** Some formula has no saved result: the page calculates the workbook instead of taking its values. */
  readonly needsCalculation: boolean;
  /** The sheets that hold no formula (every row came without one). */
  readonly formulaFree: readonly string[];
}

/** Thrown into every pending request when the user cancels; the pane shows its bilingual words. */
export class BookCancelled extends Error {
  readonly bilingual = { zh: catalogues.zh.runCancelled, en: catalogues.en.runCancelled };
  /** The user asked for it: the pane says so as a status, not as an error (toPaneError). */
  readonly cancelled = true;
  constructor() {
    super("cancelled");
    this.name = "BookCancelled";
  }
}

interface Waiter {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: (fraction: number) => void;
}

/** The error a failure's fields stand for (the bilingual message kept for the pane). */
export function failure(fields: FailureFields): Error {
  return Object.assign(
    new Error(fields.message),
    fields.code ? { code: fields.code } : {},
    fields.bilingual ? { bilingual: fields.bilingual } : {},
    fields.userMessage ? { userMessage: fields.userMessage } : {},
  );
}

/** One book in one worker. */
export class BookClient {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();
  private sheets: SheetAssembly[] = [];
  private readonly fileSheets = new Set<string>();
  private closed = false;

  constructor(private port: BookPort) {
    port.onmessage = (event) => this.receive(event.data);
  }

  /**
   * Opens a file in the worker.
   *
   * @param bytes the file (transferred: the caller keeps no use of it)
   * @param name its name
   * @param onProgress 0 to 1 as the file is read and its rows arrive
   * @returns the sheets and the .xlsx bytes; rejects with the reader's refusal, or {@link BookCancelled}
   */
  open(bytes: ArrayBuffer, name: string, onProgress?: (fraction: number) => void): Promise<OpenedBook> {
    this.sheets = [];
    return this.request<OpenedBook>({ kind: "open", id: this.nextId, bytes, name }, [bytes], onProgress);
  }

  /**
   * Reads the data sheets in the worker.
   *
   * @param sheets the sheets to read, with those changed since the file was opened
   * @param overrides the user's corrections
   * @param reportDate the report date (yyyy-mm-dd), today when absent
   * @returns the reader's model
   */
  detect(sheets: SheetsToRead, overrides: ReaderOverrides, reportDate?: string): Promise<WorkbookModel> {
    return this.request<WorkbookModel>({ kind: "detect", id: this.nextId, sheets, overrides, reportDate });
  }

  /**
   * Reads and plans the summary in the worker.
   *
   * @param sheets the sheets to read, with those changed since the file was opened
   * @param overrides the user's corrections
   * @param options the summary options, the generation time included
   * @returns the model, the plan, the 核对 for the pane and the source sheets
   */
  plan(sheets: SheetsToRead, overrides: ReaderOverrides, options: SummaryOptionsInput): Promise<PlanResult> {
    return this.request<PlanResult>({ kind: "plan", id: this.nextId, sheets, overrides, options });
  }

  /** Whether the opened file has a sheet of this name (the worker holds its cells). */
  hasSheet(name: string): boolean {
    return this.fileSheets.has(name);
  }

  /**
   * Stops a Detect or Generate under way: the worker is stopped (a computation cannot be interrupted
   * any other way), its pending requests reject with {@link BookCancelled}, and the book is opened
   * again in a fresh worker without sending its rows (the page has them), so later requests work.
   *
   * @param fresh a new worker
   * @param xlsx the opened file as .xlsx (a copy: it is transferred)
   * @param name its name
   * @returns whether anything was stopped (false, and nothing done, when no request was pending)
   */
  cancel(fresh: BookPort, xlsx: ArrayBuffer, name: string): boolean {
    if (this.closed || this.waiting.size === 0) {
      fresh.terminate();
      return false;
    }
    this.port.onmessage = null;
    this.port.terminate();
    for (const waiter of this.waiting.values()) waiter.reject(new BookCancelled());
    this.waiting.clear();
    this.port = fresh;
    fresh.onmessage = (event) => this.receive(event.data);
    // The page keeps its sheets; a failed reopen shows up as the next request's failure.
    this.request({ kind: "open", id: this.nextId, bytes: xlsx, name, quiet: true }, [xlsx]).catch(() => undefined);
    return true;
  }

  /** Stops the worker: every pending request rejects with {@link BookCancelled}. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.port.terminate();
    for (const waiter of this.waiting.values()) waiter.reject(new BookCancelled());
    this.waiting.clear();
  }

  private request<T>(message: BookRequest, transfer: Transferable[] = [], onProgress?: (fraction: number) => void): Promise<T> {
    if (this.closed) return Promise.reject(new BookCancelled());
    this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(message.id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.port.postMessage(message, transfer);
    });
  }

  private receive(message: BookMessage): void {
    const waiter = this.waiting.get(message.id);
    if (!waiter) return;
    switch (message.kind) {
      case "progress":
        waiter.onProgress?.(message.fraction);
        return;
      case "sheet":
        this.sheets.push(new SheetAssembly(message.head));
        this.fileSheets.add(message.head.name);
        return;
      case "rows":
        this.sheets[message.chunk.sheet].add(message.chunk);
        return;
      case "opened":
        this.waiting.delete(message.id);
        waiter.resolve({
          data: { sheets: this.sheets.map((s) => s.data), name: message.name },
          xlsx: message.xlsx,
          needsCalculation: message.needsCalculation,
          formulaFree: this.sheets.filter((s) => s.formulaFree).map((s) => s.data.name),
        });
        this.sheets = [];
        return;
      case "detected":
        this.waiting.delete(message.id);
        waiter.resolve(message.model);
        return;
      case "planned":
        this.waiting.delete(message.id);
        waiter.resolve(message.result);
        return;
      case "failed":
        this.waiting.delete(message.id);
        waiter.reject(failure(message.error));
    }
  }
}
