/**
 * The by-county paragraph ("分县（市）看，楚雄市发生生产安全事故5起、死亡6人……；姚安县未接报生产安全
 * 事故。"): the by-industry paragraph's builder (industry.ts) run over the county rows, so both follow
 * the same rules (a zero or missing figure left out, never written as 0; docs/report-rules.md).
 * Written for county rows counted from an accident ledger; a county table's summary carries its
 * own 分县 table and does not repeat it in prose, but gives its highlights when it has many counties
 * with accidents and states its whole. With many counties the paragraph gives the highlights
 * instead (countyHighlights.ts).
 */
import { enCountyHighlights, zhCountyHighlights } from "./countyHighlights";
import { industryParagraph } from "./industry";
import type { NarrativeContext, NarrativeParagraph } from "./types";

const LEADS = { zh: ["分行业看，", "分县（市）看，"], en: ["By industry,", "By county,"] } as const;

function build(language: "zh" | "en") {
  return ({ facts, options }: NarrativeContext): string | undefined => {
    const t = facts.byRegion;
    if (!t) return undefined;
    // Many counties: the highlights a release gives (countyHighlights.ts), not every county in turn — for
    // a table too, where it states its whole (the lead's decision, issue 22); its own 分县 table lists the rest.
    if (t.source !== "ledger" && !t.statedTotal) return undefined;
    const highlights = (language === "zh" ? zhCountyHighlights : enCountyHighlights)(t, !facts.noPrevious && !facts.noComparison);
    if (highlights || t.source !== "ledger") return highlights;
    const text = industryParagraph[language]({ facts: { ...facts, byIndustry: t }, options });
    const [from, to] = LEADS[language];
    return text?.startsWith(from) ? `${to}${text.slice(from.length)}` : undefined;
  };
}

/** The by-county paragraph (ledger county rows only). */
export const countyParagraph: NarrativeParagraph = { id: "county", zh: build("zh"), en: build("en") };
