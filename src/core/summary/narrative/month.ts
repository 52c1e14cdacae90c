/**
 * The month of a monthly report (月报), after the year-to-date figures it is part of
 * (docs/sections.md): "2024年1—6月，全州共发生…23起…；其中6月发生3起、死亡2人、受伤1人，同比事故起数
 * 减少1起、下降25%，死亡人数持平，受伤人数净增加1人。" The accident paragraph's closing "。" becomes
 * "；" and the month clause follows; without an accident paragraph the clause stands alone. Where
 * the table states last month (上月), the 环比 follows the 同比 (docs/report-rules.md rule 18).
 */
import type { IndicatorPair } from "../facts";
import { accidentsPart, groupedStyle, noAccident } from "./accidents";
import { enStatedChange, enStatedChanges, zhStatedChanges } from "./statedChanges";
import { blockPair, lossOf } from "./blockParagraphs";
import { changeItems, enChangeSentence } from "./changes";
import { formatNumber } from "../../numbers/format";
import { enAbout, enMoney, enVerify, n, zhAbout, zhVerify } from "./figures";
import { changeOf, enChange, enFigure, enJoin, figureOf, type BlockFigure } from "./sectionFigures";
import { joinMonth } from "./monthClause";
import { enLevelRows, zhLevelRows } from "./levelRows";
import { areaWord } from "./region";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { englishPeriodText } from "../../periods/periodText";
import type { SectionBlock, SectionFacts } from "../sectionFacts";
import { indexOfWhole } from "../sectionFacts";

const FIGURES: readonly [string, string, string, string][] = [
  ["accident_count", "", "起", "accident"],
  ["deaths", "死亡", "人", "death"],
  ["injured", "受伤", "人", "injury"],
];

/** "1 injury", "2 injuries". */
function plural(word: string, x: number): string {
  if (x === 1) return word;
  return word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`;
}
const LEAD: Readonly<Record<string, string>> = { accident_count: "事故起数", deaths: "死亡人数", injured: "受伤人数", direct_loss: "直接经济损失" };

function monthBlock(sections: SectionFacts): SectionBlock | undefined {
  return sections.blocks.find((b) => b.group === "month" && b.section === "accidents" && indexOfWhole(b, "accident_count") >= 0);
}

/** The month's figures as the accident paragraph's pairs, when it had no accident at all (rule 23). */
function noAccidentMonth(b: SectionBlock, o: NarrativeContext["options"], language: "zh" | "en"): string | undefined {
  const pairs = FIGURES.flatMap(([id]) => {
    const f = figureOf(b, id);
    return f?.current === undefined ? [] : [blockPair(id, f)];
  });
  if (!b.period || !noAccident(pairs)) return undefined;
  return accidentsPart({ facts: { accidents: pairs }, options: o }, b.period, language);
}

/** The month as the clause writes it ("7月"). */
function monthOf(b: SectionBlock): string {
  return b.period?.short || b.period?.label || "当月";
}

/** The month's 其中 clause: "其中7月发生33起、死亡34人…，同比…；环比…。" (monthClause.ts joins it). */
function clauseZh(b: SectionBlock, o: NarrativeContext["options"], grouped: boolean): string | undefined {
  const none = noAccidentMonth(b, o, "zh");
  const shown = FIGURES.flatMap(([id, word, unit], k) => {
    const f = figureOf(b, id);
    // A zero death or injury count is left out ("发生3起、死亡2人"), as reports write it.
    if (f?.current === undefined || (k > 0 && f.current === 0)) return [];
    return [`${word}${n(f.current)}${unit}`];
  });
  if (!shown.length) return undefined;
  // The month's loss after its casualties, as the year to date's (corpus 05: 3月份 0.55万元, −99.97%).
  const loss = lossOf(b);
  const unit = loss?.indicator.unit ?? "";
  const lossText = loss ? `，直接经济损失${zhAbout(loss.currentSource)}${formatNumber(loss.current!, 4)}${unit}${zhVerify(loss.currentSource, unit)}` : "";
  const changes = [...FIGURES.map(([id]) => [id, figureOf(b, id)] as const), ["direct_loss", loss] as const].flatMap(([id, f]) => {
    const c = f && changeOf(f, o);
    return c ? [`${LEAD[id]}${c}`] : [];
  });
  const ring = FIGURES.flatMap(([id]) => {
    const f = figureOf(b, id);
    const c = f && changeOf(againstMonthBefore(f), o);
    return c ? [`${LEAD[id]}${c}`] : [];
  });
  // Without the year-earlier month, the 同比 the table states (rule 26), of the figures shown.
  const listed = FIGURES.map(([id], k): [string, BlockFigure | undefined] => {
    const f = figureOf(b, id);
    return [id, f?.current === undefined || (k > 0 && f.current === 0) ? undefined : f];
  });
  listed.push(["direct_loss", loss]);
  const stated = changes.length ? "" : zhStatedChanges(listed, grouped);
  const yoy = changes.length ? `，同比${changes.join("，")}` : stated ? `，同比${stated}` : "";
  // Without last month's figures, the 环比 the table states (广州 2022年12月: "环比事故起数上升52.4%、…受伤人数持平").
  const statedMom = ring.length ? "" : zhStatedChanges(asRing(listed), false, false);
  const mom = ring.length ? `${yoy ? "；" : "，"}环比${ring.join("，")}` : statedMom ? `${yoy ? "；" : "，"}环比${statedMom}` : "";
  if (none) return mom ? `${none.replace(/。$/, "")}${mom}。` : none;
  return `其中${monthOf(b)}发生${shown.join("、")}${lossText}${yoy}${mom}。${zhLevelRows(b.levels)}`;
}

/** The figures with their stated 环比 in place of their stated 同比, for the stated-change phrasing. */
function asRing(listed: readonly (readonly [string, BlockFigure | undefined])[]): [string, BlockFigure | undefined][] {
  return listed.map(([id, f]): [string, BlockFigure | undefined] => {
    if (!f) return [id, f];
    const { stated: _yearAgo, statedRing, ...rest } = f;
    return [id, statedRing ? { ...rest, stated: statedRing } : rest];
  });
}

/** A month's figure set against last month instead of a year earlier (环比). */
function againstMonthBefore(f: BlockFigure): BlockFigure {
  const { previous: _yearAgo, monthBefore, ...rest } = f;
  return monthBefore === undefined ? rest : { ...rest, previous: monthBefore };
}

/** "Compared with November 2023, accidents rose by 8 (53.3%) and deaths by 5 (33.3%), while injuries rose by 6 from none the month before." */
function ringSentenceEn(b: SectionBlock, o: NarrativeContext["options"]): string | undefined {
  const pairs: IndicatorPair[] = FIGURES.flatMap(([id, , unit, word]) => {
    const f = figureOf(b, id);
    if (f?.current === undefined || f.monthBefore === undefined) return [];
    return [{ indicator: id, name: plural(word, 2), classifier: unit, unit, current: { value: f.current }, previous: { value: f.monthBefore } }];
  });
  const items = changeItems(pairs, o);
  const before = b.monthBeforePeriod ? englishPeriodText(b.monthBeforePeriod) : "";
  if (!items.length) {
    const listed = FIGURES.map(([id]): [string, BlockFigure | undefined] => [id, figureOf(b, id)]);
    return enStatedChanges(asRing(listed), `Compared with ${before || "the month before"}`).trim() || undefined;
  }
  return enChangeSentence(items, (p) => p.name, `Compared with ${before || "the month before"}`, undefined, "the month before");
}

/** " Its direct economic loss was CNY 5,500 (down 99.97% year on year).", or "" where the month states none. */
function lossEn(b: SectionBlock, o: NarrativeContext["options"], month: string): string {
  const loss = lossOf(b);
  if (!loss) return "";
  const c = enChange(loss, o) ?? enStatedChange(loss);
  const money = enMoney(loss.current! * loss.indicator.toBase);
  return ` The direct economic loss in ${month} was ${enAbout(loss.currentSource)}${money}${c ? ` (${c})` : ""}${enVerify(loss.currentSource, true)}.`;
}

function clauseEn(b: SectionBlock, o: NarrativeContext["options"]): string | undefined {
  const items = FIGURES.flatMap(([id, , , words]) => {
    const f = figureOf(b, id);
    if (f?.current === undefined) return [];
    const c = enChange(f, o) ?? enStatedChange(f);
    return [`${enFigure(f.current)} ${plural(words, f.current)}${c ? ` (${c})` : ""}`];
  });
  if (!items.length) return undefined;
  const ring = ringSentenceEn(b, o);
  const none = noAccidentMonth(b, o, "en");
  if (none) return `${none}${ring ? ` ${ring}` : ""}`;
  // "July 2022 alone had 33 accidents …", never "Of these, July 2022 had …": the sentence before it is a
  // change or a level sentence, whose subset the month is not.
  const month = (b.period && englishPeriodText(b.period)) || "The month";
  return `${month} alone had ${enJoin(items)}.${lossEn(b, o, month)}${enLevelRows(b.levels)}${ring ? ` ${ring}` : ""}`;
}

/**
 * The accident paragraph with the month's clause joined to it, for a workbook with a monthly
 * report; the paragraph itself otherwise.
 *
 * @param base the accident paragraph module
 * @param sections the blocks of sectionFacts.ts
 * @returns the paragraph module
 */
export function withMonth(base: NarrativeParagraph, sections: SectionFacts): NarrativeParagraph {
  const b = monthBlock(sections);
  if (!b) return base;
  return {
    id: base.id,
    zh: (c: NarrativeContext) => {
      const text = base.zh(c);
      const clause = clauseZh(b, c.options, groupedStyle(c.facts, c.options));
      // The month is its own sentence after more than one sentence, or alone (monthClause.ts).
      return clause ? joinMonth(text, clause, monthOf(b), areaWord(c.facts)) : text;
    },
    en: (c: NarrativeContext) => {
      const clause = clauseEn(b, c.options);
      const text = base.en(c);
      return [text, clause].filter((s): s is string => !!s).join(" ") || undefined;
    },
  };
}
