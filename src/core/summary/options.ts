/**
 * The choices a user can make about the summary sheet (the task pane edits them; they are saved
 * in the document settings under `bureauStats.options`). Defaults are the Chuxiong house style
 * of domain.md §3.4: percent changes with 1 decimal and trailing zeros dropped, rates as integers,
 * no percent against a zero base.
 */
import type { ZeroBaseStyle } from "../text/changeText";

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

/** Everything that shapes the summary. */
export interface SummaryOptions {
  readonly sections: SummarySections;
  /** Decimals of percent changes (增减幅度), 1 by default. */
  readonly percentDecimals: number;
  /** Decimals of rates (整改率), 0 by default (92%). */
  readonly rateDecimals: number;
  /** Drop trailing zeros in the narrative (15% rather than 15.0%). Table cells use a fixed number format. */
  readonly stripTrailingZeros: boolean;
  /** What the narrative says when last year's value is 0. */
  readonly zeroBase: ZeroBaseStyle;
  /** Language of the narrative and of the sheet's labels. */
  readonly language: "zh" | "en";
  /** Replace the summary sheet the add-in made last time (never a user's sheet), or add a new one. */
  readonly replacePrevious: boolean;
  /** Statistical significance (issue 6): the 显著性 column, the rate's interval, the significance sentence. On by default; the pane turns it off. */
  readonly significanceColumn: boolean;
  /** The new sheet's base name. */
  readonly sheetName: string;
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
  rateDecimals: 0,
  stripTrailingZeros: true,
  zeroBase: "net_increase",
  language: "zh",
  replacePrevious: true,
  significanceColumn: true,
  sheetName: "汇总",
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
    sheetName: typeof i.sheetName === "string" && i.sheetName.trim() ? i.sheetName.trim() : d.sheetName,
  };
}
