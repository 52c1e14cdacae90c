/**
 * A period label in English: "2024年1—6月" → "January–June 2024", "2024年上半年" → "first half of
 * 2024", "2024年一季度" → "Q1 2024" (docs/report-rules.md, rule 2). Used by the 综述, the sheet's
 * title and the English 核对 messages.
 */
import { parsePeriodText } from "../periods/parsePeriod";
import { englishPeriodText } from "../periods/periodText";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const QUARTERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * A Chinese period label in English: "2024年1—6月" → "January–June 2024", "2024年上半年" →
 * "first half of 2024", "2024年一季度" → "Q1 2024", "2024年3月" → "March 2024", "2024年" → "2024".
 * A label it cannot read gives undefined (the caller leaves the period out rather than show Chinese).
 *
 * @param label the period as the workbook writes it
 * @returns the English period, or undefined
 * @example englishPeriod("2024年1—6月") // "January–June 2024"
 */
export function englishPeriod(label: string | undefined): string | undefined {
  const s = label?.replace(/\s/g, "");
  if (!s) return undefined;
  let m = /^(\d{4})年(\d{1,2})(?:月)?(?:[—–\-~～至到]{1,2})(\d{1,2})月(?:份)?$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[2]), Number(m[3])];
    if (a >= 1 && b <= 12 && a < b) return a === 1 && b === 12 ? `${m[1]}` : `${MONTHS[a - 1]}–${MONTHS[b - 1]} ${m[1]}`;
  }
  m = /^(\d{4})年(\d{1,2})月(?:份)?$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})年([上下])半年$/.exec(s);
  if (m) return `${m[2] === "上" ? "first" : "second"} half of ${m[1]}`;
  m = /^(\d{4})年(?:第)?([一二三四1-4])季度$/.exec(s);
  if (m) return `Q${QUARTERS[m[2]]} ${m[1]}`;
  m = /^(\d{4})年(?:全年|度)?$/.exec(s);
  if (m) return m[1];
  // Several whole years (an archive ledger of 2005—2018年): "2005–2018".
  m = /^(\d{4})年?(?:[—–\-~～至到]{1,2})(\d{4})年(?:度)?$/.exec(s);
  if (m && m[1] < m[2]) return `${m[1]}–${m[2]}`;
  // One day (a disaster event's date of occurrence): "18 July 2020".
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return englishPeriodText({
      start: `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`,
      end: `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`,
    });
  // Any other period the reader reads (a dated range "2024年1月1日至6月20日" → "1 January–20 June 2024", a week,
  // a month without its year "4月" → "April"): its span in English, so a title never loses its period.
  const span = parsePeriodText(s)?.span;
  return (span && englishPeriodText(span)) || undefined;
}
