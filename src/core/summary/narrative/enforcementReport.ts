/**
 * The enforcement paragraph as the reference report writes it (T7, docs/sections.md), from the
 * enforcement section's figures: "共检查生产经营单位414家（次），查处事故隐患2156项，其中重大事故隐患
 * 35项、一般事故隐患2121项。立案查处75件，给予行政处罚363.99万元，其中，监督处罚80.22万元、事故罚款
 * 283.77万元，责令停产整顿8家。" Hazards found by the inspections keep the workbook's unit (项).
 */
import { enMoneyAlike, enPartsNote, n } from "./figures";
import { enMoneyAt, roundedTotal, statedStep, stepWords } from "./moneyPrecision";
import { enFigure, enJoin, figureOf } from "./sectionFigures";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { countsVisits, unitWords } from "./visitUnits";
import { englishWhere } from "./region";
import { englishIn, englishPeriodText } from "../../periods/periodText";
import { licenceAction, phraseOf } from "../../registry/sourceWords";
import type { SectionBlock, SectionFacts } from "../sectionFacts";

function block(sections: SectionFacts): SectionBlock | undefined {
  return sections.blocks.find((b) => b.section === "enforcement" && b.group !== "month");
}

/**
 * The words for the fines: the source's (Fact.label; 经济处罚, 罚款). 行政处罚 in 万元 is "给予行政处罚…万元"
 * as the reference report writes it, unless the number of penalties (行政处罚…次) is told in the same
 * sentence: then the amount is 罚款, so one phrase never holds two quantities (claim 5).
 */
function finesWords(name: string, penaltiesTold: boolean): string {
  const words = phraseOf(name);
  if (words !== "行政处罚") return words;
  return penaltiesTold ? "罚款" : "给予行政处罚";
}

function zh(sections: SectionFacts, { facts }: NarrativeContext): string | undefined {
  const b = block(sections);
  if (!b) return undefined;
  const v = (id: string) => figureOf(b, id);
  const say = (id: string, text: (x: string, unit: string, name: string) => string) => {
    const f = v(id);
    return f?.current !== undefined ? [text(n(f.current), unitWords(f.indicator.unit), f.indicator.name)] : [];
  };
  const first = [
    ...say("units_inspected", (x, u) => `检查生产经营单位${x}${u}`),
    ...(v("units_inspected") ? [] : say("inspection_visits", (x, u) => `开展执法检查${x}${u}`)),
    ...say("hazards_found", (x, u) => `查处事故隐患${x}${u}`),
  ];
  const parts = [...say("major_found", (x, u) => `重大事故隐患${x}${u}`), ...say("general_found", (x, u) => `一般事故隐患${x}${u}`)];
  // 其中 only under the hazards found; parts without that whole are said as found (corpus 38: 查处一般隐患3637项).
  const found = parts.length && !v("hazards_found") ? [`查处${parts.join("、")}`] : [];
  const told = [...first, ...found];
  const hazardsText = told.length ? `共${told.join("，")}${parts.length && !found.length ? `，其中${parts.join("、")}` : ""}` : "";
  const penalties = say("penalties", (x, u) => `实施行政处罚${x}${u}`);
  // The fines and their parts in the source's words (其中：监督处罚 → "监督处罚"; 日常监督处罚, 事故处罚).
  const split = [
    ...say("fines_supervision", (x, u, name) => `${phraseOf(name)}${x}${u}`),
    ...say("fines_accident", (x, u, name) => `${phraseOf(name)}${x}${u}`),
  ];
  const fines = say("fines", (x, u, name) => `${finesWords(name, penalties.length > 0)}${x}${u}${split.length ? `，其中，${split.join("、")}` : ""}`);
  const second = [
    ...say("documents", (x, u) => `下达执法文书${x}${u}`),
    ...say("cases", (x, u) => `立案查处${x}${u}`),
    ...penalties,
    ...fines,
    ...say("referred", (x, u) => `移送司法机关${x}${u}`),
    ...say("suspended", (x, u) => `责令停产整顿${x}${u}`),
    ...say("closure_requested", (x, u) => `提请关闭${x}${u}`),
    // The source's words (暂扣安全生产许可证): suspension and revocation are never merged into one measure.
    ...say("licence_suspended", (x, u, name) => `${phraseOf(name)}${x}${u}`),
  ];
  if (!hazardsText && !second.length) return undefined;
  const lead = `${b.period ? `${b.period.label}，` : ""}${facts.area ?? ""}`;
  const sentences = [hazardsText, second.join("，")].filter((s) => s).map((s) => `${s}。`);
  return `${lead}${sentences.join("")}`;
}

/** What inspectors did, as verbs of one sentence ("ordered 8 businesses to suspend production"). */
const ACTIONS: readonly [string, (x: string, one: boolean, name: string) => string][] = [
  ["documents", (x, one) => `issued ${x} enforcement ${one ? "document" : "documents"}`],
  ["penalties", (x, one) => `imposed ${x} administrative ${one ? "penalty" : "penalties"}`],
  ["suspended", (x, one) => `ordered ${x} ${one ? "business" : "businesses"} to suspend production`],
  ["closure_requested", (x, one) => `requested the closure of ${x} ${one ? "business" : "businesses"}`],
  // In the source's words: 暂扣 alone is "suspended", 吊销 alone "revoked" (registry/sourceWords.ts).
  ["licence_suspended", (x, one, name) => `${licenceAction(name)} ${x} ${one ? "licence" : "licences"}`],
  ["referred", (x, one) => `referred ${x} ${one ? "person" : "people"} to the judicial authorities`],
];

/** The enforcement paragraph in English sentences (rule 16): who was inspected, cases and fines in one money unit, then the sanctions. */
function en(sections: SectionFacts, facts: NarrativeContext["facts"]): string | undefined {
  const b = block(sections);
  if (!b) return undefined;
  // The place the Chinese names (全州共检查…): "inspectors in Chuxiong Prefecture made …", "inspectors nationwide".
  const inspectors = `inspectors${englishWhere(facts)}`;
  const x = (id: string) => figureOf(b, id)?.current;
  const sentences: string[] = [];
  const inspected = figureOf(b, "units_inspected");
  const units = inspected?.current;
  const visits = x("inspection_visits");
  const found = x("hazards_found");
  const major = x("major_found");
  const general = x("general_found");
  // 家次 and 次 count visits to businesses, 个 and 家 the businesses themselves.
  const byVisit = inspected !== undefined && countsVisits(inspected.indicator.unit);
  const who =
    units !== undefined
      ? byVisit
        ? `${inspectors} made ${enFigure(units)} ${units === 1 ? "visit" : "visits"} to businesses`
        : `${inspectors} checked ${enFigure(units)} ${units === 1 ? "business" : "businesses"}`
      : visits !== undefined
        ? `${inspectors} made ${enFigure(visits)} inspections`
        : "";
  const foundText =
    found !== undefined
      ? `found ${enFigure(found)} ${found === 1 ? "hazard" : "hazards"}${major !== undefined ? `, ${enFigure(major)} of them major` : ""}`
      : general !== undefined
        ? `found ${enFigure(general)} general ${general === 1 ? "hazard" : "hazards"}`
        : "";
  const hazards = foundText ? `${who ? " and " : "inspections "}${foundText}` : "";
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
  // A total stated more coarsely than its parts (1.3亿元 beside 4226.97万元) is told at its own step, its parts in a
  // sentence of their own with their sum: one precision per sentence (moneyPrecision.ts).
  const stated = figureOf(b, "fines");
  const step = fines !== undefined && stated?.current !== undefined ? statedStep(stated.current, stated.indicator.toBase) : 0;
  const coarse =
    fines !== undefined &&
    roundedTotal(
      fines,
      step,
      split.map((p) => p.wan),
      money,
    );
  const finesText =
    fines === undefined
      ? ""
      : coarse
        ? `fines totalled ${enMoneyAt(fines, step)}, given to the nearest ${stepWords(step)}`
        : `fines totalled ${money(fines)}${split.length ? ` (${enJoin(split.map((p) => `${money(p.wan)} ${p.words}`))})` : ""}`;
  if (casesText || finesText) sentences.push(`${[casesText, finesText].filter((t) => t).join(" and ")}.`);
  if (coarse) {
    const [head, ...rest] = split.map((p) => `${p.words.replace(/^in /, "")}${p === split[0] ? " came" : ""} to ${money(p.wan)}`);
    const sum = split.reduce((s, p) => s + p.wan, 0);
    sentences.push(`${enJoin([head, ...rest])}, ${money(Number(sum.toPrecision(15)))} together.`);
  }
  const partsNote =
    fines === undefined || coarse
      ? ""
      : enPartsNote(
          fines,
          split.map((p) => p.wan),
          money,
        );
  if (partsNote) sentences.push(partsNote);
  const actions = ACTIONS.flatMap(([id, say]) => {
    const f = figureOf(b, id);
    return f?.current !== undefined ? [say(enFigure(f.current), f.current === 1, f.indicator.name)] : [];
  });
  if (actions.length) sentences.push(`${sentences.length ? "Inspectors also" : inspectors} ${enJoin(actions)}.`);
  if (!sentences.length) return undefined;
  const period = b.period && englishPeriodText(b.period);
  const [first, ...rest] = sentences;
  const opening = period ? `${englishIn(period)}, ${first}` : `${first.charAt(0).toUpperCase()}${first.slice(1)}`;
  return [opening, ...rest.map((t) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`)].join(" ");
}

/**
 * The enforcement paragraph over the indicator sections' facts.
 *
 * @param sections the blocks of sectionFacts.ts
 * @returns the paragraph module
 */
export function enforcementReportParagraph(sections: SectionFacts): NarrativeParagraph {
  return { id: "enforcementReport", zh: (c) => zh(sections, c), en: (c) => en(sections, c.facts) };
}
