/**
 * The by-industry paragraph (T3 and rule 4 of docs/report-rules.md): each industry with accidents
 * and its own 同比 ("交通运输业发生生产安全事故14起、死亡16人、受伤8人，同比分别上升27.3%、33.3%、100%"),
 * then the industries with none in one sentence ("水上运输业未接报生产安全事故。"). Industry names
 * stay as the workbook writes them in Chinese; English names them by their standard category.
 */
import type { GroupRow, GroupTable, IndicatorPair } from "../facts";
import type { SummaryOptions } from "../options";
import { ACCIDENT_LEAD, accidentFigures, ENGLISH_WORDS, englishFigures, listedPairs } from "./accidentFigures";
import { changeItems, enChangeSentence, zhEach, zhPercentsOnly } from "./changes";
import { comparable, currentOf, enList, enNumber } from "./figures";
import { englishArea } from "./region";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { BLANK_KEY } from "../../registry/blankKey";
import { closestIndustry, englishIndustry } from "../../registry/englishNames";

interface Split {
  readonly active: GroupRow[];
  readonly zero: string[];
  /** The records with a blank key cell (（未填）), told as unfilled, never as a county or an industry. */
  readonly blank?: GroupRow;
}

/** Data rows with accidents, and the names of those with none; rows whose count is missing are left out. */
function split(rows: readonly GroupRow[]): Split {
  const active: GroupRow[] = [];
  const zero: string[] = [];
  let blank: GroupRow | undefined;
  for (const row of rows) {
    if (row.role !== "data") continue;
    const count = currentOf(row.pairs, "accident_count");
    if (count === undefined) continue;
    if (row.label === BLANK_KEY) blank = count > 0 ? row : undefined;
    else if (count === 0) zero.push(row.label);
    else active.push(row);
  }
  return { active, zero, ...(blank ? { blank } : {}) };
}

/** "另有1起事故（死亡1人、受伤1人）未填所在县（市）。" — the records a ledger counts with a blank county or industry. */
function blankZh(t: GroupTable, blank: GroupRow | undefined): string {
  if (!blank) return "";
  const [count, ...casualties] = accidentFigures(blank.pairs, true).split("、");
  return `另有${count}事故${casualties.length ? `（${casualties.join("、")}）` : ""}未填${t.keyKind === "region" ? "所在县（市）" : "所属行业"}。`;
}

function blankEn(t: GroupTable, blank: GroupRow | undefined): string {
  if (!blank) return "";
  const count = currentOf(blank.pairs, "accident_count") as number;
  const casualties = listedPairs(blank.pairs, true).slice(1);
  const what = t.keyKind === "region" ? "county" : "industry";
  const one = count === 1;
  return ` ${one ? "One further accident" : `A further ${enNumber(count)} accidents`}${casualties.length ? `, with ${englishFigures(casualties, "")},` : ""} ${one ? "has" : "have"} no ${what} filled in.`;
}

/** The pairs the 同比 speaks of: those listed, and an unlisted one (死亡0人) only when it changed. */
function comparablePairs(row: GroupRow): IndicatorPair[] {
  const listed = listedPairs(row.pairs, true);
  return row.pairs.filter(
    (p) => p.indicator in ACCIDENT_LEAD && comparable(p.current) && (listed.includes(p) || (p.current.value ?? 0) !== (p.previous.value ?? 0)),
  );
}

/**
 * A row's name in English: the industry's standard category, else the closest category by its words
 * (交通运输和仓储业 → transport and storage) unless another row of the table has that name, else counted;
 * the place romanised; never Chinese (rule 16).
 */
function englishName(label: string, t: GroupTable): string {
  if (t.keyKind !== "industry") return englishArea(label);
  const own = englishIndustry(label);
  if (own) return own;
  const closest = closestIndustry(label);
  const taken = t.rows.some((r) => r.label !== label && (englishIndustry(r.label) ?? closestIndustry(r.label)) === closest);
  return closest && !taken ? closest : "one other industry";
}

function zhChangeOf(row: GroupRow, o: SummaryOptions, noPrevious: boolean): string {
  if (noPrevious) return "";
  const listed = listedPairs(row.pairs, true);
  const listedItems = changeItems(listed, o);
  const all = changeItems(comparablePairs(row), o);
  const changedElsewhere = all.some((i) => !listed.includes(i.pair) && i.comparison.delta !== 0);
  const short = listedItems.length === listed.length && !changedElsewhere ? zhPercentsOnly(listedItems) : undefined;
  if (short) return `，同比${short}`;
  return all.length ? `，同比${zhEach(all, (p) => ACCIDENT_LEAD[p.indicator], o)}` : "";
}

function zh({ facts: f, options: o }: NarrativeContext): string | undefined {
  const t = f.byIndustry;
  if (!t) return undefined;
  const { active, zero, blank } = split(t.rows);
  if (active.length === 0) return undefined;
  const items = active.map((row) => `${row.label}发生生产安全事故${accidentFigures(row.pairs, true)}${zhChangeOf(row, o, !!f.noPrevious)}`);
  const zeroText = zero.length ? `${zero.join("、")}未接报生产安全事故。` : "";
  return `分行业看，${items.join("；")}。${zeroText}${blankZh(t, blank)}`;
}

/** A list of names, with semicolons when a name has its own "and" (agriculture, forestry and fishing; and mining and quarrying). */
function namesList(names: readonly string[]): string {
  if (names.length < 2 || !names.some((x) => x.includes(" and "))) return enList(names);
  return `${names.slice(0, -1).join("; ")}; and ${names[names.length - 1]}`;
}

function en({ facts: f, options: o }: NarrativeContext): string | undefined {
  const t = f.byIndustry;
  if (!t) return undefined;
  const { active, zero, blank } = split(t.rows);
  if (active.length === 0) return undefined;
  // One sentence per industry, its comparison a clause that names each indicator (rule 16: never
  // "up 7 and 5 (36.8% and 25%) year on year respectively", which makes the reader pair two lists).
  // "compared with a year earlier" once, in the first row that compares; the rows after it give their changes alone.
  let said = false;
  const items = active.map((row, k) => {
    const listed = listedPairs(row.pairs, true);
    const listedItems = f.noPrevious ? [] : changeItems(listed, o);
    const all = f.noPrevious ? [] : changeItems(comparablePairs(row), o);
    const named = listedItems.length !== listed.length || all.length !== listedItems.length;
    const opening = said ? "" : "compared with a year earlier";
    const change = all.length ? enChangeSentence(named ? all : listedItems, (p) => ENGLISH_WORDS[p.indicator][0], opening) : "";
    if (change) said = true;
    const name = englishName(row.label, t);
    const subject = k === 0 ? name : `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    return `${subject} had ${englishFigures(listed, "")}${change ? `; ${change}` : "."}`;
  });
  const zeroText = zero.length ? ` No accident was reported in ${namesList(zero.map((z) => englishName(z, t)))}.` : "";
  return `By industry, ${items.join(" ")}${zeroText}${blankEn(t, blank)}`;
}

/** The by-industry paragraph. */
export const industryParagraph: NarrativeParagraph = { id: "industry", zh, en };
