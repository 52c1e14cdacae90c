/**
 * The accident figures as the paragraphs list them: the indicator words (事故起数, 死亡人数, 受伤人数), the
 * Chinese and English figure lists, the figures an error cell makes unavailable, the loss the paragraph tells,
 * and the sentence for a comparison period with no records.
 */
import type { IndicatorPair, SummaryFacts } from "../facts";
import { enList, enNumber, enUnavailable, enVerify, enWords, n, pairOf, present, zhUnavailable, zhVerify, zhWords } from "./figures";
import { englishPeriod, zhPeriod } from "./region";

/** The indicator as the 同比 clause names it. */
export const ACCIDENT_LEAD: Readonly<Record<string, string>> = {
  accident_count: "事故起数",
  deaths: "死亡人数",
  injured: "受伤人数",
};

/** The indicator in English prose (plural, singular). */
export const ENGLISH_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  accident_count: ["accidents", "accident"],
  deaths: ["deaths", "death"],
  injured: ["injuries", "injury"],
};

/**
 * "23起、死亡26人、受伤11人". A missing figure is left out; per industry a zero death or injury
 * count is left out too ("发生生产安全事故1起、死亡1人"), as reports write it.
 *
 * @param pairs the accident pairs of the totals or of one row
 * @param omitZeroCasualties leave out 死亡0人 and 受伤0人
 * @returns the list, "" when nothing is known
 */
export function accidentFigures(pairs: readonly IndicatorPair[], omitZeroCasualties = false): string {
  return listedPairs(pairs, omitZeroCasualties)
    .map((p) => {
      const x = `${n(p.current.value as number)}${p.indicator === "accident_count" ? "起" : "人"}${zhVerify(p.current, p.classifier)}${zhWords(p.current, ACCIDENT_LEAD[p.indicator])}`;
      return p.indicator === "accident_count" ? x : p.indicator === "deaths" ? `死亡${x}` : `受伤${x}`;
    })
    .join("、");
}

/** Figures whose source cell holds an error value: "死亡人数暂缺（源单元格为#REF!，见核对）" (rule 14). */
export function unavailableZh(pairs: readonly IndicatorPair[]): string {
  return pairs
    .filter((p) => p.indicator in ACCIDENT_LEAD && p.current.error)
    .map((p) => zhUnavailable(ACCIDENT_LEAD[p.indicator], p.current))
    .join("，");
}

/** "the number of deaths is unavailable (the source cell holds #REF!; see the checks)" (rule 14). */
export function unavailableEn(pairs: readonly IndicatorPair[]): string {
  return enList(
    pairs.filter((p) => p.indicator in ENGLISH_WORDS && p.current.error).map((p) => enUnavailable(`the number of ${ENGLISH_WORDS[p.indicator][0]}`, p.current)),
  );
}

/** "台账未含2023年1—6月记录，不作同比。" when the comparison period has no records at all (rule 14). */
export function noPreviousSentence(facts: SummaryFacts, en: boolean): string {
  const np = facts.noPrevious;
  if (!np) return "";
  const period = en ? englishPeriod(zhPeriod(np.period)) : zhPeriod(np.period);
  if (en)
    return ` The ${np.source === "ledger" ? "ledger" : "table"} holds no records for ${period ?? "the same period a year earlier"}, so no year-on-year comparison is made.`;
  return `${np.source === "ledger" ? "台账" : "表中"}未含${period ?? "去年同期"}记录，不作同比。`;
}

/**
 * The accident direct economic loss the paragraph gives with its 同比, as releases do ("直接经济损失
 * 1234.5万元，同比下降12.3%"): present, not zero (a ledger without a loss column counts none) and not an error.
 *
 * @param pairs the accident pairs
 * @returns the pair, or undefined
 */
export function accidentLoss(pairs: readonly IndicatorPair[]): IndicatorPair | undefined {
  const p = pairOf(pairs, "direct_loss");
  const x = present(p?.current);
  return p && x !== undefined && x !== 0 && !p.current.error ? p : undefined;
}

/**
 * The pairs a figure list shows, in order: present figures of 事故起数, 死亡人数, 受伤人数.
 *
 * @param pairs the accident pairs
 * @param omitZeroCasualties leave out zero deaths and injuries
 * @returns the pairs shown
 */
export function listedPairs(pairs: readonly IndicatorPair[], omitZeroCasualties = false): IndicatorPair[] {
  return ["accident_count", "deaths", "injured"].flatMap((id) => {
    const p = pairOf(pairs, id);
    const x = present(p?.current);
    if (!p || x === undefined || p.current.error || (omitZeroCasualties && id !== "accident_count" && x === 0)) return [];
    return [p];
  });
}

/**
 * The English figure list: "23 work-safety accidents, with 26 deaths and 11 injuries".
 *
 * @param pairs the pairs shown
 * @param noun the accident noun ("work-safety accidents")
 * @returns the list
 */
export function englishFigures(pairs: readonly IndicatorPair[], noun = "work-safety"): string {
  const word = (p: IndicatorPair) => {
    const x = p.current.value as number;
    const [plural, single] = ENGLISH_WORDS[p.indicator];
    return `${enNumber(x)} ${p.indicator === "accident_count" && noun ? `${noun} ` : ""}${x === 1 ? single : plural}${enVerify(p.current)}${enWords(p.current, plural)}`;
  };
  const [first, ...rest] = pairs;
  if (!first) return "";
  if (first.indicator !== "accident_count") return enList(pairs.map(word));
  return rest.length ? `${word(first)}, with ${enList(rest.map(word))}` : word(first);
}
