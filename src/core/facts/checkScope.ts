/**
 * What the 核对 could check in a workbook's facts, so a verdict of "no inconsistency" says what it
 * is about and is never given about nothing: each stated whole against the rows it totals, each
 * 其中 item against its parent, each stated change against the figures it compares, each stated
 * rate against its numerator and denominator, each relation of the national forms within a row
 * (受灾 ⊇ 成灾, 直接经济损失 = its parts), each stated figure of a ledger's 合计 row against its records —
 * the relations the checks in src/core/checks/ compare. A stated change or rate is a relation only
 * when the 核对 compared it, every figure it rests on being in the sheet (checks/compared.ts); one
 * stated with nothing to compare it with (a 增减 beside 本期 with no 去年同期, a change against a mean of
 * years the table does not hold, a rate whose counts are not beside it) is counted apart, as stated
 * and not checked, never as checked.
 */
import { relationsAmong } from "../registry/forms/relations";
import { withinTable, type BreakdownKey } from "./breakdown";
import type { ComparedCells } from "../checks/compared";
import type { Fact } from "./fact";
import { isAdditive } from "./measure";
import type { FactSource } from "./sources";
import { tablePlace } from "./tablePlace";
import type { CheckScope } from "./workbook";

function column(f: Fact, turned: ReadonlySet<string>): string | undefined {
  const place = tablePlace(f, turned.has(f.source));
  return place ? `${f.source}|${place.column}` : undefined;
}

/**
 * The keys that place a fact in its table's rows: a key a column header gives (事故起数/采矿) is the
 * column's, so 合计 × 采矿 is still the whole of the 采矿 column its rows add up to.
 */
function rowKeys(f: Fact): readonly BreakdownKey[] {
  return withinTable(f.breakdown).filter((k) => k.axis !== "column");
}

/**
 * The relations of the national forms among the figures of one row, period and group of a table
 * (checks/parts.ts compares them: a total and at least one of its parts, or a whole and its part,
 * both stated). Tables keyed by indicator are left out: their columns name no indicator to relate.
 */
function formRelations(facts: readonly Fact[], sources: readonly FactSource[]): Map<string, number> {
  const byIndicatorKey = new Set(sources.flatMap((s) => (s.kind === "table" && s.keyKind === "indicator" ? [s.id] : [])));
  const cells = new Map<string, { source: string; present: Set<string> }>();
  for (const f of facts) {
    if (f.derived || f.value === null || f.provenance.kind !== "cell" || !isAdditive(f.measure) || byIndicatorKey.has(f.source)) continue;
    if (f.period.relation === "month_before") continue;
    const at = `${f.source}|${JSON.stringify(f.breakdown)}|${f.period.label}|${f.period.relation}|${f.period.group ?? ""}`;
    const cell = cells.get(at) ?? { source: f.source, present: new Set<string>() };
    cell.present.add(f.indicator);
    cells.set(at, cell);
  }
  const counts = new Map<string, number>();
  for (const { source, present } of cells.values()) {
    const n = relationsAmong(present).length;
    if (n) counts.set(source, (counts.get(source) ?? 0) + n);
  }
  return counts;
}

/**
 * The stated figures of ledgers' 合计 rows that agree with the records they total (checks/ledgerRows.ts
 * names those that do not).
 */
function ledgerTotalFigures(sources: readonly FactSource[]): number {
  return sources.reduce((n, s) => n + (s.kind === "ledger" ? (s.accounting?.totalsAgreeing ?? 0) : 0), 0);
}

/** Whether a fact states a change or a rate: a figure the 核对 compares with others of its row. */
function isStatedComparison(f: Fact): boolean {
  return f.measure === "change" || f.measure === "change_pct" || f.measure === "rate";
}

/**
 * The relations the 核对 compared, and the tables and ledgers they are in.
 *
 * @param facts the workbook's facts
 * @param sources the workbook's sources (tables keyed by indicator; ledgers, whose dates, counts and 合计 rows are checked)
 * @param compared the stated changes and rates the 核对 compared, and the cells they read ("sheet!address", checks/compared.ts)
 * @returns the scope
 * @example checkScope(sampleFacts, sampleSources, comparedCells([])).relations // 0 for a workbook with no stated total, part, change or rate
 */
export function checkScope(facts: readonly Fact[], sources: readonly FactSource[], compared: ComparedCells): CheckScope {
  const relations = formRelations(facts, sources);
  const add = (source: string) => relations.set(source, (relations.get(source) ?? 0) + 1);
  const partsByColumn = new Map<string, number>();
  const turned = new Set(sources.flatMap((s) => (s.kind === "table" && s.rowsAlongColumns ? [s.id] : [])));
  for (const f of facts) {
    const c = column(f, turned);
    if (c && rowKeys(f).length > 0 && f.value !== null) partsByColumn.set(c, (partsByColumn.get(c) ?? 0) + 1);
  }
  let unchecked = 0;
  for (const f of facts) {
    if (f.derived || f.value === null || f.provenance.kind !== "cell") continue;
    const c = column(f, turned)!;
    if (isStatedComparison(f)) {
      const cell = `${f.provenance.cell.sheet}!${f.provenance.cell.address}`;
      // A change against the mean of earlier years is never compared (the table holds no earlier years).
      if (!f.base?.mean && compared.stated.has(cell)) add(f.source);
      // A 增减 that is the base of a compared 幅度 is checked within that relation, not apart.
      else if (!compared.read.has(cell)) unchecked++;
    } else if (rowKeys(f).length === 0 && (partsByColumn.get(c) ?? 0) > 0) add(f.source);
    else if (f.breakdown.some((k) => k.partOf !== undefined)) add(f.source);
  }
  return {
    tables: [...relations.keys()],
    ledgers: sources.flatMap((s) => (s.kind === "ledger" ? [s.id] : [])),
    relations: [...relations.values()].reduce((a, b) => a + b, 0),
    unchecked,
    ledgerTotals: ledgerTotalFigures(sources),
  };
}
