/**
 * The hazard paragraph (T6 and rules 5–6 of docs/report-rules.md): hazards found and rectified in
 * the source's own unit (条, 项, 处), the 整改率 with one decimal and trailing zeros dropped (or the
 * workbook's own precision when it states more), and the major hazards with their own rate
 * ("重大隐患182项，已整改72项，整改率仅39.56%") or "已全部完成整改".
 */
import { formatDecimal, roundedRatio } from "../../numbers/decimal";
import { closestIndustry, englishIndustry } from "../../registry/englishNames";
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

/**
 * A stated rate the 核对 finds wrong, after the rate the counts give: "（原表填为97.28%，与已整改数、隐患数不符，见核对）"
 * (claim 3: the text uses the recomputed figure and names the flagged one, never prints it silently).
 */
function zhStatedRate(v: SourcedValue | undefined): string {
  return v?.check && v.value !== null ? `（原表填为${n(v.value)}%，与分子、分母不符，见核对）` : "";
}

function enStatedRate(v: SourcedValue | undefined): string {
  return v?.check && v.value !== null ? ` (the table states ${enNumber(v.value)}%, which its counts do not give; see the checks)` : "";
}

/** A group's stated rate the 核对 flags (the row has no counts to recompute it from): 待核实. */
const zhGroupCheck = (v: SourcedValue | undefined) => (v?.check ? "（待核实，见核对）" : "");
const enGroupCheck = (v: SourcedValue | undefined) => (v?.check ? " (to be verified; see the checks)" : "");

/** What the table's count of checked units is, in its words: 排查治理单位 names the checks itself, 检查企业 needs 隐患排查 before it. */
function zhChecked(words: string, count: number, unit: string): string {
  return `${words.startsWith("排查") ? "" : "隐患排查"}${words}${n(count)}${unit}`;
}

/** The groups a table lists under its whole, as it states them: "分类别看，煤矿、非煤矿山等工矿企业43158家，一般隐患整改率96.61%，…。" */
function zhGroups(f: SummaryFacts): string {
  const h = f.hazards;
  const unit = unitWords(h?.unitsCheckedUnit ?? "家次");
  const rateName = h?.general ? "一般隐患整改率" : "整改率";
  const said = (h?.groups ?? []).flatMap((g) => {
    const [checked, rate, major] = [present(g.unitsChecked), present(g.rate), present(g.majorRate)];
    const parts = [
      ...(checked !== undefined ? [`${n(checked)}${unit}`] : []),
      ...(rate !== undefined ? [`${rateName}${n(rate)}%${zhGroupCheck(g.rate)}`] : []),
      ...(major !== undefined ? [`重大隐患整改率${n(major)}%${zhGroupCheck(g.majorRate)}`] : []),
    ];
    return parts.length ? [`${g.label.replace(/^其中[:：]?\s*/, "")}${parts.join("，")}`] : [];
  });
  return said.length ? `分类别看，${said.join("；")}。` : "";
}

function enGroups(f: SummaryFacts): string {
  const h = f.hazards;
  const rateName = h?.general ? "general-hazard rectification rate" : "rectification rate";
  const said = (h?.groups ?? []).flatMap((g) => {
    const [checked, rate, major] = [present(g.unitsChecked), present(g.rate), present(g.majorRate)];
    const rates = [
      ...(rate !== undefined ? [`a ${rateName} of ${enNumber(rate)}%${enGroupCheck(g.rate)}`] : []),
      ...(major !== undefined ? [`a major rectification rate of ${enNumber(major)}%${enGroupCheck(g.majorRate)}`] : []),
    ];
    // Never the Chinese name in English prose (rule 16): the group's category, else "another group".
    const name = englishIndustry(g.label) ?? closestIndustry(g.label) ?? "another group";
    const units = checked !== undefined ? ` (${enNumber(checked)} unit${checked === 1 ? "" : "s"})` : "";
    return rates.length ? [`${name}${units} had ${enList(rates)}`] : units ? [`${name}${units}`] : [];
  });
  return said.length ? ` By group: ${said.join("; ")}.` : "";
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
  const t = f.hazards!.total;
  // 一般隐患 beside 重大隐患 (corpus 36): named as the table names them, the major ones never an 其中 of them.
  const general = f.hazards?.general;
  const found = general ? `一般隐患${n(x.found)}${unit}，已整改${n(x.done)}${unit}` : `发现安全隐患${n(x.found)}${unit}，完成整改${n(x.done)}${unit}`;
  let text = `${x.checked ? `${zhChecked(checkedWords, x.checked, checkedUnit)}，` : ""}${found}`;
  if (x.found > 0) text += x.done === x.found ? "，已全部整改" : `，整改率${x.rate}%${zhStatedRate(t.statedRate)}`;
  const of = general ? "" : "其中";
  if (x.mf) {
    if (x.mr === x.mf) text += `，${of}重大隐患${n(x.mf)}${unit}，已全部完成整改`;
    else if (x.mr !== undefined)
      text += `；${of}重大隐患${n(x.mf)}${unit}，已整改${n(x.mr)}${unit}，整改率${x.lags ? "仅" : ""}${x.majorRate}%${zhStatedRate(t.majorStatedRate)}`;
    else text += `，${of}重大隐患${n(x.mf)}${unit}`;
  }
  return `${text}${missing.length ? `；${missing.join("，")}` : ""}。${hazardFollowUp(f, false)}${zhGroups(f)}`;
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
  const t = f.hazards!.total;
  const general = f.hazards?.general;
  const rate = x.found === 0 ? "" : x.done === x.found ? ", all of them" : `, a rectification rate of ${x.rate}%${enStatedRate(t.statedRate)}`;
  const kind = general ? "general hazard" : "hazard";
  // No sentence opens with a numeral (rule 16): "A total of 411 hazards were found…".
  parts.push(`${x.found === 1 ? `One ${kind} was` : `A total of ${enNumber(x.found)} ${kind}s were`} found and ${enNumber(x.done)} rectified${rate}.`);
  if (x.mf) {
    if (x.mr === x.mf) parts.push(`All ${enNumber(x.mf)} major ${x.mf === 1 ? "hazard was" : "hazards were"} rectified.`);
    else if (x.mr !== undefined)
      parts.push(
        `Of ${enNumber(x.mf)} major hazards, ${x.lags ? "only " : ""}${enNumber(x.mr)} were rectified (${x.majorRate}%${enStatedRate(t.majorStatedRate)}).`,
      );
    else if (general) parts.push(`${x.mf === 1 ? "One major hazard was" : `A further ${enNumber(x.mf)} major hazards were`} found.`);
    else parts.push(`Of these, ${enNumber(x.mf)} ${x.mf === 1 ? "was a major hazard" : "were major hazards"}.`);
  }
  if (missing) parts.push(missing);
  return `${parts.join(" ")}${hazardFollowUp(f, true)}${enGroups(f)}`;
}

/** The hazard paragraph. */
export const hazardsParagraph: NarrativeParagraph = { id: "hazards", zh, en };
