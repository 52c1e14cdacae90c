/**
 * The training, emergency-plan and drill paragraph, as the reference report writes it
 * (docs/sections.md): "2024年上半年，全州共开展安全培训483次、培训25346人次，修订应急预案170件，
 * 组织开展应急演练6922场次、参加演练334436人次。" Figures keep the workbook's units.
 */
import { enMoney, n } from "./figures";
import { changeOf, enChange, enCount, figureOf } from "./sectionFigures";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { englishIn, englishPeriodText } from "../../periods/periodText";
import type { SectionFacts } from "../sectionFacts";

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

/** The English sentences (issue 22, English): what was done, never "training sessions: 483 (times); …". */
function en(sections: SectionFacts, { options }: NarrativeContext): string | undefined {
  const b = block(sections);
  if (!b) return undefined;
  const figure = (id: string, noun: string, times?: string) => {
    const f = figureOf(b, id);
    if (f?.current === undefined) return undefined;
    const change = enChange(f, options);
    const amount = f.indicator.unit.endsWith("元")
      ? enMoney(f.indicator.unit === "万元" ? f.current : f.indicator.unit === "亿元" ? f.current * 1e4 : f.current / 1e4)
      : enCount(f.current, f.indicator.unit, noun, times);
    return `${amount}${change ? ` (${change})` : ""}`;
  };
  const sessions = figure("training_sessions", "safety training sessions");
  // 人次 counts a person once per session or drill: attendances, not people.
  const trained = figure("training_people", "trainees", "attendances");
  const plans = figure("plans_total", "emergency plans");
  const revised = figure("plans_revised", "emergency plans");
  const drills = figure("drills", "emergency drills");
  const drillPeople = figure("drill_people", "participants", "attendances");
  const funds = figure("drill_funds", "");
  const sentences: string[] = [];
  if (sessions) sentences.push(`A total of ${sessions} were held${trained ? `, with ${trained}` : ""}.`);
  else if (trained) sentences.push(`Safety training recorded ${trained}.`);
  if (plans) sentences.push(`Emergency plans in place numbered ${plans}${revised ? `, and ${revised} were revised` : ""}.`);
  else if (revised) sentences.push(`A total of ${revised} were revised.`);
  const drillParts = [drillPeople && `with ${drillPeople}`, funds && `at a cost of ${funds}`].filter(Boolean);
  if (drills) sentences.push(`A total of ${drills} were held${drillParts.length ? `, ${drillParts.join(" and ")}` : ""}.`);
  else if (drillPeople) sentences.push(`Emergency drills recorded ${drillPeople}.`);
  if (!sentences.length) return undefined;
  const period = b.period && englishPeriodText(b.period);
  if (!period) return sentences.join(" ");
  const [first, ...rest] = sentences;
  return [`${englishIn(period)}, ${first.charAt(0).toLowerCase()}${first.slice(1)}`, ...rest].join(" ");
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
