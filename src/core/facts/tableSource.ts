/**
 * A table as a fact source: where it is, its title, what its rows are keyed by and the header of
 * its key column, the label of its 合计 row, its period words, whether it is a monthly report with
 * two groups, the decimals its stated rates carry, and what was recognised in it (so a table that
 * gave no facts can be named with the reason).
 */
import type { TableModel } from "../reader/model";
import { hasPeriodGroups } from "../reader/periodGroups";
import { indicatorById } from "../registry/indicators";
import { rowPeriods } from "./rowPeriods";
import type { TableRecognition, TableSource } from "./sources";

/** A month row beside a year-to-date row (8月 / 1-8月累计): the two groups of a monthly report, down the side. */
function monthlyRows(table: TableModel): boolean {
  const groups = new Set([...rowPeriods(table).values()].map((p) => p.group));
  return groups.has("month") && groups.has("cumulative");
}

function decimalsOf(raw: unknown, asFraction: boolean | undefined): number | undefined {
  let text: string;
  if (typeof raw === "number" && Number.isFinite(raw)) text = String(raw);
  else if (typeof raw === "string" && /^\s*\d+(\.\d+)?\s*%?\s*$/.test(raw)) text = raw.trim();
  else return undefined;
  const m = /\.(\d+)/.exec(text);
  const d = m ? m[1].length : 0;
  return asFraction && !text.includes("%") ? Math.max(0, d - 2) : d;
}

/** The most decimals the stated cells of each rate column carry (97.28 → 2; at most 4). */
function statedRateDecimals(table: TableModel): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  table.columns.forEach((c, j) => {
    if (!c.indicator || indicatorById(c.indicator)?.aggregation !== "rate") return;
    for (const row of table.values) {
      const d = decimalsOf(row[j]?.raw, c.percentAsFraction);
      if (d !== undefined) out[c.indicator] = Math.max(out[c.indicator] ?? 0, Math.min(d, 4));
    }
  });
  return Object.keys(out).length ? out : undefined;
}

/**
 * A table of places across read turned: its rows (the places) lie along sheet columns. A table keyed by
 * indicator read turned (periods in rows) is not: its facts are wholes, and an 其中 part of a period
 * (8月 | 其中：较大事故 under it) stands in the sheet column of its whole, as in a table read upright.
 */
export function rowsAlongColumns(table: Pick<TableModel, "transposed" | "keyKind">): boolean {
  return table.transposed === true && table.keyKind !== "indicator";
}

function recognition(table: TableModel): TableRecognition {
  const indicators = new Set<string>();
  for (const c of table.columns) if (c.indicator) indicators.add(c.indicator);
  for (const r of table.rows) if (r.indicator) indicators.add(r.indicator);
  const unrecognisedHeaders = table.columns
    .filter((c) => !c.indicator && c.role !== "key" && c.role !== "code" && c.role !== "ignored")
    .map((c) => c.headerPath.join("/"))
    .filter((h) => h)
    .slice(0, 4);
  return {
    indicators: [...indicators],
    unrecognisedHeaders,
    periodColumns: table.columns.filter((c) => c.role === "current" || c.role === "previous").length,
    bodyRows: table.rows.filter((r) => r.role === "data" || r.role === "total").length,
    splitOnly: table.columns.some((c) => c.indicator && c.industry) && table.columns.every((c) => !c.indicator || !!c.industry),
  };
}

/**
 * The table as a fact source.
 *
 * @param table the table as read
 * @returns its source record
 * @example tableSource(layoutA).totalLabel // "全州合计"
 */
export function tableSource(table: TableModel): TableSource {
  const key = table.columns.find((c) => c.column === table.keyColumn);
  const total = table.rows.find((r) => r.role === "total");
  const decimals = statedRateDecimals(table);
  return {
    kind: "table",
    id: table.id,
    sheet: table.sheet,
    address: table.address,
    ...(table.title !== undefined ? { title: table.title } : {}),
    keyKind: table.keyKind,
    keyHeader: key?.headerPath[key.headerPath.length - 1] ?? "",
    ...(total ? { totalLabel: total.label } : {}),
    periodWords: {
      ...(table.periods.current ? { current: table.periods.current } : {}),
      ...(table.periods.previous ? { previous: table.periods.previous } : {}),
    },
    monthly: hasPeriodGroups(table) || monthlyRows(table),
    ...(table.status ? { status: table.status } : {}),
    ...(decimals ? { statedRateDecimals: decimals } : {}),
    recognition: recognition(table),
    ...(table.otherField ? { otherField: table.otherField } : {}),
    ...(rowsAlongColumns(table) ? { rowsAlongColumns: true as const } : {}),
  };
}
