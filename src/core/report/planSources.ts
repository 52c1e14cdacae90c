/**
 * The workbook cells a figure of the summary plan comes from. A plan cell is a live formula
 * ("='事故分县统计'!B5", "=IFERROR(B6-C6,"—")") or a constant standing for source cells; a
 * reference to the summary sheet itself is followed to the cells it names, until only the
 * workbook's own cells are left.
 */
import type { SummaryPlan } from "../summary/plan";
import { distinctRanges, parseReferences } from "./sheetRanges";
import type { SheetRange } from "./types";

/** The summary sheet's own references are named by this placeholder while they are followed. */
const SELF = "\u0000summary";

/** At most this many summary cells are followed for one figure (a SUM over a column is a few dozen). */
const MAX_FOLLOWED = 2000;

/**
 * The source ranges of a plan cell, followed through the summary's own references.
 *
 * @param plan the summary plan
 * @param row 0-based row of the summary sheet
 * @param column 0-based column
 * @returns the workbook ranges (empty for a label or a constant with no source)
 * @example planCellSources(plan, 5, 1) // [{ sheet: "事故分县统计", top: 4, left: 1, bottom: 4, right: 1 }]
 */
export function planCellSources(plan: SummaryPlan, row: number, column: number): SheetRange[] {
  const out: SheetRange[] = [];
  const seen = new Set<string>();
  const stack: [number, number][] = [[row, column]];
  while (stack.length && seen.size < MAX_FOLLOWED) {
    const [r, c] = stack.pop()!;
    const key = `${r},${c}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cell = plan.cells[r]?.[c];
    if (!cell) continue;
    const text = cell.formula ?? cell.source;
    if (!text) continue;
    for (const ref of parseReferences(text, SELF)) {
      if (ref.sheet !== SELF && ref.sheet !== plan.sheetName) {
        out.push(ref);
        continue;
      }
      for (let rr = ref.bottom; rr >= ref.top; rr--) for (let cc = ref.right; cc >= ref.left; cc--) stack.push([rr, cc]);
    }
  }
  return distinctRanges(out);
}
