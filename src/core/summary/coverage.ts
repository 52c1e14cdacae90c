/**
 * Which figures the fixed sections of the summary (accidents with their by-county and
 * by-industry tables, the loss composition, hazard
 * rectification) already take from each table, so the indicator sections (sectionFacts.ts)
 * take the rest and no recognised indicator is dropped. The choices mirror extractFacts.ts:
 * the first compared accident table by region and by industry (else the first table keyed by
 * indicator), the first table with a loss category, the first with hazards found and rectified.
 */
import type { TableModel, WorkbookModel } from "../reader/model";
import { primaryPeriodView } from "../reader/periodGroups";
import { indicatorById } from "../registry/indicators";
import { findTrendSeries } from "./significance";

const LOSS_TABLE_IDS = ["loss_housing", "loss_agri", "loss_industry", "loss_infra", "loss_public", "loss_other"];
// The disaster scope (受灾乡镇, 户数, 人口, 转移安置, 农作物) is only a sentence of the loss paragraph there:
// the disaster section gives it a table by county.
const LOSS_COVERED = [...LOSS_TABLE_IDS, "dz_direct_loss"];
const HAZARD_COVERED = ["hazards_found", "rectified", "major_found", "major_rectified", "units_checked", "rect_rate", "major_rect_rate"];

function comparedAccidents(table: TableModel): string[] {
  return table.columns
    .filter((c) => c.indicator && c.role === "current" && !c.industry && indicatorById(c.indicator)?.domain === "accident")
    .map((c) => c.indicator!)
    .filter((id) => table.columns.some((c) => c.indicator === id && c.role === "previous" && !c.industry));
}

function present(table: TableModel, id: string): boolean {
  return table.columns.some((c) => c.indicator === id) || table.rows.some((r) => r.indicator === id);
}

/**
 * The (table, indicator) pairs the fixed sections summarise, as "tableId|indicatorId".
 *
 * @param model what the reader found
 * @returns the covered pairs
 * @example coreCoverage(sampleModel).has("事故分县统计!A3:J15|accident_count") // true
 */
export function coreCoverage(model: WorkbookModel): Set<string> {
  const covered = new Set<string>();
  const cover = (t: TableModel, ids: readonly string[]) => ids.forEach((id) => present(t, id) && covered.add(`${t.id}|${id}`));
  const tables = model.tables.map(primaryPeriodView);
  const accidentTables = tables.filter((t) => comparedAccidents(t).length > 0);
  const region = accidentTables.find((t) => t.keyKind === "region");
  const industry = accidentTables.find((t) => t.keyKind === "industry");
  for (const t of [region, industry]) if (t) cover(t, comparedAccidents(t));
  if (!region && !industry) {
    const keyed = tables.find(
      (t) =>
        t.keyKind === "indicator" &&
        t.columns.some((c) => c.role === "current") &&
        t.columns.some((c) => c.role === "previous") &&
        t.rows.some((r) => r.indicator && indicatorById(r.indicator)?.domain === "accident"),
    );
    if (keyed)
      cover(
        keyed,
        keyed.rows.flatMap((r) => (r.indicator && indicatorById(r.indicator)?.domain === "accident" ? [r.indicator] : [])),
      );
  }
  const lossTable = tables.find((t) => t.columns.some((c) => c.indicator && LOSS_TABLE_IDS.includes(c.indicator)));
  if (lossTable) cover(lossTable, LOSS_COVERED);
  const hazardTable = tables.find((t) => t.columns.some((c) => c.indicator === "hazards_found") && t.columns.some((c) => c.indicator === "rectified"));
  if (hazardTable) cover(hazardTable, HAZARD_COVERED);
  // A table of periods (2020年 … 2024年) gives the trend chart, whose data block shows its counts.
  const trend = findTrendSeries(model);
  const trendCell = trend?.cells.find((c) => c !== undefined);
  const trendTable = trendCell && model.tables.find((t) => t.sheet === trendCell.sheet && t.rows.some((r) => r.row === trendCell.row));
  if (trend && trendTable) cover(trendTable, [trend.indicator]);
  return covered;
}
