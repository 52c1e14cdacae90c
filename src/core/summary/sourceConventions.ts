/**
 * What the workbook itself says about how to write it up: the disaster types and county count of
 * its loss table, the unit it counts hazards in and the decimals it states rates with.
 * docs/report-rules.md, rules 1, 6 and 8. (The place and the region word are in the facts' context.)
 */
import type { FactTable } from "./factTables";

/**
 * The disaster types and the number of distinct counties with figures in a loss table.
 *
 * @param table the loss table's facts
 * @returns types in the order the table names them, and the county count (undefined when no region rows)
 */
export function disasterDetails(table: FactTable): { types: string[]; counties?: number } {
  const types: string[] = [];
  const add = (t: string | undefined) => {
    const clean = t?.replace(/^其中[:：]?/, "").trim();
    if (clean && !types.includes(clean) && !/合计|小计|总计/.test(clean)) types.push(clean);
  };
  for (const r of table.rows) {
    if (r.role === "of_which") add(r.key.label ?? r.key.key);
    else if (r.role === "data") add(r.category);
  }
  const counties = new Set<string>();
  for (const r of table.rows) {
    if (r.role !== "data" || r.key.dimension !== "region" || table.source.keyKind !== "region") continue;
    if (r.facts.some((f) => f.value !== null && f.value !== 0)) counties.add(r.key.key);
  }
  return { types, counties: counties.size || undefined };
}

/**
 * The hazard unit the header states (条, 项, 处) and the most decimals the table's stated 整改率
 * cells carry.
 *
 * @param table the hazard table's facts
 * @returns unit and stated decimals, each where known
 * @example hazardConventions(sichuanTable) // { unit: "项", statedRateDecimals: 2 } for 97.28
 */
export function hazardConventions(table: FactTable): { unit?: string; statedRateDecimals?: number } {
  const found = [...table.whole, ...table.rows.flatMap((r) => r.facts)].find((f) => f.indicator === "hazards_found");
  const unit = found?.unit && /^[条项处个]$/.test(found.unit) ? found.unit : undefined;
  const stated = table.source.statedRateDecimals;
  const decimals = [stated?.rect_rate, stated?.major_rect_rate].filter((d): d is number => d !== undefined);
  return { unit, statedRateDecimals: decimals.length ? Math.max(...decimals) : undefined };
}
