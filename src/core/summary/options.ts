/**
 * The choices a user can make about the summary sheet (the task pane edits them; they are saved
 * in the document settings under `bureauStats.options`). Defaults are the Chuxiong house style
 * (docs/report-rules.md): percent changes with 1 decimal and trailing zeros dropped, rates with 1
 * decimal and trailing zeros dropped (or the workbook's own precision when it states more), no
 * percent against a zero base, no p-value in the 综述 and no interval on 整改率.
 */
import { indicatorById } from "../registry/indicators";
import type { ZeroBaseStyle } from "../text/changeText";
import type { Coverage } from "./facts";

/** The sections of the summary sheet, each on or off. */
export interface SummarySections {
  readonly accidents: boolean;
  readonly byRegion: boolean;
  readonly byIndustry: boolean;
  readonly losses: boolean;
  readonly hazards: boolean;
  readonly narrative: boolean;
  readonly checks: boolean;
  readonly charts: boolean;
}

/**
 * A denominator the user gives for the control indicators (亿元GDP死亡率 …): the registry's id (gdp,
 * population, employees, vehicles), the unit the numbers are written in (亿元, 万人, 万辆), and the
 * report period's figure and the same period's a year earlier, where known.
 */
export interface DenominatorInput {
  readonly indicator: string;
  readonly unit: string;
  readonly current?: number;
  readonly previous?: number;
}

/** Everything that shapes the summary. */
export interface SummaryOptions {
  readonly sections: SummarySections;
  /** Decimals of percent changes (增减幅度), 1 by default. */
  readonly percentDecimals: number;
  /**
   * Decimals of rates (整改率), 1 by default with trailing zeros dropped (378/411 → 92%,
   * 137426/142093 → 96.7%). When the workbook states its rates with more decimals, its precision wins.
   */
  readonly rateDecimals: number;
  /** Drop trailing zeros in the narrative (15% rather than 15.0%). Table cells use a fixed number format. */
  readonly stripTrailingZeros: boolean;
  /** What the narrative says when last year's value is 0. */
  readonly zeroBase: ZeroBaseStyle;
  /** Language of the narrative and of the sheet's labels. */
  readonly language: "zh" | "en";
  /** Replace the summary sheet the add-in made last time (never a user's sheet), or add a new one. */
  readonly replacePrevious: boolean;
  /**
   * The 显著性 column, for 事故起数 only (accidents are independent events; deaths and injuries
   * cluster within accidents and get no test). On by default; the pane turns it off.
   */
  readonly significanceColumn: boolean;
  /**
   * Tests on the rows of the breakdown tables (分县, 分行业, 类型, 等级, 分月) too, Holm-adjusted per
   * table and named in the footnote. Off by default: dozens of uncorrected tests on a sheet show
   * "significant" rows by chance (issue 22.10), so only the headline count is tested.
   */
  readonly breakdownSignificance: boolean;
  /**
   * Off by default. When on, the 综述 says "受基数较小影响，同比变化仍在正常波动范围内" when the
   * change in 事故起数 is not significant, and may say "明显上升/下降" when it is. Never a p-value.
   */
  readonly significanceWording: boolean;
  /** The 95% interval of 整改率 (for users who treat rectification as a process rate). Off by default: found hazards are a complete count, not a sample. */
  readonly rateInterval: boolean;
  /**
   * How the 同比 clause of the accident paragraph is written: "each" indicator with its own change
   * (the Chuxiong house style), "grouped" with 分别 and 双下降/双上升, or "auto": Chuxiong's style
   * for a 楚雄州 workbook, grouped otherwise.
   */
  readonly changeStyle: "auto" | "each" | "grouped";
  /**
   * When the summary was generated, as local wall-clock time "YYYY-MM-DDTHH:mm" (the caller passes
   * it; core has no clock). The 综述 and the static columns carry it (生成于…); absent, no stamp.
   */
  readonly generatedAt?: string;
  /** The new sheet's base name. */
  readonly sheetName: string;
  /** Which areas the totals cover, when the caller knows (a consolidation of county returns); the 综述 states a partial coverage. */
  readonly coverage?: Coverage;
  /**
   * Whether the disaster figures are called preliminary (据初步统计) or final (经核定): "source" says
   * what the workbook's title or notes say and nothing when they say neither (issue 22.9); the
   * user may set either.
   */
  readonly figuresStatus: "source" | "preliminary" | "final";
  /** Denominators the user gives (GDP, population …): they win over the workbook's; none by default. */
  readonly denominators: readonly DenominatorInput[];
}

/** The house style. */
export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = {
  sections: {
    accidents: true,
    byRegion: true,
    byIndustry: true,
    losses: true,
    hazards: true,
    narrative: true,
    checks: true,
    charts: true,
  },
  percentDecimals: 1,
  rateDecimals: 1,
  stripTrailingZeros: true,
  zeroBase: "net_increase",
  language: "zh",
  replacePrevious: true,
  significanceColumn: true,
  breakdownSignificance: false,
  significanceWording: false,
  rateInterval: false,
  changeStyle: "auto",
  sheetName: "汇总",
  figuresStatus: "source",
  denominators: [],
};

/** A partial set of options, as saved settings or a task pane form may hold. */
export type SummaryOptionsInput = Partial<Omit<SummaryOptions, "sections">> & {
  readonly sections?: Partial<SummarySections>;
};

function clampDecimals(x: unknown, fallback: number): number {
  return typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= 4 ? x : fallback;
}

/**
 * Completes partial options with the house style, ignoring values of the wrong type
 * (settings saved by an older version, hand-edited JSON).
 *
 * @param input partial options, or nothing
 * @returns complete options
 * @example resolveSummaryOptions({ language: "en" }).percentDecimals // 1
 */
export function resolveSummaryOptions(input: SummaryOptionsInput | undefined = {}): SummaryOptions {
  const d = DEFAULT_SUMMARY_OPTIONS;
  const i = input ?? {};
  const sections = { ...d.sections };
  for (const key of Object.keys(sections) as (keyof SummarySections)[]) {
    const v = i.sections?.[key];
    if (typeof v === "boolean") sections[key] = v;
  }
  const bool = (v: unknown, f: boolean) => (typeof v === "boolean" ? v : f);
  return {
    sections,
    percentDecimals: clampDecimals(i.percentDecimals, d.percentDecimals),
    rateDecimals: clampDecimals(i.rateDecimals, d.rateDecimals),
    stripTrailingZeros: bool(i.stripTrailingZeros, d.stripTrailingZeros),
    zeroBase: i.zeroBase === "dash" || i.zeroBase === "delta_x100" || i.zeroBase === "net_increase" ? i.zeroBase : d.zeroBase,
    language: i.language === "en" ? "en" : "zh",
    replacePrevious: bool(i.replacePrevious, d.replacePrevious),
    significanceColumn: bool(i.significanceColumn, d.significanceColumn),
    breakdownSignificance: bool(i.breakdownSignificance, d.breakdownSignificance),
    significanceWording: bool(i.significanceWording, d.significanceWording),
    rateInterval: bool(i.rateInterval, d.rateInterval),
    changeStyle: i.changeStyle === "each" || i.changeStyle === "grouped" ? i.changeStyle : d.changeStyle,
    ...(typeof i.generatedAt === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(i.generatedAt) ? { generatedAt: i.generatedAt.slice(0, 16) } : {}),
    // An English summary is named in English unless the caller names it (earlier summaries are known by their mark, not their name).
    sheetName: typeof i.sheetName === "string" && i.sheetName.trim() ? i.sheetName.trim() : i.language === "en" ? "Summary" : d.sheetName,
    ...(validCoverage(i.coverage) ? { coverage: i.coverage } : {}),
    figuresStatus: i.figuresStatus === "preliminary" || i.figuresStatus === "final" ? i.figuresStatus : d.figuresStatus,
    denominators: Array.isArray(i.denominators) ? i.denominators.filter(validDenominator) : d.denominators,
  };
}

const positive = (x: unknown) => x === undefined || (typeof x === "number" && Number.isFinite(x) && x > 0);

/** A denominator of the registry, in one of its units, with a positive figure: anything else (hand-edited settings) is dropped. */
function validDenominator(x: DenominatorInput): boolean {
  const ind = x && typeof x.indicator === "string" ? indicatorById(x.indicator) : undefined;
  return (
    ind?.measure === "denominator" &&
    typeof x.unit === "string" &&
    ind.units[x.unit] !== undefined &&
    positive(x.current) &&
    positive(x.previous) &&
    (x.current !== undefined || x.previous !== undefined)
  );
}

function validCoverage(c: unknown): c is Coverage {
  const x = c as Coverage | undefined;
  return !!x && typeof x.expected === "number" && Array.isArray(x.reported) && Array.isArray(x.missing);
}
