/**
 * The 综述: report-style sentences built only from the computed figures, with the phrasing rules
 * of domain.md §3 (T1 accidents, T3 industries, T5 disaster scope, T4 losses, T6 rectification, T7 enforcement)
 * and full-width punctuation ("，" "：" "。"). English is offered as an option.
 */
import { formatDecimal, roundedRatio } from "../numbers/decimal";
import { formatNumber } from "../numbers/format";
import { changeText } from "../text/changeText";
import type { IndicatorPair, SummaryFacts } from "./facts";
import type { SummaryOptions } from "./options";

const ACCIDENT_LEAD: Readonly<Record<string, string>> = {
  accident_count: "事故起数",
  deaths: "死亡人数",
  injured: "受伤人数",
  direct_loss: "直接经济损失",
};

function n(x: number | null | undefined): string {
  return formatNumber(x ?? 0, 2);
}

/**
 * The T1 opening figure list: "23起、死亡26人、受伤11人". Per industry (T3) a zero death or
 * injury count is left out ("发生1起、死亡1人"), as reports write it.
 */
function accidentFigures(pairs: readonly IndicatorPair[], omitZeroCasualties = false): string {
  const get = (id: string) => pairs.find((p) => p.indicator === id)?.current.value;
  const parts: string[] = [];
  const count = get("accident_count");
  if (count !== undefined) parts.push(`${n(count)}起`);
  const deaths = get("deaths");
  if (deaths !== undefined && !(omitZeroCasualties && deaths === 0)) parts.push(`死亡${n(deaths)}人`);
  const injured = get("injured");
  if (injured !== undefined && !(omitZeroCasualties && injured === 0)) parts.push(`受伤${n(injured)}人`);
  return parts.join("、");
}

function comparable(p: IndicatorPair): boolean {
  return p.current.value !== null && p.previous.value !== null && p.indicator in ACCIDENT_LEAD && p.indicator !== "direct_loss";
}

function accidentSentence(f: SummaryFacts, o: SummaryOptions): string | undefined {
  const pairs = f.accidents ?? [];
  if (!pairs.some((p) => p.indicator === "accident_count")) return undefined;
  const lead = `${f.period ? `${f.period}，` : ""}${f.area ?? ""}共发生各类生产安全事故${accidentFigures(pairs)}`;
  const changes = pairs.filter(comparable).map((p) => {
    const text = changeText(p.current.value as number, p.previous.value as number, {
      unit: p.classifier,
      decimals: o.percentDecimals,
      stripTrailingZeros: o.stripTrailingZeros,
      zeroBase: o.zeroBase,
    });
    return `${ACCIDENT_LEAD[p.indicator]}${text}`;
  });
  return changes.length ? `${lead}，同比${changes.join("，")}。` : `${lead}。`;
}

function industrySentence(f: SummaryFacts): string | undefined {
  const t = f.byIndustry;
  if (!t) return undefined;
  const active: string[] = [];
  const zero: string[] = [];
  for (const row of t.rows) {
    if (row.role !== "data") continue;
    const get = (id: string) => row.pairs.find((p) => p.indicator === id)?.current.value ?? 0;
    if (get("accident_count") === 0) {
      zero.push(row.label);
      continue;
    }
    active.push(`${row.label}发生${accidentFigures(row.pairs, true)}`);
  }
  if (active.length === 0) return undefined;
  const zeroText = zero.length ? `${zero.join("、")}未接报生产安全事故。` : "";
  return `分行业看，${active.join("；")}。${zeroText}`;
}

function scopeSentence(f: SummaryFacts): string | undefined {
  const scope = (f.disasterScope ?? []).filter((s) => s.value.value !== null && s.value.value !== 0);
  if (scope.length === 0) return undefined;
  const v = (id: string) => scope.find((s) => s.indicator === id)?.value.value;
  const affected = [
    ["affected_towns", "个乡镇"],
    ["affected_hh", "户"],
    ["affected_pop", "人"],
  ].flatMap(([id, unit]) => (v(id) !== undefined ? [`${n(v(id))}${unit}`] : []));
  const parts: string[] = [];
  if (affected.length) parts.push(`${affected.join("")}不同程度受灾`);
  if (v("relocated") !== undefined) parts.push(`紧急转移安置${n(v("relocated"))}人次`);
  const crops = [
    ["crop_affected_ha", "农作物受灾"],
    ["crop_damaged_ha", "成灾"],
    ["crop_failure_ha", "绝收"],
  ].flatMap(([id, word]) => (v(id) !== undefined ? [`${word}${n(v(id))}公顷`] : []));
  if (crops.length) parts.push(crops.join("，"));
  return parts.length ? `自然灾害共造成${parts.join("，")}。` : undefined;
}

function lossSentence(f: SummaryFacts): string | undefined {
  const l = f.losses;
  if (!l || l.total.value === null) return undefined;
  const parts = l.parts.filter((p) => p.value.value !== null && p.value.value !== 0).map((p) => `${p.name}${n(p.value.value)}万元`);
  const lead = `${f.area ?? ""}因灾造成直接经济损失${n(l.total.value)}万元`;
  return parts.length ? `${lead}，其中：${parts.join("，")}。` : `${lead}。`;
}

function hazardSentence(f: SummaryFacts, o: SummaryOptions): string | undefined {
  const h = f.hazards?.total;
  if (!h || h.found.value === null || h.rectified.value === null) return undefined;
  const found = h.found.value;
  const done = h.rectified.value;
  const checked = h.unitsChecked?.value;
  let text = `${checked ? `共检查生产经营单位${n(checked)}家(次)，` : ""}发现安全隐患${n(found)}条，完成整改${n(done)}条`;
  if (found > 0) {
    text += done === found ? "，已全部整改" : `，整改率${formatDecimal(roundedRatio(done, found, 100, o.rateDecimals), o.stripTrailingZeros)}%`;
  }
  const mf = h.majorFound?.value;
  const mr = h.majorRectified?.value;
  if (mf) text += `，其中重大隐患${n(mf)}条，已整改${n(mr ?? 0)}条`;
  return `${text}。`;
}

/** T7 (domain.md §3.2): "共检查生产经营单位n家(次)，…立案查处c件，给予行政处罚f万元，其中，监督处罚…、事故罚款…。" */
function enforcementSentence(f: SummaryFacts): string | undefined {
  const v = (id: string) => {
    const x = f.enforcement?.find((e) => e.indicator === id)?.value.value;
    return x === null || x === undefined ? undefined : x;
  };
  const parts: string[] = [];
  const inspected = v("units_inspected") ?? v("inspection_visits");
  if (inspected !== undefined) parts.push(`共检查生产经营单位${n(inspected)}家(次)`);
  if (v("documents") !== undefined) parts.push(`下达执法文书${n(v("documents"))}份`);
  if (v("cases") !== undefined) parts.push(`立案查处${n(v("cases"))}件`);
  if (v("penalties") !== undefined) parts.push(`实施行政处罚${n(v("penalties"))}次`);
  if (v("fines") !== undefined) {
    const split = [
      ["fines_supervision", "监督处罚"],
      ["fines_accident", "事故罚款"],
    ].flatMap(([id, word]) => (v(id) !== undefined ? [`${word}${n(v(id))}万元`] : []));
    parts.push(`给予行政处罚${n(v("fines"))}万元${split.length ? `，其中，${split.join("、")}` : ""}`);
  }
  if (v("suspended") !== undefined) parts.push(`责令停产整顿${n(v("suspended"))}家`);
  if (v("referred") !== undefined) parts.push(`移送司法机关${n(v("referred"))}人`);
  return parts.length ? `${parts.join("，")}。` : undefined;
}

function englishNarrative(f: SummaryFacts, o: SummaryOptions): string[] {
  const out: string[] = [];
  const pairs = (f.accidents ?? []).filter(comparable);
  if (pairs.length) {
    const words: Record<string, string> = {
      accident_count: "accidents",
      deaths: "deaths",
      injured: "injuries",
    };
    const figures = pairs.map(
      (p) =>
        `${n(p.current.value)} ${words[p.indicator]} (${changeText(p.current.value as number, p.previous.value as number, { language: "en", decimals: o.percentDecimals, stripTrailingZeros: o.stripTrailingZeros, zeroBase: o.zeroBase })} year on year)`,
    );
    out.push(`${f.period ? `In ${f.period}, ` : ""}there were ${figures.join(", ")}.`);
  }
  const l = f.losses;
  if (l && l.total.value !== null) {
    const parts = l.parts.filter((p) => p.value.value).map((p) => `${p.indicator.replace("loss_", "")} ${n(p.value.value)}`);
    out.push(`Disasters caused a direct economic loss of ${n(l.total.value)} (10k CNY)${parts.length ? `: ${parts.join(", ")}` : ""}.`);
  }
  const h = f.hazards?.total;
  if (h && h.found.value !== null && h.rectified.value !== null && h.found.value > 0) {
    const rate = formatDecimal(roundedRatio(h.rectified.value, h.found.value, 100, o.rateDecimals), o.stripTrailingZeros);
    out.push(`${n(h.found.value)} hazards were found and ${n(h.rectified.value)} rectified, a rectification rate of ${rate}%.`);
  }
  return out;
}

/**
 * Writes the narrative paragraphs from the facts.
 *
 * @param facts the computed figures
 * @param options language, percent and rate decimals, zero-base style
 * @returns paragraphs, in report order (accidents, industries, disasters and losses, hazards)
 * @example buildNarrative(facts, DEFAULT_SUMMARY_OPTIONS)[0] // "2024年1—6月，全州共发生各类生产安全事故23起、…"
 */
export function buildNarrative(facts: SummaryFacts, options: SummaryOptions): string[] {
  if (options.language === "en") return englishNarrative(facts, options);
  const disaster = [scopeSentence(facts), lossSentence(facts)].filter((s): s is string => !!s).join("");
  return [accidentSentence(facts, options), industrySentence(facts), disaster || undefined, hazardSentence(facts, options), enforcementSentence(facts)].filter(
    (s): s is string => !!s,
  );
}
