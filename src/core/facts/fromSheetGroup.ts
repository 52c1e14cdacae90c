/**
 * Sheets of one form, one per county (涡阳县, 蒙城县 …), and the sheet of the whole (全市), as the
 * reader groups them (reader/sheetGroups.ts), become ONE table by county in the facts: a source of
 * its own whose rows are the sheets — each county's figures keyed by the county — and whose 合计 is
 * what the whole's sheet states for the same indicator, period and unit. Where the whole's sheet is
 * silent the parts are added only when every part is a county of the area; a part that is not one
 * (市安委会成员单位) may overlap the counties, so that 合计 stays open and the source says why. Never
 * a guess. The whole's figures the parts do not state stay on the whole's own sheet (its 隐患 of
 * every grade beside the counties' 一般隐患). The 核对 of the counties against the whole is the
 * reader's (checks/sheetGroups.ts), unchanged.
 */
import { exactSum } from "../numbers/decimal";
import type { SheetGroup } from "../reader/model";
import { indicatorById } from "../registry/indicators";
import { withinTable, type BreakdownKey } from "./breakdown";
import type { Fact } from "./fact";
import { recomputedRate } from "./derive";
import { isAdditive } from "./measure";
import type { FactPeriod } from "./period";
import type { TableSource } from "./sources";

/** What a figure is, for matching a part's with the whole's: indicator, measure, period and unit. */
function sameFigure(f: Fact): string {
  return JSON.stringify([f.indicator, f.measure, f.period.relation, f.period.group ?? "", f.period.span ?? f.period.label, f.unit ?? f.baseUnit]);
}

function samePeriod(a: FactPeriod, b: FactPeriod): boolean {
  return JSON.stringify([a.relation, a.group, a.span ?? a.label]) === JSON.stringify([b.relation, b.group, b.span ?? b.label]);
}

/** A part's fact as a row of the joined table: its sheet's key (axis "table") becomes the row's key. */
function asRow(f: Fact, part: SheetGroup["parts"][number], source: string): Fact {
  const dimension = part.dimension === "region" ? "region" : "category";
  const sheetKey = f.breakdown.findIndex((k) => k.axis === "table" && k.key === part.key);
  const row: BreakdownKey = { dimension, key: part.key };
  const breakdown = sheetKey >= 0 ? f.breakdown.map((k, i) => (i === sheetKey ? row : k)) : [row, ...f.breakdown];
  return { ...f, breakdown, source };
}

/** The parts added up (counts and amounts), then the rates recomputed from those sums or the whole's stated figures. */
function partSums(rows: readonly Fact[], wanted: readonly Fact[], wholes: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const first of wanted.filter((f) => isAdditive(f.measure))) {
    const parts = rows.filter((f) => sameFigure(f) === sameFigure(first));
    const present = parts.filter((p) => p.value !== null).map((p) => p.value as number);
    if (parts.length < 2) continue;
    out.push({
      ...first,
      breakdown: [],
      value: present.length ? exactSum(present) : null,
      provenance: { kind: "sum", parts: parts.map((p) => ({ value: p.value, provenance: p.provenance })) },
      derived: true,
    });
  }
  for (const first of wanted.filter((f) => f.measure === "rate")) {
    const ind = indicatorById(first.indicator);
    const find = (id: string | undefined) => [...wholes, ...out].find((f) => f.indicator === id && samePeriod(f.period, first.period));
    const [num, den] = [find(ind?.numerator), find(ind?.denominator)];
    if (!num || !den) continue;
    out.push(recomputedRate(first, [], num, den));
  }
  return out;
}

interface Joined {
  readonly source: TableSource;
  /** The facts that moved to the joined table: the parts' (as rows) and the whole's it takes for its 合计. */
  readonly moved: ReadonlyMap<Fact, Fact>;
  readonly sums: readonly Fact[];
  /** Whether nothing is left on the whole's sheet (every figure it states became the 合计 row). */
  readonly wholeEmptied: boolean;
}

function join(group: SheetGroup, sources: ReadonlyMap<string, TableSource>, bySource: ReadonlyMap<string, readonly Fact[]>): Joined | undefined {
  const parts = group.parts.map((p) => ({ part: p, source: sources.get(p.table), facts: bySource.get(p.table) ?? [] }));
  // Each sheet is one place's figures (a table keyed by indicator, no rows of its own): its figures are one row.
  if (parts.some((p) => !p.source || !p.facts.length || p.facts.some((f) => withinTable(f.breakdown).length > 0))) return undefined;
  const own = (facts: readonly Fact[]) => facts.filter((f) => !f.derived && f.measure !== "change" && f.measure !== "change_pct");
  // One table has one period: sheets of different periods are not rows of one table.
  const current = new Set(parts.map((p) => JSON.stringify(own(p.facts).find((f) => f.period.relation === "current")?.period.span ?? null)));
  if (current.size !== 1) return undefined;
  const whole = group.total === undefined ? undefined : sources.get(group.total);
  const first = parts[0].source!;
  const id = `${group.total ?? first.id}#${group.parts.length}`;
  const moved = new Map<Fact, Fact>();
  for (const p of parts) for (const f of p.facts) moved.set(f, asRow(f, p.part, id));
  const rows = [...moved.values()];
  const kinds = new Map<string, Fact>();
  for (const f of own(rows)) if (!kinds.has(sameFigure(f))) kinds.set(sameFigure(f), f);
  const wholeFacts = own(whole ? (bySource.get(whole.id) ?? []) : []).filter((f) => withinTable(f.breakdown).length === 0);
  const stated: Fact[] = [];
  const silent: Fact[] = [];
  for (const [kind, f] of kinds) {
    const w = wholeFacts.find((x) => sameFigure(x) === kind);
    if (w) {
      moved.set(w, { ...w, source: id });
      stated.push(w);
    } else silent.push(f);
  }
  // A whole's sheet of another period (全市 2023年1—11月 over counties' 2023年): none of its figures is the 合计.
  const partsPeriod = own(rows).find((f) => f.period.relation === "current")?.period;
  const wholePeriod = wholeFacts.find((f) => f.period.relation === "current")?.period;
  const otherPeriod =
    partsPeriod && wholePeriod && !stated.length && !samePeriod(partsPeriod, wholePeriod) ? { whole: wholePeriod, parts: partsPeriod } : undefined;
  const notPlaces = group.parts.filter((p) => p.dimension !== "region");
  const sums = notPlaces.length ? [] : partSums(rows, silent, stated);
  const summed = new Set(sums.map((f) => f.indicator));
  const open = [...new Set(silent.filter((f) => f.period.relation === "current" && !summed.has(f.indicator)).map((f) => f.indicator))];
  const sheets = parts.map((p) => p.source!.sheet);
  // A whole's sheet whose every figure is now the 合计 row has nothing left of its own.
  const wholeEmptied = whole !== undefined && (bySource.get(whole.id) ?? []).every((f) => moved.has(f) || f.value === null || f.derived);
  return {
    wholeEmptied,
    source: {
      ...first,
      id,
      ...(whole ? { sheet: whole.sheet, address: whole.address } : {}),
      ...(whole?.title !== undefined ? { title: whole.title } : {}),
      keyKind: notPlaces.length ? "other" : "region",
      keyHeader: "",
      ...(whole ? { totalLabel: whole.sheet } : {}),
      joined: {
        parts: sheets,
        ...(whole ? { whole: whole.sheet } : {}),
        open,
        notPlaces: notPlaces.map((p) => sheets[group.parts.indexOf(p)]),
        ...(otherPeriod ? { otherPeriod } : {}),
      },
    },
    moved,
    sums,
  };
}

/**
 * The workbook's table sources and facts with each group of county sheets joined into one table by
 * county: the parts' sources give way to the joined one (after the whole's, or in the place of the
 * first part); the whole's source keeps the figures the parts do not state.
 *
 * @param groups the reader's sheet groups
 * @param sources the table sources, in sheet order
 * @param facts the facts of the tables
 * @returns the sources and facts to use
 * @example joinSheetGroups(model.sheetGroups, tables, facts).sources.find((s) => s.joined)?.joined?.parts.length // 7 for 亳州's counties
 */
export function joinSheetGroups(
  groups: readonly SheetGroup[] | undefined,
  sources: readonly TableSource[],
  facts: readonly Fact[],
): { sources: TableSource[]; facts: Fact[] } {
  if (!groups?.length) return { sources: [...sources], facts: [...facts] };
  const byId = new Map(sources.map((s) => [s.id, s]));
  const bySource = new Map<string, Fact[]>();
  for (const f of facts) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
  const moved = new Map<Fact, Fact>();
  const added: Fact[] = [];
  const placed = new Map<string, TableSource>();
  const gone = new Set<string>();
  for (const group of groups) {
    const joined = join(group, byId, bySource);
    if (!joined) continue;
    for (const [from, to] of joined.moved) moved.set(from, to);
    added.push(...joined.sums);
    group.parts.forEach((p) => gone.add(p.table));
    if (joined.wholeEmptied && group.total !== undefined) gone.add(group.total);
    placed.set(group.total ?? group.parts[0].table, joined.source);
  }
  const out: TableSource[] = [];
  for (const s of sources) {
    if (!gone.has(s.id)) out.push(s);
    if (placed.has(s.id)) out.push(placed.get(s.id)!);
  }
  return { sources: out, facts: [...facts.map((f) => moved.get(f) ?? f), ...added] };
}
