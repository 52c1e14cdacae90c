/**
 * Number helpers shared by the paragraph modules: figures as prose writes them (no thousands
 * separators in Chinese, at most two decimals; thousands separators in English), money in
 * English ("CNY 123.22 million"), and a missing figure kept missing (docs/report-rules.md).
 */
import { formatDecimal, roundDecimal } from "../../numbers/decimal";
import { formatNumber } from "../../numbers/format";
import type { IndicatorPair, SourcedValue } from "../facts";

/**
 * A figure as Chinese prose writes it ("12322.34", "100").
 *
 * @param x the number
 * @returns the text
 * @example n(100) // "100"
 */
export function n(x: number): string {
  return formatNumber(x, 2);
}

/**
 * A stated percent as its cell shows it, without its sign: −3 under the format "0.0" is "3.0" (广州 2022年12月:
 * "同比下降3.0%"), a cell that fixes no decimals as `n` writes it (rule 17: the precision option is for computed
 * percents only).
 *
 * @param x the percent
 * @param v the stated figure (its `decimals`)
 * @returns the text, in Chinese prose's digits
 * @example statedPct(-3, { value: -3, decimals: 1 }) // "3.0"
 */
export function statedPct(x: number, v: SourcedValue | undefined): string {
  return v?.decimals === undefined ? n(Math.abs(x)) : formatDecimal(roundDecimal(Math.abs(x), v.decimals), false);
}

/**
 * The English twin of statedPct, with thousands separators ("1,234.0").
 *
 * @param x the percent
 * @param v the stated figure (its `decimals`)
 * @returns the text
 */
export function enStatedPct(x: number, v: SourcedValue | undefined): string {
  if (v?.decimals === undefined) return enNumber(Math.abs(x));
  const [int, frac] = statedPct(x, v).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`;
}

/**
 * A figure as English prose writes it, with thousands separators ("301,265", "16,498.4").
 *
 * @param x the number
 * @param maxDecimals at most this many decimals (2)
 * @returns the text
 * @example enNumber(301265) // "301,265"
 */
export function enNumber(x: number, maxDecimals = 2): string {
  const text = formatNumber(Math.abs(x), maxDecimals);
  const [int, frac] = text.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${x < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

/**
 * An amount in 万元 as English money: "CNY 123.22 million" from a million up ("CNY 1.23 billion"
 * from a billion), else whole yuan with separators ("CNY 197,600").
 *
 * @param wan the amount in 万元 (10,000 CNY)
 * @returns the English amount
 * @example enMoney(12322.34) // "CNY 123.22 million"
 */
export function enMoney(wan: number): string {
  const yuan = wan * 10000;
  const abs = Math.abs(yuan);
  if (abs >= 1e9) return `CNY ${enNumber(Number((yuan / 1e9).toFixed(6)))} billion`;
  if (abs >= 1e6) return `CNY ${enNumber(Number((yuan / 1e6).toFixed(6)))} million`;
  return `CNY ${enNumber(Number(yuan.toFixed(2)))}`;
}

/**
 * An English list: "a", "a and b", "a, b and c".
 *
 * @param items the items
 * @returns the list
 * @example enList(["3", "5", "5"]) // "3, 5 and 5"
 */
export function enList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The number of a sourced figure, or undefined when the source left it out ("—", blank, "/").
 * A missing figure is never turned into 0.
 *
 * @param v the sourced figure, or nothing
 * @returns the number, or undefined
 * @example present({ value: null }) // undefined
 */
export function present(v: SourcedValue | undefined): number | undefined {
  const x = v?.value;
  return x === null || x === undefined || !Number.isFinite(x) ? undefined : x;
}

/**
 * The pair of one indicator among a row's pairs.
 *
 * @param pairs the pairs of a row or of the totals
 * @param id the indicator id
 * @returns the pair, or undefined
 */
export function pairOf(pairs: readonly IndicatorPair[] | undefined, id: string): IndicatorPair | undefined {
  return pairs?.find((p) => p.indicator === id);
}

/**
 * This period's figure of one indicator, undefined when missing.
 *
 * @param pairs the pairs of a row or of the totals
 * @param id the indicator id
 * @returns the number, or undefined
 */
export function currentOf(pairs: readonly IndicatorPair[] | undefined, id: string): number | undefined {
  return present(pairOf(pairs, id)?.current);
}

/**
 * Whether a figure may carry a 同比: it is present, and neither an open 核对 finding nor an error
 * cell stands against it (docs/report-rules.md rule 14).
 *
 * @param v the sourced figure
 * @returns true when its change may be written
 */
export function comparable(v: SourcedValue | undefined): boolean {
  return present(v) !== undefined && !v?.check && !v?.error;
}

/**
 * 约 before a figure the source's notes call approximate ("直接经济损失为约数": "直接经济损失约5.236亿元"), as the
 * release prints it (docs/report-rules.md rule 28); "" for any other figure.
 *
 * @param v the sourced figure
 * @returns "约" or ""
 */
export function zhAbout(v: SourcedValue | undefined): string {
  return v?.approximate ? "约" : "";
}

/**
 * The English twin of zhAbout: "about " before the figure ("The direct economic loss was about CNY 523.6 million").
 *
 * @param v the sourced figure
 * @returns "about " or ""
 */
export function enAbout(v: SourcedValue | undefined): string {
  return v?.approximate ? "about " : "";
}

/** What a flagged figure's recomputed one adds up, as the 核对 names it: rows (各分项), or the months of a running total. */
const ZH_PARTS = { rows: "各分项", months: "各月", quarters: "各季度", periods: "各期" } as const;
const EN_PARTS = { rows: "the parts", months: "the months", quarters: "the quarters", periods: "the periods" } as const;

/**
 * The note a figure with an open 核对 finding carries: "（待核实：各分项合计23起，见核对）"; where the figure is a running
 * total its months do not add up to, the months: "（待核实：各月合计120人，见核对）" (corpus 45).
 *
 * @param v the sourced figure
 * @param unit the classifier written after the recomputed figure ("起", "万元")
 * @returns the note, "" when the figure has no open finding
 * @example zhVerify({ value: 24, check: { recomputed: 23 } }, "起") // "（待核实：各分项合计23起，见核对）"
 */
export function zhVerify(v: SourcedValue | undefined, unit: string): string {
  if (!v?.check) return "";
  const r = v.check.recomputed;
  return r === null || !Number.isFinite(r) ? "（待核实，见核对）" : `（待核实：${ZH_PARTS[v.check.over ?? "rows"]}合计${n(r)}${unit}，见核对）`;
}

/**
 * A figure some of whose records give it in words (个别轻微伤, counted as 0): "（另有1起事故的受伤人数填为“个别轻微伤”，
 * 未计入，见核对）" (issue 22: the text never claims more than it counted, and names what it left out).
 *
 * @param v the sourced figure
 * @param name what the cell is of ("受伤人数")
 * @returns the note, "" when no record gives it in words
 */
export function zhWords(v: SourcedValue | undefined, name: string): string {
  if (!v?.words) return "";
  const texts = v.words.texts.slice(0, 3).map((t) => `“${t}”`);
  const written = v.words.texts.length === 1 ? texts[0] : `文字（${texts.join("")}${v.words.texts.length > 3 ? "等" : ""}）`;
  return `（另有${n(v.words.count)}起事故的${name}填为${written}，未计入，见核对）`;
}

/**
 * A ledger's loss some of whose records leave it blank (counted as 0): "（另有22起事故未填报直接经济损失，按0计入，见核对）"
 * (claim 3: the sentence says what the 核对 and the note say). Where the 同比 compares with a window that leaves some
 * blank too, both windows are named: "（本期13起、去年同期15起事故未填报直接经济损失，均按0计入，见核对）".
 *
 * @param v the sourced figure
 * @param previous the year-earlier figure it is compared with, when the 同比 is told
 * @returns the note, "" when every record of both fills it in
 */
export function zhUnfilled(v: SourcedValue | undefined, previous?: SourcedValue): string {
  const [now, before] = [v?.unfilled?.count, previous?.unfilled?.count];
  if (now && before) return `（本期${n(now)}起、去年同期${n(before)}起事故未填报直接经济损失，均按0计入，见核对）`;
  if (before) return `（去年同期有${n(before)}起事故未填报直接经济损失，按0计入，见核对）`;
  return now ? `（另有${n(now)}起事故未填报直接经济损失，按0计入，见核对）` : "";
}

/**
 * The English twin of zhUnfilled: " (22 accidents with no loss filled in are counted as zero; see the checks)",
 * " (13 accidents this period and 15 a year earlier with no loss filled in are counted as zero; see the checks)".
 *
 * @param v the sourced figure
 * @param previous the year-earlier figure it is compared with, when the 同比 is told
 * @returns the note, "" when every record of both fills it in
 */
export function enUnfilled(v: SourcedValue | undefined, previous?: SourcedValue): string {
  const [now, before] = [v?.unfilled?.count, previous?.unfilled?.count];
  const accidents = (c: number) => `${enNumber(c)} ${c === 1 ? "accident" : "accidents"}`;
  if (now && before)
    return ` (${accidents(now)} this period and ${enNumber(before)} a year earlier with no loss filled in are counted as zero; see the checks)`;
  if (before) return ` (${accidents(before)} a year earlier with no loss filled in ${before === 1 ? "is" : "are"} counted as zero; see the checks)`;
  return now ? ` (${accidents(now)} with no loss filled in ${now === 1 ? "is" : "are"} counted as zero; see the checks)` : "";
}

/**
 * The English twin of zhWords: " (excluding 1 accident whose injuries are written in words; see the checks)".
 *
 * @param v the sourced figure
 * @param noun what the cell is of ("injuries", "loss")
 * @param singular the noun is one quantity ("loss is"), not a plural ("injuries are")
 * @returns the note, "" when no record gives it in words
 */
export function enWords(v: SourcedValue | undefined, noun: string, singular = false): string {
  if (!v?.words) return "";
  const c = v.words.count;
  return ` (excluding ${enNumber(c)} ${c === 1 ? "accident" : "accidents"} whose ${noun} ${singular ? "is" : "are"} written in words; see the checks)`;
}

/**
 * The English twin of zhVerify: " (to be verified: the parts add up to 23; see the checks)".
 *
 * @param v the sourced figure
 * @param money write the recomputed figure as money (its value in 万元)
 * @returns the note, "" when the figure has no open finding
 */
export function enVerify(v: SourcedValue | undefined, money = false): string {
  if (!v?.check) return "";
  const r = v.check.recomputed;
  if (r === null || !Number.isFinite(r)) return " (to be verified; see the checks)";
  return ` (to be verified: ${EN_PARTS[v.check.over ?? "rows"]} add up to ${money ? enMoney(r) : enNumber(r)}; see the checks)`;
}

/**
 * Money amounts that share one sentence, in one unit and one precision (rule 16): the unit the
 * largest needs ("CNY 3.64 million", then "CNY 0.80 million", not "CNY 802,200"), two decimals.
 *
 * @param amounts the amounts in 万元 written together
 * @returns a formatter for each of them
 * @example enMoneyAlike([363.99, 80.22])(80.22) // "CNY 0.80 million"
 */
export function enMoneyAlike(amounts: readonly number[]): (wan: number) => string {
  const largest = Math.max(0, ...amounts.map((a) => Math.abs(a * 10000)));
  const [scale, word] = largest >= 1e9 ? [1e9, "billion"] : largest >= 1e6 ? [1e6, "million"] : [1, ""];
  if (!word) return enMoney;
  return (wan) => {
    const text = enNumber(Number(((wan * 10000) / scale).toFixed(2)), 2);
    const [int, frac = ""] = text.split(".");
    return `CNY ${int}.${frac.padEnd(2, "0")} ${word}`;
  };
}

/**
 * A figure whose source cell holds an error value, said rather than left out (rule 14):
 * "直接经济损失暂缺（源单元格为#REF!，见核对）".
 *
 * @param name what the figure is, as the sentence names it ("直接经济损失", "死亡人数")
 * @param v the sourced figure
 * @returns the clause, "" when the cell holds no error
 * @example zhUnavailable("直接经济损失", { value: null, error: "#REF!" }) // "直接经济损失暂缺（源单元格为#REF!，见核对）"
 */
export function zhUnavailable(name: string, v: SourcedValue | undefined): string {
  return v?.error ? `${name}暂缺（源单元格为${v.error}，见核对）` : "";
}

/**
 * The English twin of zhUnavailable: "the direct economic loss is unavailable (the source cell holds #REF!; see the checks)".
 *
 * @param name what the figure is ("the direct economic loss", "the number of deaths")
 * @param v the sourced figure
 * @returns the clause, "" when the cell holds no error
 */
export function enUnavailable(name: string, v: SourcedValue | undefined): string {
  return v?.error ? `${name} is unavailable (the source cell holds ${v.error}; see the checks)` : "";
}

/**
 * The sentence a release adds when the parts, as printed, do not add up to the total as printed
 * (rule 16): rounding alone ("Parts do not add up to the total because of rounding.", as releases
 * write "may not add up to the totals due to rounding"), or a total the source states rounded or
 * apart from its parts (1.3亿元 beside 4226.97 + 8872.95万元): the sum of the parts is given, and the
 * total stays as the source states it.
 *
 * @param total the total in 万元
 * @param parts the parts printed, in 万元
 * @param money the sentence's money format
 * @returns the sentence, or "" when the printed parts add up
 * @example enPartsNote(13000, [4226.97, 8872.95], enMoneyAlike([13000])) // "The parts add up to CNY 131.00 million; the total is as the source states it."
 */
export function enPartsNote(total: number, parts: readonly number[], money: (wan: number) => string): string {
  if (parts.length < 2) return "";
  const printed = (wan: number) => Number(/([\d,]+(?:\.\d+)?)/.exec(money(wan).replace(/^[^\d]*/, ""))?.[1].replace(/,/g, ""));
  const cents = (x: number) => Math.round(x * 100);
  if (cents(parts.reduce((sum, x) => sum + printed(x), 0)) === cents(printed(total))) return "";
  const exact = parts.reduce((sum, x) => sum + x, 0);
  if (Math.abs(exact - total) <= 1e-6 * Math.max(1, Math.abs(total))) return "Parts do not add up to the total because of rounding.";
  return `The parts add up to ${money(Number(exact.toPrecision(15)))}; the total is as the source states it.`;
}

/**
 * A 同比 that cannot be made because the year-earlier cell holds an error value, said rather than dropped
 * (rule 14): "事故起数去年同期数暂缺（源单元格为#N/A，见核对），不作同比".
 *
 * @param name what the figure is ("事故起数")
 * @param previous the year-earlier figure
 * @returns the clause, "" when the year-earlier cell holds no error
 * @example zhNoChange("事故起数", { value: null, error: "#N/A" }) // "事故起数去年同期数暂缺（源单元格为#N/A，见核对），不作同比"
 */
export function zhNoChange(name: string, previous: SourcedValue | undefined): string {
  return previous?.error ? `${name}去年同期数暂缺（源单元格为${previous.error}，见核对），不作同比` : "";
}

/**
 * The English twin of zhNoChange: "accidents are not compared with a year earlier (the year-earlier cell holds #N/A; see the checks)".
 *
 * @param name what the figure is ("accidents")
 * @param previous the year-earlier figure
 * @returns the clause, "" when the year-earlier cell holds no error
 */
export function enNoChange(name: string, previous: SourcedValue | undefined): string {
  return previous?.error
    ? `${name} ${name === "the direct economic loss" ? "is" : "are"} not compared with a year earlier (the year-earlier cell holds ${previous.error}; see the checks)`
    : "";
}
