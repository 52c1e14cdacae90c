/**
 * A period matrix: years down the side and a series of months or quarters across, one indicator
 * per table, named by the section heading above it (一、事故起数（起） | 年份 × 1—2月 … 12月 | 累计 —
 * a bureau's running sheet, as 湖北省应急管理厅 keeps its monthly figures). Such a table is read as it
 * stands, never turned: its rows are the years (this year and last year's same months), its columns
 * the months, and each cell's period is the row's year with the column's months (facts/fromTable.ts).
 */

import { headerCore } from "../registry/headerText";
import { matchIndicator } from "../registry/matchIndicator";
import { parseUnit } from "../registry/units";
import type { DraftColumn } from "./headerColumns";
import type { IndicatorDomain, RowMeaning } from "./model";
import { periodsInRows } from "./periodRows";

/** A section number before a heading: 一、 （二） 3. */
const SECTION_NUMBER = /^\s*([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*/;

/** What a heading names: the indicator every figure of the table is, and its unit. */
export interface HeadingIndicator {
  readonly draft: Pick<DraftColumn, "indicator" | "confidence" | "matchedHeader" | "matchedAlias">;
  readonly unit?: string;
}

/**
 * The indicator a section heading names on its own (一、事故起数（起）, （二）死亡人数/人), with its
 * stated unit; undefined when the heading is anything more than an indicator's name.
 *
 * @param heading the title above the table
 * @param domain the domain the titles say, if any
 * @returns the indicator and unit, or undefined
 * @example headingIndicator("一、事故起数（起）")?.unit // "起"
 */
export function headingIndicator(heading: string | undefined, domain?: IndicatorDomain): HeadingIndicator | undefined {
  if (!heading) return undefined;
  const text = heading.replace(SECTION_NUMBER, "");
  const core = headerCore(text);
  const m = matchIndicator(text, domain ? { domain } : {});
  // The heading must be the indicator's name, not a sentence that mentions one.
  if (!m || m.confidence < 0.9 || m.header === undefined || core.length > m.header.length + 2) return undefined;
  const unit = parseUnit(text);
  return {
    draft: { indicator: m.indicator, confidence: m.confidence, matchedHeader: m.header, ...(m.matchedAlias ? { matchedAlias: m.matchedAlias } : {}) },
    ...(unit ? { unit } : {}),
  };
}

/** Whether a column is a piece of a series of periods or their aggregate (1—2月, 3月, 二季度, 累计, 合计). */
function isSeriesColumn(d: DraftColumn): boolean {
  const kind = d.dated?.parsed.span?.kind;
  return (
    kind === "month" ||
    kind === "quarter" ||
    kind === "cumulative" ||
    d.dated?.parsed.group === "cumulative" ||
    /^(合计|总计|全年)$/.test(headerCore(d.path[d.path.length - 1] ?? ""))
  );
}

/**
 * Names the columns of a period matrix by its heading: when the rows are periods, no column names
 * an indicator and at least two columns are months or quarters, every period column holds the
 * heading's indicator in its unit.
 *
 * @param drafts the header's columns (indicator and unit set in place)
 * @param rows the body rows as read
 * @param heading the title above the table
 * @param domain the domain the titles say, if any
 * @returns true when the table is a period matrix, to be read as it stands
 * @example namePeriodMatrix(drafts, rows, "一、事故起数（起）") // true; drafts[1].indicator.id === "accident_count"
 */
export function namePeriodMatrix(drafts: DraftColumn[], rows: readonly RowMeaning[], heading: string | undefined, domain?: IndicatorDomain): boolean {
  if (drafts.some((d) => d.indicator) || !periodsInRows(rows)) return false;
  const series = drafts.filter(isSeriesColumn);
  const pieces = series.filter((d) => d.dated?.parsed.span?.kind === "month" || d.dated?.parsed.span?.kind === "quarter");
  if (pieces.length < 2) return false;
  const named = headingIndicator(heading, domain);
  if (!named) return false;
  for (const d of series) {
    Object.assign(d, named.draft);
    if (named.unit) d.unit = named.unit;
  }
  return true;
}
