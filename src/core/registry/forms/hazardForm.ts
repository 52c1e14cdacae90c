/**
 * 隐患排查治理 as provinces and cities report it (no national form was found): 一般 and 重大 make
 * up the hazards found, and what was rectified is within what was found. 整改率 is a rate
 * recomputed from its counts (the registry's numerator and denominator), not a relation here.
 */
import type { FormRelation } from "./types";

const FORM = "隐患排查治理统计（省、市常用报表）" as const;

export const HAZARD_FORM: readonly FormRelation[] = [
  {
    kind: "sum",
    id: "hazard_parts",
    total: "hazards_found",
    parts: ["general_found", "major_found"],
    source: { form: FORM, cite: "隐患 = 一般隐患 + 重大隐患 [S29]; with only 其中：重大隐患 listed, 隐患 ⊇ 重大隐患 [N27]" },
  },
  { kind: "contains", id: "rectified_in_found", whole: "hazards_found", part: "rectified", source: { form: FORM, cite: "已整改 ⊆ 排查隐患 [N27] [S29]" } },
  {
    kind: "contains",
    id: "major_rectified_in_found",
    whole: "major_found",
    part: "major_rectified",
    source: { form: FORM, cite: "重大隐患已整改 ⊆ 重大隐患 [N27] [S29]" },
  },
  {
    kind: "contains",
    id: "major_rectified_in_rectified",
    whole: "rectified",
    part: "major_rectified",
    source: { form: FORM, cite: "其中：重大隐患已整改 ⊆ 已整改 [S29]" },
  },
];
