/**
 * The 同比 of the disaster paragraph as MEM writes it (issue 22, "the changes are grouped with 分别";
 * docs/report-rules.md rule 15): the indicators that moved the same way share one 分别 clause of
 * percents, named as releases name them — "与去年同期相比，受灾人次、紧急转移安置人次、倒塌房屋数量和直接经济
 * 损失分别上升11.5%、11.4%、7.7%和5.9%，因灾死亡失踪人数下降19%。" (MEM: "因灾死亡失踪人口、倒塌房屋数量和
 * 直接经济损失分别减少47%、79%和53%"). A change without a percent (from zero) keeps its amount and unit
 * ("倒塌房屋数量净增加3间"); unchanged ones share one 持平. English gives the verb once per direction:
 * "Compared with a year earlier, the number of people affected rose by 11.5%, relocations by 11.4% …,
 * while the number of people dead or missing fell by 19%."
 */
import type { IndicatorPair } from "../facts";
import type { SummaryOptions } from "../options";
import { changeItems, isFlat, zhChange, type ChangeItem } from "./changes";
import { enList, enNumber } from "./figures";
import type { BlockFigure } from "./sectionFigures";

/** MEM's names for the changes (受灾人次, 倒塌房屋数量); 人次 or 人 as the workbook counts them. */
export function zhName(f: BlockFigure): string {
  const times = f.indicator.unit.endsWith("人次");
  const names: Readonly<Record<string, string>> = {
    affected_pop: times ? "受灾人次" : "受灾人数",
    dz_deaths_missing: "因灾死亡失踪人数",
    dz_deaths: "因灾死亡人数",
    dz_missing: "失踪人数",
    relocated: times ? "紧急转移安置人次" : "紧急转移安置人数",
    evacuated: times ? "紧急避险转移人次" : "紧急避险转移人数",
    rooms_collapsed: "倒塌房屋数量",
    rooms_severe: "严重损坏房屋数量",
    rooms_moderate: "一般损坏房屋数量",
  };
  return names[f.indicator.id] ?? f.indicator.name;
}

/** The English noun a release uses ("the number of people affected", "collapsed rooms"). */
export function enName(f: BlockFigure): string {
  const names: Readonly<Record<string, string>> = {
    affected_pop: "the number of people affected",
    dz_deaths_missing: "the number of people dead or missing",
    dz_deaths: "deaths",
    dz_missing: "missing persons",
    relocated: "relocations",
    evacuated: "evacuations",
    need_relief: "the number of people needing emergency assistance",
    rooms_collapsed: "collapsed rooms",
    rooms_severe: "severely damaged rooms",
    rooms_moderate: "moderately damaged rooms",
    crop_affected_ha: "the crop area affected",
    crop_damaged_ha: "the crop area damaged",
    crop_failure_ha: "the crop area lost",
    dz_direct_loss: "the direct economic loss",
  };
  return names[f.indicator.id] ?? `the ${f.indicator.english}`;
}

function items(figures: readonly BlockFigure[], o: SummaryOptions): ChangeItem[] {
  const pairs: IndicatorPair[] = figures.flatMap((f) =>
    f.current === undefined || f.previous === undefined
      ? []
      : [
          {
            indicator: f.indicator.id,
            name: zhName(f),
            classifier: f.indicator.unit,
            unit: f.indicator.unit,
            current: { value: f.current },
            previous: { value: f.previous },
          },
        ],
  );
  return changeItems(pairs, o);
}

/** "a、b和c" as MEM lists names and percents. */
function zhAnd(list: readonly string[]): string {
  return list.length <= 1 ? list.join("") : `${list.slice(0, -1).join("、")}和${list[list.length - 1]}`;
}

type Way = "up" | "down" | "flat" | "other";

function wayOf(i: ChangeItem): Way {
  if (isFlat(i)) return "flat";
  return i.direction && i.percent ? i.direction : "other";
}

/**
 * Changes grouped by direction, MEM's way: "受灾人次、…分别上升11.5%、…和5.9%，因灾死亡失踪人数下降19%".
 *
 * @param all the change items, in release order (each pair's name is the Chinese noun)
 * @param o the options
 * @returns the clauses, or "" without items
 */
export function zhByDirection(all: readonly ChangeItem[], o: SummaryOptions): string {
  const clauses: string[] = [];
  for (const way of [...new Set(all.map(wayOf))]) {
    const group = all.filter((i) => wayOf(i) === way);
    const names = zhAnd(group.map((i) => i.pair.name));
    if (way === "flat") clauses.push(group.length > 1 ? `${names}均持平` : `${names}持平`);
    else if (way === "other") clauses.push(...group.map((i) => `${i.pair.name}${zhChange(i, o)}`));
    else {
      const move = way === "up" ? "上升" : "下降";
      const percents = zhAnd(group.map((i) => `${i.percent}%`));
      clauses.push(group.length > 1 ? `${names}分别${move}${percents}` : `${names}${move}${percents}`);
    }
  }
  return clauses.join("，");
}

/**
 * The Chinese 同比 sentence of the disaster figures, grouped by direction.
 *
 * @param figures the block's figures, in release order
 * @param o the options
 * @returns "与去年同期相比，…。", or undefined without a previous figure
 */
export function zhDisasterChanges(figures: readonly BlockFigure[], o: SummaryOptions): string | undefined {
  const all = items(figures, o);
  if (!all.length) return undefined;
  return `与去年同期相比，${zhByDirection(all, o)}。`;
}

/**
 * Changes grouped by direction in English, the verb once per direction: "the number of people
 * affected rose by 11.5%, relocations by 11.4% …, while the number of people dead or missing fell by 19%".
 *
 * @param all the change items, in release order
 * @param name the English noun of an item
 * @returns the clauses, or "" without items
 */
export function enByDirection(all: readonly ChangeItem[], name: (i: ChangeItem) => string): string {
  const parts: string[] = [];
  for (const way of [...new Set(all.map(wayOf))]) {
    const group = all.filter((i) => wayOf(i) === way);
    // "the number of people affected was", "deaths were": a noun with "the" is one quantity, a bare plural is many.
    const plural = group.length > 1 || !name(group[0]).startsWith("the ");
    if (way === "flat") parts.push(`${enList(group.map(name))} ${plural ? "were" : "was"} unchanged`);
    else if (way === "other")
      parts.push(
        ...group.map((i) => `${name(i)} ${i.comparison.delta > 0 ? "rose" : "fell"} by ${enNumber(Math.abs(i.comparison.delta))} from none a year earlier`),
      );
    else parts.push(enList(group.map((i, k) => `${name(i)} ${k === 0 ? (way === "up" ? "rose " : "fell ") : ""}by ${i.percent}%`)));
  }
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")}, while ${parts[parts.length - 1]}` : (parts[0] ?? "");
}

/**
 * The English comparison sentence of the disaster figures, the verb once per direction.
 *
 * @param figures the block's figures, in release order
 * @param o the options
 * @returns "Compared with a year earlier, …", or undefined without a previous figure
 */
export function enDisasterChanges(figures: readonly BlockFigure[], o: SummaryOptions): string | undefined {
  const byId = new Map(figures.map((f) => [f.indicator.id, f]));
  const all = items(figures, o);
  if (!all.length) return undefined;
  return `Compared with a year earlier, ${enByDirection(all, (i) => enName(byId.get(i.pair.indicator)!))}.`;
}
