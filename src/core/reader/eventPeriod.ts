/**
 * The period of an export of the national disaster-reporting system (国家自然灾害灾情管理系统): one
 * event, named in a line over the header "灾种名称：洪涝      灾害发生时间：2020-07-18 08:48:00". The
 * figures are that event's, not the month's: the period is its date (domain.md, "Periods"), and the
 * kind of disaster (灾种) is the event's. Several dates of occurrence give the days from the first to
 * the last, and the reader says so (the summary never tells such figures as one event's day).
 */
import { daysInMonth } from "../periods/calendar";
import type { ParsedPeriod } from "../periods/period";

/** "灾害发生时间：2020-07-18 08:48:00", "发生时间：2020年7月18日"; the hour is when, not a period. */
const OCCURRED = /(?:灾害)?发生(?:时间|日期)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/g;
/** "灾种名称：洪涝", "灾种：洪涝灾害": the kind of disaster, up to the next field of the line. */
const KIND = /灾种(?:名称)?\s*[:：]\s*([\u4e00-\u9fff、]+?)(?=\s|灾害发生|发生(?:时间|日期)|$)/;

/** The disaster event a table's lines name: its kind and its dates of occurrence (ISO, sorted, each once). */
export interface DisasterEvent {
  /** The kind of disaster as the export names it (洪涝), where it does. */
  readonly kind?: string;
  readonly dates: readonly string[];
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * The event the texts over a table name, where they give a date of occurrence.
 *
 * @param texts the cells of the lines over the header, as written (spaces kept: "2020-07-18 08:48:00")
 * @returns the event, or undefined when no text gives a valid date of occurrence
 * @example disasterEvent(["灾种名称：洪涝      灾害发生时间：2020-07-18 08:48:00"]) // { kind: "洪涝", dates: ["2020-07-18"] }
 */
export function disasterEvent(texts: readonly string[]): DisasterEvent | undefined {
  const dates = new Set<string>();
  let kind: string | undefined;
  for (const text of texts) {
    for (const m of text.matchAll(OCCURRED)) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) dates.add(iso(y, mo, d));
    }
    kind ??= KIND.exec(text)?.[1];
  }
  if (!dates.size) return undefined;
  return { ...(kind ? { kind } : {}), dates: [...dates].sort() };
}

/**
 * The period of an event: its day, or the days from its first to its last date of occurrence.
 *
 * @param event the event (disasterEvent)
 * @returns the period, current, labelled as the export writes its dates
 * @example eventPeriod({ dates: ["2020-07-18"] }).span // { kind: "day", year: 2020, startMonth: 7, endMonth: 7, start: "2020-07-18", end: "2020-07-18" }
 */
export function eventPeriod(event: DisasterEvent): ParsedPeriod {
  const start = event.dates[0];
  const end = event.dates[event.dates.length - 1];
  const [year, endMonth] = end.split("-").map(Number);
  const startMonth = Number(start.slice(5, 7));
  return {
    label: start === end ? start : `${start}至${end}`,
    relation: "current",
    span: { kind: start === end ? "day" : "range", year, startMonth, endMonth, start, end },
  };
}
