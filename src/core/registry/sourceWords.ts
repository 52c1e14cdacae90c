/**
 * The source's own words for an indicator whose registry name joins or renames measures that sources
 * keep apart (`Indicator.sourceWords`): 暂扣吊销许可证 stands for 暂扣安全生产许可证 as much as for
 * 吊销许可证, and 罚款 for 行政处罚（万元） and 经济处罚. Suspension and revocation are different measures,
 * so the summary names such a figure as its header does (issue 22, claim 6; docs/report-rules.md
 * rule 25), and its English follows the words the header has.
 */
import { cleanHeader, trailingUnit } from "./headerText";
import { indicatorById } from "./indicators";
import { matchIndicator } from "./matchIndicator";
import { KNOWN_UNITS } from "./unitWords";

const UNITS = new Set(KNOWN_UNITS);
/** A bracketed part at the end of a header: "（个）", "(万元)", "（家次）". */
const TRAILING_BRACKET = /[（(]([^（()）]*)[）)]$/;
const OF_WHICH = /^其中[:：，,、]?/;

/**
 * The words of a header or row label as written, without the unit it ends with.
 *
 * @param text the header cell or row label
 * @param unit the unit the reader found for it, if any
 * @returns the words ("暂扣安全生产许可证", "其中：监督处罚"), or undefined for an empty header
 * @example sourceLabel("暂扣安全生产许可证（个）") // "暂扣安全生产许可证"
 * @example sourceLabel("暂扣（吊销）许可证") // "暂扣（吊销）许可证" (a bracket inside the words stays)
 */
export function sourceLabel(text: string, unit?: string): string | undefined {
  let s = cleanHeader(text);
  const bracket = TRAILING_BRACKET.exec(s);
  if (bracket && (UNITS.has(bracket[1]) || bracket[1] === unit || bracket[1] === "家次")) s = s.slice(0, bracket.index);
  s = trailingUnit(s)?.name ?? s;
  s = s.replace(/[:：]+$/, "");
  return s === "" ? undefined : s;
}

/**
 * The label a fact of this indicator carries: the source's words where the registry marks the
 * indicator `sourceWords`, else nothing (the registry's name is the source's meaning).
 *
 * @param indicator the registry id
 * @param text the header cell or row label
 * @param unit the unit the reader found
 * @returns the label, or undefined
 */
export function factLabel(indicator: string, text: string, unit?: string): string | undefined {
  return indicatorById(indicator)?.sourceWords ? sourceLabel(text, unit) : undefined;
}

/**
 * The label a fact of a table column carries: the cell of its header path, read from the leaf
 * upwards, that names the indicator by itself (行政处罚（万元） over 本期), where the registry marks the
 * indicator `sourceWords`.
 *
 * @param indicator the registry id the column was read as
 * @param path the column's header cells, outermost first
 * @param unit the unit the reader found for the column
 * @returns the label, or undefined where no single cell names the indicator
 * @example columnLabel("licence_suspended", ["暂扣安全生产许可证（个）", "本期"], "个") // "暂扣安全生产许可证"
 */
export function columnLabel(indicator: string, path: readonly string[], unit?: string): string | undefined {
  if (!indicatorById(indicator)?.sourceWords) return undefined;
  for (let i = path.length - 1; i >= 0; i--) {
    if (matchIndicator(unit && !/[（(]/.test(path[i]) ? [`${path[i]}（${unit}）`] : [path[i]])?.indicator.id === indicator) return sourceLabel(path[i], unit);
  }
  return undefined;
}

/**
 * The words a sentence uses: the label without a leading 其中 (the sentence says 其中 itself).
 *
 * @param label the source's label
 * @returns the words
 * @example phraseOf("其中：监督处罚") // "监督处罚"
 */
export function phraseOf(label: string): string {
  return label.replace(OF_WHICH, "");
}

/**
 * What was done to licences, in English, from the source's words: 暂扣 is "suspended", 吊销
 * "revoked"; a header with both (暂扣吊销许可证, 暂扣/吊销) is "suspended or revoked"; a header with
 * neither keeps the registry's wording.
 *
 * @param label the source's label (or the registry's name)
 * @returns "suspended", "revoked" or "suspended or revoked"
 * @example licenceAction("暂扣安全生产许可证") // "suspended"
 */
export function licenceAction(label: string): string {
  const suspended = label.includes("暂扣");
  const revoked = label.includes("吊销");
  if (suspended && !revoked) return "suspended";
  if (revoked && !suspended) return "revoked";
  return "suspended or revoked";
}

/**
 * The English name of an indicator as its source words it: "licences suspended" for
 * 暂扣安全生产许可证; the registry's English for every other indicator.
 *
 * @param indicator the registry id
 * @param label the source's label, if the facts carry one
 * @returns the English name
 */
export function englishName(indicator: string, label: string | undefined): string {
  const ind = indicatorById(indicator);
  if (indicator === "licence_suspended") return `licences ${licenceAction(label ?? ind?.name ?? "")}`;
  return ind?.english ?? "indicator";
}
