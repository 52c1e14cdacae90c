/**
 * The accident paragraph (T1/T2 and rules 1–4 of docs/report-rules.md): the totals with the
 * region word, their 同比 (one by one, or grouped with 分别 and 双下降), the level sentence, and,
 * with the option on, the small-base note.
 * "2024年1—6月，全州共发生各类生产安全事故23起、死亡26人、受伤11人，同比事故起数增加3起、上升15%，…"
 */
import type { FiguresPeriod } from "../../periods/figuresPeriod";
import { englishPeriodText } from "../../periods/periodText";
import { largerAccidents } from "../../registry/levelWords";
import type { IndicatorPair, SummaryFacts } from "../facts";
import type { SummaryOptions } from "../options";
import { bothMoved, changeItems, enChangeSentence, zhCounts, zhEach, zhGrouped } from "./changes";
import { comparableBasis } from "./comparableBasis";
import { ledgerMismatchSentence } from "./ledgerMismatch";
import {
  comparable,
  currentOf,
  enList,
  enMoney,
  enMoneyAlike,
  enNoChange,
  enNumber,
  enUnavailable,
  enVerify,
  enWords,
  n,
  pairOf,
  present,
  zhUnavailable,
  zhNoChange,
  zhVerify,
  zhWords,
  zhUnfilled,
  enUnfilled,
} from "./figures";
import { englishArea, englishLead, englishPeriod, englishSubject, scopedArea, zhPeriod } from "./region";
import { accidentWording } from "./significance";
import { enStatus, statusOf, zhStatus } from "./figuresStatus";
import type { NarrativeContext, NarrativeParagraph } from "./types";
import { enYearsAverage, zhYearsAverage } from "./yearsAverage";

/** The indicator as the 同比 clause names it. */
export const ACCIDENT_LEAD: Readonly<Record<string, string>> = {
  accident_count: "事故起数",
  deaths: "死亡人数",
  injured: "受伤人数",
};

/** The indicator in English prose (plural, singular). */
export const ENGLISH_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  accident_count: ["accidents", "accident"],
  deaths: ["deaths", "death"],
  injured: ["injuries", "injury"],
};

/**
 * "23起、死亡26人、受伤11人". A missing figure is left out; per industry a zero death or injury
 * count is left out too ("发生生产安全事故1起、死亡1人"), as reports write it.
 *
 * @param pairs the accident pairs of the totals or of one row
 * @param omitZeroCasualties leave out 死亡0人 and 受伤0人
 * @returns the list, "" when nothing is known
 */
export function accidentFigures(pairs: readonly IndicatorPair[], omitZeroCasualties = false): string {
  return listedPairs(pairs, omitZeroCasualties)
    .map((p) => {
      const x = `${n(p.current.value as number)}${p.indicator === "accident_count" ? "起" : "人"}${zhVerify(p.current, p.classifier)}${zhWords(p.current, ACCIDENT_LEAD[p.indicator])}`;
      return p.indicator === "accident_count" ? x : p.indicator === "deaths" ? `死亡${x}` : `受伤${x}`;
    })
    .join("、");
}

/** Figures whose source cell holds an error value: "死亡人数暂缺（源单元格为#REF!，见核对）" (rule 14). */
function unavailableZh(pairs: readonly IndicatorPair[]): string {
  return pairs
    .filter((p) => p.indicator in ACCIDENT_LEAD && p.current.error)
    .map((p) => zhUnavailable(ACCIDENT_LEAD[p.indicator], p.current))
    .join("，");
}

function unavailableEn(pairs: readonly IndicatorPair[]): string {
  return enList(
    pairs.filter((p) => p.indicator in ENGLISH_WORDS && p.current.error).map((p) => enUnavailable(`the number of ${ENGLISH_WORDS[p.indicator][0]}`, p.current)),
  );
}

/** "台账未含2023年1—6月记录，不作同比。" when the comparison period has no records at all (rule 14). */
export function noPreviousSentence(facts: SummaryFacts, en: boolean): string {
  const np = facts.noPrevious;
  if (!np) return "";
  const period = en ? englishPeriod(zhPeriod(np.period)) : zhPeriod(np.period);
  if (en)
    return ` The ${np.source === "ledger" ? "ledger" : "table"} holds no records for ${period ?? "the same period a year earlier"}, so no year-on-year comparison is made.`;
  return `${np.source === "ledger" ? "台账" : "表中"}未含${period ?? "去年同期"}记录，不作同比。`;
}

/**
 * The accident direct economic loss the paragraph gives with its 同比, as releases do ("直接经济损失
 * 1234.5万元，同比下降12.3%"): present, not zero (a ledger without a loss column counts none) and not an error.
 *
 * @param pairs the accident pairs
 * @returns the pair, or undefined
 */
function accidentLoss(pairs: readonly IndicatorPair[]): IndicatorPair | undefined {
  const p = pairOf(pairs, "direct_loss");
  const x = present(p?.current);
  return p && x !== undefined && x !== 0 && !p.current.error ? p : undefined;
}

/**
 * The pairs a figure list shows, in order: present figures of 事故起数, 死亡人数, 受伤人数.
 *
 * @param pairs the accident pairs
 * @param omitZeroCasualties leave out zero deaths and injuries
 * @returns the pairs shown
 */
export function listedPairs(pairs: readonly IndicatorPair[], omitZeroCasualties = false): IndicatorPair[] {
  return ["accident_count", "deaths", "injured"].flatMap((id) => {
    const p = pairOf(pairs, id);
    const x = present(p?.current);
    if (!p || x === undefined || p.current.error || (omitZeroCasualties && id !== "accident_count" && x === 0)) return [];
    return [p];
  });
}

/**
 * The English figure list: "23 work-safety accidents, with 26 deaths and 11 injuries".
 *
 * @param pairs the pairs shown
 * @param noun the accident noun ("work-safety accidents")
 * @returns the list
 */
export function englishFigures(pairs: readonly IndicatorPair[], noun = "work-safety"): string {
  const word = (p: IndicatorPair) => {
    const x = p.current.value as number;
    const [plural, single] = ENGLISH_WORDS[p.indicator];
    return `${enNumber(x)} ${p.indicator === "accident_count" && noun ? `${noun} ` : ""}${x === 1 ? single : plural}${enVerify(p.current)}${enWords(p.current, plural)}`;
  };
  const [first, ...rest] = pairs;
  if (!first) return "";
  if (first.indicator !== "accident_count") return enList(pairs.map(word));
  return rest.length ? `${word(first)}, with ${enList(rest.map(word))}` : word(first);
}

/**
 * Whether the 同比 clauses group indicators with 分别 (auto: Chuxiong's own style, one by one,
 * for a 楚雄州 workbook; grouped for others).
 *
 * @param facts the summary facts
 * @param options changeStyle
 * @returns true for the grouped style
 */
export function groupedStyle(facts: SummaryFacts, options: Pick<SummaryOptions, "changeStyle">): boolean {
  if (options.changeStyle !== "auto") return options.changeStyle === "grouped";
  return facts.place !== "楚雄州";
}

/**
 * The level sentence (rule 4): "未接报较大及以上生产安全事故。", "其中较大及以上事故1起、死亡3人，同比…" — from a row
 * 较大及以上事故起数 of the table, its rows that name the levels (其中：较大事故起数 | 较大事故死亡人数), or the ledger's
 * levels (summary/largerLevels.ts). A table that states 较大 alone says 较大事故, never 较大及以上.
 */
function levelSentence(f: SummaryFacts, o: SummaryOptions, en: boolean): string {
  const row = pairOf(f.accidents, "count_level_ge_larger");
  const larger = row ? { scope: "larger_or_above" as const, pairs: [{ ...row, indicator: "accident_count" }] } : f.largerAccidents;
  const x = present(larger?.pairs[0]?.current);
  if (x === undefined || !larger) return "";
  const compared = f.noPrevious ? [] : larger.pairs.filter((p) => comparable(p.current) && present(p.previous) !== undefined);
  const prev = present(compared[0]?.indicator === "accident_count" ? compared[0].previous : undefined);
  const above = larger.scope === "larger_or_above";
  if (en) return levelSentenceEn(larger.pairs, compared, x, prev, above);
  const what = above ? "较大及以上" : "较大";
  const verify = zhVerify(larger.pairs[0].current, "起");
  if (x === 0) return prev ? `未接报${what}生产安全事故${verify}，去年同期${n(prev)}起。` : `未接报${what}生产安全事故${verify}。`;
  // MEM's counts ("同比增加6起、22人"), never a small count's percent.
  const items = prev === undefined || prev === 0 ? [] : changeItems(compared, o);
  const change = items.length ? `，同比${zhCounts(items, (p) => ACCIDENT_LEAD[p.indicator])}` : prev === 0 ? "，去年同期无" : "";
  return `其中${what}事故${accidentFigures(larger.pairs, true)}${change}。`;
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

/**
 * Whether the period had no accident at all: 0 accidents, and no death or injury stated otherwise,
 * none of them flagged by the 核对 or an error cell (rule 23).
 *
 * @param pairs the accident pairs
 * @returns true when "未发生生产安全事故" is what the figures say
 */
export function noAccident(pairs: readonly IndicatorPair[]): boolean {
  const listed = listedPairs(pairs);
  const counted = pairs.filter((p) => p.indicator in ACCIDENT_LEAD);
  return listed[0]?.indicator === "accident_count" && listed.every((p) => p.current.value === 0 && !p.current.check) && !counted.some((p) => p.current.error);
}

/**
 * The year-ago figures of a period with no accident, as releases give them ("4月份全区未发生生产安全事故，
 * 同比去年事故起数减少2起"): the counts it fell by, never a list of 100% falls; 同比持平 when a year earlier
 * had none either.
 */
function noneZh(f: SummaryFacts, lead: string): string {
  const fewerThan = (word: string, pairs: readonly IndicatorPair[]) => {
    const fewer = pairs
      .filter((p) => (present(p.previous) as number) > 0)
      .map((p) => `${ACCIDENT_LEAD[p.indicator]}减少${n(present(p.previous) as number)}${p.classifier}`);
    return !pairs.length ? "" : fewer.length ? `，${word}${fewer.join("、")}` : `，${word}持平`;
  };
  const before = f.noPrevious ? [] : listedPairs(f.accidents ?? []).filter((p) => comparable(p.current) && present(p.previous) !== undefined);
  return `${lead}未发生生产安全事故${fewerThan("同比", before)}${fewerThan("环比", againstMonthBefore(f.accidents ?? []))}。`;
}

/**
 * The accident pairs set against last month (环比) where the source gives it (a ledger's month, issue 22):
 * listed figures only, none flagged by the 核对 or an error cell.
 *
 * @param pairs the accident pairs
 * @returns the pairs with last month as their previous figure
 */
export function againstMonthBefore(pairs: readonly IndicatorPair[]): IndicatorPair[] {
  return listedPairs(pairs)
    .filter((p) => comparable(p.current) && p.monthBefore && comparable(p.monthBefore) && present(p.monthBefore) !== undefined)
    .map((p) => ({ ...p, previous: p.monthBefore! }));
}

/** "；环比事故起数减少1起、下降50%，死亡人数持平" after the 同比 (rule 18), "" without last month's figures. */
function ringZh(f: SummaryFacts, o: SummaryOptions, afterChange: boolean): string {
  const items = changeItems(againstMonthBefore(f.accidents ?? []), o);
  if (!items.length) return "";
  const nameOf = (p: IndicatorPair) => ACCIDENT_LEAD[p.indicator];
  return `${afterChange ? "；" : "，"}环比${groupedStyle(f, o) ? zhGrouped(items, nameOf, o) : zhEach(items, nameOf, o)}`;
}

/** " Compared with May 2024, accidents fell by 1 (50%)." (month on month), "" without last month's figures. */
function ringEn(f: SummaryFacts, o: SummaryOptions): string {
  const items = changeItems(againstMonthBefore(f.accidents ?? []), o);
  if (!items.length) return "";
  const month = englishPeriod(zhPeriod(f.monthBeforePeriod));
  return ` ${enChangeSentence(items, (p) => ENGLISH_WORDS[p.indicator][0], `Compared with ${month ?? "the month before"}`, undefined, "the month before")}`;
}

/** A sentence's first word in capitals ("the district" → "The district"). */
function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function noneEn(f: SummaryFacts, lead: string, place: string | undefined): string {
  const before = f.noPrevious ? [] : listedPairs(f.accidents ?? []).filter((p) => comparable(p.current) && present(p.previous) !== undefined);
  // "a year earlier there were 2 accidents, with 3 deaths": a zero casualty count is left out, as in the figure lists.
  const yearAgo = listedPairs(
    before.map((p) => ({ ...p, current: p.previous })),
    true,
  );
  const some = yearAgo.some((p) => present(p.current)! > 0);
  const against = !before.length
    ? ""
    : some
      ? `; a year earlier there ${present(yearAgo[0].current) === 1 && yearAgo.length === 1 ? "was" : "were"} ${englishFigures(yearAgo, "")}`
      : ", as a year earlier";
  const month = againstMonthBefore(f.accidents ?? []);
  const lastMonth = listedPairs(
    month.map((p) => ({ ...p, current: p.previous })),
    true,
  );
  const ring = !month.length
    ? ""
    : lastMonth.some((p) => present(p.current)! > 0)
      ? ` ${englishPeriod(zhPeriod(f.monthBeforePeriod)) ?? "The month before"} had ${englishFigures(lastMonth, "")}.`
      : "";
  return `${lead ? `${lead}no` : "No"} work-safety accident was reported${place ? ` in ${place}` : ""}${against}.${ring}`;
}

/** The paragraph's opening: "2024年1—6月，全州", or "其中4月" for a month told after its year to date. */
function zhOpening(f: SummaryFacts, o: SummaryOptions, part: FiguresPeriod | undefined): string {
  if (part) return `其中${part.short || part.label}`;
  const period = zhPeriod(f.period);
  return `${period ? `${period}，` : ""}${zhStatus(statusOf(f.accidentsStatus, o))}${scopedArea(f)}`;
}

/**
 * A period the ledger does not reach (the user's, after its latest record): neither "0起" nor
 * "未发生" — the 综述 says what the ledger lacks (rule 23).
 */
function beyondLedgerSentence(f: SummaryFacts, en: boolean): string | undefined {
  const b = f.beyondLedger;
  if (!b) return undefined;
  const [y, m, d] = b.latest.split("-").map(Number);
  const period = zhPeriod(b.period) ?? b.period;
  if (!en) return `台账最后一条记录的日期为${y}年${m}月${d}日，未含${period}的记录，无法据此说明${period}的事故情况。`;
  const english = englishPeriod(period) ?? period;
  return `The ledger's latest record is dated ${englishPeriodText({ start: b.latest, end: b.latest })}; it holds none for ${english}, so the accidents of ${english} cannot be told from it.`;
}

function zh({ facts: f, options: o }: NarrativeContext, part?: FiguresPeriod): string | undefined {
  const pairs = f.accidents ?? [];
  if (currentOf(pairs, "accident_count") === undefined) return undefined;
  const beyond = beyondLedgerSentence(f, false);
  if (beyond) return beyond;
  const opening = zhOpening(f, o, part);
  if (noAccident(pairs)) return `${noneZh(f, opening)}${zhYearsAverage(f.accidentYears, (id) => ACCIDENT_LEAD[id], o)}${noPreviousSentence(f, false)}`;
  const missing = unavailableZh(pairs);
  const loss = accidentLoss(pairs);
  const lossText = loss
    ? `，直接经济损失${n(loss.current.value as number)}万元${zhVerify(loss.current, "万元")}${zhWords(loss.current, "直接经济损失")}${zhUnfilled(loss.current)}`
    : "";
  const lead = `${opening}${part ? "发生生产安全事故" : "共发生各类生产安全事故"}${accidentFigures(pairs)}${lossText}${missing ? `，${missing}` : ""}`;
  const compared = pairs.filter((p) => (p.indicator in ACCIDENT_LEAD || p === loss) && comparable(p.current));
  const basis = f.noPrevious ? undefined : comparableBasis(f, compared);
  const items = f.noPrevious ? [] : changeItems(basis?.pairs ?? compared, o);
  const scope = basis ? `按可比口径（不含无去年同期数的${basis.excluded.join("、")}）计算，` : "";
  const grouped = groupedStyle(f, o);
  const wording = accidentWording(f, o);
  const nameOf = (p: IndicatorPair) => ACCIDENT_LEAD[p.indicator] ?? "直接经济损失";
  const clause = grouped ? zhGrouped(items, nameOf, o, wording.emphasis) : zhEach(items, nameOf, o, wording.emphasis);
  const both = bothMoved(items);
  const dual = both === "down" ? "，实现事故起数、死亡人数“双下降”" : both === "up" && grouped ? "，事故起数、死亡人数“双上升”" : "";
  const noChange = f.noPrevious
    ? ""
    : compared
        .map((p) => zhNoChange(nameOf(p), p.previous))
        .filter(Boolean)
        .join("，");
  const unchanged = noChange ? `${clause ? "；" : "，"}${noChange}` : "";
  const body = `${lead}${clause ? `，${scope}同比${clause}${dual}` : ""}${unchanged}${ringZh(f, o, !!clause || !!noChange)}。`;
  const average = zhYearsAverage(f.accidentYears, (id) => ACCIDENT_LEAD[id], o);
  return `${body}${levelSentence(f, o, false)}${average}${noPreviousSentence(f, false)}${ledgerMismatchSentence(f, false)}${wording.note ?? ""}`;
}

function en({ facts: f, options: o }: NarrativeContext, part?: FiguresPeriod): string | undefined {
  const pairs = f.accidents ?? [];
  if (currentOf(pairs, "accident_count") === undefined) return undefined;
  // A month told after its year to date: "In April 2023 alone, …".
  const lead = part ? `In ${englishPeriodText(part)} alone, ` : enStatus(statusOf(f.accidentsStatus, o), englishLead(f));
  // The place is the subject, after the period: "In January–June 2024, Chuxiong Prefecture recorded …".
  const place = part ? undefined : englishSubject(f);
  const beyond = beyondLedgerSentence(f, true);
  if (beyond) return beyond;
  if (noAccident(pairs)) return `${noneEn(f, lead, place)}${enYearsAverage(f.accidentYears, (id) => ENGLISH_WORDS[id]?.[0], o)}${noPreviousSentence(f, true)}`;
  const listed = listedPairs(pairs);
  const loss = accidentLoss(pairs);
  const compared = [...listed, ...(loss ? [loss] : [])].filter((p) => comparable(p.current));
  const basis = f.noPrevious ? undefined : comparableBasis(f, compared);
  const items = f.noPrevious ? [] : changeItems(basis?.pairs ?? compared, o);
  const nameOf = (p: IndicatorPair) => ENGLISH_WORDS[p.indicator]?.[0] ?? "the direct economic loss";
  // The change in the loss in the loss's own money unit (rule 16): "CNY 0.93 million", not "CNY 932,500".
  const money = loss ? enMoneyAlike([loss.current.value as number]) : enMoney;
  const amount = (p: IndicatorPair, x: number) => (p.indicator === "direct_loss" ? money(x) : enNumber(x));
  const opening = basis
    ? `Compared with a year earlier on a comparable basis (excluding ${enList(basis.excluded.map(englishArea))}, which reported no year-earlier figures)`
    : undefined;
  const changes = items.length ? ` ${enChangeSentence(items, nameOf, opening, amount)}` : "";
  const noChange = f.noPrevious ? "" : enList(compared.map((p) => enNoChange(nameOf(p), p.previous)).filter(Boolean));
  const unchanged = noChange ? ` ${noChange.charAt(0).toUpperCase()}${noChange.slice(1)}.` : "";
  const lossSentence = loss
    ? ` The direct economic loss was ${money(loss.current.value as number)}${enVerify(loss.current, true)}${enWords(loss.current, "loss", true)}${enUnfilled(loss.current)}.`
    : "";
  const missing = unavailableEn(pairs);
  const figures = place
    ? `${lead}${lead ? place : capital(place)} recorded ${englishFigures(listed)}`
    : `${lead}${lead ? "there" : "There"} ${present(listed[0]?.current) === 1 && listed.length === 1 ? "was" : "were"} ${englishFigures(listed)}`;
  const wording = accidentWording(f, o);
  const marked = wording.emphasis.accident_count
    ? ` The ${items.find((i) => i.pair.indicator === "accident_count")?.direction === "up" ? "rise" : "fall"} in accidents is marked.`
    : "";
  const note = wording.note ? ` ${wording.note}` : "";
  const unavailable = missing ? ` ${missing.charAt(0).toUpperCase()}${missing.slice(1)}.` : "";
  const average = enYearsAverage(f.accidentYears, (id) => ENGLISH_WORDS[id]?.[0], o);
  // The level sentence ("其中较大…", "Of these, 2 were …") right after the figures it is a part of, never after a change or the ledger's.
  return `${figures}.${levelSentence(f, o, true)}${lossSentence}${changes}${unchanged}${ringEn(f, o)}${average}${unavailable}${noPreviousSentence(f, true)}${ledgerMismatchSentence(f, true)}${marked}${note}`;
}

/** The accident paragraph. */
export const accidentsParagraph: NarrativeParagraph = { id: "accidents", zh: (c) => zh(c), en: (c) => en(c) };

/**
 * The accident paragraph of a month told after its year to date ("其中4月未发生生产安全事故，同比事故起数减少2起。",
 * "In April 2023 alone, …"; rule 24).
 *
 * @param c the month's facts and the options
 * @param month the month
 * @param language zh or en
 * @returns the clause, undefined without an accident count
 */
export function accidentsPart(c: NarrativeContext, month: FiguresPeriod, language: "zh" | "en"): string | undefined {
  return language === "zh" ? zh(c, month) : en(c, month);
}
