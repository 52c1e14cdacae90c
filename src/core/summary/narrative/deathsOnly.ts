/**
 * A source that states the year's work-safety deaths but no accident count (国家统计局's 统计公报: "全年各类
 * 生产安全事故共死亡21242人，比上年下降4.7%"): the 综述 tells the deaths as the source does, with the change
 * it states, and never an accident count it does not give. A block of 较大 levels only is no whole and is
 * not told here.
 */
import { enFigure, type BlockFigure } from "./sectionFigures";
import { enVerify, n, zhVerify } from "./figures";
import type { FiguresPeriod } from "../../periods/figuresPeriod";
import { englishPeriodText } from "../../periods/periodText";

/**
 * Whether a period is a whole year, compared with the year before (比上年, 与上年相比); any other period is compared
 * with the same period a year earlier (同比).
 *
 * @param period the period
 * @returns true for a whole year
 */
export function wholeYear(period: FiguresPeriod | undefined): boolean {
  return period !== undefined && period.year !== undefined && period.startMonth === undefined && period.start === undefined;
}

/**
 * The percent change the source states for the deaths, as sourced: one the 核对 flags is told with 待核实 (as every
 * stated change is: narrative/statedChanges.ts), never dropped without a word.
 */
function statedPct(deaths: BlockFigure): { pct?: number; toVerify: boolean } {
  const source = deaths.stated?.pct;
  const value = source?.error ? undefined : source?.value;
  const pct = value === null || value === undefined || !Number.isFinite(value) ? undefined : value;
  return { ...(pct !== undefined ? { pct } : {}), toVerify: !!source?.check };
}

/**
 * "2023年，全国各类生产安全事故共死亡21242人，比上年下降4.7%。"; a flagged percent "…比上年下降4.7%（待核实，见核对）。"
 *
 * @param deaths the block's deaths
 * @param period the block's period (or the sheet's)
 * @param area the region word ("全国"), or ""
 * @returns the sentence
 */
export function deathsOnlyZh(deaths: BlockFigure & { current: number }, period: FiguresPeriod | undefined, area: string): string {
  const { pct, toVerify } = statedPct(deaths);
  const against = wholeYear(period) ? "比上年" : "同比";
  const verify = toVerify ? "（待核实，见核对）" : "";
  const change = pct === undefined ? "" : pct === 0 ? `，${against}持平${verify}` : `，${against}${pct < 0 ? "下降" : "增长"}${Math.abs(pct)}%${verify}`;
  return `${period ? `${period.label}，` : ""}${area}各类生产安全事故共死亡${n(deaths.current)}人${zhVerify(deaths.currentSource, "人")}${change}。`;
}

/**
 * "In 2023, work-safety accidents nationwide killed 21,242 people, 4.7% fewer than the year before."; a flagged percent
 * "…, 4.7% fewer than the year before (to be verified; see the checks)."
 *
 * @param deaths the block's deaths
 * @param period the block's period (or the sheet's)
 * @param where the place after the subject (" nationwide" for 全国: englishWhere), or ""
 * @returns the sentence
 */
export function deathsOnlyEn(deaths: BlockFigure & { current: number }, period: FiguresPeriod | undefined, where = ""): string {
  const { pct, toVerify } = statedPct(deaths);
  const before = wholeYear(period) ? "the year before" : "a year earlier";
  const verify = toVerify ? " (to be verified; see the checks)" : "";
  const change =
    pct === undefined ? "" : pct === 0 ? `, as many as ${before}${verify}` : `, ${Math.abs(pct)}% ${pct < 0 ? "fewer" : "more"} than ${before}${verify}`;
  const when = period ? `In ${period.start ? "the period " : ""}${englishPeriodText(period)}, w` : "W";
  const people = deaths.current === 1 ? "person" : "people";
  return `${when}ork-safety accidents${where} killed ${enFigure(deaths.current)} ${people}${enVerify(deaths.currentSource)}${change}.`;
}
