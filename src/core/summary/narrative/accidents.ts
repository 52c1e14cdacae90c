/**
 * The accident paragraph (T1/T2 and rules 1–4 of docs/report-rules.md): the totals with the
 * region word, their 同比 (one by one, or grouped with 分别 and 双下降), the level sentence, and,
 * with the option on, the small-base note.
 * "2024年1—6月，全州共发生各类生产安全事故23起、死亡26人、受伤11人，同比事故起数增加3起、上升15%，…"
 */
import type { FiguresPeriod } from "../../periods/figuresPeriod";
import { englishPeriodText } from "../../periods/periodText";
import { formatNumber } from "../../numbers/format";
import type { IndicatorPair, SummaryFacts } from "../facts";
import type { SummaryOptions } from "../options";
import {
  ACCIDENT_LEAD,
  accidentFigures,
  accidentLoss,
  ENGLISH_WORDS,
  englishFigures,
  listedPairs,
  noPreviousSentence,
  unavailableEn,
  unavailableZh,
} from "./accidentFigures";
import { levelSentence } from "./levelSentence";
import { bothMoved, changeItems, enChangeSentence, zhEach, zhGrouped } from "./changes";
import { comparableBasis } from "./comparableBasis";
import { ledgerMismatchSentence } from "./ledgerMismatch";
import {
  comparable,
  currentOf,
  enAbout,
  enList,
  enMoney,
  enMoneyAlike,
  enNoChange,
  enNumber,
  enStatedPct,
  enVerify,
  enWords,
  n,
  present,
  statedPct,
  zhAbout,
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

/** The 同比 in percent a table states for a loss with no year-earlier figure (lossBeside.ts), unless the 核对 flags it. */
function statedLossPct(loss: IndicatorPair | undefined): number | undefined {
  const s = loss?.previous.value === null ? loss.statedChangePct : undefined;
  return s && s.value !== null && Number.isFinite(s.value) && !s.check && !s.error && !loss?.current.check ? s.value : undefined;
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
    ? `，直接经济损失${zhAbout(loss.current)}${loss.current.cell ? formatNumber(loss.current.value as number, 4) : n(loss.current.value as number)}万元${zhVerify(loss.current, "万元")}${zhWords(loss.current, "直接经济损失")}${zhUnfilled(loss.current, f.noPrevious ? undefined : loss.previous)}`
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
  // The 同比 of a loss taken from another table, as that table states it (summary/lossBeside.ts): "直接经济损失下降99.92%".
  const lossPct = statedLossPct(loss);
  const lossMove =
    lossPct === undefined ? "" : `直接经济损失${lossPct === 0 ? "持平" : `${lossPct > 0 ? "上升" : "下降"}${statedPct(lossPct, loss?.statedChangePct)}%`}`;
  const yoy = clause ? `，${scope}同比${clause}${lossMove ? `，${lossMove}` : ""}${dual}` : lossMove ? `，同比${lossMove}` : "";
  const body = `${lead}${yoy}${unchanged}${ringZh(f, o, !!clause || !!noChange)}。`;
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
  const lossPct = statedLossPct(loss);
  const lossMove =
    lossPct === undefined
      ? ""
      : ` (${lossPct === 0 ? "unchanged" : `${lossPct > 0 ? "up" : "down"} ${enStatedPct(lossPct, loss?.statedChangePct)}%`} year on year)`;
  const lossSentence = loss
    ? ` The direct economic loss was ${enAbout(loss.current)}${money(loss.current.value as number)}${lossMove}${enVerify(loss.current, true)}${enWords(loss.current, "loss", true)}${enUnfilled(loss.current, f.noPrevious ? undefined : loss.previous)}.`
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
