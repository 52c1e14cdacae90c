/**
 * A hazard ledger's counts as the hazard paragraph and section take them when no table gives them:
 * the total and each county, with the follow-up releases give (overdue, funds), live where the ledger allows.
 */
import type { Fact, LedgerSource, WorkbookFacts } from "../facts";
import type { HazardRow, SummaryFacts } from "./facts";
import { sourcedOf } from "./sourced";

/** The hazard counts of the first hazard ledger: the total and each county, live where the ledger allows. */
export function ledgerHazards(wf: WorkbookFacts): SummaryFacts["hazards"] {
  const ledger = wf.sources.find((s): s is LedgerSource => s.kind === "ledger" && s.subtype === "hazard");
  if (!ledger) return undefined;
  const mine = wf.facts.filter((f) => f.source === ledger.id);
  const facts = mine.filter((f) => !f.breakdown.some((k) => k.dimension === "status" || k.dimension === "level"));
  // The follow-up releases give (issue 22): hazards overdue at the report date, and the funds.
  const overdue = mine.find((f) => f.indicator === "hazards_found" && f.breakdown.length === 1 && f.breakdown[0].key === "逾期未整改");
  const funds = facts.find((f) => f.indicator === "rect_funds" && f.breakdown.length === 0);
  const at = (list: readonly Fact[], id: string) => sourcedOf(list.find((f) => f.indicator === id));
  const row = (label: string, list: readonly Fact[]): HazardRow => ({
    label,
    found: at(list, "hazards_found"),
    rectified: at(list, "rectified"),
    majorFound: at(list, "major_found"),
    majorRectified: at(list, "major_rectified"),
  });
  const regions = new Map<string, Fact[]>();
  for (const f of facts)
    if (f.breakdown.length === 1 && f.breakdown[0].dimension === "region") regions.set(f.breakdown[0].key, [...(regions.get(f.breakdown[0].key) ?? []), f]);
  return {
    sheet: ledger.sheet,
    total: {
      ...row(
        "合计",
        facts.filter((f) => f.breakdown.length === 0),
      ),
      ...(overdue ? { overdue: sourcedOf(overdue) } : {}),
      ...(funds ? { funds: sourcedOf(funds) } : {}),
    },
    rows: [...regions].map(([key, list]) => row(key, list)),
    ...(ledger.reportDate ? { asOf: ledger.reportDate } : {}),
  };
}
