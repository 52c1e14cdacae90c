/**
 * Helpers of the indicator-section paragraphs (disasters, training and plans, the month of a
 * monthly report): a block's figure by indicator, and change phrases in the block's own unit.
 */
import { formatDecimal, roundedRatio } from "../../numbers/decimal";
import { formatNumber } from "../../numbers/format";
import { changeText } from "../../text/changeText";
import { enList } from "./figures";
import type { SummaryOptions } from "../options";
import type { BlockIndicator, BlockValue, SectionBlock } from "../sectionFacts";
import { indexOfWhole } from "../sectionFacts";

/** One indicator of a block with its figures (undefined when the source left them out). */
export interface BlockFigure {
  readonly indicator: BlockIndicator;
  readonly current?: number;
  readonly previous?: number;
  /** Last month's figure (上月), the base of 环比. */
  readonly monthBefore?: number;
  /** The current figure as sourced: its open 核对 finding or error cell (facts/cellChecks.ts), for 待核实. */
  readonly currentSource?: BlockValue;
  /** Whether an open finding or an error cell stands against the current or the previous figure: no change is written from them. */
  readonly flagged?: boolean;
  /** The cells of the 同比 the source states where it gives no year-earlier figure (增减, 增减幅度), as sourced, 核对 flags and all. */
  readonly stated?: { readonly change?: BlockValue; readonly pct?: BlockValue };
  /** The cells of the 环比 the source states where it gives no 上月 figure, as sourced. */
  readonly statedRing?: { readonly change?: BlockValue; readonly pct?: BlockValue };
  /** The change in percent against the mean of earlier years the source states, with the mean's words ("近5年同期均值"). */
  readonly statedMean?: { readonly pct: BlockValue; readonly words: string };
}

/**
 * The figures of one indicator in a block.
 *
 * @param block the block
 * @param id the indicator id
 * @returns the indicator and its current and previous figures, or undefined when the block lacks it
 */
export function figureOf(block: SectionBlock | undefined, id: string): BlockFigure | undefined {
  if (!block) return undefined;
  const k = indexOfWhole(block, id);
  if (k < 0) return undefined;
  const num = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? undefined : x);
  const current = num(block.total.current[k]?.value);
  const previous = num(block.total.previous?.[k]?.value);
  const monthBefore = num(block.total.monthBefore?.[k]?.value);
  const statedSource = block.total.statedChangePct?.[k];
  const currentSource = block.total.current[k];
  const previousSource = block.total.previous?.[k];
  const flagged = [currentSource, previousSource].some((v) => v?.check || v?.error);
  const given = (v: BlockValue | undefined) => (v && (v.value !== null || v.error) ? v : undefined);
  const [change, pct] = [given(block.total.statedChange?.[k]), given(statedSource)];
  const [ringChange, ringPct] = [given(block.total.statedRingChange?.[k]), given(block.total.statedRingPct?.[k])];
  const meanPct = given(block.total.statedMeanPct?.[k]);
  const words = block.total.meanWords;
  return {
    ...(change || pct ? { stated: { ...(change ? { change } : {}), ...(pct ? { pct } : {}) } } : {}),
    ...(meanPct && words ? { statedMean: { pct: meanPct, words } } : {}),
    ...(ringChange || ringPct ? { statedRing: { ...(ringChange ? { change: ringChange } : {}), ...(ringPct ? { pct: ringPct } : {}) } } : {}),
    ...(currentSource ? { currentSource } : {}),
    ...(flagged ? { flagged } : {}),
    indicator: block.indicators[k],
    ...(current !== undefined ? { current } : {}),
    ...(previous !== undefined ? { previous } : {}),
    ...(monthBefore !== undefined ? { monthBefore } : {}),
  };
}

/**
 * The 同比 phrase of a figure in its own unit ("增加32.35万人次、上升11.5%"), or undefined without a previous figure.
 *
 * @param f the figure
 * @param o the options (decimals, zero-base style)
 * @param language zh or en
 * @returns the phrase
 */
export function changeOf(f: BlockFigure, o: SummaryOptions, language: "zh" | "en" = "zh"): string | undefined {
  if (f.current === undefined || f.previous === undefined || f.flagged) return undefined;
  return changeText(f.current, f.previous, {
    unit: language === "zh" ? f.indicator.unit : "",
    decimals: o.percentDecimals,
    stripTrailingZeros: o.stripTrailingZeros,
    zeroBase: o.zeroBase,
    language,
  });
}

/**
 * A figure as English prose writes it, with thousands separators ("334,436", "312.45").
 *
 * @param x the number
 * @returns the text
 * @example enFigure(334436) // "334,436"
 */
export function enFigure(x: number): string {
  const [int, frac] = formatNumber(Math.abs(x), 2).split(".");
  return `${x < 0 ? "-" : ""}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`;
}

/** An English list ("a", "a and b", "a, b and c"): figures.ts's enList, one rule under the name these paragraphs use. */
export const enJoin = enList;

/**
 * The crops sentence of a disaster paragraph, the verb once for the parts: "Crops were affected on 16,498.4
 * hectares, of which 7,664.9 hectares were damaged and 1,102.8 hectares lost." — hectares in words, as
 * releases print them, never "ha" and never a clipped "of which 17,070 hectares lost" (rule 16).
 *
 * @param crops the areas in release order (affected, damaged, lost), each formatted and with its verb
 * @returns the sentence, or undefined without any
 */
export function enCropsSentence(crops: readonly { readonly x: string; readonly word: string }[]): string | undefined {
  if (!crops.length) return undefined;
  const [head, ...parts] = crops;
  const of = parts.map((c, k) => `${c.x} hectares ${k === 0 ? "were " : ""}${c.word}`);
  return `Crops were ${head.word} on ${head.x} hectares${of.length ? `, of which ${enJoin(of)}` : ""}.`;
}

/**
 * The English change of a figure as a release writes it, the percent without a sign and never nested
 * ("down 25% year on year", "up 1 from zero", "unchanged"; docs/report-rules.md rule 16), or
 * undefined without a previous figure.
 *
 * @param f the figure
 * @param o the options (decimals)
 * @returns the phrase, with "year on year"
 * @example enChange({ …, current: 3, previous: 4 }, o) // "down 25% year on year"
 */
export function enChange(f: BlockFigure, o: SummaryOptions): string | undefined {
  if (f.current === undefined || f.previous === undefined) return undefined;
  const delta = f.current - f.previous;
  if (delta === 0) return "unchanged year on year";
  const move = delta > 0 ? "up" : "down";
  if (f.previous === 0) return `${move} ${enFigure(Math.abs(delta))} from zero a year earlier`;
  const pct = formatDecimal(roundedRatio(Math.abs(delta), Math.abs(f.previous), 100, o.percentDecimals), o.stripTrailingZeros);
  return `${move} ${pct}% year on year`;
}

/**
 * A count as an English release prints it, in base units (issue 22, English): 万人次 are
 * person-times times 10,000, 人 people, other units the noun the sentence gives; from a million up,
 * "3.12 million" (two decimals, as Xinhua prints "39.14 million").
 *
 * @param x the figure in the unit written
 * @param unit the unit written (人次, 万人次, 人, 次, 场次 …)
 * @param noun what is counted when the unit is not people ("safety training sessions")
 * @param times what a count in 人次 is called ("attendances" of training; "person-times" by default)
 * @returns the count with its noun
 * @example enCount(2.53, "万人次", "trainees") // "25,300 person-times"
 */
export function enCount(x: number, unit: string, noun: string, times = "person-times"): string {
  const base = unit.startsWith("万") ? x * 1e4 : x;
  const number = base >= 1e6 ? `${formatNumber(base / 1e6, 2)} million` : enFigure(base);
  const counted = unit.endsWith("人次") ? times : unit.endsWith("人") ? (base === 1 ? "person" : "people") : noun;
  return `${number} ${counted}`;
}
