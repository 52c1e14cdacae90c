/**
 * An indicator-keyed table's rows that name a kind before their indicator and have no whole beside
 * them (facts/kindRows.ts; the 统计公报's 洪涝和地质灾害直接经济损失 2451亿元, 干旱灾害直接经济损失 206亿元 …
 * and no total): each part is its own row of the block, named as the source names it, and never
 * added into a whole the table does not state. A lookup of the indicator's whole never finds a part
 * (indexOfWhole in sectionFacts.ts), so no sentence tells the floods' loss as the year's.
 */
import type { Fact } from "../facts";
import { firstFact, type FactTable } from "./factTables";
import type { BlockIndicator } from "./sectionFacts";

/** One part of an indicator, with the facts of its row. */
export interface KindPart {
  readonly indicator: BlockIndicator;
  readonly facts: readonly Fact[];
}

/**
 * The parts by kind of each indicator the table states no whole for.
 *
 * @param t the table
 * @param ids the block's indicators
 * @param whole the figures of the table's whole
 * @param figures the figures among a row's facts (no change, no column group)
 * @param blockIndicator the block's indicator for an id, named and united as the given facts state it
 * @returns for each indicator with parts and no whole, its parts in the source's order
 */
export function kindParts(
  t: FactTable,
  ids: readonly string[],
  whole: readonly Fact[],
  figures: (facts: readonly Fact[]) => Fact[],
  blockIndicator: (id: string, facts: readonly Fact[]) => BlockIndicator,
): Map<string, KindPart[]> {
  const out = new Map<string, KindPart[]>();
  for (const id of ids) {
    if (firstFact(whole, id, ["current"])) continue;
    const stating = t.rows.filter((r) => r.key.dimension === "category" && figures(r.facts).some((f) => f.indicator === id && f.period.relation === "current"));
    if (!stating.length) continue;
    out.set(
      id,
      stating.map((r) => {
        const facts = figures(r.facts);
        const base = blockIndicator(id, facts);
        const kind = r.key.key;
        // The row as the source writes it (洪涝和地质灾害直接经济损失), else the kind before the indicator's name.
        const name = r.key.label && r.key.label.includes(kind) ? r.key.label : `${kind}${base.name}`;
        return { indicator: { ...base, name, english: `${base.english} (${kind})`, part: kind }, facts };
      }),
    );
  }
  return out;
}
