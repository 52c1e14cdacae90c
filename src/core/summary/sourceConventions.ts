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
 * The hazard unit the header states (条, 项, 处), the most decimals the table's stated 整改率
 * cells carry, and what its count of units is of, in the header's words and unit (检查企业, 家次):
 * the hazard paragraph names it so, never with enforcement's 检查生产经营单位 (claim 5).
 *
 * @param table the hazard table's facts
 * @returns unit, stated decimals and the units' words, each where known
 * @example hazardConventions(sichuanTable) // { unit: "项", statedRateDecimals: 2, unitsCheckedLabel: "排查治理单位", unitsCheckedUnit: "家" }
 */
export function hazardConventions(table: FactTable): {
  unit?: string;
  statedRateDecimals?: number;
  unitsCheckedLabel?: string;
  unitsCheckedUnit?: string;
} {
  const all = [...table.whole, ...table.rows.flatMap((r) => r.facts)];
  const found = all.find((f) => f.indicator === "hazards_found");
  const unit = found?.unit && /^[条项处个]$/.test(found.unit) ? found.unit : undefined;
  const stated = table.source.statedRateDecimals;
  const decimals = [stated?.rect_rate, stated?.major_rect_rate].filter((d): d is number => d !== undefined);
  const checked = all.find((f) => f.indicator === "units_checked" && f.period.relation === "current");
  return {
    unit,
    statedRateDecimals: decimals.length ? Math.max(...decimals) : undefined,
    ...(checked?.label ? { unitsCheckedLabel: checked.label } : {}),
    ...(checked?.unit ? { unitsCheckedUnit: checked.unit } : {}),
  };
}
