/**
 * The natural-disaster paragraph as national and provincial releases write it (docs/sections.md):
 * "2024年上半年，全省各类自然灾害共造成312.45万人次受灾，17人死亡失踪，8.91万人次紧急转移安置；
 * 倒塌房屋1206间，严重损坏房屋3311间；农作物受灾面积265.3千公顷；直接经济损失48.72亿元。" (MEM's order: people,
 * lives, relocation; houses; crops; the loss — docs/report-rules.md rule 15) — in the
 * units the workbook states (万人次 stays 万人次, 人次 is not 人). With a previous period the 同比
 * sentence groups the changes with 分别 as MEM does (disasterChanges.ts). Used when the loss-composition paragraph does not already
 * describe the table (a table with loss categories).
 */
import { enAbout, enMoney, enNumber, n, zhAbout } from "./figures";
import { enDisasterChanges, enName, zhDisasterChanges, zhName } from "./disasterChanges";
import { enStatedMean, zhStatedMean } from "./statedMean";
import { enCropsSentence, enFigure, enJoin, figureOf, type BlockFigure } from "./sectionFigures";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { englishIn, englishPeriodText } from "../../periods/periodText";
import type { SectionBlock, SectionFacts } from "../sectionFacts";
import { englishWhere } from "./region";
import { enEventSubject, zhEventSubject } from "./disasterEvent";

/** The clauses in release order, each a group of phrases joined by "，", groups joined by "；". */
const GROUPS: readonly (readonly [string, (x: string, unit: string) => string][])[] = [
  [
    ["affected_pop", (x, u) => `${x}${u}受灾`],
    ["dz_deaths_missing", (x, u) => `${x}${u}死亡失踪`],
    ["dz_deaths", (x, u) => `${x}${u}死亡`],
    ["dz_missing", (x, u) => `${x}${u}失踪`],
    ["evacuated", (x, u) => `${x}${u}紧急避险转移`],
    ["relocated", (x, u) => `${x}${u}紧急转移安置`],
    ["need_relief", (x, u) => `${x}${u}需紧急生活救助`],
  ],
  [
    ["rooms_collapsed", (x, u) => `倒塌房屋${x}${u}`],
    ["rooms_severe", (x, u) => `严重损坏房屋${x}${u}`],
    ["rooms_moderate", (x, u) => `一般损坏房屋${x}${u}`],
  ],
  [
    ["crop_affected_ha", (x, u) => `农作物受灾面积${x}${u}`],
    ["crop_damaged_ha", (x, u) => `成灾面积${x}${u}`],
    ["crop_failure_ha", (x, u) => `绝收面积${x}${u}`],
  ],
  [["dz_direct_loss", (x, u) => `直接经济损失${x}${u}`]],
];

/** Lives lost: never "about" in either language (the English tells them apart, enLives). */
const LIVES = ["dz_deaths", "dz_missing", "dz_deaths_missing"];

/** People counts that a release words when nothing happened: "无人员死亡", never "0人死亡". */
const NONE: Readonly<Record<string, string>> = {
  dz_deaths_missing: "无人员死亡失踪",
  dz_deaths: "无人员死亡",
  dz_missing: "无人员失踪",
};

function disasterBlock(sections: SectionFacts): SectionBlock | undefined {
  return sections.blocks.find((b) => b.section === "disasters" && b.group !== "month");
}

function figures(block: SectionBlock): BlockFigure[] {
  return GROUPS.flat().flatMap(([id]) => {
    const f = figureOf(block, id);
    return f && f.current !== undefined ? [f] : [];
  });
}

function zh(sections: SectionFacts, { facts, options }: NarrativeContext): string | undefined {
  const block = disasterBlock(sections);
  if (!block) return undefined;
  const groups = GROUPS.map((g) =>
    g.flatMap(([id, say]) => {
      const f = figureOf(block, id);
      if (f?.current === undefined) return [];
      return [f.current === 0 && NONE[id] ? NONE[id] : say(`${LIVES.includes(id) ? "" : zhAbout(f.currentSource)}${n(f.current)}`, f.indicator.unit)];
    }),
  ).filter((g) => g.length);
  if (!groups.length) return undefined;
  const period = block.period?.label ?? facts.period;
  const area = facts.area ?? "";
  // One event's figures (a system export): "2020年7月18日发生的洪涝灾害共造成…", never that day's disasters.
  const event = period === facts.period ? zhEventSubject(facts) : undefined;
  const opening = event ? `${event}共造成${area}` : `${period ? `${period}，` : ""}${area}各类自然灾害共造成`;
  const text = `${opening}${groups.map((g) => g.join("，")).join("；")}。`;
  return text + (zhDisasterChanges(figures(block), options) ?? "") + zhStatedMean(figures(block), zhName);
}

/**
 * A count of people in English, millions to two decimals as releases print them: "89,100 people",
 * "3.12 million people". A count in 人次 is people too: MEM's and Xinhua's English print the 人次 of the
 * Chinese release as people ("Natural disasters affected about 94.94 million people … About 5.26 million
 * people were relocated", Xinhua, 10 October 2021, of MEM's 受灾9494万人次, 紧急转移安置526万人次), never
 * "person-times" (docs/report-rules.md rule 16).
 */
function enPeople(x: number): string {
  return x >= 1e6 ? `${enNumber(x / 1e6, 2)} million people` : `${enFigure(x)} ${x === 1 ? "person" : "people"}`;
}

/** "left 15 dead and 2 missing"; a zero is said as no one ("caused no deaths"), never "left 0 dead". */
function enLives(deaths: number | undefined, missing: number | undefined): string {
  if ((deaths ?? 0) === 0 && (missing ?? 0) === 0)
    return missing === undefined ? "caused no deaths" : deaths === undefined ? "left no one missing" : "left no one dead or missing";
  const said = [
    deaths === undefined ? "" : deaths === 0 ? "no one dead" : `${enFigure(deaths)} dead`,
    missing === undefined ? "" : missing === 0 ? "no one missing" : `${enFigure(missing)} missing`,
  ].filter((x) => x);
  return `left ${enJoin(said)}`;
}

/** The English sentences of a disaster block (rule 16): sentences in MEM's order, lives right after the people affected. */
function enSentences(block: SectionBlock): string[] {
  const base = (id: string) => {
    const f = figureOf(block, id);
    return f?.current === undefined ? undefined : f.current * f.indicator.toBase;
  };
  // "about" before a figure the table's notes call approximate, as the Chinese writes 约 (rule 28).
  const about = (id: string) => enAbout(figureOf(block, id)?.currentSource);
  const people: string[] = [];
  const affected = base("affected_pop");
  if (affected !== undefined) people.push(`affected ${about("affected_pop")}${enPeople(affected)}`);
  const [deaths, missing, both] = [base("dz_deaths"), base("dz_missing"), base("dz_deaths_missing")];
  if (deaths !== undefined || missing !== undefined) people.push(enLives(deaths, missing));
  else if (both !== undefined) people.push(both === 0 ? "left no one dead or missing" : `left ${enPeople(both)} dead or missing`);
  // 紧急避险转移 (moved out of harm's way before the disaster struck) and 紧急转移安置 (relocated and housed
  // after it), in the Chinese order; both are told, as the Chinese tells them.
  const evacuated = base("evacuated");
  if (evacuated !== undefined) people.push(`led to the precautionary evacuation of ${about("evacuated")}${enPeople(evacuated)}`);
  const relocated = base("relocated");
  if (relocated !== undefined) people.push(`forced the emergency relocation of ${about("relocated")}${enPeople(relocated)}`);
  const relief = base("need_relief");
  if (relief !== undefined) people.push(`left ${about("need_relief")}${enPeople(relief)} in need of emergency assistance`);
  const sentences = people.length ? [`natural disasters ${enJoin(people)}.`] : [];
  const rooms = [
    ["rooms_collapsed", "collapsed"],
    ["rooms_severe", "were severely damaged"],
    ["rooms_moderate", "were moderately damaged"],
  ].flatMap(([id, verb]) => {
    const x = base(id);
    return x === undefined ? [] : [`${about(id)}${enFigure(x)} ${verb}`];
  });
  if (rooms.length)
    sentences.push(`A total of ${rooms[0].replace(/^((?:about )?[\d,.]+) /, "$1 rooms ")}${rooms.length > 1 ? `, while ${enJoin(rooms.slice(1))}` : ""}.`);
  const crops = [
    ["crop_affected_ha", "affected"],
    ["crop_damaged_ha", "damaged"],
    ["crop_failure_ha", "lost"],
  ].flatMap(([id, word]) => {
    const x = base(id);
    // "19.26 million hectares", as releases print millions (MEM's 19256.9千公顷 of 2019), never "19,256,900".
    return x === undefined ? [] : [{ x: `${about(id)}${x >= 1e6 ? `${enNumber(x / 1e6, 2)} million` : enFigure(x)}`, word }];
  });
  const cropsSentence = enCropsSentence(crops);
  if (cropsSentence) sentences.push(cropsSentence);
  const loss = base("dz_direct_loss");
  if (loss !== undefined) sentences.push(`The direct economic loss was ${about("dz_direct_loss")}${enMoney(loss)}.`);
  return sentences;
}

/** The subject a disaster paragraph's first sentence opens with, after which the place is named. */
const FIRST_SUBJECT = /^(natural disasters|Crops|A total of (?:about )?[\d,.]+ rooms|The direct economic loss)/;

function en(sections: SectionFacts, { facts, options }: NarrativeContext): string | undefined {
  const block = disasterBlock(sections);
  if (!block) return undefined;
  const sentences = enSentences(block);
  if (!sentences.length) return undefined;
  const event = (block.period?.label ?? facts.period) === facts.period ? enEventSubject(facts) : undefined;
  const period = !event && block.period && englishPeriodText(block.period);
  // The place the Chinese names (全国, 全省): "natural disasters nationwide affected …", "natural disasters in Hubei Province …";
  // one event's: "The floods of 18 July 2020 affected …".
  const [first, ...rest] = [
    sentences[0].replace(FIRST_SUBJECT, (subject) => (event && subject === "natural disasters" ? event : `${subject}${englishWhere(facts)}`)),
    ...sentences.slice(1),
  ];
  // A paragraph without the people affected opens with a sentence of its own: "In 2023, crops were affected …".
  const opening = period
    ? `${englishIn(period)}, ${first.replace(/^(Crops|A total|The) /, (w) => w.toLowerCase())}`
    : event && !first.startsWith(event)
      ? `For ${event.charAt(0).toLowerCase()}${event.slice(1)}, ${first.replace(/^(Crops|A total|The) /, (w) => w.toLowerCase())}`
      : `${first.charAt(0).toUpperCase()}${first.slice(1)}`;
  const changes = enDisasterChanges(figures(block), options);
  const mean = enStatedMean(figures(block), enName).trim();
  return [opening, ...rest, ...(changes ? [changes] : []), ...(mean ? [mean] : [])].join(" ");
}

/**
 * The disaster paragraph over the indicator sections' facts.
 *
 * @param sections the blocks of sectionFacts.ts
 * @param lossSheet the sheet the loss paragraph already describes (its scope is said there)
 * @returns the paragraph module
 */
export function disastersParagraph(sections: SectionFacts, lossSheet?: string): NarrativeParagraph {
  const scoped = { ...sections, blocks: sections.blocks.filter((b) => b.sheet !== lossSheet) };
  return { id: "disasters", zh: (c) => zh(scoped, c), en: (c) => en(scoped, c) };
}
