/**
 * The table emitter: every figure a table holds for a recognised indicator becomes a fact —
 * tables keyed by region, industry or other labels (one fact per data, 其中, 小计 and 合计 cell of
 * each indicator column), tables keyed by indicator (指标 | 本期 | 去年同期: the row names the
 * indicator, the column the period), and tables whose rows are periods (2020年 … 2024年 down the
 * side: the row gives the period, related as one period of a series). Facts come out in reading
 * order: rows top to bottom, and within a row the columns left to right.
 */
import { cellAddress } from "../model/address";
import type { ColumnMeaning, RowMeaning, TableModel } from "../reader/model";
import { shownLabel } from "../reader/shownLabel";
import { tableCell } from "../reader/tableCell";
import { cellIndicator } from "../registry/cellIndicator";
import { indicatorById } from "../registry/indicators";
import { columnLabel, factLabel } from "../registry/sourceWords";
import type { BreakdownDimension, BreakdownKey } from "./breakdown";
import type { Fact } from "./fact";
import { measureOf } from "./measureOf";
import type { FactPeriod } from "./period";
import type { CellProvenance } from "./provenance";
import { yearBefore } from "../periods/shift";
import { accidentLevelOfRow } from "../reader/levelRows";
import { kindOfIndicatorRow } from "./kindRows";
import { rowPeriods } from "./rowPeriods";
import { tablePeriods } from "./tablePeriods";

const FIGURE_ROLES = new Set<ColumnMeaning["role"]>(["current", "previous", "previous_period", "value", "rate", "change_abs", "change_pct"]);

const DIMENSION: Readonly<Record<TableModel["keyKind"], BreakdownDimension>> = {
  region: "region",
  industry: "industry",
  indicator: "other",
  other: "other",
};

function keyOf(table: TableModel, row: RowMeaning): BreakdownKey {
  const key = row.region ?? row.label;
  // What outputs show: the place, else the key cell as written (Chuxiong City, not ChuxiongCity).
  const shown = shownLabel(row);
  const level = row.role === "subtotal" ? ("group" as const) : row.level;
  return {
    // A row of a by-region table that names no place the registry knows (五台山风景名胜区管理委员会) is keyed by its label.
    dimension: table.keyKind === "region" && row.region === undefined ? "other" : DIMENSION[table.keyKind],
    key,
    ...(shown !== key ? { label: shown } : {}),
    ...(level ? { level } : {}),
    ...(row.within?.length ? { within: row.within } : {}),
  };
}

/**
 * The breakdown of a row: none for the 合计 (the whole); the row's key (and category) otherwise. An
 * 其中 row and a row of a lower level (a township under its county) are parts of the row they sit
 * under (partOf): they overlap it and are never added to its siblings.
 */
function rowBreakdown(table: TableModel, i: number): BreakdownKey[] {
  const row = table.rows[i];
  if (row.role === "total") return [];
  if (table.keyKind === "indicator") return [...levelOfIndicatorRow(row.label), ...kindOfIndicatorRow(table, i)];
  const key = keyOf(table, row);
  if (row.role === "of_which" || row.role === "sublevel") {
    const parent = row.partOf === undefined ? undefined : table.rows.find((r) => r.row === row.partOf && r.role !== "total");
    return [{ ...key, partOf: parent ? keyOf(table, parent).key : "" }];
  }
  return row.category ? [key, { dimension: "category", key: row.category }] : [key];
}

const LEVEL_WORD = /^(特别重大|重大|较大|一般)/;
/**
 * The level a row of a table keyed by indicator names (重大事故起数 | 1 under 生产安全事故起数 | 3415):
 * the figure is the 重大 part of its indicator's whole, never a second whole. Other rows are wholes.
 */
function levelOfIndicatorRow(label: string): BreakdownKey[] {
  const level = accidentLevelOfRow(label);
  return level ? [{ dimension: "level", key: level, label, partOf: "" }] : [];
}

/** The key of an 其中 column of a turned table (8月 | 其中：较大事故): a part of its period's whole. */
function ofWhichKey(column: ColumnMeaning): BreakdownKey | undefined {
  if (!column.ofWhich) return undefined;
  const level = LEVEL_WORD.exec(column.ofWhich)?.[1];
  return level
    ? { dimension: "level", key: level, label: column.ofWhich, partOf: "", axis: "column" }
    : { dimension: "other", key: column.ofWhich, partOf: "", axis: "column" };
}

/** What the whole table is about (its county's sheet in a group, its title's level or field): a key of every fact of it. */
function scopeKeys(table: TableModel): BreakdownKey[] {
  return (table.scope ?? []).map((k) => ({ dimension: k.dimension === "other" ? "category" : k.dimension, key: k.key, axis: "table" }));
}

function cellProvenance(table: TableModel, i: number, j: number, unitFactor: number): CellProvenance {
  const read = table.values[i]?.[j] ?? null;
  // A table read turned (periods in rows) keeps row i's cells in a sheet column: tableCell knows.
  const { row, column } = tableCell(table, i, j);
  return {
    kind: "cell",
    cell: { sheet: table.sheet, row, column, address: cellAddress(row, column) },
    unitFactor,
    numeric: typeof read?.raw === "number",
    ...(read?.missingMarker !== undefined && read.value === null ? { missingMarker: read.missingMarker } : {}),
    ...(read?.decimals !== undefined ? { decimals: read.decimals } : {}),
  };
}

/**
 * The factor the reader multiplied a cell of a table keyed by indicator by: its row's unit
 * (常住人口（万人） → 人, keyRowsByIndicator), except in percent and rate columns. Undefined elsewhere.
 */
function rowFactor(table: TableModel, i: number, j: number): number | undefined {
  const row = table.rows[i];
  const role = table.columns[j].role;
  if (table.keyKind !== "indicator" || !row.unit || role === "change_pct" || role === "rate") return undefined;
  const factor = indicatorById(row.indicator ?? "")?.units[row.unit];
  return factor === undefined || factor === 1 ? undefined : factor;
}

/** Spans that lie within one year: a row's year can be given to them. */
const WITHIN_YEAR = new Set(["month", "months", "cumulative", "quarter", "half"]);

/**
 * The period of a cell whose row is a period: the row's, unless the table compares periods in its
 * columns too (3月 × 本期 | 去年同期), when the column gives the relation and the row the span. In a
 * period matrix (2023年 × 3月, reader/periodMatrix.ts) the row gives the year and its relation,
 * the column the months; the 累计 column covers the row's own months (`seriesSpan`).
 */
function crossPeriod(row: FactPeriod, column: FactPeriod, compared: boolean, meaning: RowMeaning): FactPeriod {
  const months = meaning.seriesSpan && column.relation === "current" ? meaning.seriesSpan : column.span;
  if (row.span?.kind === "year" && row.span.year !== undefined && months && WITHIN_YEAR.has(months.kind) && (!compared || column.relation === "series")) {
    // This year's months are a series beside its 累计; last year's are each the same months a year earlier.
    const relation = row.relation === "current" && column.relation === "series" ? "series" : row.relation;
    return {
      label: `${row.label}${column.label}`,
      relation,
      span: { ...months, year: row.span.year },
      ...(column.group ? { group: column.group } : {}),
    };
  }
  if (!compared || column.relation === "series") return row;
  const span = row.span && (column.relation === "year_ago" ? yearBefore(row.span) : row.span);
  return { label: `${row.label}${column.label}`, relation: column.relation, ...(span ? { span } : {}), ...(column.group ? { group: column.group } : {}) };
}

/**
 * A stated change in percent against the mean of earlier years ("较近5年同期均值(%)" −83, corpus 42): a change_pct
 * whose base is that mean (relation "series", `mean`), about the figure column before it, never a 同比.
 */
function meanFact(table: TableModel, i: number, j: number, periods: ReturnType<typeof tablePeriods>, keys: BreakdownKey[]): Fact | undefined {
  const column = table.columns[j];
  const indicator = table.keyKind === "indicator" ? table.rows[i].indicator : column.meanOf?.indicator;
  const read = table.values[i]?.[j] ?? null;
  const period = periods.of(column);
  if (!indicator || !indicatorById(indicator) || !period || !column.meanOf || read?.value === null || read?.value === undefined) return undefined;
  return {
    indicator,
    period,
    breakdown: [...scopeKeys(table), ...keys],
    value: read.value,
    unit: "%",
    baseUnit: "%",
    measure: "change_pct",
    provenance: cellProvenance(table, i, j, 1),
    source: table.id,
    base: { label: column.meanOf.words, relation: "series", mean: true },
  };
}

/**
 * The facts of one table.
 *
 * @param table the table as read (after withPeriodGroups)
 * @returns its facts in reading order
 * @example tableFacts(layoutA)[0] // { indicator: "accident_count", period: { label: "本期", relation: "current", … }, breakdown: [], value: 23, … }
 */
export function tableFacts(table: TableModel): Fact[] {
  const periods = tablePeriods(table);
  const byIndicator = table.keyKind === "indicator";
  const periodOfRow = rowPeriods(table);
  const compared = table.columns.some((c) => c.role === "previous");
  const scope = scopeKeys(table);
  const facts: Fact[] = [];
  table.rows.forEach((row, i) => {
    if (row.role === "blank") return;
    const breakdown = rowBreakdown(table, i);
    const ofRow = periodOfRow.get(row.row);
    table.columns.forEach((column, j) => {
      if (column.meanOf) {
        // Against the mean of earlier years (reader/measureKinds.ts); a table read turned has none.
        const fact = ofRow ? undefined : meanFact(table, i, j, periods, breakdown);
        if (fact) facts.push(fact);
        return;
      }
      // The key column names the rows; a word in its header that reads like an indicator (乡镇) is not a figure.
      if (!FIGURE_ROLES.has(column.role) || column.column === table.keyColumn) return;
      // A table keyed by indicator whose columns name indicators too (隐患 | 报送数 | 已整改 | 整改率): the row
      // names what is counted, the column the stage (重大隐患 × 已整改 → 重大隐患已整改); a cell the registry
      // cannot name (cellIndicator) is left out, never told as the row's figure.
      const indicator = byIndicator ? cellIndicator(row.indicator, column.indicator) : column.indicator;
      const ind = indicator === undefined ? undefined : indicatorById(indicator);
      if (!ind || !indicator) return;
      const columnPeriod = periods.of(column);
      if (!columnPeriod) return;
      // A turned table's 同比 row beside an indicator (期间 | 事故起数 | 同比(%)) states the change of each period's figure.
      const rowChange = byIndicator ? row.change : undefined;
      if (rowChange && columnPeriod.relation !== "current") return;
      const period = ofRow ? crossPeriod(ofRow, columnPeriod, compared, row) : columnPeriod;
      // A period row is the whole of its period; an 其中 row under it (其中：较大事故) is a part of that whole.
      const rowKeys = !ofRow || ofRow.label === row.label ? (ofRow ? [] : breakdown) : breakdown.map((k) => ({ ...k, partOf: "" }));
      const columnKeys: BreakdownKey[] = [
        ...(column.industry ? [{ dimension: "industry" as const, key: column.industry, axis: "column" as const }] : []),
        ...(ofWhichKey(column) ? [ofWhichKey(column)!] : []),
      ];
      const keys = [...scope, ...rowKeys, ...columnKeys];
      const read = table.values[i]?.[j] ?? null;
      const role = rowChange ?? column.role;
      const percent = role === "change_pct";
      // A row's stated unit is its cells' too where the column names the stage of the same count (重大隐患（家） × 已整改).
      const rowUnit = byIndicator && (indicator === row.indicator || (!column.unit && ind.baseUnit === indicatorById(row.indicator ?? "")?.baseUnit));
      const unit = percent ? "%" : rowUnit ? row.unit : column.unit;
      const change = role === "change_abs" || role === "change_pct";
      const comparison = rowChange ? row.comparison : column.comparison;
      // Where the registry's name joins measures the source keeps apart, the figure keeps the source's words.
      const label = byIndicator
        ? indicator === row.indicator
          ? factLabel(indicator, row.label, unit)
          : undefined
        : columnLabel(indicator, column.headerPath, unit);
      facts.push({
        indicator,
        period,
        breakdown: keys,
        value: read?.value ?? null,
        ...(unit ? { unit } : {}),
        baseUnit: percent ? "%" : ind.baseUnit,
        measure: measureOf(indicator, role, byIndicator ? undefined : column.measure),
        ...(label ? { label } : {}),
        // A row's unit converts its cells (常住人口（万人） → 人): a live reference multiplies by it, not the column's.
        provenance: cellProvenance(table, i, j, rowFactor(table, i, j) ?? column.unitFactor),
        source: table.id,
        ...(change ? { base: periods.baseOf(column, comparison) } : {}),
      });
    });
  });
  return facts;
}
