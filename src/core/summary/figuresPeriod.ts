/** A period as the sections and the 综述 write it: with the year, without it, and its months. */
import type { PeriodSpan } from "../facts";
import { periodText } from "../periods/periodText";

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
 * The figures' period of a span.
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
    // A whole year is "2019年" / "2019", never its twelve months.
    ...(span.startMonth !== undefined && span.kind !== "year" ? { startMonth: span.startMonth } : {}),
    ...(span.endMonth !== undefined && span.kind !== "year" ? { endMonth: span.endMonth } : {}),
    ...((span.kind === "range" || span.kind === "day") && span.start && span.end ? { start: span.start, end: span.end } : {}),
  };
}
