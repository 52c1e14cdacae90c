/**
 * Dates as bureau ledgers hold them: Excel serial numbers, "2024/1/19", "2024-01-06 07:40",
 * "2024年2月3日", "2024.02.03", "20240106", with full-width digits now and then.
 */
import { daysInMonth } from "../periods/calendar";

export { daysInMonth };

/** A date read from a cell. */
export interface ReadDate {
  /** yyyy-mm-dd */
  readonly iso: string;
  /** Whether the cell held text rather than an Excel date. */
  readonly fromText: boolean;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * The ISO date of an Excel serial number (1900 date system; the fraction is the time of day).
 *
 * @param serial e.g. 45310
 * @returns "2024-01-19"; undefined outside 1900–2200
 * @example serialToIso(45310) // "2024-01-19"
 */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 110000) return undefined;
  const day = Math.floor(serial);
  // Excel's 1900 system counts a 29 February 1900 that never was (serial 60, kept for Lotus
  // 1-2-3): there is no such date, and the serials before it are one day later than a count
  // from 1899-12-30 gives.
  if (day === 60) return undefined;
  const d = new Date(EXCEL_EPOCH_MS + (day < 60 ? day + 1 : day) * DAY_MS);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

// The date, then whatever time of day a clerk typed after it: 14:20, 14时20分, 14时, 9点30, 上午9时,
// 下午3时许, 凌晨, 14时左右, 4时20分许, T07:40:00 … The time never changes the day a row is counted in.
const DATE_PART = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const TIME_OF_DAY = /^[\sT\d:：.时点分秒许左右前后约半钟上下午中晚早凌晨傍夜间里AaPpMm（）()~—–-]*$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Reads a date from a cell value, whatever time of day follows it.
 *
 * @param raw a number (Excel serial, its fraction the time of day), a JavaScript Date, or text in a common Chinese form
 * @returns the date, or undefined when the cell holds none
 * @example readDate("2024年2月3日") // { iso: "2024-02-03", fromText: true }
 * @example readDate("2022年6月11日9时30分") // { iso: "2022-06-11", fromText: true }
 * @example readDate("2021年9月5日下午3时许") // { iso: "2021-09-05", fromText: true }
 */
export function readDate(raw: unknown): ReadDate | undefined {
  if (typeof raw === "number") {
    const s = serialToIso(raw);
    return s ? { iso: s, fromText: false } : undefined;
  }
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) {
    const s = iso(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
    return s ? { iso: s, fromText: false } : undefined;
  }
  if (typeof raw !== "string") return undefined;
  const text = raw.normalize("NFKC").trim();
  const m = DATE_PART.exec(text) ?? COMPACT.exec(text);
  if (!m) return undefined;
  if (m[0] !== text && !TIME_OF_DAY.test(text.slice(m[0].length))) return undefined;
  const s = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return s ? { iso: s, fromText: true } : undefined;
}

/** The ASCII digit at i, or NaN (no number compares with NaN). */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

/**
 * The day of a text typed as yyyy-mm-dd, alone or with hh:mm or hh:mm:ss after one space: the form
 * a system's export holds on every row, each text with its own time of day. Every such text with
 * the same yyyymmdd reads as the same date ({@link readDate}: the time never changes the day), so a
 * reader can remember the reading by this number instead of by each text.
 *
 * @param text a cell's text
 * @returns yyyymmdd as a number, or −1 for a text of any other form
 * @example plainDayNumber("2024-01-06 07:40") // 20240106
 * @example plainDayNumber("2024年1月6日") // -1
 */
export function plainDayNumber(text: string): number {
  const n = text.length;
  if (n !== 10 && n !== 16 && n !== 19) return -1;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1; // "-"
  if (n > 10) {
    // " hh:mm", then ":ss" (any digits: the time is never read).
    if (text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58 || Number.isNaN(digitAt(text, 11) + digitAt(text, 12) + digitAt(text, 14) + digitAt(text, 15)))
      return -1;
    if (n > 16 && (text.charCodeAt(16) !== 58 || Number.isNaN(digitAt(text, 17) + digitAt(text, 18)))) return -1;
  }
  const day =
    digitAt(text, 0) * 10000000 +
    digitAt(text, 1) * 1000000 +
    digitAt(text, 2) * 100000 +
    digitAt(text, 3) * 10000 +
    digitAt(text, 5) * 1000 +
    digitAt(text, 6) * 100 +
    digitAt(text, 8) * 10 +
    digitAt(text, 9);
  return Number.isNaN(day) ? -1 : day;
}

/**
 * The same calendar dates a year earlier (29 February becomes 28 February).
 *
 * @param isoDate yyyy-mm-dd
 * @returns the date a year before
 * @example yearEarlier("2024-02-29") // "2023-02-28"
 */
export function yearEarlier(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  // Written out rather than through iso(): a year before 1900 is no date a cell holds, but a
  // period in 1900 (serials 1–366 in a date column) still has a previous year to compare with.
  return `${y - 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, daysInMonth(y - 1, m))).padStart(2, "0")}`;
}

/**
 * The reporting period that ends with the month of a date: from 1 January to that month's end.
 *
 * @param isoDate the latest date in a ledger
 * @returns start and end dates
 * @example periodToMonthEnd("2024-06-28") // { start: "2024-01-01", end: "2024-06-30" }
 */
export function periodToMonthEnd(isoDate: string): { start: string; end: string } {
  const [y, m] = isoDate.split("-").map(Number);
  return { start: `${y}-01-01`, end: iso(y, m, daysInMonth(y, m))! };
}

/**
 * A period as a report writes it: "2024年1—6月" (em dash), "2024年6月", "2024年", "2005—2018年",
 * "2021年8月31日至9月5日".
 *
 * @param start yyyy-mm-dd
 * @param end yyyy-mm-dd
 * @returns the label
 * @example periodLabel("2024-01-01", "2024-06-30") // "2024年1—6月"
 * @example periodLabel("2021-08-31", "2021-09-05") // "2021年8月31日至9月5日"
 */
export function periodLabel(start: string, end: string): string {
  const [ys, ms, ds] = start.split("-").map(Number);
  const [ye, me, de] = end.split("-").map(Number);
  const wholeMonths = ds === 1 && de === daysInMonth(ye, me);
  if (ys === ye && wholeMonths) {
    if (ms === 1 && me === 12) return `${ys}年`;
    if (ms === me) return `${ys}年${ms}月`;
    return `${ys}年${ms}—${me}月`;
  }
  if (wholeMonths && ms === 1) return me === 12 ? `${ys}—${ye}年` : `${ys}年1月—${ye}年${me}月`;
  if (ys !== ye) return `${ys}年${ms}月${ds}日至${ye}年${me}月${de}日`;
  return ms === me ? `${ys}年${ms}月${ds}日至${de}日` : `${ys}年${ms}月${ds}日至${me}月${de}日`;
}

/**
 * The half-year name of a period, as reports headline it: "2024年上半年" for January–June,
 * "2024年下半年" for July–December; nothing for other periods.
 *
 * @param start yyyy-mm-dd
 * @param end yyyy-mm-dd
 * @returns the label, or undefined when the period is not a half year
 * @example halfYearLabel("2024-01-01", "2024-06-30") // "2024年上半年"
 */
export function halfYearLabel(start: string, end: string): string | undefined {
  const year = start.slice(0, 4);
  if (end.slice(0, 4) !== year) return undefined;
  if (start.slice(5) === "01-01" && end.slice(5) === "06-30") return `${year}年上半年`;
  if (start.slice(5) === "07-01" && end.slice(5) === "12-31") return `${year}年下半年`;
  return undefined;
}
