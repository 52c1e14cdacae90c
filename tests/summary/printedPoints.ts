/**
 * The size each text of a summary plan prints at: its styles laid one over another as the writers lay them
 * (stylePalette.ts `overlay`, 11 pt where none sets a size) times the scale the sheet prints at — the plan's
 * own (a sheet printed across pages) or fit-to-width's (printLayout.ts `printScale`, as Excel rounds it).
 */
import { parseCellAddress } from "../../src/core/model/address";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { printScale } from "../../src/core/summary/printLayout";
import { overlay, STYLE_FORMATS, type StyleFormat } from "../../src/core/summary/stylePalette";

/** One printed text: where, what, and its size on paper in points. */
export interface PrintedText {
  readonly cell: string;
  readonly text: string;
  /** The style the cell's look comes from (the last area over it but "wrap" and "legible", which only add to it). */
  readonly style?: string;
  readonly points: number;
}

/**
 * Every non-empty text inside the print area with the size it prints at.
 *
 * @param plan a summary plan
 * @returns the texts, in sheet order
 */
export function printedTexts(plan: SummaryPlan): PrintedText[] {
  const [from, to] = plan.print.area!.split(":").map((a) => parseCellAddress(a)!);
  const columns = to.column + 1;
  const scale = plan.print.scale !== undefined ? plan.print.scale / 100 : printScale(plan.columnWidths, columns, plan.print.orientation, plan.print.margins);
  const looks: (StyleFormat | undefined)[][] = [];
  const styles: (string | undefined)[][] = [];
  for (const area of plan.styles)
    for (let r = area.row; r < area.row + area.rowCount; r++)
      for (let c = area.column; c < Math.min(columns, area.column + area.columnCount); c++) {
        (looks[r] ??= [])[c] = overlay(looks[r]?.[c], STYLE_FORMATS[area.style]);
        if (area.style !== "wrap" && area.style !== "legible") (styles[r] ??= [])[c] = area.style;
      }
  const texts: PrintedText[] = [];
  for (let r = from.row; r <= to.row; r++)
    for (let c = 0; c < columns; c++) {
      const value = plan.cells[r]?.[c]?.value;
      if (value === null || value === undefined || value === "") continue;
      const points = Math.round((looks[r]?.[c]?.size ?? 11) * scale * 100) / 100;
      texts.push({ cell: `${r + 1}:${c + 1}`, text: String(value).slice(0, 30), ...(styles[r]?.[c] ? { style: styles[r][c] } : {}), points });
    }
  return texts;
}
