/**
 * Until `workbookFacts(model)` lands in src/core/facts, the harness reads facts off today's model
 * itself: every recognised table cell and the accident ledgers' totals, with the period its column
 * label (or the table's title) states. This adapter is the harness's, not the product's; it is
 * replaced by the engine's own facts as soon as they exist (see actualFacts.ts), and it gives
 * today's reader no credit it has not earned: a period the model does not carry is no period.
 */
import type { ParsedPeriod, PeriodRelation, PeriodSpan } from "../../../src/core/periods/period";
import type { ColumnMeaning, LedgerModel, TableModel, WorkbookModel } from "../../../src/core/reader/model";
import { parsePeriod } from "../../../src/core/reader/periods";
import { cellIndicator } from "../../../src/core/registry/cellIndicator";
import { tableCellAddress } from "../../../src/core/reader/tableCell";
import type { CorpusFact, CorpusFacts } from "./actualFacts";

type Span = NonNullable<CorpusFact["period"]["span"]>;

function yearIn(text: string | undefined): number | undefined {
  const m = text ? /(\d{4})\s*年/.exec(text) : null;
  return m ? Number(m[1]) : undefined;
}

/** A span from a period label, with the title's year when the label has none. */
function spanOf(label: string | undefined, title: string | undefined, yearShift: number): Span | undefined {
  const parsed = label ? parsePeriod(label) : undefined;
  const fromTitle = title ? parsePeriod(title) : undefined;
  const year = parsed?.year ?? (yearIn(title) !== undefined ? yearIn(title)! + yearShift : undefined);
  const start = parsed?.startMonth ?? fromTitle?.startMonth;
  const end = parsed?.endMonth ?? fromTitle?.endMonth;
  if (start === undefined || end === undefined) return year === undefined ? undefined : { kind: "year", year };
  if (start === 1 && end === 12) return { kind: "year", year };
  if (start === end) return { kind: "month", year, startMonth: start, endMonth: end };
  return { kind: start === 1 ? "cumulative" : "months", year, startMonth: start, endMonth: end };
}

/**
 * The span and relation the model carries for a column: its own period where it names a span, else
 * its relative word (当月, 去年同月, 上月, 累计) placed against the table's own period (title, 截至
 * line, sheet or file name) — what the model knows, resolved the obvious way.
 */
function resolvedPeriod(table: TableModel, column: ColumnMeaning, previous: boolean): { relation: PeriodRelation; span?: PeriodSpan } | undefined {
  const own: ParsedPeriod | undefined = column.period;
  const relation: PeriodRelation = own?.relation ?? (previous ? "year_ago" : "current");
  const tableSpan = table.period?.period.span;
  let span = own?.span;
  if (span && span.year === undefined && tableSpan?.year !== undefined) span = { ...span, year: tableSpan.year };
  if (!span && tableSpan) {
    span = tableSpan;
    const end = tableSpan.endMonth;
    if (own?.group === "cumulative" && tableSpan.kind === "month" && end) span = { ...tableSpan, kind: end === 12 ? "year" : "cumulative", startMonth: 1 };
    if (own?.group === "month" && tableSpan.kind === "cumulative" && end) span = { ...tableSpan, kind: "month", startMonth: end };
  }
  if (!span) return undefined;
  if (relation === "year_ago" && span.year !== undefined && !own?.span?.year) span = { ...span, year: span.year - 1 };
  if (relation === "month_before" && span.kind === "month" && span.endMonth && !own?.span) {
    const m = span.endMonth === 1 ? 12 : span.endMonth - 1;
    span = { ...span, year: span.endMonth === 1 && span.year ? span.year - 1 : span.year, startMonth: m, endMonth: m };
  }
  return { relation, span };
}

const KEY_DIMENSION = { region: "region", industry: "industry", other: "category" } as const;

function tableFacts(table: TableModel): CorpusFact[] {
  const out: CorpusFact[] = [];
  table.columns.forEach((column, j) => {
    const roles = ["current", "previous", "previous_period", "value", "rate", "change_abs", "change_pct"];
    if (!roles.includes(column.role)) return;
    const previous = column.role === "previous";
    const label = column.periodLabel ?? (previous ? table.periods.previous : table.periods.current);
    const resolved = resolvedPeriod(table, column, previous) ?? {
      relation: previous ? "year_ago" : "current",
      span: spanOf(label, table.title, previous ? -1 : 0),
    };
    table.rows.forEach((row, i) => {
      if (row.role === "blank" || row.role === "subtotal") return;
      const indicator = table.keyKind === "indicator" ? cellIndicator(row.indicator, column.indicator) : (column.indicator ?? row.indicator);
      const read = table.values[i]?.[j];
      if (!indicator || !read || read.value === null) return;
      const key = row.region ?? row.label.replace(/^其中[:：]/, "");
      const breakdown: { dimension: string; key: string }[] =
        table.keyKind === "indicator" || row.role === "total"
          ? []
          : [{ dimension: KEY_DIMENSION[table.keyKind as "region" | "industry" | "other"] ?? "category", key }];
      if (column.industry) breakdown.push({ dimension: "industry", key: column.industry });
      // A county's sheet of a group, a title's level or field: every figure of the table is keyed by it.
      if (table.scope) breakdown.unshift(...table.scope.map((k) => ({ dimension: k.dimension === "other" ? "category" : k.dimension, key: k.key })));
      const measure = column.role === "change_pct" ? "change_pct" : column.role === "change_abs" ? "change" : column.role === "rate" ? "rate" : "count";
      const change = measure === "change" || measure === "change_pct";
      const base = change ? { label: "", relation: column.comparison === "previous_period" ? ("month_before" as const) : ("year_ago" as const) } : undefined;
      out.push({
        indicator,
        period: { label: label ?? column.period?.label ?? "", relation: resolved.relation, span: resolved.span },
        breakdown,
        value: read.value,
        unit: column.unit ?? row.unit ?? "",
        measure,
        base,
        cell: `${table.sheet}!${tableCellAddress(table, i, j)}`,
      });
    });
  });
  return out;
}

function ledgerFacts(ledger: LedgerModel): CorpusFact[] {
  if (!ledger.accidents) return [];
  const out: CorpusFact[] = [];
  const windows = [
    {
      range: ledger.current,
      totals: ledger.accidents.current,
      byRegion: ledger.accidents.byRegion.map((g) => ({ key: g.key, t: g.current })),
      relation: "current" as const,
    },
    {
      range: ledger.previous,
      totals: ledger.accidents.previous,
      byRegion: ledger.accidents.byRegion.map((g) => ({ key: g.key, t: g.previous })),
      relation: "year_ago" as const,
    },
  ];
  for (const w of windows) {
    const period = { label: w.range.label, relation: w.relation, span: { kind: "range" as const, start: w.range.start, end: w.range.end } };
    const push = (t: typeof w.totals, breakdown: CorpusFact["breakdown"]) => {
      for (const [indicator, value] of [
        ["accident_count", t.accidents],
        ["deaths", t.deaths],
        ["injured", t.injured],
        ["direct_loss", t.directLoss],
      ] as const)
        out.push({ indicator, period, breakdown, value, unit: "", measure: "count", cell: undefined });
    };
    push(w.totals, []);
    for (const g of w.byRegion) push(g.t, [{ dimension: "region", key: g.key }]);
  }
  return out;
}

/**
 * Facts read off today's model by the harness (see the file comment).
 *
 * @param model the reader's model
 * @returns the facts and the 核对 findings, with no context words (today's model has none)
 */
export function interimFacts(model: WorkbookModel): CorpusFacts {
  return {
    facts: [...model.tables.flatMap(tableFacts), ...model.ledgers.flatMap(ledgerFacts)],
    findings: model.findings,
    context: { periodWords: [] },
    source: "interim adapter over today's WorkbookModel",
  };
}
