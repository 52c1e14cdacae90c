import { largerAccidents, LEVEL_ENGLISH } from "../../registry/levelWords";
import type { IndicatorPair, SummaryFacts } from "../facts";
import type { SummaryOptions } from "../options";
import { ACCIDENT_LEAD, accidentFigures, englishFigures, listedPairs } from "./accidentFigures";
import { derivedLevelBasis } from "../ledgerLabels";
import { changeItems, zhCounts } from "./changes";
import { comparable, enNumber, enVerify, n, pairOf, present, zhVerify } from "./figures";

/** One level of the sentence: its words and its figures. */
interface LevelFigures {
  readonly zh: string;
  readonly en: string;
  readonly pairs: readonly IndicatorPair[];
  /** A ledger's levels derived from deaths alone: what judged them and the columns it lacks. */
  readonly basis?: { readonly by: string; readonly missing: string };
}

/**
 * The level sentence (rule 4): "未接报较大及以上生产安全事故。", "其中较大及以上事故1起、死亡3人，同比…" — from a row
 * 较大及以上事故起数 of the table, its rows that name the levels (其中：较大事故起数 | 较大事故死亡人数), or the ledger's
 * levels (summary/largerLevels.ts). A table that states 较大 alone says 较大事故, never 较大及以上; one that states 较大
 * and 重大 but no 特别重大 names each ("其中重大事故1起…；较大事故13起…"), never adds them into one word.
 */
export function levelSentence(f: SummaryFacts, o: SummaryOptions, en: boolean): string {
  const row = pairOf(f.accidents, "count_level_ge_larger");
  const larger = row ? { scope: "larger_or_above" as const, pairs: [{ ...row, indicator: "accident_count" }], higher: [] } : f.largerAccidents;
  if (!larger || present(larger.pairs[0]?.current) === undefined) return "";
  const above = larger.scope === "larger_or_above";
  const without = row ? undefined : larger.derivedWithout;
  // A ledger's levels judged by deaths alone (no 重伤 or 直接经济损失 column) say so: the count may be low.
  const basis = without?.length ? derivedLevelBasis(without, en ? "en" : "zh") : undefined;
  const levels: LevelFigures[] = [
    ...(larger.higher ?? []).map((h) => ({ zh: h.word, en: LEVEL_ENGLISH[h.word] ?? h.word, pairs: h.pairs })),
    { zh: above ? "较大及以上" : "较大", en: largerAccidents(above), pairs: larger.pairs, ...(basis ? { basis } : {}) },
  ];
  const told: string[] = [];
  const none: string[] = [];
  for (const level of levels) {
    const x = present(level.pairs[0]?.current);
    if (x === undefined) continue;
    const compared = f.noPrevious ? [] : level.pairs.filter((p) => comparable(p.current) && present(p.previous) !== undefined);
    const prev = present(compared[0]?.indicator === "accident_count" ? compared[0].previous : undefined);
    const verify = zhVerify(level.pairs[0].current, "起");
    const b = level.basis;
    if (en) (x === 0 ? none : told).push(levelSentenceEn(level.pairs, compared, x, prev, `${level.en} accident`, told.length === 0));
    else if (x === 0 && b) none.push(`按${b.by}推定，未发现${level.zh}生产安全事故${verify}（台账无${b.missing}列）${prev ? `，去年同期${n(prev)}起` : ""}`);
    else if (x === 0) none.push(`未接报${level.zh}生产安全事故${verify}${prev ? `，去年同期${n(prev)}起` : ""}`);
    else {
      // MEM's counts ("同比增加6起、22人"), never a small count's percent.
      const items = prev === undefined || prev === 0 ? [] : changeItems(compared, o);
      const change = items.length ? `，同比${zhCounts(items, (p) => ACCIDENT_LEAD[p.indicator])}` : prev === 0 ? "，去年同期无" : "";
      const derived = b ? `（按${b.by}推定；台账无${b.missing}列，可能少计）` : "";
      told.push(`${level.zh}事故${accidentFigures(level.pairs, true)}${derived}${change}`);
    }
  }
  if (en) {
    const judged = basis ? ` Levels are judged by ${basis.by}: the ledger has no ${basis.missing} column, so the count may be low.` : "";
    return `${[...told, ...none].join("")}${judged}`;
  }
  if (!told.length) return `${none.join("；")}。`;
  return `其中${[...told, ...none].join("；")}。`;
}

/** One level's English sentence: " Of these, 2 were relatively serious accidents, …", a further level " Another was a …". */
function levelSentenceEn(
  pairs: readonly IndicatorPair[],
  compared: readonly IndicatorPair[],
  x: number,
  prev: number | undefined,
  kind: string,
  first: boolean,
): string {
  const verify = enVerify(pairs[0]?.current);
  if (x === 0) return prev ? ` No ${kind} was reported${verify}, against ${enNumber(prev)} a year earlier.` : ` No ${kind} was reported${verify}.`;
  const casualties = listedPairs(pairs, true).slice(1);
  const lead = first
    ? ` Of these, ${enNumber(x)} ${x === 1 ? `was a ${kind}` : `were ${kind}s`}${verify}`
    : ` Another ${x === 1 ? `was a ${kind}` : `${enNumber(x)} were ${kind}s`}${verify}`;
  if (!casualties.length) {
    const against = prev === undefined ? "" : prev === 0 ? ", against none a year earlier" : `, against ${enNumber(prev)} a year earlier`;
    return `${lead}${against}.`;
  }
  // "…, with 6 deaths and 1 injury; a year earlier there were 2, with 6 deaths and 1 injury."
  const yearAgo = listedPairs(
    compared.map((p) => ({ ...p, current: p.previous })),
    true,
  ).slice(1);
  const before =
    prev === undefined
      ? ""
      : prev === 0
        ? "; there were none a year earlier"
        : `; a year earlier there ${prev === 1 ? "was" : "were"} ${enNumber(prev)}${yearAgo.length ? `, with ${englishFigures(yearAgo)}` : ""}`;
  return `${lead}, with ${englishFigures(casualties)}${before}.`;
}
