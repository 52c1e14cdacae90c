/**
 * Tables whose periods are rows: 当月 | 去年同月 | 同比 | 上月 | 环比 | 累计 | 去年同期 | 同比 down the
 * side with the indicators across, years as rows (2024年 | 2023年 | 增减), or months as rows (1月 …
 * 12月 | 合计). They are read turned: one table keyed by indicator whose columns are the periods
 * (`transposed`, see tableCell.ts), so nothing is ever added across rows of different periods and
 * the facts are the ones the same table gives with its periods across (docs/periods.md).
 */
import { rangeAddress } from "../model/address";
import { cleanHeader, headerCore } from "../registry/headerText";
import { unitWord } from "../registry/units";
import type { ColumnMeaning, ReadValue, RowMeaning, TableModel } from "./model";
import { assignDatedRoles, type DraftColumn } from "./headerColumns";
import { changeComparisonOf, changeRoleOf, parsePeriod } from "./periods";
import { resolveSeries } from "./periodSeries";
import { percentFractions, readValue } from "./tableBody";
import { type Context } from "./tableContext";

/** Roles of columns that hold no figures. */
const LABEL_ROLES = new Set(["key", "category", "code", "ignored"]);

/**
 * Whether the rows of a table are periods: at least two period labels, and besides them only
 * change rows (同比, 环比, 增减) and at most one row in five of anything else.
 *
 * @param rows the body rows as read
 * @returns true when the table should be read turned
 * @example periodsInRows([{ label: "当月" }, { label: "去年同月" }, { label: "同比(%)" }]) // true
 */
export function periodsInRows(rows: readonly Pick<RowMeaning, "label" | "role">[]): boolean {
  let periods = 0;
  let changes = 0;
  let other = 0;
  let afterPeriod = false;
  let inParts = false;
  for (const r of rows) {
    if (r.role === "blank") continue;
    if (parsePeriod(r.label)) [periods, afterPeriod, inParts] = [periods + 1, true, false];
    else if (changeRoleOf(r.label)) changes++;
    // An 其中 row under a period row is a part of that period (8月 | 其中：较大事故), and so are
    // the rows that continue its list (其中：重大事故 | 较大事故).
    else if ((r.role === "of_which" && afterPeriod) || (inParts && r.role === "data")) inParts = true;
    else if (r.role !== "total") [other, afterPeriod, inParts] = [other + 1, false, false];
  }
  return periods >= 2 && other * 5 <= periods + changes;
}

/** The period rows as columns of the turned table: an 其中 row is a part of the period row above it. */
function periodColumns(rows: readonly RowMeaning[]): DraftColumn[] {
  const out: DraftColumn[] = [];
  let parent: DraftColumn | undefined;
  let inParts = false;
  for (const row of rows) {
    if (row.role === "blank") continue;
    const isPeriod = parsePeriod(row.label) !== undefined || changeRoleOf(row.label) !== undefined;
    if (parent && !isPeriod && (row.role === "of_which" || (inParts && row.role === "data"))) {
      inParts = true;
      out.push({ ...parent, column: row.row, path: [row.label], ofWhich: headerCore(row.label) });
      continue;
    }
    inParts = false;
    const column = periodColumn(row);
    if (column.dated) parent = column;
    out.push(column);
  }
  return out;
}

/** A period row as a column of the turned table. */
function periodColumn(row: RowMeaning): DraftColumn {
  const draft: DraftColumn = { column: row.row, path: [row.label], confidence: 0, role: "value" };
  const change = changeRoleOf(row.label);
  const period = parsePeriod(row.label);
  if (change) {
    draft.role = change;
    if (changeComparisonOf(row.label)) draft.comparison = "previous_period";
  } else if (period) {
    draft.role =
      period.kind === "previous" ? "previous" : period.kind === "previous_period" ? "previous_period" : period.kind === "earlier" ? "value" : "current";
    draft.periodLabel = period.label;
    draft.dated = period;
  } else if (row.role === "total") {
    // 合计 under months or quarters: the series' aggregate (periodSeries.ts); under years nothing to add.
    draft.role = "value";
  } else {
    draft.role = "ignored";
  }
  return draft;
}

/** The header row that names most indicators: where the turned table's labels are. */
function labelRow(ctx: Context, first: number, last: number, indicators: readonly DraftColumn[]): number {
  let best = first;
  let bestCount = -1;
  for (let r = first; r <= last; r++) {
    const count = indicators.filter((d) => d.matchedHeader !== undefined && cleanHeader(ctx.grid.shown(r, d.column)).includes(d.matchedHeader)).length;
    if (count > bestCount) [best, bestCount] = [r, count];
  }
  return best;
}

/** Where the table lies and how it was read the usual way. */
export interface PeriodRowsInput {
  readonly drafts: DraftColumn[];
  readonly rows: readonly RowMeaning[];
  readonly first: number;
  readonly last: number;
  readonly left: number;
  readonly right: number;
  readonly end: number;
  readonly keyDraft?: DraftColumn;
  readonly title?: string;
  /** The year the title, sheet or file name gives, for a series whose columns name none. */
  readonly year?: number;
}

/**
 * Reads a table whose periods are rows, turned: one row per indicator column, one column per period row.
 *
 * @param ctx the sheet being read
 * @param input the header's columns and the body rows, as the usual reading found them
 * @returns the table keyed by indicator with `transposed: true`
 * @example readPeriodRows(ctx, input).columns.map((c) => c.role) // ["key", "current", "previous", "change_pct", …]
 */
export function readPeriodRows(ctx: Context, input: PeriodRowsInput): TableModel {
  const { drafts, first, last, left, right, end } = input;
  // Each indicator column is a row; a 同比 / 增减 column beside it is a row stating its change.
  const figures: { draft: DraftColumn; indicator: NonNullable<DraftColumn["indicator"]>; change?: DraftColumn }[] = [];
  for (const d of drafts) {
    if (d === input.keyDraft || LABEL_ROLES.has(d.role)) continue;
    const isChange = d.role === "change_pct" || d.role === "change_abs";
    const indicator = d.indicator ?? (isChange ? figures[figures.length - 1]?.indicator : undefined);
    if (!indicator) continue;
    figures.push({ draft: d, indicator, ...(isChange ? { change: d } : {}) });
  }
  const indicators = figures.filter((f) => !f.change).map((f) => f.draft);
  const columns = periodColumns(input.rows);
  // Roles are decided by the period rows; an 其中 row takes its period row's.
  assignDatedRoles(columns.filter((c) => !c.ofWhich));
  columns.forEach((c, j) => {
    if (c.ofWhich && j > 0) c.role = columns[j - 1].role;
  });
  const labelsAt = labelRow(ctx, first, last, indicators);
  const rows: RowMeaning[] = figures.map(({ draft: d, indicator, change }) => ({
    row: d.column,
    // A change's own words (受灾人次同比, 比上年增减), not the "%" of a units row under them.
    label: change
      ? ([...d.path].reverse().find((p) => !unitWord(p)) ?? d.path[d.path.length - 1] ?? "")
      : (d.path.find((p) => d.matchedHeader !== undefined && p.includes(d.matchedHeader)) ?? d.path[d.path.length - 1] ?? ""),
    role: "data",
    indicator: indicator.id,
    ...(d.unit && !change ? { unit: d.unit } : {}),
    ...(change ? { change: change.role as "change_abs" | "change_pct" } : {}),
    ...(change?.comparison ? { comparison: change.comparison } : {}),
  }));
  const values: (ReadValue | null)[][] = figures.map(({ draft: d, change }) => {
    const factor = d.indicator && d.unit && d.role !== "rate" && !change ? (d.indicator.units[d.unit] ?? 1) : 1;
    return columns.map((c) => {
      if (LABEL_ROLES.has(c.role)) return null;
      const role = change ? change.role : c.role === "change_pct" ? "change_pct" : d.role === "rate" ? "rate" : c.role;
      const percent = role === "change_pct" || role === "rate";
      // The cell is at the period's sheet row and the indicator's sheet column.
      return readValue(ctx, c.column, { ...d, role }, percent ? 1 : factor);
    });
  });
  resolveSeries(columns, values, input.year);
  const fractions = percentFractions(ctx, rows, values, columns, true);
  const keyHeader = input.keyDraft ? (input.keyDraft.path[0] ?? "") : "";
  const meanings: ColumnMeaning[] = [
    { column: labelsAt, headerPath: keyHeader ? [keyHeader] : [], role: "key", unitFactor: 1, confidence: 0.9 },
    ...columns.map((c, j): ColumnMeaning => ({
      column: c.column,
      headerPath: c.path,
      role: c.role,
      ...(c.role === "change_pct" ? { unit: "%" } : {}),
      unitFactor: 1,
      ...(c.periodLabel ? { periodLabel: c.periodLabel } : {}),
      ...(c.resolved ? { period: c.resolved } : c.dated ? { period: c.dated.parsed } : {}),
      ...(c.comparison ? { comparison: c.comparison } : {}),
      ...(c.ofWhich ? { ofWhich: c.ofWhich } : {}),
      confidence: c.role === "ignored" ? 0 : 0.9,
      ...(fractions.has(j) ? { percentAsFraction: true } : {}),
    })),
  ];
  const current = meanings.find((c) => c.role === "current")?.periodLabel;
  const previous = meanings.find((c) => c.role === "previous")?.periodLabel;
  const named = indicators.map((d) => d.confidence);
  const address = rangeAddress(first, left, end - first + 1, right - left + 1);
  return {
    kind: "table",
    id: `${ctx.name}!${address}`,
    sheet: ctx.name,
    address,
    headerRows: [first, last],
    keyKind: "indicator",
    keyColumn: labelsAt,
    columns: meanings,
    rows,
    values: values.map((row) => [null, ...row]),
    periods: { ...(current ? { current } : {}), ...(previous ? { previous } : {}) },
    ...(input.title ? { title: input.title } : {}),
    confidence: named.length ? Math.round((named.reduce((a, b) => a + b, 0) / named.length) * 100) / 100 : 0.3,
    transposed: true,
  };
}
