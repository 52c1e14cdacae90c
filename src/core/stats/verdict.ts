/**
 * The verdict of a significance test as report text.
 */
import { formatP } from "./formatP";

/** The report language: Chinese (default) or English. */
export type VerdictStyle = "zh" | "en";

/**
 * The verdict text for a comparison: "显著上升（p=0.002）", "显著下降（p<0.001）" or
 * "变化不显著（p=0.76）"; in English "significant rise (p=0.002)", "significant fall (…)",
 * "no significant change (p=0.76)".
 *
 * @param direction whether the current rate is higher, lower or equal
 * @param p the two-sided p-value
 * @param alpha the significance level, default 0.05 (significant when p < alpha)
 * @param style "zh" or "en"
 * @returns the verdict text
 * @example verdictText("up", 0.0021, 0.05) // "显著上升（p=0.0021）"
 */
export function verdictText(direction: "up" | "down" | "flat", p: number, alpha = 0.05, style: VerdictStyle = "zh"): string {
  const significant = p < alpha && direction !== "flat";
  const en = style === "en";
  let words: string;
  if (!significant) words = en ? "no significant change" : "变化不显著";
  else if (direction === "up") words = en ? "significant rise" : "显著上升";
  else words = en ? "significant fall" : "显著下降";
  // A Chinese cell takes full-width brackets, as the text around it does.
  return en ? `${words} (${formatP(p)})` : `${words}（${formatP(p)}）`;
}
