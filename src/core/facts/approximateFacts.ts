/**
 * A figure the notes under its table call approximate ("注：…直接经济损失为约数。", reader/approximateFigures.ts)
 * carries the word on its cell, as the 核对's word does (cellChecks.ts), so every paragraph that tells it
 * writes 约 (docs/report-rules.md, rule 28). A stated change or percent of it is not approximate.
 */
import type { TableModel } from "../reader/model";
import type { Fact } from "./fact";

/**
 * The table's facts, those of an indicator its notes call approximate marked so.
 *
 * @param facts the table's facts (`tableFacts`)
 * @param table the table as read
 * @returns the facts, marked where the notes say so; the same array when they say nothing
 * @example approximateFacts(facts, corpus16)[i].provenance.approximate // true for 直接经济损失 5.236亿元
 */
export function approximateFacts(facts: Fact[], table: TableModel): Fact[] {
  const named = table.approximate;
  if (!named?.length) return facts;
  return facts.map((f) =>
    named.includes(f.indicator) && f.provenance.kind === "cell" && f.measure !== "change" && f.measure !== "change_pct"
      ? { ...f, provenance: { ...f.provenance, approximate: true as const } }
      : f,
  );
}
