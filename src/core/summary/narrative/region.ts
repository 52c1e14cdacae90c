/**
 * The subject and the time of the 综述: the region word (全州/全省/全市), the place in English
 * ("Chuxiong Prefecture"), and the period in English ("January–June 2024", "first half of 2024",
 * "Q1 2024"). Rules 1 and 2 of docs/report-rules.md.
 */
import { englishPeriod } from "../../text/englishPeriod";
import type { SummaryFacts } from "../facts";

export { englishPeriod };

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
