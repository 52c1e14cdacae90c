/**
 * The change against the mean of earlier years a table states (issue 22, "several years"; docs/report-rules.md rule
 * 20): told as the release tells it, from its cells, after the 同比 — "与近5年同期均值相比，受灾人次、因灾死亡人数和直接
 * 经济损失分别下降83%、91%和7%。" (应急管理部 2022年1月: "与近5年同期均值相比，分别下降83%、91%和7%", corpus 42),
 * "与近三年平均值相比，事故起数、死亡人数和受伤人数分别下降13.3%、6%和30.2%。" (广州 2022年, corpus 04). The mean is the
 * table's words; the percents keep the decimals they are stated with; the table holds no earlier years, so nothing
 * is recomputed and a stated cell the 核对 flags, or the change of a figure that is itself 待核实, is not told.
 * English: "Compared with the average of the same period of the previous five years, the number of people affected
 * fell by 83%, deaths by 91% and the direct economic loss by 7%."
 */
import { enList, enStatedPct, statedPct } from "./figures";
import type { BlockFigure } from "./sectionFigures";

const COUNTS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ENGLISH_COUNTS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

interface Move {
  readonly f: BlockFigure;
  readonly pct: number;
  readonly way: "up" | "down" | "flat";
}

function movesOf(figures: readonly BlockFigure[]): { words: string; moves: Move[] } | undefined {
  const moves = figures.flatMap((f): Move[] => {
    const v = f.statedMean?.pct;
    if (!v || v.check || v.error || v.value === null || !Number.isFinite(v.value) || f.flagged || f.currentSource?.check) return [];
    return [{ f, pct: v.value, way: v.value > 0 ? "up" : v.value < 0 ? "down" : "flat" }];
  });
  const words = moves[0]?.f.statedMean?.words;
  return words ? { words, moves: moves.filter((m) => m.f.statedMean?.words === words) } : undefined;
}

function ways(moves: readonly Move[]): Move[][] {
  const order = [...new Set(moves.map((m) => m.way))];
  return order.map((w) => moves.filter((m) => m.way === w));
}

/** "a、b和c". */
function zhAnd(list: readonly string[]): string {
  return list.length <= 1 ? list.join("") : `${list.slice(0, -1).join("、")}和${list[list.length - 1]}`;
}

/**
 * "与近5年同期均值相比，受灾人次、因灾死亡人数和直接经济损失分别下降83%、91%和7%。"
 *
 * @param figures the figures the paragraph lists, in its order
 * @param name the Chinese name of a figure in the clause (受灾人次, 事故起数)
 * @returns the sentence, or "" where the table states no such change
 */
export function zhStatedMean(figures: readonly BlockFigure[], name: (f: BlockFigure) => string): string {
  const found = movesOf(figures);
  if (!found?.moves.length) return "";
  const clauses = ways(found.moves).map((group) => {
    const names = zhAnd(group.map((m) => name(m.f)));
    if (group[0].way === "flat") return `${names}${group.length > 1 ? "均" : ""}持平`;
    const verb = group[0].way === "up" ? "上升" : "下降";
    const pcts = group.map((m) => `${statedPct(m.pct, m.f.statedMean?.pct)}%`);
    return group.length > 1 ? `${names}分别${verb}${zhAnd(pcts)}` : `${names}${verb}${pcts[0]}`;
  });
  return `与${found.words}相比，${clauses.join("，")}。`;
}

/** "the average of the same period of the previous five years", from the table's words ("近5年同期均值"). */
export function englishMean(words: string): string {
  const m = /(?:近|前|过去)(\d+|[一二两三四五六七八九十])年/.exec(words);
  const count = m ? (/^\d+$/.test(m[1]) ? Number(m[1]) : COUNTS[m[1]]) : undefined;
  const years = count ? `the previous ${ENGLISH_COUNTS[count] ?? count} years` : "recent years";
  return /同期/.test(words) ? `the average of the same period of ${years}` : `the average of ${years}`;
}

/**
 * " Compared with the average of the same period of the previous five years, the number of people affected fell by
 * 83%, deaths by 91% and the direct economic loss by 7%."
 *
 * @param figures the figures the paragraph lists, in its order
 * @param name the English noun of a figure ("accidents", "the number of people affected")
 * @returns the sentence with a leading space, or ""
 */
export function enStatedMean(figures: readonly BlockFigure[], name: (f: BlockFigure) => string): string {
  const found = movesOf(figures);
  if (!found?.moves.length) return "";
  const parts = ways(found.moves).map((group) => {
    if (group[0].way === "flat")
      return `${enList(group.map((m) => name(m.f)))} ${group.length > 1 || !/^the /.test(name(group[0].f)) ? "were" : "was"} unchanged`;
    const verb = group[0].way === "up" ? "rose" : "fell";
    return enList(group.map((m, k) => `${name(m.f)} ${k === 0 ? `${verb} ` : ""}by ${enStatedPct(m.pct, m.f.statedMean?.pct)}%`));
  });
  const body = parts.length > 1 ? `${parts.slice(0, -1).join(", ")}, while ${parts[parts.length - 1]}` : parts[0];
  return ` Compared with ${englishMean(found.words)}, ${body}.`;
}
