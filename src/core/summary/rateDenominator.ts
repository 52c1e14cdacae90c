/**
 * What a stated rate divides in its table (invariant 2 of docs/architecture.md: a rate is recomputed
 * from its numerator and denominator, never added): the registry's denominator, or the part of it the
 * rate stands beside when the table lacks the whole (一般隐患 | 已整改 | 一般隐患整改率).
 */
import type { Fact } from "../facts";
import { isSumPartOf } from "../registry/forms/relations";

/**
 * What a rate divides in this table: its denominator, else the part of it the rate stands right of
 * (一般隐患 | 已整改 | 一般隐患整改率, corpus 36: 已整改 ÷ 一般隐患, as the 核对 recomputes it), else nothing.
 *
 * @param all the table's figures
 * @param rate the rate's indicator
 * @param denominator the registry's denominator of the rate
 * @returns the indicator to divide by, or undefined
 * @example denominatorIn(corpus36Facts, "rect_rate", "hazards_found") // "general_found"
 */
export function denominatorIn(all: readonly Fact[], rate: string, denominator: string): string | undefined {
  if (all.some((f) => f.indicator === denominator)) return denominator;
  const columnOf = (id: string) => {
    const f = all.find((x) => x.indicator === id && x.provenance.kind === "cell");
    return f?.provenance.kind === "cell" ? f.provenance.cell.column : undefined;
  };
  const at = columnOf(rate);
  if (at === undefined) return undefined;
  let best: { id: string; column: number } | undefined;
  for (const id of new Set(all.map((f) => f.indicator))) {
    const column = columnOf(id);
    if (column !== undefined && column < at && isSumPartOf(id, denominator) && (!best || column > best.column)) best = { id, column };
  }
  return best?.id;
}
