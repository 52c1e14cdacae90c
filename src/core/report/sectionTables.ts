/**
 * A section of the summary plan as a report table: its header rows (with the sheet's merges as
 * spans), its body rows as the sheet displays them through their number formats, and each
 * number's source cells. The table's width is its header's: the chart data kept beside the tables
 * is not part of it.
 */
import { parseCellAddress } from "../model/address";
import { displayText } from "../numbers/displayText";
import type { PlanSection, SummaryPlan } from "../summary/plan";
import { figureSource, type LocatedFinding } from "./figureSources";
import { planCellSources } from "./planSources";
import { distinctRanges } from "./sheetRanges";
import type { ReportCell, SheetRange } from "./types";

/** A table taken from a section, before it is numbered. */
export interface SectionTable {
  readonly header: ReportCell[][];
  readonly body: ReportCell[][];
  readonly columnWidths: number[];
  /** Every source range of its numbers, for the line under the table. */
  readonly ranges: SheetRange[];
  /** Whether a cell shows the "—" of a missing or zero base. */
  readonly usesDash: boolean;
  /** The section's own notes under its rows ("注：地区生产总值为用户输入的数值…"): said under the table, not as its rows. */
  readonly notes: string[];
}

const TABLE_STYLES = new Set(["header", "label", "body", "total", "check"]);

/** Merged areas as spans: the top-left cell's span, and the cells it covers. */
function spans(plan: SummaryPlan): { start: Map<string, { rows: number; columns: number }>; covered: Set<string> } {
  const start = new Map<string, { rows: number; columns: number }>();
  const covered = new Set<string>();
  for (const m of plan.merges) {
    const [a, b] = m.split(":").map((x) => parseCellAddress(x));
    if (!a || !b) continue;
    start.set(`${a.row},${a.column}`, { rows: b.row - a.row + 1, columns: b.column - a.column + 1 });
    for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) if (r !== a.row || c !== a.column) covered.add(`${r},${c}`);
  }
  return { start, covered };
}

/**
 * The table of a section, or undefined when the section has no header row (a note or a list).
 *
 * @param plan the summary plan
 * @param section one of its sections
 * @param findings the 核对 findings with their ranges
 * @param language the report's language
 * @param ledgerRange where figures counted from a ledger come from, for cells that hold them as values
 * @returns the table
 */
export function sectionTable(
  plan: SummaryPlan,
  section: PlanSection,
  findings: readonly LocatedFinding[],
  language: "zh" | "en",
  ledgerRange?: SheetRange,
): SectionTable | undefined {
  const areas = plan.styles.filter((s) => s.row >= section.firstRow && s.row <= section.lastRow && TABLE_STYLES.has(s.style) && s.column === 0);
  const headerAreas = areas.filter((s) => s.style === "header");
  if (!headerAreas.length) return undefined;
  const width = Math.max(...headerAreas.map((s) => s.columnCount));
  const headerRows = new Set(headerAreas.flatMap((s) => Array.from({ length: s.rowCount }, (_, i) => s.row + i)));
  const first = Math.min(...headerRows);
  const { start, covered } = spans(plan);
  const header: ReportCell[][] = [];
  const body: ReportCell[][] = [];
  const ranges: SheetRange[] = [];
  let usesDash = false;
  // A header copied above a page the table runs onto is the printed sheet's; the report's table has one header.
  const copies = new Set(plan.print.headerCopies ?? []);
  const noteRows = new Set(
    plan.styles
      .filter((s) => s.style === "note" && s.column === 0 && s.row >= first && s.row <= section.lastRow)
      .flatMap((s) => Array.from({ length: s.rowCount }, (_, i) => s.row + i)),
  );
  const notes: string[] = [];
  for (let r = first; r <= section.lastRow; r++) {
    if (copies.has(r)) continue;
    const row = plan.cells[r] ?? [];
    if (noteRows.has(r)) {
      const text = row[0]?.value;
      if (typeof text === "string" && text) notes.push(text);
      continue;
    }
    if (!headerRows.has(r) && row.slice(0, width).every((c) => c.value === null || c.value === "")) {
      if (body.length) break;
      continue;
    }
    const cells: ReportCell[] = [];
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = row[c] ?? { value: null };
      const span = start.get(`${r},${c}`);
      const spanned = span
        ? { ...(span.columns > 1 ? { columnSpan: Math.min(span.columns, width - c) } : {}), ...(span.rows > 1 ? { rowSpan: span.rows } : {}) }
        : {};
      const text = displayText(cell.value, cell.numberFormat);
      if (text === "—") usesDash = true;
      const numeric = typeof cell.value === "number";
      let cellRanges = numeric ? planCellSources(plan, r, c) : [];
      if (numeric && !cellRanges.length && !cell.formula && ledgerRange) cellRanges = [ledgerRange];
      ranges.push(...cellRanges);
      const source = figureSource(cellRanges, findings, language);
      cells.push({ text, numeric: numeric || text === "—", ...spanned, ...(source ? { source } : {}) });
    }
    (headerRows.has(r) ? header : body).push(cells);
  }
  return { header, body, columnWidths: plan.columnWidths.slice(0, width), ranges: distinctRanges(ranges), usesDash, notes };
}
