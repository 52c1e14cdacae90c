/**
 * The pane's options (the Options tab) as the summary planner's options: one mapping for every
 * host the pane runs in (Excel, the workbench, WPS), for the summary, the report and the
 * consolidation's summary sheet.
 */
import type { SummaryOptionsInput } from "../core/summary/options";
import type { PaneOptions } from "./options";

/**
 * The SUMMARY options for the pane's options.
 *
 * @param options what the Options tab holds
 * @returns the input of `planSummary`
 * @example toSummaryOptions(defaultPaneOptions("zh")).replacePrevious // true
 */
export function toSummaryOptions(options: PaneOptions): SummaryOptionsInput {
  const s = options.sections;
  return {
    sections: {
      accidents: s.accidents,
      byRegion: s.regions,
      byIndustry: s.regions,
      losses: s.losses,
      hazards: s.hazards,
      narrative: s.narrative,
      checks: s.checks,
      charts: s.charts,
    },
    percentDecimals: options.percentDecimals,
    stripTrailingZeros: options.stripTrailingZeros,
    zeroBase: options.zeroBase,
    language: options.language,
    replacePrevious: options.mode === "replace",
    significanceColumn: options.significanceColumn,
    breakdownSignificance: options.breakdownSignificance,
    rateDecimals: options.rateDecimals,
    significanceWording: options.significanceWording,
    rateInterval: options.rateInterval,
    changeStyle: options.changeStyle,
    figuresStatus: options.figuresStatus,
    denominators: options.denominators,
  };
}
