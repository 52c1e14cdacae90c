/**
 * The figures of the indicator sections (docs/sections.md): every recognised indicator of every
 * table that the fixed sections (accidents, by county, by industry, losses, hazards) do not
 * already summarise becomes part of a block of its section — disasters, hazards, enforcement,
 * training and plans, accidents of other tables, other — so no recognised figure is dropped.
 * Figures stay in the unit the workbook states (万人次, 千公顷, 亿元): a block references the
 * source cell as it is, and names that unit.
 */
import type { Fact, JoinedSheets } from "../facts";
import { indicatorById, INDICATORS, type IndicatorSection } from "../registry/indicators";
import { englishName } from "../registry/sourceWords";
import { coreCoverage } from "./coverage";
import { factTables, firstFact, groupView, isColumnGroup, rowLabel, type FactRow, type FactTable } from "./factTables";
import { figuresOf, type FiguresPeriod } from "../periods/figuresPeriod";
import type { WorkbookFacts } from "../facts";
import { kindParts } from "./kindPartRows";
import { statedBesides, statedChanges, type StatedChanges } from "./statedChanges";
import { levelRows } from "./levelRows";
import type { LevelRow } from "./facts";
import { denominatorIn } from "./rateDenominator";
import { MISSING, added, ratio, stated, type BlockValue } from "./blockValues";

export type { BlockValue } from "./blockValues";

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
  /**
   * A part named by its kind where the table states no whole (洪涝和地质灾害直接经济损失, no 直接经济损失):
   * its row shows the part, and no lookup of the indicator's whole ever finds it (indexOfWhole).
   */
  readonly part?: string;
}

/**
 * Where a block holds an indicator's whole: never a part of it named by kind.
 *
 * @param block the block
 * @param id the indicator id
 * @returns the index in block.indicators, or -1
 */
export function indexOfWhole(block: Pick<SectionBlock, "indicators">, id: string): number {
  return block.indicators.findIndex((i) => i.id === id && i.part === undefined);
}

/** One data row (a region, an industry) of a block, or an 其中 row of its whole (shown after the 合计, never added). */
export interface BlockRow {
  readonly label: string;
  readonly current: readonly BlockValue[];
  /** A part of the whole the table names with 其中 (其中：煤矿、非煤矿山等工矿企业): told under its parent, never a row of the sum. */
  readonly ofWhich?: true;
}

/** One table's contribution to one section. */
export interface SectionBlock {
  readonly section: IndicatorSection;
  /** "month" for the 当月 group of a monthly report. */
  readonly group?: "month" | "cumulative";
  readonly sheet: string;
  readonly tableId: string;
  /** Whether its table calls the figures preliminary or final (据初步统计, 经核定; narrative/figuresStatus.ts). */
  readonly status?: "preliminary" | "final";
  readonly keyKind: FactTable["source"]["keyKind"];
  /** The key column's header ("市（州）", "县（市）"). */
  readonly keyHeader: string;
  readonly period?: FiguresPeriod;
  /** Whether every indicator has a previous period. */
  readonly compared: boolean;
  readonly indicators: readonly BlockIndicator[];
  /** The totals: the workbook's 合计 row, else the data rows added up (rates recomputed). */
  readonly total: {
    readonly label: string;
    readonly stated: boolean;
    readonly current: readonly BlockValue[];
    readonly previous?: readonly BlockValue[];
    /** Last month's figures (上月), the base of 环比, where the table states them. */
    readonly monthBefore?: readonly BlockValue[];
  } & StatedChanges;
  /** The period of `total.monthBefore` ("2023年11月"). */
  readonly monthBeforePeriod?: FiguresPeriod;
  /** Data rows (empty for a table keyed by indicator). */
  readonly rows: readonly BlockRow[];
  /** A table joined from one sheet per county: its sheets and the 合计 it leaves open (a note says why). */
  readonly joined?: JoinedSheets;
  /** The level rows of a monthly report's month (其中：较大事故 under 9月), highest level first. */
  readonly levels?: readonly LevelRow[];
}

/** What the indicator sections hold, and what was recognised but could not be summarised. */
export interface SectionFacts {
  readonly blocks: readonly SectionBlock[];
  /** Whether any table had both a month and a cumulative group. */
  readonly monthly: boolean;
}

const ORDER = new Map(INDICATORS.map((ind, i) => [ind.id, i]));
function displayUnit(id: string, unit: string | undefined): { unit: string; toBase: number } {
  const ind = indicatorById(id)!;
  if (unit && ind.units[unit] !== undefined) return { unit, toBase: ind.units[unit] };
  // A unit the registry does not convert (重大隐患 counted in 家, not 条) was read as written: it stays the unit shown.
  if (unit) return { unit, toBase: 1 };
  return { unit: ind.baseUnit, toBase: 1 };
}

/** Names the enforcement paragraph of the reference report uses for what inspections found. */
const ENFORCEMENT_NAMES: Readonly<Record<string, string>> = {
  units_inspected: "检查生产经营单位",
  hazards_found: "查处事故隐患",
  major_found: "其中：重大事故隐患",
  general_found: "一般事故隐患",
};

/** An indicator of a block, named as its source words it where the registry's name would join measures (`Fact.label`). */
function blockIndicator(id: string, facts: readonly Fact[], section: IndicatorSection): BlockIndicator {
  const ind = indicatorById(id)!;
  const label = figures(facts).find((f) => f.indicator === id && f.period.relation === "current")?.label;
  const name = label ?? ((section === "enforcement" && ENFORCEMENT_NAMES[id]) || ind.name);
  return { id, name, english: englishName(id, label), rate: ind.aggregation === "rate", ...displayUnit(id, unitOf(facts, id)) };
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

function allFacts(t: FactTable): Fact[] {
  return [...t.whole, ...t.rows.flatMap((r) => r.facts)];
}

function figures(facts: readonly Fact[]): Fact[] {
  return facts.filter((f) => f.measure !== "change" && f.measure !== "change_pct" && !isColumnGroup(f));
}

/** The section a table's indicator is reported under: hazards found by enforcement go with enforcement (T7). */
function sectionFor(id: string, t: FactTable): IndicatorSection {
  const ind = indicatorById(id)!;
  const enforcement = allFacts(t).some((f) => indicatorById(f.indicator)?.section === "enforcement");
  if (ind.section === "hazards" && enforcement) return "enforcement";
  return ind.section;
}

/** A data row's label; a county listed under two disaster types (姚安县 旱灾 / 风雹) keeps its type beside its name. */
function labelOf(t: FactTable, row: FactRow): string {
  const name = rowLabel(row);
  const repeated = t.rows.filter((r) => r.role === "data" && rowLabel(r) === name).length > 1;
  return repeated && row.category ? `${name} ${row.category}` : name;
}

/** The unit of an indicator's figures as the table states them (the first current figure's). */
function unitOf(facts: readonly Fact[], id: string): string | undefined {
  return figures(facts).find((f) => f.indicator === id && f.period.relation === "current")?.unit;
}

/** Blocks of a table keyed by region, industry or other labels: one column (or pair) per indicator. */
function columnBlocks(t: FactTable, ids: readonly string[], group: "month" | undefined): SectionBlock[] {
  const all = figures(allFacts(t));
  const has = (id: string, rel: string) => all.some((f) => f.indicator === id && f.period.relation === rel);
  const dataRows = t.rows.filter((r) => r.role === "data");
  const bySection = new Map<string, string[]>();
  for (const id of ids) {
    const key = `${sectionFor(id, t)}|${has(id, "year_ago") ? "c" : "s"}`;
    bySection.set(key, [...(bySection.get(key) ?? []), id]);
  }
  const blocks: SectionBlock[] = [];
  for (const [key, list] of bySection) {
    const [section, kind] = key.split("|") as [IndicatorSection, string];
    list.splice(0, list.length, ...inSectionOrder(list, section));
    const compared = kind === "c";
    const indicators = list.map((id) => blockIndicator(id, all, section));
    const at = (facts: readonly Fact[], id: string, rel: string, k: number) => stated(firstFact(figures(facts), id, [rel]), indicators[k].toBase);
    // Rates are recomputed from their numerator and denominator where the table has both, never added up;
    // a row that states the rate without its counts (交通运输等重点行业领域企业 96.93) keeps the figure it states.
    const recompute = (values: BlockValue[], resolve: (id: string) => BlockValue | undefined) =>
      values.map((v, k) => {
        const ind = indicatorById(list[k])!;
        if (ind.aggregation !== "rate") return v;
        const divides = ind.denominator ? denominatorIn(all, list[k], ind.denominator) : undefined;
        const num = ind.numerator ? resolve(ind.numerator) : undefined;
        const den = divides ? resolve(divides) : undefined;
        if (!num || !den) return v;
        return (num.value === null || den.value === null) && v.value !== null ? v : ratio(num, den, v);
      });
    const columnValue = (facts: readonly Fact[] | undefined, id: string, rel: string): BlockValue | undefined => {
      if (!has(id, rel)) return undefined;
      const factor = displayUnit(id, unitOf(all, id)).toBase;
      if (facts) return stated(firstFact(figures(facts), id, [rel]), factor);
      return wholeValue(id, rel, factor);
    };
    // A joined table's whole is the facts' (the whole's sheet, or the parts added where they may be): never added here.
    const ownWhole = t.statedTotal || t.source.joined !== undefined;
    const wholeValue = (id: string, rel: string, factor: number): BlockValue => {
      if (ownWhole) return stated(firstFact(figures(t.whole), id, [rel]), factor);
      return added(dataRows.map((r) => stated(firstFact(figures(r.facts), id, [rel]), factor)));
    };
    const totalOf = (rel: string) => {
      const values = list.map((id, k) =>
        !has(id, rel) ? MISSING : ownWhole ? at(t.whole, id, rel, k) : indicators[k].rate ? MISSING : wholeValue(id, rel, indicators[k].toBase),
      );
      return recompute(values, (id) => columnValue(undefined, id, rel));
    };
    // The data rows, then the whole's 其中 rows (never added; the first rule: no row is dropped without a word).
    const shown = t.rows.filter((r) => r.role === "data" || (r.role === "of_which" && r.key.partOf === ""));
    const rows =
      t.source.keyKind === "indicator"
        ? []
        : shown.map((r) => ({
            label: labelOf(t, r),
            current: recompute(
              list.map((id, k) => (has(id, "current") ? at(r.facts, id, "current", k) : MISSING)),
              (id) => columnValue(r.facts, id, "current"),
            ),
            ...(r.role === "of_which" ? { ofWhich: true as const } : {}),
          }));
    blocks.push({
      section,
      ...(group ? { group } : {}),
      sheet: t.source.sheet,
      tableId: t.source.id,
      ...(t.source.status ? { status: t.source.status } : {}),
      keyKind: t.source.keyKind,
      keyHeader: t.source.keyHeader,
      ...periodOf(all),
      compared,
      indicators,
      total: {
        label: t.statedTotal ? (t.source.totalLabel ?? "合计") : "合计",
        stated: t.statedTotal,
        current: totalOf("current"),
        ...(compared ? { previous: totalOf("year_ago") } : {}),
        ...(list.some((id) => has(id, "month_before")) ? { monthBefore: totalOf("month_before") } : {}),
        ...(!compared && t.statedTotal ? statedChanges(t.whole, indicators, stated) : {}),
        ...(t.statedTotal ? statedBesides(t.whole, indicators, stated, !list.some((id) => has(id, "month_before"))) : {}),
      },
      ...monthBeforeOf(all, t.whole),
      rows,
      ...(t.source.joined ? { joined: t.source.joined } : {}),
    });
  }
  return blocks;
}

/** Blocks of a table keyed by indicator (指标 | 上年 | 本年 …): one row per indicator. */
function rowBlocks(t: FactTable, ids: readonly string[], group: "month" | undefined): SectionBlock[] {
  const all = figures(t.whole);
  if (!all.some((f) => f.period.relation === "current")) return [];
  const compared = all.some((f) => f.period.relation === "year_ago");
  const bySection = new Map<IndicatorSection, string[]>();
  for (const id of ids) bySection.set(sectionFor(id, t), [...(bySection.get(sectionFor(id, t)) ?? []), id]);
  const blocks: SectionBlock[] = [];
  for (const [section, unordered] of bySection) {
    const list = inSectionOrder(unordered, section);
    // Each row's unit as the workbook states it (its label or a 单位 column); the values are brought back to it.
    const wholes = list.map((id) => blockIndicator(id, all, section));
    const parts = kindParts(t, list, all, figures, (id, facts) => blockIndicator(id, facts, section));
    const indicators = wholes.flatMap((w) => (parts.has(w.id) ? parts.get(w.id)!.map((p) => p.indicator) : [w]));
    const valuesAt = (rel: string) =>
      list.flatMap((id, k) => {
        const ofKind = parts.get(id);
        if (ofKind) return ofKind.map((p) => stated(firstFact(p.facts, id, [rel]), p.indicator.toBase));
        const ind = indicatorById(id)!;
        const own = stated(firstFact(all, id, [rel]), ind.aggregation === "rate" ? 1 : wholes[k].toBase);
        const divides = ind.denominator ? denominatorIn(all, id, ind.denominator) : undefined;
        if (ind.aggregation !== "rate" || !ind.numerator || !divides) return [own];
        const [a, b] = [firstFact(all, ind.numerator, [rel]), firstFact(all, divides, [rel])];
        return [a && b ? ratio(stated(a, 1), stated(b, 1), own) : own];
      });
    blocks.push({
      section,
      ...(group ? { group } : {}),
      sheet: t.source.sheet,
      tableId: t.source.id,
      ...(t.source.status ? { status: t.source.status } : {}),
      keyKind: t.source.keyKind,
      keyHeader: t.source.keyHeader,
      ...periodOf(all),
      compared,
      indicators,
      total: {
        label: "合计",
        stated: false,
        current: valuesAt("current"),
        ...(compared ? { previous: valuesAt("year_ago") } : {}),
        ...(all.some((f) => f.period.relation === "month_before") ? { monthBefore: valuesAt("month_before") } : {}),
        // The 同比 the table states for a whole it gives no year-earlier figure of (statedChanges.ts).
        ...(!compared ? statedChanges(t.whole, indicators, stated) : {}),
        // The 环比 it states without last month's figures, and its change against the mean of earlier years (statedBesides).
        ...statedBesides(t.whole, indicators, stated, !all.some((f) => f.period.relation === "month_before")),
      },
      ...monthBeforeOf(all, t.whole),
      rows: [],
    });
  }
  return blocks;
}

/** The period the figures of a table (or group) cover: the span of its first figure of this period. */
function periodOf(facts: readonly Fact[]): { period?: FiguresPeriod } {
  const span = facts.find((f) => f.period.relation === "current")?.period.span;
  return span ? { period: figuresOf(span) } : {};
}

/** The period of a table's 上月 figures (the base of 环比), where it states them. */
function monthBeforeOf(facts: readonly Fact[], whole: readonly Fact[]): { monthBeforePeriod?: FiguresPeriod } {
  // Else the base a stated 环比 names (环比(%) beside 12月 compares with 2022年11月).
  const span = (facts.find((f) => f.period.relation === "month_before")?.period ?? whole.find((f) => f.base?.relation === "month_before")?.base)?.span;
  return span ? { monthBeforePeriod: figuresOf(span) } : {};
}

/** Indicator ids a view of a table states figures for (this period), in registry order. */
function indicatorsOf(t: FactTable): string[] {
  const ids = new Set<string>();
  for (const f of figures(allFacts(t))) if (f.period.relation === "current" && !f.derived) ids.add(f.indicator);
  return [...ids].filter((id) => indicatorById(id)).sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}

/**
 * The blocks of the indicator sections: for each table, the indicators the fixed sections leave
 * out; for a monthly report, also the whole month group.
 *
 * @param wf the workbook's facts
 * @returns the blocks, in table order
 * @example extractSectionFacts(nationalDisasterForm).blocks[0].section // "disasters"
 */
export function extractSectionFacts(wf: WorkbookFacts): SectionFacts {
  const covered = coreCoverage(wf);
  const blocks: SectionBlock[] = [];
  let monthly = false;
  for (const table of factTables(wf)) {
    const view = groupView(table, "cumulative");
    const ids = indicatorsOf(view).filter((id) => !covered.has(`${table.source.id}|${id}`));
    const read = view.source.keyKind === "indicator" ? rowBlocks : columnBlocks;
    if (ids.length) blocks.push(...read(view, ids, undefined));
    if (table.source.monthly) {
      monthly = true;
      const month = groupView(table, "month");
      const monthIds = indicatorsOf(month);
      // The month's own level rows (湖南 9月: "其中较大事故3起、死亡10人，同比事故起数持平，死亡人数减少4人"; levelRows.ts).
      const levels = levelRows(allFacts(month));
      if (monthIds.length) blocks.push(...read(month, monthIds, "month").map((b) => (levels && b.section === "accidents" ? { ...b, levels } : b)));
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
    const k = indexOfWhole(block, id);
    if (k < 0) continue;
    return { current: block.total.current[k], ...(block.total.previous ? { previous: block.total.previous[k] } : {}), indicator: block.indicators[k], block };
  }
  return undefined;
}
