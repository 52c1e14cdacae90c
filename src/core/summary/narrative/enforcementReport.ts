/**
 * The enforcement paragraph as the reference report writes it (T7, docs/sections.md), from the
 * enforcement section's figures: "共检查生产经营单位414家（次），查处事故隐患2156项，其中重大事故隐患
 * 35项、一般事故隐患2121项。立案查处75件，给予行政处罚363.99万元，其中，监督处罚80.22万元、事故罚款
 * 283.77万元，责令停产整顿8家。" Hazards found by the inspections keep the workbook's unit (项).
 */
import { enMoneyAlike, n } from "./figures";
import { enFigure, enJoin, figureOf } from "./sectionFigures";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { englishPeriodText } from "../../periods/periodText";
import type { SectionBlock, SectionFacts } from "../sectionFacts";

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
    // The indicator's own words (暂扣吊销许可证): suspension and revocation are not merged into an invented "暂扣（吊销）".
    ...say("licence_suspended", (x, u) => `${v("licence_suspended")?.indicator.name}${x}${u}`),
  ];
  if (!hazardsText && !second.length) return undefined;
  const lead = `${b.period ? `${b.period.label}，` : ""}${facts.area ?? ""}`;
  const sentences = [hazardsText, second.join("，")].filter((s) => s).map((s) => `${s}。`);
  return `${lead}${sentences.join("")}`;
}

/** What inspectors did, as verbs of one sentence ("ordered 8 businesses to suspend production"). */
const ACTIONS: readonly [string, (x: string, one: boolean) => string][] = [
  ["documents", (x, one) => `issued ${x} enforcement ${one ? "document" : "documents"}`],
  ["penalties", (x, one) => `imposed ${x} administrative ${one ? "penalty" : "penalties"}`],
  ["suspended", (x, one) => `ordered ${x} ${one ? "business" : "businesses"} to suspend production`],
  ["closure_requested", (x, one) => `requested the closure of ${x} ${one ? "business" : "businesses"}`],
  ["licence_suspended", (x, one) => `suspended or revoked ${x} ${one ? "licence" : "licences"}`],
  ["referred", (x, one) => `referred ${x} ${one ? "person" : "people"} to the judicial authorities`],
];

/** The enforcement paragraph in English sentences (rule 16): who was inspected, cases and fines in one money unit, then the sanctions. */
function en(sections: SectionFacts): string | undefined {
  const b = block(sections);
  if (!b) return undefined;
  const x = (id: string) => figureOf(b, id)?.current;
  const sentences: string[] = [];
  const units = x("units_inspected");
  const visits = x("inspection_visits");
  const found = x("hazards_found");
  const major = x("major_found");
  const who =
    units !== undefined
      ? `inspectors checked ${enFigure(units)} business units (visits)`
      : visits !== undefined
        ? `inspectors made ${enFigure(visits)} inspections`
        : "";
  const hazards =
    found !== undefined
      ? `${who ? " and " : "inspections "}found ${enFigure(found)} ${found === 1 ? "hazard" : "hazards"}${major !== undefined ? `, ${enFigure(major)} of them major` : ""}`
      : "";
  if (who || hazards) sentences.push(`${who}${hazards}.`);
  const cases = x("cases");
  // Money in 万元 whatever unit the table states it in (1.3亿元 is CNY 130 million, never "CNY 0.01 million").
  const wan = (id: string) => {
    const f = figureOf(b, id);
    return f?.current === undefined ? undefined : Number((f.current * f.indicator.toBase).toPrecision(15));
  };
  const fines = wan("fines");
  const split = [
    ["fines_supervision", "in supervision fines"],
    ["fines_accident", "in accident fines"],
  ].flatMap(([id, words]) => (wan(id) !== undefined ? [{ wan: wan(id)!, words }] : []));
  const money = enMoneyAlike([fines ?? 0, ...split.map((p) => p.wan)]);
  const casesText = cases !== undefined ? `a total of ${enFigure(cases)} ${cases === 1 ? "case was" : "cases were"} filed` : "";
  const finesText =
    fines !== undefined ? `fines totalled ${money(fines)}${split.length ? ` (${enJoin(split.map((p) => `${money(p.wan)} ${p.words}`))})` : ""}` : "";
  if (casesText || finesText) sentences.push(`${[casesText, finesText].filter((t) => t).join(" and ")}.`);
  const actions = ACTIONS.flatMap(([id, say]) => (x(id) !== undefined ? [say(enFigure(x(id)!), x(id) === 1)] : []));
  if (actions.length) sentences.push(`${sentences.length ? "Inspectors also " : "inspectors "}${enJoin(actions)}.`);
  if (!sentences.length) return undefined;
  const period = b.period && englishPeriodText(b.period);
  const [first, ...rest] = sentences;
  const opening = period ? `In ${period}, ${first}` : `${first.charAt(0).toUpperCase()}${first.slice(1)}`;
  return [opening, ...rest.map((t) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`)].join(" ");
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
