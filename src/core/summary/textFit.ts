/**
 * Text that has to fit its cell. Excel and LibreOffice do not grow a row for wrapped text in a
 * merged cell, nor for a row whose height a file sets, so a wrapped header ("显著性（…）", "Same period
 * last year") overlapped the data under it, a right-aligned value was clipped to "ificant change" and
 * the row-2 note was cut at both ends. This pass over the finished sheet wraps every text that is
 * wider than its cell (or merged area) and gives its row the height of its lines. Widths are
 * estimated in Excel's character units, a little wide so a row is rather too tall than clipped: a Chinese
 * or full-width character 2.2 (11 pt is 1.96 units), any other 1 (Latin text measured 0.82 in LibreOffice).
 */
import { cellAddress, parseCellAddress } from "../model/address";
import { displayText } from "../numbers/displayText";
import type { PlanCell, StyledArea, SummaryStyle } from "./plan";
import { LEGIBLE_POINTS } from "./stylePalette";

/** Font size (pt) each named style prints at; the rest use the workbook's 11 pt. */
const FONT_SIZE: Partial<Record<SummaryStyle, number>> = { title: 16, subtitle: 9, section: 12, note: 9 };

/** Styles whose writers set wrapText (a note does not: it runs on over the empty cells beside it). */
const WRAPPING: ReadonlySet<SummaryStyle> = new Set(["header", "narrative", "check", "remark", "subtitle", "wrap"]);

/** Styles of a table's cells (bordered): a long text wraps inside its cell, never runs on over the cells beside it. */
const IN_TABLE: ReadonlySet<SummaryStyle> = new Set(["body", "label", "total"]);

/** A cell's key in a set or map: its row and column as one number (a sheet has at most 16,384 columns). */
function cellKey(row: number, column: number): number {
  return row * 16384 + column;
}

/**
 * Each cell's style, by row and column, as the writers apply the areas (a later area wins).
 *
 * @param styles the styled areas
 * @param columns the columns to look at (cells further right are left out)
 * @returns rows of styles, undefined where none applies
 */
function styleGrid(styles: readonly StyledArea[], columns: number): (SummaryStyle | undefined)[][] {
  const grid: (SummaryStyle | undefined)[][] = [];
  for (const area of styles)
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      const row = (grid[r] ??= []);
      for (let c = area.column; c < Math.min(columns, area.column + area.columnCount); c++) row[c] = area.style;
    }
  return grid;
}

/** A row without a set height (Excel's default for an 11 pt font). */
export const DEFAULT_ROW_HEIGHT = 15;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]/;

/** Whether a character (a UTF-16 unit of the basic plane) is wide: the ranges of {@link WIDE}. */
function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

/**
 * The width of a text in Excel's character units at a font size.
 *
 * @param text the text (one line)
 * @param fontSize in points
 * @returns the estimated width
 * @example textUnits("事故起数") // 8.8
 */
export function textUnits(text: string, fontSize = 11): number {
  // Character by character (a pair of surrogates is one character, never wide), without a regular expression per character.
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      units += 1;
    } else units += isWide(c) ? 2.2 : 1;
  }
  return (units * fontSize) / 11;
}

/**
 * How many lines a text takes when wrapped in a cell of a width.
 *
 * @param text the text (its own line breaks count)
 * @param widthUnits the cell's (or merged area's) width in character units
 * @param fontSize in points
 * @returns one or more
 * @example wrappedLines("变化不显著（p=0.761）", 10) // 3
 */
export function wrappedLines(text: string, widthUnits: number, fontSize = 11): number {
  const usable = Math.max(2, widthUnits - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line, fontSize) / usable)), 0);
}

/**
 * The height (pt) of a row of `lines` lines at a font size, with Excel's padding. Chinese fonts set
 * their lines further apart (Noto Sans CJK in LibreOffice about 1.45 em, 等线 in Excel about 1.3): a
 * row of Chinese text gets the wider spacing, so its last line is never cut off (the 综述's industry
 * paragraph printed 4½ of its 5 lines).
 */
export function linesHeight(lines: number, fontSize = 11, text = ""): number {
  return Math.ceil(lines * fontSize * (WIDE.test(text) ? 1.45 : 1.32) + 3);
}

/** What the pass adds: styled areas that wrap, merges that give a long note the table's width, and row heights. */
export interface TextFit {
  readonly styles: StyledArea[];
  readonly merges: string[];
  readonly rowHeights: { row: number; height: number }[];
}

/**
 * Wraps the texts wider than their cells and sizes their rows. A text outside the tables with empty
 * cells to its right (a note, a heading) may run over them as far as the table reaches; past that it is merged over
 * them and wrapped, since the print area ends at the table's edge.
 *
 * @param sheet the finished sheet: cells, styles (later areas win, as the writers apply them), merges, column widths, the heights set so far, and how many columns the tables span (cells beyond, such as the charts' data, are left alone)
 * @returns the "wrap" areas and merges to append, and the rows whose height must grow (never below a height already set)
 * @example fitText({ cells, styles, merges, columnWidths, rowHeights, columns: 10 }).rowHeights
 */
export function fitText(sheet: {
  readonly cells: readonly (readonly PlanCell[])[];
  readonly styles: readonly StyledArea[];
  readonly merges: readonly string[];
  readonly columnWidths: readonly number[];
  readonly rowHeights: readonly { row: number; height: number }[];
  readonly columns: number;
  /** How far a text outside the tables may run on or be merged: the first page's columns where the tables print across pages (pageColumns.ts). */
  readonly textColumns?: number;
}): TextFit {
  const reach = Math.min(sheet.columns, sheet.textColumns ?? sheet.columns);
  // "legible" only sets the size of what lies under it (a note printed scaled down): the style under it still decides the rest.
  const styleAt = styleGrid(
    sheet.styles.filter((s) => s.style !== "legible"),
    Infinity,
  );
  const legibleAt = styleGrid(
    sheet.styles.filter((s) => s.style === "legible"),
    Infinity,
  );
  // A merged area's text has the area's width; the cells under it have none of their own.
  const span = new Map<number, { columns: number; rows: number }>();
  const covered = new Set<number>();
  for (const m of sheet.merges) {
    const [a, b] = m.split(":").map((x) => parseCellAddress(x));
    if (!a || !b) continue;
    span.set(cellKey(a.row, a.column), { columns: b.column - a.column + 1, rows: b.row - a.row + 1 });
    for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) covered.add(cellKey(r, c));
  }
  const widthOf = (column: number, columns: number) => {
    let w = 0;
    for (let c = column; c < column + columns; c++) w += sheet.columnWidths[c] ?? 9;
    return w;
  };
  const empty = (r: number, c: number) => {
    const v = sheet.cells[r]?.[c]?.value;
    return (v === null || v === undefined || v === "") && !covered.has(cellKey(r, c));
  };
  const height = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  const grown = new Map<number, number>();
  const styles: StyledArea[] = [];
  const merges: string[] = [];
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (c >= sheet.columns || typeof cell.value !== "string" || cell.value === "") return;
      const style = styleAt[r]?.[c];
      const fontSize = legibleAt[r]?.[c] ? LEGIBLE_POINTS : style ? (FONT_SIZE[style] ?? 11) : 11;
      const merged = span.get(cellKey(r, c));
      const wraps = style !== undefined && WRAPPING.has(style);
      // Text that does not wrap runs on over the empty cells to its right, up to the table's edge
      // (a note, a heading); a table's own cell keeps to its borders ("变化不显著（p=0.761）" printed over them).
      let columns = merged?.columns ?? 1;
      if (!merged && !wraps && !(style && IN_TABLE.has(style))) while (c + columns < reach && empty(r, c + columns)) columns++;
      const width = widthOf(c, columns);
      const fits = textUnits(cell.value, fontSize) <= width - 1;
      if (!wraps && !fits) {
        if (!merged && columns > 1) merges.push(`${cellAddress(r, c)}:${cellAddress(r, c + columns - 1)}`);
        styles.push({ row: r, column: c, rowCount: 1, columnCount: columns, style: "wrap" });
      }
      // A text over several merged rows shares their height; only a one-row cell sizes its row.
      if (merged && merged.rows > 1) return;
      const lines = wraps || !fits ? wrappedLines(cell.value, width, fontSize) : 1;
      // One line of the sheet's own size needs no height; a title's larger font does (rows are 15 pt by default).
      if (lines <= 1 && fontSize <= 11) return;
      const need = linesHeight(lines, fontSize, cell.value);
      if (need > Math.max(height.get(r) ?? DEFAULT_ROW_HEIGHT, grown.get(r) ?? 0)) grown.set(r, need);
    }),
  );
  return { styles, merges, rowHeights: [...grown].map(([row, h]) => ({ row, height: h })) };
}

/**
 * Row heights with the pass's added: the larger of the two where both set one.
 *
 * @param set the plan's heights
 * @param grown the pass's
 * @returns one height per row, in row order
 */
export function mergeRowHeights(
  set: readonly { row: number; height: number }[],
  grown: readonly { row: number; height: number }[],
): { row: number; height: number }[] {
  const out = new Map(set.map((h) => [h.row, h.height]));
  for (const h of grown) out.set(h.row, Math.max(out.get(h.row) ?? 0, h.height));
  return [...out].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
}

/** The width of a text's longest run of Latin letters and digits (a word no line may break); 0 for Chinese, which wraps anywhere. */
function longestWord(text: string): number {
  return Math.max(0, ...(text.match(/[A-Za-z0-9'’().,%]+/g) ?? []).map((w) => textUnits(w)));
}

/** Styles whose cells' contents size their column. */
const SIZED: ReadonlySet<SummaryStyle> = new Set(["body", "label", "total", "check", "remark"]);

/** Narrowest a figure column gets (a four-character header such as 去年同期 still wraps to two lines). */
const MIN_FIGURE_WIDTH = 9;
/**
 * How wide the label column and a text in a figure column (显著性, a 置信区间) may make their columns;
 * past that they wrap ("变化不显著" / "(p=0.761)" in two lines at 12). TIGHT is for a table too wide to
 * print at 9 pt otherwise (a ledger's sixteen figure columns).
 */
export type ColumnLimits = {
  readonly label: number;
  readonly text: number;
  readonly wholeHeaderWords: boolean;
  /** Whether a column planned as a text column (TEXT_COLUMN_WIDTH or wider: 来源, 说明) may keep its planned width for its texts. */
  readonly textColumns: boolean;
};
export const USUAL_LIMITS: ColumnLimits = { label: 22, text: 12, wholeHeaderWords: true, textColumns: true };
// A table this wide lets an English header word break rather than print below 9 pt, and a text column wrap.
export const TIGHT_LIMITS: ColumnLimits = { label: 14, text: 10, wholeHeaderWords: false, textColumns: false };
/**
 * A column planned this wide holds texts, not figures: references (分县汇总's 来源, "returns/楚雄市.xlsx
 * 事故分县统计!B15"), file names and notes. Fitted to a figure column's 12 its every row wrapped to 2–3 lines.
 */
const TEXT_COLUMN_WIDTH = 30;
/** Narrowest the label column gets. */
const MIN_LABEL_WIDTH = 12;

/**
 * The tables' columns no wider than their contents need: a figure column as wide as its widest shown
 * figure (at least {@link MIN_FIGURE_WIDTH}), a text in it up to the limit (in a column planned as a text column, up to its
 * planned width), the label column as its
 * longest label (12 up to the limit), never wider than planned. Headers wrap, between words (fitText
 * sizes their rows). Wide tables then still print at a readable size.
 *
 * @param sheet the cells, styles and planned widths
 * @param tableColumns the columns the tables span
 * @param limits the widest the label column and a text may make a column
 * @returns the widths, those beyond the tables unchanged
 * @example fitColumnWidths({ cells, styles, columnWidths: [22, 12, 12] }, 3) // [14, 9, 9]
 */
export function fitColumnWidths(
  sheet: {
    readonly cells: readonly (readonly PlanCell[])[];
    readonly styles: readonly StyledArea[];
    readonly columnWidths: readonly number[];
    readonly merges?: readonly string[];
  },
  tableColumns: number,
  limits: ColumnLimits = USUAL_LIMITS,
): number[] {
  const styleAt = styleGrid(sheet.styles, tableColumns);
  const need = new Array<number>(tableColumns).fill(0);
  const spanning = new Set(
    (sheet.merges ?? []).flatMap((m) => {
      const [a, b] = m.split(":");
      const [from, to] = [parseCellAddress(a), parseCellAddress(b ?? a)];
      return from && to && to.column > from.column ? [cellKey(from.row, from.column)] : [];
    }),
  );
  sheet.cells.forEach((row, r) =>
    row.slice(0, tableColumns).forEach((cell, c) => {
      const style = styleAt[r]?.[c];
      // A header wraps between words, never inside one ("populatio" / "n"): its column as wide as its longest English word.
      if (limits.wholeHeaderWords && style === "header" && typeof cell.value === "string" && !spanning.has(cellKey(r, c)))
        need[c] = Math.max(need[c], longestWord(cell.value) + 1);
      if (cell.value === null || cell.value === "" || !style || !SIZED.has(style)) return;
      const shown = typeof cell.value === "number" ? displayText(cell.value, cell.numberFormat) : String(cell.value);
      // A figure never wraps; a text beside the labels (显著性, a 置信区间, a 核对 sentence) wraps past the limit.
      const units = textUnits(shown) + 1.5;
      const textLimit = limits.textColumns && sheet.columnWidths[c] >= TEXT_COLUMN_WIDTH ? sheet.columnWidths[c] : limits.text;
      need[c] = Math.max(need[c], typeof cell.value === "string" && c > 0 ? Math.min(units, textLimit) : units);
    }),
  );
  return sheet.columnWidths.map((planned, c) => {
    if (c >= tableColumns) return planned;
    const [min, max] = c === 0 ? [MIN_LABEL_WIDTH, Math.min(planned, limits.label)] : [MIN_FIGURE_WIDTH, planned];
    return Math.round(Math.min(max, Math.max(min, need[c])) * 2) / 2;
  });
}
