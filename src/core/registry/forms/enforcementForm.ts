/** 《安全生产行政执法统计调查制度》 (2020): 经济处罚 and its two parts (V10). */
import type { FormRelation } from "./types";

export const ENFORCEMENT_FORM: readonly FormRelation[] = [
  {
    kind: "sum",
    id: "fines_parts",
    total: "fines",
    parts: ["fines_supervision", "fines_accident"],
    source: {
      form: "《安全生产行政执法统计调查制度》",
      cite: "V10: 经济处罚 = 日常监督处罚 + 事故处罚 (4,226.97 + 8,872.95 = 13,099.92 in the Guangxi release) [S35]",
    },
  },
];
