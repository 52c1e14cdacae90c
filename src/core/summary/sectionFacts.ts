/**
 * The figures of the indicator sections (docs/sections.md): every recognised indicator of every
 * table that the fixed sections (accidents, by county, by industry, losses, hazards) do not
 * already summarise becomes part of a block of its section — disasters, hazards, enforcement,
 * training and plans, accidents of other tables, other — so no recognised figure is dropped.
 * Figures stay in the unit the workbook states (万人次, 千公顷, 亿元): a block references the
 * source cell as it is, and names that unit.
 */
import { cellAddress } from "../model/address";
import { tableCell } from "../reader/tableCell";
import type { CellRef, ColumnMeaning, TableModel, WorkbookModel } from "../reader/model";
import { figuresPeriod, hasPeriodGroups, periodView, primaryPeriodView, type FiguresPeriod } from "../reader/periodGroups";
import type { PeriodGroup } from "../reader/periods";
import { indicatorById, INDICATORS, type IndicatorSection } from "../registry/indicators";
import { coreCoverage } from "./coverage";
import type { SourcedValue } from "./facts";
import { shownLabel } from "../reader/shownLabel";

/** A figure of a block: the source cell in the workbook's unit, or a rate recomputed from two figures. */
export interface BlockValue extends SourcedValue {
  /** For a rate: numerator and denominator it is recomputed from (×100), never added up. */
  readonly ratioOf?: readonly [BlockValue, BlockValue];
}

/** One indicator of a block, with the unit the workbook states for it. */
export interface BlockIndicator {
  readonly id: string;
  readonly name: string;
  readonly english: string;
  /** The unit as the workbook states it (万人次), else the registry's. */
  readonly unit: string;
  readonly rate: boolean;
  /** Multiply a figure by this to get the registry's base unit (万人次 → 人: 10000). */
  readonly toBase: number;
}

/** One data row (a region, an industry) of a block. */
export interface BlockRow {
  readonly label: string;
  readonly current: readonly BlockValue[];
}

/** One table's contribution to one section. */
export interface SectionBlock {
  readonly section: IndicatorSection;
  /** "month" for the 当月 group of a monthly report. */
  readonly group?: PeriodGroup;
  readonly sheet: string;
  readonly tableId: string;
  readonly keyKind: TableModel["keyKind"];
  /** The key column's header ("市（州）", "县（市）"). */
  readonly keyHeader: string;
  readonly period?: FiguresPeriod;
  /** Whether every indicator has a previous period. */
  readonly compared: boolean;
  readonly indicators: readonly BlockIndicator[];
  /** The totals: the workbook's 合计 row, else the data rows added up (rates recomputed). */
  readonly total: { readonly label: string; readonly stated: boolean; readonly current: readonly BlockValue[]; readonly previous?: readonly BlockValue[] };
  /** Data rows (empty for a table keyed by indicator). */
  readonly rows: readonly BlockRow[];
}

/** What the indicator sections hold, and what was recognised but could not be summarised. */
export interface SectionFacts {
  readonly blocks: readonly SectionBlock[];
  /** Whether any table had both a month and a cumulative group. */
  readonly monthly: boolean;
}

const ORDER = new Map(INDICATORS.map((ind, i) => [ind.id, i]));
const MISSING: BlockValue = { value: null };

function cellOf(table: TableModel, i: number, j: number): CellRef {
  const { row, column } = tableCell(table, i, j);
  return { sheet: table.sheet, row, column, address: cellAddress(row, column) };
}

/** The cell as the workbook states it (the reader's base-unit value divided back by the column's factor). */
function stated(table: TableModel, i: number, j: number, factor: number): BlockValue {
  const read = table.values[i]?.[j];
  if (!read) return MISSING;
  const value = read.value === null ? null : factor === 1 ? read.value : Number((read.value / factor).toPrecision(15));
  return { value, cell: cellOf(table, i, j), numeric: typeof read.raw === "number", factor: 1 };
}

function added(parts: readonly BlockValue[]): BlockValue {
  const present = parts.filter((p) => p.value !== null);
  const cents = present.reduce((s, p) => s + Math.round((p.value as number) * 1e6), 0);
  return { value: present.length ? cents / 1e6 : null, sumOf: parts };
}

function ratio(num: BlockValue, den: BlockValue): BlockValue {
  const value = num.value !== null && den.value !== null && den.value !== 0 ? (num.value / den.value) * 100 : null;
  return { value, ratioOf: [num, den] };
}

function displayUnit(id: string, column: ColumnMeaning | undefined): { unit: string; toBase: number } {
  const ind = indicatorById(id)!;
  const unit = column?.unit;
  if (unit && ind.units[unit] !== undefined) return { unit, toBase: ind.units[unit] };
  return { unit: ind.baseUnit, toBase: 1 };
}

/** Names the enforcement paragraph of the reference report uses for what inspections found. */
const ENFORCEMENT_NAMES: Readonly<Record<string, string>> = {
  units_inspected: "检查生产经营单位",
  hazards_found: "查处事故隐患",
  major_found: "其中：重大事故隐患",
  general_found: "一般事故隐患",
};

function blockIndicator(id: string, column: ColumnMeaning | undefined, section: IndicatorSection): BlockIndicator {
  const ind = indicatorById(id)!;
  const name = (section === "enforcement" && ENFORCEMENT_NAMES[id]) || ind.name;
  return { id, name, english: ind.english, rate: ind.aggregation === "rate", ...displayUnit(id, column) };
}

/** Report order inside a section: for enforcement, the inspections and what they found come first (T7). */
function inSectionOrder(ids: string[], section: IndicatorSection): string[] {
  if (section !== "enforcement") return ids;
  const rank = (id: string) => (id === "units_inspected" || id === "inspection_visits" ? 0 : indicatorById(id)?.section === "hazards" ? 1 : 2);
  return ids
    .map((id, i) => [id, i] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
    .map(([id]) => id);
}

function keyHeaderOf(table: TableModel): string {
  const key = table.columns.find((c) => c.column === table.keyColumn);
  return key?.headerPath[key.headerPath.length - 1] ?? "";
}

/** The section a table's indicator is reported under: hazards found by enforcement go with enforcement (T7). */
function sectionFor(id: string, table: TableModel): IndicatorSection {
  const ind = indicatorById(id)!;
  const hasEnforcement = table.columns.some((c) => c.indicator && indicatorById(c.indicator)?.section === "enforcement");
  const rowsEnforcement = table.rows.some((r) => r.indicator && indicatorById(r.indicator)?.section === "enforcement");
  if (ind.section === "hazards" && (hasEnforcement || rowsEnforcement)) return "enforcement";
  return ind.section;
}

/** A data row's label; a county listed under two disaster types (姚安县 旱灾 / 风雹) keeps its type beside its name. */
function labelOf(table: TableModel, i: number): string {
  const row = table.rows[i];
  const name = shownLabel(row);
  const repeated = table.rows.filter((r) => r.role === "data" && shownLabel(r) === name).length > 1;
  return repeated && row.category ? `${name} ${row.category}` : name;
}

/** Blocks of a table keyed by region, industry or other labels: one column (or pair) per indicator. */
function columnBlocks(table: TableModel, ids: readonly string[], group: PeriodGroup | undefined): SectionBlock[] {
  const colOf = (id: string, roles: readonly string[]) => table.columns.findIndex((c) => c.indicator === id && !c.industry && roles.includes(c.role));
  const totalIndex = table.rows.findIndex((r) => r.role === "total");
  const dataIndexes = table.rows.flatMap((r, i) => (r.role === "data" ? [i] : []));
  const bySection = new Map<string, string[]>();
  for (const id of ids) {
    const key = `${sectionFor(id, table)}|${colOf(id, ["previous"]) >= 0 ? "c" : "s"}`;
    bySection.set(key, [...(bySection.get(key) ?? []), id]);
  }
  const blocks: SectionBlock[] = [];
  for (const [key, list] of bySection) {
    const [section, kind] = key.split("|") as [IndicatorSection, string];
    list.splice(0, list.length, ...inSectionOrder(list, section));
    const compared = kind === "c";
    const currentCol = list.map((id) => colOf(id, compared ? ["current"] : ["current", "value", "rate"]));
    const previousCol = list.map((id) => (compared ? colOf(id, ["previous"]) : -1));
    const indicators = list.map((id, k) => blockIndicator(id, table.columns[currentCol[k]], section));
    const at = (i: number, cols: number[]) => cols.map((j, k) => (j < 0 ? MISSING : stated(table, i, j, indicators[k].toBase)));
    // Rates are recomputed from their numerator and denominator where the table has both, never added up.
    const recompute = (values: BlockValue[], resolve: (id: string) => BlockValue | undefined) =>
      values.map((v, k) => {
        const ind = indicatorById(list[k])!;
        if (ind.aggregation !== "rate") return v;
        const num = ind.numerator ? resolve(ind.numerator) : undefined;
        const den = ind.denominator ? resolve(ind.denominator) : undefined;
        return num && den ? ratio(num, den) : v;
      });
    const columnValue = (i: number | undefined, id: string, cols: "current" | "previous"): BlockValue | undefined => {
      const j = colOf(id, cols === "current" ? (compared ? ["current"] : ["current", "value"]) : ["previous"]);
      if (j < 0) return undefined;
      const factor = displayUnit(id, table.columns[j]).toBase;
      if (i !== undefined) return stated(table, i, j, factor);
      return totalIndex >= 0 ? stated(table, totalIndex, j, factor) : added(dataIndexes.map((d) => stated(table, d, j, factor)));
    };
    const totalOf = (cols: number[], which: "current" | "previous") => {
      const values =
        totalIndex >= 0
          ? at(totalIndex, cols)
          : cols.map((j, k) => (j < 0 || indicators[k].rate ? MISSING : added(dataIndexes.map((d) => stated(table, d, j, indicators[k].toBase)))));
      return recompute(values, (id) => columnValue(undefined, id, which));
    };
    const rows =
      table.keyKind === "indicator"
        ? []
        : dataIndexes.map((i) => ({
            // A county under two disaster types (姚安县 旱灾 / 风雹) keeps its type beside its name.
            label: labelOf(table, i),
            current: recompute(at(i, currentCol), (id) => columnValue(i, id, "current")),
          }));
    blocks.push({
      section,
      ...(group ? { group } : {}),
      sheet: table.sheet,
      tableId: table.id,
      keyKind: table.keyKind,
      keyHeader: keyHeaderOf(table),
      ...periodOf(table, group),
      compared,
      indicators,
      total: {
        label: totalIndex >= 0 ? table.rows[totalIndex].label : "合计",
        stated: totalIndex >= 0,
        current: totalOf(currentCol, "current"),
        ...(compared ? { previous: totalOf(previousCol, "previous") } : {}),
      },
      rows,
    });
  }
  return blocks;
}

/** Blocks of a table keyed by indicator (指标 | 上年 | 本年 …): one row per indicator. */
function rowBlocks(table: TableModel, ids: readonly string[], group: PeriodGroup | undefined): SectionBlock[] {
  const cur = table.columns.findIndex((c) => c.role === "current");
  const prev = table.columns.findIndex((c) => c.role === "previous");
  const val = cur >= 0 ? cur : table.columns.findIndex((c) => c.role === "value" || c.role === "rate");
  if (val < 0) return [];
  const compared = cur >= 0 && prev >= 0;
  const rowOf = (id: string) => table.rows.findIndex((r) => r.indicator === id);
  const bySection = new Map<IndicatorSection, string[]>();
  for (const id of ids) bySection.set(sectionFor(id, table), [...(bySection.get(sectionFor(id, table)) ?? []), id]);
  const blocks: SectionBlock[] = [];
  for (const [section, unordered] of bySection) {
    const list = inSectionOrder(unordered, section);
    // Each row's unit as the workbook states it (its label or a 单位 column); the values are brought back to it.
    const indicators = list.map((id) => blockIndicator(id, { unit: table.rows[rowOf(id)]?.unit } as ColumnMeaning, section));
    const valuesAt = (j: number) =>
      list.map((id, k) => {
        const ind = indicatorById(id)!;
        const own = stated(table, rowOf(id), j, ind.aggregation === "rate" ? 1 : indicators[k].toBase);
        if (ind.aggregation !== "rate" || !ind.numerator || !ind.denominator) return own;
        const [a, b] = [rowOf(ind.numerator), rowOf(ind.denominator)];
        return a >= 0 && b >= 0 ? ratio(stated(table, a, j, 1), stated(table, b, j, 1)) : own;
      });
    blocks.push({
      section,
      ...(group ? { group } : {}),
      sheet: table.sheet,
      tableId: table.id,
      keyKind: table.keyKind,
      keyHeader: keyHeaderOf(table),
      ...periodOf(table, group),
      compared,
      indicators,
      total: { label: "合计", stated: false, current: valuesAt(val), ...(compared ? { previous: valuesAt(prev) } : {}) },
      rows: [],
    });
  }
  return blocks;
}

function periodOf(table: TableModel, group: PeriodGroup | undefined): { period?: FiguresPeriod } {
  const period = figuresPeriod(table, group);
  return period ? { period } : {};
}

/** Indicator ids a view of a table states figures for, in registry order. */
function indicatorsOf(view: TableModel): string[] {
  const ids = new Set<string>();
  if (view.keyKind === "indicator") {
    for (const r of view.rows) if (r.indicator && r.role !== "blank") ids.add(r.indicator);
  } else {
    for (const c of view.columns) {
      if (!c.indicator || c.industry) continue;
      if (c.role === "current" || c.role === "value" || c.role === "rate") ids.add(c.indicator);
    }
  }
  return [...ids].filter((id) => indicatorById(id)).sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}

/**
 * The blocks of the indicator sections: for each table, the indicators the fixed sections leave
 * out; for a monthly report, also the whole month group.
 *
 * @param model what the reader found
 * @returns the blocks, in table order
 * @example extractSectionFacts(nationalDisasterForm).blocks[0].section // "disasters"
 */
export function extractSectionFacts(model: WorkbookModel): SectionFacts {
  const covered = coreCoverage(model);
  const blocks: SectionBlock[] = [];
  let monthly = false;
  for (const table of model.tables) {
    const view = primaryPeriodView(table);
    const ids = indicatorsOf(view).filter((id) => !covered.has(`${table.id}|${id}`));
    const read = view.keyKind === "indicator" ? rowBlocks : columnBlocks;
    if (ids.length) blocks.push(...read(view, ids, undefined));
    if (hasPeriodGroups(table)) {
      monthly = true;
      const month = periodView(table, "month");
      const monthIds = indicatorsOf(month);
      if (monthIds.length) blocks.push(...read(month, monthIds, "month"));
    }
  }
  return { blocks, monthly };
}

/**
 * The total of one indicator over the blocks of a section, in the block's unit.
 *
 * @param blocks the blocks
 * @param section the section
 * @param id the indicator
 * @returns the first block's total and previous total with its unit, or undefined
 */
export function sectionTotal(
  blocks: readonly SectionBlock[],
  section: IndicatorSection,
  id: string,
): { current: BlockValue; previous?: BlockValue; indicator: BlockIndicator; block: SectionBlock } | undefined {
  for (const block of blocks) {
    if (block.section !== section || block.group === "month") continue;
    const k = block.indicators.findIndex((i) => i.id === id);
    if (k < 0) continue;
    return { current: block.total.current[k], ...(block.total.previous ? { previous: block.total.previous[k] } : {}), indicator: block.indicators[k], block };
  }
  return undefined;
}
