/**
 * The accident direct economic loss of the same period from another table of the sheet (issue 22, "the accident
 * direct economic loss in the accident paragraph, with its 同比"). A bulletin may compare its totals by industry
 * (本期 | 去年同期) and give the loss only in its overview table above (一、总体情况: 1-3月份 … 直接经济损失 1.431万元,
 * 同比 −99.92%; corpus 05). The loss is taken where it is the whole of a table on the same sheet for the very same
 * period as the totals, with the 同比 that table states for it; a loss of another period, a part of a table, or a
 * loss on another sheet is never taken.
 */
import type { Fact, PeriodSpan } from "../facts";
import { isColumnGroup, type FactTable } from "./factTables";
import type { IndicatorPair } from "./facts";
import { sourcedOf } from "./sourced";

const MISSING = { value: null };

function sameSpan(a: PeriodSpan | undefined, b: PeriodSpan | undefined): boolean {
  if (!a || !b) return false;
  return a.kind === b.kind && a.year === b.year && a.startMonth === b.startMonth && a.endMonth === b.endMonth && a.start === b.start && a.end === b.end;
}

/**
 * The accident pairs with the loss of another table of the same sheet and period, where the source of the totals
 * gives none.
 *
 * @param pairs the accident totals
 * @param source the table they come from
 * @param tables the workbook's tables (the year-to-date view of a monthly report)
 * @returns the pairs, with a direct_loss pair (no year-earlier figure; its stated 同比 as `statedChangePct`) added where found
 * @example withLossBeside(corpus05.pairs, industryTable, tables).find((p) => p.indicator === "direct_loss")?.current.value // 1.431
 */
export function withLossBeside(pairs: IndicatorPair[], source: FactTable | undefined, tables: readonly FactTable[]): IndicatorPair[] {
  if (!source || pairs.some((p) => p.indicator === "direct_loss")) return pairs;
  const span = source.whole.find((f) => f.indicator === "accident_count" && f.period.relation === "current" && f.measure === "count")?.period.span;
  const whole = (f: Fact) => f.indicator === "direct_loss" && f.breakdown.length === 0 && !f.derived && !isColumnGroup(f) && sameSpan(f.period.span, span);
  for (const t of tables) {
    if (t === source || t.source.sheet !== source.source.sheet) continue;
    const loss = t.whole.find((f) => whole(f) && f.period.relation === "current" && f.measure === "amount" && f.value !== null);
    if (!loss) continue;
    const pct = t.whole.find((f) => whole(f) && f.measure === "change_pct" && f.base?.relation === "year_ago" && !f.base.mean);
    return [
      ...pairs,
      {
        indicator: "direct_loss",
        name: "直接经济损失",
        classifier: "",
        unit: "万元",
        current: sourcedOf(loss),
        previous: MISSING,
        ...(pct && pct.value !== null ? { statedChangePct: sourcedOf(pct) } : {}),
      },
    ];
  }
  return pairs;
}
