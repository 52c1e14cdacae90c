/**
 * County highlights instead of a flat list of every county (issue 22, what releases say): the
 * counties with the most accidents, those where accidents and deaths both rose (双上升), how many of
 * the compared counties saw both fall ("10个县（市）中有3个实现…“双下降”"), and those with none —
 * "分县（市）看，事故起数居前的是楚雄市36起、禄丰市23起、牟定县18起；禄丰市、牟定县事故起数和死亡人数
 * “双上升”；10个县（市）中有3个实现事故起数、死亡人数“双下降”。姚安县未接报生产安全事故。"
 * Where the whole rose or fell, the counties that moved it most follow: "事故起数增加最多的是楚雄市（增加3起）、
 * 禄丰市（增加2起）" — the compared counties (groupMoves.ts) that moved the same way as the whole, largest first.
 * Written where more counties had accidents than a list reads well (MANY); every number is a
 * county's figure, a county's change (two cells) or a count of the table's rows (GroupTable.comparedRows),
 * which the report traces. docs/report-rules.md rule 19.
 */
import type { GroupRow, GroupTable } from "../facts";
import { bothFell, rowMoves, type RowMove } from "../groupMoves";
import { currentOf, enList, enNumber, n } from "./figures";
import { englishArea } from "./region";

/** From this many counties with accidents on, the highlights replace the county-by-county list. */
export const MANY = 5;
/** How many of the largest counties are named. */
const TOP = 3;

/** The counties that moved the whole most, for one indicator: the whole's direction and the counties, largest first. */
interface Contributors {
  readonly indicator: "accidents" | "deaths";
  readonly up: boolean;
  readonly rows: readonly { readonly label: string; readonly count: number }[];
}

interface Highlights {
  readonly top: readonly { readonly label: string; readonly count: number }[];
  readonly contributors: readonly Contributors[];
  readonly bothUp: readonly string[];
  readonly bothDown: number;
  readonly compared: number;
  readonly none: readonly string[];
}

/** The counties with the most accidents (or the largest change): the first TOP, fewer when the next one ties the last. */
function largest(rows: readonly { label: string; count: number }[]): { label: string; count: number }[] {
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  if (sorted.length <= TOP || sorted[TOP].count < sorted[TOP - 1].count) return sorted.slice(0, TOP);
  return sorted.filter((r) => r.count > sorted[TOP - 1].count);
}

/** The whole's change in an indicator, where both periods are stated and usable (no open 核对 finding, no error cell). */
function wholeChange(t: GroupTable, id: string): number | undefined {
  const p = t.total.find((x) => x.indicator === id);
  if (!p || p.current.check || p.current.error || p.previous.check || p.previous.error) return undefined;
  return p.current.value === null || p.previous.value === null ? undefined : p.current.value - p.previous.value;
}

/** For accidents and deaths whose whole moved: the compared counties that moved the same way, the largest first. */
function contributorsOf(t: GroupTable, moves: readonly RowMove[]): Contributors[] {
  const out: Contributors[] = [];
  for (const [indicator, id] of [
    ["accidents", "accident_count"],
    ["deaths", "deaths"],
  ] as const) {
    const whole = wholeChange(t, id);
    if (!whole) continue;
    const same = moves.filter((m) => Math.sign(m[indicator]) === Math.sign(whole)).map((m) => ({ label: m.row.label, count: Math.abs(m[indicator]) }));
    const rows = largest(same);
    if (rows.length) out.push({ indicator, up: whole > 0, rows });
  }
  return out;
}

function highlightsOf(t: GroupTable, compares: boolean): Highlights | undefined {
  const counted = t.rows.flatMap((r: GroupRow) => {
    const count = r.role === "data" ? currentOf(r.pairs, "accident_count") : undefined;
    return count === undefined ? [] : [{ label: r.label, count }];
  });
  const active = counted.filter((r) => r.count > 0);
  if (active.length < MANY) return undefined;
  const moves = compares ? rowMoves(t.rows) : [];
  return {
    top: largest(active),
    contributors: contributorsOf(t, moves),
    bothUp: moves.filter((m) => m.accidents > 0 && m.deaths > 0).map((m) => m.row.label),
    // The count the facts carry (GroupTable.bothDownRows), so the report traces it to the rows counted.
    bothDown: compares ? (t.bothDownRows ?? bothFell(t.rows).length) : 0,
    compared: compares ? (t.comparedRows ?? moves.length) : 0,
    none: counted.filter((r) => r.count === 0).map((r) => r.label),
  };
}

/**
 * The highlights in Chinese, or undefined when the list reads better (fewer than MANY counties with accidents).
 *
 * @param t the by-county table
 * @param compares whether a year earlier is compared (no 双 sentences otherwise)
 * @returns the paragraph
 */
export function zhCountyHighlights(t: GroupTable, compares: boolean): string | undefined {
  const h = highlightsOf(t, compares);
  if (!h) return undefined;
  const clauses = h.top.length ? [`事故起数居前的是${h.top.map((r) => `${r.label}${n(r.count)}起`).join("、")}`] : [];
  for (const c of h.contributors) {
    const [name, unit] = c.indicator === "accidents" ? ["事故起数", "起"] : ["死亡人数", "人"];
    const verb = c.up ? "增加" : "减少";
    clauses.push(`${name}${verb}最多的是${c.rows.map((r) => `${r.label}（${verb}${n(r.count)}${unit}）`).join("、")}`);
  }
  if (h.bothUp.length) clauses.push(`${h.bothUp.join("、")}事故起数和死亡人数“双上升”`);
  if (h.bothDown > 0) clauses.push(`${n(h.compared)}个县（市）中有${n(h.bothDown)}个实现事故起数、死亡人数“双下降”`);
  const none = h.none.length ? `${h.none.join("、")}未接报生产安全事故。` : "";
  return `分县（市）看，${clauses.join("；")}。${none}`;
}

/** Romanised names, the unknown ones counted ("2 other areas"), never Chinese (rule 16). */
function englishNames(labels: readonly string[]): string {
  const named = labels.map(englishArea);
  const known = named.filter((x) => x !== "one other area");
  const others = named.length - known.length;
  return enList([...known, ...(others ? [others === 1 ? "one other area" : `${others} other areas`] : [])]);
}

/**
 * The highlights in English: "By county, Chuxiong City (36), Lufeng City (23) and Mouding County (18) had the most
 * accidents. Accidents and deaths both rose in Lufeng City and Mouding County. Of the 10 counties compared, 3 saw both
 * accidents and deaths fall. No accident was reported in Yao'an County."
 *
 * @param t the by-county table
 * @param compares whether a year earlier is compared
 * @returns the paragraph, or undefined when the list reads better
 */
export function enCountyHighlights(t: GroupTable, compares: boolean): string | undefined {
  const h = highlightsOf(t, compares);
  if (!h) return undefined;
  const sentences = h.top.length ? [`By county, ${enList(h.top.map((r) => `${englishArea(r.label)} (${enNumber(r.count)})`))} had the most accidents.`] : [];
  for (const c of h.contributors) {
    const rows = c.rows.map((r) => `${englishArea(r.label)} (${c.up ? "up" : "down"} ${enNumber(r.count)})`);
    sentences.push(`${c.indicator === "accidents" ? "Accidents" : "Deaths"} ${c.up ? "rose" : "fell"} most in ${enList(rows)}.`);
  }
  if (h.bothUp.length) sentences.push(`Accidents and deaths both rose in ${englishNames(h.bothUp)}.`);
  if (h.bothDown > 0) sentences.push(`Of the ${enNumber(h.compared)} counties compared, ${enNumber(h.bothDown)} saw both accidents and deaths fall.`);
  if (h.none.length) sentences.push(`No accident was reported in ${englishNames(h.none)}.`);
  return sentences.join(" ");
}
