/**
 * Series of periods side by side: months across (1月 … 12月, 累计), quarters across (一季度 …
 * 四季度, 全年), in either orientation. The 累计 / 合计 / 全年 column covers January up to the last
 * month that has figures: with May to December still empty it is 1—4月, and the year is not
 * complete (docs/periods.md). Each sub-period stays a value of its own; none is taken for the year.
 */
import type { ParsedPeriod, PeriodSpan } from "../periods/period";
import { headerCore } from "../registry/headerText";
import type { DraftColumn } from "./headerColumns";
import type { ReadValue } from "./model";

/** What a column of a series is: one month or quarter of it, or the aggregate of them. */
function partOf(d: DraftColumn): "part" | "aggregate" | undefined {
  if (d.ofWhich) return undefined;
  const p = d.dated?.parsed;
  const kind = p?.span?.kind;
  if (p && (kind === "month" || kind === "quarter" || kind === "months") && p.relation === undefined) return "part";
  if (p && p.relation === "current" && p.group === "cumulative") return "aggregate";
  if (p && p.relation === undefined && (kind === "year" || (kind === "cumulative" && p.span?.name === undefined))) return "aggregate";
  const leaf = headerCore(d.path[d.path.length - 1] ?? "");
  return /^(合计|总计)$/.test(leaf) ? "aggregate" : undefined;
}

/**
 * A 1—n月 column right before the month n+1 of a series (1—2月 | 3月 | 4月 … | 累计, as bureaus
 * report January and February together): the first part of the series, months 1 to n, never a
 * second aggregate. Its span becomes "months".
 */
function combinedFirstPart(drafts: DraftColumn[], columns: readonly number[]): void {
  const [first, second] = columns;
  if (second === undefined || partOf(drafts[first]) !== "aggregate" || partOf(drafts[second]) !== "part") return;
  const span = drafts[first].dated?.parsed.span;
  const next = drafts[second].dated!.parsed.span!;
  if (span?.kind !== "cumulative" || next.kind !== "month" || span.endMonth === undefined || next.startMonth !== span.endMonth + 1) return;
  // Not the year-to-date group of a monthly report any more: a stretch of months like 3月.
  const { group: _dated, parsed, ...dated } = drafts[first].dated!;
  const { group: _parsed, ...words } = parsed;
  drafts[first].dated = { ...dated, parsed: { ...words, span: { ...span, kind: "months" } } };
}

/**
 * The span an aggregate (累计, 合计, 全年) covers when its series has figures up to month `last`:
 * a year only when all of it is there; otherwise January to the last month, a span that says the
 * year is not complete.
 *
 * @param last the last month with figures (1–12)
 * @param written the aggregate's own period as written, if it has one (1—12月, 全年)
 * @param year the series' year, if known
 * @returns the span
 * @example seriesSpan(3, undefined, 2024) // { kind: "cumulative", startMonth: 1, endMonth: 3, year: 2024, complete: false }
 */
export function seriesSpan(last: number, written: ParsedPeriod | undefined, year: number | undefined): PeriodSpan {
  const inYear = year !== undefined ? { year } : {};
  if (last !== 12) return { kind: last === 1 ? "month" : "cumulative", startMonth: 1, endMonth: last, ...inYear, complete: false };
  return written?.span?.kind === "cumulative"
    ? { ...written.span, ...inYear }
    : { kind: "year", startMonth: 1, endMonth: 12, ...inYear, ...(written?.span?.name ? { name: written.span.name } : {}) };
}

/** The series of a header: the columns of each indicator (and group) that are parts or the aggregate. */
function seriesOf(drafts: DraftColumn[]): number[][] {
  const bySeries = new Map<string, number[]>();
  drafts.forEach((d, j) => {
    if (!partOf(d)) return;
    const key = `${d.indicator?.id ?? ""}|${d.industry ?? ""}`;
    bySeries.set(key, [...(bySeries.get(key) ?? []), j]);
  });
  return [...bySeries.values()];
}

function filled(values: readonly (readonly (ReadValue | null)[])[], j: number): boolean {
  return values.some((row) => {
    const v = row[j];
    return v !== null && v !== undefined && v.value !== null;
  });
}

/**
 * Resolves the aggregate column of each series: its period becomes January to the last month with
 * figures, its role "current" (the figure the report speaks of), and the parts stay values.
 * Columns are grouped by indicator and group (事故起数/采矿), so two series side by side resolve apart.
 *
 * @param drafts the columns (their `dated` period and role are read; `resolved` and role are set)
 * @param values the table's values, values[i][j] for column j
 * @param year the year the table names elsewhere (title, sheet, file), used when the columns name none
 * @example resolveSeries(monthsAcross, values, 2024) // the 累计 column's resolved period: 2024年1—4月
 */
export function resolveSeries(drafts: DraftColumn[], values: readonly (readonly (ReadValue | null)[])[], year?: number): void {
  for (const columns of seriesOf(drafts)) {
    combinedFirstPart(drafts, columns);
    const parts = columns.filter((j) => partOf(drafts[j]) === "part");
    const aggregates = columns.filter((j) => partOf(drafts[j]) === "aggregate");
    const spanOf = (j: number) => drafts[j].dated!.parsed.span!;
    const months = new Set(parts.map((j) => spanOf(j).endMonth));
    // Three months or two quarters make a series; fewer are a comparison (6月 | 1—6月), left as they are.
    const quarters = parts.every((j) => spanOf(j).kind === "quarter");
    if (months.size < (quarters ? 2 : 3) || aggregates.length !== 1) continue;
    const years = new Set(parts.map((j) => spanOf(j).year).filter((y) => y !== undefined));
    if (years.size > 1) continue;
    const a = drafts[aggregates[0]];
    const written = a.dated?.parsed;
    const seriesYear = [...years][0] ?? written?.span?.year ?? year;
    let last = 0;
    for (const j of parts) if (filled(values, j)) last = Math.max(last, spanOf(j).endMonth ?? 0);
    if (last === 0) continue;
    const label = written?.label ?? a.path[a.path.length - 1] ?? "";
    a.resolved = { label, span: seriesSpan(last, written, seriesYear), relation: "current", group: "cumulative" };
    a.role = a.indicator?.aggregation === "rate" ? "rate" : "current";
    for (const j of parts) if (drafts[j].role === "current" || drafts[j].role === "previous") drafts[j].role = "value";
  }
}

/**
 * Where the rows are periods too (2024年 | 2023年 down the side, 1—2月 … 12月 | 累计 across), each
 * row's aggregate covers January to that row's own last month with figures: last year's row may
 * hold the whole year while this year's stops in March.
 *
 * @param drafts the columns, after resolveSeries
 * @param values the table's values, values[i][j] for column j
 * @returns for each row, the span of its aggregate without a year (the row gives it), or undefined
 * @example rowSeriesSpans(monthsAcross, values)[1] // { kind: "cumulative", startMonth: 1, endMonth: 3, complete: false }
 */
export function rowSeriesSpans(drafts: DraftColumn[], values: readonly (readonly (ReadValue | null)[])[]): (PeriodSpan | undefined)[] {
  const series = seriesOf(drafts).filter((columns) => columns.some((j) => drafts[j].resolved));
  return values.map((row) => {
    let found: PeriodSpan | undefined;
    for (const columns of series) {
      const a = columns.find((j) => drafts[j].resolved)!;
      let last = 0;
      for (const j of columns)
        if (j !== a && partOf(drafts[j]) === "part" && filled([row], j)) last = Math.max(last, drafts[j].dated!.parsed.span!.endMonth ?? 0);
      if (last > 0) found ??= seriesSpan(last, drafts[a].dated?.parsed, undefined);
    }
    return found;
  });
}
