/**
 * The by-industry paragraph (T3 of docs/report-rules.md): each industry with accidents, then
 * the industries with none in one sentence ("水上运输业未接报生产安全事故。").
 */
import { accidentFigures } from "./accidents";
import { currentOf } from "./figures";
import type { NarrativeContext, NarrativeParagraph } from "./types";

function zh({ facts: f }: NarrativeContext): string | undefined {
  const t = f.byIndustry;
  if (!t) return undefined;
  const active: string[] = [];
  const zero: string[] = [];
  for (const row of t.rows) {
    if (row.role !== "data") continue;
    const count = currentOf(row.pairs, "accident_count");
    if (count === undefined) continue;
    if (count === 0) {
      zero.push(row.label);
      continue;
    }
    active.push(`${row.label}发生${accidentFigures(row.pairs, true)}`);
  }
  if (active.length === 0) return undefined;
  const zeroText = zero.length ? `${zero.join("、")}未接报生产安全事故。` : "";
  return `分行业看，${active.join("；")}。${zeroText}`;
}

/** The by-industry paragraph. */
export const industryParagraph: NarrativeParagraph = { id: "industry", zh, en: () => undefined };
