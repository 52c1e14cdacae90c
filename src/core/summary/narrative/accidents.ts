/**
 * The accident paragraph (T1 of docs/report-rules.md): the totals this period and their 同比.
 * "2024年1—6月，全州共发生各类生产安全事故23起、死亡26人、受伤11人，同比事故起数增加3起、上升15%，…"
 */
import { changeText } from "../../text/changeText";
import type { IndicatorPair } from "../facts";
import type { SummaryOptions } from "../options";
import { currentOf, n, present } from "./figures";
import type { NarrativeContext, NarrativeParagraph } from "./types";

/** The indicator as the 同比 clause names it. */
export const ACCIDENT_LEAD: Readonly<Record<string, string>> = {
  accident_count: "事故起数",
  deaths: "死亡人数",
  injured: "受伤人数",
};

const ENGLISH_WORDS: Readonly<Record<string, string>> = {
  accident_count: "accidents",
  deaths: "deaths",
  injured: "injuries",
};

/**
 * The figure list "23起、死亡26人、受伤11人". A missing figure is left out; per industry a zero
 * death or injury count is left out too ("发生1起、死亡1人"), as reports write it.
 *
 * @param pairs the accident pairs of the totals or of one row
 * @param omitZeroCasualties leave out 死亡0人 and 受伤0人
 * @returns the list, "" when nothing is known
 */
export function accidentFigures(pairs: readonly IndicatorPair[], omitZeroCasualties = false): string {
  const parts: string[] = [];
  const count = currentOf(pairs, "accident_count");
  if (count !== undefined) parts.push(`${n(count)}起`);
  const deaths = currentOf(pairs, "deaths");
  if (deaths !== undefined && !(omitZeroCasualties && deaths === 0)) parts.push(`死亡${n(deaths)}人`);
  const injured = currentOf(pairs, "injured");
  if (injured !== undefined && !(omitZeroCasualties && injured === 0)) parts.push(`受伤${n(injured)}人`);
  return parts.join("、");
}

/**
 * Whether a pair has both figures and is one of the counts the 同比 clause names.
 *
 * @param p one indicator pair
 * @returns true when both figures are present
 */
export function comparable(p: IndicatorPair): boolean {
  return present(p.current) !== undefined && present(p.previous) !== undefined && p.indicator in ACCIDENT_LEAD;
}

function changeOf(p: IndicatorPair, o: SummaryOptions, language: "zh" | "en"): string {
  return changeText(p.current.value as number, p.previous.value as number, {
    unit: language === "zh" ? p.classifier : "",
    decimals: o.percentDecimals,
    stripTrailingZeros: o.stripTrailingZeros,
    zeroBase: o.zeroBase,
    language,
  });
}

function zh({ facts: f, options: o }: NarrativeContext): string | undefined {
  const pairs = f.accidents ?? [];
  if (currentOf(pairs, "accident_count") === undefined) return undefined;
  const lead = `${f.period ? `${f.period}，` : ""}${f.area ?? ""}共发生各类生产安全事故${accidentFigures(pairs)}`;
  const changes = pairs.filter(comparable).map((p) => `${ACCIDENT_LEAD[p.indicator]}${changeOf(p, o, "zh")}`);
  return changes.length ? `${lead}，同比${changes.join("，")}。` : `${lead}。`;
}

function en({ facts: f, options: o }: NarrativeContext): string | undefined {
  const pairs = (f.accidents ?? []).filter(comparable);
  if (!pairs.length) return undefined;
  const figures = pairs.map((p) => `${n(p.current.value as number)} ${ENGLISH_WORDS[p.indicator]} (${changeOf(p, o, "en")} year on year)`);
  return `${f.period ? `In ${f.period}, ` : ""}there were ${figures.join(", ")}.`;
}

/** The accident paragraph. */
export const accidentsParagraph: NarrativeParagraph = { id: "accidents", zh, en };
