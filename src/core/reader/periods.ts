/**
 * Period and change headers of comparison tables: 本期 / 去年同期, "2024年1—6月" /
 * "2023年1-6月", 1月至6月, 上半年, 一季度, 全年, and the stated change columns
 * (增减, 同比增减数; 同比增减幅度(%), ±%).
 */
import { cleanHeader, normalHeader } from "../registry/headerText";

/** What a period header says. */
export interface PeriodLabel {
  /** "current" for 本期, "previous" for 去年同期, "dated" for a label with a year or months. */
  readonly kind: "current" | "previous" | "dated";
  /** The label as written (cleaned of spaces and line breaks). */
  readonly label: string;
  readonly year?: number;
  readonly startMonth?: number;
  readonly endMonth?: number;
  /**
   * The column group a monthly report (月报) puts it in: "month" for 当月 / 本月 / 去年同月 / a
   * single month, "cumulative" for 累计 / 1—N月累计 / 年初至今 / a range of months. Absent for
   * words that fit either group (本期, 去年同期), which take the group of the columns around them.
   */
  readonly group?: PeriodGroup;
}

/** The two column groups of a monthly report: the month itself, and the year to date. */
export type PeriodGroup = "month" | "cumulative";

const CURRENT_WORDS =
  /^(本期|本期数|本年|本年累计|本月|今年|今年累计|当期|本期累计|本年度|当月|当月数|本月数|本月份|当月累计|累计|累计数|年初至今|年初累计|自年初累计|本年累计数|今年以来)$/;
const PREVIOUS_WORDS =
  /^(去年同期|上年同期|同期|上期|去年|上年|上年同期数|去年同期数|上年累计|同期数|去年同月|上年同月|同月|去年同月数|上年同月数|去年同期累计|上年同期累计|去年累计|去年同期累计数)$/;
const MONTH_WORDS = /^(本月|当月|当月数|本月数|本月份|去年同月|上年同月|同月|去年同月数|上年同月数)$/;
const CUMULATIVE_WORDS = /累计|年初至今|今年以来/;
const CHINESE_NUMBER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const DASHES = /[—–\-－~〜～至到]+/g;

function monthsOf(text: string): { startMonth: number; endMonth: number } | undefined {
  const t = text.replace(DASHES, "-");
  let m = /(\d{1,2})月?-(\d{1,2})月/.exec(t);
  if (m) return { startMonth: Number(m[1]), endMonth: Number(m[2]) };
  m = /(\d{1,2})月(?:份)?/.exec(t);
  if (m) return { startMonth: Number(m[1]), endMonth: Number(m[1]) };
  if (/上半年/.test(t)) return { startMonth: 1, endMonth: 6 };
  if (/下半年/.test(t)) return { startMonth: 7, endMonth: 12 };
  if (/全年|年度/.test(t)) return { startMonth: 1, endMonth: 12 };
  m = /(一|二|三|四|[1-4])季度/.exec(t);
  if (m) {
    const q = CHINESE_NUMBER[m[1]] ?? Number(m[1]);
    return { startMonth: q * 3 - 2, endMonth: q * 3 };
  }
  m = /前(一|二|三|四)季度/.exec(t);
  if (m) return { startMonth: 1, endMonth: CHINESE_NUMBER[m[1]] * 3 };
  return undefined;
}

/**
 * Parses a period header.
 *
 * @param text a header cell: "本期", "去年同期", "2024年1—6月", "1月至6月", "上半年", "一季度", "2024年"
 * @returns the period, or undefined when the header is not a period
 * @example parsePeriod("2023年1-6月") // { kind: "dated", label: "2023年1-6月", year: 2023, startMonth: 1, endMonth: 6 }
 */
export function parsePeriod(text: unknown): PeriodLabel | undefined {
  const label = cleanHeader(text);
  const t0 = normalHeader(text).replace(/\([^)]*\)$/, "");
  if (t0 === "") return undefined;
  const group: { group?: PeriodGroup } = MONTH_WORDS.test(t0) ? { group: "month" } : CUMULATIVE_WORDS.test(t0) ? { group: "cumulative" } : {};
  if (CURRENT_WORDS.test(t0)) return { kind: "current", label, ...group };
  if (PREVIOUS_WORDS.test(t0)) return { kind: "previous", label, ...group };
  if (/^\d{4}年同期$/.test(t0)) return { kind: "previous", label, year: Number(t0.slice(0, 4)) };
  // Longer texts are titles, not period headers.
  if (t0.length > 14) return undefined;
  const year = /^(\d{4})年?/.exec(t0);
  const rest = year ? t0.slice(year[0].length) : t0;
  if (!/^[\d一二三四上下半全前年度季月份至到—–\-－~〜～累计]*$/.test(rest)) return undefined;
  const months = monthsOf(rest);
  if (!year && !months) return undefined;
  if (year && Number(year[1]) < 1950) return undefined;
  const spanGroup: { group?: PeriodGroup } = CUMULATIVE_WORDS.test(rest)
    ? { group: "cumulative" }
    : months && /月/.test(rest)
      ? { group: months.startMonth === months.endMonth ? "month" : "cumulative" }
      : {};
  return { kind: "dated", label, ...(year ? { year: Number(year[1]) } : {}), ...(months ?? {}), ...spanGroup };
}

/**
 * The months a text names (a title, a label): "2024年6月" → 6–6, "1—6月" → 1–6, "上半年" → 1–6.
 *
 * @param text any text
 * @returns the first and last month, or undefined
 * @example monthsIn("楚雄州2024年1—6月生产安全事故统计表") // { startMonth: 1, endMonth: 6 }
 */
export function monthsIn(text: string): { startMonth: number; endMonth: number } | undefined {
  return monthsOf(text);
}

/**
 * Decides which of two period headers is the current one and which the previous one: the
 * words 本期 / 去年同期 decide, else the later year; with no year, the first column is current.
 *
 * @param first the period of the first column
 * @param second the period of the second column
 * @returns "first" when the first is current, "second" when the second is
 * @example currentOf(parsePeriod("2023年1-6月")!, parsePeriod("2024年1—6月")!) // "second"
 */
export function currentOf(first: PeriodLabel, second: PeriodLabel): "first" | "second" {
  if (first.kind === "current" || second.kind === "previous") return "first";
  if (second.kind === "current" || first.kind === "previous") return "second";
  if (first.year !== undefined && second.year !== undefined && first.year !== second.year) return first.year > second.year ? "first" : "second";
  return "first";
}

/**
 * Recognises a stated change column: absolute (增减, 增减(+/-), 同比增减数, 增减数) or
 * relative in percent (同比增减幅度(%), 同比增减(%), ±%, 同比增长(±%), 增减幅度(%), 增长率).
 *
 * @param text a header cell
 * @returns "change_pct", "change_abs" or undefined
 * @example changeRoleOf("同比增长(±%)") // "change_pct"
 * @example changeRoleOf("增减(+/-)") // "change_abs"
 */
export function changeRoleOf(text: unknown): "change_abs" | "change_pct" | undefined {
  const t = normalHeader(text);
  if (t === "" || t.length > 16) return undefined;
  const isChange = /增减|增长|增幅|降幅|变化|±|\+\/-|\+-|比上年|比去年|同比|环比/.test(t);
  if (!isChange) return undefined;
  if (/%|％|幅度|率|百分/.test(t)) return "change_pct";
  if (/^(同比|环比)$/.test(t)) return "change_pct";
  return "change_abs";
}
