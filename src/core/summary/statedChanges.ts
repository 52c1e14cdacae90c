/**
 * The 同比 a table states for its whole where it gives no year-earlier figure (issue 22, "stated 同比"): a
 * change column (增减, 比上年增减) in the indicator's unit and a percent column (增减幅度, 同比%, 比上年增长(%)).
 * Releases print these as they are ("同比下降44.4%", corpus 44); the base they were computed from is never
 * rebuilt from them. A block keeps each stated cell beside the figure it is about, with the 核对's word on it
 * (facts/cellChecks.ts), so the 综述 can tell it or say 待核实, and the report can trace it to its cell.
 */
import type { Fact } from "../facts";
import type { BlockIndicator, BlockValue } from "./sectionFacts";

/** The stated changes of a block's whole, one entry per indicator (a missing value where none is stated). */
export interface StatedChanges {
  /** 增减 in the unit the figure is shown in (起, 人, 万元). */
  readonly statedChange?: readonly BlockValue[];
  /** 增减幅度 in percent (−44.4 for a fall of 44.4%). */
  readonly statedChangePct?: readonly BlockValue[];
  /** The 环比 the table states against last month where it gives no 上月 figure: 增减, in the figure's unit. */
  readonly statedRingChange?: readonly BlockValue[];
  /** The stated 环比 in percent (52.4 for a rise of 52.4% on last month; corpus 04). */
  readonly statedRingPct?: readonly BlockValue[];
  /** The change in percent against the mean of earlier years the table states ("较近5年同期均值(%)" −83, corpus 42). */
  readonly statedMeanPct?: readonly BlockValue[];
  /** That mean as the table words it ("近5年同期均值", "近三年平均值"). */
  readonly meanWords?: string;
}

const MISSING: BlockValue = { value: null };

/**
 * The stated 同比 of each indicator's whole in a list of the whole's facts: never of a part named by kind,
 * never a 环比 (a change against last month), and nothing at all where no indicator has one.
 *
 * @param whole the facts of the table's whole (one group of a monthly report)
 * @param indicators the block's indicators, in order
 * @param stated a fact as the workbook states it, given the factor of the unit it is shown in
 * @returns the stated changes, each list as long as `indicators`; empty where none is stated
 * @example statedChanges(corpus44.whole, indicators, stated).statedChangePct?.[0].value // -44.4
 */
export function statedChanges(
  whole: readonly Fact[],
  indicators: readonly BlockIndicator[],
  stated: (fact: Fact | undefined, factor: number) => BlockValue,
  against: "year_ago" | "month_before" = "year_ago",
): StatedChanges {
  const of = (measure: "change" | "change_pct") =>
    indicators.map((ind) => {
      if (ind.part !== undefined) return MISSING;
      const fact = whole.find((f) => f.indicator === ind.id && f.measure === measure && f.base?.relation === against);
      // A change is in the figure's unit (万元 of a loss shown in 万元); a percent is a percent.
      return fact ? stated(fact, measure === "change" ? ind.toBase : 1) : MISSING;
    });
  const change = of("change");
  const pct = of("change_pct");
  const any = (values: readonly BlockValue[]) => values.some((v) => v.value !== null || v.error !== undefined);
  return { ...(any(change) ? { statedChange: change } : {}), ...(any(pct) ? { statedChangePct: pct } : {}) };
}

/**
 * The other changes a table states, under their own names so they are never told as a 同比: the 环比 it states
 * without last month's figures (广州 2022年12月: "环比事故起数上升52.4%、死亡人数上升52.6%、受伤人数持平", corpus 04), and
 * the change against the mean of earlier years ("与近三年平均值相比分别下降13.3%、6.0%、30.2%", corpus 04; "与近5年同期
 * 均值相比，分别下降83%、91%和7%", 应急管理部 2022年1月, corpus 42).
 *
 * @param whole the facts of the table's whole (one group of a monthly report)
 * @param indicators the block's indicators, in order
 * @param stated a fact as the workbook states it, given the factor of the unit it is shown in
 * @param ring whether to take the stated 环比 (not where the table gives last month's figures)
 * @returns the stated 环比 and the changes against the mean, empty where none is stated
 * @example statedBesides(corpus04.month, indicators, stated, true).statedRingPct?.[0].value // 52.4
 */
export function statedBesides(
  whole: readonly Fact[],
  indicators: readonly BlockIndicator[],
  stated: (fact: Fact | undefined, factor: number) => BlockValue,
  ring: boolean,
): StatedChanges {
  const r = ring ? statedChanges(whole, indicators, stated, "month_before") : {};
  const means = indicators.map((ind) => {
    const fact = ind.part === undefined ? whole.find((f) => f.indicator === ind.id && f.measure === "change_pct" && f.base?.mean) : undefined;
    return fact ? { value: stated(fact, 1), words: fact.base!.label } : undefined;
  });
  const words = means.find((m) => m !== undefined)?.words;
  return {
    ...(r.statedChange ? { statedRingChange: r.statedChange } : {}),
    ...(r.statedChangePct ? { statedRingPct: r.statedChangePct } : {}),
    ...(words !== undefined ? { statedMeanPct: means.map((m) => (m && m.words === words ? m.value : MISSING)), meanWords: words } : {}),
  };
}
