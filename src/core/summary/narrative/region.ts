/**
 * The subject and the time of the 综述: the region word (全州/全省/全市), the place in English
 * ("Chuxiong Prefecture"), and the period in English ("January–June 2024", "first half of 2024",
 * "Q1 2024"). Rules 1 and 2 of docs/report-rules.md.
 */
import { englishIn } from "../../periods/periodText";
import { englishPlaceName } from "../../registry/englishNames";
import { englishPeriod } from "../../text/englishPeriod";
import type { SummaryFacts } from "../facts";
import { formatNumber } from "../../numbers/format";
import { enList } from "./figures";
import { areaOfPlace } from "../../facts";

export { englishPeriod };

/**
 * The area a region word names, where the word alone says what kind of place it is. 全区 does not: a
 * district (罗湖区) and an autonomous region (广西壮族自治区, whose bulletins say 全区) both write it, so without
 * the place's name the English names none rather than guess (corpus 37 was "The district" for 广西).
 */
const GENERIC_PLACES: Readonly<Record<string, string>> = {
  // 全国 is the country: "China recorded 1,390 work-safety accidents" (Xinhua: "China saw two cases of
  // \"serious\" accidents", 2 March 2019), "natural disasters nationwide" (englishWhere).
  国: "China",
  州: "the prefecture",
  盟: "the league",
  市: "the city",
  省: "the province",
  县: "the county",
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
  return facts.area ?? areaOfPlace(facts.place) ?? "";
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
  const known = facts.place && englishPlaceName(facts.place);
  if (known) return known;
  const word = areaWord(facts);
  return word ? GENERIC_PLACES[word.slice(-1)] : undefined;
}

const WHOLE_WORD = /^全(国|省|市|州|县|区|盟|旗)(合计|总计)?$/;

/**
 * The whole as an English row label, where its Chinese label names it: the area's word (全市 → "Whole
 * city", 全州 → "Whole prefecture", 全国 → "Whole country") or a place the registry knows in English
 * (亳州市 → its English name). A table joined from one sheet per county names its 合计 row by the
 * whole's sheet; the English must say the same thing, not "Total".
 *
 * @param label the whole's label as the Chinese table shows it
 * @returns the English label, or undefined when the label names no area or known place
 * @example englishWhole("全市") // "Whole city"
 */
export function englishWhole(label: string): string | undefined {
  const m = WHOLE_WORD.exec(label.replace(/\s+/g, ""));
  // 全区 names no kind of place (see GENERIC_PLACES): "Whole area".
  if (m) return m[1] === "国" ? "Whole country" : `Whole ${(GENERIC_PLACES[m[1]] ?? "the area").replace(/^the /, "")}`;
  return englishPlaceName(label);
}

/**
 * The English opening phrase: the period alone ("In January–June 2024, "). The place is the
 * sentence's subject (`englishSubject`), so a release's opening never stacks the two ("In Chuxiong
 * Prefecture, January–June 2024, there were …").
 *
 * @param facts the summary facts
 * @returns the phrase ("" when the period is not known)
 * @example englishLead({ place: "楚雄州", period: "2024年1—6月" }) // "In January–June 2024, "
 */
export function englishLead(facts: Pick<SummaryFacts, "period">): string {
  const period = englishPeriod(facts.period);
  return period ? `${englishIn(period)}, ` : "";
}

/**
 * The place as the subject of the opening sentence, with the areas a partial total leaves out:
 * "Chuxiong Prefecture (excluding Shuangbai County)" (rule 14), "the district" where only the area
 * word is known.
 *
 * @param facts the summary facts
 * @returns the subject, or undefined when no place is known
 * @example englishSubject({ place: "楚雄州" }) // "Chuxiong Prefecture"
 */
export function englishSubject(facts: Pick<SummaryFacts, "area" | "place" | "coverage">): string | undefined {
  const named = englishPlace(facts);
  const left = fewMissing(facts);
  return named && left ? `${named} (excluding ${enList(left.map(englishArea))})` : named;
}

/**
 * Where a paragraph's figures are, after its subject noun, as every paragraph whose Chinese names the whole
 * (全国, 全省 …) names it in English, one rule for all: " nationwide" for 全国 ("natural disasters nationwide
 * affected …"), " in Hubei Province", " in the province"; "" when no place is known.
 *
 * @param facts the summary facts
 * @returns the phrase, with its leading space, or ""
 * @example englishWhere({ area: "全国" }) // " nationwide"
 */
export function englishWhere(facts: Pick<SummaryFacts, "area" | "place" | "coverage">): string {
  const place = englishSubject(facts);
  return place === GENERIC_PLACES.国 ? " nationwide" : place ? ` in ${place}` : "";
}

/** The most missing areas a parenthesis names (全州（不含双柏县、牟定县）); with more, a sentence of its own says who reported. */
const FEW = 3;

function fewMissing(facts: Pick<SummaryFacts, "coverage">): readonly string[] | undefined {
  const missing = facts.coverage?.missing ?? [];
  return missing.length > 0 && missing.length <= FEW ? missing : undefined;
}

/**
 * A period as the 综述 writes it: the range dash of GB/T 15834 (一字线) whatever the source typed
 * ("2024年1-6月" → "2024年1—6月"; docs/report-rules.md rule 17).
 *
 * @param period the period as read
 * @returns the period, or undefined
 * @example zhPeriod("2024年1-6月") // "2024年1—6月"
 */
export function zhPeriod(period: string | undefined): string | undefined {
  return period?.replace(/(\d)\s*[-~－～–]\s*(\d)/g, "$1—$2");
}

/**
 * The area as the opening sentence names it, with the areas a partial total leaves out:
 * "全州（不含双柏县、牟定县）" (rule 14). With more missing areas the coverage sentence says it.
 *
 * @param facts the summary facts
 * @returns the area word, with its exclusions
 * @example scopedArea({ area: "全州", coverage: { expected: 11, reported: […], missing: ["双柏县"] } }) // "全州（不含双柏县）"
 */
export function scopedArea(facts: Pick<SummaryFacts, "area" | "place" | "coverage">): string {
  const word = areaWord(facts);
  const left = fewMissing(facts);
  return left ? `${word}（不含${left.join("、")}）` : word;
}

/**
 * An area in English: its romanised name, else "one other area" (never Chinese).
 *
 * @param label the area as written
 * @returns the English name
 */
export function englishArea(label: string): string {
  return englishPlaceName(label) ?? "one other area";
}

/**
 * The coverage sentence of a total built from fewer than all but three areas (rule 14):
 * "全州11个县（市、区）中3个报送数据（报送率27.3%：楚雄市、南华县、元谋县），以下为已报送县（市、区）合计。"
 *
 * @param facts the summary facts
 * @param language zh or en
 * @returns the sentence, or undefined when the totals cover every area or only a few are missing
 */
export function coverageSentence(facts: Pick<SummaryFacts, "area" | "place" | "coverage">, language: "zh" | "en"): string | undefined {
  const c = facts.coverage;
  if (!c || c.missing.length <= FEW || c.expected <= 0) return undefined;
  const rate = formatNumber((c.reported.length / c.expected) * 100, 1);
  if (language === "en") {
    const place = englishPlace(facts);
    const names = c.reported.map(englishArea);
    return `Of the ${c.expected} counties${place ? ` of ${place}` : ""}, ${c.reported.length} reported (${rate}%: ${enList(names)}); the figures below cover them only.`;
  }
  return `${areaWord(facts)}${c.expected}个县（市、区）中${c.reported.length}个报送数据（报送率${rate}%：${c.reported.join("、")}），以下为已报送县（市、区）合计。`;
}
