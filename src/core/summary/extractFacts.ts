/**
 * Takes the summary's figures out of the reader's model: which table gives the accident totals,
 * the by-county and by-industry rows, the loss parts, the disaster scope and the hazard counts.
 */
import { cellAddress } from "../model/address";
import { tableCell } from "../reader/tableCell";
import type { CellRef, LedgerModel, ReadValue, TableModel, WorkbookModel } from "../reader/model";
import { indicatorById, INDICATORS } from "../registry/indicators";
import type { GroupRow, GroupTable, HazardRow, IndicatorPair, LossPart, SourcedValue, SummaryFacts } from "./facts";
import { disasterDetails, hazardConventions, placeOf } from "./sourceConventions";
import { shownLabel } from "../reader/shownLabel";

/** Official loss category names (docs/report-rules.md T4), whatever the workbook's header said. */
export const LOSS_CATEGORY_NAMES: Readonly<Record<string, string>> = {
  loss_housing: "房屋及居民家庭财产损失",
  loss_agri: "农林牧渔业损失",
  loss_industry: "工矿商贸业损失",
  loss_infra: "基础设施损失",
  loss_public: "公共服务损失",
  loss_other: "其他损失",
};

const LOSS_ORDER = Object.keys(LOSS_CATEGORY_NAMES);
// Lives (因灾死亡, 失踪, 死亡失踪) are part of the scope: the disaster paragraph gives them right after the people affected (rule 15).
const SCOPE_ORDER = [
  "affected_towns",
  "affected_hh",
  "affected_pop",
  "dz_deaths",
  "dz_missing",
  "dz_deaths_missing",
  "relocated",
  "crop_affected_ha",
  "crop_damaged_ha",
  "crop_failure_ha",
];
const registryOrder = new Map(INDICATORS.map((ind, i) => [ind.id, i]));

function sourced(table: TableModel, rowIndex: number, columnIndex: number): SourcedValue {
  const read: ReadValue | null = table.values[rowIndex]?.[columnIndex] ?? null;
  const { row, column } = tableCell(table, rowIndex, columnIndex);
  const cell: CellRef = {
    sheet: table.sheet,
    row,
    column,
    address: cellAddress(row, column),
  };
  return {
    value: read?.value ?? null,
    cell,
    numeric: typeof read?.raw === "number",
    factor: table.columns[columnIndex].unitFactor,
  };
}

function sumOf(parts: SourcedValue[]): SourcedValue {
  const present = parts.filter((p) => p.value !== null);
  const value = present.length ? present.reduce((s, p) => s + (p.value as number), 0) : null;
  return {
    value: value === null ? null : Number(value.toFixed(10)),
    sumOf: parts,
  };
}

function columnIndexOf(table: TableModel, indicator: string, role: string): number {
  return table.columns.findIndex((c) => c.indicator === indicator && c.role === role && !c.industry);
}

function totalRowIndex(table: TableModel): number {
  return table.rows.findIndex((r) => r.role === "total");
}

function dataRowIndexes(table: TableModel): number[] {
  return table.rows.flatMap((r, i) => (r.role === "data" ? [i] : []));
}

/** The total of a column: the 合计 row's cell, else the sum of the data rows. */
function columnTotal(table: TableModel, columnIndex: number): SourcedValue {
  const t = totalRowIndex(table);
  if (t >= 0) return sourced(table, t, columnIndex);
  return sumOf(dataRowIndexes(table).map((i) => sourced(table, i, columnIndex)));
}

/** Indicators with both a current and a previous column, in registry order. */
function comparedIndicators(table: TableModel, domain: string): string[] {
  const ids = new Set<string>();
  for (const c of table.columns) {
    if (!c.indicator || c.role !== "current" || c.industry) continue;
    if (indicatorById(c.indicator)?.domain !== domain) continue;
    if (columnIndexOf(table, c.indicator, "previous") >= 0) ids.add(c.indicator);
  }
  return [...ids].sort((a, b) => (registryOrder.get(a) ?? 0) - (registryOrder.get(b) ?? 0));
}

function pair(table: TableModel, indicator: string, current: SourcedValue, previous: SourcedValue): IndicatorPair {
  const ind = indicatorById(indicator);
  const col = table.columns[columnIndexOf(table, indicator, "current")];
  return {
    indicator,
    name: ind?.name ?? indicator,
    classifier: ind?.classifier ?? "",
    unit: ind?.baseUnit ?? col?.unit ?? "",
    current,
    previous,
  };
}

function groupTable(table: TableModel, keyKind: "region" | "industry"): GroupTable | undefined {
  const ids = comparedIndicators(table, "accident");
  if (ids.length === 0) return undefined;
  const rowsOf = table.rows.flatMap((r, i) => (r.role === "data" || r.role === "of_which" ? [i] : []));
  const rows: GroupRow[] = rowsOf.map((i) => ({
    label: table.rows[i].region ?? table.rows[i].label,
    role: table.rows[i].role === "of_which" ? "of_which" : "data",
    pairs: ids.map((id) => pair(table, id, sourced(table, i, columnIndexOf(table, id, "current")), sourced(table, i, columnIndexOf(table, id, "previous")))),
  }));
  const total = ids.map((id) =>
    pair(table, id, columnTotal(table, columnIndexOf(table, id, "current")), columnTotal(table, columnIndexOf(table, id, "previous"))),
  );
  const t = totalRowIndex(table);
  return {
    sheet: table.sheet,
    keyKind,
    indicators: ids.map((id) => ({
      indicator: id,
      name: indicatorById(id)?.name ?? id,
      unit: indicatorById(id)?.baseUnit ?? "",
    })),
    rows,
    total,
    totalLabel: t >= 0 ? table.rows[t].label : "合计",
  };
}

/** Accident totals from an indicator-keyed table (指标 | 本期 | 去年同期). */
function indicatorKeyedTotals(table: TableModel): IndicatorPair[] {
  const cur = table.columns.findIndex((c) => c.role === "current");
  const prev = table.columns.findIndex((c) => c.role === "previous");
  if (cur < 0 || prev < 0) return [];
  return table.rows.flatMap((r, i) =>
    r.indicator && indicatorById(r.indicator)?.domain === "accident" ? [pair(table, r.indicator, sourced(table, i, cur), sourced(table, i, prev))] : [],
  );
}

/** Accident totals of a ledger (no single source cell: constants). */
function ledgerTotals(ledger: LedgerModel): IndicatorPair[] {
  const a = ledger.accidents;
  if (!a) return [];
  const fields: [string, keyof typeof a.current][] = [
    ["accident_count", "accidents"],
    ["deaths", "deaths"],
    ["injured", "injured"],
    ["direct_loss", "directLoss"],
  ];
  return fields.map(([id, key]) => {
    const ind = indicatorById(id);
    return {
      indicator: id,
      name: ind?.name ?? id,
      classifier: ind?.classifier ?? "",
      unit: ind?.baseUnit ?? "",
      current: { value: a.current[key] },
      previous: { value: a.previous[key] },
    };
  });
}

function areaOf(label: string | undefined): string | undefined {
  const m = label?.match(/^(全[州市省县区盟旗])/);
  return m?.[1];
}

function periodOf(model: WorkbookModel): string | undefined {
  for (const t of model.tables) {
    for (const text of [t.title, t.periods.current]) {
      const m = text?.match(/\d{4}年(?:\d{1,2}[—–-]{1,2})?\d{1,2}月/);
      if (m) return m[0];
    }
  }
  for (const l of model.ledgers) if (l.subtype === "accident") return l.current.label;
  return undefined;
}

function hazardRow(table: TableModel, i: number, label: string): HazardRow | undefined {
  const col = (id: string) => table.columns.findIndex((c) => c.indicator === id && (c.role === "value" || c.role === "current"));
  const [f, r, mf, mr, u] = ["hazards_found", "rectified", "major_found", "major_rectified", "units_checked"].map(col);
  if (f < 0 || r < 0) return undefined;
  const at = (c: number) => (c < 0 ? undefined : i >= 0 ? sourced(table, i, c) : columnTotal(table, c));
  return {
    label,
    found: at(f)!,
    rectified: at(r)!,
    majorFound: at(mf),
    majorRectified: at(mr),
    unitsChecked: at(u),
  };
}

/**
 * Picks the figures the summary needs out of the reader's model.
 *
 * @param model what the reader found
 * @returns the facts: accident totals, group tables, loss parts, disaster scope, hazards
 * @example extractFacts(readWorkbook(snapshot)).accidents?.[0].current.value // 23
 */
export function extractFacts(model: WorkbookModel): SummaryFacts {
  const tables = model.tables;
  const accidentTables = tables.filter((t) => comparedIndicators(t, "accident").length > 0);
  const regionTable = accidentTables.find((t) => t.keyKind === "region");
  const industryTable = accidentTables.find((t) => t.keyKind === "industry");
  const byRegion = regionTable && groupTable(regionTable, "region");
  const byIndustry = industryTable && groupTable(industryTable, "industry");
  let accidents: IndicatorPair[] | undefined = byRegion?.total.slice() ?? byIndustry?.total.slice();
  if (!accidents) {
    const keyed = tables
      .filter((t) => t.keyKind === "indicator")
      .map(indicatorKeyedTotals)
      .find((p) => p.length > 0);
    const ledger = model.ledgers.find((l) => l.subtype === "accident" && l.accidents);
    accidents = keyed ?? (ledger ? ledgerTotals(ledger) : undefined);
  }
  const area =
    areaOf(regionTable && regionTable.rows[totalRowIndex(regionTable)]?.label) ??
    areaOf(tables.flatMap((t) => t.rows.filter((r) => r.role === "total").map((r) => r.label)).find((l) => areaOf(l)));

  let losses: SummaryFacts["losses"];
  let disasterScope: SummaryFacts["disasterScope"];
  let disaster: ReturnType<typeof disasterDetails> | undefined;
  const lossTable = tables.find((t) => t.columns.some((c) => c.indicator && LOSS_ORDER.includes(c.indicator)));
  if (lossTable) {
    const colOf = (id: string) => lossTable.columns.findIndex((c) => c.indicator === id && (c.role === "value" || c.role === "current"));
    const parts: LossPart[] = LOSS_ORDER.filter((id) => colOf(id) >= 0).map((id) => ({
      indicator: id,
      name: LOSS_CATEGORY_NAMES[id],
      value: columnTotal(lossTable, colOf(id)),
    }));
    const totalCol = colOf("dz_direct_loss");
    const total = totalCol >= 0 ? columnTotal(lossTable, totalCol) : sumOf(parts.map((p) => p.value));
    losses = { sheet: lossTable.sheet, total, parts };
    disaster = disasterDetails(lossTable);
    disasterScope = SCOPE_ORDER.filter((id) => colOf(id) >= 0).map((id) => {
      const ind = indicatorById(id)!;
      return {
        indicator: id,
        name: ind.name,
        classifier: ind.classifier,
        value: columnTotal(lossTable, colOf(id)),
      };
    });
  }

  let hazards: SummaryFacts["hazards"];
  const hazardTable = tables.find((t) => t.columns.some((c) => c.indicator === "hazards_found") && t.columns.some((c) => c.indicator === "rectified"));
  if (hazardTable) {
    const t = totalRowIndex(hazardTable);
    const total = hazardRow(hazardTable, t, t >= 0 ? hazardTable.rows[t].label : "合计");
    const rows = dataRowIndexes(hazardTable).flatMap((i) => hazardRow(hazardTable, i, shownLabel(hazardTable.rows[i])) ?? []);
    if (total) hazards = { sheet: hazardTable.sheet, total, rows, ...hazardConventions(hazardTable) };
  } else {
    const ledger = model.ledgers.find((l) => l.subtype === "hazard" && l.hazards);
    if (ledger?.hazards) {
      const h = ledger.hazards;
      const row = (label: string, x: typeof h.total): HazardRow => ({
        label,
        found: { value: x.found },
        rectified: { value: x.rectified },
        majorFound: { value: x.majorFound },
        majorRectified: { value: x.majorRectified },
      });
      hazards = {
        sheet: ledger.sheet,
        total: row("合计", h.total),
        rows: h.byRegion.map((g) => row(g.key, g.totals)),
      };
    }
  }
  return {
    period: periodOf(model),
    area,
    place: placeOf(
      model,
      hazards?.rows.map((r) => r.label),
    ),
    disasterTypes: disaster?.types.length ? disaster.types : undefined,
    disasterCounties: disaster?.counties,
    accidents,
    byRegion,
    byIndustry,
    losses,
    disasterScope,
    hazards,
  };
}
