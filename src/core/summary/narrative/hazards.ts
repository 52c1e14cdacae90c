/**
 * The hazard paragraph (T6 and rules 5–6 of docs/report-rules.md): hazards found and rectified in
 * the source's own unit (条, 项, 处), the 整改率 with one decimal and trailing zeros dropped (or the
 * workbook's own precision when it states more), and the major hazards with their own rate
 * ("重大隐患182项，已整改72项，整改率仅39.56%") or "已全部完成整改".
 */
import { formatDecimal, roundedRatio } from "../../numbers/decimal";
import type { SourcedValue, SummaryFacts } from "../facts";
import type { SummaryOptions } from "../options";
import { enList, enNumber, enUnavailable, n, present, zhUnavailable } from "./figures";
import { hazardFollowUp } from "./hazardFollowUp";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { countsVisits, unitWords } from "./visitUnits";

/**
 * The decimals a rate is written with: the option's, or more when the workbook states more.
 *
 * @param facts the summary facts (the hazard table's stated precision)
 * @param options rateDecimals
 * @returns the decimals
 * @example rateDecimalsOf({ hazards: { …, statedRateDecimals: 2 } }, { rateDecimals: 1 }) // 2
 */
export function rateDecimalsOf(facts: SummaryFacts, options: Pick<SummaryOptions, "rateDecimals">): number {
  return Math.max(options.rateDecimals, facts.hazards?.statedRateDecimals ?? 0);
}

/**
 * A rate as prose writes it: "92", "96.7", "39.56" (no "%").
 *
 * @param done the numerator
 * @param found the denominator (> 0)
 * @param decimals decimals before trailing zeros are dropped
 * @param strip drop trailing zeros
 * @returns the rate text
 * @example rateText(378, 411, 1, true) // "92"
 */
export function rateText(done: number, found: number, decimals: number, strip: boolean): string {
  return formatDecimal(roundedRatio(done, found, 100, decimals), strip);
}

function figures(f: SummaryFacts, o: SummaryOptions) {
  const h = f.hazards?.total;
  const found = present(h?.found);
  const done = present(h?.rectified);
  if (!h || found === undefined || done === undefined) return undefined;
  const d = rateDecimalsOf(f, o);
  const rate = found > 0 ? rateText(done, found, d, o.stripTrailingZeros) : undefined;
  const mf = present(h.majorFound);
  const mr = present(h.majorRectified);
  const majorRate = mf && mr !== undefined && mr !== mf ? rateText(mr, mf, d, o.stripTrailingZeros) : undefined;
  // "仅" when the major hazards lag the rest: their rate is lower than the overall one.
  const lags = majorRate !== undefined && mf && mr !== undefined && mr / mf < done / found;
  return { found, done, rate, checked: present(h.unitsChecked), mf, mr, majorRate, lags };
}

/** The hazard counts whose source cell holds an error value: the paragraph says they are unavailable (rule 14). */
function unavailable(f: SummaryFacts): { zh: string; en: string; value: SourcedValue }[] {
  const h = f.hazards?.total;
  if (!h) return [];
  const all = [
    { zh: "发现安全隐患数", en: "the number of hazards found", value: h.found },
    { zh: "完成整改数", en: "the number rectified", value: h.rectified },
    { zh: "重大隐患数", en: "the number of major hazards", value: h.majorFound },
    { zh: "重大隐患整改数", en: "the number of major hazards rectified", value: h.majorRectified },
  ];
  return all.filter((u): u is { zh: string; en: string; value: SourcedValue } => !!u.value?.error);
}

/**
 * What the hazard checks covered, in English: "made 169 visits to enterprises" (检查企业, 家次),
 * "covered 98,250 units" (排查治理单位, 家).
 */
function checkedEnglish(count: number, label: string | undefined, unit: string | undefined): string {
  const who = label === undefined || label.includes("企业") ? "enterprise" : "unit";
  const plural = count === 1 ? "" : "s";
  const visits = unit === undefined || countsVisits(unit);
  return visits ? `made ${enNumber(count)} visit${plural} to ${who}s` : `covered ${enNumber(count)} ${who}${plural}`;
}

function zh({ facts: f, options: o }: NarrativeContext): string | undefined {
  const x = figures(f, o);
  const missing = unavailable(f).map((u) => zhUnavailable(u.zh, u.value));
  if (!x) {
    const found = present(f.hazards?.total.found);
    const lead = found !== undefined ? `发现安全隐患${n(found)}${f.hazards?.unit ?? "条"}，` : "隐患排查整改情况：";
    return missing.length ? `${lead}${missing.join("，")}。` : undefined;
  }
  const unit = f.hazards?.unit ?? "条";
  // One phrase, one number (claim 5): 检查生产经营单位 is enforcement's count; this one is the hazard checks', in the source's words and unit.
  const checkedWords = f.hazards?.unitsCheckedLabel ?? "检查企业";
  const checkedUnit = unitWords(f.hazards?.unitsCheckedUnit ?? "家次");
  let text = `${x.checked ? `隐患排查${checkedWords}${n(x.checked)}${checkedUnit}，` : ""}发现安全隐患${n(x.found)}${unit}，完成整改${n(x.done)}${unit}`;
  if (x.found > 0) text += x.done === x.found ? "，已全部整改" : `，整改率${x.rate}%`;
  if (x.mf) {
    if (x.mr === x.mf) text += `，其中重大隐患${n(x.mf)}${unit}，已全部完成整改`;
    else if (x.mr !== undefined) text += `；其中重大隐患${n(x.mf)}${unit}，已整改${n(x.mr)}${unit}，整改率${x.lags ? "仅" : ""}${x.majorRate}%`;
    else text += `，其中重大隐患${n(x.mf)}${unit}`;
  }
  return `${text}${missing.length ? `；${missing.join("，")}` : ""}。${hazardFollowUp(f, false)}`;
}

function en({ facts: f, options: o }: NarrativeContext): string | undefined {
  const x = figures(f, o);
  const list = enList(unavailable(f).map((u) => enUnavailable(u.en, u.value)));
  const missing = list ? `${list.charAt(0).toUpperCase()}${list.slice(1)}.` : "";
  if (!x) {
    const found = present(f.hazards?.total.found);
    const lead = found === undefined ? "Hazard checks:" : found === 1 ? "One hazard was found." : `A total of ${enNumber(found)} hazards were found.`;
    return missing ? `${lead} ${missing}` : undefined;
  }
  const parts: string[] = [];
  // 家次 counts visits, 家 the businesses; 企业 are enterprises, apart from enforcement's "businesses" (claim 5).
  if (x.checked) parts.push(`Hazard checks ${checkedEnglish(x.checked, f.hazards?.unitsCheckedLabel, f.hazards?.unitsCheckedUnit)}.`);
  const rate = x.found === 0 ? "" : x.done === x.found ? ", all of them" : `, a rectification rate of ${x.rate}%`;
  // No sentence opens with a numeral (rule 16): "A total of 411 hazards were found…".
  parts.push(`${x.found === 1 ? "One hazard was" : `A total of ${enNumber(x.found)} hazards were`} found and ${enNumber(x.done)} rectified${rate}.`);
  if (x.mf) {
    if (x.mr === x.mf) parts.push(`All ${enNumber(x.mf)} major ${x.mf === 1 ? "hazard was" : "hazards were"} rectified.`);
    else if (x.mr !== undefined) parts.push(`Of ${enNumber(x.mf)} major hazards, ${x.lags ? "only " : ""}${enNumber(x.mr)} were rectified (${x.majorRate}%).`);
    else parts.push(`Of these, ${enNumber(x.mf)} ${x.mf === 1 ? "was a major hazard" : "were major hazards"}.`);
  }
  if (missing) parts.push(missing);
  return `${parts.join(" ")}${hazardFollowUp(f, true)}`;
}

/** The hazard paragraph. */
export const hazardsParagraph: NarrativeParagraph = { id: "hazards", zh, en };
