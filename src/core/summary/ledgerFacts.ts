/**
 * What an accident ledger adds to the fixed sections' figures: by-county and by-industry groups
 * for the 综述's "分县（市）看" and "分行业看" paragraphs when no table gives them (the ledger's own
 * sections show the groups; these feed the narrative only). The totals and the hazard counts
 * already carry their live formulas (sourced.ts).
 */
import type { GroupRow, GroupTable, SummaryFacts } from "./facts";
import { bothDownOf, rowMoves } from "./groupMoves";
import type { AccidentLedgerView, LedgerRow } from "./ledgerViews";
import { ledgerPair } from "./sections/ledgerBreakdowns";

const FIGURES = [
  { indicator: "accident_count", figure: "accidents", unit: "起" },
  { indicator: "deaths", figure: "deaths", unit: "人" },
  { indicator: "injured", figure: "injured", unit: "人" },
] as const;

function groupTable(view: AccidentLedgerView, keyKind: "region" | "industry", groups: readonly LedgerRow[]): GroupTable {
  const figures = FIGURES.filter((f) => view.total.current[f.figure] && view.total.previous[f.figure]);
  const pairs = (g: LedgerRow) =>
    figures.map((f) => ledgerPair(f.indicator, { value: g.current[f.figure]?.value ?? null }, { value: g.previous[f.figure]?.value ?? null }));
  const rows: GroupRow[] = groups.map((g) => ({ label: g.key, role: "data", pairs: pairs(g) }));
  return {
    sheet: view.source.sheet,
    keyKind,
    comparedRows: rowMoves(rows).length,
    ...bothDownOf(rows),
    indicators: figures.map((f, k) => ({ indicator: f.indicator, name: pairs(view.total)[k].name, unit: f.unit })),
    rows,
    total: pairs(view.total),
    totalLabel: "合计",
    source: "ledger",
  };
}

/**
 * The facts with the by-county and by-industry groups of the accident ledger (marked as from the
 * ledger) where no table gives them.
 *
 * @param facts the fixed sections' figures
 * @param view the accident ledger, if any
 * @returns the facts, unchanged without an accident ledger
 * @example withLedgerGroups(extractFacts(wf, tables), accidentLedgerView(wf)).byIndustry?.source // "ledger" for a workbook holding only a ledger
 */
export function withLedgerGroups(facts: SummaryFacts, view: AccidentLedgerView | undefined): SummaryFacts {
  if (!view) return facts;
  return {
    ...facts,
    byRegion: facts.byRegion ?? (view.byRegion.length ? groupTable(view, "region", view.byRegion) : undefined),
    byIndustry: facts.byIndustry ?? (view.byIndustry.length ? groupTable(view, "industry", view.byIndustry) : undefined),
  };
}
