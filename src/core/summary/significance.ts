/**
 * Significance in the summary sheet (issue 6): the 显著性 text of a count comparison, the one
 * narrative sentence a significant change earns, the 95% interval of a rectification rate, and
 * the trend of a series of periods. Every figure comes from `src/core/stats/`, so the sheet
 * says what YOYSIG, RATECI and TREND would say in a cell.
 */
import { formatP } from "../stats/formatP";
import { poissonRateTest } from "../stats/poissonRateTest";
import { poissonTrend, type PoissonTrend } from "../stats/poissonTrend";
import { significanceSentence, significanceText } from "../stats/significanceColumn";
import { wilsonInterval } from "../stats/wilsonInterval";
import type { CellRef, Fact, PeriodSpan, WorkbookFacts } from "../facts";
import { factTables, isColumnGroup } from "./factTables";
import type { IndicatorPair } from "./facts";
import { LABELS } from "./labels";
import type { SummaryOptions } from "./options";

/** Indicators that are counts of events or people, the only ones a Poisson test fits. */
export const COUNT_INDICATORS: readonly string[] = ["accident_count", "deaths", "injured"];

/**
 * Counts whose events are independent, the only ones the 显著性 column tests: accidents. Deaths
 * and injuries cluster within accidents (one accident, several deaths), so a Poisson test on
 * them gives p-values that are too small (docs/report-rules.md, rule 9).
 */
export const INDEPENDENT_COUNT_INDICATORS: readonly string[] = ["accident_count"];

/** The significance level of the summary sheet. */
export const SUMMARY_ALPHA = 0.05;

const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  accident_count: "accidents",
  deaths: "deaths",
  injured: "injuries",
};

function countsOf(pair: IndicatorPair): { current: number; previous: number } | undefined {
  if (!COUNT_INDICATORS.includes(pair.indicator)) return undefined;
  const current = pair.current.value;
  const previous = pair.previous.value;
  if (current === null || previous === null) return undefined;
  return { current, previous };
}

/**
 * Below this many accidents in the two periods together the exact test cannot reach 5%: its
 * smallest two-sided p is 2·0.5^n, 0.0625 for n = 5 (docs/report-rules.md rule 9).
 */
export const MIN_TESTED_COUNTS = 6;

/**
 * The 显著性 cell of one comparison row: YOYSIG's text for 事故起数 (independent events);
 * "—" with the reason where a test would mean nothing — no year-earlier figure (missing is never
 * a zero base), none in either period, or too few accidents for the test ever to reach 5%;
 * undefined for deaths and injuries (they cluster within accidents; a footnote says so), money,
 * rates and a missing current figure (the cell stays blank).
 *
 * @param pair this period and last for one indicator
 * @param options the summary options (language)
 * @returns "变化不显著（p=0.332）", "显著上升（p=0.002）", "—（两期均为0）" …, or undefined
 * @example pairSignificanceText(accidentPair, DEFAULT_SUMMARY_OPTIONS) // "变化不显著（p=0.332）" for 11 against 6
 */
export function pairSignificanceText(pair: IndicatorPair, options: Pick<SummaryOptions, "language">): string | undefined {
  if (!INDEPENDENT_COUNT_INDICATORS.includes(pair.indicator)) return undefined;
  const untested = untestedReason(pair);
  if (untested) return LABELS[options.language][untested];
  const counts = countsOf(pair);
  if (!counts) return undefined;
  return significanceText(counts.current, counts.previous, {
    alpha: SUMMARY_ALPHA,
    style: options.language,
  });
}

/**
 * Why a count comparison is not tested, or undefined when it is (or cannot be: no current figure).
 *
 * @param pair this period and last
 * @returns the label of the reason, or undefined
 */
export function untestedReason(pair: IndicatorPair): "untestedNoPrevious" | "untestedBothZero" | "untestedTooFew" | undefined {
  const current = pair.current.value;
  if (current === null || pair.current.error) return undefined;
  const previous = pair.previous.value;
  if (previous === null || pair.previous.error) return "untestedNoPrevious";
  if (current === 0 && previous === 0) return "untestedBothZero";
  if (current + previous < MIN_TESTED_COUNTS) return "untestedTooFew";
  return undefined;
}

/**
 * The one narrative sentence for the significant changes among the accident counts, with
 * their p-values; undefined when none is significant, so the narrative never claims what the
 * test does not support.
 *
 * @param pairs the accident comparisons (事故起数, 死亡人数, 受伤人数 …)
 * @param options the summary options (language)
 * @returns "事故起数上升在统计上显著（p=0.01）。", or undefined
 * @example significanceNarrative(pairsOf(60, 30), DEFAULT_SUMMARY_OPTIONS) // "事故起数上升在统计上显著（p=0.00206）。"
 */
export function significanceNarrative(pairs: readonly IndicatorPair[], options: Pick<SummaryOptions, "language">): string | undefined {
  const en = options.language === "en";
  const parts: { phrase: string; p: number }[] = [];
  for (const pair of pairs) {
    const counts = countsOf(pair);
    if (!counts) continue;
    let p: number;
    try {
      p = poissonRateTest(counts.current, counts.previous, 1).p;
    } catch {
      continue;
    }
    const name = en ? (ENGLISH_NAMES[pair.indicator] ?? pair.indicator) : pair.name;
    const phrase = significanceSentence(name, counts, p, SUMMARY_ALPHA, options.language);
    if (phrase) parts.push({ phrase, p });
  }
  if (parts.length === 0) return undefined;
  if (en) {
    const text = parts.map((x) => `${x.phrase} (${formatP(x.p)})`).join("; ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }
  if (parts.length === 1) return `${parts[0].phrase}（${formatP(parts[0].p)}）。`;
  // Several: one sentence, "事故起数上升（p=0.01）、死亡人数上升（p=0.02）在统计上均显著。"
  const suffix = "在统计上显著";
  return `${parts.map((x) => `${x.phrase.slice(0, -suffix.length)}（${formatP(x.p)}）`).join("、")}在统计上均显著。`;
}

/**
 * The 95% Wilson interval of a rate (整改率 = rectified / found) as cell text.
 *
 * @param found the denominator (排查隐患)
 * @param rectified the numerator (已整改)
 * @param options the summary options (language)
 * @returns "95%置信区间 88.9%–94.2%" (English "95% CI 88.9%–94.2%"), or undefined when the counts do not allow one
 * @example rateIntervalText(411, 378, DEFAULT_SUMMARY_OPTIONS) // "95%置信区间 88.9%–94.2%"
 */
export function rateIntervalText(found: number | null, rectified: number | null, options: Pick<SummaryOptions, "language">): string | undefined {
  if (found === null || rectified === null) return undefined;
  try {
    const i = wilsonInterval(rectified, found, 0.95);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const lead = options.language === "en" ? "95% CI" : "95%置信区间";
    return `${lead} ${pct(i.low)}–${pct(i.high)}`;
  } catch {
    return undefined;
  }
}

/** A count indicator over consecutive periods (years or months) found in the workbook. */
export interface TrendSeries {
  readonly indicator: string;
  /** The indicator as the report names it ("事故起数"). */
  readonly name: string;
  /** The period labels as written ("2020年", "3月"). */
  readonly labels: readonly string[];
  /** The periods as numbers (2020, 3), for the regression. */
  readonly periods: readonly number[];
  readonly counts: readonly number[];
  /** Where each count is, for live references; absent for figures the reader computed. */
  readonly cells: readonly (CellRef | undefined)[];
  /** "year" or "month": the unit of one period. */
  readonly unit: "year" | "month";
  /** The id of the source the counts come from. */
  readonly source?: string;
}

const NAMES: Readonly<Record<string, string>> = {
  accident_count: "事故起数",
  deaths: "死亡人数",
  injured: "受伤人数",
};

/** A year → 2020; a month → year·12 + month (the year 0 when the source names none). */
function periodOf(span: PeriodSpan | undefined): { value: number; unit: "year" | "month" } | undefined {
  if (span?.kind === "year" && span.year !== undefined && span.startMonth === undefined) return { value: span.year, unit: "year" };
  if (span?.kind === "month" && span.endMonth !== undefined) return { value: (span.year ?? 0) * 12 + span.endMonth, unit: "month" };
  return undefined;
}

function isFigure(f: Fact): boolean {
  return f.measure !== "change" && f.measure !== "change_pct" && !isColumnGroup(f);
}

/**
 * Finds a series of periods in the workbook's facts: a table whose rows are years or months (at
 * least 3 of one kind) with a count (事故起数 first, then 死亡人数, 受伤人数); else an accident
 * ledger's 事故起数 in the same window of 3 or more years.
 *
 * @param wf the workbook's facts
 * @returns the longest such series, or undefined
 * @example findTrendSeries(factsWithYears2019To2024)?.periods // [2019, …, 2024]
 */
export function findTrendSeries(wf: WorkbookFacts): TrendSeries | undefined {
  let best: TrendSeries | undefined;
  for (const table of factTables(wf)) {
    // A series of periods (2019年 … 2023年); in one whose latest two compare (… | 2024年 previous | 2025年 current) those count too.
    const series = table.whole.filter((f) => isFigure(f) && f.period.relation === "series" && f.provenance.kind === "cell" && periodOf(f.period.span));
    const unit = periodOf(series[0]?.period.span)?.unit;
    if (!unit) continue;
    const periodFacts = table.whole.filter(
      (f) => isFigure(f) && f.provenance.kind === "cell" && f.period.relation !== "month_before" && periodOf(f.period.span)?.unit === unit,
    );
    for (const indicator of COUNT_INDICATORS) {
      const own = periodFacts.filter((f) => f.indicator === indicator);
      if (own.length === 0) continue;
      const labels: string[] = [];
      const xs: number[] = [];
      const ys: number[] = [];
      const cells: (CellRef | undefined)[] = [];
      // Oldest first, whichever order the table keeps.
      const ordered = [...own].sort((a, b) => (periodOf(a.period.span)?.value ?? 0) - (periodOf(b.period.span)?.value ?? 0));
      for (const f of ordered) {
        const p = periodOf(f.period.span);
        if (!p || p.unit !== unit || f.value === null || xs.includes(p.value)) continue;
        labels.push(f.period.label);
        xs.push(p.value);
        ys.push(f.value);
        cells.push(f.provenance.kind === "cell" ? f.provenance.cell : undefined);
      }
      if (xs.length >= 3 && (!best || xs.length > best.periods.length))
        best = { indicator, name: NAMES[indicator], labels, periods: xs, counts: ys, cells, unit, source: table.source.id };
      break;
    }
  }
  if (best) return best;
  return ledgerSeries(wf);
}

/** 事故起数 in the same window of each year an accident ledger covers. */
function ledgerSeries(wf: WorkbookFacts): TrendSeries | undefined {
  let best: TrendSeries | undefined;
  for (const source of wf.sources) {
    if (source.kind !== "ledger") continue;
    const years = wf.facts.filter(
      (f) => f.source === source.id && f.indicator === "accident_count" && f.period.relation === "series" && f.breakdown.length === 0,
    );
    if (years.length < 3 || (best && years.length <= best.periods.length)) continue;
    best = {
      indicator: "accident_count",
      name: NAMES.accident_count,
      labels: years.map((y) => y.period.label),
      periods: years.map((y) => Number((y.period.span?.start ?? "0").slice(0, 4))),
      counts: years.map((y) => y.value ?? 0),
      // Counted from the ledger's rows: no single cell holds them.
      cells: years.map(() => undefined),
      unit: "year",
      source: source.id,
    };
  }
  return best;
}

/**
 * TREND's figure for a series, or undefined when the regression has no finite fit.
 *
 * @param series the counts over periods
 * @returns the fitted Poisson trend
 * @example seriesTrend(series)?.percentChange // −0.0701 for 30, 28, 25, 27, 21 in 2019–2023 (R glm)
 */
export function seriesTrend(series: TrendSeries): PoissonTrend | undefined {
  try {
    return poissonTrend(series.counts, series.periods);
  } catch {
    return undefined;
  }
}

/**
 * The trend chart's title: the indicator, the average change per period with its 95% interval
 * and p-value ("事故起数趋势：年均下降7.0%（95%置信区间 −17.6%～5.0%，p=0.241）").
 *
 * @param series the counts over periods
 * @param options the summary options (language)
 * @returns the title
 * @example trendTitle(series, DEFAULT_SUMMARY_OPTIONS) // "事故起数趋势：年均下降7.0%（95%置信区间 −17.6%～5.0%，p=0.241）" for 30, 28, 25, 27, 21 in 2019–2023
 */
export function trendTitle(series: TrendSeries, options: Pick<SummaryOptions, "language">): string {
  const t = seriesTrend(series);
  const en = options.language === "en";
  const per = series.unit === "year" ? (en ? "year" : "年均") : en ? "month" : "月均";
  const name = en ? (ENGLISH_NAMES[series.indicator] ?? series.indicator) : series.name;
  if (!t) return en ? `${name}: trend` : `${name}趋势`;
  const pct = (x: number) => `${(x * 100).toFixed(1).replace("-", "−")}%`;
  const abs = (x: number) => `${Math.abs(x * 100).toFixed(1)}%`;
  if (en)
    return `${name}: ${t.percentChange >= 0 ? "+" : "−"}${abs(t.percentChange)} a ${per} on average (95% CI ${pct(t.low)} to ${pct(t.high)}, ${formatP(t.p)})`;
  const word = t.percentChange >= 0 ? "上升" : "下降";
  return `${name}趋势：${per}${word}${abs(t.percentChange)}（95%置信区间 ${pct(t.low)}～${pct(t.high)}，${formatP(t.p)}）`;
}
