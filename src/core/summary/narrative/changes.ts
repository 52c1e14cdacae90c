/**
 * The 同比 clause over several indicators, in both languages: one by one ("事故起数增加3起、上升15%，
 * 死亡人数…"), grouped with 分别 ("事故起数减少3起，死亡人数减少6人，分别下降6.7%、11.8%"), and the
 * English sentence with its verb once per direction ("accidents rose by 3 (15%), deaths by 5 (23.8%) …"). Rule 3 of
 * docs/report-rules.md.
 */
import { compare, type Comparison } from "../../compare/compare";
import { formatDecimal, isZeroDecimal, roundedRatio } from "../../numbers/decimal";
import { changeText } from "../../text/changeText";
import type { IndicatorPair } from "../facts";
import type { SummaryOptions } from "../options";
import { enList, enNumber, n, present } from "./figures";

/** One indicator's change, ready to phrase. */
export interface ChangeItem {
  readonly pair: IndicatorPair;
  readonly comparison: Comparison;
  /** up/down with a percent (a defined relative change, or the delta×100 habit against zero). */
  readonly direction?: "up" | "down";
  /** |percent| as text without "%" ("15", "23.8"); "" when it rounds to 0. */
  readonly percent?: string;
}

/**
 * The change items of the pairs that have both figures.
 *
 * @param pairs indicator pairs
 * @param o percent decimals, trailing zeros, zero-base style
 * @returns one item per comparable pair, in order
 */
export function changeItems(pairs: readonly IndicatorPair[], o: SummaryOptions): ChangeItem[] {
  return pairs.flatMap((pair) => {
    const cur = present(pair.current);
    const prev = present(pair.previous);
    if (cur === undefined || prev === undefined) return [];
    const c = compare(cur, prev);
    const pct = (base: number) => {
      const d = roundedRatio(Math.abs(c.delta), base, 100, o.percentDecimals);
      return isZeroDecimal(d) ? "" : formatDecimal(d, o.stripTrailingZeros);
    };
    if (c.state === "up" || c.state === "down" || c.state === "to_zero")
      return [{ pair, comparison: c, direction: c.delta > 0 ? "up" : "down", percent: pct(Math.abs(prev)) } as ChangeItem];
    if (c.state === "new_from_zero" && o.zeroBase === "delta_x100") return [{ pair, comparison: c, direction: c.delta > 0 ? "up" : "down", percent: pct(1) }];
    return [{ pair, comparison: c }];
  });
}

/**
 * One indicator's Chinese change ("增加3起、上升15%", "持平", "净增加1起"), optionally with a
 * descriptive word before the verb ("明显上升").
 *
 * @param item the change
 * @param o options
 * @param emphasis "明显" or ""
 * @returns the phrase
 */
export function zhChange(item: ChangeItem, o: SummaryOptions, emphasis = ""): string {
  const text = changeText(item.comparison.current, item.comparison.previous, {
    unit: item.pair.classifier,
    decimals: o.percentDecimals,
    stripTrailingZeros: o.stripTrailingZeros,
    zeroBase: o.zeroBase,
  });
  return emphasis ? text.replace(/(上升|下降)/, `${emphasis}$1`) : text;
}

/**
 * Chinese clause, one indicator after another: "事故起数增加3起、上升15%，死亡人数持平".
 *
 * @param items the changes
 * @param nameOf the indicator as the clause names it
 * @param o options
 * @param emphasis per indicator id, a descriptive word ("明显")
 * @returns the clause (without "同比")
 */
export function zhEach(items: readonly ChangeItem[], nameOf: (p: IndicatorPair) => string, o: SummaryOptions, emphasis: Record<string, string> = {}): string {
  if (items.length > 1 && items.every(isFlat)) return "均持平";
  const out: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const i = items[k];
    if (isFlat(i)) {
      // Consecutive unchanged indicators share one 持平: "事故起数、死亡人数均持平".
      let j = k;
      while (j + 1 < items.length && isFlat(items[j + 1])) j++;
      const names = items.slice(k, j + 1).map((x) => nameOf(x.pair));
      out.push(names.length > 1 ? `${names.join("、")}均持平` : `${names[0]}持平`);
      k = j;
      continue;
    }
    out.push(`${nameOf(i.pair)}${zhChange(i, o, emphasis[i.pair.indicator] ?? "")}`);
  }
  return out.join("，");
}

/**
 * Chinese clause in counts only, as MEM's releases write a level's change (国家安全监管总局 monthly releases:
 * "发生较大事故24起、死亡和下落不明92人，同比增加6起、22人"; "同比事故起数持平、人数增加2人"): a count and its deaths
 * that move the same way share one verb ("增加6起、22人"); otherwise each is named ("事故起数持平，死亡人数减少1人").
 * A small count's percent (1 against 3: 66.7%) says nothing a reader can use, so none is given.
 *
 * @param items the changes, the count first
 * @param nameOf the indicator as the clause names it
 * @returns the clause (without "同比")
 * @example zhCounts([起 24 against 18, 人 92 against 70], name) // "增加6起、22人"
 */
export function zhCounts(items: readonly ChangeItem[], nameOf: (p: IndicatorPair) => string): string {
  const amount = (i: ChangeItem) => `${n(Math.abs(i.comparison.delta))}${i.pair.classifier}`;
  const verb = (i: ChangeItem) => (i.comparison.delta > 0 ? "增加" : "减少");
  if (items.every(isFlat)) return items.length > 1 ? "均持平" : "持平";
  const moving = items.filter((i) => !isFlat(i));
  if (items.length <= 2 && moving.length === items.length && moving.every((i) => verb(i) === verb(moving[0])))
    return `${verb(moving[0])}${moving.map(amount).join("、")}`;
  return items.map((i) => `${nameOf(i.pair)}${isFlat(i) ? "持平" : `${verb(i)}${amount(i)}`}`).join("，");
}

/**
 * Whether a change is 持平 (unchanged, or zero both years).
 *
 * @param i the change
 * @returns true when unchanged
 */
export function isFlat(i: ChangeItem): boolean {
  return i.comparison.state === "flat" || i.comparison.state === "both_zero";
}

function groupable(i: ChangeItem, emphasis: Record<string, string>): boolean {
  return !!i.direction && !!i.percent && !emphasis[i.pair.indicator];
}

/**
 * Chinese clause with indicators that move the same way grouped by 分别 (T2): "事故起数减少3起，
 * 死亡人数减少6人，分别下降6.7%、11.8%，受伤人数增加1人、上升7.1%". The order of the percents is
 * the order of the indicators.
 *
 * @param items the changes
 * @param nameOf the indicator as the clause names it
 * @param o options
 * @param emphasis per indicator id, a descriptive word (such indicators stay on their own)
 * @returns the clause (without "同比")
 */
export function zhGrouped(
  items: readonly ChangeItem[],
  nameOf: (p: IndicatorPair) => string,
  o: SummaryOptions,
  emphasis: Record<string, string> = {},
): string {
  if (items.length > 1 && items.every(isFlat)) return "均持平";
  const done = new Set<ChangeItem>();
  const out: string[] = [];
  for (const item of items) {
    if (done.has(item)) continue;
    const group = groupable(item, emphasis) ? items.filter((x) => groupable(x, emphasis) && x.direction === item.direction) : [item];
    group.forEach((x) => done.add(x));
    if (group.length < 2) {
      out.push(`${nameOf(item.pair)}${zhChange(item, o, emphasis[item.pair.indicator] ?? "")}`);
      continue;
    }
    const [change, move] = item.direction === "up" ? ["增加", "上升"] : ["减少", "下降"];
    const deltas = group.map((x) => `${nameOf(x.pair)}${change}${n2(x)}${x.pair.classifier}`);
    out.push(`${deltas.join("，")}，分别${move}${group.map((x) => `${x.percent}%`).join("、")}`);
  }
  return out.join("，");
}

function n2(i: ChangeItem): string {
  return n(Math.abs(i.comparison.delta));
}

/**
 * Chinese percent-only clause for a list that shows its figures already ("同比分别下降36.8%、25%"):
 * only when every item moves the same way with a percent; undefined otherwise.
 *
 * @param items the changes, in the order the figures were listed
 * @returns "分别下降36.8%、25%" ("下降36.8%" for one), or undefined
 */
export function zhPercentsOnly(items: readonly ChangeItem[]): string | undefined {
  if (!items.length || !items.every((i) => i.direction && i.percent && i.direction === items[0].direction)) return undefined;
  const move = items[0].direction === "up" ? "上升" : "下降";
  const list = items.map((i) => `${i.percent}%`).join("、");
  return items.length === 1 ? `${move}${list}` : `分别${move}${list}`;
}

/**
 * Whether accidents and deaths both fell (双下降) or both rose (双上升).
 *
 * @param items the changes
 * @returns "down", "up", or undefined
 */
export function bothMoved(items: readonly ChangeItem[]): "up" | "down" | undefined {
  const a = items.find((i) => i.pair.indicator === "accident_count");
  const d = items.find((i) => i.pair.indicator === "deaths");
  if (!a || !d || !a.direction || a.direction !== d.direction || a.comparison.state === "new_from_zero") return undefined;
  return a.direction;
}

/** One change after its verb: "by 3 (15%)", "by 1 from none a year earlier". */
function enBy(i: ChangeItem, amount: (p: IndicatorPair, x: number) => string, base: string): string {
  const delta = amount(i.pair, Math.abs(i.comparison.delta));
  if (!i.direction) return `by ${delta} from none${base ? ` ${base}` : ""}`;
  return `by ${delta} (${i.percent ? `${i.percent}%` : "less than 0.1%"})`;
}

/**
 * The English comparison as a sentence of its own, as releases write it (issue 22, English): the
 * verb said once per direction, never a bracketed list of percents —
 * "Compared with a year earlier, accidents rose by 3 (15%), deaths by 5 (23.8%) and injuries by 5 (83.3%)."
 * "Compared with a year earlier, accidents fell by 3 (6.7%), while deaths were unchanged."
 *
 * @param items the changes
 * @param nameOf the indicator in English, plural ("accidents")
 * @param opening what the sentence compares with ("Compared with a year earlier"); "" when a sentence before said it
 * @param amount how a change is written (a count by default; money as "CNY 0.12 million")
 * @param base when the figures compared with were, for a rise from none ("a year earlier", "in November 2023")
 * @returns the sentence, "" without items
 * @example enChangeSentence(items, (p) => "accidents") // "Compared with a year earlier, accidents rose by 3 (15%)."
 */
export function enChangeSentence(
  items: readonly ChangeItem[],
  nameOf: (p: IndicatorPair) => string,
  opening = "Compared with a year earlier",
  amount: (p: IndicatorPair, x: number) => string = (_, x) => enNumber(x),
  base = "a year earlier",
): string {
  if (!items.length) return "";
  const way = (i: ChangeItem) => (isFlat(i) ? "flat" : i.comparison.delta > 0 ? "up" : "down");
  const parts: string[] = [];
  const directions = [...new Set(items.map(way))];
  // "from none" says when once: not at all where the opening says it ("Compared with a year earlier, … rose by 1
  // from none"), else after the last rise from none ("accidents rose by 2 from none, deaths by 2 from none a year earlier").
  const order = directions.flatMap((d) => items.filter((i) => way(i) === d));
  const lastFromNone = opening ? undefined : [...order].reverse().find((i) => !i.direction && !isFlat(i));
  // Each direction once, in the order its first indicator comes.
  for (const direction of directions) {
    const group = items.filter((i) => way(i) === direction);
    if (direction === "flat") parts.push(`${enList(group.map((i) => nameOf(i.pair)))} were unchanged`);
    else
      parts.push(
        enList(
          group.map((i, k) => `${nameOf(i.pair)} ${k === 0 ? (direction === "up" ? "rose " : "fell ") : ""}${enBy(i, amount, i === lastFromNone ? base : "")}`),
        ),
      );
  }
  const body = parts.length > 1 ? `${parts.slice(0, -1).join(", ")}, while ${parts[parts.length - 1]}` : parts[0];
  return opening ? `${opening}, ${body}.` : `${body}.`;
}
