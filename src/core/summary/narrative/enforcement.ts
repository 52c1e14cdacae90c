/**
 * The enforcement paragraph (T7 of docs/report-rules.md): "共检查生产经营单位n家(次)，…立案查处c件，
 * 给予行政处罚f万元，其中，监督处罚…、事故罚款…。"
 */
import { enList, enMoney, enNumber, n, present } from "./figures";
import type { NarrativeContext, NarrativeParagraph } from "./types";

function zh({ facts: f }: NarrativeContext): string | undefined {
  const v = (id: string) => present(f.enforcement?.find((e) => e.indicator === id)?.value);
  const parts: string[] = [];
  const say = (id: string, text: (x: string) => string) => {
    const x = v(id);
    if (x !== undefined) parts.push(text(n(x)));
  };
  const inspected = v("units_inspected") ?? v("inspection_visits");
  if (inspected !== undefined) parts.push(`共检查生产经营单位${n(inspected)}家（次）`);
  say("documents", (x) => `下达执法文书${x}份`);
  say("cases", (x) => `立案查处${x}件`);
  say("penalties", (x) => `实施行政处罚${x}次`);
  const fines = v("fines");
  if (fines !== undefined) {
    const split = [
      ["fines_supervision", "监督处罚"],
      ["fines_accident", "事故罚款"],
    ].flatMap(([id, word]) => {
      const x = v(id);
      return x !== undefined ? [`${word}${n(x)}万元`] : [];
    });
    parts.push(`给予行政处罚${n(fines)}万元${split.length ? `，其中，${split.join("、")}` : ""}`);
  }
  say("suspended", (x) => `责令停产整顿${x}家`);
  say("referred", (x) => `移送司法机关${x}人`);
  return parts.length ? `${parts.join("，")}。` : undefined;
}

function en({ facts: f }: NarrativeContext): string | undefined {
  const v = (id: string) => present(f.enforcement?.find((e) => e.indicator === id)?.value);
  const parts: string[] = [];
  const inspected = v("units_inspected") ?? v("inspection_visits");
  if (inspected !== undefined) parts.push(`inspections covered ${enNumber(inspected)} business units (visits)`);
  const count = (id: string, one: string, many: string) => {
    const x = v(id);
    if (x !== undefined) parts.push(`${enNumber(x)} ${x === 1 ? one : many}`);
  };
  count("documents", "enforcement document was issued", "enforcement documents were issued");
  count("cases", "case was filed", "cases were filed");
  count("penalties", "administrative penalty was imposed", "administrative penalties were imposed");
  const fines = v("fines");
  if (fines !== undefined) {
    const split = [
      ["fines_supervision", "supervision"],
      ["fines_accident", "accidents"],
    ].flatMap(([id, word]) => {
      const x = v(id);
      return x !== undefined ? [`${enMoney(x)} for ${word}`] : [];
    });
    parts.push(`fines of ${enMoney(fines)} were imposed${split.length ? ` (${enList(split)})` : ""}`);
  }
  count("suspended", "business was ordered to suspend production", "businesses were ordered to suspend production");
  count("referred", "person was referred to the judicial authorities", "people were referred to the judicial authorities");
  if (!parts.length) return undefined;
  const text = enList(parts);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The enforcement paragraph. */
export const enforcementParagraph: NarrativeParagraph = { id: "enforcement", zh, en };
