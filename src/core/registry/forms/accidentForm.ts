/**
 * 《生产安全事故统计调查制度》 (2020): the relations within one row of an accident table. The sums
 * across rows (by 行业, 类别, region, 等级: V9) are the table's own total rows, checked by the
 * totals check; here are the parts of one figure.
 */
import type { FormRelation } from "./types";

const FORM = "《生产安全事故统计调查制度》" as const;

export const ACCIDENT_FORM: readonly FormRelation[] = [
  {
    kind: "contains",
    id: "accident_serious_in_injured",
    whole: "injured",
    part: "serious_injured",
    source: { form: FORM, cite: "受伤人数 ⊇ 重伤人数(含急性工业中毒) [S7]" },
  },
  {
    kind: "contains",
    id: "larger_in_accidents",
    whole: "accident_count",
    part: "count_level_ge_larger",
    source: { form: FORM, cite: "事故起数 ⊇ 较大及以上事故起数 (较大 + 重大 + 特别重大) [S4] [S5]" },
  },
];
