/**
 * The accident-ledger emitter: a ledger's totals this period and last, its groups by county,
 * industry, accident type and level, each month of the period, and the same window in each year
 * it covers (3 or more; an archive's calendar years) become facts whose provenance is the
 * ledger's rows and the criteria that select them — a COUNTIFS (or SUMIFS) as data, marked live
 * where such a formula over the ledger's own columns counts exactly what the engine counted.
 * Last period's figures only when the ledger compares (LedgerModel.compare): a week's list or an
 * archive of many years states no 同比. A ledger of one level or field (LedgerModel.scope: a title
 * …全省较大事故, or 较大 stated on every record) keys every fact by it (`axis: "table"`), so its totals
 * are that level's, never all accidents; it has no breakdown by level (a list of 较大 accidents
 * holds no 一般 ones to count as 0).
 */
import type { LedgerFormulaBasis } from "../ledger/breakdownTypes";
import type { AccidentTotals, DateRange, LedgerAccounting, LedgerModel } from "../reader/model";
import { indicatorById } from "../registry/indicators";
import type { BreakdownDimension, BreakdownKey } from "./breakdown";
import type { Fact } from "./fact";
import { spanOfRange, windowCriteria, withExclusions } from "./ledgerTerms";
import { measureOf } from "./measureOf";
import type { FactPeriod } from "./period";
import type { LedgerCriterion, LedgerProvenance } from "./provenance";
import type { LedgerSource } from "./sources";

type SumField = keyof LedgerFormulaBasis["figureColumns"];
type KeyField = keyof LedgerFormulaBasis["keyColumns"];

/** The figures of an accident ledger: the totals field, the indicator, and the ledger field summed. */
const FIGURES: readonly { total: keyof AccidentTotals; indicator: string; field?: SumField }[] = [
  { total: "accidents", indicator: "accident_count" },
  { total: "deaths", indicator: "deaths", field: "deaths" },
  { total: "missing", indicator: "missing", field: "missing" },
  { total: "injured", indicator: "injured", field: "injured" },
  { total: "seriousInjured", indicator: "serious_injured", field: "serious_injured" },
  { total: "directLoss", indicator: "direct_loss", field: "direct_loss" },
];

const GROUPS: readonly { of: "byRegion" | "byIndustry" | "byType" | "byLevel"; dimension: BreakdownDimension; field: KeyField }[] = [
  { of: "byRegion", dimension: "region", field: "region" },
  { of: "byIndustry", dimension: "industry", field: "industry" },
  { of: "byType", dimension: "accident_type", field: "accident_type" },
  { of: "byLevel", dimension: "level", field: "level" },
];

/** How many stated figures of the ledger's 合计 rows agree with the records they total, when it has such rows. */
function agreeing(a: LedgerAccounting): { totalsAgreeing?: number } {
  const figures = (a.totalRows ?? []).flatMap((t) => t.figures);
  return figures.length ? { totalsAgreeing: figures.filter((f) => f.agrees).length } : {};
}

/** The figure cells of words the ledger's records hold, with their fields and dates. */
function wordFigures(a: LedgerAccounting | undefined): Pick<LedgerSource, "wordFigures"> {
  const cells = (a?.wordFigures?.cells ?? []).flatMap((c) => (c.field && c.date ? [{ field: c.field, cell: c.cell, text: c.text, date: c.date }] : []));
  return cells.length ? { wordFigures: cells } : {};
}

/** The records stated at a level below the one their figures meet, with their dates. */
function levelsBelow(a: LedgerAccounting | undefined): Pick<LedgerSource, "levelsBelow"> {
  const notes = (a?.levelsBelowFigures?.cells ?? []).flatMap((c) => (c.date ? [{ stated: c.stated, met: c.met, date: c.date }] : []));
  return notes.length ? { levelsBelow: notes } : {};
}

/**
 * The ledger as a fact source.
 *
 * @param ledger the ledger
 * @returns its source record
 */
export function ledgerSource(ledger: LedgerModel): LedgerSource {
  const basis = ledger.accidents?.breakdowns?.formulaBasis;
  const text = basis && !basis.datesLive && basis.textDates.count ? { textDates: basis.textDates } : {};
  const a = ledger.accounting;
  return {
    kind: "ledger",
    id: ledger.id,
    subtype: ledger.subtype,
    sheet: ledger.sheet,
    address: ledger.address,
    recordCount: ledger.recordCount,
    excludedCount: ledger.excludedCount,
    current: ledger.current,
    previous: ledger.previous,
    periodSource: ledger.periodSource,
    ...(ledger.latestRecord ? { latestRecord: ledger.latestRecord } : {}),
    ...(ledger.compare === false ? { compare: false as const } : {}),
    ...(ledger.scope ? { scope: ledger.scope } : {}),
    ...(a ? { accounting: { rows: a.rows, counted: a.counted, excluded: a.excluded, undated: a.undated, totals: a.totals, ...agreeing(a) } } : {}),
    ...text,
    ...wordFigures(a),
    ...(a?.missingLoss
      ? { missingLoss: { count: a.missingLoss.count, cells: a.missingLoss.cells, ...(a.missingLoss.byDate ? { byDate: a.missingLoss.byDate } : {}) } }
      : {}),
    ...levelsBelow(a),
    ...levelsDerived(ledger),
  };
}

/** An accident ledger with no level column: which of the other criteria (重伤, 直接经济损失) it has no column for. */
function levelsDerived(ledger: LedgerModel): Pick<LedgerSource, "levelsDerived"> {
  const has = (field: string) => ledger.columns.some((c) => c.field === field);
  if (ledger.subtype !== "accident" || has("level")) return {};
  return { levelsDerived: { without: (["serious_injured", "direct_loss"] as const).filter((f) => !has(f)) } };
}

/** A ledger window as a fact's period. */
export function windowPeriod(range: DateRange, relation: FactPeriod["relation"]): FactPeriod {
  return { label: range.label, relation, span: spanOfRange(range) };
}

/**
 * The facts of an accident ledger.
 *
 * @param ledger the ledger (subtype "accident")
 * @returns its facts: totals, groups, months and years
 * @example accidentLedgerFacts(ledger).find((f) => f.indicator === "accident_count" && f.breakdown.length === 0)?.value // 23
 */
export function accidentLedgerFacts(ledger: LedgerModel): Fact[] {
  const a = ledger.accidents;
  if (!a) return [];
  const basis = a.breakdowns?.formulaBasis;
  const present = new Set(ledger.columns.map((c) => c.field));
  const figures = FIGURES.filter((f) => !f.field || present.has(f.field));
  const facts: Fact[] = [];
  const rows: [number, number] = [ledger.firstRow, ledger.lastRow];

  const provenance = (range: DateRange, figure: (typeof FIGURES)[number], key?: { field: KeyField; key: string }): LedgerProvenance => {
    const criteria: LedgerCriterion[] = basis ? windowCriteria(basis.dateColumn, range) : [];
    const keyColumn = key && basis?.keyColumns[key.field];
    if (key && keyColumn) criteria.push({ column: keyColumn.column, op: "=", text: key.key, key: true });
    const sumColumn = figure.field ? basis?.figureColumns[figure.field] : undefined;
    const reason: LedgerProvenance["reason"] | undefined = !basis
      ? "no_formula"
      : !basis.datesLive
        ? "text_dates"
        : key && !keyColumn?.keys.includes(key.key)
          ? "key_not_exact"
          : figure.field && sumColumn === undefined
            ? "column_not_exact"
            : undefined;
    return {
      kind: "ledger",
      ledger: ledger.id,
      sheet: ledger.sheet,
      rows,
      aggregate: figure.field ? "sum" : "count",
      ...(sumColumn !== undefined ? { sumColumn } : {}),
      terms: basis ? withExclusions(criteria, basis.included) : [],
      live: reason === undefined,
      ...(reason ? { reason } : {}),
    };
  };

  const emit = (totals: AccidentTotals, range: DateRange, period: FactPeriod, breakdown: BreakdownKey[], key?: { field: KeyField; key: string }) => {
    for (const f of figures) {
      const ind = indicatorById(f.indicator)!;
      facts.push({
        indicator: f.indicator,
        period,
        breakdown,
        value: totals[f.total],
        baseUnit: ind.baseUnit,
        measure: measureOf(f.indicator),
        provenance: provenance(range, f, key),
        source: ledger.id,
      });
    }
  };

  // What the whole ledger is about: a key of every fact, placed within the ledger by its other keys (withinTable).
  const scope: BreakdownKey[] = (ledger.scope ?? []).map((k) => ({ dimension: k.dimension === "other" ? "category" : k.dimension, key: k.key, axis: "table" }));
  const scoped = (keys: BreakdownKey[]): BreakdownKey[] => (scope.length ? [...scope, ...keys] : keys);
  const ofOneLevel = scope.some((k) => k.dimension === "level");

  const current = windowPeriod(ledger.current, "current");
  const previous = windowPeriod(ledger.previous, "year_ago");
  emit(a.current, ledger.current, current, scoped([]));
  // A ledger with nothing to compare with (a week's list, a year alone, an archive of many years) states no 同比.
  const compared = ledger.compare !== false;
  if (compared) emit(a.previous, ledger.previous, previous, scoped([]));
  // A month's window: the month before is the base of 环比 (issue 22, monthly reports).
  if (a.monthBefore) emit(a.monthBefore.totals, a.monthBefore.period, windowPeriod(a.monthBefore.period, "month_before"), scoped([]));
  const br = a.breakdowns;
  for (const g of GROUPS) {
    if (g.of === "byLevel" && ofOneLevel) continue;
    for (const group of br ? br[g.of] : a[g.of]) {
      const key = { field: g.field, key: group.key };
      const breakdown = scoped([{ dimension: g.dimension, key: group.key }]);
      emit(group.current, ledger.current, current, breakdown, key);
      if (compared) emit(group.previous, ledger.previous, previous, breakdown, key);
    }
  }
  for (const m of br?.byMonth ?? []) {
    const breakdown = scoped([{ dimension: "month", key: m.label }]);
    emit(m.monthly.current, m.current, current, breakdown);
    if (compared) emit(m.monthly.previous, m.previous, previous, breakdown);
  }
  // Each year's window (3 or more): the trend and the several-year average (近N年同期均值) read them.
  for (const y of a.byYear ?? []) {
    const span = spanOfRange(y.period);
    emit(y.totals, y.period, { label: y.period.label, relation: "series", span: y.complete === false ? { ...span, complete: false } : span }, scoped([]));
  }
  return facts;
}
