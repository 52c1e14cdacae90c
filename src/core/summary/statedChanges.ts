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
 * The 环比 a table states without last month's figures (广州 2022年12月: "环比事故起数上升52.4%、死亡人数上升52.6%、受伤
 * 人数持平", corpus 04): its stated changes against 上月, under their own names so they are never told as a 同比.
 *
 * @param whole the facts of the table's whole (one group of a monthly report)
 * @param indicators the block's indicators, in order
 * @param stated a fact as the workbook states it, given the factor of the unit it is shown in
 * @returns the stated 环比, empty where none is stated
 * @example statedRing(corpus04.month, indicators, stated).statedRingPct?.[0].value // 52.4
 */
export function statedRing(
  whole: readonly Fact[],
  indicators: readonly BlockIndicator[],
  stated: (fact: Fact | undefined, factor: number) => BlockValue,
): StatedChanges {
  const ring = statedChanges(whole, indicators, stated, "month_before");
  return {
    ...(ring.statedChange ? { statedRingChange: ring.statedChange } : {}),
    ...(ring.statedChangePct ? { statedRingPct: ring.statedChangePct } : {}),
  };
}
