/**
 * Monthly reports (月报) put two column groups side by side for each indicator: the month
 * (当月 | 去年同月 | 增减幅度) and the year to date (1—6月累计 | 去年同期 | 增减幅度). This file tags
 * each column with its group, gives a view of a table with one group only, and says which
 * period the figures of a group cover — from the columns they come from, with the title only
 * filling in what the columns leave out (docs/sections.md).
 */
import type { ColumnMeaning, TableModel } from "./model";
import type { ParsedPeriod, PeriodSpan } from "../periods/period";
import { figuresOf, type FiguresPeriod } from "../periods/figuresPeriod";
import { parsePeriod, type PeriodGroup, type PeriodLabel } from "./periods";

function groupOfPath(path: readonly string[]): PeriodGroup | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const g = parsePeriod(path[i])?.group;
    if (g) return g;
  }
  return undefined;
}

/**
 * Tags the columns of a table that has both a month group and a cumulative group with
 * `periodGroup`. A column whose header names no group (本期, 去年同期, 增减幅度(%)) takes the group
 * of the nearest column before it for the same indicator. Tables with one group come back as
 * they were.
 *
 * @param table a table as read
 * @returns the table, with `periodGroup` on its period and change columns where it has two groups
 * @example withPeriodGroups(monthlyReport).columns[1].periodGroup // "month"
 */
export function withPeriodGroups(table: TableModel): TableModel {
  const explicit = table.columns.map((c) =>
    c.role === "current" || c.role === "previous" || c.role === "previous_period" ? groupOfPath(c.headerPath) : undefined,
  );
  if (!explicit.includes("month") || !explicit.includes("cumulative")) return table;
  const last = new Map<string, PeriodGroup>();
  const columns = table.columns.map((c, j): ColumnMeaning => {
    if (c.role !== "current" && c.role !== "previous" && c.role !== "previous_period" && c.role !== "change_abs" && c.role !== "change_pct") return c;
    const key = `${c.indicator ?? ""}|${c.industry ?? ""}`;
    const group = explicit[j] ?? last.get(key);
    if (!group) return c;
    last.set(key, group);
    return { ...c, periodGroup: group };
  });
  return { ...table, columns };
}

/**
 * Whether a table has both a month and a cumulative group.
 *
 * @param table a table (after withPeriodGroups)
 * @returns true for a monthly report with both groups
 */
export function hasPeriodGroups(table: TableModel): boolean {
  return table.columns.some((c) => c.periodGroup === "month") && table.columns.some((c) => c.periodGroup === "cumulative");
}

/**
 * The table with one group's columns only: the other group's columns become "ignored", so code
 * that reads 本期 and 去年同期 sees one consistent pair per indicator.
 *
 * @param table a table (after withPeriodGroups)
 * @param group the group to keep
 * @returns the view (the table itself when it has no groups)
 * @example periodView(monthlyReport, "month").periods.current // "当月"
 */
export function periodView(table: TableModel, group: PeriodGroup): TableModel {
  if (!hasPeriodGroups(table)) return table;
  const columns = table.columns.map((c): ColumnMeaning => (c.periodGroup && c.periodGroup !== group ? { ...c, role: "ignored" } : c));
  const current = columns.find((c) => c.role === "current")?.periodLabel;
  const previous = columns.find((c) => c.role === "previous")?.periodLabel;
  return { ...table, columns, periods: { ...(current ? { current } : {}), ...(previous ? { previous } : {}) } };
}

/**
 * The view the main comparison is built from: the cumulative group of a monthly report (a
 * report's figures are the year to date, the month comes after "其中"), else the table itself.
 *
 * @param table a table
 * @returns the cumulative view, or the table
 */
export function primaryPeriodView(table: TableModel): TableModel {
  return periodView(table, "cumulative");
}

/**
 * The span the figures of a table (or of one group of a monthly report) cover. The current
 * column's period decides ("1—6月累计" gives 1—6月; a 累计 column of a months-across table its
 * resolved 1—n月); where it is a word (本期, 当月, 累计) the table's own period (title, 统计时间 line,
 * sheet or file name) supplies the months, and it always supplies the year a column leaves out.
 *
 * @param table a table as read
 * @param group the group of a monthly report whose period is wanted
 * @returns the span, with its year where known, or undefined when neither the columns nor the table name one
 * @example reportSpan(monthlyReport, "month") // { kind: "month", year: 2024, startMonth: 6, endMonth: 6 }
 */
export function reportSpan(table: TableModel, group?: PeriodGroup): PeriodSpan | undefined {
  const columns = group && hasPeriodGroups(table) ? table.columns.filter((c) => c.periodGroup === group) : table.columns;
  const labelled =
    columns.find((c) => c.role === "current" && (c.period || c.periodLabel)) ??
    columns.find((c) => (c.role === "value" || c.role === "rate") && (c.period || c.periodLabel)) ??
    columns.find((c) => c.period || c.periodLabel);
  const column: ParsedPeriod | undefined = labelled?.period ?? (labelled?.periodLabel ? parsePeriod(labelled.periodLabel)?.parsed : undefined);
  const context = table.period?.period.span;
  const year = column?.span?.year ?? column?.year ?? context?.year;
  const withYear = (span: PeriodSpan): PeriodSpan => (year !== undefined && span.year === undefined ? { ...span, year } : span);
  const own = column?.span;
  if (own) return withYear(own);
  const contextMonths = context?.endMonth !== undefined ? context : undefined;
  const kind = column?.group ?? (group && hasPeriodGroups(table) ? group : undefined);
  if (kind === "month" && contextMonths) return withYear({ kind: "month", startMonth: contextMonths.endMonth, endMonth: contextMonths.endMonth });
  if (kind === "cumulative" && contextMonths) return withYear({ kind: "cumulative", startMonth: 1, endMonth: contextMonths.endMonth });
  if (kind === "cumulative" && group) {
    // 今年以来 beside 9月1日以来: the year to the month the month group reports.
    const month = table.columns.find((c) => c.periodGroup === "month" && c.role === "current" && c.period?.span?.endMonth !== undefined)?.period?.span;
    if (month?.endMonth !== undefined) return withYear({ kind: "cumulative", startMonth: 1, endMonth: month.endMonth });
  }
  if (kind === undefined && context && (contextMonths || context.kind === "year" || context.kind === "range")) return withYear(context);
  return undefined;
}

/**
 * The period the figures of a table (or of one group of a monthly report) cover, as a report
 * writes it (reportSpan, labelled).
 *
 * @param table a table as read
 * @param group the group of a monthly report whose period is wanted
 * @returns the period, or undefined when neither the columns nor the table name one
 * @example figuresPeriod(monthlyReport, "cumulative")?.label // "2024年1—6月" (title "2024年6月…月报")
 * @example figuresPeriod(monthlyReport, "month")?.label // "2024年6月"
 */
export function figuresPeriod(table: TableModel, group?: PeriodGroup): FiguresPeriod | undefined {
  const span = reportSpan(table, group);
  if (!span) return undefined;
  if (span.kind === "year" && span.year === undefined) return undefined;
  return figuresOf(span);
}

/**
 * Roles of dated period columns ("2024年6月", "2023年6月", "2024年1—6月", "2023年1—6月"): within
 * each span of months the later of two years is current and the earlier previous; a span with a
 * single year, or with three or more (a series), gives single-period values.
 *
 * @param labels the dated labels of a table's columns
 * @returns each label's role
 * @example datedRoles([p("2024年6月"), p("2023年6月")]).get("2023年6月") // "previous"
 */
export function datedRoles(labels: readonly PeriodLabel[]): Map<string, "current" | "previous" | "value"> {
  const bySpan = new Map<string, PeriodLabel[]>();
  for (const l of labels) {
    const key = `${l.startMonth ?? ""}-${l.endMonth ?? ""}`;
    const list = bySpan.get(key) ?? [];
    if (!list.some((x) => x.label === l.label)) list.push(l);
    bySpan.set(key, list);
  }
  const roles = new Map<string, "current" | "previous" | "value">();
  for (const list of bySpan.values()) {
    if (list.length === 1) {
      roles.set(list[0].label, "value");
      continue;
    }
    // Three years or more of one span (2019年 … 2023年 down the side) are a series: each a value of
    // its own, with no comparison unless the user picks two (docs/periods.md).
    if (list.length > 2) {
      for (const l of list) roles.set(l.label, "value");
      continue;
    }
    const years = list.map((l) => l.year ?? -Infinity);
    const latest = Math.max(...years);
    list.forEach((l, i) => roles.set(l.label, years[i] === latest && years.indexOf(latest) === i ? "current" : "previous"));
  }
  return roles;
}
