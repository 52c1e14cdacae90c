/**
 * The facts of each table source, arranged as the planner reads them: the rows in the source's
 * order (each row one breakdown key, with its category where a county appears under two disaster
 * types), the wholes (the 合计 row, a derived sum, an indicator-keyed table's figures, a period
 * row's figures), and views of one group of a monthly report. Built from facts alone.
 */
import { isYearBefore } from "../periods/shift";
import { tablePlace, type BreakdownKey, type Fact, type TableSource, type WorkbookFacts } from "../facts";

/** One row of a table: its key and its facts in column order. */
export interface FactRow {
  readonly key: BreakdownKey;
  /** The category beside the key (灾种: 旱灾), where the table has one. */
  readonly category?: string;
  /** A sublevel row is one level below the data rows (a township under its county): shown nowhere as a part, never added. */
  readonly role: "data" | "of_which" | "subtotal" | "sublevel";
  readonly facts: readonly Fact[];
}

/** A table's facts, as rows and wholes. */
export interface FactTable {
  readonly source: TableSource;
  /** The data, 其中 and 小计 rows, in the source's order. */
  readonly rows: readonly FactRow[];
  /** Facts of the whole: the 合计 row's, derived sums and ratios, an indicator-keyed table's. */
  readonly whole: readonly Fact[];
  /** Whether the whole comes from a row the table states (its 合计, or a period row such as 1-8月累计), not from a sum. */
  readonly statedTotal: boolean;
}

/** The row keys of a fact (a column's own key, 事故起数/采矿, is not the row's, nor the whole table's key). */
export function rowKeys(f: Fact): readonly BreakdownKey[] {
  return f.breakdown.some((k) => k.axis !== undefined) ? f.breakdown.filter((k) => k.axis === undefined) : f.breakdown;
}

/** Whether a fact is of a column split by a group under the indicator (事故起数/采矿). */
export function isColumnGroup(f: Fact): boolean {
  return f.breakdown.some((k) => k.axis === "column");
}

/** The label a row shows: the place as the summary names it, else the key cell as written (shownLabel). */
export function rowLabel(row: FactRow): string {
  return row.key.label ?? row.key.key;
}

function roleOf(key: BreakdownKey): FactRow["role"] {
  if (key.partOf !== undefined) return key.level !== undefined && key.level !== "group" ? "sublevel" : "of_which";
  return key.level === "group" ? "subtotal" : "data";
}

function arrange(source: TableSource, facts: readonly Fact[]): FactTable {
  const rows: FactRow[] = [];
  const byId = new Map<string, { key: BreakdownKey; category?: string; role: FactRow["role"]; facts: Fact[] }>();
  const whole: Fact[] = [];
  for (const f of facts) {
    const keys = rowKeys(f);
    if (keys.length === 0) {
      whole.push(f);
      continue;
    }
    // A row of the source is one row here, even when two rows carry the same label.
    // A table joined from one sheet per county: a county's row is its sheet, whatever rows the sheet holds.
    const place = source.joined ? undefined : tablePlace(f, source.rowsAlongColumns);
    const id = place ? `row ${place.row}` : JSON.stringify(keys);
    let row = byId.get(id);
    if (!row) {
      const key = keys[0];
      const category = keys.find((k) => k.dimension === "category" && k !== key)?.key;
      row = { key, ...(category ? { category } : {}), role: roleOf(key), facts: [] };
      byId.set(id, row);
      rows.push(row);
    }
    row.facts.push(f);
  }
  // The whole is stated when a row of the table holds it: a 合计 row, or a row that is a period (1-8月累计).
  return {
    source,
    rows,
    whole,
    statedTotal: whole.some((f) => !f.derived && f.provenance.kind === "cell") && (source.totalLabel !== undefined || source.keyKind !== "indicator"),
  };
}

/**
 * The table sources of a workbook's facts with their facts arranged.
 *
 * @param wf the workbook's facts
 * @returns one per table source, in source order
 */
export function factTables(wf: WorkbookFacts): FactTable[] {
  const bySource = new Map<string, Fact[]>();
  for (const f of wf.facts) {
    const list = bySource.get(f.source);
    if (list) list.push(f);
    else bySource.set(f.source, [f]);
  }
  return wf.sources.flatMap((s) => (s.kind === "table" ? [arrange(s, bySource.get(s.id) ?? [])] : []));
}

/**
 * One group of a monthly report (the facts of the other group left out); the table itself when it has one group.
 *
 * @param t the table
 * @param group "month" (当月) or "cumulative" (the year to date)
 * @returns the view
 */
export function groupView(t: FactTable, group: "month" | "cumulative"): FactTable {
  if (!t.source.monthly) return t;
  const keep = (f: Fact) => f.period.group === undefined || f.period.group === group;
  return {
    ...t,
    rows: t.rows.map((r) => ({ ...r, facts: r.facts.filter(keep) })),
    whole: t.whole.filter(keep),
  };
}

/**
 * The first fact of an indicator in a list, for a relation (and a measure other than a stated change).
 *
 * @param facts the facts (a row's, or the whole's)
 * @param indicator the registry id
 * @param relations the relations wanted ("current", "year_ago" …)
 * @param columnGroup whether to take a column split by a group (事故起数/采矿); by default not
 * @returns the fact, or undefined
 */
export function firstFact(facts: readonly Fact[], indicator: string, relations: readonly string[], columnGroup = false): Fact | undefined {
  const wanted = (f: Fact) =>
    f.indicator === indicator &&
    relations.includes(f.period.relation) &&
    f.measure !== "change" &&
    f.measure !== "change_pct" &&
    isColumnGroup(f) === columnGroup;
  const first = facts.find(wanted);
  if (!first || first.period.relation !== "year_ago") return first;
  // Several figures a year back (a period matrix: 2023年 × 1—2月 | 3月 | 累计): the same months as this period's figure.
  const current = firstFact(facts, indicator, ["current"], columnGroup)?.period.span;
  if (!current || !first.period.span || isYearBefore(first.period.span, current)) return first;
  const same = facts.find((f) => wanted(f) && f.period.span !== undefined && isYearBefore(f.period.span, current));
  if (same) return same;
  // None covers this period's months: one figure a year back is the table's 去年同期 as before; of several, none is.
  return facts.some((f) => f !== first && wanted(f) && f.period.relation === "year_ago") ? undefined : first;
}
