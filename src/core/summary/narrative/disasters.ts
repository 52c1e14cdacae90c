/**
 * The natural-disaster paragraph as national and provincial releases write it (docs/sections.md):
 * "2024年上半年，全省各类自然灾害共造成312.45万人次受灾，17人死亡失踪，8.91万人次紧急转移安置；
 * 农作物受灾面积265.3千公顷；倒塌房屋1206间，严重损坏房屋3311间；直接经济损失48.72亿元。" — in the
 * units the workbook states (万人次 stays 万人次, 人次 is not 人). With a previous period the 同比
 * sentence follows the accident rules. Used when the loss-composition paragraph does not already
 * describe the table (a table with loss categories).
 */
import { n } from "./figures";
import { changeOf, enFigure, figureOf, type BlockFigure } from "./sectionFigures";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { englishPeriod } from "../../reader/periodGroups";
import type { SectionBlock, SectionFacts } from "../sectionFacts";
import { unitEnglish } from "../sections/sectionLabels";

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
    ["crop_affected_ha", (x, u) => `农作物受灾面积${x}${u}`],
    ["crop_damaged_ha", (x, u) => `成灾面积${x}${u}`],
    ["crop_failure_ha", (x, u) => `绝收面积${x}${u}`],
  ],
  [
    ["rooms_collapsed", (x, u) => `倒塌房屋${x}${u}`],
    ["rooms_severe", (x, u) => `严重损坏房屋${x}${u}`],
    ["rooms_moderate", (x, u) => `一般损坏房屋${x}${u}`],
  ],
  [["dz_direct_loss", (x, u) => `直接经济损失${x}${u}`]],
];

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
      return f?.current !== undefined ? [say(n(f.current), f.indicator.unit)] : [];
    }),
  ).filter((g) => g.length);
  if (!groups.length) return undefined;
  const period = block.period?.label ?? facts.period;
  const area = facts.area ?? "";
  let text = `${period ? `${period}，` : ""}${area}各类自然灾害共造成${groups.map((g) => g.join("，")).join("；")}。`;
  const changes = figures(block).flatMap((f) => {
    const c = changeOf(f, options);
    return c ? [`${f.indicator.name}${c}`] : [];
  });
  if (changes.length) text += `与去年同期相比，${changes.join("，")}。`;
  return text;
}

function en(sections: SectionFacts, { options }: NarrativeContext): string | undefined {
  const block = disasterBlock(sections);
  if (!block) return undefined;
  const list = figures(block).map((f) => {
    const change = changeOf(f, options, "en");
    return `${f.indicator.english} ${enFigure(f.current!)} (${unitEnglish(f.indicator.unit)})${change ? `, ${change} year on year` : ""}`;
  });
  if (!list.length) return undefined;
  const period = block.period && englishPeriod(block.period);
  return `${period ? `In ${period}, n` : "N"}atural disasters caused: ${list.join("; ")}.`;
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
