/**
 * A period as the sections, the 综述 and the summary's context write it: with the year, without it,
 * its months and a dated range's days. One rule for every caller: the reader's figuresPeriod (a
 * table's report period) and the planner's section periods (from facts) both label spans here.
 */
import type { PeriodSpan } from "./period";
import { periodText } from "./periodText";

/** A period as a report writes it. */
export interface FiguresPeriod {
  /** With the year where one is known: "2024年1—6月", "2024年6月", "2024年上半年". */
  readonly label: string;
  /** Without the year: "1—6月", "6月", "上半年" (the "其中6月" of a monthly report). */
  readonly short: string;
  readonly year?: number;
  readonly startMonth?: number;
  readonly endMonth?: number;
  /** A dated range's first and last day (ISO), for the English text ("20–26 July 2015"). */
  readonly start?: string;
  readonly end?: string;
}

/**
 * The figures' period of a span. A whole year is "2019年" with no months, never its twelve months.
 *
 * @param span the span of the figures
 * @returns label, short form, year and months
 * @example figuresOf({ kind: "month", year: 2024, startMonth: 6, endMonth: 6 }) // { label: "2024年6月", short: "6月", year: 2024, startMonth: 6, endMonth: 6 }
 */
export function figuresOf(span: PeriodSpan): FiguresPeriod {
  return {
    label: periodText(span),
    short: span.kind === "year" ? "" : periodText({ ...span, year: undefined }),
    ...(span.year !== undefined ? { year: span.year } : {}),
    ...(span.startMonth !== undefined && span.kind !== "year" ? { startMonth: span.startMonth } : {}),
    ...(span.endMonth !== undefined && span.kind !== "year" ? { endMonth: span.endMonth } : {}),
    ...((span.kind === "range" || span.kind === "day") && span.start && span.end ? { start: span.start, end: span.end } : {}),
  };
}
