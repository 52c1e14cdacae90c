/**
 * Rows that are periods: a table with 2020年 … 2024年 (or 1月 … 12月, 一季度 … 四季度) down the side
 * that the reader did not turn holds one period's figures per row, never parts of a whole to be
 * added up. Rows of one kind with different spans are a series, except two of one span in
 * different years, which compare as this period and the same period a year earlier (2024年 /
 * 2023年). A month row beside a year-to-date row (8月 / 1-8月累计) are a monthly report's two
 * groups. A row under a period row that is not a period (其中：较大事故, 较大事故) is a part of that period. Places set
 * apart by a blank row below a run of years (a yearbook's 2000 … 2005, then 北京, 天津 …) are the latest year's, as
 * a yearbook lists its regions, whatever order the years go in; a note says so (placesOfLatestYear). Row labels
 * are parsed by src/core/periods; the table's own period (its title) gives the year a row leaves out.
 */
import { MESSAGES } from "../messages";
import type { Diagnostic, TableModel } from "../reader/model";
import { parsePeriodText } from "../periods/parsePeriod";
import { reportRelation, seriesHoldsReport } from "../reader/reportYear";
import type { FactPeriod, PeriodSpan } from "./period";

/** The periods of a table's rows, and the places set apart below a run of years that took the latest year. */
interface RowPeriods {
  readonly periods: Map<number, FactPeriod>;
  /** Sheet rows of the places read as the latest year's (no year of their own). */
  readonly placesOfLatest: readonly number[];
  readonly latest?: FactPeriod;
}

/**
 * The periods of a table's rows, by sheet row, for the data rows whose label is a period and the
 * 其中 rows under them.
 *
 * @param table the table
 * @returns each period row's period
 * @example rowPeriods(yearsTable).get(2) // { label: "2020年", relation: "series", span: { kind: "year", year: 2020 } }
 */
export function rowPeriods(table: TableModel): Map<number, FactPeriod> {
  return readRowPeriods(table).periods;
}

/**
 * The note for places set apart below a run of years and read as the latest year's: the sheet does
 * not write their year, so the summary says which it took.
 *
 * @param table the table
 * @returns one info diagnostic, or none
 * @example placesOfLatestYear(yearbookTable)[0].message.zh // "表格 A2:M25 第11—25行的地区未写年份，按年鉴惯例视为表中最近一年（2005）的数据"
 */
export function placesOfLatestYear(table: TableModel): Diagnostic[] {
  const { placesOfLatest: rows, latest } = readRowPeriods(table);
  if (!rows.length || !latest) return [];
  // Rows are 0-based; the note names them as the sheet does.
  const [top, bottom] = [Math.min(...rows) + 1, Math.max(...rows) + 1];
  const message = MESSAGES.facts.placesOfLatestYear(table.address, top, bottom, latest.label);
  // The note is about those rows, not the years above them: its cells are theirs (a figure told from a year is not in doubt).
  const [left, right] = table.address.split(":").map((a) => a.replace(/\d+$/, ""));
  return [{ severity: "info", sheet: table.sheet, address: `${left}${top}:${right ?? left}${bottom}`, message }];
}

function readRowPeriods(table: TableModel): RowPeriods {
  const found = new Map<number, FactPeriod>();
  if (table.transposed || table.keyKind === "indicator") return { periods: found, placesOfLatest: [] };
  const year = table.period?.period.span?.year;
  const spans = table.rows.map((r): PeriodSpan | undefined => {
    // A row named by a place is not a period, whatever its label looks like.
    if (r.role !== "data" || r.region !== undefined) return undefined;
    const p = parsePeriodText(r.label);
    if (!p?.span || p.relation) return undefined;
    return p.span.year === undefined && year !== undefined && p.span.kind !== "year" ? { ...p.span, year } : p.span;
  });
  const byKind = new Map<string, number[]>();
  spans.forEach((s, i) => s && byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), i]));
  // One month row and one year-to-date row: the two groups of a monthly report.
  const single = [...byKind.values()].filter((rows) => rows.length === 1).map(([i]) => spans[i]!.kind);
  const groups = single.includes("month") && single.includes("cumulative");
  for (const rows of byKind.values()) {
    const list = rows.map((i) => ({ row: table.rows[i], span: spans[i]! }));
    const years = list.map((x) => x.span.year);
    const sameSpan = new Set(list.map((x) => `${x.span.startMonth ?? ""}-${x.span.endMonth ?? ""}`)).size === 1;
    const pair = list.length === 2 && sameSpan && years.every((y) => y !== undefined) && years[0] !== years[1];
    const latest = Math.max(...years.map((y) => y ?? -Infinity));
    // The report year (the title's, else the user's --period) picks its row of a series of years, as it picks a column.
    const report =
      table.reportMonths &&
      seriesHoldsReport(
        list.map((x) => x.span),
        table.reportMonths,
      )
        ? table.reportMonths
        : undefined;
    for (const { row, span } of list) {
      const relation = report
        ? (reportRelation(span.year, report) ?? "series")
        : list.length === 1
          ? "current"
          : pair
            ? span.year === latest
              ? "current"
              : "year_ago"
            : "series";
      const group = groups && list.length === 1 ? (span.kind === "month" ? "month" : span.kind === "cumulative" ? "cumulative" : undefined) : undefined;
      found.set(row.row, { label: row.label, relation, span, ...(group ? { group } : {}) });
    }
  }
  // A row under a period row that is not a period itself (其中：较大事故, 较大事故) is a part of that period;
  // places after a blank row below two or more years are the latest year's.
  const latest = latestYear([...found.values()]);
  let last: FactPeriod | undefined;
  let block: FactPeriod | undefined;
  let previousRow: number | undefined;
  let afterBlank = false;
  const placesOfLatest: number[] = [];
  for (const r of table.rows) {
    const own = found.get(r.row);
    const apart = previousRow !== undefined && r.row > previousRow + 1;
    if (own) [last, block] = [own, undefined];
    else if ((r.role === "of_which" || r.role === "data") && last) {
      if (r.region !== undefined && latest && (apart || afterBlank)) block = latest;
      if (block) placesOfLatest.push(r.row);
      found.set(r.row, block ?? last);
    }
    afterBlank = r.role === "blank";
    previousRow = r.row;
  }
  return { periods: found, placesOfLatest, ...(latest ? { latest } : {}) };
}

/** The latest of two or more years down the side, or undefined. */
function latestYear(periods: readonly FactPeriod[]): FactPeriod | undefined {
  const years = periods.filter((p) => p.span?.kind === "year" && p.span.year !== undefined);
  if (new Set(years.map((p) => p.span!.year)).size < 2) return undefined;
  return years.reduce((a, b) => (b.span!.year! > a.span!.year! ? b : a));
}
