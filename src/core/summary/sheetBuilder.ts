/**
 * SheetBuilder: the summary sheet as it is being planned — a growing grid of cells with styles,
 * merges and row heights — and the live reference to a source figure.
 *
 * Text source cells: where the workbook holds a number as text ("24,101", "60万元"), a reference
 * would carry the text and break the arithmetic, and VALUE(SUBSTITUTE(…)) cannot undo every
 * form the reader accepts (full-width digits, 万 multipliers). Such a cell is written as the
 * engine's number, a constant, and listed in a note under the tables.
 */
import { quoteSheetName, rangeAddress } from "../model/address";
import type { SourcedValue } from "./facts";
import type { PlanCell, StyledArea, SummaryStyle } from "./plan";

/** What an empty or undefined comparison shows ("去年同期为零"). */
export const DASH = "—";

/** A formula cell with its result, or a constant (with the source cells it stands for). */
export interface Written {
  formula?: string;
  value: string | number | null;
  source?: string;
}

/** The sheet being planned; rows grow as sections are written. */
export class SheetBuilder {
  readonly rows: PlanCell[][] = [];
  readonly styles: StyledArea[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  readonly textCells = new Set<string>();
  usesDash = false;

  get next(): number {
    return this.rows.length;
  }
  set(row: number, column: number, cell: PlanCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length < column) r.push({ value: null });
    r[column] = cell;
    if (cell.value === DASH) this.usesDash = true;
  }
  style(row: number, column: number, rowCount: number, columnCount: number, style: SummaryStyle): void {
    if (rowCount > 0 && columnCount > 0) this.styles.push({ row, column, rowCount, columnCount, style });
  }
  /** A live reference to a source figure (or its constant, see the file comment). */
  ref(v: SourcedValue): Written {
    if (v.formula) return { formula: v.formula, value: v.value ?? DASH };
    if (v.cell && v.numeric) {
      const target = `${quoteSheetName(v.cell.sheet)}!${v.cell.address}`;
      const factor = v.factor ?? 1;
      return {
        formula: factor === 1 ? `=${target}` : `=${target}*${factor}`,
        value: v.value,
      };
    }
    if (v.sumOf && v.sumOf.length && v.sumOf.every((p) => (p.cell && p.numeric && (p.factor ?? 1) === 1) || (p.cell && p.value === null))) {
      return { formula: `=SUM(${sumRanges(v.sumOf)})`, value: v.value ?? 0 };
    }
    const sources: string[] = [];
    if (v.cell && v.value !== null) {
      this.textCells.add(`${quoteSheetName(v.cell.sheet)}!${v.cell.address}`);
      sources.push(`${quoteSheetName(v.cell.sheet)}!${v.cell.address}`);
    }
    for (const p of v.sumOf ?? []) {
      if (!p.cell || p.value === null) continue;
      if (!p.numeric) this.textCells.add(`${quoteSheetName(p.cell.sheet)}!${p.cell.address}`);
      sources.push(`${quoteSheetName(p.cell.sheet)}!${p.cell.address}`);
    }
    return sources.length ? { value: v.value ?? DASH, source: sources.join(",") } : { value: v.value ?? DASH };
  }
}

/** Source cells as SUM arguments, consecutive rows of one column merged into ranges. */
function sumRanges(parts: readonly SourcedValue[]): string {
  const cells = parts
    .flatMap((p) => (p.cell ? [p.cell] : []))
    .sort((a, b) => (a.sheet === b.sheet ? a.column - b.column || a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  const out: string[] = [];
  let i = 0;
  while (i < cells.length) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].sheet === cells[i].sheet && cells[j + 1].column === cells[i].column && cells[j + 1].row === cells[j].row + 1)
      j++;
    const a = cells[i];
    out.push(`${quoteSheetName(a.sheet)}!${i === j ? a.address : rangeAddress(a.row, a.column, j - i + 1, 1)}`);
    i = j + 1;
  }
  return out.join(",");
}
