/**
 * A month's table beside its year-to-date table (corpus 22: "（一）4月份情况" over "（二）1-4月份累计情况"
 * on one sheet). The fixed paragraph reads the month (the report period its title names); the 综述
 * tells the year to date first and the month after it, as monthly reports write them (rule 24):
 * "2023年1—4月，全区共发生各类生产安全事故2起、死亡1人、受伤1人，同比均持平；其中4月未发生生产安全事故，
 * 同比事故起数减少2起、死亡人数减少1人、受伤人数减少1人。"
 */
import { figuresOf, type FiguresPeriod } from "../../periods/figuresPeriod";
import { parsePeriodText } from "../../periods/parsePeriod";
import type { SummaryFacts } from "../facts";
import type { SectionBlock, SectionFacts } from "../sectionFacts";
import { accidentsPart } from "./accidents";
import { blockPair } from "./blockParagraphs";
import { joinMonth } from "./monthClause";
import { areaWord } from "./region";
import { figureOf } from "./sectionFigures";
import type { NarrativeContext, NarrativeParagraph } from "./types";

/** The report period when it is one month of a year ("2023年4月"). */
function reportMonth(facts: SummaryFacts): FiguresPeriod | undefined {
  const span = parsePeriodText(facts.period)?.span;
  if (!span || span.kind !== "month" || span.year === undefined || span.startMonth !== span.endMonth) return undefined;
  return figuresOf(span);
}

/** The year-to-date accident block ending with the report month: January to that month of the same year. */
function yearToDateBlock(sections: SectionFacts, month: FiguresPeriod): SectionBlock | undefined {
  return sections.blocks.find(
    (b) =>
      b.section === "accidents" &&
      b.group === undefined &&
      b.period?.year === month.year &&
      b.period?.startMonth === 1 &&
      b.period.endMonth === month.endMonth &&
      month.endMonth !== 1 &&
      figureOf(b, "accident_count")?.current !== undefined,
  );
}

/** The year to date as the accident paragraph's facts: the block's wholes over the same area, nothing of the month's. */
function yearToDateFacts(facts: SummaryFacts, b: SectionBlock): SummaryFacts {
  const accidents = ["accident_count", "deaths", "injured"].flatMap((id) => {
    const f = figureOf(b, id);
    return f?.current === undefined ? [] : [blockPair(id, f)];
  });
  const { area, place, coverage, accidentsStatus } = facts;
  return { area, place, coverage, accidentsStatus, period: b.period!.label, accidents };
}

/**
 * The accident paragraph with the year to date first, where the report period is a month and another
 * table gives January to that month; the paragraph itself otherwise.
 *
 * @param base the accident paragraph module
 * @param sections the blocks of sectionFacts.ts
 * @returns the paragraph module
 */
export function withYearToDate(base: NarrativeParagraph, sections: SectionFacts): NarrativeParagraph {
  const told = (c: NarrativeContext, language: "zh" | "en") => {
    const own = language === "zh" ? base.zh(c) : base.en(c);
    const month = reportMonth(c.facts);
    const b = month && yearToDateBlock(sections, month);
    if (!month || !b || !own) return own;
    const year = { ...c, facts: yearToDateFacts(c.facts, b) };
    const first = language === "zh" ? base.zh(year) : base.en(year);
    const part = accidentsPart(c, month, language);
    if (!first || !part) return own;
    return language === "zh" ? joinMonth(first, part, month.short, areaWord(c.facts)) : `${first} ${part}`;
  };
  return { id: base.id, zh: (c) => told(c, "zh"), en: (c) => told(c, "en") };
}
