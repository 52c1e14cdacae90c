/**
 * The level rows of a table of one period (issue 22, "较大及以上事故"; report-rules.md rule 4): 应急管理部's monthly
 * tables state 重大 and 较大 one row each ("其中：重大事故起数 1 | 重大事故死亡人数 14 | 较大事故起数 26, 同比增减 −18 …",
 * corpus 42), provincial bulletins a 其中：较大事故 row under the whole (corpus 11, 15, 16, 04). Each row is kept as
 * the table states it — its level, its count and deaths, and the 同比 the table states for them — never added to
 * another level: 重大 and 较大 side by side are not 较大及以上 unless 特别重大 is stated too, and the 综述 names each.
 */
import type { Fact } from "../facts";
import { firstFact, isColumnGroup } from "./factTables";
import type { LevelRow, SourcedValue } from "./facts";
import { keyLevels, levelKey, levelWord } from "./largerLevels";
import { sourcedOf } from "./sourced";

const ORDER = ["特别重大", "重大", "较大"];

/** The stated change of a level's figure against a year earlier, where the table states one. */
function statedOf(facts: readonly Fact[], id: string, measure: "change" | "change_pct"): SourcedValue | undefined {
  const f = facts.find((x) => x.indicator === id && x.measure === measure && x.base?.relation === "year_ago");
  return f && f.value !== null ? sourcedOf(f) : undefined;
}

/**
 * The level rows of a table's facts (one period: a table with year-earlier figures gives its level sentence
 * through largerLevels.ts), highest level first; none where no row names a level above 一般 with a count.
 *
 * @param facts the facts of the table (the year-to-date view of a monthly report)
 * @returns the rows, or undefined
 * @example levelRows(corpus42Facts)?.map((r) => r.word) // ["重大", "较大"]
 */
export function levelRows(facts: readonly Fact[]): LevelRow[] | undefined {
  const byKey = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = levelKey(f);
    if (key && f.period.relation === "current") byKey.set(key.key, [...(byKey.get(key.key) ?? []), f]);
  }
  const rows = [...byKey.values()].flatMap((list): LevelRow[] => {
    const levels = keyLevels(levelKey(list[0])!);
    const figure = (id: string) => firstFact(list, id, ["current"], list.some(isColumnGroup));
    const count = figure("accident_count");
    if (!count || count.value === null) return [];
    const deaths = figure("deaths");
    const injured = figure("injured");
    const stated = (measure: "change" | "change_pct") => {
      const c = statedOf(list, "accident_count", measure);
      const d = deaths && deaths.value !== null ? statedOf(list, "deaths", measure) : undefined;
      const i = injured && injured.value !== null ? statedOf(list, "injured", measure) : undefined;
      return { ...(c ? { count: c } : {}), ...(d ? { deaths: d } : {}), ...(i ? { injured: i } : {}) };
    };
    return [
      {
        word: levelWord(levels),
        levels,
        count: sourcedOf(count),
        ...(deaths && deaths.value !== null ? { deaths: sourcedOf(deaths) } : {}),
        ...(injured && injured.value !== null ? { injured: sourcedOf(injured) } : {}),
        change: stated("change"),
        pct: stated("change_pct"),
      },
    ];
  });
  // Two rows naming one level (重大 beside 重大及以上) are never both told: the one that covers more stays.
  const kept = rows.filter((r) => !rows.some((o) => o !== r && o.levels.length > r.levels.length && r.levels.every((l) => o.levels.includes(l))));
  const top = (r: LevelRow) => Math.min(...r.levels.map((l) => ORDER.indexOf(l)));
  return kept.length ? kept.sort((a, b) => top(a) - top(b)) : undefined;
}
