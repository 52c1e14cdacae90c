/**
 * The 核对's slips for a short listing (the command line's): the first few of each kind on each
 * sheet, and for the rest of that kind one count with their cells. A ledger of 100,000 rows can
 * hold hundreds of rows stated 一般 whose figures meet the 较大 threshold; one line each buries
 * every other finding. The summary sheet's 核对 still lists every finding.
 */
import type { Finding, WorkbookFacts } from "./workbook";
import { slips } from "./verdict";

/** Findings of one kind on one sheet that a short listing does not print one by one. */
export interface MoreOfKind {
  readonly sheet: string;
  readonly count: number;
  /** Their cells, in the order found. */
  readonly cells: readonly string[];
}

/** What a short listing prints: findings one by one, with the remainder of a kind after its last one shown. */
export type SlipLine = { readonly finding: Finding } | { readonly more: MoreOfKind };

/**
 * The slips in their order, with at most `shown` findings of a kind on a sheet listed one by one
 * and the rest of that kind told as one line right after the last one listed.
 *
 * @param wf the workbook's facts
 * @param shown how many of a kind on a sheet to list one by one (at least 1)
 * @returns the lines to print, in the 核对's order
 * @example slipLines(ledgerFacts, 5).length // 6 for 45 rows stated 一般 that meet 较大: five, then "另有40处"
 */
export function slipLines(wf: WorkbookFacts, shown = 5): SlipLine[] {
  const all = slips(wf);
  const groupOf = (f: Finding) => `${f.kind}\u0000${f.sheet}`;
  const sizes = new Map<string, number>();
  for (const f of all) sizes.set(groupOf(f), (sizes.get(groupOf(f)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const rest = new Map<string, string[]>();
  const lines: SlipLine[] = [];
  for (const f of all) {
    const group = groupOf(f);
    const n = (seen.get(group) ?? 0) + 1;
    seen.set(group, n);
    const size = sizes.get(group) ?? 0;
    // A group one over the limit is listed whole: "另有1处" saves no line.
    if (n <= shown || size <= shown + 1) {
      lines.push({ finding: f });
      if (n === shown && size > shown + 1) {
        const cells: string[] = [];
        rest.set(group, cells);
        lines.push({ more: { sheet: f.sheet, count: size - shown, cells } });
      }
    } else rest.get(group)?.push(f.cell);
  }
  return lines;
}
