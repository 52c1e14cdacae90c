/**
 * The subject and the time of the 综述: the region word (全州/全省/全市), the place in English
 * ("Chuxiong Prefecture"), and the period in English ("January–June 2024", "first half of 2024",
 * "Q1 2024"). Rules 1 and 2 of docs/report-rules.md.
 */
import type { SummaryFacts } from "../facts";

/** Places whose English name is known; other places fall back to "the prefecture" etc. */
const ENGLISH_PLACES: Readonly<Record<string, string>> = {
  楚雄州: "Chuxiong Prefecture",
  楚雄彝族自治州: "Chuxiong Prefecture",
  池州市: "Chizhou City",
  云南省: "Yunnan Province",
  湖南省: "Hunan Province",
  四川省: "Sichuan Province",
  江西省: "Jiangxi Province",
};

const GENERIC_PLACES: Readonly<Record<string, string>> = {
  州: "the prefecture",
  盟: "the league",
  市: "the city",
  省: "the province",
  县: "the county",
  区: "the district",
  旗: "the banner",
};

/**
 * The region word of the opening sentence: the facts' own (from a 全州合计 row), else the one the
 * place's last character gives (楚雄州 → 全州, 池州市 → 全市).
 *
 * @param facts the summary facts
 * @returns "全州", "全市" …, or "" when neither is known
 * @example areaWord({ place: "楚雄州" }) // "全州"
 */
export function areaWord(facts: Pick<SummaryFacts, "area" | "place">): string {
  if (facts.area) return facts.area;
  const last = facts.place?.slice(-1);
  return last && last in GENERIC_PLACES ? `全${last}` : "";
}

/**
 * The place in English: a known name ("Chuxiong Prefecture"), else a generic one from the
 * region word ("the prefecture"), else undefined. Never Chinese.
 *
 * @param facts the summary facts
 * @returns the English place, or undefined
 * @example englishPlace({ place: "楚雄州" }) // "Chuxiong Prefecture"
 */
export function englishPlace(facts: Pick<SummaryFacts, "area" | "place">): string | undefined {
  if (facts.place && ENGLISH_PLACES[facts.place]) return ENGLISH_PLACES[facts.place];
  const word = areaWord(facts);
  return word ? GENERIC_PLACES[word.slice(-1)] : undefined;
}

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
  return undefined;
}

/**
 * The English opening phrase: "In Chuxiong Prefecture, January–June 2024, " or the parts known.
 *
 * @param facts the summary facts
 * @returns the phrase ("" when neither place nor period is known)
 * @example englishLead({ place: "楚雄州", period: "2024年1—6月" }) // "In Chuxiong Prefecture, January–June 2024, "
 */
export function englishLead(facts: Pick<SummaryFacts, "area" | "place" | "period">): string {
  const place = englishPlace(facts);
  const period = englishPeriod(facts.period);
  if (place && period) return `In ${place}, ${period}, `;
  if (place || period) return `In ${place ?? period}, `;
  return "";
}
