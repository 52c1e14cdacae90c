/**
 * Units written in headers and unit rows: "（万元）", "(万元)", "单位：万元", "单位：起、人、%".
 */
import { normalHeader, trailingUnit } from "./headerText";
import { KNOWN_UNITS } from "./unitWords";

export { KNOWN_UNITS } from "./unitWords";

const UNIT_SET = new Set(KNOWN_UNITS);
const BRACKET_CONTENT = /[（(]([^（()）]*)[）)]/g;
const UNIT_ROW = /^单位[:：]?(.*)$/;

/** Reduces "家(次)", "座(次)", "头(只)" and "±%" style variants to a known unit. */
function unitOf(text: string): string | undefined {
  const t = text.replace(/[±+\-/]/g, "");
  if (UNIT_SET.has(t)) return t;
  const m = /^(.+?)[(（]?次[)）]?$/.exec(t);
  if (m && UNIT_SET.has(`${m[1]}次`)) return `${m[1]}次`;
  return undefined;
}

/**
 * The unit a header states, in brackets or after "单位：".
 *
 * @param header a header cell ("直接经济损失（万元）", "检查企业(家次)", "单位：万元")
 * @returns the unit word, or undefined when the header states none
 * @example parseUnit("直接经济损失（万元）") // "万元"
 * @example parseUnit("同比增减幅度(%)") // "%"
 * @example parseUnit("死亡/人") // "人"
 */
export function parseUnit(header: unknown): string | undefined {
  const text = normalHeader(header);
  const row = UNIT_ROW.exec(text);
  if (row) {
    const units = parseUnitList(text);
    return units.length === 1 ? units[0] : undefined;
  }
  let found: string | undefined = trailingUnit(text)?.unit;
  for (const m of text.matchAll(BRACKET_CONTENT)) {
    const unit = unitOf(m[1]);
    if (unit) found = unit;
  }
  return found;
}

/**
 * The units listed in a unit row ("单位：起、人、%"), in order.
 *
 * @param text the unit row's text
 * @returns the unit words, or [] when the text is not a unit row
 * @example parseUnitList("单位：起、人、%") // ["起", "人", "%"]
 */
export function parseUnitList(text: unknown): string[] {
  const m = UNIT_ROW.exec(normalHeader(text));
  if (!m) return [];
  const units: string[] = [];
  for (const part of m[1].split(/[、,，;；/]/)) {
    const unit = unitOf(part);
    if (unit && !units.includes(unit)) units.push(unit);
  }
  return units;
}

/**
 * Whether a cell is a unit row's text ("单位：万元").
 *
 * @param text a cell
 * @returns true when it starts with 单位 and lists at least one unit
 * @example isUnitRowText("单位：起、人、%") // true
 */
export function isUnitRowText(text: unknown): boolean {
  return parseUnitList(text).length > 0;
}

/**
 * The unit a cell states when it holds nothing else: a cell of a units row under a header ("人",
 * "（万元）", "头只").
 *
 * @param text a cell
 * @returns the unit word, or undefined when the cell is not a lone unit
 * @example unitWord("公顷") // "公顷"
 * @example unitWord("受灾人口") // undefined
 */
export function unitWord(text: unknown): string | undefined {
  const t = normalHeader(text).replace(/^[(（[]|[)）\]]$/g, "");
  return t === "" ? undefined : unitOf(t);
}
