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
import { tableCell } from "../reader/tableCell";
import { indicatorById } from "../registry/indicators";
import type { BreakdownDimension, BreakdownKey } from "./breakdown";
import type { Fact } from "./fact";
import { measureOf } from "./measureOf";
import type { FactPeriod } from "./period";
import type { CellProvenance } from "./provenance";
import { yearBefore } from "./spans";
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
  return {
    dimension: DIMENSION[table.keyKind],
    key,
    ...(row.label !== key ? { label: row.label } : {}),
    ...(row.role === "subtotal" ? { level: "group" as const } : {}),
  };
}

/** The breakdown of a row: none for the 合计 (the whole), the row's key (and category) otherwise. */
function rowBreakdown(table: TableModel, i: number): BreakdownKey[] {
  const row = table.rows[i];
  if (row.role === "total" || table.keyKind === "indicator") return [];
  const key = keyOf(table, row);
  if (row.role === "of_which") {
    const parent = row.partOf === undefined ? undefined : table.rows.find((r) => r.row === row.partOf && r.role !== "total");
    return [{ ...key, partOf: parent ? keyOf(table, parent).key : "" }];
  }
  return row.category ? [key, { dimension: "category", key: row.category }] : [key];
}

function cellProvenance(table: TableModel, i: number, j: number): CellProvenance {
  const read = table.values[i]?.[j] ?? null;
  // A table read turned (periods in rows) keeps row i's cells in a sheet column: tableCell knows.
  const { row, column } = tableCell(table, i, j);
  return {
    kind: "cell",
    cell: { sheet: table.sheet, row, column, address: cellAddress(row, column) },
    unitFactor: table.columns[j].unitFactor,
    numeric: typeof read?.raw === "number",
    ...(read?.missingMarker !== undefined && read.value === null ? { missingMarker: read.missingMarker } : {}),
  };
}

/**
 * The period of a cell whose row is a period: the row's, unless the table compares periods in its
 * columns too (3月 × 本期 | 去年同期), when the column gives the relation and the row the span.
 */
function crossPeriod(row: FactPeriod, column: FactPeriod, compared: boolean): FactPeriod {
  if (!compared || column.relation === "series") return row;
  const span = row.span && (column.relation === "year_ago" ? yearBefore(row.span) : row.span);
  return { label: `${row.label}${column.label}`, relation: column.relation, ...(span ? { span } : {}), ...(column.group ? { group: column.group } : {}) };
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
  const facts: Fact[] = [];
  table.rows.forEach((row, i) => {
    if (row.role === "blank") return;
    const breakdown = rowBreakdown(table, i);
    const ofRow = periodOfRow.get(row.row);
    table.columns.forEach((column, j) => {
      // The key column names the rows; a word in its header that reads like an indicator (乡镇) is not a figure.
      if (!FIGURE_ROLES.has(column.role) || column.column === table.keyColumn) return;
      const indicator = byIndicator ? row.indicator : column.indicator;
      const ind = indicator === undefined ? undefined : indicatorById(indicator);
      if (!ind || !indicator) return;
      const columnPeriod = periods.of(column);
      if (!columnPeriod) return;
      const period = ofRow ? crossPeriod(ofRow, columnPeriod, compared) : columnPeriod;
      const keys = column.industry
        ? [...(ofRow ? [] : breakdown), { dimension: "industry" as const, key: column.industry, axis: "column" as const }]
        : ofRow
          ? []
          : breakdown;
      const read = table.values[i]?.[j] ?? null;
      const unit = column.role === "change_pct" ? "%" : byIndicator ? row.unit : column.unit;
      const change = column.role === "change_abs" || column.role === "change_pct";
      facts.push({
        indicator,
        period,
        breakdown: keys,
        value: read?.value ?? null,
        ...(unit ? { unit } : {}),
        baseUnit: column.role === "change_pct" ? "%" : ind.baseUnit,
        measure: measureOf(indicator, column.role),
        provenance: cellProvenance(table, i, j),
        source: table.id,
        ...(change ? { base: periods.baseOf(column) } : {}),
      });
    });
  });
  return facts;
}
