/**
 * An event's days: a title "湖北省7月16日以来雨情汛情灾情统计" and a line "统计时间：截至2020年7月21日17时"
 * together name the days from 16 to 21 July 2020, both included — not the year to 21 July, which
 * the line alone would mean. The hour (17时) is when the count was taken, not a period.
 */
import { normalisePeriodText } from "./normalise";
import type { ParsedPeriod } from "./period";
import { daysInMonth } from "./calendar";

const SINCE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\d{1,2}(?:时|点))?以来/;
const UNTIL = /(?:截至|截止到?)(\d{4})年(\d{1,2})月(\d{1,2})日(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?/;

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * The days from a "…以来" to a "截至…" date.
 *
 * @param sinceText a title or line with "M月D日以来"
 * @param untilText a line with "截至YYYY年M月D日"
 * @returns a range period, or undefined when either is missing or they do not make a range
 * @example sinceUntil("湖北省7月16日以来雨情汛情灾情统计", "统计时间：截至2020年7月21日17时")?.span // { kind: "range", year: 2020, start: "2020-07-16", end: "2020-07-21", startMonth: 7, endMonth: 7 }
 */
export function sinceUntil(sinceText: string, untilText: string): ParsedPeriod | undefined {
  const since = SINCE.exec(normalisePeriodText(sinceText));
  const until = UNTIL.exec(normalisePeriodText(untilText));
  if (!since || !until) return undefined;
  const [ey, em, ed] = [Number(until[1]), Number(until[2]), Number(until[3])];
  const [sm, sd] = [Number(since[2]), Number(since[3])];
  // Written without its year, the start lies in the end's year, or the year before when later in the calendar.
  const sy = since[1] ? Number(since[1]) : sm * 100 + sd > em * 100 + ed ? ey - 1 : ey;
  if (!validDay(ey, em, ed) || !validDay(sy, sm, sd)) return undefined;
  const start = iso(sy, sm, sd);
  const end = iso(ey, em, ed);
  if (start > end) return undefined;
  return {
    label: `${since[0]}（截至${until[1]}年${until[2]}月${until[3]}日）`,
    words: [since[0], until[0]],
    relation: "current",
    span: { kind: "range", year: ey, start, end, startMonth: sm, endMonth: em },
  };
}
