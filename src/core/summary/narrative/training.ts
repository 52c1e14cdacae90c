/**
 * The training, emergency-plan and drill paragraph, as the reference report writes it
 * (docs/sections.md): "2024年上半年，全州共开展安全培训483次、培训25346人次，修订应急预案170件，
 * 组织开展应急演练6922场次、参加演练334436人次。" Figures keep the workbook's units.
 */
import { n } from "./figures";
import { changeOf, enFigure, figureOf } from "./sectionFigures";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { englishPeriodText } from "../../periods/periodText";
import type { SectionFacts } from "../sectionFacts";
import { unitEnglish } from "../sections/sectionLabels";

/** Clauses in report order; the phrases of one clause are joined by "、". */
const CLAUSES: readonly (readonly [string, string, string][])[] = [
  [
    ["training_sessions", "开展安全培训", "training sessions"],
    ["training_people", "培训", "people trained"],
  ],
  [
    ["plans_total", "建立应急预案", "emergency plans"],
    ["plans_revised", "修订应急预案", "plans revised"],
  ],
  [
    ["drills", "组织开展应急演练", "drills"],
    ["drill_people", "参加演练", "drill participants"],
    ["drill_funds", "投入演练经费", "drill spending"],
  ],
];

function block(sections: SectionFacts) {
  return sections.blocks.find((b) => b.section === "training" && b.group !== "month");
}

function zh(sections: SectionFacts, { facts, options }: NarrativeContext): string | undefined {
  const b = block(sections);
  if (!b) return undefined;
  const clauses = CLAUSES.map((c) =>
    c.flatMap(([id, words]) => {
      const f = figureOf(b, id);
      if (f?.current === undefined) return [];
      const change = changeOf(f, options);
      return [`${words}${n(f.current)}${f.indicator.unit}${change ? `（同比${change}）` : ""}`];
    }),
  ).filter((c) => c.length);
  if (!clauses.length) return undefined;
  const period = b.period?.label ?? facts.period;
  return `${period ? `${period}，` : ""}${facts.area ?? ""}共${clauses.map((c) => c.join("、")).join("，")}。`;
}

function en(sections: SectionFacts, { options }: NarrativeContext): string | undefined {
  const b = block(sections);
  if (!b) return undefined;
  const items = CLAUSES.flat().flatMap(([id, , words]) => {
    const f = figureOf(b, id);
    if (f?.current === undefined) return [];
    const change = changeOf(f, options, "en");
    return [`${words}: ${enFigure(f.current)} (${unitEnglish(f.indicator.unit)})${change ? `, ${change} year on year` : ""}`];
  });
  if (!items.length) return undefined;
  const period = b.period && englishPeriodText(b.period);
  return `${period ? `In ${period}, t` : "T"}raining, emergency plans and drills: ${items.join("; ")}.`;
}

/**
 * The training and plans paragraph over the indicator sections' facts.
 *
 * @param sections the blocks of sectionFacts.ts
 * @returns the paragraph module
 */
export function trainingParagraph(sections: SectionFacts): NarrativeParagraph {
  return { id: "training", zh: (c) => zh(sections, c), en: (c) => en(sections, c) };
}
