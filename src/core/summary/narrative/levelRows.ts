/**
 * The level sentence of a table of one period (report-rules.md rule 4; issue 22, "较大及以上事故"): each level row
 * as the table states it, the highest level first, with the 同比 it states — in counts, as 应急管理部's monthly
 * releases write a level's ("较大事故26起、死亡100人，同比减少18起、62人"), else the stated percents ("同比分别下降
 * 1.4%、5.7%"). "其中重大事故1起、死亡14人；较大事故26起、死亡100人，同比减少18起、62人。" Levels are never added
 * (重大 and 较大 are not 较大及以上 unless 特别重大 is stated too); a level with no accident is "未接报重大生产安全事故",
 * never "0起"; a stated change with an open 核对 finding is not told.
 */
import { LEVEL_ENGLISH } from "../../registry/levelWords";
import type { LevelRow, SourcedValue } from "../facts";
import { enList, enNumber, enStatedPct, n, statedPct } from "./figures";

function told(v: SourcedValue | undefined): number | undefined {
  return v && v.value !== null && Number.isFinite(v.value) && !v.check && !v.error ? v.value : undefined;
}

/** The figures a level row tells, in order: the count, the deaths where stated, the injured where stated and not 0. */
type Figure = "count" | "deaths" | "injured";

/** The figures whose changes the sentence names: the injured only where the row tells them ("、受伤1人"). */
function figuresOf(r: LevelRow): Figure[] {
  return r.injured?.value ? ["count", "deaths", "injured"] : ["count", "deaths"];
}

const ZH_NAME: Record<Figure, string> = { count: "事故起数", deaths: "死亡人数", injured: "受伤人数" };
const ZH_UNIT: Record<Figure, string> = { count: "起", deaths: "人", injured: "人" };

/** "，同比减少18起、62人", "，同比事故起数持平，死亡人数减少4人", "，同比分别下降1.4%、5.7%", "，同比均持平", or "". */
function zhChange(r: LevelRow): string {
  const figures = figuresOf(r);
  const changes = figures.map((k) => told(r.change[k]));
  const [c, d] = changes;
  const verb = (x: number) => (x > 0 ? "增加" : "减少");
  // 应急管理部's 同比减少18起、62人: the count and the deaths only, moving one way.
  if (figures.length === 2 && c !== undefined && d !== undefined && Math.sign(c) === Math.sign(d) && c !== 0)
    return `，同比${verb(c)}${n(Math.abs(c))}起、${n(Math.abs(d))}人`;
  // All unchanged share one 持平 (rule 3): "其中较大事故12起、死亡45人，同比均持平" (湖南, corpus 15).
  const allSame = (xs: (number | undefined)[]) => xs.filter((x) => x !== undefined).length > 1 && xs.every((x) => x === undefined || x === 0);
  if (allSame(changes)) return "，同比均持平";
  const each = figures.flatMap((k, j) => {
    const x = changes[j];
    return x === undefined ? [] : [`${ZH_NAME[k]}${x === 0 ? "持平" : `${verb(x)}${n(Math.abs(x))}${ZH_UNIT[k]}`}`];
  });
  if (each.length) return `，同比${each.join("，")}`;
  const pcts = figures.map((k) => told(r.pct[k]));
  const move = (x: number) => (x > 0 ? "上升" : "下降");
  if (allSame(pcts)) return "，同比均持平";
  // 分别 only where every figure told has its percent, all moving one way.
  if (pcts[0] !== undefined && pcts[0] !== 0 && pcts.every((x) => x !== undefined && Math.sign(x) === Math.sign(pcts[0]!)))
    return `，同比分别${move(pcts[0])}${pcts.map((x, j) => `${statedPct(x!, r.pct[figures[j]])}%`).join("、")}`;
  const named = figures.flatMap((k, j) => {
    const x = pcts[j];
    return x === undefined ? [] : [`${ZH_NAME[k]}${x === 0 ? "持平" : `${move(x)}${statedPct(x, r.pct[k])}%`}`];
  });
  return named.length ? `，同比${named.join("，")}` : "";
}

/**
 * The Chinese level sentence: "其中重大事故1起、死亡14人；较大事故26起、死亡100人，同比减少18起、62人。"
 *
 * @param rows the level rows, highest level first
 * @returns the sentence, "" without rows
 */
export function zhLevelRows(rows: readonly LevelRow[] | undefined): string {
  if (!rows?.length) return "";
  const some = rows.filter((r) => r.count.value !== 0);
  const none = rows.filter((r) => r.count.value === 0).map((r) => r.word);
  const told = some.map((r) => {
    const deaths = r.deaths?.value ? `、死亡${n(r.deaths.value)}人` : "";
    const injured = r.injured?.value ? `、受伤${n(r.injured.value)}人` : "";
    return `${r.word}事故${n(r.count.value as number)}起${deaths}${injured}${zhChange(r)}`;
  });
  const nothing = none.length ? `未接报${none.join("、")}生产安全事故` : "";
  if (!told.length) return `${nothing}。`;
  return `其中${told.join("；")}${nothing ? `；${nothing}` : ""}。`;
}

const EN_NOUN: Record<Figure, readonly [string, string]> = { count: ["accident", "accidents"], deaths: ["death", "deaths"], injured: ["injury", "injuries"] };

/** How many of the figures say one thing together: "both", "all three". */
const together = (k: number) => (k === 2 ? "both" : "all three");

/**
 * The English of a level row's stated change: after the figures, " (18 fewer accidents and 62 fewer deaths than a year
 * earlier)", " (accidents down 1.4% and deaths down 5.7% year on year)"; a count alone stated unchanged right after the
 * count, " (the same number as a year earlier)" (corpus 42's one 重大 accident: never "accidents unchanged").
 */
function enChange(r: LevelRow): { afterCount: string; after: string } {
  const figures = figuresOf(r);
  const none = { afterCount: "", after: "" };
  const sameAsBefore = { afterCount: " (the same number as a year earlier)", after: "" };
  const count = (x: number, k: Figure) => `${enNumber(Math.abs(x))} ${x > 0 ? "more" : "fewer"} ${EN_NOUN[k][Math.abs(x) === 1 ? 0 : 1]}`;
  const stated = figures.flatMap((k) => {
    const x = told(r.change[k]);
    return x === undefined ? [] : [[x, k] as const];
  });
  if (stated.length) {
    // "持平" typed in the change cell: "as many accidents as a year earlier", never "as many accidents than".
    const same = stated.filter(([x]) => x === 0).map(([, k]) => EN_NOUN[k][1]);
    const moved = stated.filter(([x]) => x !== 0).map(([x, k]) => count(x, k));
    if (!moved.length && stated.length === 1 && stated[0][1] === "count") return sameAsBefore;
    if (!moved.length) return { ...none, after: ` (${same.length > 1 ? together(same.length) : same[0]} unchanged from a year earlier)` };
    return { ...none, after: same.length ? ` (as many ${enList(same)} as a year earlier, and ${enList(moved)})` : ` (${enList(moved)} than a year earlier)` };
  }
  const pcts = figures.flatMap((k) => {
    const x = told(r.pct[k]);
    return x === undefined ? [] : [[x, k] as const];
  });
  if (pcts.length > 1 && pcts.every(([x]) => x === 0)) return { ...none, after: ` (${together(pcts.length)} unchanged year on year)` };
  if (pcts.length === 1 && pcts[0][0] === 0 && pcts[0][1] === "count") return sameAsBefore;
  const pct = ([x, k]: readonly [number, Figure]) => `${EN_NOUN[k][1]} ${x === 0 ? "unchanged" : `${x > 0 ? "up" : "down"} ${enStatedPct(x, r.pct[k])}%`}`;
  return { ...none, after: pcts.length ? ` (${enList(pcts.map(pct))} year on year)` : "" };
}

/** "serious", "relatively serious", "serious or worse". */
function english(r: LevelRow): string {
  const lowest = r.word.replace(/及以上$/, "");
  return `${LEVEL_ENGLISH[lowest] ?? lowest}${r.word.endsWith("及以上") ? " or worse" : ""}`;
}

/**
 * The English level sentence: " Of these, 1 was a serious accident, with 14 deaths; 26 were relatively serious
 * accidents, with 100 deaths (18 fewer accidents and 62 fewer deaths than a year earlier)."
 *
 * @param rows the level rows, highest level first
 * @returns the sentence with a leading space, "" without rows
 */
export function enLevelRows(rows: readonly LevelRow[] | undefined): string {
  if (!rows?.length) return "";
  const some = rows.filter((r) => r.count.value !== 0);
  const none = rows.filter((r) => r.count.value === 0);
  const parts = some.map((r) => {
    const x = r.count.value as number;
    const people = [
      ...(r.deaths?.value ? [`${enNumber(r.deaths.value)} ${r.deaths.value === 1 ? "death" : "deaths"}`] : []),
      ...(r.injured?.value ? [`${enNumber(r.injured.value)} ${r.injured.value === 1 ? "injury" : "injuries"}`] : []),
    ];
    const change = enChange(r);
    const level = x === 1 ? `was ${/^[aeiou]/.test(english(r)) ? "an" : "a"} ${english(r)} accident` : `were ${english(r)} accidents`;
    return `${enNumber(x)} ${level}${change.afterCount}${people.length ? `, with ${enList(people)}` : ""}${change.after}`;
  });
  const nothing = none.length ? `No ${enList(none.map(english))} accident was reported.` : "";
  return `${parts.length ? ` Of these, ${parts.join("; ")}.` : ""}${nothing ? ` ${nothing}` : ""}`;
}
