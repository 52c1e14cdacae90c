/**
 * The hazard-ledger emitter: the counts as of the report date (排查, 已整改, 整改中, 未整改,
 * 逾期未整改, 重大 and of them rectified, 整改资金) in total, by county, by category, and for 重大
 * hazards by county, as facts whose provenance is the ledger's rows and the criteria that select
 * them. Hazards by status are 排查隐患 broken down by status (整改中, 未整改, 逾期未整改).
 */
import type { HazardFormulaBasis, HazardGroup } from "../ledger/breakdownTypes";
import type { HazardTotals, LedgerModel } from "../reader/model";
import { indicatorById } from "../registry/indicators";
import type { BreakdownKey } from "./breakdown";
import type { Fact } from "./fact";
import { nextDay, withExclusions } from "./ledgerTerms";
import { measureOf } from "./measureOf";
import type { FactPeriod } from "./period";
import type { LedgerCriterion, LedgerProvenance, LedgerTerm } from "./provenance";
import type { LedgerSource } from "./sources";

type Figure = keyof HazardTotals;

/** Each figure: its indicator, and the status it breaks 排查隐患 down by. */
const FIGURES: readonly { figure: Figure; indicator: string; status?: string }[] = [
  { figure: "found", indicator: "hazards_found" },
  { figure: "rectified", indicator: "rectified" },
  { figure: "inProgress", indicator: "hazards_found", status: "整改中" },
  { figure: "notStarted", indicator: "hazards_found", status: "未整改" },
  { figure: "overdue", indicator: "hazards_found", status: "逾期未整改" },
  { figure: "majorFound", indicator: "major_found" },
  { figure: "majorRectified", indicator: "major_rectified" },
  { figure: "funds", indicator: "rect_funds" },
];

/**
 * The criteria terms of one figure (before exclusions), or undefined where the ledger's cells do
 * not allow a formula that counts what the engine counts.
 */
function figureTerms(basis: HazardFormulaBasis, reportDate: string, figure: Figure, key?: LedgerCriterion): LedgerCriterion[][] | undefined {
  const base: LedgerCriterion[] = [{ column: basis.dateColumn, op: "<", date: nextDay(reportDate) }, ...(key ? [key] : [])];
  const status = (text: string): LedgerCriterion | undefined => (basis.statusColumn === undefined ? undefined : { column: basis.statusColumn, op: "=", text });
  const major: LedgerCriterion | undefined = basis.levelColumn === undefined ? undefined : { column: basis.levelColumn, op: "=", text: "重大" };
  switch (figure) {
    case "found":
      return [base];
    case "rectified":
    case "inProgress":
    case "notStarted": {
      const s = status(figure === "rectified" ? "已整改" : figure === "inProgress" ? "整改中" : "未整改");
      return s ? [[...base, s]] : undefined;
    }
    case "overdue": {
      if (basis.deadlineColumn === undefined || basis.statusColumn === undefined) return undefined;
      const late: LedgerCriterion = { column: basis.deadlineColumn, op: "<", date: reportDate };
      // Not rectified = 整改中 + 未整改 (the basis allows only these and 已整改): equality criteria only.
      return ["整改中", "未整改"].map((w) => [...base, late, status(w)!]);
    }
    case "majorFound":
      return major ? [[...base, major]] : undefined;
    case "majorRectified": {
      const s = status("已整改");
      return major && s ? [[...base, major, s]] : undefined;
    }
    case "funds":
      return basis.fundsColumn === undefined ? undefined : [base];
  }
}

/** The hazard ledger as a fact source: with its report date and the overdue hazards to look at. */
export function hazardLedgerSource(ledger: LedgerModel, base: LedgerSource): LedgerSource {
  const h = ledger.hazards;
  const br = h?.breakdowns;
  return {
    ...base,
    ...(h ? { reportDate: h.reportDate } : {}),
    ...(br
      ? {
          overdue: {
            items: br.overdue.map((x) => ({ cell: x.cell, region: x.region, unit: x.unit, deadline: x.deadline, status: x.status, major: x.major })),
            count: br.overdueCount,
          },
        }
      : {}),
  };
}

/**
 * The facts of a hazard ledger.
 *
 * @param ledger the ledger (subtype "hazard")
 * @returns its facts: totals, by county, by category, 重大 by county
 * @example hazardLedgerFacts(ledger).find((f) => f.indicator === "hazards_found" && f.breakdown.length === 0)?.value // 411
 */
export function hazardLedgerFacts(ledger: LedgerModel): Fact[] {
  const h = ledger.hazards;
  if (!h) return [];
  const basis = h.breakdowns?.formulaBasis;
  const period: FactPeriod = { label: "", relation: "current", span: { kind: "range", end: h.reportDate } };
  const facts: Fact[] = [];
  const emit = (totals: HazardTotals, breakdown: BreakdownKey[], key: LedgerCriterion | undefined, exact: boolean) => {
    for (const f of FIGURES) {
      const ind = indicatorById(f.indicator)!;
      const criteria = basis && exact ? figureTerms(basis, h.reportDate, f.figure, key) : undefined;
      const terms: LedgerTerm[] = criteria ? criteria.flatMap((c) => withExclusions(c, basis!.included)) : [];
      const live = !!basis && basis.datesLive && !!criteria;
      const reason: LedgerProvenance["reason"] = !basis || !exact ? "no_formula" : !basis.datesLive ? "text_dates" : "column_not_exact";
      const provenance: LedgerProvenance = {
        kind: "ledger",
        ledger: ledger.id,
        sheet: ledger.sheet,
        rows: [ledger.firstRow, ledger.lastRow],
        aggregate: f.figure === "funds" ? "sum" : "count",
        ...(f.figure === "funds" && basis?.fundsColumn !== undefined ? { sumColumn: basis.fundsColumn } : {}),
        terms,
        live,
        ...(live ? {} : { reason }),
      };
      facts.push({
        indicator: f.indicator,
        period,
        breakdown: f.status ? [...breakdown, { dimension: "status", key: f.status }] : breakdown,
        value: totals[f.figure],
        baseUnit: ind.baseUnit,
        measure: measureOf(f.indicator),
        provenance,
        source: ledger.id,
      });
    }
  };
  emit(h.total, [], undefined, true);
  const keyed = (
    groups: readonly HazardGroup[],
    dimension: "region" | "category",
    exact?: { column: number; keys: readonly string[] },
    extra: BreakdownKey[] = [],
  ) => {
    for (const g of groups) {
      const key: LedgerCriterion | undefined = exact?.keys.includes(g.key) ? { column: exact.column, op: "=", text: g.key, key: true } : undefined;
      emit(g.totals, [{ dimension, key: g.key }, ...extra], key, !!key);
    }
  };
  const br = h.breakdowns;
  keyed(br?.byRegion.length ? br.byRegion : h.byRegion, "region", basis?.region);
  if (br) {
    keyed(br.byCategory, "category", basis?.category);
    // 重大 hazards by county: the formulas would need the level criterion in every column, so they are values.
    keyed(br.majorByRegion, "region", undefined, [{ dimension: "level", key: "重大" }]);
  }
  return facts;
}
