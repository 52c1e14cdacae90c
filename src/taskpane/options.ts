/**
 * The summary options as the pane edits them (the 设置 / Options tab). They mirror the
 * SUMMARY helper's `SummaryOptions` (sections, decimals, trailing zeros, zero-base style,
 * language, replace or add, significance column); `toSummaryOptions` in the Excel binding
 * maps them across.
 */
import type { DenominatorInput } from "../core/summary/options";
import { parseDenominator } from "../core/summary/denominatorInput";
import type { Language } from "./i18n/strings";

/** How a change against a zero base is written (domain §3). */
export type ZeroBase = "net_increase" | "dash" | "delta_x100";

/** Sections of the summary sheet. */
export interface SectionChoice {
  readonly accidents: boolean;
  readonly regions: boolean;
  readonly losses: boolean;
  readonly hazards: boolean;
  readonly narrative: boolean;
  readonly checks: boolean;
  readonly charts: boolean;
}

/** Everything the Options tab can set. */
export interface PaneOptions {
  readonly sections: SectionChoice;
  /** Decimals of percent changes (house style 1). */
  readonly percentDecimals: number;
  /** Write 15% rather than 15.0%. */
  readonly stripTrailingZeros: boolean;
  readonly zeroBase: ZeroBase;
  /** The narrative's language. */
  readonly language: Language;
  /** Replace the summary the add-in made before, or add a new sheet. */
  readonly mode: "replace" | "new";
  readonly significanceColumn: boolean;
  /** Tests on the breakdown tables' rows too, Holm-adjusted per table (off by default: issue 22.10). */
  readonly breakdownSignificance: boolean;
  /** Least decimals of 整改率 (house style 1; the workbook's own precision when it states more). */
  readonly rateDecimals: number;
  /** The 综述's small-base note / 明显 wording from the accident test (off by default). */
  readonly significanceWording: boolean;
  /** The 95% interval beside 整改率 (off by default). */
  readonly rateInterval: boolean;
  /** How the 同比 clause is written: auto (Chuxiong one by one, grouped elsewhere), each, grouped. */
  readonly changeStyle: "auto" | "each" | "grouped";
  /** 据初步统计 / 经核定 in the 综述: as the source's notes say (default), or as the user says (issue 22.9). */
  readonly figuresStatus: "source" | "preliminary" | "final";
  /** Denominators of the control indicators (GDP, population …) the user typed; none by default (the workbook's are used). */
  readonly denominators: readonly DenominatorInput[];
}

/** The section keys, in the order the sheet shows them. */
export const SECTION_KEYS: readonly (keyof SectionChoice)[] = ["accidents", "regions", "losses", "hazards", "narrative", "checks", "charts"];

/**
 * The house-style defaults.
 *
 * @param language the narrative language
 * @returns default options
 * @example defaultPaneOptions("zh").zeroBase // "net_increase"
 */
export function defaultPaneOptions(language: Language = "zh"): PaneOptions {
  return {
    sections: { accidents: true, regions: true, losses: true, hazards: true, narrative: true, checks: true, charts: true },
    percentDecimals: 1,
    stripTrailingZeros: true,
    zeroBase: "net_increase",
    language,
    mode: "replace",
    significanceColumn: true,
    breakdownSignificance: false,
    rateDecimals: 1,
    significanceWording: false,
    rateInterval: false,
    changeStyle: "auto",
    figuresStatus: "source",
    denominators: [],
  };
}

/**
 * Completes a saved (possibly old or damaged) options value with the defaults, so the pane
 * never works with a half-filled object.
 *
 * @param value what was saved, of any shape
 * @param fallbackLanguage the language when none was saved
 * @returns complete, valid options
 * @example normaliseOptions({ percentDecimals: 2 }, "zh").percentDecimals // 2
 */
export function normaliseOptions(value: unknown, fallbackLanguage: Language = "zh"): PaneOptions {
  const base = defaultPaneOptions(fallbackLanguage);
  if (!value || typeof value !== "object") return base;
  const v = value as Partial<Record<keyof PaneOptions, unknown>>;
  const sections = { ...base.sections } as Record<keyof SectionChoice, boolean>;
  if (v.sections && typeof v.sections === "object") {
    for (const key of SECTION_KEYS) {
      const s = (v.sections as Record<string, unknown>)[key];
      if (typeof s === "boolean") sections[key] = s;
    }
  }
  const decimals =
    typeof v.percentDecimals === "number" && Number.isInteger(v.percentDecimals) && v.percentDecimals >= 0 && v.percentDecimals <= 4
      ? v.percentDecimals
      : base.percentDecimals;
  return {
    sections,
    percentDecimals: decimals,
    stripTrailingZeros: typeof v.stripTrailingZeros === "boolean" ? v.stripTrailingZeros : base.stripTrailingZeros,
    zeroBase: v.zeroBase === "dash" || v.zeroBase === "delta_x100" || v.zeroBase === "net_increase" ? v.zeroBase : base.zeroBase,
    language: v.language === "en" || v.language === "zh" ? v.language : base.language,
    mode: v.mode === "new" || v.mode === "replace" ? v.mode : base.mode,
    significanceColumn: typeof v.significanceColumn === "boolean" ? v.significanceColumn : base.significanceColumn,
    rateDecimals:
      typeof v.rateDecimals === "number" && Number.isInteger(v.rateDecimals) && v.rateDecimals >= 0 && v.rateDecimals <= 4 ? v.rateDecimals : base.rateDecimals,
    breakdownSignificance: typeof v.breakdownSignificance === "boolean" ? v.breakdownSignificance : base.breakdownSignificance,
    significanceWording: typeof v.significanceWording === "boolean" ? v.significanceWording : base.significanceWording,
    rateInterval: typeof v.rateInterval === "boolean" ? v.rateInterval : base.rateInterval,
    changeStyle: v.changeStyle === "each" || v.changeStyle === "grouped" || v.changeStyle === "auto" ? v.changeStyle : base.changeStyle,
    figuresStatus: v.figuresStatus === "preliminary" || v.figuresStatus === "final" || v.figuresStatus === "source" ? v.figuresStatus : base.figuresStatus,
    denominators: Array.isArray(v.denominators) ? v.denominators.flatMap(savedDenominator) : base.denominators,
  };
}

/** A saved denominator, checked by the one parser (a hand-edited or older value that it refuses is dropped). */
function savedDenominator(x: unknown): DenominatorInput[] {
  const d = x as Partial<DenominatorInput> | null;
  if (!d || typeof d.indicator !== "string" || typeof d.unit !== "string" || typeof d.current !== "number") return [];
  const parsed = parseDenominator(`${d.indicator}=${d.current}${d.unit}${typeof d.previous === "number" ? `,${d.previous}${d.unit}` : ""}`);
  return parsed ? [parsed] : [];
}
