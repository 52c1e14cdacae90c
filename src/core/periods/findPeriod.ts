/**
 * Finding a period inside a longer text: a title ("楚雄州2024年1—6月生产安全事故统计表"), a file
 * name ("2005_1-2.xls"), a sheet name, or a line such as "统计时间：2024年1月1日至9月30日" or
 * "截至2024年6月30日". The longest period that starts at a candidate position wins; a cut-off
 * date (截至 / 截止) means the year to that date.
 */
import { normalisePeriodText } from "./normalise";
import type { ParsedPeriod } from "./period";
import { parsePeriodText } from "./parsePeriod";

const LONGEST = 26;
const CUTOFF = /(?:截至|截止到?|截止日期[:：]?|统计截止[:：]?)$/;
const SINGLE_DATE = /^(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?/;
const FILE_EXTENSION = /\.(xlsx|xlsm|xls|et|csv|ett|xltx)$/i;
/** A periodical's issue (2021年第34期): its year names no period of the figures. */
const ISSUE = /^(?:\d{4}年)?第\d{1,4}期/;
/** A span of whole years (2019年—2024年, 2005-2007年): several periods, none of them the report's. */
const YEARS = /^\d{4}年?(?:~|-)\d{4}年?(?![\d~-])/;

/** Whether a period may start at position i (not inside a number or a code such as GB6441-1986). */
function mayStart(text: string, i: number): boolean {
  const c = text[i];
  if (!/[\d上下前全第Qq]/.test(c)) return false;
  const before = text[i - 1];
  return before === undefined || !/[\dA-Za-z.\-~/_]/.test(before);
}

/**
 * The periods a text names, in the order written.
 *
 * @param text a title, a sheet or file name, a 统计时间 line
 * @returns each period, labelled with the part of the text it was read from (a range dash as "—")
 * @example periodsIn("2024年1—6月与2023年1—6月对比").map((p) => p.label) // ["2024年1—6月", "2023年1—6月"]
 */
export function periodsIn(text: unknown): ParsedPeriod[] {
  const t = normalisePeriodText(text).replace(FILE_EXTENSION, "");
  const out: ParsedPeriod[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!mayStart(t, i)) continue;
    const issue = ISSUE.exec(t.slice(i));
    if (issue) {
      // 一周事故及安全警示（2021年第34期）: a week's list, not the year 2021.
      i += issue[0].length - 1;
      continue;
    }
    const years = YEARS.exec(t.slice(i));
    if (years) {
      // 2005年—2007年全国生产安全事故情况: a table of three years, not the year 2005.
      i += years[0].length - 1;
      continue;
    }
    const cutoff = CUTOFF.test(t.slice(Math.max(0, i - 6), i));
    const date = cutoff ? SINGLE_DATE.exec(t.slice(i)) : null;
    if (date) {
      // 截至2024年6月30日: the year to that month.
      const found = parsePeriodText(`${date[1]}年1~${Number(date[2])}月`);
      if (found) out.push({ ...found, label: date[0] });
      i += date[0].length - 1;
      continue;
    }
    for (let end = Math.min(t.length, i + LONGEST); end > i; end--) {
      // A period ends before a digit only when the text ends there ("2024年1—6月" in "2024年1—6月23起" is not one).
      if (end < t.length && /\d/.test(t[end]) && /\d/.test(t[end - 1])) continue;
      const found = parsePeriodText(t.slice(i, end));
      // "2024年7月" in "2024年7月5日" is a day, not a month (a 填报日期 says when, not for what period).
      if (found && /^\d{1,2}日/.test(t.slice(end))) break;
      if (found?.span) {
        out.push({ ...found, label: found.label.replace(/~/g, "—") });
        i = end - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * The issue a text names (一周事故及安全警示（2021年第34期） → 2021年第34期), as written: the source's own
 * word for the period of a periodical's figures, which names no calendar span.
 *
 * @param text a title
 * @returns the issue, or undefined
 * @example issueIn("一周事故及安全警示（2021年第34期）") // "2021年第34期"
 */
export function issueIn(text: unknown): string | undefined {
  const t = normalisePeriodText(text);
  for (let i = 0; i < t.length; i++) {
    const issue = mayStart(t, i) ? ISSUE.exec(t.slice(i)) : null;
    if (issue) return issue[0];
  }
  return undefined;
}

/**
 * The first period a text names.
 *
 * @param text a title, a sheet or file name, a 统计时间 line
 * @returns the period, or undefined
 * @example findPeriodIn("楚雄州2024年1—6月生产安全事故分县(市)统计表")?.endMonth // 6
 * @example findPeriodIn("2005_1-2.xls")?.label // "2005_1-2"
 */
export function findPeriodIn(text: unknown): ParsedPeriod | undefined {
  return periodsIn(text)[0];
}
