/**
 * The several-year comparison (issue 22 "several years"; docs/report-rules.md rule 20): the
 * current figures against the mean of the same period in the 3 to 5 years before, as MEM writes
 * it — "与近5年同期均值相比，因灾死亡失踪人数、紧急转移安置人次、倒塌房屋数量和直接经济损失分别减少25%、
 * 17%、55%和3%" (2019年前三季度); a whole year "与近5年均值相比". Percents only: a mean of counts is
 * no count ("减少5.8起" is nothing a bureau counted). A mean of zero gives no percent, and the
 * indicator is left out. English: "Compared with the average of the same period of the previous
 * five years, accidents fell by 21.6% and deaths by 10%."
 */
import type { EarlierYears, IndicatorPair } from "../facts";
import type { SummaryOptions } from "../options";
import { changeItems, type ChangeItem } from "./changes";
import { enByDirection, zhByDirection } from "./disasterChanges";

const ENGLISH_COUNTS = ["", "one", "two", "three", "four", "five"];

/** The comparison items against each indicator's mean, named by `nameOf`; none against a zero mean. */
function averageItems(y: EarlierYears, nameOf: (indicator: string) => string | undefined, o: SummaryOptions): ChangeItem[] {
  const pairs: IndicatorPair[] = y.figures.flatMap((f) => {
    const name = nameOf(f.indicator);
    const values = f.earlier.map((e) => e.value);
    if (name === undefined || f.current.value === null || values.some((v) => v === null)) return [];
    const mean = (values as number[]).reduce((s, v) => s + v, 0) / values.length;
    if (mean === 0) return [];
    return [{ indicator: f.indicator, name, classifier: "", unit: "", current: f.current, previous: { value: mean } }];
  });
  return changeItems(pairs, o).filter((i) => i.comparison.state !== "new_from_zero");
}

/**
 * "与近5年同期均值相比，事故起数、死亡人数分别下降21.6%和10%。"
 *
 * @param y the earlier years (undefined: no sentence)
 * @param nameOf the Chinese name of an indicator in the sentence, undefined to leave it out
 * @param o the options
 * @returns the sentence, or ""
 */
export function zhYearsAverage(y: EarlierYears | undefined, nameOf: (indicator: string) => string | undefined, o: SummaryOptions): string {
  if (!y) return "";
  const items = averageItems(y, nameOf, o);
  if (!items.length) return "";
  return `与近${y.years}年${y.wholeYear ? "" : "同期"}均值相比，${zhByDirection(items, o)}。`;
}

/**
 * "Compared with the average of the same period of the previous five years, accidents fell by 21.6% and deaths by 10%."
 *
 * @param y the earlier years (undefined: no sentence)
 * @param nameOf the English noun of an indicator, undefined to leave it out
 * @param o the options
 * @returns the sentence with a leading space, or ""
 */
export function enYearsAverage(y: EarlierYears | undefined, nameOf: (indicator: string) => string | undefined, o: SummaryOptions): string {
  if (!y) return "";
  const items = averageItems(y, nameOf, o);
  if (!items.length) return "";
  const years = `the previous ${ENGLISH_COUNTS[y.years] ?? y.years} years`;
  const base = y.wholeYear ? `the average of ${years}` : `the average of the same period of ${years}`;
  return ` Compared with ${base}, ${enByDirection(items, (i) => nameOf(i.pair.indicator) ?? i.pair.name)}.`;
}
