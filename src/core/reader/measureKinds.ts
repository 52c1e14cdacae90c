/**
 * Not every number is a count. What a column holds is decided from its header's words (率, 占比,
 * 比重, 权重, 指数, 人均, 每万人 / 万人…率, 代码, 编号, 降雨量 …), from its indicator, and from its
 * values (fractions in a column of people are not people). Rates, shares, indices and identifiers
 * are never summed and never told as counts; a rate word turns a count indicator's header into a
 * rate of it ("万人转移安置率" is not 紧急转移安置人口).
 */
import type { MeasureKind } from "../facts/measure";
import { normalHeader } from "../registry/headerText";
import { cellAddress } from "../model/address";
import { MESSAGES } from "../messages";
import type { Diagnostic, ReadValue } from "./model";
import { readCell } from "../numbers/readCell";
import type { DraftColumn } from "./headerColumns";

const HEADER_MEASURES: readonly [RegExp, MeasureKind][] = [
  [/(代码|编码|编号|序号|坐标|经度|纬度|邮编|邮政编码)/, "identifier"],
  [/(降雨量|降水量|雨量|震级|气温|温度|水位|风速|风力|海拔)/, "measurement"],
  [/(人均|户均|每人|每户)/, "per_capita"],
  [/(占比|比重|构成比|百分比|所占比例|份额|占.{0,5}(比例|%|％))/, "share"],
  [/(指数|权重|系数|相关性|得分|评分)/, "index"],
  [/(率|每万人|每十万人|每百万|万人.*率|千人.*率)/, "rate"],
];

/**
 * The measure a header's words name, if they name one.
 *
 * @param path the column's header path
 * @returns the measure, or undefined for a header with none of these words
 * @example measureOfHeader(["万人转移安置率"]) // "rate"
 * @example measureOfHeader(["降雨量（毫米）"]) // "measurement"
 */
export function measureOfHeader(path: readonly string[]): MeasureKind | undefined {
  const text = path.map(normalHeader).join("/");
  return HEADER_MEASURES.find(([re]) => re.test(text))?.[1];
}

/** Measures that are a figure of their own kind, never the count or amount an indicator names. */
const NOT_A_COUNT = new Set<MeasureKind>(["rate", "share", "per_capita", "index", "identifier"]);

/**
 * Settles each column's measure: a rate, share, per-capita figure or index named over a count
 * indicator loses the indicator (it is a rate of it, not it) and becomes a rate column or is set
 * aside; an identifier is a code column. Roles and indicators are changed in place.
 *
 * @param drafts the header's columns
 * @example settleMeasures(drafts) // 万人转移安置率: indicator dropped, role "rate", measure "rate"
 */
export function settleMeasures(drafts: DraftColumn[]): void {
  for (const d of drafts) {
    if (d.role === "key" || d.role === "category" || d.role === "change_abs" || d.role === "change_pct") continue;
    const named = measureOfHeader(d.path);
    const own = d.indicator?.measure;
    if (named && NOT_A_COUNT.has(named) && own !== named && !(named === "rate" && own === "rate")) {
      d.indicator = undefined;
      d.confidence = 0;
      d.matchedAlias = undefined;
      d.resolvedTypo = undefined;
      d.role = named === "identifier" ? "code" : named === "index" ? "ignored" : "rate";
    }
    d.measure = d.indicator ? (named === "measurement" ? "measurement" : own) : named;
  }
}

/** A header comparing with an average of earlier years (与前两年平均数相比, 较近5年同期均值, 比近三年平均). */
const AVERAGE_COMPARISON = /(与|较|比)[^/]{0,8}(平均|均值)/;
/** The base such a header names: "近5年同期均值", "近三年平均值", "前两年平均数". */
const AVERAGE_BASE = /(?:与|较|比)((?:近|前|过去)[^/相比]{0,8}?(?:平均数|平均值|均值|平均))/;

/**
 * A column of the percents against the mean of earlier years, its figures as written: the reader may have
 * read them under a count's unit (a row's 万人次), so each is read again from its cell; 持平 is 0.
 */
function meanPercents(values: (ReadValue | null)[][], index: number): void {
  for (const row of values) {
    const cell = row[index];
    if (!cell) continue;
    const reading = readCell(cell.raw);
    const unchanged = reading.kind === "text" && /^持平$/.test(reading.text.trim());
    const value = reading.kind === "number" ? (reading.notes.includes("percent") ? Number(`${reading.value}e2`) : reading.value) : unchanged ? 0 : null;
    row[index] = { ...cell, value };
  }
}

/** Units counted in whole things: a fraction in such a column is no count of them. */
const WHOLE_UNITS = new Set(["人", "人次", "起", "宗", "户", "间", "个", "家", "次", "处", "座", "头", "只", "头只", "条", "项", "件", "所"]);

/**
 * Count columns whose figures are mostly fractions (90.06 people, 731.88 people): the column holds
 * something else (a rate per 10,000 people, a modelled figure) and is not read as a count.
 *
 * @param values the body's values, row by column
 * @param drafts the columns
 * @returns the indexes of such columns, with a few of their figures for the message
 * @example fractionalCounts(values, drafts) // [{ column: 10, samples: [90.06, 731.88, 658.76] }]
 */
export function fractionalCounts(values: readonly (readonly (ReadValue | null)[])[], drafts: readonly DraftColumn[]): { index: number; samples: number[] }[] {
  const out: { index: number; samples: number[] }[] = [];
  drafts.forEach((d, j) => {
    if (!d.indicator || d.indicator.measure !== "count" || !WHOLE_UNITS.has(d.unit ?? d.indicator.baseUnit)) return;
    const figures = values.flatMap((row) => (row[j]?.value !== null && row[j]?.value !== undefined && row[j]!.value !== 0 ? [row[j]!.value as number] : []));
    const fractions = figures.filter((x) => Math.abs(x - Math.round(x)) > 1e-9);
    if (figures.length >= 3 && fractions.length * 2 > figures.length) out.push({ index: j, samples: fractions.slice(0, 3) });
  });
  return out;
}

/**
 * Indicator columns whose cells are mostly words (事故: 翻车, 爆炸, 瓦斯燃烧): a text column of
 * kinds or names, never a count of them.
 *
 * @param values the body's values, row by column
 * @param drafts the columns
 * @returns the indexes of such columns, with a few of their words for the message
 * @example textColumns(values, drafts) // [{ index: 3, samples: ["翻车", "车辆失控", "爆炸"] }]
 */
export function textColumns(values: readonly (readonly (ReadValue | null)[])[], drafts: readonly DraftColumn[]): { index: number; samples: string[] }[] {
  const out: { index: number; samples: string[] }[] = [];
  drafts.forEach((d, j) => {
    // A stated change in words (下降, 持平: 武定县's 同比 column, corpus 07) says a direction, not a kind: its figures stay.
    if (!d.indicator || d.role === "change_pct" || d.role === "change_abs") return;
    const filled = values.filter((row) => row[j] && normalHeader(row[j]!.raw) !== "" && !row[j]!.missingMarker);
    const words = filled.filter((row) => row[j]!.value === null && typeof row[j]!.raw === "string").map((row) => normalHeader(row[j]!.raw));
    if (filled.length >= 3 && words.length * 2 > filled.length) out.push({ index: j, samples: [...new Set(words)].slice(0, 3) });
  });
  return out;
}

/**
 * Sets aside the count columns that hold something else: mostly fractions (a rate per 10,000
 * people under a count's name) or mostly words (the kinds of accident under 事故), and columns that
 * compare with an average of earlier years. Each loses its indicator and its values, and is said in
 * a diagnostic.
 *
 * @param sheet the sheet's name
 * @param headerRow the header's last row, where the diagnostics point
 * @param values the body's values (cleared in place for such columns)
 * @param drafts the columns (changed in place)
 * @returns one diagnostic per column set aside
 * @example setAsideNonCounts("Sheet1", 0, values, drafts)[0].message.zh // "“事故”列是文字（翻车、爆炸…），不是事故起数，未计数"
 */
export function setAsideNonCounts(sheet: string, headerRow: number, values: (ReadValue | null)[][], drafts: DraftColumn[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const setAside = (index: number, severity: Diagnostic["severity"], message: Diagnostic["message"]) => {
    diagnostics.push({ severity, sheet, address: cellAddress(headerRow, drafts[index].column), message });
    Object.assign(drafts[index], { indicator: undefined, confidence: 0, matchedAlias: undefined, role: "ignored", measure: undefined });
    for (const row of values) row[index] = null;
  };
  // 与前两年平均数相比(%), 较近5年同期均值: a change against a base the table does not hold — no figure of this
  // period (it was read as 事故起数 -60), and no 同比 either.
  // Its percents are kept (meanOf), told as the table states them, and never checked: the table holds no earlier years.
  drafts.forEach((d, j) => {
    const header = d.path.map(normalHeader).join("/");
    if (d.role === "key" || d.role === "category" || !AVERAGE_COMPARISON.test(header)) return;
    const base = AVERAGE_BASE.exec(header)?.[1];
    if (!base) return setAside(j, "info", MESSAGES.reader.averageComparison(d.path.join("/")));
    const meanOf = { words: base, ...(d.indicator ? { indicator: d.indicator.id } : {}) };
    diagnostics.push({ severity: "info", sheet, address: cellAddress(headerRow, d.column), message: MESSAGES.reader.meanComparison(d.path.join("/"), base) });
    Object.assign(d, { indicator: undefined, confidence: 0, matchedAlias: undefined, role: "ignored", measure: undefined, meanOf });
    meanPercents(values, j);
  });
  for (const { index, samples } of fractionalCounts(values, drafts)) {
    const d = drafts[index];
    const shown = samples.map((x) => String(Math.round(x * 100) / 100));
    setAside(index, "warning", MESSAGES.reader.fractionalCount(d.path.join("/"), d.indicator!.name, shown));
  }
  for (const { index, samples } of textColumns(values, drafts)) {
    const d = drafts[index];
    setAside(index, "info", MESSAGES.reader.textUnderCountName(d.path.join("/"), d.indicator!.name, samples));
  }
  return diagnostics;
}
