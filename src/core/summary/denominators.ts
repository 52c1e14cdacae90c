/**
 * Where the control indicators' denominators come from (GDP, population, employees, vehicles): the
 * user's figure (the pane, `--denominator`) where given, else the workbook's own statement of the
 * report period and of the same period a year earlier (a small table: 地区生产总值（亿元）| 本期 |
 * 上年同期). A denominator the workbook states for another period is named, never used. They are part
 * of what the 综述 is written from (NarrativeSource), so the report traces each to its cell.
 */
import { sameArea, sourceArea, type Fact, type SourceArea, type WorkbookFacts } from "../facts";
import type { PeriodSpan } from "../facts/period";
import { indicatorById } from "../registry/indicators";
import type { SourcedValue } from "./facts";
import type { DenominatorInput } from "./options";
import { sourcedOf } from "./sourced";

/** The denominators a control rate can use, in the order the block lists them. */
export const DENOMINATOR_IDS = ["gdp", "population", "employees", "vehicles"] as const;
export type DenominatorId = (typeof DENOMINATOR_IDS)[number];

/** A figure as written on the sheet (in `unit`) and the factor that brings it to its base unit. */
export interface Operand {
  readonly value: SourcedValue;
  readonly toBase: number;
  /** The user gave it (the pane or the command line): the sheet holds the number itself and says so. */
  readonly given?: true;
}

/** A denominator as the block shows it: this period and, where known, the same period a year earlier. */
export interface DenominatorRow {
  readonly id: DenominatorId;
  readonly name: string;
  readonly english: string;
  /** The unit the figures are shown in (亿元, 万人, 万辆): the source's or the user's. */
  readonly unit: string;
  readonly current?: Operand;
  readonly previous?: Operand;
}

function sameSpan(a: PeriodSpan, b: PeriodSpan): boolean {
  return a.kind === b.kind && a.year === b.year && a.startMonth === b.startMonth && a.endMonth === b.endMonth && a.start === b.start && a.end === b.end;
}

function yearEarlier(span: PeriodSpan): PeriodSpan {
  const back = (d?: string) => (d ? `${Number(d.slice(0, 4)) - 1}${d.slice(4)}` : undefined);
  return {
    ...span,
    ...(span.year !== undefined ? { year: span.year - 1 } : {}),
    ...(span.start ? { start: back(span.start) } : {}),
    ...(span.end ? { end: back(span.end) } : {}),
  };
}

/** The whole-of-workbook figure of a denominator (no breakdown: not a county's, not one sheet's of many). */
function statedDenominators(wf: WorkbookFacts, id: DenominatorId): Fact[] {
  return wf.facts.filter((f) => f.indicator === id && f.measure === "denominator" && f.breakdown.length === 0);
}

function operandOf(fact: Fact): { operand: Operand; unit: string } {
  const ind = indicatorById(fact.indicator)!;
  const unit = fact.unit && ind.units[fact.unit] !== undefined ? fact.unit : ind.baseUnit;
  const toBase = ind.units[unit];
  const value = sourcedOf(fact);
  // Shown in the source's unit: the reference carries the cell as written (241.6 万人), not the base-unit value.
  const shown: SourcedValue = {
    ...value,
    value: fact.value === null ? null : Number((fact.value / toBase).toPrecision(15)),
    ...(value.factor !== undefined ? { factor: Number((value.factor / toBase).toPrecision(15)) } : {}),
  };
  return { operand: { value: shown, toBase }, unit };
}

function givenRow(input: DenominatorInput): DenominatorRow | undefined {
  const ind = indicatorById(input.indicator);
  if (!ind || !(DENOMINATOR_IDS as readonly string[]).includes(input.indicator)) return undefined;
  const toBase = ind.units[input.unit];
  const operand = (v: number | undefined): Operand | undefined => (v === undefined ? undefined : { value: { value: v }, toBase, given: true });
  const current = operand(input.current);
  const previous = operand(input.previous);
  return {
    id: input.indicator as DenominatorId,
    name: ind.name,
    english: ind.english,
    unit: input.unit,
    ...(current ? { current } : {}),
    ...(previous ? { previous } : {}),
  };
}

/** The denominators a summary may use, and those of another period the workbook states (named in a note). */
export interface Denominators {
  readonly rows: readonly DenominatorRow[];
  /** Denominators the workbook states for another period: named, not used (bilingual by the caller). */
  readonly otherPeriod: readonly { readonly name: string; readonly english: string; readonly period: string }[];
  /** Denominators the workbook states for another area (a national table beside a prefecture's): named, not used. */
  readonly otherArea: readonly { readonly name: string; readonly english: string; readonly area: string }[];
}

/** The area a source's title or 合计 row names (a ledger's or a set of returns': none). */
function areaOfSource(wf: WorkbookFacts, id: string): SourceArea {
  const s = wf.sources.find((x) => x.id === id);
  return s?.kind === "table" ? sourceArea(s.title, s.totalLabel) : {};
}

/**
 * Whether a denominator's table is of another area than the figures the rates divide: its title or 合计 row
 * names an area (全国, 云南省) that none of the other sources with figures names.
 */
function ofAnotherArea(wf: WorkbookFacts, fact: Fact): string | undefined {
  const own = areaOfSource(wf, fact.source);
  if (!own.place && !own.word) return undefined;
  const others = new Set(wf.facts.filter((f) => f.measure !== "denominator" && f.source !== fact.source).map((f) => f.source));
  const areas = [...others].map((id) => areaOfSource(wf, id)).filter((a) => a.place || a.word);
  return areas.length && !areas.some((a) => sameArea(a, own)) ? (own.place ?? own.word) : undefined;
}

/**
 * The denominators: the user's where given, else the workbook's of the report period (and a year earlier).
 *
 * @param wf the workbook's facts (the denominators it states, the report period)
 * @param given the user's denominators (SummaryOptions.denominators)
 * @returns the rows in DENOMINATOR_IDS order, and the workbook's denominators of another period or area
 * @example denominatorRows(wf, [{ indicator: "gdp", unit: "亿元", current: 812.5 }]).rows[0].current?.value.value // 812.5
 */
export function denominatorRows(wf: WorkbookFacts, given: readonly DenominatorInput[]): Denominators {
  const rows: DenominatorRow[] = [];
  const otherPeriod: { name: string; english: string; period: string }[] = [];
  const otherArea: { name: string; english: string; area: string }[] = [];
  const span = wf.context.periodSpan;
  for (const id of DENOMINATOR_IDS) {
    const input = given.find((d) => d.indicator === id);
    const row = input && givenRow(input);
    if (row) {
      rows.push(row);
      continue;
    }
    let current: { operand: Operand; unit: string } | undefined;
    let previous: { operand: Operand; unit: string } | undefined;
    for (const f of statedDenominators(wf, id)) {
      const relation = f.period.relation;
      if (relation !== "current" && relation !== "year_ago") continue;
      // Never from another area: a national or provincial GDP is no base for a prefecture's deaths.
      const area = ofAnotherArea(wf, f);
      if (area) {
        if (!otherArea.some((x) => x.name === indicatorById(id)!.name && x.area === area))
          otherArea.push({ name: indicatorById(id)!.name, english: indicatorById(id)!.english, area });
        continue;
      }
      // A stated span must be the report period's (or its year-earlier twin): a year's GDP is no base for a half-year's deaths.
      const wanted = span && (relation === "current" ? span : yearEarlier(span));
      if (wanted && f.period.span && !sameSpan(f.period.span, wanted)) {
        otherPeriod.push({ name: indicatorById(id)!.name, english: indicatorById(id)!.english, period: f.period.label });
        continue;
      }
      if (relation === "current") current ??= operandOf(f);
      else previous ??= operandOf(f);
    }
    if (!current && !previous) continue;
    const ind = indicatorById(id)!;
    rows.push({
      id,
      name: ind.name,
      english: ind.english,
      unit: (current ?? previous)!.unit,
      ...(current ? { current: current.operand } : {}),
      ...(previous ? { previous: previous.operand } : {}),
    });
  }
  return { rows, otherPeriod, otherArea };
}
