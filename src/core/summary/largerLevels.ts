/**
 * 较大及以上 accidents for the level sentence of the accident paragraph (docs/report-rules.md rule 4;
 * issue 22, "what releases say": "未发生较大及以上事故", "发生较大事故24起、死亡和下落不明92人，同比增加6起、22人"):
 * from the rows (or columns) of the accident source that name an accident level — 其中：较大事故起数 |
 * 较大事故死亡人数 under a table keyed by indicator (corpus 03), 其中：一般事故 | 较大事故 | 重大及以上事故 under a
 * table's 各类生产安全事故 row (corpus 08) — or from an accident ledger's levels (as written, else derived from
 * the thresholds: ledger/accidentLevel.ts).
 *
 * The levels are never guessed: a table that states 较大 alone says nothing about 重大 and above, so its
 * sentence names 较大事故 only; 较大及以上 is said where 较大 and every level above it are stated (one row
 * each, or a row naming several: 重大及以上, 重特大), or where the source is a ledger, whose every record has
 * a level. Two rows that name the same level are never both added (重大 beside 重大及以上: the one that
 * covers more is taken).
 */
import type { BreakdownKey, Fact } from "../facts";
import { indicatorById } from "../registry/indicators";
import { firstFact, isColumnGroup } from "./factTables";
import type { IndicatorPair, LargerAccidents, SourcedValue } from "./facts";
import { sourcedOf } from "./sourced";

const ABOVE_ONE = ["较大", "重大", "特别重大"] as const;
type Level = (typeof ABOVE_ONE)[number];

/** 较大事故, 其中：重大及以上事故, 重特大事故起数, 较大生产安全事故合计 — the level words at the start of a key. */
const LEVEL_KEY = /^(?:其中[：:]?)?(特别重大|重特大|重大|较大)(及以上|以上)?(?:生产安全)?(?:事故)?(?:起数|合计|小计)?$/;

/**
 * The accident levels above 一般 a breakdown key names.
 *
 * @param label the key as written or as the facts key it
 * @returns the levels, none for any other key (一般事故, a county, 其中：道路运输业)
 * @example levelsNamed("重大及以上事故") // ["重大", "特别重大"]
 * @example levelsNamed("其中：较大事故起数") // ["较大"]
 */
export function levelsNamed(label: string): Level[] {
  const m = LEVEL_KEY.exec(label.replace(/\s+/g, ""));
  if (!m) return [];
  if (m[1] === "重特大") return ["重大", "特别重大"];
  const from = ABOVE_ONE.indexOf(m[1] as Level);
  return m[2] ? ABOVE_ONE.slice(from) : [m[1] as Level];
}

/**
 * A key's levels in one word: "重大", "较大", "重大及以上" (a key naming several levels, 重特大 or 重大及以上).
 *
 * @param levels the levels a key names
 * @returns the word
 * @example levelWord(["重大", "特别重大"]) // "重大及以上"
 */
export function levelWord(levels: readonly string[]): string {
  const lowest = [...levels].sort((a, b) => ABOVE_ONE.indexOf(a as Level) - ABOVE_ONE.indexOf(b as Level))[0];
  return levels.length > 1 ? `${lowest}及以上` : lowest;
}

/**
 * The levels a key names: a level key by its key (较大, whatever row it came from: 较大事故死亡人数), another by
 * its words (较大事故; 其中：较大事故 under a table of industries, corpus 11).
 *
 * @param k the key
 * @returns the levels, none for a key that names no level
 */
export function keyLevels(k: BreakdownKey): Level[] {
  if (k.dimension === "level") return levelsNamed(k.key);
  return k.dimension === "other" || k.dimension === "industry" ? levelsNamed(k.label ?? k.key) : [];
}

/**
 * The one key of a fact that names levels above 一般, if that is its only key.
 *
 * @param f the fact
 * @returns the key, or undefined
 */
export function levelKey(f: Fact): BreakdownKey | undefined {
  const keys = f.breakdown.filter((k) => k.axis !== "table");
  return keys.length === 1 && keyLevels(keys[0]).length ? keys[0] : undefined;
}

/**
 * Keys that together name 较大 and the levels above it once each: the widest key first (较大及以上 alone),
 * else 较大 with the widest keys above it. Where they do not reach 特别重大 (a table's 较大 and 重大 rows only),
 * 较大 is told alone and each level above it as its own (`higher`), never added into 较大's word.
 */
function cover(
  keys: readonly { key: string; levels: readonly Level[] }[],
  complete: boolean,
): { keys: string[]; higher: string[]; scope: LargerAccidents["scope"] } | undefined {
  const widest = [...keys].sort((a, b) => b.levels.length - a.levels.length);
  const chosen: string[] = [];
  const covered = new Set<Level>();
  for (const k of widest) {
    if (k.levels.some((l) => covered.has(l))) continue;
    chosen.push(k.key);
    k.levels.forEach((l) => covered.add(l));
  }
  if (!covered.has("较大")) return undefined;
  // A ledger gives every record a level: a level with no record has none.
  const all = complete || ABOVE_ONE.every((l) => covered.has(l));
  if (all) return { keys: chosen, higher: [], scope: "larger_or_above" };
  // Short of every level, only a key of 较大 alone names 较大 (a key naming 较大 and more would reach 特别重大).
  const isLarger = (k: string) => keys.find((x) => x.key === k)?.levels.join() === "较大";
  return { keys: chosen.filter(isLarger), higher: chosen.filter((k) => !isLarger(k)), scope: "larger" };
}

function sumOf(parts: readonly SourcedValue[]): SourcedValue {
  if (parts.length === 1) return parts[0];
  // Missing is never zero: a level without the figure leaves the sum missing.
  const value = parts.some((p) => p.value === null) ? null : Number(parts.reduce((s, p) => s + (p.value as number), 0).toFixed(10));
  return { value, sumOf: parts };
}

/**
 * 较大及以上 (or 较大) accidents, with their deaths and injuries where the source states them per level,
 * this period and a year earlier.
 *
 * @param facts the facts of the source that gives the accident totals (a table's view, a ledger's facts)
 * @param complete true for a ledger, whose every record has a level
 * @returns the pairs (事故起数 first), or undefined when no row names 较大
 * @example largerAccidents(corpus03Facts, false) // { scope: "larger", pairs: [事故起数 2 against 2, 死亡人数 6 against 6, 受伤人数 1 against 1] }
 */
export function largerAccidents(facts: readonly Fact[], complete: boolean): LargerAccidents | undefined {
  const byKey = new Map<string, { levels: Level[]; facts: Fact[] }>();
  for (const f of facts) {
    const key = levelKey(f);
    if (!key) continue;
    const entry = byKey.get(key.key) ?? { levels: keyLevels(key), facts: [] };
    entry.facts.push(f);
    byKey.set(key.key, entry);
  }
  const chosen = cover(
    [...byKey].map(([key, e]) => ({ key, levels: e.levels })),
    complete,
  );
  if (!chosen) return undefined;
  const pairsOf = (keys: readonly string[]): IndicatorPair[] => {
    const side = (id: string, relation: string) => {
      const found = keys.map((k) => {
        const list = byKey.get(k)!.facts;
        return firstFact(list, id, [relation], list.some(isColumnGroup));
      });
      return found.every((f) => f !== undefined) ? sumOf(found.map((f) => sourcedOf(f))) : undefined;
    };
    return ["accident_count", "deaths", "injured"].flatMap((id) => {
      const current = side(id, "current");
      if (!current || current.value === null) return [];
      const ind = indicatorById(id);
      return [
        {
          indicator: id,
          name: ind?.name ?? id,
          classifier: ind?.classifier ?? "",
          unit: ind?.baseUnit ?? "",
          current,
          previous: side(id, "year_ago") ?? { value: null },
        },
      ];
    });
  };
  const pairs = pairsOf(chosen.keys);
  // Each level above 较大 that the source states on its own, highest first, with its own figures.
  const higher = chosen.higher
    .map((k) => ({ word: levelWord(byKey.get(k)!.levels), pairs: pairsOf([k]) }))
    .filter((h) => h.pairs[0]?.indicator === "accident_count")
    .sort((a, b) => ABOVE_ONE.indexOf(b.word.replace(/及以上$/, "") as Level) - ABOVE_ONE.indexOf(a.word.replace(/及以上$/, "") as Level));
  if (pairs[0]?.indicator !== "accident_count") return undefined;
  return { scope: chosen.scope, pairs, ...(higher.length ? { higher } : {}) };
}
