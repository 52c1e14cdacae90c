/**
 * The summary facts a ledger adds: the accident totals and the hazard counts as live formulas over
 * the ledger (when they came from it and its cells allow), and by-county and by-industry groups for
 * the 综述's "分县（市）看" and "分行业看" paragraphs when no table gives them.
 */
import type { LedgerGroup } from "../ledger/breakdownTypes";
import type { LedgerModel, WorkbookModel } from "../reader/model";
import type { GroupTable, HazardRow, IndicatorPair, SourcedValue, SummaryFacts } from "./facts";
import { ledgerFormula, text, type LedgerFigure } from "./ledgerFormulas";
import { hazardFormula } from "./sections/hazardLedger";
import { ledgerPair } from "./sections/ledgerBreakdowns";

const FIGURE_OF: Readonly<Record<string, LedgerFigure>> = { accident_count: "accidents", deaths: "deaths", injured: "injured", direct_loss: "directLoss" };

/**
 * The first accident ledger with breakdowns, if any.
 *
 * @param model the reader's model
 * @returns the ledger
 */
export function accidentLedger(model: WorkbookModel): LedgerModel | undefined {
  return model.ledgers.find((l) => l.subtype === "accident" && l.accidents?.breakdowns);
}

function fromLedger(pairs: readonly IndicatorPair[]): boolean {
  return pairs.every((p) => !p.current.cell && !p.current.sumOf && !p.current.formula && !p.previous.cell && !p.previous.sumOf);
}

function groupTable(sheet: string, keyKind: "region" | "industry", groups: readonly LedgerGroup[], totals: LedgerGroup): GroupTable {
  const ids = ["accident_count", "deaths", "injured"] as const;
  const pairs = (g: LedgerGroup) => [
    ledgerPair("accident_count", { value: g.current.accidents }, { value: g.previous.accidents }),
    ledgerPair("deaths", { value: g.current.deaths }, { value: g.previous.deaths }),
    ledgerPair("injured", { value: g.current.injured }, { value: g.previous.injured }),
  ];
  return {
    sheet,
    keyKind,
    indicators: ids.map((id) => ({ indicator: id, name: pairs(totals).find((p) => p.indicator === id)!.name, unit: id === "accident_count" ? "起" : "人" })),
    rows: groups.map((g) => ({ label: g.key, role: "data", pairs: pairs(g) })),
    total: pairs(totals),
    totalLabel: "合计",
    source: "ledger",
  };
}

/** The ledger's hazard figures as live formulas, where the hazard rows came from a hazard ledger whose cells allow them. */
function liveHazards(hazards: SummaryFacts["hazards"], model: WorkbookModel): SummaryFacts["hazards"] {
  const ledger = model.ledgers.find((l) => l.subtype === "hazard" && l.hazards?.breakdowns);
  const h = ledger?.hazards;
  if (!hazards || !ledger || !h?.breakdowns || hazards.sheet !== ledger.sheet || hazards.total.found.cell || hazards.total.found.sumOf) return hazards;
  const basis = h.breakdowns.formulaBasis;
  const live = (row: HazardRow, key?: string): HazardRow => {
    const k = key === undefined ? undefined : basis.region?.keys.includes(key) ? { column: basis.region.column, cell: text(key) } : null;
    if (k === null) return row;
    const f = (figure: Parameters<typeof hazardFormula>[2], v: SourcedValue | undefined) =>
      v && { ...v, formula: hazardFormula(basis, h.reportDate, figure, k) };
    return {
      ...row,
      found: f("found", row.found)!,
      rectified: f("rectified", row.rectified)!,
      majorFound: f("majorFound", row.majorFound),
      majorRectified: f("majorRectified", row.majorRectified),
    };
  };
  return { ...hazards, total: live(hazards.total), rows: hazards.rows.map((r) => live(r, r.label)) };
}

/**
 * The facts with what the accident ledger adds: live formulas on ledger totals, and the
 * by-county and by-industry groups (marked as from the ledger) where no table gives them.
 *
 * @param facts the facts extracted from the model
 * @param model the reader's model
 * @returns the facts, unchanged when there is no accident ledger with breakdowns
 * @example withLedgerFacts(extractFacts(model), model).byIndustry?.source // "ledger" for a workbook holding only a ledger
 */
export function withLedgerFacts(facts: SummaryFacts, model: WorkbookModel): SummaryFacts {
  const hazards = liveHazards(facts.hazards, model);
  const ledger = accidentLedger(model);
  const br = ledger?.accidents?.breakdowns;
  if (!ledger || !br) return hazards === facts.hazards ? facts : { ...facts, hazards };
  const a = ledger.accidents!;
  const totals: LedgerGroup = { key: "合计", current: a.current, previous: a.previous };
  let accidents = facts.accidents;
  if (accidents && fromLedger(accidents)) {
    accidents = accidents.map((p) => {
      const figure = FIGURE_OF[p.indicator];
      if (!figure) return p;
      const current = ledgerFormula(br.formulaBasis, figure, ledger.current);
      const previous = ledgerFormula(br.formulaBasis, figure, ledger.previous);
      return { ...p, current: { ...p.current, formula: current }, previous: { ...p.previous, formula: previous } };
    });
  }
  return {
    ...facts,
    hazards,
    accidents,
    byRegion: facts.byRegion ?? (br.byRegion.length ? groupTable(ledger.sheet, "region", br.byRegion, totals) : undefined),
    byIndustry: facts.byIndustry ?? (br.byIndustry.length ? groupTable(ledger.sheet, "industry", br.byIndustry, totals) : undefined),
  };
}
