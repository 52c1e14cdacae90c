/**
 * A block of a sheet seen turned (rows for columns), in the sheet's own coordinates swapped: the
 * view's row r is sheet column r and its column c is sheet row c. A table read through it comes out
 * with the shape of a table read turned (`transposed`, tableCell.ts) and needs no other mapping.
 */
import { cellAddress, parseCellAddress } from "../model/address";
import type { MergedArea, SheetSnapshot } from "../model/snapshot";
import type { Anomaly, Diagnostic } from "./model";
import type { Bilingual } from "./modelBasics";

/** The part of a sheet to turn: sheet rows first..last, sheet columns left..right. */
export interface Block {
  readonly first: number;
  readonly last: number;
  readonly left: number;
  readonly right: number;
}

/**
 * The block's cells turned: values, number formats and merges (clipped to the block) swapped.
 *
 * @param sheet the sheet snapshot
 * @param block the sheet rows and columns to turn
 * @returns a snapshot whose origin is (block.left, block.first)
 * @example turnedSnapshot(sheet, { first: 1, last: 4, left: 0, right: 4 }).values[1][0] // the cell at sheet row 1, column 1
 */
export function turnedSnapshot(sheet: SheetSnapshot, block: Block): SheetSnapshot {
  const { first, last, left, right } = block;
  const at = <T>(rows: readonly (readonly T[])[] | undefined, r: number, c: number): T | "" => rows?.[r - sheet.originRow]?.[c - sheet.originColumn] ?? "";
  const values: unknown[][] = [];
  const formats: string[][] = [];
  for (let c = left; c <= right; c++) {
    const row: unknown[] = [];
    const format: string[] = [];
    for (let r = first; r <= last; r++) {
      row.push(at(sheet.values, r, c));
      format.push(String(at(sheet.numberFormats, r, c)));
    }
    values.push(row);
    formats.push(format);
  }
  const merges: MergedArea[] = [];
  for (const m of sheet.merges) {
    const r0 = Math.max(m.row, first);
    const r1 = Math.min(m.row + m.rowCount - 1, last);
    const c0 = Math.max(m.column, left);
    const c1 = Math.min(m.column + m.columnCount - 1, right);
    if (r0 <= r1 && c0 <= c1) merges.push({ row: c0, column: r0, rowCount: c1 - c0 + 1, columnCount: r1 - r0 + 1 });
  }
  return {
    name: sheet.name,
    originRow: left,
    originColumn: first,
    values,
    ...(sheet.numberFormats ? { numberFormats: formats } : {}),
    merges,
  };
}

const ADDRESS = /\b([A-Z]{1,3}\d+)(?::([A-Z]{1,3}\d+))?\b/g;

/** A cell address of the view as the sheet's (B3 of the view is C2 of the sheet); other text unchanged. */
function sheetAddress(address: string, block: Block): string {
  const p = parseCellAddress(address);
  // Only addresses inside the view's block are the view's; anything else is left as written.
  if (!p || p.row < block.left || p.row > block.right || p.column < block.first || p.column > block.last) return address;
  return cellAddress(p.column, p.row);
}

/**
 * Addresses the view gave, as the sheet's: single cells and ranges, in an address field or a message.
 *
 * @param text a cell, a range or a message naming them
 * @param block the block the view turned
 * @returns the text with each address of the view written as the sheet's
 * @example sheetAddresses("C2:E3", { first: 1, last: 4, left: 0, right: 4 }) // "B3:C5"
 */
export function sheetAddresses(text: string, block: Block): string {
  return text.replace(ADDRESS, (whole, a: string, b: string | undefined) => {
    if (!b) return sheetAddress(a, block);
    const [pa, pb] = [parseCellAddress(a), parseCellAddress(b)];
    if (!pa || !pb) return whole;
    // A range turns with its corners swapped: its top-left stays top-left.
    return `${sheetAddress(a, block)}:${sheetAddress(b, block)}`;
  });
}

function sheetMessage(message: Bilingual, block: Block): Bilingual {
  return { ...message, zh: sheetAddresses(message.zh, block), en: sheetAddresses(message.en, block) };
}

/** An anomaly the view recorded, at its sheet cell. */
export function sheetAnomaly(a: Anomaly, block: Block): Anomaly {
  return { ...a, cell: sheetAddresses(a.cell, block), message: sheetMessage(a.message, block) };
}

/** A diagnostic the view gave, naming the sheet's cells. */
export function sheetDiagnostic(d: Diagnostic, block: Block): Diagnostic {
  return { ...d, ...(d.address ? { address: sheetAddresses(d.address, block) } : {}), message: sheetMessage(d.message, block) };
}
