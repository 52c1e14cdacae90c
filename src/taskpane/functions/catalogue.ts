/**
 * The BUREAU functions as the Functions tab lists them. The Chinese descriptions come from
 * the same translations file the build turns into `functions.zh-CN.json`
 * (`src/functions/functions.zh-CN.json`), so the pane and Excel's formula help never disagree;
 * the English side is a small table of the metadata's descriptions with a syntax line and
 * an example (a test checks that both cover the same functions).
 */
import translations from "../../functions/functions.zh-CN.json";

/** One function as the pane shows it. */
export interface FunctionEntry {
  /** Without the namespace: "YOY". */
  readonly name: string;
  /** "=BUREAU.YOY(current, previous)" */
  readonly syntax: string;
  /** A formula that can be inserted as is. */
  readonly example: string;
  readonly description: { readonly zh: string; readonly en: string };
}

/** English description, syntax arguments and an example per function. */
export const ENGLISH_FUNCTIONS: Readonly<Record<string, { readonly en: string; readonly args: string; readonly example: string }>> = {
  YOY: {
    en: "Year-on-year change as a fraction: (current − previous) ÷ previous; “—” when the previous figure is 0.",
    args: "current, previous",
    example: "=BUREAU.YOY(23, 20)",
  },
  CHANGE: {
    en: "Absolute change current − previous, computed exactly on decimal values.",
    args: "current, previous",
    example: "=BUREAU.CHANGE(13099.92, 8872.95)",
  },
  PPCHANGE: {
    en: "Change between two rates in percentage points: 92% against 88.5% is 3.5.",
    args: "rate_now, rate_before",
    example: '=BUREAU.PPCHANGE("92%", "88.5%")',
  },
  SHARE: { en: "Share of a part in its total: part ÷ total; “—” when the total is 0.", args: "part, total", example: "=BUREAU.SHARE(11810.23, 12322.34)" },
  RECTRATE: {
    en: "Rectification rate: hazards rectified ÷ hazards found; “—” when none were found.",
    args: "rectified, found",
    example: "=BUREAU.RECTRATE(378, 411)",
  },
  YOYTEXT: {
    en: "Report text for a year-on-year change: 23 against 20 with unit 起 gives 增加3起、上升15%.",
    args: "current, previous, [unit], [decimals], [zero_base]",
    example: '=BUREAU.YOYTEXT(23, 20, "起")',
  },
  PCTTEXT: { en: "A fraction as percent text: 0.2380952 gives 23.8%, 0.9197 gives 92%.", args: "value, [decimals]", example: "=BUREAU.PCTTEXT(0.2380952)" },
  SUMGAP: { en: "Stated total minus the exact sum of its parts: 0 when a breakdown adds up.", args: "total, parts", example: "=BUREAU.SUMGAP(83, {40, 44})" },
  BREAKDOWN: {
    en: "Breakdown table: label, value and share of each part, then a 合计 row.",
    args: "values, [labels]",
    example: "=BUREAU.BREAKDOWN(B2:B6, A2:A6)",
  },
  YOYTEST: {
    en: "Exact test of a change in counts (Poisson rate test): spills the ratio, its interval and the p-value.",
    args: "current, previous, [exposure_ratio]",
    example: "=BUREAU.YOYTEST(23, 20)",
  },
  YOYSIG: {
    en: "Verdict of the exact count test as report text: 显著上升（p=0.00263）, 变化不显著（p=0.761）.",
    args: "current, previous, [alpha], [style]",
    example: "=BUREAU.YOYSIG(23, 20)",
  },
  RATECI: {
    en: "Wilson score confidence interval of a rate such as the rectification rate: spills low and high.",
    args: "numerator, denominator, [confidence]",
    example: "=BUREAU.RATECI(378, 411)",
  },
  RATEDIFF: {
    en: "Difference of two rates in percentage points with Newcombe's 95% interval and the z-test p-value.",
    args: "x1, n1, x2, n2",
    example: "=BUREAU.RATEDIFF(378, 411, 350, 400)",
  },
  COUNTTREND: {
    en: "Average percent change per period of a series of counts (Poisson regression), with a Mann-Kendall test.",
    args: "counts, [periods]",
    example: "=BUREAU.COUNTTREND({30, 27, 25, 23})",
  },
  OUTLIERS: {
    en: "Flags regions whose counts fall outside Poisson funnel-plot limits (95% and 99.8%).",
    args: "counts, [exposures], [level], [style]",
    example: "=BUREAU.OUTLIERS(B2:B11, C2:C11)",
  },
  DESCRIBE: {
    en: "Descriptive statistics with labels: n, mean, median, standard deviation, minimum, quartiles, maximum.",
    args: "values, [language]",
    example: "=BUREAU.DESCRIBE(B2:B11)",
  },
};

type Translation = { readonly description: string; readonly parameters?: Readonly<Record<string, string>> };

/**
 * The function list in the metadata's order, with both languages.
 *
 * @returns one entry per BUREAU function
 * @example functionCatalogue()[0].syntax // "=BUREAU.YOY(current, previous)"
 */
export function functionCatalogue(): readonly FunctionEntry[] {
  const zh = translations as Readonly<Record<string, Translation>>;
  return Object.keys(zh).map((name) => {
    const english = ENGLISH_FUNCTIONS[name];
    const args = english?.args ?? Object.keys(zh[name].parameters ?? {}).join(", ");
    return {
      name,
      syntax: `=BUREAU.${name}(${args})`,
      example: english?.example ?? `=BUREAU.${name}()`,
      description: { zh: zh[name].description, en: english?.en ?? zh[name].description },
    };
  });
}
