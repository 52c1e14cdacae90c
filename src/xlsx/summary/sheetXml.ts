/**
 * The summary sheet's worksheet part: values and formulas with their computed results as cached
 * values (so a viewer that does not recalculate, and LibreOffice before it does, shows the
 * numbers), inline strings (the workbook's shared-string table is left alone), formats, merges,
 * widths, row heights, frozen title rows, the A4 print setup (fit to width, or a scale and column breaks
 * where a table prints across pages) and the drawing.
 */
import type { SummaryPlan } from "../../core/summary/plan";
import { cellAddress, columnLetters } from "../../core/model/address";
import { escapeXml } from "../package/xmlParts";
import { customPropertiesXml } from "../sheetMarks";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function cellXml(ref: string, style: number, value: string | number | null, formula?: string): string {
  const s = style > 0 ? ` s="${style}"` : "";
  const number = typeof value === "number" && Number.isFinite(value);
  if (formula) {
    const f = `<f>${escapeXml(formula.replace(/^=/, ""))}</f>`;
    if (number) return `<c r="${ref}"${s}>${f}<v>${value}</v></c>`;
    if (typeof value === "string") return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(value)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (number) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "string" && value !== "") return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  return `<c r="${ref}"${s}/>`;
}

/**
 * Writes the worksheet part of the summary.
 *
 * @param plan the summary plan
 * @param styleOf the cell-format index (`s`) of a cell, 0 for none
 * @param drawingRelId the relationship id of the sheet's drawing, when it has charts
 * @param markRelId the relationship id of the sheet's mark (a custom-property part), when it has one
 * @returns the worksheet XML
 */
export function sheetXml(plan: SummaryPlan, styleOf: (row: number, column: number) => number, drawingRelId?: string, markRelId?: string): string {
  const rows = Math.max(plan.rowCount, plan.cells.length);
  const columns = Math.max(plan.columnCount, ...plan.cells.map((r) => r.length), 1);
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">`);
  const print = plan.print;
  if (print.fitToWidth) out.push(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  out.push(`<dimension ref="A1:${cellAddress(Math.max(rows, 1) - 1, columns - 1)}"/>`);
  const frozen =
    plan.frozenRows > 0
      ? `<pane ySplit="${plan.frozenRows}" topLeftCell="A${plan.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
      : "";
  out.push(`<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews>`);
  // Rows are 15 pt wherever the plan sets no height, in every program (LibreOffice would make them 12.8 pt),
  // so the page breaks the plan placed (printLayout.ts) fall where it expects.
  out.push(`<sheetFormatPr defaultRowHeight="15" customHeight="1"/>`);
  if (plan.columnWidths.length)
    out.push(`<cols>${plan.columnWidths.map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`);
  out.push("<sheetData>");
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) {
      const cell = plan.cells[r]?.[c];
      const style = styleOf(r, c);
      if (!cell || (cell.value === null && !cell.formula) || (cell.value === "" && !cell.formula)) {
        if (style > 0) cells.push(cellXml(`${columnLetters(c)}${r + 1}`, style, null));
        continue;
      }
      cells.push(cellXml(`${columnLetters(c)}${r + 1}`, style, cell.value, cell.formula));
    }
    const height = heights.get(r);
    if (cells.length || height !== undefined)
      out.push(`<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>${cells.join("")}</row>`);
  }
  out.push("</sheetData>");
  if (plan.merges.length) out.push(`<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`);
  const m = plan.print.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
  out.push(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>`);
  const orientation = `orientation="${print.orientation === "Landscape" ? "landscape" : "portrait"}"`;
  // One page wide, or (a table too wide for that at 9 pt) at the plan's scale, across pages before down (printLayout.ts).
  const fit = print.fitToWidth ? `fitToWidth="1" fitToHeight="0"` : `scale="${print.scale ?? 100}"${print.pageOrder ? ` pageOrder="${print.pageOrder}"` : ""}`;
  out.push(`<pageSetup paperSize="9" ${orientation} ${fit}/>`);
  const breaks = print.rowBreaks ?? [];
  // A manual break "after row id" (1-based), i.e. before the 0-based row of the same number.
  if (breaks.length)
    out.push(
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`,
    );
  const columnBreaks = print.columnBreaks ?? [];
  // A manual break "after column id" (1-based), i.e. before the 0-based column of the same number.
  if (columnBreaks.length)
    out.push(
      `<colBreaks count="${columnBreaks.length}" manualBreakCount="${columnBreaks.length}">${columnBreaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("")}</colBreaks>`,
    );
  if (markRelId) out.push(customPropertiesXml(markRelId));
  if (drawingRelId) out.push(`<drawing r:id="${drawingRelId}"/>`);
  out.push("</worksheet>");
  return out.join("");
}
