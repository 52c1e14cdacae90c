/**
 * Reading the chosen sheets of the open workbook into a {@link WorkbookSnapshot}, with as few
 * `context.sync()` calls as the data allow: one round trip learns the sheets, their used ranges
 * and merged areas; then values (and formulas or number formats where asked) come in chunks of
 * rows sized so that each response stays well under Excel on the web's 5 MB limit (sized from a
 * guess for a sheet's first chunk, then from what its responses measured). Each sync carries as
 * many chunks as fit in the byte budget, so the sync count grows with the number of chunks only,
 * never with rows or cells.
 */
import type { MergedArea, SheetSnapshot, WorkbookSnapshot } from "../core/model/snapshot";
import { MESSAGES, type Message } from "../core/messages";
import { officeReason, OfficeFailure } from "./officeFailure";
import { isSetSupported, MERGED_AREAS_API } from "./requirements";

/** What to read. */
export interface ReadOptions {
  /**
   * Sheets to read, in tab order whatever the order given; all visible sheets by default. Naming
   * them saves a round trip: a small workbook is then read in 2 syncs instead of 3.
   */
  readonly sheetNames?: readonly string[];
  readonly withFormulas?: boolean;
  readonly withNumberFormats?: boolean;
  /** Bytes one sync's response may carry (default 4 MB; never more than 4.5 MB, under the 5 MB limit). */
  readonly budgetBytes?: number;
  /**
   * Bytes assumed per cell and per loaded property for a sheet's first chunk (default 16); later
   * chunks use what the sheet's responses measured, times 1.5. A response that still proves too
   * large is read again in chunks of half the rows.
   */
  readonly bytesPerCell?: number;
  /** Called after each sync of values with the rows read so far and the rows to read in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** How many syncs a read took, for the tests and the bench. */
export interface ReadReport {
  /** Every context.sync() the read made, failed ones included. */
  syncs: number;
  /** Chunks of rows read (one per sheet per value sync it appears in). */
  chunks: number;
  /** Syncs that carried values (batches of chunks); the rest learned the sheets or were retried. */
  batches?: number;
  /** What the read could not do and went on without (e.g. a sheet's merged areas), bilingual. */
  notes?: ReadNote[];
}

/** A bilingual note about the read. */
export interface ReadNote {
  readonly zh: string;
  readonly en: string;
}

const MAX_CELLS_PER_READ = 5_000_000;
const MAX_BUDGET_BYTES = 4.5 * 1024 * 1024;
/** Later chunks are sized from what earlier responses measured, times this margin. */
const ESTIMATE_MARGIN = 1.5;
const MIN_BYTES_PER_CELL = 4;

interface Plan {
  name: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  merges: MergedArea[];
}

interface Chunk {
  plan: number;
  firstRow: number;
  rowCount: number;
  bytes: number;
  cells: number;
}

/**
 * Reads sheets of the workbook into a snapshot.
 *
 * @param context the request context (`Excel.run`'s, or the test host's)
 * @param options which sheets, what to read, the byte budget
 * @param report filled with the sync and chunk counts
 * @returns the snapshot; rejects with a {@link ReadError} (bilingual message, Excel's error code)
 *   when a sync fails, when Excel returns no values twice, or when one row alone is too large
 * @example await runExcel((context) => readWorkbookSnapshot(context, { sheetNames: ["灾情汇总"] }))
 */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
  report: ReadReport = { syncs: 0, chunks: 0 },
): Promise<WorkbookSnapshot> {
  try {
    return await readSnapshot(context, options, report);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(MESSAGES.host.readFailed(officeReason(e)), e);
  }
}

/** Why a read failed: the catalogue's message; Excel's error code and text as detail only. */
export class ReadError extends OfficeFailure {
  constructor(bilingual: Message, cause: unknown) {
    super(bilingual, cause);
    this.name = "ReadError";
  }
}

async function readSnapshot(context: Excel.RequestContext, options: ReadOptions, report: ReadReport): Promise<WorkbookSnapshot> {
  report.batches = 0;
  // With the sheets named, one round trip learns them, their used ranges and merged areas.
  // Without names (or when a named sheet has gone), the list of sheets costs one more.
  let plans: Plan[] | undefined;
  if (options.sheetNames && options.sheetNames.length > 0) {
    const named = options.sheetNames.map((name) => context.workbook.worksheets.getItem(name));
    try {
      plans = await learnSheets(context, named, report);
    } catch (e) {
      if ((e as { code?: string }).code !== "ItemNotFound") throw e;
    }
  }
  if (!plans) {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    report.syncs++;
    const wanted = sheets.items.filter((s) => (options.sheetNames ? options.sheetNames.includes(s.name) : s.visibility === "Visible"));
    plans = wanted.length ? await learnSheets(context, wanted, report) : [];
  }

  const properties = 1 + (options.withFormulas ? 1 : 0) + (options.withNumberFormats ? 1 : 0);
  const budget = Math.min(options.budgetBytes ?? 4 * 1024 * 1024, MAX_BUDGET_BYTES);
  // Bytes per cell (all loaded properties), per sheet: a guess at first, then what the sheet's own
  // responses measured, with a margin, so that text-heavy sheets get smaller chunks.
  const estimates = plans.map(() => (options.bytesPerCell ?? 16) * properties);
  const nextRow = plans.map(() => 0);
  const totalRows = plans.reduce((sum, p) => sum + p.rowCount, 0);

  /** The next batch: as many rows of the remaining sheets as the byte and cell budgets allow. */
  const nextBatch = (): Chunk[] => {
    const batch: Chunk[] = [];
    let bytesLeft = budget;
    let cellsLeft = MAX_CELLS_PER_READ;
    for (let i = 0; i < plans.length; i++) {
      const p = plans[i];
      if (nextRow[i] >= p.rowCount) continue;
      const rowBytes = Math.max(1, p.columnCount * estimates[i]);
      const fits = Math.min(Math.floor(bytesLeft / rowBytes), Math.floor(cellsLeft / p.columnCount));
      if (fits < 1 && batch.length) break;
      const rowCount = Math.min(Math.max(1, fits), p.rowCount - nextRow[i]);
      batch.push({ plan: i, firstRow: nextRow[i], rowCount, bytes: rowCount * rowBytes, cells: rowCount * p.columnCount });
      bytesLeft -= rowCount * rowBytes;
      cellsLeft -= rowCount * p.columnCount;
      if (nextRow[i] + rowCount < p.rowCount) break;
    }
    return batch;
  };

  // Per sheet, the chunks' rows by their first row; joined in order at the end.
  const values: unknown[][][] = plans.map(() => []);
  const formulas: unknown[][][] = plans.map(() => []);
  const formats: string[][][] = plans.map(() => []);
  const joined = (parts: unknown[][]) => (parts as unknown as unknown[][][]).filter(Boolean).flat();
  let rowsDone = 0;
  let nullRetries = 0;
  for (let batch = nextBatch(); batch.length; batch = nextBatch()) {
    const ranges = batch.map((chunk) => {
      const p = plans[chunk.plan];
      const range = context.workbook.worksheets.getItem(p.name).getRangeByIndexes(p.row + chunk.firstRow, p.column, chunk.rowCount, p.columnCount);
      // Literal names, so the requirement-set audit (tests/architecture) can resolve them.
      const props = ["values", options.withFormulas ? "formulas" : "", options.withNumberFormats ? "numberFormat" : ""].filter(Boolean);
      // The property list is built above (values, and formulas / number formats when asked).
      // eslint-disable-next-line office-addins/no-empty-load
      range.load(props.join(","));
      return range;
    });
    try {
      // One sync per batch of chunks, each response under the 5 MB limit: the count grows with
      // chunks, never with rows or cells, which is the point of chunking.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const code = (e as { code?: string }).code ?? "";
      if (!/PayloadSizeLimitExceeded/.test(code)) throw e;
      // The guess was too low: halve the rows of this batch's sheets and read them again.
      if (batch.length === 1 && batch[0].rowCount === 1) {
        throw new ReadError(MESSAGES.host.readFailed(MESSAGES.host.rowTooLarge), { code: "ResponsePayloadSizeLimitExceeded" });
      }
      for (const chunk of batch) estimates[chunk.plan] *= 2;
      continue;
    } finally {
      report.syncs++;
    }
    if (ranges.some((r) => r.values === null || r.values === undefined)) {
      if (++nullRetries < 2) continue;
      throw new ReadError(MESSAGES.host.readFailed(MESSAGES.host.noValues), { code: "NullValues" });
    }
    batch.forEach((chunk, i) => {
      const range = ranges[i];
      values[chunk.plan][chunk.firstRow] = range.values as unknown as unknown[];
      if (options.withFormulas) formulas[chunk.plan][chunk.firstRow] = range.formulas as unknown as unknown[];
      if (options.withNumberFormats) formats[chunk.plan][chunk.firstRow] = range.numberFormat as unknown as string[];
      const measured = utf8Bytes([range.values, options.withFormulas ? range.formulas : 0, options.withNumberFormats ? range.numberFormat : 0]);
      estimates[chunk.plan] = Math.max(MIN_BYTES_PER_CELL, (measured / chunk.cells) * ESTIMATE_MARGIN);
      nextRow[chunk.plan] = chunk.firstRow + chunk.rowCount;
      rowsDone += chunk.rowCount;
    });
    report.chunks += batch.length;
    report.batches = (report.batches ?? 0) + 1;
    options.onProgress?.(rowsDone, totalRows);
  }

  const snapshots: SheetSnapshot[] = plans.map((p, i) => ({
    name: p.name,
    originRow: p.row,
    originColumn: p.column,
    values: joined(values[i]),
    ...(options.withFormulas ? { formulas: joined(formulas[i]) } : {}),
    ...(options.withNumberFormats ? { numberFormats: joined(formats[i]) as string[][] } : {}),
    merges: p.merges,
  }));
  return { sheets: snapshots };
}

/**
 * Learns each sheet's name, position, used range (values only) and merged areas in one sync.
 *
 * Merged areas come from the rectangle A1 to the used range's bottom-right corner, because Excel
 * returns only areas whose top-left cell lies in the range asked (a merged title above the data
 * counts). They need ExcelApi 1.13; below it, sheets are read without merges and a note says so.
 * `getMergedAreasOrNullObject` fails above 512 areas and a failure fails the whole sync, so when
 * the combined sync fails, the sheets are learned again without merges and each sheet's merges
 * are read in a sync of its own: a failing sheet is read without merges (with a note), the
 * others keep theirs. When every sheet's merges then read fine, the first failure had another
 * cause and is reported.
 *
 * @param context the request context
 * @param sheets worksheet proxies
 * @param report counts the syncs and collects the notes
 * @returns one plan per sheet, in tab order; a sheet with no used range has no rows
 */
async function learnSheets(context: Excel.RequestContext, sheets: Excel.Worksheet[], report: ReadReport): Promise<Plan[]> {
  const learn = () =>
    sheets.map((sheet) => {
      sheet.load("name,position");
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { sheet, range };
    });
  let used = learn();
  let merges: (MergedArea[] | undefined)[] = sheets.map(() => []);
  if (!isSetSupported(context, "ExcelApi", MERGED_AREAS_API)) {
    await syncCounted(context, report);
    addNote(report, MERGES_UNAVAILABLE);
  } else {
    const queued = sheets.map((sheet) => queueMerges(context, sheet));
    try {
      await syncCounted(context, report);
      merges = queued.map(readMerges);
    } catch (e) {
      if ((e as { code?: string }).code === "ItemNotFound") throw e;
      // One sheet's merges (or something else) failed the batch: learn the sheets alone, then
      // each sheet's merges in a sync of its own, so one sheet cannot fail the others.
      used = learn();
      await syncCounted(context, report);
      merges = [];
      let explained = false;
      for (const [i, { sheet, range }] of used.entries()) {
        if (range.isNullObject) {
          merges[i] = [];
          continue;
        }
        const one = queueMerges(context, sheet);
        try {
          // Only after a failed combined read: one sync per sheet isolates the failing sheet.
          await syncCounted(context, report);
          merges[i] = readMerges(one);
        } catch (error) {
          merges[i] = [];
          explained = true;
          addNote(report, mergesFailed(sheet.name, error));
        }
      }
      // Every sheet's merges read fine alone: the failure was not about merges, so report it.
      if (!explained) throw e;
    }
  }
  return used
    .map(({ sheet, range }, i) => ({ sheet, range, merges: merges[i] ?? [] }))
    .sort((a, b) => a.sheet.position - b.sheet.position)
    .map(({ sheet, range, merges }) => {
      if (range.isNullObject) return { name: sheet.name, row: 0, column: 0, rowCount: 0, columnCount: 0, merges: [] };
      return { name: sheet.name, row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount, merges };
    });
}

/** Queues the merged areas from A1 to the used range's bottom-right corner (ExcelApi 1.13). */
function queueMerges(context: Excel.RequestContext, sheet: Excel.Worksheet): Excel.RangeAreas | undefined {
  if (!isSetSupported(context, "ExcelApi", MERGED_AREAS_API)) return undefined;
  const scope = sheet.getUsedRange(true).getBoundingRect("A1");
  const merged = scope.getMergedAreasOrNullObject();
  merged.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
  return merged;
}

function readMerges(merged: Excel.RangeAreas | undefined): MergedArea[] {
  if (!merged || merged.isNullObject) return [];
  return merged.areas.items.map((a) => ({ row: a.rowIndex, column: a.columnIndex, rowCount: a.rowCount, columnCount: a.columnCount }));
}

async function syncCounted(context: Excel.RequestContext, report: ReadReport): Promise<void> {
  try {
    await context.sync();
  } finally {
    report.syncs++;
  }
}

function addNote(report: ReadReport, note: ReadNote): void {
  report.notes = [...(report.notes ?? []), note];
}

const MERGES_UNAVAILABLE: ReadNote = {
  zh: "此版本的 Excel 不支持读取合并单元格（需要 ExcelApi 1.13），已按无合并单元格读取；多行表头可能需要手动确认。",
  en: "This Excel cannot report merged cells (ExcelApi 1.13 is needed), so the sheets were read as if nothing were merged; multi-row headers may need checking.",
};

function mergesFailed(sheet: string, error: unknown): ReadNote {
  const code = (error as { code?: string })?.code ?? "Unknown";
  return {
    zh: `工作表“${sheet}”的合并单元格无法读取（${code}，例如超过 512 个合并区域），已按无合并单元格读取；其他工作表不受影响。`,
    en: `The merged cells of sheet "${sheet}" could not be read (${code}, e.g. more than 512 merged areas), so it was read as if nothing were merged; other sheets are unaffected.`,
  };
}

/** The UTF-8 size of a value as JSON: what it adds to a response. */
function utf8Bytes(value: unknown): number {
  // Counted by hand: TextEncoder is missing from some test environments (jsdom).
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
