/**
 * A sheet sent from the book worker to the page in pieces: its head (everything but the cells),
 * then its rows a few thousand at a time, so the page takes each piece in a short task instead
 * of one structured clone of a 100,000-row sheet. Formulas and number formats travel only for the
 * rows that have any; the page gives every other row its own row of "" formulas (a text cell is a
 * value, never a formula: SheetData.formulas) and of "General".
 */
import type { SheetData } from "../../xlsx/workbookData";
import type { RowChunk, SheetHead } from "./protocol";

/**
 * Rows per message. The page's cost of a message is its structured clone and the young-generation
 * collection of what it keeps: at 2,000 rows of a 13-column ledger that was 150–300 ms a message on
 * the loaded bench machine, at 500 a quarter of it.
 */
export const CHUNK_ROWS = 500;

/**
 * A sheet's head, for the first message about it.
 *
 * @param sheet the sheet as read
 * @returns everything but its cells, with its size
 * @example sheetHead(emptySheet("表", 2, 3)).rows // 2
 */
export function sheetHead(sheet: SheetData): SheetHead {
  const { values, formulas: _formulas, numberFormats: _formats, ...rest } = sheet;
  void _formulas;
  void _formats;
  return { ...rest, rows: values.length, columns: values[0]?.length ?? 0 };
}

/**
 * The sheet's rows in chunks.
 *
 * @param sheet the sheet as read
 * @param index its position in the workbook (the chunks name it by position)
 * @param size rows per chunk
 * @returns the chunks in row order
 * @example [...rowChunks(sheet, 0)].length // ⌈rows / 2000⌉
 */
export function* rowChunks(sheet: SheetData, index: number, size = CHUNK_ROWS): Generator<RowChunk> {
  for (let start = 0; start < sheet.values.length; start += size) {
    const end = Math.min(start + size, sheet.values.length);
    const formulas: [number, unknown[]][] = [];
    const formats: [number, string[]][] = [];
    for (let r = start; r < end; r++) {
      const f = sheet.formulas[r];
      if (f.some((x) => x !== "")) formulas.push([r, f]);
      const n = sheet.numberFormats[r];
      if (n.some((x) => x !== "General")) formats.push([r, n]);
    }
    yield { sheet: index, start, values: sheet.values.slice(start, end), formulas, formats };
  }
}

/** A sheet being put together on the page from its head and chunks. */
export class SheetAssembly {
  readonly data: SheetData;
  private readonly columns: number;
  private formulaRows = 0;

  constructor(head: SheetHead) {
    const { rows, columns, ...rest } = head;
    this.columns = columns;
    this.data = { ...rest, values: new Array(rows), formulas: new Array(rows), numberFormats: new Array(rows) };
  }

  /**
   * Takes one chunk: its rows become the sheet's own arrays (the host adopts them, so each row is
   * a separate array in values, formulas and formats).
   *
   * @param chunk rows of this sheet
   */
  add(chunk: RowChunk): void {
    const { values, formulas, numberFormats } = this.data;
    this.formulaRows += chunk.formulas.length;
    chunk.values.forEach((row, i) => (values[chunk.start + i] = row));
    for (const [r, row] of chunk.formulas) formulas[r] = row;
    for (const [r, row] of chunk.formats) numberFormats[r] = row;
    for (let r = chunk.start; r < chunk.start + chunk.values.length; r++) {
      formulas[r] ??= new Array<unknown>(this.columns).fill("");
      numberFormats[r] ??= new Array<string>(this.columns).fill("General");
    }
  }

  /** Whether no row of the sheet came with a formula (the host need not look for formulas that read other sheets in it). */
  get formulaFree(): boolean {
    return this.formulaRows === 0;
  }
}
