/**
 * What the 核对 could check in a workbook's facts, so a verdict of "no inconsistency" says what it
 * is about and is never given about nothing: each stated whole against the rows it totals, each
 * 其中 item against its parent, each stated change against the figures it compares, each stated
 * rate against its numerator and denominator — the relations the checks in src/core/checks/ compare.
 */
import { indicatorById } from "../registry/indicators";
import { withinTable } from "./breakdown";
import type { Fact } from "./fact";
import type { CheckScope } from "./workbook";

function column(f: Fact): string | undefined {
  return f.provenance.kind === "cell" ? `${f.source}|${f.provenance.cell.column}` : undefined;
}

/**
 * The relations the facts allow the 核对 to compare, and the tables and ledgers they are in.
 *
 * @param facts the workbook's facts
 * @param ledgers the ids of the ledgers read (their dates and counts are checked)
 * @returns the scope
 * @example checkScope(sampleFacts, []).relations // 0 for a workbook with no stated total, change or rate
 */
export function checkScope(facts: readonly Fact[], ledgers: readonly string[]): CheckScope {
  const relations = new Map<string, number>();
  const add = (source: string) => relations.set(source, (relations.get(source) ?? 0) + 1);
  const partsByColumn = new Map<string, number>();
  for (const f of facts) {
    const c = column(f);
    if (c && withinTable(f.breakdown).length > 0 && f.value !== null) partsByColumn.set(c, (partsByColumn.get(c) ?? 0) + 1);
  }
  const present = new Set(facts.filter((f) => f.value !== null && !f.derived).map((f) => `${f.source}|${f.indicator}|${JSON.stringify(f.breakdown)}`));
  for (const f of facts) {
    if (f.derived || f.value === null || f.provenance.kind !== "cell") continue;
    const c = column(f)!;
    if (f.measure === "change" || f.measure === "change_pct") add(f.source);
    else if (f.measure === "rate") {
      const ind = indicatorById(f.indicator);
      const at = (id: string | undefined) => id !== undefined && present.has(`${f.source}|${id}|${JSON.stringify(f.breakdown)}`);
      if (at(ind?.numerator) && at(ind?.denominator)) add(f.source);
    } else if (withinTable(f.breakdown).length === 0 && (partsByColumn.get(c) ?? 0) > 0) add(f.source);
    else if (f.breakdown.some((k) => k.partOf !== undefined)) add(f.source);
  }
  return { tables: [...relations.keys()], ledgers: [...ledgers], relations: [...relations.values()].reduce((a, b) => a + b, 0) };
}
