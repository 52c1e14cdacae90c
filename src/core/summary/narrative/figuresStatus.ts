/**
 * 据初步统计 / 经核定, one rule for every paragraph that tells a source's figures (issue 22, claim 9;
 * docs/report-rules.md rule 14): the user's choice (`--figures`, the pane), else what the source of
 * those figures says in its title or its notes ("注：据初步统计。", "本表为初步统计数"; reader/figuresStatus.ts).
 * Never added by default, and never carried from one table to another's figures: the sample's
 * disaster table says 初步统计, its accident table does not.
 */
import type { SummaryOptions } from "../options";

/** What a source says of its figures. */
export type FiguresStatus = "preliminary" | "final" | undefined;

/**
 * The status a paragraph writes.
 *
 * @param source what the source of its figures says
 * @param o the user's option ("source" follows the source)
 * @returns preliminary, final, or undefined (neither is written)
 * @example statusOf(undefined, { figuresStatus: "final" }) // "final"
 */
export function statusOf(source: FiguresStatus, o: Pick<SummaryOptions, "figuresStatus">): FiguresStatus {
  return o.figuresStatus === "source" ? source : o.figuresStatus;
}

/**
 * The words after the period: "据初步统计，" or "经核定，" (MEM: "经核定，2019年上半年…"), or nothing.
 *
 * @param status the status written
 * @returns the words
 * @example zhStatus("preliminary") // "据初步统计，"
 */
export function zhStatus(status: FiguresStatus): string {
  return status === "preliminary" ? "据初步统计，" : status === "final" ? "经核定，" : "";
}

/**
 * An English opening with the status before it: "According to preliminary figures, in January–September 2025, ".
 *
 * @param status the status written
 * @param lead the opening without it ("In January–September 2025, ", or "")
 * @returns the opening
 * @example enStatus("preliminary", "In 2025, ") // "According to preliminary figures, in 2025, "
 */
export function enStatus(status: FiguresStatus, lead: string): string {
  if (!status) return lead;
  return `According to ${status === "final" ? "verified" : "preliminary"} figures, ${lead.charAt(0).toLowerCase()}${lead.slice(1)}`;
}
