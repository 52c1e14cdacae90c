/**
 * A ledger's facts arranged as the ledger sections show them: the accident ledger's totals and its
 * groups by county, industry, type, level and month, each with this period's and last period's
 * figures; the hazard ledger's totals and groups by county, by category and 重大 by county, each
 * with its counts by status. Built from facts alone; a ledger's own level or field (…较大事故) is what
 * the whole view is about.
 */
import { withinTable, type Fact, type LedgerSource, type WorkbookFacts } from "../facts";
import type { LedgerFigure } from "./ledgerFormulas";

/** One figure per kind, where the ledger has it. */
export type LedgerFigures = Partial<Record<LedgerFigure, Fact>>;

/** A group of an accident ledger (or its total): this period and the same period last year. */
export interface LedgerRow {
  readonly key: string;
  readonly current: LedgerFigures;
  readonly previous: LedgerFigures;
}

/** An accident ledger as its sections show it. */
export interface AccidentLedgerView {
  readonly source: LedgerSource;
  readonly total: LedgerRow;
  readonly byRegion: readonly LedgerRow[];
  readonly byIndustry: readonly LedgerRow[];
  readonly byType: readonly LedgerRow[];
  readonly byLevel: readonly LedgerRow[];
  /** Each month of the period (1 to 12 in `month`). */
  readonly byMonth: readonly (LedgerRow & { readonly month: number })[];
  /** Each calendar year of a period that spans several (the ledger's series facts), in order; this period's figures only. */
  readonly byYear: readonly LedgerRow[];
}

const FIGURE_OF: Readonly<Record<string, LedgerFigure>> = { accident_count: "accidents", deaths: "deaths", injured: "injured", direct_loss: "directLoss" };

function newRow(key: string): { key: string; current: LedgerFigures; previous: LedgerFigures } {
  return { key, current: {}, previous: {} };
}

/**
 * The first accident ledger's facts as its sections show them.
 *
 * @param wf the workbook's facts
 * @returns the view, or undefined when the workbook has no accident ledger
 */
export function accidentLedgerView(wf: WorkbookFacts): AccidentLedgerView | undefined {
  const source = wf.sources.find((s): s is LedgerSource => s.kind === "ledger" && s.subtype === "accident");
  if (!source) return undefined;
  const total = newRow("合计");
  const groups: Record<string, Map<string, ReturnType<typeof newRow>>> = {
    region: new Map(),
    industry: new Map(),
    accident_type: new Map(),
    level: new Map(),
    month: new Map(),
  };
  const years = new Map<string, ReturnType<typeof newRow>>();
  for (const f of wf.facts) {
    if (f.source !== source.id) continue;
    if (f.period.relation === "series") {
      // The years of a several-year period (facts/fromLedger.ts): totals only, never a group's.
      const figure = FIGURE_OF[f.indicator];
      if (!figure || withinTable(f.breakdown).length) continue;
      const row = years.get(f.period.label) ?? newRow(f.period.label);
      years.set(f.period.label, row);
      row.current[figure] ??= f;
      continue;
    }
    const figure = FIGURE_OF[f.indicator];
    // A ledger of one level (…较大事故) keys every fact by it: its rows are placed by their other keys.
    const keys = withinTable(f.breakdown);
    if (!figure || keys.length > 1) continue;
    let row = total;
    if (keys.length === 1) {
      const k = keys[0];
      const map = groups[k.dimension];
      if (!map) continue;
      row = map.get(k.key) ?? newRow(k.key);
      map.set(k.key, row);
    }
    if (f.period.relation === "current") row.current[figure] ??= f;
    else if (f.period.relation === "year_ago") row.previous[figure] ??= f;
  }
  return {
    source,
    total,
    byRegion: [...groups.region.values()],
    byIndustry: [...groups.industry.values()],
    byType: [...groups.accident_type.values()],
    byLevel: [...groups.level.values()],
    byMonth: [...groups.month.values()].map((r) => ({ ...r, month: Number(/(\d{1,2})月/.exec(r.key)?.[1] ?? 0) })),
    byYear: [...years.values()],
  };
}

/** The figures of a hazard ledger's group. */
export type HazardFigure = "found" | "rectified" | "inProgress" | "notStarted" | "overdue" | "majorFound" | "majorRectified" | "funds";

/** A group of a hazard ledger (or its total). */
export interface HazardLedgerRow {
  readonly key: string;
  readonly figures: Partial<Record<HazardFigure, Fact>>;
}

/** A hazard ledger as its sections show it. */
export interface HazardLedgerView {
  readonly source: LedgerSource;
  readonly total: HazardLedgerRow;
  readonly byRegion: readonly HazardLedgerRow[];
  readonly byCategory: readonly HazardLedgerRow[];
  /** 重大 hazards alone, by county. */
  readonly majorByRegion: readonly HazardLedgerRow[];
}

const STATUS_FIGURE: Readonly<Record<string, HazardFigure>> = { 整改中: "inProgress", 未整改: "notStarted", 逾期未整改: "overdue" };
const INDICATOR_FIGURE: Readonly<Record<string, HazardFigure>> = {
  hazards_found: "found",
  rectified: "rectified",
  major_found: "majorFound",
  major_rectified: "majorRectified",
  rect_funds: "funds",
};

/**
 * The first hazard ledger with its depth (the overdue list, the groups) as its sections show it.
 *
 * @param wf the workbook's facts
 * @returns the view, or undefined
 */
export function hazardLedgerView(wf: WorkbookFacts): HazardLedgerView | undefined {
  const source = wf.sources.find((s): s is LedgerSource => s.kind === "ledger" && s.subtype === "hazard" && s.overdue !== undefined);
  if (!source) return undefined;
  const rows = new Map<string, { key: string; figures: Partial<Record<HazardFigure, Fact>> }>();
  const lists: Record<"total" | "region" | "category" | "major", string[]> = { total: [], region: [], category: [], major: [] };
  for (const f of wf.facts) {
    if (f.source !== source.id) continue;
    const status = f.breakdown.find((k) => k.dimension === "status");
    const keys = f.breakdown.filter((k) => k !== status);
    const figure = status ? (f.indicator === "hazards_found" ? STATUS_FIGURE[status.key] : undefined) : INDICATOR_FIGURE[f.indicator];
    if (!figure) continue;
    const major = keys.some((k) => k.dimension === "level");
    const list =
      keys.length === 0 ? "total" : major ? "major" : keys[0].dimension === "region" ? "region" : keys[0].dimension === "category" ? "category" : undefined;
    if (!list) continue;
    const id = `${list}|${keys[0]?.key ?? ""}`;
    let row = rows.get(id);
    if (!row) {
      row = { key: keys[0]?.key ?? "合计", figures: {} };
      rows.set(id, row);
      lists[list].push(id);
    }
    row.figures[figure] ??= f;
  }
  const of = (list: keyof typeof lists) => lists[list].map((id) => rows.get(id)!);
  return { source, total: of("total")[0] ?? { key: "合计", figures: {} }, byRegion: of("region"), byCategory: of("category"), majorByRegion: of("major") };
}
