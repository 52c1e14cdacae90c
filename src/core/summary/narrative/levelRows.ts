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
import { enList, enNumber, n } from "./figures";

function told(v: SourcedValue | undefined): number | undefined {
  return v && v.value !== null && Number.isFinite(v.value) && !v.check && !v.error ? v.value : undefined;
}

/** "，同比减少18起、62人", "，同比事故起数持平，死亡人数减少4人", "，同比分别下降1.4%、5.7%", or "". */
function zhChange(r: LevelRow): string {
  const [c, d] = [told(r.change.count), told(r.change.deaths)];
  const verb = (x: number) => (x > 0 ? "增加" : "减少");
  if (c !== undefined && d !== undefined && Math.sign(c) === Math.sign(d) && c !== 0) return `，同比${verb(c)}${n(Math.abs(c))}起、${n(Math.abs(d))}人`;
  // Both unchanged share one 持平 (rule 3): "其中较大事故12起、死亡45人，同比均持平" (湖南, corpus 15).
  if (c !== undefined && d !== undefined && c === 0 && d === 0) return "，同比均持平";
  const each = [
    [c, "事故起数", "起"],
    [d, "死亡人数", "人"],
  ].flatMap(([x, name, unit]) => (x === undefined ? [] : [`${name}${x === 0 ? "持平" : `${verb(x as number)}${n(Math.abs(x as number))}${unit}`}`]));
  if (each.length) return `，同比${each.join("，")}`;
  const [p, q] = [told(r.pct.count), told(r.pct.deaths)];
  const move = (x: number) => (x > 0 ? "上升" : "下降");
  if (p === 0 && q === 0) return "，同比均持平";
  if (p !== undefined && q !== undefined && p !== 0 && Math.sign(p) === Math.sign(q)) return `，同比分别${move(p)}${n(Math.abs(p))}%、${n(Math.abs(q))}%`;
  const pcts = [
    [p, "事故起数"],
    [q, "死亡人数"],
  ].flatMap(([x, name]) => (x === undefined ? [] : [`${name}${x === 0 ? "持平" : `${move(x as number)}${n(Math.abs(x as number))}%`}`]));
  return pcts.length ? `，同比${pcts.join("，")}` : "";
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
    return `${r.word}事故${n(r.count.value as number)}起${deaths}${zhChange(r)}`;
  });
  const nothing = none.length ? `未接报${none.join("、")}生产安全事故` : "";
  if (!told.length) return `${nothing}。`;
  return `其中${told.join("；")}${nothing ? `；${nothing}` : ""}。`;
}

/** " (18 fewer accidents and 62 fewer deaths than a year earlier)", " (accidents down 1.4% and deaths down 5.7% year on year)", or "". */
function enChange(r: LevelRow): string {
  const [c, d] = [told(r.change.count), told(r.change.deaths)];
  const count = (x: number, noun: string) => `${enNumber(Math.abs(x))} ${x > 0 ? "more" : "fewer"} ${Math.abs(x) === 1 ? noun : `${noun}s`}`;
  const stated = [...(c !== undefined ? [[c, "accident"] as const] : []), ...(d !== undefined ? [[d, "death"] as const] : [])];
  if (stated.length) {
    // "持平" typed in the change cell: "as many accidents as a year earlier", never "as many accidents than".
    const same = stated.filter(([x]) => x === 0).map(([, noun]) => `${noun}s`);
    const moved = stated.filter(([x]) => x !== 0).map(([x, noun]) => count(x, noun));
    if (!moved.length) return ` (${same.length > 1 ? "both" : same[0]} unchanged from a year earlier)`;
    return same.length ? ` (as many ${enList(same)} as a year earlier, and ${enList(moved)})` : ` (${enList(moved)} than a year earlier)`;
  }
  const [p, q] = [told(r.pct.count), told(r.pct.deaths)];
  if (p === 0 && q === 0) return " (both unchanged year on year)";
  const pct = (x: number, noun: string) => `${noun} ${x === 0 ? "unchanged" : `${x > 0 ? "up" : "down"} ${enNumber(Math.abs(x))}%`}`;
  const pcts = [...(p !== undefined ? [pct(p, "accidents")] : []), ...(q !== undefined ? [pct(q, "deaths")] : [])];
  return pcts.length ? ` (${enList(pcts)} year on year)` : "";
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
    const deaths = r.deaths?.value ? `, with ${enNumber(r.deaths.value)} ${r.deaths.value === 1 ? "death" : "deaths"}` : "";
    return `${enNumber(x)} ${x === 1 ? `was ${/^[aeiou]/.test(english(r)) ? "an" : "a"} ${english(r)} accident` : `were ${english(r)} accidents`}${deaths}${enChange(r)}`;
  });
  const nothing = none.length ? `No ${enList(none.map(english))} accident was reported.` : "";
  return `${parts.length ? ` Of these, ${parts.join("; ")}.` : ""}${nothing ? ` ${nothing}` : ""}`;
}
