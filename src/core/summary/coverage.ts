/**
 * Which figures the fixed sections of the summary (accidents with their by-county and
 * by-industry tables, the loss composition, hazard rectification, the trend) already take from
 * each table, so the indicator sections (sectionFacts.ts) take the rest and no recognised
 * indicator is dropped. The choices mirror extractFacts.ts: the first compared accident table by
 * region and by industry (else the first table keyed by indicator), the first table with a loss
 * category, the first with hazards found and rectified.
 */
import type { Fact, WorkbookFacts } from "../facts";
import { indicatorById } from "../registry/indicators";
import { comparedIndicators, LOSS_ORDER } from "./extractFacts";
import { factTables, groupView, type FactTable } from "./factTables";
import { findTrendSeries } from "./significance";

// The disaster scope (受灾乡镇, 户数, 人口, 转移安置, 农作物) is only a sentence of the loss paragraph there:
// the disaster section gives it a table by county.
const LOSS_COVERED = [...LOSS_ORDER, "dz_direct_loss"];
const HAZARD_COVERED = ["hazards_found", "rectified", "major_found", "major_rectified", "units_checked", "rect_rate", "major_rect_rate"];

function allFacts(t: FactTable): Fact[] {
  return [...t.whole, ...t.rows.flatMap((r) => r.facts)];
}

/**
 * The (table, indicator) pairs the fixed sections summarise, as "tableId|indicatorId".
 *
 * @param wf the workbook's facts
 * @returns the covered pairs
 * @example coreCoverage(sampleFacts).has("事故分县统计!A3:J15|accident_count") // true
 */
export function coreCoverage(wf: WorkbookFacts): Set<string> {
  const covered = new Set<string>();
  const cover = (t: FactTable, ids: readonly string[]) => {
    const present = new Set(allFacts(t).map((f) => f.indicator));
    ids.forEach((id) => present.has(id) && covered.add(`${t.source.id}|${id}`));
  };
  const tables = factTables(wf).map((t) => groupView(t, "cumulative"));
  const accidentTables = tables.filter((t) => comparedIndicators(t, "accident").length > 0);
  const region = accidentTables.find((t) => t.source.keyKind === "region");
  const industry = accidentTables.find((t) => t.source.keyKind === "industry");
  for (const t of [region, industry]) if (t) cover(t, comparedIndicators(t, "accident"));
  if (!region && !industry) {
    const rel = (t: FactTable, r: string) => t.whole.some((f) => f.period.relation === r && f.measure !== "change" && f.measure !== "change_pct");
    const keyed = tables.find(
      (t) =>
        t.source.keyKind === "indicator" && rel(t, "current") && rel(t, "year_ago") && t.whole.some((f) => indicatorById(f.indicator)?.domain === "accident"),
    );
    if (keyed)
      cover(
        keyed,
        keyed.whole.filter((f) => indicatorById(f.indicator)?.domain === "accident").map((f) => f.indicator),
      );
  }
  const lossTable = tables.find((t) => allFacts(t).some((f) => LOSS_ORDER.includes(f.indicator)));
  if (lossTable) cover(lossTable, LOSS_COVERED);
  const hazardTable = tables.find(
    (t) => t.source.keyKind !== "indicator" && allFacts(t).some((f) => f.indicator === "hazards_found") && allFacts(t).some((f) => f.indicator === "rectified"),
  );
  if (hazardTable) cover(hazardTable, HAZARD_COVERED);
  // A table of periods (2020年 … 2024年) gives the trend chart, whose data block shows its counts.
  const trend = findTrendSeries(wf);
  if (trend?.source) {
    const t = tables.find((x) => x.source.id === trend.source);
    if (t) cover(t, [trend.indicator]);
  }
  return covered;
}
