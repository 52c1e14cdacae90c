/**
 * A table of places whose header names no indicator, only years across (县（市） | 2019年 | 2020年 … 2023年),
 * under a title that ends with one indicator's name (2019—2023年各县（市）生产安全事故死亡人数): every
 * figure of the table is that indicator, in the title's unit, as a section heading names a period
 * matrix's (periodMatrix.ts). A title that names two indicators (事故起数和死亡人数), or none at its
 * end, names nothing: the table stays unread, with its reason.
 */
import { headerCore } from "../registry/headerText";
import { matchIndicator } from "../registry/matchIndicator";
import { parseUnit } from "../registry/units";
import type { DraftColumn } from "./headerColumns";
import type { IndicatorDomain, RowMeaning } from "./model";
import type { HeadingIndicator } from "./periodMatrix";

/** Words a table's title ends with after the figure it counts: 统计表, 一览表 … (never 情况: "…事故情况" names a subject, not a figure). */
const TITLE_TAIL = /(统计表|一览表|汇总表|统计)$/;
/** The end of a figure's name: a count, a number of people, an area, a loss — never a field alone (生产安全事故). */
const FIGURE_END = /(数|人口|面积|损失|人次|金额|资金)$/;
/** A title naming more than one thing. */
const SEVERAL = /和|及|与|、|,|，|\//;

/**
 * The indicator a title ends with, when that is the only one it names.
 *
 * @param title the table's title
 * @param domain the domain the titles say, if any
 * @returns the indicator and the title's unit, or undefined
 * @example titleIndicator("2019—2023年各县（市）生产安全事故死亡人数")?.draft.indicator?.id // "deaths"
 */
export function titleIndicator(title: string | undefined, domain?: IndicatorDomain): HeadingIndicator | undefined {
  if (!title) return undefined;
  const text = headerCore(title.replace(/[（(][^）)]*[）)]/g, "")).replace(TITLE_TAIL, "");
  if (SEVERAL.test(text)) return undefined;
  // The longest end of the title that is an indicator's name, exactly.
  for (let i = 0; i < text.length - 1; i++) {
    const end = text.slice(i);
    const m = matchIndicator(end, domain ? { domain } : {});
    if (!m || m.confidence < 0.95 || m.header === undefined || headerCore(m.header) !== end || !FIGURE_END.test(end)) continue;
    const unit = parseUnit(title);
    return {
      draft: { indicator: m.indicator, confidence: m.confidence, matchedHeader: m.header, ...(m.matchedAlias ? { matchedAlias: m.matchedAlias } : {}) },
      ...(unit ? { unit } : {}),
    };
  }
  return undefined;
}

/**
 * Names the year columns of a table of places by its title when no column names an indicator, at
 * least two columns are years (2019年 … 2023年) and most rows are places: each year column, and a 合计
 * beside them, holds the title's indicator. Rows that name indicators (a table keyed by indicator)
 * are never named by the title.
 *
 * @param drafts the header's columns (indicator and unit set in place)
 * @param rows the body rows as read
 * @param title the table's title
 * @param domain the domain the titles say, if any
 * @returns the indicator's name when the columns were named, else undefined
 * @example nameColumnsByTitle(drafts, rows, "2019—2023年各县（市）生产安全事故死亡人数") // "死亡人数"
 */
export function nameColumnsByTitle(
  drafts: DraftColumn[],
  rows: readonly RowMeaning[],
  title: string | undefined,
  domain?: IndicatorDomain,
): string | undefined {
  if (drafts.some((d) => d.indicator)) return undefined;
  const data = rows.filter((r) => r.role === "data");
  if (data.length === 0 || data.filter((r) => r.region !== undefined).length * 2 < data.length) return undefined;
  const periods = drafts.filter((d) => d.role !== "key" && d.dated?.parsed.span?.kind === "year");
  if (periods.length < 2) return undefined;
  const named = titleIndicator(title, domain);
  if (!named) return undefined;
  const whole = drafts.filter((d) => d.role !== "key" && /^(合计|总计)$/.test(headerCore(d.path[d.path.length - 1] ?? "")));
  for (const d of [...periods, ...whole]) {
    Object.assign(d, named.draft);
    if (named.unit) d.unit = named.unit;
  }
  return named.draft.indicator!.name;
}
