import { largerAccidents } from "../../registry/levelWords";
import type { IndicatorPair, SummaryFacts } from "../facts";
import type { SummaryOptions } from "../options";
import { ACCIDENT_LEAD, accidentFigures, englishFigures, listedPairs } from "./accidentFigures";
import { derivedLevelBasis } from "../ledgerLabels";
import { changeItems, zhCounts } from "./changes";
import { comparable, enNumber, enVerify, n, pairOf, present, zhVerify } from "./figures";

/**
 * The level sentence (rule 4): "未接报较大及以上生产安全事故。", "其中较大及以上事故1起、死亡3人，同比…" — from a row
 * 较大及以上事故起数 of the table, its rows that name the levels (其中：较大事故起数 | 较大事故死亡人数), or the ledger's
 * levels (summary/largerLevels.ts). A table that states 较大 alone says 较大事故, never 较大及以上.
 */
export function levelSentence(f: SummaryFacts, o: SummaryOptions, en: boolean): string {
  const row = pairOf(f.accidents, "count_level_ge_larger");
  const larger = row ? { scope: "larger_or_above" as const, pairs: [{ ...row, indicator: "accident_count" }] } : f.largerAccidents;
  const x = present(larger?.pairs[0]?.current);
  if (x === undefined || !larger) return "";
  const compared = f.noPrevious ? [] : larger.pairs.filter((p) => comparable(p.current) && present(p.previous) !== undefined);
  const prev = present(compared[0]?.indicator === "accident_count" ? compared[0].previous : undefined);
  const above = larger.scope === "larger_or_above";
  const without = row ? undefined : larger.derivedWithout;
  if (en) {
    const basis = without?.length ? derivedLevelBasis(without, "en") : undefined;
    const judged = basis ? ` Levels are judged by ${basis.by}: the ledger has no ${basis.missing} column, so the count may be low.` : "";
    return `${levelSentenceEn(larger.pairs, compared, x, prev, above)}${judged}`;
  }
  const what = above ? "较大及以上" : "较大";
  const verify = zhVerify(larger.pairs[0].current, "起");
  const basis = without?.length ? derivedLevelBasis(without, "zh") : undefined;
  if (x === 0 && basis) return `按${basis.by}推定，未发现${what}生产安全事故${verify}（台账无${basis.missing}列）${prev ? `，去年同期${n(prev)}起` : ""}。`;
  if (x === 0) return prev ? `未接报${what}生产安全事故${verify}，去年同期${n(prev)}起。` : `未接报${what}生产安全事故${verify}。`;
  // MEM's counts ("同比增加6起、22人"), never a small count's percent.
  const items = prev === undefined || prev === 0 ? [] : changeItems(compared, o);
  const change = items.length ? `，同比${zhCounts(items, (p) => ACCIDENT_LEAD[p.indicator])}` : prev === 0 ? "，去年同期无" : "";
  const derived = basis ? `（按${basis.by}推定；台账无${basis.missing}列，可能少计）` : "";
  return `其中${what}事故${accidentFigures(larger.pairs, true)}${derived}${change}。`;
}

function levelSentenceEn(pairs: readonly IndicatorPair[], compared: readonly IndicatorPair[], x: number, prev: number | undefined, above: boolean): string {
  const kind = `${largerAccidents(above)} accident`;
  const verify = enVerify(pairs[0]?.current);
  if (x === 0) return prev ? ` No ${kind} was reported${verify}, against ${enNumber(prev)} a year earlier.` : ` No ${kind} was reported${verify}.`;
  const casualties = listedPairs(pairs, true).slice(1);
  const lead = ` Of these, ${enNumber(x)} ${x === 1 ? `was a ${kind}` : `were ${kind}s`}${verify}`;
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
