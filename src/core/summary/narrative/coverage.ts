/**
 * The coverage sentence, first in the 综述 when the totals are a consolidation that leaves out more
 * than a few areas (rule 14 of docs/report-rules.md): "全州11个县（市、区）中3个报送数据（报送率27.3%：
 * 楚雄市、南华县、元谋县），以下为已报送县（市、区）合计。" With one to three missing, the opening
 * sentences name them instead (全州（不含双柏县、牟定县）).
 */
import { coverageSentence } from "./region";
import type { NarrativeParagraph } from "./types";

/** The coverage paragraph. */
export const coverageParagraph: NarrativeParagraph = {
  id: "coverage",
  zh: ({ facts }) => coverageSentence(facts, "zh"),
  en: ({ facts }) => coverageSentence(facts, "en"),
};
