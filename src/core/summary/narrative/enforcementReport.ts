/**
 * The enforcement paragraph as the reference report writes it (T7, docs/sections.md), from the
 * enforcement section's figures: "共检查生产经营单位414家（次），查处事故隐患2156项，其中重大事故隐患
 * 35项、一般事故隐患2121项。立案查处75件，给予行政处罚363.99万元，其中，监督处罚80.22万元、事故罚款
 * 283.77万元，责令停产整顿8家。" Hazards found by the inspections keep the workbook's unit (项).
 */
import { n } from "./figures";
import { enFigure, enJoin, figureOf } from "./sectionFigures";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { englishPeriod } from "../../reader/periodGroups";
import type { SectionBlock, SectionFacts } from "../sectionFacts";
import { unitEnglish } from "../sections/sectionLabels";

function block(sections: SectionFacts): SectionBlock | undefined {
  return sections.blocks.find((b) => b.section === "enforcement" && b.group !== "month");
}

function zh(sections: SectionFacts, { facts }: NarrativeContext): string | undefined {
  const b = block(sections);
  if (!b) return undefined;
  const v = (id: string) => figureOf(b, id);
  const say = (id: string, text: (x: string, unit: string) => string) => {
    const f = v(id);
    return f?.current !== undefined ? [text(n(f.current), f.indicator.unit)] : [];
  };
  const first = [
    ...say("units_inspected", (x) => `检查生产经营单位${x}家（次）`),
    ...(v("units_inspected") ? [] : say("inspection_visits", (x) => `开展执法检查${x}次`)),
    ...say("hazards_found", (x, u) => `查处事故隐患${x}${u}`),
  ];
  const parts = [...say("major_found", (x, u) => `重大事故隐患${x}${u}`), ...say("general_found", (x, u) => `一般事故隐患${x}${u}`)];
  const hazardsText = first.length ? `共${first.join("，")}${parts.length ? `，其中${parts.join("、")}` : ""}` : "";
  const fines = v("fines");
  const split = [...say("fines_supervision", (x, u) => `监督处罚${x}${u}`), ...say("fines_accident", (x, u) => `事故罚款${x}${u}`)];
  const second = [
    ...say("documents", (x) => `下达执法文书${x}份`),
    ...say("cases", (x, u) => `立案查处${x}${u}`),
    ...say("penalties", (x, u) => `实施行政处罚${x}${u}`),
    ...(fines?.current !== undefined ? [`给予行政处罚${n(fines.current)}${fines.indicator.unit}${split.length ? `，其中，${split.join("、")}` : ""}`] : []),
    ...say("referred", (x, u) => `移送司法机关${x}${u}`),
    ...say("suspended", (x, u) => `责令停产整顿${x}${u}`),
    ...say("closure_requested", (x, u) => `提请关闭${x}${u}`),
    ...say("licence_suspended", (x, u) => `暂扣（吊销）许可证${x}${u}`),
  ];
  if (!hazardsText && !second.length) return undefined;
  const lead = `${b.period ? `${b.period.label}，` : ""}${facts.area ?? ""}`;
  const sentences = [hazardsText, second.join("，")].filter((s) => s).map((s) => `${s}。`);
  return `${lead}${sentences.join("")}`;
}

function en(sections: SectionFacts): string | undefined {
  const b = block(sections);
  if (!b) return undefined;
  const items = b.indicators.flatMap((ind) => {
    const f = figureOf(b, ind.id);
    return f?.current !== undefined && !ind.rate ? [`${ind.english} ${enFigure(f.current)} (${unitEnglish(ind.unit)})`] : [];
  });
  if (!items.length) return undefined;
  return `${b.period && englishPeriod(b.period) ? `In ${englishPeriod(b.period)}, e` : "E"}nforcement: ${enJoin(items)}.`;
}

/**
 * The enforcement paragraph over the indicator sections' facts.
 *
 * @param sections the blocks of sectionFacts.ts
 * @returns the paragraph module
 */
export function enforcementReportParagraph(sections: SectionFacts): NarrativeParagraph {
  return { id: "enforcementReport", zh: (c) => zh(sections, c), en: () => en(sections) };
}
