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
import { cellAddress } from "../model/address";
import { tableCell } from "../reader/tableCell";
import type { CellRef, TableModel, WorkbookModel } from "../reader/model";
import type { IndicatorPair } from "./facts";
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
 * The 显著性 cell of one comparison row: YOYSIG's text for 事故起数 (independent events);
 * undefined for deaths and injuries (they cluster within accidents; a footnote says so), money,
 * rates and missing figures (the cell stays blank).
 *
 * @param pair this period and last for one indicator
 * @param options the summary options (language)
 * @returns "变化不显著 (p=0.332)", "显著上升 (p=0.002)" …, or undefined
 * @example pairSignificanceText(accidentPair, DEFAULT_SUMMARY_OPTIONS) // "变化不显著 (p=0.332)" for 11 against 6
 */
export function pairSignificanceText(pair: IndicatorPair, options: Pick<SummaryOptions, "language">): string | undefined {
  if (!INDEPENDENT_COUNT_INDICATORS.includes(pair.indicator)) return undefined;
  const counts = countsOf(pair);
  if (!counts) return undefined;
  return significanceText(counts.current, counts.previous, {
    alpha: SUMMARY_ALPHA,
    style: options.language,
  });
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
}

const NAMES: Readonly<Record<string, string>> = {
  accident_count: "事故起数",
  deaths: "死亡人数",
  injured: "受伤人数",
};

/** "2020", "2020年" → year 2020; "3月", "2024年3月" → month (year·12 + month). */
function periodOf(label: string): { value: number; unit: "year" | "month" } | undefined {
  const s = label.replace(/\s/g, "");
  let m = /^((?:19|20)\d\d)年?$/.exec(s);
  if (m) return { value: Number(m[1]), unit: "year" };
  m = /^(?:((?:19|20)\d\d)年)?(\d{1,2})月(?:份)?$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { value: Number(m[1] ?? 0) * 12 + Number(m[2]), unit: "month" };
  return undefined;
}

/**
 * Finds a series of periods in the workbook: a table whose row labels are years or months
 * (at least 3 of one kind) with a count column (事故起数 first, then 死亡人数, 受伤人数); else an
 * accident ledger's 事故起数 in the same window of 3 or more years.
 *
 * @param model what the reader found
 * @returns the longest such series, or undefined
 * @example findTrendSeries(modelWithYears2019To2024)?.periods // [2019, …, 2024]
 */
export function findTrendSeries(model: WorkbookModel): TrendSeries | undefined {
  let best: TrendSeries | undefined;
  for (const table of model.tables) {
    for (const indicator of COUNT_INDICATORS) {
      const found = tableSeries(table, indicator);
      if (!found) continue;
      if (found.periods.length >= 3 && (!best || found.periods.length > best.periods.length)) best = { indicator, name: NAMES[indicator], ...found };
      break;
    }
  }
  if (best) return best;
  return ledgerSeries(model);
}

/**
 * One indicator's figures over the periods of a table: its periods are row labels (2019年 … 2024年
 * down the side), or, in a table read turned (periods in rows, `transposed`), its period columns.
 */
function tableSeries(table: TableModel, indicator: string): Omit<TrendSeries, "indicator" | "name"> | undefined {
  const points: { label: string; period: { value: number; unit: "year" | "month" }; i: number; j: number }[] = [];
  if (table.transposed) {
    const i = table.rows.findIndex((r) => r.indicator === indicator);
    if (i < 0) return undefined;
    table.columns.forEach((c, j) => {
      const label = c.periodLabel ?? "";
      const period = c.role === "value" || c.role === "current" || c.role === "previous" ? periodOf(label) : undefined;
      if (period) points.push({ label, period, i, j });
    });
  } else {
    const j = table.columns.findIndex((c) => c.indicator === indicator && (c.role === "value" || c.role === "current") && !c.industry);
    if (j < 0) return undefined;
    table.rows.forEach((r, i) => {
      const period = r.role === "data" ? periodOf(r.label) : undefined;
      if (period) points.push({ label: r.label, period, i, j });
    });
  }
  const unit = points[0]?.period.unit;
  if (!unit) return undefined;
  const labels: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  const cells: (CellRef | undefined)[] = [];
  // Oldest first, whichever order the table keeps.
  for (const p of [...points].sort((a, b) => a.period.value - b.period.value)) {
    const v = table.values[p.i]?.[p.j]?.value;
    if (p.period.unit !== unit || v === null || v === undefined || xs.includes(p.period.value)) continue;
    labels.push(p.label);
    xs.push(p.period.value);
    ys.push(v);
    const { row, column } = tableCell(table, p.i, p.j);
    cells.push({ sheet: table.sheet, row, column, address: cellAddress(row, column) });
  }
  return { labels, periods: xs, counts: ys, cells, unit };
}

/** 事故起数 in the same window of each year an accident ledger covers (the reader's byYear). */
function ledgerSeries(model: WorkbookModel): TrendSeries | undefined {
  let best: TrendSeries | undefined;
  for (const ledger of model.ledgers) {
    const years = ledger.accidents?.byYear;
    if (!years || years.length < 3 || (best && years.length <= best.periods.length)) continue;
    best = {
      indicator: "accident_count",
      name: NAMES.accident_count,
      labels: years.map((y) => y.period.label),
      periods: years.map((y) => Number(y.period.start.slice(0, 4))),
      counts: years.map((y) => y.totals.accidents),
      // Counted from the ledger's rows: no single cell holds them.
      cells: years.map(() => undefined),
      unit: "year",
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
