/**
 * Parsing a text that is a period and nothing else: a header ("2024年1—6月", "一季度", "去年同月"),
 * a row label ("2023年"), a sheet name ("2005_1-2") or a file name's stem. Every spelling of
 * docs/periods.md: full-width digits, 一季度 / 第一季度 / 1季度 / Q1, 1-6月 / 1—6月 / 1～6月 / 1至6月,
 * 2024年度, 2024.1-6, 2005_1-2, 前三季度, 上半年, dated ranges, and the relative words.
 */
import { daysInMonth } from "./calendar";
import { normalisePeriodText } from "./normalise";
import type { ParsedPeriod } from "./period";
import { relativeWord } from "./relativeWords";
import { memoByText } from "../text/memoByText";

const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;

// A leading year: "2024年", "2024年度", or a bare year and a separator before months (2024.1-6, 2005_1-2, 2024-06).
const YEAR = /^(\d{4})(年度|年|[._\-/](?=\d)|(?=[Qq]))?/;
const HALF = /^([上下])半年$/;
const QUARTER = /^(?:第?([1-4])季度|[Qq]([1-4]))$/;
const QUARTERS = /^(?:前([1-4])个?季度|第?1(?:季度)?[~-]第?([1-4])季度)$/;
const MONTHS = /^(\d{1,2})月?份?[~-](\d{1,2})月份?$/;
const MONTH = /^(\d{1,2})月份?$/;
// Bare figures after a year and a separator: 2024.1-6, 2005_7.
const BARE_MONTHS = /^(\d{1,2})[~-](\d{1,2})$/;
const BARE_MONTH = /^(\d{1,2})$/;
const DATE = "(?:(\\d{4})[年.\\-/])?(\\d{1,2})[月.\\-/](\\d{1,2})日?";
const DATED_RANGE = new RegExp(`^${DATE}[~\\-]${DATE}$`);
// Words that may close a period without changing it ("1—6月累计", "2024年(累计)", "6月数").
const TRAILING = /(?:累计数?|合计|数|[(][^()]*[)])$/;

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function validYear(y: number): boolean {
  return y >= FIRST_YEAR && y <= LAST_YEAR;
}

const QUARTER_NAMES = ["一", "二", "三", "四"];

/** A run of months as the shared vocabulary names it: one month, January to a month, or another run. */
function monthSpan(start: number, end: number, cumulative: boolean): Pick<ParsedPeriod, "span" | "group"> | undefined {
  if (start < 1 || end > 12 || start > end) return undefined;
  if (start === end && !cumulative) return { span: { kind: "month", startMonth: start, endMonth: end }, group: "month" };
  // "6月累计" is the year to date: January to June.
  const first = start === end ? 1 : start;
  if (first === 1) return { span: { kind: "cumulative", startMonth: 1, endMonth: end }, group: "cumulative" };
  return { span: { kind: "months", startMonth: first, endMonth: end } };
}

/** A dated range: 2024年1月1日至6月30日, 2024.1.1-2024.6.30. Whole months become a month span, with their dates. */
function datedRange(text: string, year: number | undefined): Pick<ParsedPeriod, "span" | "group"> | undefined {
  const m = DATED_RANGE.exec(text);
  if (!m) return undefined;
  const y1 = m[1] ? Number(m[1]) : year;
  const y2 = m[4] ? Number(m[4]) : y1;
  if (y1 === undefined || y2 === undefined || !validYear(y1) || !validYear(y2)) return undefined;
  const start = iso(y1, Number(m[2]), Number(m[3]));
  const end = iso(y2, Number(m[5]), Number(m[6]));
  if (!start || !end || start > end) return undefined;
  const wholeMonths = start.endsWith("-01") && Number(end.slice(8)) === daysInMonth(y2, Number(m[5]));
  if (y1 === y2 && wholeMonths) {
    const found = monthSpan(Number(m[2]), Number(m[5]), false);
    if (found?.span) {
      const kind = found.span.startMonth === 1 && found.span.endMonth === 12 ? "year" : found.span.kind;
      return { ...found, span: { ...found.span, kind, year: y1, start, end } };
    }
  }
  return { span: { kind: "range", year: y2, start, end } };
}

/** The span after the year (or the whole text when there is none). */
function spanOf(rest: string, bareAllowed: boolean): Pick<ParsedPeriod, "span" | "group"> | undefined {
  const cumulative = /累计/.test(rest);
  const core = rest.replace(TRAILING, "").replace(TRAILING, "");
  if (core === "") return { span: { kind: "year" } };
  if (/^(全年度?|年度)$/.test(core)) return { span: { kind: "year", ...(/全年/.test(core) ? { name: "全年" } : {}) } };
  let m = HALF.exec(core);
  if (m) {
    // 上半年 is January to June and keeps its name; 下半年 is a half of its own.
    return m[1] === "上"
      ? { span: { kind: "cumulative", startMonth: 1, endMonth: 6, name: "上半年" }, group: "cumulative" }
      : { span: { kind: "half", startMonth: 7, endMonth: 12, name: "下半年" } };
  }
  m = QUARTER.exec(core);
  if (m) {
    const q = Number(m[1] ?? m[2]);
    return { span: { kind: "quarter", startMonth: q * 3 - 2, endMonth: q * 3, name: `${QUARTER_NAMES[q - 1]}季度` } };
  }
  m = QUARTERS.exec(core);
  if (m) {
    const q = Number(m[1] ?? m[2]);
    if (q === 1) return { span: { kind: "quarter", startMonth: 1, endMonth: 3, name: "一季度" } };
    return { span: { kind: "cumulative", startMonth: 1, endMonth: q * 3, name: `前${QUARTER_NAMES[q - 1]}季度` }, group: "cumulative" };
  }
  m = MONTHS.exec(core) ?? (bareAllowed ? BARE_MONTHS.exec(core) : null);
  if (m) return monthSpan(Number(m[1]), Number(m[2]), cumulative);
  m = MONTH.exec(core) ?? (bareAllowed ? BARE_MONTH.exec(core) : null);
  if (m) return monthSpan(Number(m[1]), Number(m[1]), cumulative);
  return undefined;
}

/**
 * Parses a text that is a period and nothing more.
 *
 * @param text a header, a row label, a sheet name or a file name without its extension
 * @returns the period, or undefined when the text is not one (an indicator name, a title)
 * @example parsePeriodText("2024年1—6月") // { label: "2024年1—6月", span: { kind: "cumulative", year: 2024, startMonth: 1, endMonth: 6 }, group: "cumulative" }
 * @example parsePeriodText("第三季度") // { label: "第三季度", span: { kind: "quarter", startMonth: 7, endMonth: 9, name: "三季度" } }
 * @example parsePeriodText("2005_1-2") // { label: "2005_1-2", span: { kind: "cumulative", year: 2005, startMonth: 1, endMonth: 2 }, group: "cumulative" }
 * @example parsePeriodText("去年同月") // { label: "去年同月", relation: "year_ago", group: "month" }
 */
export function parsePeriodText(text: unknown): ParsedPeriod | undefined {
  return text === null || text === undefined ? undefined : periodOfText(String(text));
}

/** Each text parsed once: every return of a consolidation and every ledger row repeats the same headers and labels. */
const periodOfText = memoByText((text: string): ParsedPeriod | undefined => {
  const label = text.replace(/[\s\u00a0\u3000]+/g, "");
  const t = normalisePeriodText(text).replace(/[(][^()]*[)]$/, "");
  if (t === "" || t.length > 30) return undefined;
  const word = relativeWord(t);
  if (word) return { label, ...word };
  // "9月1日以来" / "9月以来": the month to date, as monthly releases write it (not yet complete).
  const since = /^(?:(\d{4})年)?(\d{1,2})月(?:1日)?以来$/.exec(t);
  if (since && Number(since[2]) >= 1 && Number(since[2]) <= 12) {
    const m = Number(since[2]);
    const y = since[1] ? Number(since[1]) : undefined;
    return { label, relation: "current", group: "month", span: { kind: "month", startMonth: m, endMonth: m, complete: false, ...(y ? { year: y } : {}) } };
  }
  const y = YEAR.exec(t);
  const year = y ? Number(y[1]) : undefined;
  if (year !== undefined && !validYear(year)) return undefined;
  // A bare year needs 年, a separator before months, or nothing after it ("2024" as a sheet name).
  const rest = y ? t.slice(y[0].length) : t;
  if (y && y[2] === undefined && rest !== "" && !/^[Qq]/.test(rest)) return undefined;
  const sameSpan = /^同(期|月)(数)?$/.exec(rest);
  if (year !== undefined && sameSpan) return { label, relation: "year_ago", year, ...(sameSpan[1] === "月" ? { group: "month" as const } : {}) };
  const range = datedRange(rest, year) ?? (y ? datedRange(t, undefined) : undefined);
  if (range) return { label, ...range };
  const bareAllowed = y !== null && y[2] !== undefined && y[2] !== "年" && y[2] !== "年度";
  const found = spanOf(rest, bareAllowed);
  if (!found?.span) return undefined;
  if (found.span.kind === "year" && year === undefined && found.span.name === undefined && !/年度/.test(rest)) return undefined;
  return { label, ...found, span: { ...found.span, ...(year !== undefined ? { year } : {}) } };
});
