/** Header checks: conflicting indicators in one path, duplicate headers, blank leaves — each said as a diagnostic. */
import { cellAddress, rangeAddress } from "../model/address";
import { cleanHeader } from "../registry/headerText";
import { isPartOf, matchIndicator, type IndicatorMatch } from "../registry/matchIndicator";
import { type Context } from "./tableContext";
import { PERIOD_OR_CHANGE_WORDS, type DraftColumn } from "./headerColumns";
import { MESSAGES } from "../messages";

/** Two indicators that can share one header path: the same, a part of the other, or two readings of one alias. */
export function related(a: IndicatorMatch, b: IndicatorMatch): boolean {
  return a.alternatives.some((x) => b.alternatives.includes(x)) || isPartOf(a.indicator.id, b.indicator.id) || isPartOf(b.indicator.id, a.indicator.id);
}

/**
 * Header problems a statistician must hear about: header rows that name different indicators
 * for one column (neither is trusted), one header used for two columns, and a merged header
 * whose leaf was left blank (its role is inferred from the sibling blocks, with less confidence).
 */
export function checkHeaders(ctx: Context, drafts: DraftColumn[], first: number, last: number, left: number): void {
  const { grid } = ctx;
  let conflictRight = -1;
  for (const d of drafts) {
    // Period and change words are dropped first, so "事故起数增减(%)" still names 事故起数.
    const matches = d.path
      .map((p) => matchIndicator(cleanHeader(p).replace(PERIOD_OR_CHANGE_WORDS, "") || p, d.indicator ? { domain: d.indicator.domain } : {}))
      .filter((m): m is IndicatorMatch => m !== undefined && m.confidence >= 0.7);
    if (matches.some((m, i) => matches.slice(i + 1).some((n) => !related(m, n)))) {
      conflictRight = d.column;
      d.indicator = undefined;
      d.confidence = 0;
      d.matchedAlias = undefined;
      d.resolvedTypo = undefined;
    }
  }
  if (conflictRight >= 0) {
    const address = rangeAddress(first, left, last - first + 1, conflictRight - left + 1);
    ctx.diagnostics.push({
      severity: "warning",
      sheet: ctx.name,
      address,
      message: MESSAGES.reader.headerConflict(address),
    });
  }
  // One leaf header used twice with nothing (a period, a group, the count on its left) telling the columns apart:
  // 一般隐患 | 已整改 | 重大隐患 | 已整改 reads the second 已整改 as 重大隐患已整改 (followerColumns.ts), so it is told apart.
  const seen = new Map<string, DraftColumn>();
  for (const d of drafts) {
    if (!d.indicator || d.role !== "value" || d.industry) continue;
    const key = `${d.path.join("/")}|${d.indicator.id}`;
    const before = seen.get(key);
    if (before) {
      const address = rangeAddress(last, before.column, 1, d.column - before.column + 1);
      const header = d.path[d.path.length - 1];
      ctx.diagnostics.push({
        severity: "warning",
        sheet: ctx.name,
        address,
        message: MESSAGES.reader.duplicateHeader(header, address),
      });
    } else seen.set(key, d);
  }
  // A leaf left blank under a merged group header: infer it from the same position in sibling groups.
  if (last === first) return;
  for (const d of drafts) {
    if (d.path.length === 0 || cleanHeader(grid.shown(last, d.column)) !== "") continue;
    const group = grid.mergeAt(first, d.column);
    if (!group || group.columnCount < 2 || grid.mergeAt(last, d.column)) continue;
    const offset = d.column - group.column;
    const sibling = drafts.find((o) => {
      const g = grid.mergeAt(first, o.column);
      return g && g !== group && g.columnCount === group.columnCount && o.column - g.column === offset && cleanHeader(grid.shown(last, o.column)) !== "";
    });
    if (sibling) {
      d.role = sibling.role;
      if (sibling.periodLabel) d.periodLabel = sibling.periodLabel;
      d.confidence = Math.min(d.confidence, 0.5);
    }
    ctx.diagnostics.push({
      severity: "warning",
      sheet: ctx.name,
      address: cellAddress(last, d.column),
      message: MESSAGES.reader.blankLeaf(d.path[0], cellAddress(last, d.column), sibling ? cleanHeader(grid.shown(last, sibling.column)) : undefined),
    });
  }
}
