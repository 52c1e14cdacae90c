/**
 * Series of periods side by side: months across (1月 … 12月, 累计), quarters across (一季度 …
 * 四季度, 全年), in either orientation. The 累计 / 合计 / 全年 column covers January up to the last
 * month that has figures: with May to December still empty it is 1—4月, and the year is not
 * complete (docs/periods.md). Each sub-period stays a value of its own; none is taken for the year.
 */
import type { ParsedPeriod } from "../periods/period";
import { parsePeriodText } from "../periods/parsePeriod";
import { headerCore } from "../registry/headerText";
import type { DraftColumn } from "./headerColumns";
import type { ReadValue } from "./model";

/** What a column of a series is: one month or quarter of it, or the aggregate of them. */
function partOf(d: DraftColumn): "part" | "aggregate" | undefined {
  const p = d.dated?.parsed;
  if (p && (p.span === "month" || p.span === "quarter") && p.relation === undefined) return "part";
  if (p && p.relation === "current" && p.group === "cumulative") return "aggregate";
  if (p && p.relation === undefined && (p.span === "year" || (p.span === "months" && p.startMonth === 1))) return "aggregate";
  const leaf = headerCore(d.path[d.path.length - 1] ?? "");
  return /^(合计|总计)$/.test(leaf) ? "aggregate" : undefined;
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
  const bySeries = new Map<string, number[]>();
  drafts.forEach((d, j) => {
    if (!partOf(d)) return;
    const key = `${d.indicator?.id ?? ""}|${d.industry ?? ""}`;
    bySeries.set(key, [...(bySeries.get(key) ?? []), j]);
  });
  for (const columns of bySeries.values()) {
    const parts = columns.filter((j) => partOf(drafts[j]) === "part");
    const aggregates = columns.filter((j) => partOf(drafts[j]) === "aggregate");
    const months = new Set(parts.map((j) => drafts[j].dated!.parsed.endMonth));
    // Three months or two quarters make a series; fewer are a comparison (6月 | 1—6月), left as they are.
    const quarters = parts.every((j) => drafts[j].dated!.parsed.span === "quarter");
    if (months.size < (quarters ? 2 : 3) || aggregates.length !== 1) continue;
    const years = new Set(parts.map((j) => drafts[j].dated!.parsed.year).filter((y) => y !== undefined));
    if (years.size > 1) continue;
    const seriesYear = [...years][0] ?? drafts[aggregates[0]].dated?.parsed.year ?? year;
    let last = 0;
    for (const j of parts) if (filled(values, j)) last = Math.max(last, drafts[j].dated!.parsed.endMonth ?? 0);
    const a = drafts[aggregates[0]];
    if (last === 0) continue;
    const written = a.dated?.parsed;
    const label = a.path[a.path.length - 1] ?? "";
    // A year is a year only when all of it is there; otherwise January to the last month with figures.
    const resolved: ParsedPeriod | undefined =
      last === 12
        ? written?.span === "months"
          ? written
          : { label, span: "year", startMonth: 1, endMonth: 12, ...(seriesYear !== undefined ? { year: seriesYear } : {}) }
        : parsePeriodText(`${seriesYear !== undefined ? `${seriesYear}年` : ""}1-${last}月`);
    if (!resolved) continue;
    a.resolved = { ...resolved, label: written?.label ?? label };
    a.role = a.indicator?.aggregation === "rate" ? "rate" : "current";
    for (const j of parts) if (drafts[j].role === "current" || drafts[j].role === "previous") drafts[j].role = "value";
  }
}
