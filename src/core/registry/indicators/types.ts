/** The shape of an indicator record (the registry itself is ../indicators.ts). */
import type { MeasureKind } from "../../facts/measure";
import type { IndicatorDomain } from "../../reader/model";

/** How an indicator adds up across regions or rows. */
export type Aggregation = "sum" | "rate";

/**
 * The summary section an indicator is reported under (docs/sections.md): every indicator has
 * one, so no recognised figure can fall between sections.
 */
export type IndicatorSection = "accidents" | "disasters" | "hazards" | "enforcement" | "training" | "other";

/** One indicator. */
export interface Indicator {
  readonly id: string;
  /** Canonical Chinese name. */
  readonly name: string;
  readonly english: string;
  readonly domain: IndicatorDomain;
  /** The unit values are normalised to. */
  readonly baseUnit: string;
  /** Units a workbook may use, with the factor that converts a value to the base unit. */
  readonly units: Readonly<Record<string, number>>;
  /** The classifier used in prose ("增加3起"). */
  readonly classifier: string;
  /** Header texts that mean this indicator (compared after removing units and spaces). */
  readonly aliases: readonly string[];
  /** Known misspellings: they match, but the match is reported as a resolved typo. */
  readonly typos?: readonly string[];
  /** Aliases that only count under the parent's header ("其他" under 直接经济损失). */
  readonly contextAliases?: readonly string[];
  /**
   * Words that mean this indicator only in a table of its own area (死亡人数, 直接经济损失 under a
   * 森林火灾 title): anywhere else they mean what they always did.
   */
  readonly domainAliases?: readonly string[];
  /** sum: add up; rate: recompute from numerator and denominator, never average. */
  readonly aggregation: Aggregation;
  /**
   * What kind of number it is (docs/national-forms.md): by default a rate for a rate and a count
   * otherwise, an amount for money, areas and lengths; denominators (GDP, population), indices and
   * measurements (rainfall) say so.
   */
  readonly measure: MeasureKind;
  readonly numerator?: string;
  readonly denominator?: string;
  /** true when a rise is bad news (accidents, losses); false for rates such as 整改率. */
  readonly higherIsWorse: boolean;
  /** The summary section (by default the domain's: accident → accidents …; training counts → training). */
  readonly section: IndicatorSection;
  /**
   * Another indicator this header means when the header states one of these units: 行政处罚（万元）
   * is the amount of the penalties (fines), 行政处罚（次） their number.
   */
  readonly byUnit?: Readonly<Record<string, string>>;
  /**
   * true when the registry's name joins or renames measures that sources keep apart (暂扣吊销许可证 for
   * 暂扣安全生产许可证 or 吊销许可证; 罚款 for 行政处罚（万元） or 经济处罚): the facts carry the source's own
   * header (`Fact.label`), and the summary's table and 综述 use it, never the registry's name.
   */
  readonly sourceWords?: true;
}
