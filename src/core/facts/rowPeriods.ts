/**
 * Rows that are periods: a table with 2020年 … 2024年 (or 1月 … 12月, 一季度 … 四季度) down the side
 * that the reader did not turn holds one period's figures per row, never parts of a whole to be
 * added up. Two rows of one span in different years compare as this period and the same period a
 * year earlier (2024年 / 2023年); more make a series. Row labels are parsed by src/core/periods.
 */
import type { TableModel } from "../reader/model";
import { parsePeriodText } from "../periods/parsePeriod";
import type { FactPeriod } from "./period";

/**
 * The periods of a table's rows, by sheet row, for the data rows whose label is a period.
 *
 * @param table the table
 * @returns each period row's period
 * @example rowPeriods(yearsTable).get(2) // { label: "2020年", relation: "series", span: { kind: "year", year: 2020 } }
 */
export function rowPeriods(table: TableModel): Map<number, FactPeriod> {
  const found = new Map<number, FactPeriod>();
  if (table.transposed || table.keyKind === "region" || table.keyKind === "indicator") return found;
  const spans = table.rows.map((r) => {
    if (r.role !== "data") return undefined;
    const p = parsePeriodText(r.label);
    return p?.span && !p.relation ? p.span : undefined;
  });
  const kinds = new Set(spans.filter((s) => s).map((s) => s!.kind));
  for (const kind of kinds) {
    const rows = table.rows.flatMap((r, i) => (spans[i]?.kind === kind ? [{ row: r, span: spans[i]! }] : []));
    const years = rows.map((x) => x.span.year);
    const sameSpan = new Set(rows.map((x) => `${x.span.startMonth ?? ""}-${x.span.endMonth ?? ""}`)).size === 1;
    const pair = rows.length === 2 && sameSpan && years.every((y) => y !== undefined) && years[0] !== years[1];
    const latest = Math.max(...years.map((y) => y ?? -Infinity));
    for (const { row, span } of rows)
      found.set(row.row, { label: row.label, relation: pair ? (span.year === latest ? "current" : "year_ago") : "series", span });
  }
  return found;
}
