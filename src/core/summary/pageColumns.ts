/**
 * A table too wide to print at 9 pt one page wide (the national 自然灾害情况 form: 113 counties × 58
 * indicators printed at about 3 pt, the 综述 with it) prints across several pages instead, as a
 * statistician prints such a table by hand: at a readable scale, its key column (区域 / 地区) repeated
 * at the left of every page, the pages across before the pages down, so the sheet reads in its own
 * order (the tables, then the 综述 and the 核对). The texts under and above the tables (title, 综述,
 * notes, 核对, 识别说明) and the charts keep within the first page's columns, so they print at full
 * size on one page each instead of across sixty columns. printLayout.ts decides when; this file
 * decides where the pages part and how wide the texts are.
 */
import { parseCellAddress, rangeAddress } from "../model/address";
import type { PlanCell, StyledArea } from "./plan";

/** The smallest print scale (whole percent) at which 11 pt text prints at 9 pt or more: 9/11 = 81.8 %. */
export const READABLE_SCALE = Math.ceil((100 * 9) / 11) / 100;

/**
 * The widest a column's character unit prints, in points. A unit is the width of a digit of the
 * workbook's default font, so the programs print one width differently: Excel's own formula gives
 * about 5.25 pt per unit plus 3.75 pt for Calibri or 等线 11 (what POINTS_PER_CHARACTER, 5.6,
 * stands for), 宋体 12 about 6.4; LibreOffice without 等线 (it falls back to DejaVu Sans) printed the
 * 山西 form's 9-unit columns 63 pt wide, 7.0 per unit. A page holds the columns that fit at the widest,
 * so no program breaks a page before ours and prints a page of one or two columns (with 5.6 every
 * page of the 山西 form split in two in LibreOffice); in Excel a page is then about four-fifths full.
 */
export const WIDEST_POINTS_PER_CHARACTER = 7.1;

/** How the tables print across pages. */
export interface PagesAcross {
  /** The print scale (a whole percent, as Excel keeps it, over 100). */
  readonly scale: number;
  /** 0-based columns that start a new page (after the first). */
  readonly columnBreaks: number[];
  /** How many columns the first page holds: the width the texts and charts keep within. */
  readonly firstPageColumns: number;
}

/**
 * The pages a table prints across at a scale: the first page from column A, each next page with the
 * key columns repeated at its left; a page never starts inside a merged header (a group of columns
 * under one heading stays on one page where it fits on one).
 *
 * @param widths column widths in character units
 * @param tableColumns how many columns print
 * @param keyColumns the columns repeated at the left of every page
 * @param pageWidth the page's printable width in points
 * @param scale the print scale
 * @param groups column spans [first, last] a page should not cut
 * @returns the 0-based columns that start a page after the first
 * @example columnPages([14, ...Array(59).fill(9)], 60, 1, 806, 1, []) // [12, 23, 34, 45, 56]
 */
export function columnPages(
  widths: readonly number[],
  tableColumns: number,
  keyColumns: number,
  pageWidth: number,
  scale: number,
  groups: readonly (readonly [number, number])[],
): number[] {
  const points = (c: number) => (widths[c] ?? 9) * WIDEST_POINTS_PER_CHARACTER;
  const room = pageWidth / scale;
  let key = 0;
  for (let c = 0; c < keyColumns; c++) key += points(c);
  const breaks: number[] = [];
  let used = 0;
  let start = 0;
  for (let c = 0; c < tableColumns; c++) {
    if (used + points(c) <= room || c === start) {
      used += points(c);
      continue;
    }
    // The page breaks before c, or before the group c is part of when that group started on this page.
    const group = groups.find(([first, last]) => first > start && first < c && c <= last);
    const at = group ? group[0] : c;
    breaks.push(at);
    start = at;
    used = key;
    for (let j = at; j <= c; j++) used += points(j);
  }
  return breaks;
}

/**
 * The scale and pages of a table too wide for one page at 9 pt: the fewest pages across that a
 * readable scale allows, at the largest scale that still needs no more of them (so the text prints
 * as large as that many pages let it).
 *
 * @param widths column widths in character units
 * @param tableColumns how many columns print
 * @param pageWidth the page's printable width in points
 * @param groups column spans a page should not cut (merged group headers)
 * @returns the scale, the column breaks and the first page's column count
 * @example pagesAcross([14, ...Array(59).fill(9)], 60, 806, []).scale // 0.93
 */
export function pagesAcross(widths: readonly number[], tableColumns: number, pageWidth: number, groups: readonly (readonly [number, number])[]): PagesAcross {
  const keyColumns = 1;
  const at = (scale: number) => columnPages(widths, tableColumns, keyColumns, pageWidth, scale, groups);
  const fewest = at(READABLE_SCALE).length;
  let scale = READABLE_SCALE;
  for (let percent = 100; percent > Math.round(READABLE_SCALE * 100); percent--) {
    if (at(percent / 100).length <= fewest) {
      scale = percent / 100;
      break;
    }
  }
  const columnBreaks = at(scale);
  return { scale, columnBreaks, firstPageColumns: columnBreaks[0] ?? tableColumns };
}

/**
 * The column spans of group headers (a merged heading such as 直接经济损失 over the parts in the row
 * under it), for {@link columnPages} not to cut. A text merged across the sheet (a 核对 sentence) has
 * no parts under it.
 *
 * @param sheet the cells and merged areas
 * @param tableColumns the tables' width
 * @returns [first, last] column of each merge with at least two filled cells under it
 */
export function mergedGroups(
  sheet: { readonly cells: readonly (readonly PlanCell[])[]; readonly merges: readonly string[] },
  tableColumns: number,
): [number, number][] {
  return sheet.merges.flatMap((m) => {
    const [a, b] = m.split(":").map((x) => parseCellAddress(x));
    if (!a || !b || b.column <= a.column || a.column >= tableColumns) return [];
    const under = sheet.cells[b.row + 1]?.slice(a.column, b.column + 1) ?? [];
    return under.filter((c) => c.value !== null && c.value !== "").length >= 2 ? [[a.column, Math.min(b.column, tableColumns - 1)] as [number, number]] : [];
  });
}

/**
 * The merges and styled areas of the rows that hold nothing past the first page's columns (the
 * title, the 综述, the notes, the 核对 and 识别说明 tables, spacers) cut at that page's edge, so a
 * paragraph merged across the whole sheet wraps within one page; rows of a table wider than a page
 * keep theirs.
 *
 * @param sheet the cells, styles and merges
 * @param tableColumns the tables' width
 * @param pageColumns the first page's columns
 * @returns styles and merges, those of page-wide rows cut (a merge left one cell wide is dropped)
 * @example withinPage({ cells, styles, merges: ["A133:BH133"] }, 60, 12).merges // ["A133:L133"]
 */
export function withinPage(
  sheet: { readonly cells: readonly (readonly PlanCell[])[]; readonly styles: readonly StyledArea[]; readonly merges: readonly string[] },
  tableColumns: number,
  pageColumns: number,
): { styles: StyledArea[]; merges: string[] } {
  const beyond = (r: number) => !!sheet.cells[r]?.slice(pageColumns, tableColumns).some((c) => c.value !== null && c.value !== "");
  const merges = sheet.merges.flatMap((m) => {
    const [a, b] = m.split(":").map((x) => parseCellAddress(x));
    if (!a || !b || b.column < pageColumns || a.column >= tableColumns) return [m];
    for (let r = a.row; r <= b.row; r++) if (beyond(r)) return [m];
    const last = Math.min(b.column, pageColumns - 1);
    if (a.column >= last && a.row === b.row) return [];
    return [rangeAddress(a.row, a.column, b.row - a.row + 1, last - a.column + 1)];
  });
  const styles = sheet.styles.flatMap((area) => {
    if (area.column + area.columnCount <= pageColumns || area.column >= tableColumns) return [area];
    // Split the area into runs of rows that reach past the page (kept) and rows that do not (cut).
    const out: StyledArea[] = [];
    let runStart = area.row;
    for (let r = area.row; r <= area.row + area.rowCount; r++) {
      const end = r === area.row + area.rowCount;
      if (!end && beyond(r) === beyond(runStart)) continue;
      const rowCount = r - runStart;
      if (beyond(runStart)) out.push({ ...area, row: runStart, rowCount });
      else if (area.column < pageColumns) out.push({ ...area, row: runStart, rowCount, columnCount: pageColumns - area.column });
      runStart = r;
    }
    return out;
  });
  return { styles, merges };
}

/**
 * Where a run of sections wider than a page meets one within it (a table of all the indicators,
 * then the 综述): the page breaks there, so the pages across hold table rows only and the text prints
 * on pages of its own. The key column repeats at the left of every page across, and a text merged
 * from it would print a clipped piece of itself there (the 综述's first words on each page).
 *
 * @param cells the sheet's cells
 * @param blocks the sections with what follows them, in sheet order
 * @param tableColumns the tables' width
 * @param pageColumns the first page's columns
 * @returns the first rows of the blocks that differ from the block before in reaching past the page
 * @example wideEdges(cells, [{ firstRow: 3, lastRow: 13 }, { firstRow: 14, lastRow: 134 }, { firstRow: 135, lastRow: 150 }], 60, 12) // [14, 135]
 */
export function wideEdges(
  cells: readonly (readonly PlanCell[])[],
  blocks: readonly { readonly firstRow: number; readonly lastRow: number }[],
  tableColumns: number,
  pageColumns: number,
): number[] {
  if (pageColumns >= tableColumns) return [];
  // Each block looked at once, cell by cell (the header copies lay the pages out again after each copy).
  const wide = (b: { firstRow: number; lastRow: number }): boolean => {
    for (let r = Math.max(0, b.firstRow); r <= b.lastRow && r < cells.length; r++) {
      const row = cells[r];
      for (let c = pageColumns; c < tableColumns && c < row.length; c++) {
        const cell = row[c];
        if (cell && cell.value !== null && cell.value !== "") return true;
      }
    }
    return false;
  };
  const flags = blocks.map(wide);
  const edges: number[] = [];
  blocks.forEach((b, i) => {
    if (i > 0 && flags[i] !== flags[i - 1]) edges.push(b.firstRow);
  });
  return edges;
}
