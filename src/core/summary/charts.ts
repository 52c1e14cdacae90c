/**
 * The summary's native charts and, for the charts whose data are not a table of the sheet, the small
 * data blocks they plot (the 整改率 by county and the trend), written as live references to the right
 * of the tables, outside the print area. Where the charts finally sit — below the tables, inside the
 * printed width — is decided at the end (printLayout.ts: placeChartsBelow).
 */
import { cellAddress, quoteSheetName, rangeAddress } from "../model/address";
import { percentFormat } from "./cells";
import type { Labels } from "./labels";
import type { SummaryOptions } from "./options";
import type { ChartPlan } from "./plan";
import { trendTitle, type TrendSeries } from "./significance";
import type { SheetBuilder } from "./sheetBuilder";

type Position = ChartPlan["position"];

/** Rows of the sheet where the data blocks of the rate and trend charts start (in the columns after the tables). */
export const DATA_TOP = 2;

/**
 * A first position for each chart, one below another beside its section; planSummary moves them
 * below the tables once every section is written (printLayout.ts), keeping their order.
 */
export class ChartPlacer {
  private nextRow = DATA_TOP;
  constructor(readonly column: number) {}

  /** The position of the next chart, at the section's row or below the previous chart. */
  place(row: number): Position {
    const top = Math.max(row, this.nextRow);
    this.nextRow = top + 16;
    return {
      start: cellAddress(top, this.column),
      end: cellAddress(top + 15, this.column + 7),
    };
  }
}

/** 本期 vs 去年同期 clustered columns over the accident section's counted rows (header row first). */
export function accidentChart(rows: [number, number], L: Labels, position: Position, compares = true): ChartPlan {
  return {
    type: "ColumnClustered",
    source: `A${rows[0] + 1}:${compares ? "C" : "B"}${rows[1] + 1}`,
    seriesBy: "Columns",
    title: compares ? L.chartAccidents : L.chartAccidentsAlone,
    categoryAxisTitle: L.indicator,
    valueAxisTitle: L.people,
    seriesNames: compares ? [L.current, L.previous] : [L.current],
    position,
  };
}

/** The loss composition as a doughnut over the non-zero parts (largest first, header row first). */
export function lossChart(rows: [number, number], L: Labels, position: Position): ChartPlan {
  return {
    type: "Doughnut",
    source: `A${rows[0] + 1}:B${rows[1] + 1}`,
    seriesBy: "Columns",
    title: L.chartLosses,
    seriesNames: [L.amount],
    position,
  };
}

/**
 * 整改率 by county as bars, sorted by rate (the highest at the top: a bar chart draws its first
 * category at the bottom), on an axis that starts where the spread can be seen (rateAxis). The
 * county rows of the hazard section are not contiguous with a header the chart could use, so a
 * data block beside the charts references their labels and rates, in that order; the order is the
 * rates' at generation (the references stay live).
 */
export function rateChart(b: SheetBuilder, countyRows: [number, number], L: Labels, o: SummaryOptions, chartColumn: number, position: Position): ChartPlan {
  const rows: number[] = [];
  for (let r = countyRows[0]; r <= countyRows[1]; r++) rows.push(r);
  const rateOf = (row: number) => {
    const v = b.rows[row][3].value;
    return typeof v === "number" && Number.isFinite(v) ? v : -Infinity;
  };
  rows.sort((x, y) => rateOf(x) - rateOf(y) || x - y);
  const hc = chartColumn;
  b.set(DATA_TOP, hc, { value: L.chartData });
  b.set(DATA_TOP + 1, hc, { value: L.region });
  b.set(DATA_TOP + 1, hc + 1, { value: L.rate });
  rows.forEach((row, i) => {
    b.set(DATA_TOP + 2 + i, hc, { formula: `=A${row + 1}`, value: b.rows[row][0].value });
    b.set(DATA_TOP + 2 + i, hc + 1, {
      formula: `=D${row + 1}`,
      value: b.rows[row][3].value,
      numberFormat: percentFormat(o.rateDecimals),
    });
  });
  b.style(DATA_TOP, hc, 2 + rows.length, 2, "note");
  const axis = rateAxis(rows.map(rateOf).filter((r) => r > -Infinity));
  return {
    type: "BarClustered",
    source: rangeAddress(DATA_TOP + 1, hc, rows.length + 1, 2),
    seriesBy: "Columns",
    title: L.chartRate,
    categoryAxisTitle: L.region,
    valueAxisTitle: L.percent,
    seriesNames: [L.rate],
    ...(axis ? { valueAxis: axis } : {}),
    position,
  };
}

/**
 * The value axis of rates: from a round 5% below the lowest (never below 0) to 100%, when that
 * shows the spread better than 0–100%; none when a rate is above 100% (an impossible figure the
 * 核对 names; the program's own axis then shows it) or the lowest is under 50%.
 *
 * @param rates the rates (0.896 for 89.6%)
 * @returns the bounds, or undefined for the program's default
 * @example rateAxis([0.896, 0.933]) // { minimum: 0.85, maximum: 1 }
 * @example rateAxis([0.3, 0.9]) // undefined
 */
export function rateAxis(rates: readonly number[]): { minimum: number; maximum: number } | undefined {
  if (rates.length === 0 || rates.some((r) => r > 1)) return undefined;
  const lowest = Math.min(...rates);
  if (lowest < 0.5) return undefined;
  return { minimum: Math.max(0, Math.floor(Math.round((lowest - 0.02) * 1000) / 50) / 20), maximum: 1 };
}

/** The trend line over periods; its data are live references to the source counts, beside the rate chart's data. */
export function trendChart(b: SheetBuilder, series: TrendSeries, L: Labels, o: SummaryOptions, chartColumn: number, placer: ChartPlacer): ChartPlan {
  const tc = chartColumn + 3;
  b.set(DATA_TOP, tc, { value: L.chartData });
  b.set(DATA_TOP + 1, tc, { value: L.period });
  b.set(DATA_TOP + 1, tc + 1, { value: series.name });
  series.labels.forEach((label, i) => {
    const cell = series.cells[i];
    b.set(DATA_TOP + 2 + i, tc, { value: label });
    b.set(DATA_TOP + 2 + i, tc + 1, {
      ...(cell ? { formula: `=${quoteSheetName(cell.sheet)}!${cell.address}` } : {}),
      value: series.counts[i],
      numberFormat: "#,##0",
    });
  });
  b.style(DATA_TOP, tc, 2 + series.labels.length, 2, "note");
  return {
    type: "Line",
    source: rangeAddress(DATA_TOP + 1, tc, series.labels.length + 1, 2),
    seriesBy: "Columns",
    title: trendTitle(series, o),
    categoryAxisTitle: L.period,
    valueAxisTitle: L.people,
    seriesNames: [series.name],
    position: placer.place(DATA_TOP),
  };
}
