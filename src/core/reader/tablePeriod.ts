/**
 * The title's period with the words of a 统计时段 line that names the same days (亳州市2023年… over
 * 统计时段：2023年1—12月): both are the source's words for it (19.8).
 */
function withLineWords(period: ParsedPeriod, lines: readonly string[]): ParsedPeriod {
  const bounds = period.span && spanBounds(period.span);
  for (const line of lines) {
    const stated = findPeriodIn(line);
    const same = bounds && stated?.span && spanBounds(stated.span);
    if (same && same.start === bounds.start && same.end === bounds.end && stated.label !== period.label)
      return { ...period, words: [...(period.words ?? [period.label]), stated.label] };
  }
  return period;
}

/**
 * The period a table names outside its period columns: its title, a 统计时间 / 统计截止 / 截至 line
 * near it, the sheet name ("2005_7"), or the file name ("2005_1-2.xls"), in that order
 * (docs/periods.md). A 填报日期 says when the form was filled, not what period it covers, and is
 * never read as one.
 */
import { findPeriodIn } from "../periods/findPeriod";
import { disasterEvent, eventPeriod } from "./eventPeriod";
import { MESSAGES } from "../messages";
import type { ParsedPeriod } from "../periods/period";
import { spanBounds } from "../periods/spanBounds";
import { sinceUntil } from "../periods/sinceUntil";
import { cleanHeader } from "../registry/headerText";
import type { TableModel } from "./model";
import { type Context, kindAt } from "./tableContext";

const FILLED_ON = /(填报|报送|制表|填表)(日期|时间)/;

/** Period lines above a header: fill and unit rows ("统计截止：2024年6月30日", "统计时间：…"). */
function lineAbove(ctx: Context, headerFirst: number): string[] {
  const lines: string[] = [];
  for (let r = headerFirst - 1; r >= Math.max(ctx.grid.top, headerFirst - 5); r--) {
    const kind = kindAt(ctx, r);
    if (kind !== "fill" && kind !== "unit" && kind !== "text") continue;
    for (let c = ctx.left; c <= ctx.right; c++) {
      const t = cleanHeader(ctx.grid.value(r, c));
      if (t && !FILLED_ON.test(t) && /(统计|截至|截止|时间|期间)/.test(t)) lines.push(t);
    }
  }
  return lines;
}

/**
 * The table's own period, where the title, a line, the sheet or the file name names one.
 *
 * @param ctx the sheet being read (its name, and the file's)
 * @param headerFirst the first header row of the table
 * @param title the table's title, if any
 * @returns the period and where it came from, or undefined
 * @example tablePeriod(ctx, 2, "楚雄州2024年1—6月生产安全事故分县(市)统计表")?.period.endMonth // 6
 */
export function tablePeriod(ctx: Context, headerFirst: number, title: string | undefined): TableModel["period"] {
  const found = ownPeriod(ctx, headerFirst, title);
  if (found && (found.period.span?.year !== undefined || !found.period.span)) return found;
  const around = periodAround(ctx, headerFirst);
  // "二、1-3月份分行业情况" under a sheet titled "2018年1-3月份…": the year is the sheet's.
  const year = around?.period.span?.year;
  if (found?.period.span) return year === undefined ? found : { ...found, period: { ...found.period, span: { ...found.period.span, year } } };
  // Nothing nearer names a period: the one the sheet's title or lines above give (a table beside
  // another under one title), else the sheet's or the file's year.
  return around;
}

/** The texts of the lines over a header as written, spaces kept ("2020-07-18 08:48:00"): a system export's event line. */
function textsAbove(ctx: Context, headerFirst: number): string[] {
  const texts: string[] = [];
  for (let r = headerFirst - 1; r >= Math.max(ctx.grid.top, headerFirst - 3); r--)
    for (let c = ctx.left; c <= ctx.right; c++) {
      const v = ctx.grid.value(r, c);
      if (typeof v === "string" && !FILLED_ON.test(v)) texts.push(v);
    }
  return texts;
}

function ownPeriod(ctx: Context, headerFirst: number, title: string | undefined): TableModel["period"] {
  // "灾种名称：洪涝 灾害发生时间：2020-07-18 08:48:00": the event's day, not the month 2020-07.
  const event = disasterEvent(textsAbove(ctx, headerFirst));
  if (event) {
    // Several dates of occurrence are no one event's day: the reader says so, once (the 识别说明).
    const { dates } = event;
    const note = dates.length > 1 ? MESSAGES.reader.eventDates(dates.length, dates[0], dates[dates.length - 1]) : undefined;
    if (note && !ctx.diagnostics.some((d) => d.message.zh === note.zh)) ctx.diagnostics.push({ severity: "warning", sheet: ctx.name, message: note });
    return { period: eventPeriod(event), from: "title", event };
  }
  // "…7月16日以来…" over "截至2020年7月21日17时": the event's days, not the year to the cut-off.
  for (const line of title ? lineAbove(ctx, headerFirst) : []) {
    const days = sinceUntil(title!, line);
    if (days) return { period: days, from: "title" };
  }
  const fromTitle = title ? findPeriodIn(title) : undefined;
  if (fromTitle) return { period: withLineWords(fromTitle, lineAbove(ctx, headerFirst)), from: "title" };
  for (const line of lineAbove(ctx, headerFirst)) {
    const found = findPeriodIn(line);
    if (found) return { period: found, from: "line" };
  }
  const fromSheet = findPeriodIn(ctx.name);
  if (fromSheet) return { period: fromSheet, from: "sheet" };
  const fromFile = ctx.fileName ? findPeriodIn(ctx.fileName) : undefined;
  return fromFile ? { period: fromFile, from: "file" } : undefined;
}

/** The period the nearest title or line above a table states (the whole width of the sheet), else the sheet's or the file's. */
function periodAround(ctx: Context, headerFirst: number): TableModel["period"] {
  for (let r = headerFirst - 1; r >= ctx.grid.top; r--) {
    // The whole width: a sheet's title often sits over the first of two tables side by side. Only
    // text of a title's or a line's length: a stacked table's row label ("2023年") is not one.
    for (let c = ctx.grid.left; c <= ctx.grid.right; c++) {
      const v = ctx.grid.value(r, c);
      const t = typeof v === "string" ? cleanHeader(v) : "";
      if (t.length < 6 || FILLED_ON.test(t)) continue;
      const found = findPeriodIn(t);
      if (found?.span?.year !== undefined) return { period: found, from: kindAt(ctx, r) === "title" ? "title" : "line" };
    }
  }
  const fromSheet = findPeriodIn(ctx.name);
  if (fromSheet?.span?.year !== undefined) return { period: fromSheet, from: "sheet" };
  const fromFile = ctx.fileName ? findPeriodIn(ctx.fileName) : undefined;
  return fromFile?.span?.year !== undefined ? { period: fromFile, from: "file" } : undefined;
}
