/**
 * The control indicators (控制指标) bureaus are assessed on: deaths against GDP, population, industrial
 * employees and vehicles, and the disasters' people and losses against population and GDP
 * (../shared/domain.md §2.2, [S13]). Each rate is computed only from a denominator the workbook states
 * for the report period (a small table: 地区生产总值（亿元）| 本期 | 上年同期) or the user gives (the
 * pane, `--denominator`), never from a denominator of another period or area, and never summed.
 * Nothing is planned when no denominator is known.
 */
import { englishIndustry } from "../registry/englishNames";
import { indicatorById } from "../registry/indicators";
import type { DenominatorId, DenominatorRow, Denominators, Operand } from "./denominators";
import type { SourcedValue } from "./facts";
import type { NarrativeSource } from "./narrativeSource";
import { indexOfWhole } from "./sectionFacts";

export type { DenominatorId, DenominatorRow, Operand } from "./denominators";

/** What a control rate is: its names, unit, decimals shown, scale and denominator. */
export interface RateDefinition {
  readonly id: string;
  readonly name: string;
  readonly english: string;
  readonly unit: string;
  readonly decimals: number;
  readonly scale: number;
  readonly denominator: DenominatorId;
}

/** One control rate: numerator (in its base unit) / denominator (in its base unit) × scale. */
export interface ControlRate extends RateDefinition {
  readonly numerator: { readonly current: Operand; readonly previous?: Operand };
  /** The engine's rates, unrounded; null where a figure is missing or the denominator is 0. */
  readonly current: number | null;
  readonly previous: number | null;
  /** The numerator has an open 核对 finding or an error cell: the 综述 does not tell this rate. */
  readonly unchecked?: true;
}

/** The 控制指标 block: denominators first (the rates' formulas point at them), then the rates. */
export interface ControlRates {
  readonly denominators: readonly DenominatorRow[];
  readonly rates: readonly ControlRate[];
  readonly otherPeriod: Denominators["otherPeriod"];
  readonly otherArea: Denominators["otherArea"];
}

function registryRate(id: string, denominator: DenominatorId, scale: number, decimals: number): RateDefinition {
  const ind = indicatorById(id)!;
  return { id, name: ind.name, english: ind.english, unit: ind.baseUnit, decimals, scale, denominator };
}

/** The rates, as MEM and the provincial bulletins name and round them ([S13]: 0.201 → 0.173). */
const DEFINITIONS = {
  gdp: registryRate("deaths_per_100m_gdp", "gdp", 1, 3),
  population: {
    id: "deaths_per_100k_population",
    name: "十万人口生产安全事故死亡率",
    english: "deaths per 100,000 residents",
    unit: "人/10万人",
    decimals: 2,
    scale: 100000,
    denominator: "population",
  },
  workers: registryRate("deaths_per_100k_workers", "employees", 100000, 2),
  vehicles: registryRate("road_deaths_per_10k_vehicles", "vehicles", 1, 2),
  affected: {
    id: "affected_pop_share",
    name: "受灾人口占常住人口比重",
    english: "people affected as a share of the resident population",
    unit: "%",
    decimals: 2,
    scale: 100,
    denominator: "population",
  },
  loss: {
    id: "dz_loss_gdp_share",
    name: "直接经济损失占地区生产总值比重",
    english: "direct economic loss as a share of GDP",
    unit: "%",
    decimals: 2,
    // 万元 over 亿元 (1亿元 = 10000万元), as a percent.
    scale: 0.01,
    denominator: "gdp",
  },
} satisfies Record<string, RateDefinition>;

const baseOf = (x: Operand | undefined): number | null => (x && x.value.value !== null ? x.value.value * x.toBase : null);

function rateOf(num: Operand | undefined, den: Operand | undefined, scale: number): number | null {
  const [n, d] = [baseOf(num), baseOf(den)];
  return n !== null && d !== null && d !== 0 ? (n / d) * scale : null;
}

/** An accident pair's figures (already in the base unit: a reference multiplies by its own factor). */
function pairOperands(pair: { current: SourcedValue; previous: SourcedValue } | undefined): ControlRate["numerator"] | undefined {
  if (!pair || pair.current.value === null) return undefined;
  return { current: { value: pair.current, toBase: 1 }, ...(pair.previous.value !== null ? { previous: { value: pair.previous, toBase: 1 } } : {}) };
}

/** A row's label without its 其中: "其中:道路运输业" (the sample's) names the row as "道路运输业" does. */
const bareLabel = (label: string) => label.trim().replace(/^其中[:：]?\s*/, "");

/** The row of the by-industry table (工矿商贸, 道路运输) a rate takes its deaths from. */
function industryRow(source: NarrativeSource, label: RegExp) {
  return source.facts.byIndustry?.rows.find((r) => label.test(bareLabel(r.label)));
}

/** A row of the by-industry table: its deaths this period and last. */
function industryDeaths(source: NarrativeSource, label: RegExp): ControlRate["numerator"] | undefined {
  return pairOperands(industryRow(source, label)?.pairs.find((p) => p.indicator === "deaths"));
}

/**
 * The 万车 rate named by its numerator: deaths of a 道路交通 row give 道路交通万车死亡率; a 分行业 row
 * 道路运输业 counts the work-safety accidents of road transport only, so its rate is 道路运输业万车死亡率
 * ("road transport deaths per 10,000 motor vehicles"), never 道路交通's.
 */
function vehiclesRate(source: NarrativeSource): RateDefinition {
  const row = industryRow(source, ROAD);
  const label = row ? bareLabel(row.label) : "";
  if (!label || /^道路交通/.test(label)) return DEFINITIONS.vehicles;
  return { ...DEFINITIONS.vehicles, name: `${label}万车死亡率`, english: `${englishIndustry(label) ?? "road transport"} deaths per 10,000 motor vehicles` };
}

/** The rows whose deaths a 万车 rate is of. */
const ROAD = /^道路(运输|交通)/;

/** A disaster indicator's total from the disasters section (display unit with its factor), else the loss table's. */
function disasterTotal(source: NarrativeSource, id: string): ControlRate["numerator"] | undefined {
  for (const block of source.sections.blocks) {
    if (block.section !== "disasters" || block.group === "month") continue;
    const k = indexOfWhole(block, id);
    if (k < 0 || block.total.current[k].value === null || block.total.current[k].ratioOf) continue;
    const toBase = block.indicators[k].toBase;
    const previous = block.total.previous?.[k];
    return { current: { value: block.total.current[k], toBase }, ...(previous && previous.value !== null ? { previous: { value: previous, toBase } } : {}) };
  }
  const f = source.facts;
  const whole = id === "dz_direct_loss" ? f.losses?.totalStated && f.losses.total : f.disasterScope?.find((s) => s.indicator === id)?.value;
  return whole && whole.value !== null ? { current: { value: whole, toBase: 1 } } : undefined;
}

/**
 * The control indicators a workbook's figures and its denominators support.
 *
 * @param source the summary's facts and denominators (narrativeSource)
 * @returns the block's rows, or undefined when no rate can be computed
 * @example controlRates(narrativeSource(wf, [{ indicator: "gdp", unit: "亿元", current: 812.5 }]))?.rates[0].id // "deaths_per_100m_gdp"
 */
export function controlRates(source: NarrativeSource): ControlRates | undefined {
  const { rows, otherPeriod, otherArea } = source.denominators;
  const deaths = pairOperands(source.facts.accidents?.find((p) => p.indicator === "deaths"));
  const candidates: [RateDefinition, ControlRate["numerator"] | undefined][] = [
    [DEFINITIONS.gdp, deaths],
    [DEFINITIONS.population, deaths],
    [DEFINITIONS.workers, industryDeaths(source, /^工矿商贸/)],
    [vehiclesRate(source), industryDeaths(source, ROAD)],
    [DEFINITIONS.affected, disasterTotal(source, "affected_pop")],
    [DEFINITIONS.loss, disasterTotal(source, "dz_direct_loss")],
  ];
  const rates: ControlRate[] = [];
  for (const [d, numerator] of candidates) {
    const den = rows.find((r) => r.id === d.denominator);
    if (!numerator || !den?.current) continue;
    const unchecked = [numerator.current, numerator.previous].some((x) => x && (x.value.check || x.value.error));
    rates.push({
      ...d,
      numerator,
      current: rateOf(numerator.current, den.current, d.scale),
      // Never a rate from a denominator of another period: last year's needs last year's denominator.
      previous: numerator.previous && den.previous ? rateOf(numerator.previous, den.previous, d.scale) : null,
      ...(unchecked ? { unchecked: true as const } : {}),
    });
  }
  if (!rates.length) return otherPeriod.length || otherArea.length ? { denominators: [], rates: [], otherPeriod, otherArea } : undefined;
  const used = new Set(rates.map((r) => r.denominator));
  return { denominators: rows.filter((r) => used.has(r.id)), rates, otherPeriod, otherArea };
}
