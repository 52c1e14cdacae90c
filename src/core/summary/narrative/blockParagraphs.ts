/**
 * Paragraphs for sections the fixed paragraphs do not describe (docs/sections.md): accidents of a
 * single-period table ("2024年1—6月，全州共发生各类生产安全事故23起、死亡26人、受伤11人。") and hazards of
 * a table the hazard paragraph does not read, such as indicator rows with 整改率 among them
 * ("发现安全隐患411条，完成整改378条，整改率92%，同比提高7个百分点。", T6). The rate is recomputed
 * from the counts and its change is in 百分点.
 */
import { formatDecimal, roundedRatio } from "../../numbers/decimal";
import { formatNumber } from "../../numbers/format";
import { englishPeriodText } from "../../periods/periodText";
import { largerAccidents } from "../../registry/levelWords";
import { percentPointText } from "../../text/changeText";
import { enAbout, enMoney, enVerify, n, zhAbout, zhVerify } from "./figures";
import { ENGLISH_WORDS, englishFigures } from "./accidentFigures";
import { accidentsParagraph, groupedStyle, noAccident } from "./accidents";
import { changeItems, enChangeSentence } from "./changes";
import { changeOf, enFigure, figureOf, type BlockFigure } from "./sectionFigures";
import { deathsOnlyEn, deathsOnlyZh } from "./deathsOnly";
import { englishSubject, englishWhere } from "./region";
import { ENGLISH, LEAD, enStatedChanges, zhStatedChanges } from "./statedChanges";
import { enStatedMean, zhStatedMean } from "./statedMean";
import { enLevelRows, zhLevelRows } from "./levelRows";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { blockHazards } from "./hazardBlock";
import { hazardsParagraph } from "./hazards";
import { enStatus, statusOf, zhStatus } from "./figuresStatus";
import type { IndicatorPair } from "../facts";
import type { SectionBlock, SectionFacts } from "../sectionFacts";

function firstBlock(sections: SectionFacts, section: "accidents" | "hazards"): SectionBlock | undefined {
  return sections.blocks.find((b) => b.section === section && b.group !== "month");
}

/** A row naming an accident level above 一般 (特别重大事故, 重大, 较大事故合计). */
const LARGER_LEVEL = /^(特别重大|重大|较大)(生产安全)?(事故)?(合计|小计)?$/;

/** Whether a block's rows are levels above 一般 only (a weekly list of 较大 accidents): its whole is 较大及以上, never all accidents. */
function largerLevelsOnly(b: SectionBlock): boolean {
  const rows = b.rows.filter((r) => !r.ofWhich);
  return rows.length > 0 && rows.every((r) => LARGER_LEVEL.test(r.label.replace(/[\s\u3000]/g, "")));
}

/**
 * A block of all accidents with none in its period, told as the accident paragraph tells it (rule 23):
 * "2017年1月，全市未发生生产安全事故。", never "0起、死亡0人、受伤0人".
 */
function noAccidentBlock(b: SectionBlock, { facts, options }: NarrativeContext, language: "zh" | "en"): string | undefined {
  const accidents = ["accident_count", "deaths", "injured"].flatMap((id) => {
    const f = figureOf(b, id);
    return f?.current === undefined ? [] : [blockPair(id, f)];
  });
  if (largerLevelsOnly(b) || !noAccident(accidents)) return undefined;
  const { area, place, coverage } = facts;
  const period = b.period?.label ?? facts.period;
  const c = { facts: { area, place, coverage, ...(period ? { period } : {}), ...(b.status ? { accidentsStatus: b.status } : {}), accidents }, options };
  return language === "zh" ? accidentsParagraph.zh(c) : accidentsParagraph.en(c);
}

function accidentsZh(sections: SectionFacts, context: NarrativeContext): string | undefined {
  const { facts, options } = context;
  if (facts.accidents?.some((p) => p.indicator === "accident_count")) return undefined;
  const b = firstBlock(sections, "accidents");
  const count = figureOf(b, "accident_count");
  const deaths = figureOf(b, "deaths");
  // Deaths without an accident count (a 统计公报): told as the source tells them.
  if (b && count?.current === undefined && deaths?.current !== undefined && !largerLevelsOnly(b))
    return deathsOnlyZh({ ...deaths, current: deaths.current }, b.period, facts.area ?? "");
  if (!b || count?.current === undefined) return undefined;
  const none = noAccidentBlock(b, context, "zh");
  if (none) return none;
  // A figure its own 核对 finds wrong is told 待核实 with the recomputed one, never alone (rule 14).
  const parts = [`${n(count.current)}起${zhVerify(count.currentSource, "起")}`];
  for (const [id, word] of [
    ["deaths", "死亡"],
    ["injured", "受伤"],
  ]) {
    const f = figureOf(b, id);
    if (f?.current !== undefined) parts.push(`${word}${n(f.current)}人${zhVerify(f.currentSource, "人")}`);
  }
  const loss = lossOf(b);
  // The loss as the table states it: 约5.236亿元 keeps its three decimals (corpus 16), never 5.24.
  const lossText = loss
    ? `，直接经济损失${zhAbout(loss.currentSource)}${formatNumber(loss.current!, 4)}${loss.indicator.unit}${zhVerify(loss.currentSource, loss.indicator.unit)}`
    : "";
  const changes = ["accident_count", "deaths", "injured"].flatMap((id) => {
    const f = figureOf(b, id);
    const c = f && changeOf(f, options);
    return c ? [`${f.indicator.name}${c}`] : [];
  });
  // Without year-earlier figures, the 同比 the table states (rule 26), never a base rebuilt from it.
  const stated = changes.length ? "" : zhStatedChanges(listedFigures(b, loss), groupedStyle(facts, options));
  const period = b.period?.label ?? facts.period;
  const what = largerLevelsOnly(b) ? "较大及以上事故" : "各类生产安全事故";
  const change = changes.length ? `，同比${changes.join("，")}` : stated ? `，同比${stated}` : "";
  const levels = largerLevelsOnly(b) ? "" : zhLevelRows(facts.levelRows);
  // The change against the mean of earlier years the table states (与近三年平均值相比, rule 20), after the 同比 and its levels.
  const mean = zhStatedMean(
    listedFigures(b, loss).flatMap(([, f]) => f ?? []),
    (f) => LEAD[f.indicator.id] ?? f.indicator.name,
  );
  return `${period ? `${period}，` : ""}${zhStatus(statusOf(b.status, options))}${facts.area ?? ""}共发生${what}${parts.join("、")}${lossText}${change}。${levels}${mean}`;
}

function accidentsEn(sections: SectionFacts, context: NarrativeContext): string | undefined {
  const { facts, options } = context;
  if (facts.accidents?.some((p) => p.indicator === "accident_count")) return undefined;
  const b = firstBlock(sections, "accidents");
  const count = figureOf(b, "accident_count");
  const deaths = figureOf(b, "deaths");
  if (b && count?.current === undefined && deaths?.current !== undefined && !largerLevelsOnly(b))
    return deathsOnlyEn({ ...deaths, current: deaths.current }, b.period, englishWhere(facts));
  if (!b || count?.current === undefined) return undefined;
  const none = noAccidentBlock(b, context, "en");
  if (none) return none;
  // The figures the Chinese sentence gives, through the accident paragraph's own English (deaths,
  // injuries, 待核实, the change sentence): an English reader is never told less.
  const pairs = ["accident_count", "deaths", "injured"].flatMap((id) => {
    const f = figureOf(b, id);
    return f?.current === undefined ? [] : [{ figure: f, pair: blockPair(id, f) }];
  });
  const compared = pairs.filter(({ figure }) => figure.previous !== undefined && !figure.flagged).map(({ pair }) => pair);
  const items = changeItems(compared, options);
  const changes = items.length ? ` ${enChangeSentence(items, (p) => ENGLISH_WORDS[p.indicator][0])}` : "";
  // A dated range is no month: "In the period 20–26 July 2015", never "In 20–26 July 2015".
  const period = b.period && `${b.period.start ? "the period " : ""}${englishPeriodText(b.period)}`;
  const noun = largerLevelsOnly(b) ? largerAccidents(true) : "work-safety";
  const figures = englishFigures(
    pairs.map(({ pair }) => pair),
    noun,
  );
  const lead = enStatus(statusOf(b.status, options), period ? `In ${period}, ` : "");
  const loss = lossOf(b);
  const lossSentence = loss
    ? ` The direct economic loss was ${enAbout(loss.currentSource)}${enMoney(loss.current! * loss.indicator.toBase)}${enVerify(loss.currentSource, true)}.`
    : "";
  const stated = items.length ? "" : enStatedChanges(listedFigures(b, loss));
  const mean = enStatedMean(
    listedFigures(b, loss).flatMap(([, f]) => f ?? []),
    (f) => ENGLISH[f.indicator.id] ?? `the ${f.indicator.english}`,
  );
  const after = `${lossSentence}${changes}${stated}${largerLevelsOnly(b) ? "" : enLevelRows(facts.levelRows)}${mean}`;
  // The place the Chinese names (全省 → "the province"), as the subject: never left out where there is no comparison.
  const place = englishSubject(facts);
  if (place) return `${lead}${lead ? place : `${place.charAt(0).toUpperCase()}${place.slice(1)}`} recorded ${figures}.${after}`;
  return `${lead}${lead ? "t" : "T"}here were ${figures}.${after}`;
}

/**
 * The accident direct economic loss a block states for its whole, told after the casualties as releases give
 * it (rule 4: "…受伤946人，直接经济损失12301.8万元"): not for a block of 较大 levels, not zero, not an error cell.
 */
export function lossOf(b: SectionBlock): BlockFigure | undefined {
  const loss = figureOf(b, "direct_loss");
  return loss?.current !== undefined && loss.current !== 0 && !largerLevelsOnly(b) ? loss : undefined;
}

/** The figures the accident sentence of a block lists, in its order, for the stated 同比. */
function listedFigures(b: SectionBlock, loss: BlockFigure | undefined): [string, BlockFigure | undefined][] {
  return [...["accident_count", "deaths", "injured"].map((id): [string, BlockFigure | undefined] => [id, figureOf(b, id)]), ["direct_loss", loss]];
}

/**
 * A block's figure as the accident paragraph's pair: the current value as sourced (its 核对 finding),
 * and the previous one — none where a finding or an error cell stands against either (no change is
 * written from them).
 *
 * @param id the indicator
 * @param f the block's figure
 * @returns the pair
 */
export function blockPair(id: string, f: BlockFigure): IndicatorPair {
  return {
    indicator: id,
    name: f.indicator.name,
    classifier: f.indicator.unit,
    unit: f.indicator.unit,
    current: f.currentSource ?? { value: f.current ?? null },
    previous: { value: f.flagged ? null : (f.previous ?? null) },
  };
}

/** The rate (in percent) of a hazard block, this period and last, recomputed from the counts. */
function rates(b: SectionBlock): { found: number; done: number; now?: number; before?: number } | undefined {
  const found = figureOf(b, "hazards_found");
  const done = figureOf(b, "rectified");
  if (found?.current === undefined || done?.current === undefined || found.current === 0) return undefined;
  const before = found.previous && done.previous !== undefined && !found.flagged && !done.flagged ? done.previous / found.previous : undefined;
  return { found: found.current, done: done.current, now: done.current / found.current, ...(before !== undefined ? { before } : {}) };
}

/** A block of 一般隐患 and 重大隐患 (corpus 36), told by the hazard paragraph (hazards.ts) from the block's figures. */
function generalHazards(b: SectionBlock | undefined, { facts, options }: NarrativeContext, language: "zh" | "en"): string | undefined {
  const unit = figureOf(b, "general_found")?.indicator.unit;
  const hazards = b && unit ? blockHazards(b, unit) : undefined;
  if (!b || !hazards) return undefined;
  const context = { facts: { ...facts, hazards }, options };
  if (language === "en") {
    const text = hazardsParagraph.en(context);
    const when = b.period && englishPeriodText(b.period);
    return text && when ? `In ${when}, ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
  }
  const period = b.period?.label ?? facts.period;
  return `${period ? `${period}，` : ""}${facts.area ?? ""}${hazardsParagraph.zh(context)}`;
}

function hazardsZh(sections: SectionFacts, context: NarrativeContext): string | undefined {
  const { facts, options } = context;
  if (facts.hazards) return undefined;
  const b = firstBlock(sections, "hazards");
  const general = generalHazards(b, context, "zh");
  if (general) return general;
  const r = b && rates(b);
  if (!b || !r) return undefined;
  const unit = figureOf(b, "hazards_found")!.indicator.unit;
  const rate = formatDecimal(roundedRatio(r.done, r.found, 100, options.rateDecimals), options.stripTrailingZeros);
  const change = r.before !== undefined ? `，同比${percentPointText(r.now!, r.before, { decimals: 1 })}` : "";
  const period = b.period?.label ?? facts.period;
  const verify = (id: string) => zhVerify(figureOf(b, id)?.currentSource, unit);
  return `${period ? `${period}，` : ""}${facts.area ?? ""}发现安全隐患${n(r.found)}${unit}${verify("hazards_found")}，完成整改${n(r.done)}${unit}${verify("rectified")}，整改率${rate}%${change}。`;
}

function hazardsEn(sections: SectionFacts, context: NarrativeContext): string | undefined {
  const { facts, options } = context;
  if (facts.hazards) return undefined;
  const b = firstBlock(sections, "hazards");
  const general = generalHazards(b, context, "en");
  if (general) return general;
  const r = b && rates(b);
  if (!b || !r) return undefined;
  const rate = formatDecimal(roundedRatio(r.done, r.found, 100, options.rateDecimals), options.stripTrailingZeros);
  const change = r.before !== undefined ? `, ${percentPointText(r.now!, r.before, { decimals: 1, language: "en" })} year on year` : "";
  // Never a sentence that starts with a numeral (rule 16).
  return `A total of ${enFigure(r.found)} hazards were found and ${enFigure(r.done)} rectified, a rectification rate of ${rate}%${change}.`;
}

/**
 * The accident paragraph of a table the fixed accident paragraph does not read (one period).
 *
 * @param sections the blocks of sectionFacts.ts
 * @returns the paragraph module
 */
export function accidentBlockParagraph(sections: SectionFacts): NarrativeParagraph {
  return { id: "accidentBlock", zh: (c) => accidentsZh(sections, c), en: (c) => accidentsEn(sections, c) };
}

/**
 * The hazard paragraph of a table the fixed hazard paragraph does not read.
 *
 * @param sections the blocks of sectionFacts.ts
 * @returns the paragraph module
 */
export function hazardBlockParagraph(sections: SectionFacts): NarrativeParagraph {
  return { id: "hazardBlock", zh: (c) => hazardsZh(sections, c), en: (c) => hazardsEn(sections, c) };
}
