/**
 * The forest-fire paragraph, in the words of the forestry authority's yearly release and the 统计年鉴's 森林火灾情况
 * table (国家林业局, 10 January 2007: "2006年，全国共发生森林火灾7946起，其中重大森林火灾7起，特大森林火灾5起；火场总
 * 面积560379公顷，受害森林面积407624公顷；伤亡103人（其中……死亡41人）。与历年均值相比，火灾次数、受害森林面积和人员伤亡
 * 分别减少39.9%、39.1%和82.4%。"): the fires and their classes, the areas, the people, the loss, then the changes grouped
 * with 分别 (disasterChanges.ts). A whole year is compared with the year before (与上年相比), as yearbooks do; any
 * other period with the same period a year earlier. Only the table's whole is told: a yearbook's regions (北京 … 山东,
 * the latest year's) are never added to its years (docs/report-rules.md rule 27).
 */
import type { IndicatorPair } from "../facts";
import type { SummaryOptions } from "../options";
import type { SectionBlock, SectionFacts } from "../sectionFacts";
import { englishIn, englishPeriodText } from "../../periods/periodText";
import { changeItems } from "./changes";
import { enByDirection, zhByDirection } from "./disasterChanges";
import { enMoney, enVerify, n, zhVerify } from "./figures";
import { enFigure, enJoin, figureOf, type BlockFigure } from "./sectionFigures";
import { englishWhere } from "./region";
import { wholeYear } from "./deathsOnly";
import type { NarrativeContext, NarrativeParagraph } from "./types";

/** The classes of the count, smallest first, in English as the yearbook's English edition names them (one, many). */
const CLASSES: readonly (readonly [string, string, string])[] = [
  ["forest_fire_alarm", "fire alert (the smallest class)", "fire alerts (the smallest class)"],
  ["forest_fire_general", "ordinary fire", "ordinary fires"],
  ["forest_fire_larger", "larger fire", "larger fires"],
  ["forest_fire_major", "major fire", "major fires"],
  ["forest_fire_extra", "extraordinary fire", "extraordinary fires"],
];

/** The figures the changes compare, in the release's order, with their Chinese and English nouns. */
const COMPARED: readonly (readonly [string, string, string])[] = [
  ["forest_fire_count", "森林火灾次数", "forest fires"],
  ["forest_area_damaged", "受害森林面积", "the forest area damaged"],
  ["forest_fire_casualties", "伤亡人数", "casualties"],
  ["forest_fire_deaths", "死亡人数", "deaths"],
  ["forest_fire_loss", "直接经济损失", "the direct economic loss"],
];

function forestBlock(sections: SectionFacts): SectionBlock | undefined {
  return sections.blocks.find((b) => b.group !== "month" && figureOf(b, "forest_fire_count")?.current !== undefined);
}

/** A figure with its current value, or undefined. */
function given(b: SectionBlock, id: string): (BlockFigure & { current: number }) | undefined {
  const f = figureOf(b, id);
  return f?.current === undefined ? undefined : { ...f, current: f.current };
}

/** The change items of the compared figures, each named in `language`; none where a 核对 finding stands against a figure. */
function items(b: SectionBlock, o: SummaryOptions, language: "zh" | "en") {
  const pairs: IndicatorPair[] = COMPARED.flatMap(([id, zh, en]) => {
    const f = figureOf(b, id);
    if (f?.current === undefined || f.previous === undefined || f.flagged) return [];
    const unit = f.indicator.unit;
    return [{ indicator: id, name: language === "zh" ? zh : en, classifier: unit, unit, current: { value: f.current }, previous: { value: f.previous } }];
  });
  return changeItems(pairs, o);
}

function zh(sections: SectionFacts, { facts, options }: NarrativeContext): string | undefined {
  const b = forestBlock(sections);
  const count = b && given(b, "forest_fire_count");
  if (!b || !count) return undefined;
  // The classes are parts of the count: in its unit (the yearbook's 次 heads the whole column group).
  const unit = count.indicator.unit;
  const classes = CLASSES.flatMap(([id]) => {
    const f = given(b, id);
    if (!f) return [];
    return [f.current === 0 ? `未发生${f.indicator.name}` : `${f.indicator.name}${n(f.current)}${unit}${zhVerify(f.currentSource, unit)}`];
  });
  const groups = [`共发生森林火灾${n(count.current)}${unit}${zhVerify(count.currentSource, unit)}${classes.length ? `，其中${classes.join("、")}` : ""}`];
  const areas = [
    ["forest_fire_area", "火场总面积"],
    ["forest_area_damaged", "受害森林面积"],
  ].flatMap(([id, name]) => {
    const f = given(b, id);
    return f ? [`${name}${n(f.current)}${f.indicator.unit}${zhVerify(f.currentSource, f.indicator.unit)}`] : [];
  });
  if (areas.length) groups.push(areas.join("，"));
  const [hurt, dead] = [given(b, "forest_fire_casualties"), given(b, "forest_fire_deaths")];
  if (hurt)
    groups.push(
      `伤亡${n(hurt.current)}人${zhVerify(hurt.currentSource, "人")}${dead ? `，其中死亡${n(dead.current)}人${zhVerify(dead.currentSource, "人")}` : ""}`,
    );
  else if (dead) groups.push(`死亡${n(dead.current)}人${zhVerify(dead.currentSource, "人")}`);
  const loss = given(b, "forest_fire_loss");
  if (loss) groups.push(`直接经济损失${n(loss.current)}${loss.indicator.unit}${zhVerify(loss.currentSource, loss.indicator.unit)}`);
  const period = b.period?.label ?? facts.period;
  const changes = zhByDirection(items(b, options, "zh"), options);
  const against = wholeYear(b.period) ? "与上年相比" : "与去年同期相比";
  return `${period ? `${period}，` : ""}${facts.area ?? ""}${groups.join("；")}。${changes ? `${against}，${changes}。` : ""}`;
}

function en(sections: SectionFacts, { facts, options }: NarrativeContext): string | undefined {
  const b = forestBlock(sections);
  const count = b && given(b, "forest_fire_count");
  if (!b || !count) return undefined;
  const classes = CLASSES.flatMap(([id, one, many]) => {
    const f = given(b, id);
    return f ? [`${f.current === 0 ? "no" : enFigure(f.current)} ${f.current === 1 ? one : many}${enVerify(f.currentSource)}`] : [];
  });
  const sentences = [
    `there ${count.current === 1 ? "was" : "were"} ${enFigure(count.current)} forest ${count.current === 1 ? "fire" : "fires"}${englishWhere(facts)}${enVerify(count.currentSource)}${classes.length ? `: ${enJoin(classes)}` : ""}.`,
  ];
  const [burned, damaged] = [given(b, "forest_fire_area"), given(b, "forest_area_damaged")];
  const hectares = (f: BlockFigure & { current: number }) => `${enFigure(f.current * f.indicator.toBase)} hectares${enVerify(f.currentSource)}`;
  const areas = [burned && `covered ${hectares(burned)} in all`, damaged && `damaged ${hectares(damaged)} of forest`].filter((x): x is string => !!x);
  if (areas.length) sentences.push(`The fires ${enJoin(areas)}.`);
  const [hurt, dead] = [given(b, "forest_fire_casualties"), given(b, "forest_fire_deaths")];
  if (hurt)
    sentences.push(
      `A total of ${enFigure(hurt.current)} people were killed or injured${enVerify(hurt.currentSource)}${dead ? `, ${enFigure(dead.current)} of them killed${enVerify(dead.currentSource)}` : ""}.`,
    );
  else if (dead) sentences.push(`A total of ${enFigure(dead.current)} people were killed${enVerify(dead.currentSource)}.`);
  const loss = given(b, "forest_fire_loss");
  if (loss) sentences.push(`The direct economic loss was ${enMoney(loss.current * loss.indicator.toBase)}${enVerify(loss.currentSource, true)}.`);
  const changes = enByDirection(items(b, options, "en"), (i) => i.pair.name);
  if (changes) sentences.push(`Compared with ${wholeYear(b.period) ? "the year before" : "a year earlier"}, ${changes}.`);
  const period = b.period ? englishPeriodText(b.period) : undefined;
  const [first, ...rest] = sentences;
  return [period ? `${englishIn(period)}, ${first}` : `${first.charAt(0).toUpperCase()}${first.slice(1)}`, ...rest].join(" ");
}

/**
 * The forest-fire paragraph over the indicator sections' facts.
 *
 * @param sections the blocks of sectionFacts.ts
 * @returns the paragraph module
 */
export function forestFireParagraph(sections: SectionFacts): NarrativeParagraph {
  return { id: "forestFires", zh: (c) => zh(sections, c), en: (c) => en(sections, c) };
}
